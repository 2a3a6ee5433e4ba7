/**
 * equalsText tells an item equal to a base item's text without parsing it
 * (merge/equal-text.ts): it may say true only where JSON.parse of the text
 * is valid and deepEqual to the item, and should say it for the usual
 * unchanged item (its text as JSON.stringify writes it, keys in any order,
 * numbers in other digits of the same value). Held to deepEqual over
 * random items and every way of spoiling their text; and the rollback,
 * which now takes unchanged export items this way, writes what it wrote.
 */
import { JsonNumber } from '../../src/convert/json-number.js';
import type { PlainObject, PlainValue } from '../../src/convert/plain.js';
import { equalsText } from '../../src/merge/equal-text.js';
import { deepEqual } from '../../src/merge/equal.js';
import { untouchedByUndo } from '../../src/merge/migration.js';
import { ABSENT, type Base, BaseIndex, CHANGED, SAME, SideCollector } from '../../src/merge/side.js';
import { rng } from '../harness/wire-random.js';

const PIECES = ['a', 'Hall 3', '日本', '😀', '{', '}', '[', ']', ',', ':', ' ', '"', '\\', '\n', '\u0001', '\u2028', 'é', '', '\ud800'];
const NUMBERS = [0, 1, -2.5, 12, 120, 8.58, 35, 0.1, 1e21, 1.5e-7, 2 ** 53 + 2, 123456789012.345, -0];

function text(r: () => number): string {
  let s = '';
  for (let n = Math.floor(r() * 4); n > 0; n--) {
    const p = PIECES[Math.floor(r() * PIECES.length)]!;
    if (p.length === 1 && p.charCodeAt(0) < 0x30 && p !== ' ' && p !== ',' && r() < 0.7) continue;
    s += p;
  }
  return s;
}

function value(r: () => number, depth: number): PlainValue {
  switch (Math.floor(r() * (depth > 2 ? 5 : 8))) {
    case 0:
    case 1:
      return text(r);
    case 2:
      return NUMBERS[Math.floor(r() * NUMBERS.length)]!;
    case 3:
      return r() < 0.5;
    case 4:
      return r() < 0.9 ? null : new JsonNumber('12345678901234567890123456789');
    case 5:
      return item(r, depth + 1);
    default:
      return Array.from({ length: Math.floor(r() * 3) }, () => value(r, depth + 1));
  }
}

function item(r: () => number, depth = 0): PlainObject {
  const out: PlainObject = depth === 0 ? { id: `i${Math.floor(r() * 1e6)}` } : {};
  for (let n = Math.floor(r() * 5); n > 0; n--) out[r() < 0.2 ? text(r) || `k${n}` : `k${n}`] = value(r, depth);
  return out;
}

/** The item with its keys in another order, nested too. */
function shuffled(v: PlainValue, r: () => number): PlainValue {
  if (Array.isArray(v)) return v.map((x) => shuffled(x, r));
  if (v === null || typeof v !== 'object' || v instanceof JsonNumber) return v;
  const out: PlainObject = {};
  for (const k of Object.keys(v).sort(() => r() - 0.5)) out[k] = shuffled(v[k]!, r);
  return out;
}

/** As the app writes an element (2 spaces, at depth 1), or compact, or with other spacing. */
function written(v: PlainValue, r: () => number): string {
  const s = JSON.stringify(v, null, 2).replace(/\n/g, '\n  ');
  const k = r();
  if (k < 0.15) return JSON.stringify(v);
  if (k < 0.25) return s.replace(/: /g, ' :\t').replace(/\n/g, '\r\n');
  return s;
}

/** Numbers in other digits of the same value (1.50, 0.0, 1e0) or of another. */
function redigit(t: string, r: () => number): string {
  return t.replace(/(?<=[:[,\s])(-?\d+(?:\.\d+)?)(?=[,\]}\s])/g, (d) => {
    const k = r();
    if (k < 0.3) return d.includes('.') ? `${d}0` : `${d}.0`;
    if (k < 0.4) return `${d}e0`;
    if (k < 0.5) return `${d}1`;
    return d;
  });
}

function spoiled(t: string, r: () => number): string[] {
  const at = Math.floor(r() * t.length);
  return [
    t.slice(0, at) + t.slice(at + 1),
    `${t.slice(0, at)}1${t.slice(at)}`,
    `${t.slice(0, at)}"${t.slice(at)}`,
    `${t.slice(0, at)}\u0001${t.slice(at)}`,
    t.replace(/"k(\d)"/, '"k$1$1"'),
    t.replace(/"(k\d)": ([^,\n]+),/, '"$1": $2,\n    "$1": $2,'),
    t.replace('true', 'false'),
    t.replace('null', '""'),
    t.replace(/"([^"\\]*)"/, '"$1\\u0020"'),
    t.replace(/0/, '00'),
    `${t}x`,
    t.slice(0, -1),
  ];
}

function parsedEqual(v: PlainObject, t: string): boolean {
  try {
    return deepEqual(v, JSON.parse(t) as PlainValue);
  } catch {
    return false;
  }
}

