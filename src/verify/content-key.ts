/**
 * A coarse key of an item's content, to find the file item (without an id)
 * that an export item with a migration-generated id may be: blind to what
 * the migration changed (the id it added, the timestamps it wrote, "" as
 * NULL) and to order within lists (sets are written in any order). Equal
 * keys make candidates only; the full comparison decides. Pure.
 */
import type { WireItem, WireValue } from '../dynamo/wire.js';
import { canonicalDecimal } from './decimal.js';
import { JsonNumber, JsonObject, type RawJson } from './raw-json.js';

const BLIND = new Set(['id', 'createdAt', 'updatedAt']);

export function fileContentKey(item: JsonObject): string {
  return objectKey(
    [...item.entries].filter(([k]) => !BLIND.has(k)),
    rawKey,
  );
}

export function wireContentKey(item: WireItem): string {
  return objectKey(
    Object.entries(item).filter(([k]) => !BLIND.has(k)),
    wireKey,
  );
}

function objectKey<T>(entries: Array<[string, T]>, keyOf: (v: T) => string): string {
  return `{${entries
    .map(([k, v]) => `${JSON.stringify(k)}:${keyOf(v)}`)
    .sort()
    .join(',')}}`;
}

function listKey(keys: string[]): string {
  return `[${keys.sort().join(',')}]`;
}

function rawKey(v: RawJson): string {
  if (v === null || v === '') return 'null';
  if (v instanceof JsonNumber) return `n${canonicalDecimal(v.text) ?? v.text}`;
  if (Array.isArray(v)) return listKey(v.map(rawKey));
  if (v instanceof JsonObject) return objectKey([...v.entries], rawKey);
  return JSON.stringify(v);
}

function wireKey(v: WireValue): string {
  const w = v as Record<string, unknown>;
  if (w.NULL === true || w.S === '') return 'null';
  if (typeof w.S === 'string') return JSON.stringify(w.S);
  if (typeof w.N === 'string') return `n${canonicalDecimal(w.N) ?? w.N}`;
  if (typeof w.BOOL === 'boolean') return JSON.stringify(w.BOOL);
  if (typeof w.B === 'string') return JSON.stringify(Buffer.from(w.B, 'base64').toString('base64'));
  if (Array.isArray(w.SS)) return listKey(w.SS.map((x) => JSON.stringify(x)));
  if (Array.isArray(w.NS)) return listKey(w.NS.map((x) => `n${canonicalDecimal(String(x)) ?? String(x)}`));
  if (Array.isArray(w.BS)) return listKey(w.BS.map((x) => JSON.stringify(Buffer.from(String(x), 'base64').toString('base64'))));
  if (Array.isArray(w.L)) return listKey((w.L as WireValue[]).map(wireKey));
  if (typeof w.M === 'object' && w.M !== null) return objectKey(Object.entries(w.M as WireItem), wireKey);
  return '?';
}
