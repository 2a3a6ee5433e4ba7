/**
 * One collection's check, pure: the file's items (already parsed) against
 * the export's items, streamed in one at a time so the export is never held
 * in memory. Items are matched by `id`, in any order; a string id and a
 * numeric id are different ids, as they are to the app and to DynamoDB.
 * The export's items are first shaped as the collection's settings say
 * (file-keys.ts), and compared under the migration rules (migration-rules.ts)
 * against the references; an id the migration generated is matched to a
 * file item without an id by content.
 */
import type { WireItem } from '../dynamo/wire.js';
import { wireContentKey, fileContentKey } from './content-key.js';
import { canonicalDecimal } from './decimal.js';
import { type FileKeys, fileShapeOf, PLAIN_KEYS } from './file-keys.js';
import { compareWithRules, NO_RULES, refsMatter, type RuleOutcome, type RuleSet } from './migration-rules.js';
import { JsonNumber, JsonObject, kindOf, type RawJson } from './raw-json.js';
import { NO_REFERENCES, type References } from './references.js';
import { type KeylessOrigin, keylessOrigins } from './keyless-origins.js';

export type MigrationRule = 'emptyStringsAsNull' | 'rewroteUpdatedAt' | 'generatedIds';

/** One item's differences a migration rule accounts for. */
export interface AcceptedArtifact {
  id: string;
  rule: MigrationRule;
  /** Attribute paths accepted (empty for a generated id). */
  paths: string[];
  /** For a generated id: the file item without an id it was matched to. */
  fileItem?: string;
}

/** What the migration rules accepted in one collection, counted per rule, and what they refused. */
export interface MigrationAccepted {
  /** File "" for the export's NULL, by attribute path. */
  emptyStringsAsNull: number;
  /** updatedAt put back, or updatedAt/createdAt left out, as the reference has them. */
  rewroteUpdatedAt: number;
  /** Export items with a generated id matched to a file item without one. */
  generatedIds: number;
  /** Attributes of the export the file does not hold because the collection's drop says so. */
  droppedAttributes: number;
  items: AcceptedArtifact[];
  /** What a rule on says the rollback undoes but the file still holds (a null where the reference held "", the migration's time): failures, also in changed. */
  notUndone: AcceptedArtifact[];
}

export function noneAccepted(): MigrationAccepted {
  return { emptyStringsAsNull: 0, rewroteUpdatedAt: 0, generatedIds: 0, droppedAttributes: 0, items: [], notUndone: [] };
}

/** How the collection maps back and what verify may accept of the migration's doing. */
export interface CheckContext {
  keys: FileKeys;
  rules: RuleSet;
  refs: References;
  /** Ids the rollback reports the migration generated (rule on; else empty). */
  generated: ReadonlySet<string>;
}

export const PLAIN_CHECK: CheckContext = { keys: PLAIN_KEYS, rules: NO_RULES, refs: NO_REFERENCES, generated: new Set() };

export interface ChangedItem {
  id: string;
  /** Attribute paths that differ, e.g. `profile.tags[2]`. */
  paths: string[];
}

export interface CollectionDiff {
  /** Items the export holds. */
  expected: number;
  /** Items the file holds. */
  found: number;
  /** In the export, not in the file. */
  missing: string[];
  /** In the file, not in the export. */
  extra: string[];
  changed: ChangedItem[];
  /** Ids that occur more than once in the file. */
  duplicateIds: string[];
  /** Ids that occur more than once in the export. */
  duplicateExportIds: string[];
  /** Export items without a usable id: they cannot be matched. */
  exportItemsWithoutId: number;
  migration: MigrationAccepted;
}

export interface IdRef {
  key: string;
  shown: string;
}

/** The file items a collection check reads: ids by position, each item on demand (file-index.ts re-reads it from the file). */
export interface FileItems {
  readonly count: number;
  idAt(i: number): IdRef | null;
  item(i: number): JsonObject;
  /** An index's own lookup by id key (file-index.ts), so the check keeps no map of ids of its own; with it, repeats and keylessPositions. */
  firstAt?(key: string): number | undefined;
  /** Positions of items whose id an earlier item has, in file order. */
  repeats?(): readonly number[];
  /** Positions of items without an id, in file order. */
  keylessPositions?(): readonly number[];
}

/** Items already parsed (tests, and files read whole). */
export function itemsOf(items: readonly JsonObject[]): FileItems {
  return { count: items.length, idAt: (i) => fileIdOf(items[i]!), item: (i) => items[i]! };
}

/** The id of a file item, or null when it has none usable. */
export function fileIdOf(item: JsonObject): IdRef | null {
  const id = item.entries.get('id');
  if (typeof id === 'string') return { key: `S:${id}`, shown: id };
  if (id instanceof JsonNumber) {
    const c = canonicalDecimal(id.text);
    return c === null ? null : { key: `N:${c}`, shown: id.text };
  }
  return null;
}

