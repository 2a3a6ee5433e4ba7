/**
 * One collection's check, pure: the file's items (already parsed) against
 * the export's items, streamed in one at a time so the export is never held
 * in memory. Items are matched by `id`, in any order; a string id and a
 * numeric id are different ids, as they are to the app and to DynamoDB.
 */
import type { WireItem } from '../dynamo/wire.js';
import { itemDifferences } from './compare.js';
import { canonicalDecimal } from './decimal.js';
import { JsonNumber, JsonObject, kindOf, type RawJson } from './raw-json.js';

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
}

interface IdRef {
  key: string;
  shown: string;
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
 * each with an id that is a string or a number. Returns why not, otherwise.
 */
export function fileItemsOf(raw: RawJson): { items: JsonObject[] } | { problem: string } {
  if (!Array.isArray(raw)) return { problem: `not a JSON array (the file holds ${kindOf(raw) === 'object' ? 'an object' : `a ${kindOf(raw)}`})` };
  const items: JsonObject[] = [];
  for (const [i, el] of raw.entries()) {
    if (!(el instanceof JsonObject)) return { problem: `element ${i} is ${kindOf(el) === 'array' ? 'an array' : `a ${kindOf(el)}`}, not an object` };
    if (!el.entries.has('id')) return { problem: `element ${i} has no id` };
    if (fileIdOf(el) === null) return { problem: `element ${i} has an id that is neither a string nor a number` };
    items.push(el);
  }
  return { items };
}

export class CollectionCheck {
  private readonly byId = new Map<string, { item: JsonObject; shown: string; seen: boolean }>();
  private readonly exportIds = new Set<string>();
  private readonly diff: CollectionDiff;

  constructor(fileItems: readonly JsonObject[]) {
    this.diff = {
      expected: 0,
      found: fileItems.length,
      missing: [],
      extra: [],
      changed: [],
      duplicateIds: [],
      duplicateExportIds: [],
      exportItemsWithoutId: 0,
    };
    for (const item of fileItems) {
      const id = fileIdOf(item);
      if (!id) continue; // fileItemsOf has refused such a file already
      if (this.byId.has(id.key)) {
        if (!this.diff.duplicateIds.includes(id.shown)) this.diff.duplicateIds.push(id.shown);
        continue;
      }
      this.byId.set(id.key, { item, shown: id.shown, seen: false });
    }
  }

  /** One export item. */
  add(item: WireItem): void {
    this.diff.expected++;
    const id = wireIdOf(item);
    if (!id) {
      this.diff.exportItemsWithoutId++;
      return;
    }
    if (this.exportIds.has(id.key)) {
      this.diff.duplicateExportIds.push(id.shown);
      return;
    }
    this.exportIds.add(id.key);
    const entry = this.byId.get(id.key);
    if (!entry) {
      this.diff.missing.push(id.shown);
      return;
    }
    entry.seen = true;
    const paths = itemDifferences(entry.item, item);
    if (paths.length > 0) this.diff.changed.push({ id: id.shown, paths });
  }

  finish(): CollectionDiff {
    for (const entry of this.byId.values()) if (!entry.seen) this.diff.extra.push(entry.shown);
    return this.diff;
  }
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