describe('equalsText', () => {
  it('says equal only where JSON.parse gives a deepEqual value, and for nearly every item written as the app writes it', () => {
    const r = rng(3);
    let said = 0;
    let written1 = 0;
    let unsure = 0;
    for (let n = 0; n < 4000; n++) {
      const v = item(r);
      const own = written(shuffled(v, r), r);
      const texts = [own, redigit(own, r), ...spoiled(own, r)];
      for (const t of texts) {
        const yes = equalsText(v, t);
        if (yes) said++;
        // Never equal where the parse is not valid or not equal.
        if (yes) expect([t, parsedEqual(v, t)]).toEqual([t, true]);
      }
      // The usual unchanged item: no escape in it, no JsonNumber, no rounded number.
      if (!/\\/.test(own) && !JSON.stringify(v).includes('12345678901234567890') && parsedEqual(v, own)) {
        written1++;
        if (!equalsText(v, own)) unsure++;
      }
    }
    expect(said).toBeGreaterThan(3000);
    expect(written1).toBeGreaterThan(1000);
    // Only the numbers JSON.parse rounds the same way from other digits are left to the parse (none here).
    expect(unsure).toBe(0);
  });

  it.each([
    ['a repeated key with the last value the item’s', { a: 1 }, '{"a":2,"a":1}'],
    ['a repeated key with the first value the item’s', { a: 1 }, '{"a":1,"a":2}'],
    ['an escape for a plain character', { a: 'b' }, '{"a":"\\u0062"}'],
    ['a key written with an escape', { ab: 1 }, '{"a\\u0062":1}'],
    ['a raw control character', { a: 'b\u0001' }, '{"a":"b\u0001"}'],
    ['a leading zero', { a: 1 }, '{"a":01}'],
    ['a bare fraction point', { a: 1 }, '{"a":1.}'],
    ['a quote inside a string, not escaped', { a: 'x"y' }, '{"a":"x"y"}'],
    ['a quote inside a key, not escaped', { 'x"y': 1 }, '{"x"y":1}'],
    ['a JsonNumber', { a: new JsonNumber('12345678901234567890123456789') }, '{"a":12345678901234567890123456789}'],
    ['an array one longer', { a: [1] }, '{"a":[1,2]}'],
    ['a key the item lacks', { a: 1 }, '{"a":1,"b":2}'],
    ['a key the text lacks', { a: 1, b: 2 }, '{"a":1}'],
    ['text after the value', { a: 1 }, '{"a":1} 1'],
    ['a string for a number', { a: 1 }, '{"a":"1"}'],
  ])('leaves to the parse %s', (_what, v, t) => {
    expect(equalsText(v as PlainObject, t)).toBe(false);
  });

  it('reads numbers as JSON.parse reads them, rounding included', () => {
    expect(equalsText({ a: 0.1 }, '{"a":0.10}')).toBe(true);
    expect(equalsText({ a: 35 }, '{"a":35.0}')).toBe(true);
    expect(equalsText({ a: 1e21 }, '{"a":1E+21}')).toBe(true);
    expect(equalsText({ a: 0 }, '{"a":-0}')).toBe(true);
    expect(equalsText({ a: 123456789012345 }, '{"a":123456789012345}')).toBe(true);
    // JSON.parse rounds 2^53 + 1 to 2^53 (the rollback's base never asks for such a text: it is parsed exactly, file-base.ts).
    expect(equalsText({ a: 2 ** 53 }, '{"a":9007199254740993}')).toBe(true);
    // Digits beyond a double's: JSON.parse rounds them to the same double, and so does this walk.
    expect(equalsText({ a: 0.30000000000000004 }, '{"a":0.300000000000000044}')).toBe(true);
    expect(equalsText({ a: 8.58 }, '{"a":8.5800000000000001}')).toBe(JSON.parse('8.5800000000000001') === 8.58);
  });
});

describe('untouchedByUndo', () => {
  const rules = { emptyStringsAsNull: true, rewroteUpdatedAt: true, window: { start: 1000, end: 2000 } };
  it.each<[string, PlainObject, boolean]>([
    ['no null, no timestamp', { id: 'a', n: 1 }, true],
    ['a timestamp outside the window', { id: 'a', updatedAt: 3000 }, true],
    ['a null deep inside', { id: 'a', m: { l: [1, null] } }, false],
    ['an updatedAt inside the window', { id: 'a', updatedAt: 1500 }, false],
    ['a createdAt inside the window', { id: 'a', createdAt: new Date(1500).toISOString() }, false],
  ])('%s: %s', (_what, v, expected) => {
    expect(untouchedByUndo(v, rules)).toBe(expected);
  });
});

describe('a side whose base tells items from their text', () => {
  it('reads no base item for an unchanged item with nothing to undo, and reads it for any other', () => {
    const index = new BaseIndex(
      [
        { id: 'a', n: 1 },
        { id: 'b', n: null },
        { id: 'c', n: 2 },
        { id: 'd', n: 4 },
      ],
      'backup',
    );
    const reads: number[] = [];
    const base: Base = {
      where: index.where,
      keys: index.keys,
      keyless: index.keyless,
      size: index.size,
      item: (i) => (reads.push(i), index.item(i)),
      sameItem: (i, item) => equalsText(item, JSON.stringify(index.item(i))),
    };
    const rules = { emptyStringsAsNull: true, rewroteUpdatedAt: true, window: null };
    const side = new SideCollector(base, 'export', { undo: (item) => item, untouched: (item) => untouchedByUndo(item, rules) });
    side.add({ id: 'a', n: 1 });
    // A null the migration may have written: undo reads the base item.
    side.add({ id: 'b', n: null });
    side.add({ id: 'c', n: 3 });
    // Without untouched, undo is never skipped.
    const plain = new SideCollector(base, 'export', { undo: (item) => item });
    plain.add({ id: 'd', n: 4 });
    expect(reads).toEqual([1, 2, 3]);
    expect([...side.state]).toEqual([SAME, SAME, CHANGED, ABSENT]);
    expect(plain.state[3]).toBe(SAME);
  });
});
