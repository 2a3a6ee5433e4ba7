/**
 * One side of the three-way merge (the export, or the current files)
 * against the base (the migration backup), collected item by item so the
 * export can be streamed in: an item equal to its base version is recorded
 * as a flag and dropped, so only changes and additions are held in memory.
 * Pure (no I/O).
 */
import type { PlainObject, PlainValue } from '../convert/plain.js';
import { InputError } from '../core/errors.js';
import { contentPrint } from './content-print.js';
import { deepEqual } from './equal.js';
import { idOfKey, keylessKey, keyOf, requireKey } from './identity.js';
import { KeyTable } from './key-table.js';

export const ABSENT = 0;
export const SAME = 1;
export const CHANGED = 2;

/**
 * The base as the sides and the plan see it: ids by position, and each
 * item's body on demand. BaseIndex holds the bodies; a file-backed base
 * (collection/file-base.ts) re-reads one from the file when it is asked for.
 */
export interface Base {
  readonly where: string;
  /** Each item's key by position, and the position of each key. */
  readonly keys: Keys;
  readonly keyless: ReadonlyMap<string, number[]>;
  readonly size: number;
  /** The item at position i (for a file-backed base, a fresh object each call). */
  item(i: number): PlainObject;
}

/** A base item's text as the file holds it, when that is exactly the text the rollback would write for it. */
export interface BaseText {
  /** UTF-8 bytes, and their length in UTF-16 code units (what a JavaScript string of them would be). */
  canonicalText(i: number): { bytes: Buffer; chars: number } | null;
  /** Its size when canonicalText would give it, else null; reads nothing. */
  canonicalSize(i: number): { bytes: number; chars: number } | null;
}

/** What the sides and the plan read of the base's keys (key-table.ts). */
export type Keys = Pick<KeyTable, 'size' | 'at' | 'positionOf'>;

export class BaseIndex implements Base {
  readonly keys = new KeyTable();
  readonly items: PlainObject[] = [];
  /** Positions of items without an id, by content print: where an item with a generated id may have come from. */
  readonly keyless = new Map<string, number[]>();

  /** where: the file or table, for messages. More items may be added one by one (a file being streamed in). */
  constructor(
    items: readonly PlainValue[],
    readonly where: string,
  ) {
    for (const raw of items) this.add(raw);
  }

  add(raw: PlainValue): void {
    this.items.push(indexBaseKey(raw, this.keys.size, this.where, this));
  }

  get size(): number {
    return this.items.length;
  }

  item(i: number): PlainObject {
    return this.items[i]!;
  }
}

/** Indexes the key of the n-th base item into keys, pos and keyless (an InputError on a duplicate): shared by every kind of base. */
export function indexBaseKey(
  raw: PlainValue,
  n: number,
  where: string,
  into: { keys: KeyTable; keyless: Map<string, number[]> },
): PlainObject {
  const { key, item } = keyOrKeyless(raw, where, n, 'migration backup');
  indexKnownKey(key, where, into);
  if (item.id === undefined) push(into.keyless, contentPrint(item), n);
  return item;
}

/** indexBaseKey for an item with an id whose key is known without parsing it (collection/file-base.ts). */
export function indexKnownKey(key: string, where: string, into: { keys: KeyTable }): void {
  if (into.keys.add(key) !== -1) throw duplicate(where, key);
}

/** Shapes an item before it is kept (e.g. key order like the base version, when there is one). */
export type Shape = (item: PlainObject, baseVersion: PlainObject | undefined) => PlainObject;

export interface SideOptions {
  shape?: Shape;
  /**
   * Undoes what the migration did to an item before it is compared with the
   * base (at: its base position, undefined for an item the base lacks;
   * baseItem: the base's version there, read once for the whole comparison).
   */
  undo?: (item: PlainObject, at: number | undefined, key: string, baseItem: PlainObject | undefined) => PlainObject;
  /** Match an item whose id the base lacks to a base item that had none, by content: the migration generated that id. */
  matchGeneratedIds?: boolean;
}

