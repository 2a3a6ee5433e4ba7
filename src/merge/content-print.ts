/**
 * A fingerprint of an item's content for finding the base item that an item
 * with a migration-generated id came from: canonical JSON with object keys
 * sorted, numbers by decimal value, and blind to what the migration changed
 * (the id it added, createdAt and updatedAt it wrote, "" it stored as NULL).
 * Two items with the same print are candidates, not proof: the caller still
 * compares them in full. Pure.
 */
import { canonicalDecimal, JsonNumber } from '../convert/json-number.js';
import { isPlainObject, type PlainValue } from '../convert/plain.js';

const IGNORED = new Set(['id', 'createdAt', 'updatedAt']);

export function contentPrint(item: PlainValue): string {
  return print(item, true);
}

function print(v: PlainValue, top: boolean): string {
  if (v === null || v === '') return 'null';
  if (typeof v === 'number' || v instanceof JsonNumber) return canonicalDecimal(String(v)) ?? String(v);
  if (typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => print(x, false)).join(',')}]`;
  if (!isPlainObject(v)) return JSON.stringify(String(v));
  const keys = Object.keys(v)
    .filter((k) => !(top && IGNORED.has(k)))
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${print(v[k]!, false)}`).join(',')}}`;
}
