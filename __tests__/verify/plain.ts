/**
 * Test-only writer of data files from wire items, so verify's tests can make
 * files (good and broken) without the rollback. Numbers stay as their digits
 * (a Num), so a 38-digit number survives. Independent of src/convert on
 * purpose: verify must not be checked against the code it is meant to check.
 */
import type { WireItem, WireValue } from '../../src/dynamo/wire.js';

export class Num {
  constructor(readonly text: string) {}
}

export type Plain = null | boolean | string | Num | Plain[] | { [k: string]: Plain };

export function plainOf(v: WireValue): Plain {
  if ('S' in v) return v.S;
  if ('N' in v) return new Num(v.N);
  if ('B' in v) return v.B;
  if ('BOOL' in v) return v.BOOL;
  if ('NULL' in v) return null;
  if ('SS' in v) return [...v.SS].sort();
  if ('NS' in v) return v.NS.map((n) => new Num(n));
  if ('BS' in v) return [...v.BS];
  if ('M' in v) return plainItem(v.M);
  return v.L.map(plainOf);
}

export function plainItem(item: WireItem): { [k: string]: Plain } {
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, plainOf(v)]));
}

/** JSON text as the app writes it (2-space indent), numbers with their own digits. */
export function toText(value: Plain, indent = ''): string {
  if (value instanceof Num) return value.text;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((x) => inner + toText(x, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${toText(x, inner)}`).join(',\n')}\n${indent}}`;
}