export function wireIdOf(item: WireItem): IdRef | null {
  const id = Object.prototype.hasOwnProperty.call(item, 'id') ? item.id : undefined;
  if (id && 'S' in id && typeof id.S === 'string') return { key: `S:${id.S}`, shown: id.S };
  if (id && 'N' in id && typeof id.N === 'string') {
    const c = canonicalDecimal(id.N);
    return c === null ? null : { key: `N:${c}`, shown: id.N };
  }
  return null;
}

/**
 * The items of a data file as the app reads it: a JSON array of objects,
 * each with an id that is a string or a number, or none at all (the
 * migrated app's files may hold such items; they are matched by content
 * or reported extra). Returns why not, otherwise.
 */
export function fileItemsOf(raw: RawJson): { items: JsonObject[] } | { problem: string } {
  if (!Array.isArray(raw)) return { problem: `not a JSON array (the file holds ${kindOf(raw) === 'object' ? 'an object' : `a ${kindOf(raw)}`})` };
  const items: JsonObject[] = [];
  for (const [i, el] of raw.entries()) {
    if (!(el instanceof JsonObject)) return { problem: `element ${i} is ${kindOf(el) === 'array' ? 'an array' : `a ${kindOf(el)}`}, not an object` };
    if (el.entries.has('id') && fileIdOf(el) === null) return { problem: `element ${i} has an id that is neither a string nor a number` };
    items.push(el);
  }
  return { items };
}

export interface UnmatchedKeyless {
  /** Export items (file shape, without the generated id) the file holds no version of. */
  missing: Array<{ id: string; item: WireItem }>;
  extra: Array<{ id: string; item: JsonObject }>;
}

interface Keyless {
  item: JsonObject;
  shown: string;
  matched: boolean;
}

export class CollectionCheck {
  /** File position by id key (the index's, or a map of the items); seen: matched by an export item. */
  private readonly firstAt: (key: string) => number | undefined;
  /** With the index's lookup: positions of repeated ids, not matched by position. */
  private readonly repeated: ReadonlySet<number> | null = null;
  private readonly seen: Uint8Array;
  private readonly fileItems: FileItems;
  /** File items without an id, by content key, in file order. */
  private readonly keyless = new Map<string, Keyless[]>();
  private readonly keylessInOrder: Keyless[] = [];
  /** Export ids the file does not hold (or generated ones), to find them twice; the others are found twice by seen. */
  private readonly exportIds = new Set<string>();
  /** Generated ids with no file item: the export item, to find the backup item it was. */
  private readonly missingGenerated: Array<{ id: string; item: WireItem }> = [];
  private readonly diff: CollectionDiff;

  constructor(
    items: readonly JsonObject[] | FileItems,
    private readonly ctx: CheckContext = PLAIN_CHECK,
  ) {
    const fileItems = Array.isArray(items) ? itemsOf(items as readonly JsonObject[]) : (items as FileItems);
    this.fileItems = fileItems;
    this.seen = new Uint8Array(fileItems.count);
    this.diff = {
      expected: 0,
      found: fileItems.count,
      missing: [],
      extra: [],
      changed: [],
      duplicateIds: [],
      duplicateExportIds: [],
      exportItemsWithoutId: 0,
      migration: noneAccepted(),
    };
    if (fileItems.firstAt && fileItems.repeats && fileItems.keylessPositions) {
      const index = fileItems as Required<FileItems>;
      this.firstAt = (key) => index.firstAt(key);
      for (const n of index.keylessPositions()) this.addKeyless(n);
      for (const n of index.repeats()) this.addRepeat(index.idAt(n)!.shown);
      this.repeated = new Set(index.repeats());
      return;
    }
    const byId = new Map<string, number>();
    this.firstAt = (key) => byId.get(key);
    for (let n = 0; n < fileItems.count; n++) {
      const id = fileItems.idAt(n);
      if (!id) {
        this.addKeyless(n);
        continue;
      }
      if (byId.has(id.key)) {
        this.addRepeat(id.shown);
        continue;
      }
      byId.set(id.key, n);
    }
  }

  private addKeyless(n: number): void {
    const item = this.fileItems.item(n);
    const k: Keyless = { item, shown: `(no id: item ${n + 1})`, matched: false };
    this.keylessInOrder.push(k);
    push(this.keyless, fileContentKey(item), k);
  }

  private addRepeat(shown: string): void {
    if (!this.diff.duplicateIds.includes(shown)) this.diff.duplicateIds.push(shown);
  }

