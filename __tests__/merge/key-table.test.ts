/**
 * The base's key table against a Map and an array of strings, the
 * structures it stands in for: the same positions, the same keys back, on
 * enough keys to grow every array several times, with repeats refused
 * (nothing added), the merge's prefixed keys (numeric ids, items without
 * one), multi-byte text, and keys UTF-8 alone would confuse (lone
 * surrogates, which it writes as U+FFFD).
 */
import { KeyTable } from '../../src/merge/key-table.js';
import { keylessKey, keyOf } from '../../src/merge/identity.js';

function keys(n: number): string[] {
  const out: string[] = [];
  let x = 99;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
  for (let i = 0; i < n; i++) {
    const r = next() % 100;
    if (r < 5 && out.length > 0) out.push(out[next() % out.length]!);
    else if (r < 8) out.push(keyOf({ id: i }) as string);
    else if (r < 10) out.push(keylessKey(`migration backup item ${i + 1}`));
    else if (r < 14) out.push(`名前-${i}-ü`);
    else if (r < 16) out.push(`emoji-${i}-😀`);
    else out.push(`${1_700_000_000_000 + i}-${next().toString(36)}`);
  }
  return out;
}

it('answers as a Map and an array of strings do, through growth of every array', () => {
  const table = new KeyTable();
  const positions = new Map<string, number>();
  const order: string[] = [];
  const got: number[] = [];
  const expected: number[] = [];
  for (const key of keys(30_000)) {
    expected.push(positions.get(key) ?? -1);
    got.push(table.add(key));
    if (!positions.has(key)) {
      positions.set(key, order.length);
      order.push(key);
    }
  }
  expect(got).toEqual(expected);
  expect(table.size).toBe(order.length);
  expect(order.map((_, i) => table.at(i))).toEqual(order);
  expect(order.map((k) => table.positionOf(k))).toEqual(order.map((_, i) => i));
  expect(table.positionOf('never-added')).toBeUndefined();
  expect(() => table.at(order.length)).toThrow(RangeError);
});

it('tells apart keys UTF-8 would write alike: lone surrogates and U+FFFD', () => {
  const table = new KeyTable();
  const alike = ['\ufffd', '\ud800', '\udbff', 'a\udc00b', 'a\ufffdb', ''];
  for (const k of alike) expect(table.add(k)).toBe(-1);
  expect(alike.map((k) => table.positionOf(k))).toEqual([0, 1, 2, 3, 4, 5]);
  expect(alike.map((_, i) => table.at(i))).toEqual(alike);
  expect(table.add('\ud800')).toBe(1);
  expect(table.size).toBe(alike.length);
});

it('keeps a key longer than its first buffer', () => {
  const table = new KeyTable();
  const long = `${'k'.repeat(100_000)}é`;
  expect(table.add('a')).toBe(-1);
  expect(table.add(long)).toBe(-1);
  expect(table.positionOf(long)).toBe(1);
  expect(table.at(1)).toBe(long);
  expect(table.at(0)).toBe('a');
});
