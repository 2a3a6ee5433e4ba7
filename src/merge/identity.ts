/**
 * Item identity in the file database is the `id` attribute. Keys are
 * strings for Map lookups: a string id is its own key; a numeric id gets a
 * prefix no string id can start with, so "5" and 5 stay apart.
 */
import { JsonNumber } from '../convert/json-number.js';
import { isPlainObject, type PlainObject, type PlainValue } from '../convert/plain.js';
import { InputError } from '../core/errors.js';

const NUMERIC = '\u0000#';
/** Keys of items that have no id (the base's, and new ones in the files): never a real id, which is a string or number. */
const KEYLESS = '\u0000@';

/** The item's key, or a reason it has none (never quoting the item). */
export function keyOf(item: PlainValue): string | { problem: string } {
  if (!isPlainObject(item)) return { problem: 'is not a JSON object' };
  const id = item.id;
  if (typeof id === 'string') return id;
  if (typeof id === 'number') return NUMERIC + String(id);
  if (id instanceof JsonNumber) return NUMERIC + id.text;
  return { problem: id === undefined ? 'has no id' : 'has an id that is neither a string nor a number' };
}

/** The key of an item without an id: where it is (e.g. "migration backup item 3"). */
export function keylessKey(where: string): string {
  return `${KEYLESS}${where}`;
}

export function isKeyless(key: string): boolean {
  return key.startsWith(KEYLESS);
}

/** The id as shown in reports; an item without one is shown by where it is: "(no id: <where>)". */
export function idOfKey(key: string): string {
  if (key.startsWith(NUMERIC)) return key.slice(NUMERIC.length);
  if (key.startsWith(KEYLESS)) return `(no id: ${key.slice(KEYLESS.length)})`;
  return key;
}

/** keyOf, or an InputError naming where the item is (file or table) and its position. */
export function requireKey(item: PlainValue, where: string, position: number): { key: string; item: PlainObject } {
  const key = keyOf(item);
  if (typeof key !== 'string') {
    throw new InputError(`${where}: item ${position + 1} ${key.problem}; every item needs a string or numeric "id"`);
  }
  return { key, item: item as PlainObject };
}
