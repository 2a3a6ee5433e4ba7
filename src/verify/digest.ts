/**
 * A table's digest: item count plus an order-free hash of its items, so an
 * export and a fresh scan (in any order, any segmenting) can be compared
 * without holding either in memory. Each item is hashed (SHA-256) in a
 * canonical form (keys sorted, numbers by value, sets sorted, base64
 * normalised); the hashes are added modulo 2^256. Addition, not XOR: with
 * XOR two identical items would cancel out.
 */
import crypto from 'node:crypto';
import type { WireItem, WireValue } from '../dynamo/wire.js';
import { canonicalDecimal } from './decimal.js';

export interface TableDigest {
  count: number;
  /** 64 hex digits. */
  hash: string;
}

type OneShot = (algorithm: string, data: string, outputEncoding: 'binary') => string;
/** crypto.hash (Node 20.12+): one call per item instead of a Hash object each. */
const oneShot = (crypto as unknown as { hash?: OneShot }).hash;
/**
 * The hash's 32 bytes as a 'binary' (latin1) string, one byte a character:
 * half the cost per item of a Buffer, whose allocation took as long as
 * hashing the item.
 */
const sha256 = (text: string): string =>
  oneShot ? oneShot('sha256', text, 'binary') : crypto.createHash('sha256').update(text).digest('binary');

export class Digest {
  private count = 0;
  /** The sum modulo 2^256 as eight 32-bit limbs, least significant first (no BigInt per item). */
  private readonly sum = new Uint32Array(8);

  add(item: WireItem): void {
    this.addCanonical(canonicalItem(item));
  }

  /** An item by its canonical text (canonicalItem's, however it was made). */
  addCanonical(text: string): void {
    const h = sha256(text);
    let carry = 0;
    for (let j = 0; j < 8; j++) {
      const o = 28 - 4 * j;
      const word = ((h.charCodeAt(o) << 24) | (h.charCodeAt(o + 1) << 16) | (h.charCodeAt(o + 2) << 8) | h.charCodeAt(o + 3)) >>> 0;
      const v = this.sum[j]! + word + carry;
      this.sum[j] = v >>> 0;
      carry = v > 0xffffffff ? 1 : 0;
    }
    this.count++;
  }

  value(): TableDigest {
    let hash = '';
    for (let j = 7; j >= 0; j--) hash += this.sum[j]!.toString(16).padStart(8, '0');
    return { count: this.count, hash };
  }
}

/** The digest of two disjoint parts' items together (a split collection's): the counts and the sums added. */
export function addDigests(a: TableDigest, b: TableDigest): TableDigest {
  const sum = (BigInt(`0x${a.hash}`) + BigInt(`0x${b.hash}`)) % 2n ** 256n;
  return { count: a.count + b.count, hash: sum.toString(16).padStart(64, '0') };
}

export function sameDigest(a: TableDigest, b: TableDigest): boolean {
  return a.count === b.count && a.hash === b.hash;
}

/** One text per item value, equal exactly when DynamoDB would hold the same item. */
export function canonicalItem(item: WireItem): string {
  return canonicalMap(item);
}

function canonicalMap(map: WireItem): string {
  const keys = Object.keys(map);
  if (keys.length > 1) keys.sort();
  // Built by concatenation: no array per map (this runs for every item of the export and of the live table).
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (i > 0) out += ',';
    out += `${quoted(k)}:${canonicalValue(map[k]!)}`;
  }
  return `${out}}`;
}

/** JSON.stringify of a string, skipped for the usual plain ones (nothing to escape). */
// eslint-disable-next-line no-control-regex -- the control characters are what JSON.stringify escapes
const PLAIN = /^[^"\\\u0000-\u001f\u2028\u2029\ud800-\udfff]*$/;
export const quoted = (s: string) => (PLAIN.test(s) ? `"${s}"` : JSON.stringify(s));

export const num = (n: string) => canonicalDecimal(n) ?? `!${n}`;
export const b64 = (b: string) => Buffer.from(b, 'base64').toString('base64');
export const sortedList = (xs: string[]) => `[${[...xs].sort().join(',')}]`;

function canonicalValue(v: WireValue): string {
  if ('S' in v) return `S${quoted(v.S)}`;
  if ('N' in v) return `N${num(v.N)}`;
  if ('B' in v) return `B${b64(v.B)}`;
  if ('BOOL' in v) return v.BOOL ? 'T' : 'F';
  if ('NULL' in v) return 'Z';
  if ('SS' in v) return `SS${sortedList(v.SS.map(quoted))}`;
  if ('NS' in v) return `NS${sortedList(v.NS.map(num))}`;
  if ('BS' in v) return `BS${sortedList(v.BS.map(b64))}`;
  if ('M' in v) return `M${canonicalMap(v.M)}`;
  if ('L' in v) {
    let out = 'L[';
    for (let i = 0; i < v.L.length; i++) out += (i > 0 ? ',' : '') + canonicalValue(v.L[i]!);
    return `${out}]`;
  }
  return `?${JSON.stringify(v)}`;
}