export class SideCollector {
  /** Per base position: ABSENT, SAME or CHANGED. */
  readonly state: Uint8Array;
  /** Base position -> this side's differing version. */
  readonly changed = new Map<number, PlainObject>();
  /** Items whose id is not in the base, in arrival order. */
  readonly added = new Map<string, PlainObject>();
  /** Base position -> the id the migration generated for that item (it had none): matched by content, dropped again. */
  readonly generated = new Map<number, string>();
  private count = 0;
  /** The base position the last item matched, -1 before any: where the next is most likely to be. */
  lastAt = -1;
  private readonly shape: Shape;

  constructor(
    readonly base: Base,
    readonly where: string,
    private readonly options: SideOptions = {},
  ) {
    this.state = new Uint8Array(base.size);
    this.shape = options.shape ?? ((item) => item);
  }

  add(raw: PlainValue): void {
    const n = this.count++;
    const { key, item } = keyOrKeyless(raw, this.where, n, this.where);
    let i = this.base.keys.positionOf(key);
    let version = item;
    if (i === undefined && this.base.keyless.size > 0) {
      // An item with no id, or with one the migration gave it: the base item of the same content that had none.
      const generated = item.id !== undefined && this.options.matchGeneratedIds === true;
      if (item.id === undefined || generated) {
        i = this.keylessMatch(item);
        if (i !== undefined && generated) {
          this.generated.set(i, idOfKey(key));
          version = withoutId(item);
        }
      }
    }
    if (i === undefined) {
      if (this.added.has(key)) throw duplicate(this.where, key);
      this.added.set(key, this.shape(this.options.undo?.(item, undefined, key, undefined) ?? item, undefined));
      return;
    }
    if (this.state[i] !== ABSENT) throw duplicate(this.where, key);
    this.lastAt = i;
    const baseItem = this.base.item(i);
    const undone = this.options.undo?.(version, i, this.base.keys.at(i), baseItem) ?? version;
    if (deepEqual(undone, baseItem)) this.state[i] = SAME;
    else {
      this.state[i] = CHANGED;
      this.changed.set(i, this.shape(undone, baseItem));
    }
  }

  /** The first base item without an id, not yet matched on this side, whose content print is the item's. */
  private keylessMatch(item: PlainObject): number | undefined {
    return this.base.keyless.get(contentPrint(item))?.find((i) => this.state[i] === ABSENT);
  }

  /**
   * The n-th item of this side is the base item at position i, known equal
   * to it without parsing (its text is the base's, byte for byte).
   */
  addSame(i: number): void {
    this.count++;
    if (this.state[i] !== ABSENT) throw duplicate(this.where, this.base.keys.at(i));
    this.lastAt = i;
    this.state[i] = SAME;
  }

  /** This side's version of the base item at position i (the base's own when unchanged). */
  atBase(i: number): PlainObject | undefined {
    const s = this.state[i];
    return s === SAME ? this.base.item(i) : s === CHANGED ? this.changed.get(i) : undefined;
  }

  /** As atBase, but BASE_VERSION for an unchanged item, so the base body is not read until it is written. */
  versionAt(i: number): PlainObject | undefined {
    const s = this.state[i];
    return s === SAME ? BASE_VERSION : s === CHANGED ? this.changed.get(i) : undefined;
  }
}

/** Stands for "the base's version of this item" in a plan: equal only to itself (never compared by content). */
export const BASE_VERSION: PlainObject = Object.freeze({}) as PlainObject;

/** A side that is exactly the base: every item present and unchanged. */
export function unchangedSide(base: Base, where: string): SideCollector {
  const side = new SideCollector(base, where);
  side.state.fill(SAME);
  return side;
}

/** An item's key; an object without an id gets a key naming where it is, since the migration's files may hold such items. */
export function keyOrKeyless(raw: PlainValue, where: string, position: number, label: string): { key: string; item: PlainObject } {
  const k = keyOf(raw);
  if (typeof k === 'string') return { key: k, item: raw as PlainObject };
  if (k.problem === 'has no id') return { key: keylessKey(`${label} item ${position + 1}`), item: raw as PlainObject };
  return requireKey(raw, where, position);
}

function withoutId(item: PlainObject): PlainObject {
  const out: PlainObject = {};
  for (const k of Object.keys(item)) {
    if (k !== 'id') Object.defineProperty(out, k, { value: item[k], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function duplicate(where: string, key: string): InputError {
  return new InputError(`${where}: id "${idOfKey(key)}" occurs more than once; ids must be unique`);
}
