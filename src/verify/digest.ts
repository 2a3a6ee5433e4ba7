/**
 * A table's digest: item count plus an order-free hash of its items, so an
 * export and a fresh scan (in any order, any segmenting) can be compared
 * without holding either in memory. Each item is hashed (SHA-256) in a
 * canonical form (keys sorted, numbers by value, sets sorted, base64
 * normalised); the hashes are added modulo 2^256. Addition, not XOR: with
 * XOR two identical items would cancel out.
 */
import { createHash } from 'node:crypto';
import type { WireItem, WireValue } from '../dynamo/wire.js';
import { canonicalDecimal } from './decimal.js';

export interface TableDigest {
  count: number;
  /** 64 hex digits. */
  hash: string;
}

const MOD = 1n << 256n;

export class Digest {
  private count = 0;
  private sum = 0n;

  add(item: WireItem): void {
    const h = createHash('sha256').update(canonicalItem(item)).digest('hex');
    this.sum = (this.sum + BigInt(`0x${h}`)) % MOD;
    this.count++;
  }

  value(): TableDigest {
    return { count: this.count, hash: this.sum.toString(16).padStart(64, '0') };
  }
}

export function sameDigest(a: TableDigest, b: TableDigest): boolean {
  return a.count === b.count && a.hash === b.hash;
}

/** One text per item value, equal exactly when DynamoDB would hold the same item. */
export function canonicalItem(item: WireItem): string {
  return canonicalMap(item);
}

function canonicalMap(map: WireItem): string {
  const keys = Object.keys(map).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalValue(map[k]!)}`).join(',')}}`;
}

const num = (n: string) => canonicalDecimal(n) ?? `!${n}`;
const b64 = (b: string) => Buffer.from(b, 'base64').toString('base64');
const sortedList = (xs: string[]) => `[${[...xs].sort().join(',')}]`;

function canonicalValue(v: WireValue): string {
  if ('S' in v) return `S${JSON.stringify(v.S)}`;
  if ('N' in v) return `N${num(v.N)}`;
  if ('B' in v) return `B${b64(v.B)}`;
  if ('BOOL' in v) return v.BOOL ? 'T' : 'F';
  if ('NULL' in v) return 'Z';
  if ('SS' in v) return `SS${sortedList(v.SS.map((s) => JSON.stringify(s)))}`;
  if ('NS' in v) return `NS${sortedList(v.NS.map(num))}`;
  if ('BS' in v) return `BS${sortedList(v.BS.map(b64))}`;
  if ('M' in v) return `M${canonicalMap(v.M)}`;
  if ('L' in v) return `L[${v.L.map(canonicalValue).join(',')}]`;
  return `?${JSON.stringify(v)}`;
}
