/**
 * How a table's item maps back to the file's item (the long form of
 * `tables:`): the attribute that holds the file's `id` under another name,
 * and attributes the migration added (a key such as participantId) that the
 * file never had. Pure; the item is copied only when something changes.
 */
import type { PlainObject } from '../convert/plain.js';

export interface CollectionKeys {
  /** The attribute that becomes `id`. */
  id: string;
  /** Attributes removed. */
  drop: readonly string[];
}

export interface Mapped {
  item: PlainObject;
  /** Attributes removed from this item. */
  dropped: string[];
  /** true when `id` was taken from another attribute. */
  renamed: boolean;
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export function mapKeys(item: PlainObject, keys: CollectionKeys): Mapped {
  const rename = keys.id !== 'id' && own(item, keys.id);
  const dropped = keys.drop.filter((k) => k !== keys.id && k !== 'id' && own(item, k));
  if (!rename && dropped.length === 0) return { item, dropped, renamed: false };
  const out: PlainObject = {};
  const gone = new Set(dropped);
  if (rename) gone.add(keys.id);
  for (const k of Object.keys(item)) {
    // The id goes where the attribute it came from was (or where id already was), so key order stays the app's.
    if (rename && k === keys.id) define(out, 'id', item[k]!);
    else if (k === 'id' && rename) continue;
    else if (!gone.has(k)) define(out, k, item[k]!);
  }
  return { item: out, dropped, renamed: rename };
}

function define(o: PlainObject, k: string, v: PlainObject[string]): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}
