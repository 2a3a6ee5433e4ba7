/**
 * One side of the three-way merge (the export, or the current files)
 * against the base (the migration backup), collected item by item so the
 * export can be streamed in: an item equal to its base version is recorded
 * as a flag and dropped, so only changes and additions are held in memory.
 * Pure (no I/O).
 */
import type { PlainObject, PlainValue } from '../convert/plain.js';
import { InputError } from '../core/errors.js';
import { deepEqual } from './equal.js';
import { idOfKey, requireKey } from './identity.js';

export const ABSENT = 0;
export const SAME = 1;
export const CHANGED = 2;

export class BaseIndex {
  readonly keys: string[] = [];
  readonly items: PlainObject[] = [];
  readonly pos = new Map<string, number>();

  /** where: the file or table, for messages. More items may be added one by one (a file being streamed in). */
  constructor(
    items: readonly PlainValue[],
    readonly where: string,
  ) {
    for (const raw of items) this.add(raw);
  }

  add(raw: PlainValue): void {
    const { key, item } = requireKey(raw, this.where, this.keys.length);
    if (this.pos.has(key)) throw duplicate(this.where, key);
    this.pos.set(key, this.keys.length);
    this.keys.push(key);
    this.items.push(item);
  }

  get size(): number {
    return this.items.length;
  }
}

/** Shapes an item before it is kept (e.g. key order like the base version, when there is one). */
export type Shape = (item: PlainObject, baseVersion: PlainObject | undefined) => PlainObject;

export class SideCollector {
  /** Per base position: ABSENT, SAME or CHANGED. */
  readonly state: Uint8Array;
  /** Base position -> this side's differing version. */
  readonly changed = new Map<number, PlainObject>();
  /** Items whose id is not in the base, in arrival order. */
  readonly added = new Map<string, PlainObject>();
  private count = 0;

  constructor(
    readonly base: BaseIndex,
    readonly where: string,
    private readonly shape: Shape = (item) => item,
  ) {
    this.state = new Uint8Array(base.size);
  }

  add(raw: PlainValue): void {
    const { key, item } = requireKey(raw, this.where, this.count++);
    const i = this.base.pos.get(key);
    if (i === undefined) {
      if (this.added.has(key)) throw duplicate(this.where, key);
      this.added.set(key, this.shape(item, undefined));
      return;
    }
    if (this.state[i] !== ABSENT) throw duplicate(this.where, key);
    const baseItem = this.base.items[i]!;
    if (deepEqual(item, baseItem)) this.state[i] = SAME;
    else {
      this.state[i] = CHANGED;
      this.changed.set(i, this.shape(item, baseItem));
    }
  }

  /** This side's version of the base item at position i (the base object itself when unchanged). */
  atBase(i: number): PlainObject | undefined {
    const s = this.state[i];
    return s === SAME ? this.base.items[i] : s === CHANGED ? this.changed.get(i) : undefined;
  }
}

/** A side that is exactly the base: every item present and unchanged. */
export function unchangedSide(base: BaseIndex, where: string): SideCollector {
  const side = new SideCollector(base, where);
  side.state.fill(SAME);
  return side;
}

function duplicate(where: string, key: string): InputError {
  return new InputError(`${where}: id "${idOfKey(key)}" occurs more than once; ids must be unique`);
}