  /** One export item. */
  add(raw: WireItem): void {
    this.diff.expected++;
    const { item, dropped } = fileShapeOf(raw, this.ctx.keys);
    const id = wireIdOf(item);
    if (!id) {
      this.diff.exportItemsWithoutId++;
      return;
    }
    const generated = id.key.startsWith('S:') && this.ctx.generated.has(id.shown);
    const at = this.firstAt(id.key);
    // An id the file holds is a duplicate once its file item is matched; only the others need remembering.
    if (at !== undefined && !generated) {
      if (this.seen[at] === 1) {
        this.diff.duplicateExportIds.push(id.shown);
        return;
      }
    } else {
      if (this.exportIds.has(id.key)) {
        this.diff.duplicateExportIds.push(id.shown);
        return;
      }
      this.exportIds.add(id.key);
    }
    if (generated) {
      if (this.matchGenerated(id.shown, item)) this.diff.migration.droppedAttributes += dropped;
      return;
    }
    if (at === undefined) {
      this.diff.missing.push(id.shown);
      return;
    }
    this.seen[at] = 1;
    this.diff.migration.droppedAttributes += dropped;
    // The references are read back only where they can change the outcome.
    const refs = refsMatter(item, this.ctx.rules) ? (this.ctx.refs.byId.get(id.key) ?? []) : [];
    this.record(id.shown, compareWithRules(this.fileItems.item(at), item, refs, this.ctx.rules));
  }

  /**
   * An export item whose id the migration generated: the first file item
   * without an id that it equals under the rules, against a reference
   * without an id of the same content. One of the same content that still
   * differs is reported changed under the generated id; none, missing.
   */
  private matchGenerated(id: string, item: WireItem): boolean {
    const expected: WireItem = { ...item };
    delete expected.id;
    const content = wireContentKey(expected);
    const candidates = (this.keyless.get(content) ?? []).filter((k) => !k.matched);
    const refs: Array<JsonObject | undefined> = [...(this.ctx.refs.keyless.get(content) ?? []), undefined];
    let nearest: { k: Keyless; outcome: RuleOutcome } | null = null;
    for (const k of candidates) {
      for (const ref of refs) {
        const outcome = compareWithRules(k.item, expected, ref ? [ref] : [], this.ctx.rules);
        if (outcome.paths.length === 0) {
          k.matched = true;
          this.diff.migration.generatedIds++;
          this.diff.migration.items.push({ id, rule: 'generatedIds', paths: [], fileItem: k.shown });
          this.record(id, outcome);
          return true;
        }
        if (!nearest || outcome.paths.length < nearest.outcome.paths.length) nearest = { k, outcome };
      }
    }
    if (!nearest) {
      this.diff.missing.push(id);
      this.missingGenerated.push({ id, item: expected });
      return false;
    }
    nearest.k.matched = true;
    this.record(id, nearest.outcome);
    return true;
  }

  private record(id: string, o: RuleOutcome): void {
    const m = this.diff.migration;
    if (o.emptyStrings.length > 0) {
      m.emptyStringsAsNull += o.emptyStrings.length;
      m.items.push({ id, rule: 'emptyStringsAsNull', paths: o.emptyStrings });
    }
    if (o.timestamps.length > 0) {
      m.rewroteUpdatedAt += o.timestamps.length;
      m.items.push({ id, rule: 'rewroteUpdatedAt', paths: o.timestamps });
    }
    if (o.nullsLeft.length > 0) m.notUndone.push({ id, rule: 'emptyStringsAsNull', paths: o.nullsLeft });
    if (o.timestampsLeft.length > 0) m.notUndone.push({ id, rule: 'rewroteUpdatedAt', paths: o.timestampsLeft });
    if (o.paths.length > 0) this.diff.changed.push({ id, paths: o.paths });
  }

  finish(): CollectionDiff {
    // In file order: each id's first item not matched (items without an id and repeats are not matched by position).
    for (let at = 0; at < this.fileItems.count; at++) {
      if (this.seen[at] === 1 || this.repeated?.has(at)) continue;
      const id = this.fileItems.idAt(at);
      if (id && (this.repeated || this.firstAt(id.key) === at)) this.diff.extra.push(id.shown);
    }
    for (const k of this.keylessInOrder) if (!k.matched) this.diff.extra.push(k.shown);
    return this.diff;
  }

  /** After finish: the items without an id left unmatched (file items extra, export items missing under a generated id). */
  unmatched(): UnmatchedKeyless {
    const extra = this.keylessInOrder.filter((k) => !k.matched).map((k) => ({ id: k.shown, item: k.item }));
    return { missing: this.missingGenerated, extra };
  }

  /** After finish: where the unmatched items without an id were in the references. */
  origins(): KeylessOrigin[] {
    return keylessOrigins(this.unmatched(), this.ctx);
  }
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function isClean(d: CollectionDiff): boolean {
  return (
    d.missing.length === 0 &&
    d.extra.length === 0 &&
    d.changed.length === 0 &&
    d.duplicateIds.length === 0 &&
    d.duplicateExportIds.length === 0 &&
    d.exportItemsWithoutId === 0 &&
    d.expected === d.found
  );
}
