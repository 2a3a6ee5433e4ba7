/**
 * An item's content as one canonical text, and its SHA-256: what the
 * rollback report records for each item without an id it names by
 * position, so verify can recognise the item without the file it stood in
 * (see docs/formats.md, "The canonical form"). Keys sorted by UTF-16 code
 * unit, numbers as their source digits, strings as JSON.stringify writes
 * them, arrays in order, no whitespace. Pure. verify has its own printer
 * over its own parser's values; the two must agree byte for byte.
 */
import { createHash } from 'node:crypto';
import { JsonNumber } from './json-number.js';
import { isPlainObject, type PlainValue } from './plain.js';

export function canonicalJson(v: PlainValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return JSON.stringify(v);
  // A plain number is one whose JSON.stringify gives its source digits back (else it is a JsonNumber).
  if (typeof v === 'number') return JSON.stringify(v);
  if (v instanceof JsonNumber) return v.text;
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (!isPlainObject(v)) throw new Error('canonicalJson: not a JSON value');
  // Array.prototype.sort without a comparator orders by UTF-16 code units.
  const keys = Object.keys(v).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k]!)}`).join(',')}}`;
}

/** SHA-256 of the canonical text's UTF-8 bytes, 64 lowercase hex digits. */
export function contentDigest(v: PlainValue): string {
  return createHash('sha256').update(canonicalJson(v), 'utf8').digest('hex');
}
