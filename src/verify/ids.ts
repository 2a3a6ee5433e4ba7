/**
 * verify's id vocabulary, at the bottom of the folder: what an item's id is
 * (a string id and a numeric id are different ids, as they are to the app
 * and to DynamoDB), how a file item and an export item give theirs, and
 * the items of a data file as the comparator reads them.
 */
import type { WireItem } from '../dynamo/wire.js';
import { canonicalDecimal } from './decimal.js';
import { JsonNumber, JsonObject, kindOf, type RawJson } from './raw-json.js';
import { Kind, memberValue, spanText, type WireLine } from './wire-tape.js';

/** An id as a lookup key (`S:` or `N:` and the canonical digits) and as shown. */
export interface IdRef {
  key: string;
  shown: string;
}

/** The file items a collection check reads: ids by position, each item on demand (file-index.ts re-reads it from the file). */
export interface FileItems {
  readonly count: number;
  idAt(i: number): IdRef | null;
  item(i: number): JsonObject;
  /** An item's text as its file holds it, when the items are read back from the file (file-index.ts). */
  text?(i: number): string;
  /** The item's text was found written exactly as its export item: proven valid, with the id it was indexed under (file-index.ts). */
  confirm?(i: number): void;
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

/** wireIdOf of a line read as a tape, without its parse. */
export function lineIdOf(line: WireLine): IdRef | null {
  const r = memberValue(line, 'id');
  if (r === -1) return null;
  const kind = line.tape[r];
  if (kind === Kind.S) {
    const id = spanText(line, r);
    return { key: `S:${id}`, shown: id };
  }
  if (kind === Kind.N) {
    const id = spanText(line, r);
    const c = canonicalDecimal(id);
    return c === null ? null : { key: `N:${c}`, shown: id };
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
  if (!Array.isArray(raw))
    return { problem: `not a JSON array (the file holds ${kindOf(raw) === 'object' ? 'an object' : `a ${kindOf(raw)}`})` };
  const items: JsonObject[] = [];
  for (const [i, el] of raw.entries()) {
    if (!(el instanceof JsonObject))
      return { problem: `element ${i} is ${kindOf(el) === 'array' ? 'an array' : `a ${kindOf(el)}`}, not an object` };
    if (el.entries.has('id') && fileIdOf(el) === null) return { problem: `element ${i} has an id that is neither a string nor a number` };
    items.push(el);
  }
  return { items };
}
