/**
 * wireLineToPlain: a data-file line read straight to the file's form. When
 * it answers, the answer is exactly what JSON.parse and wireItemToPlain
 * give (values, number types, key order) with no number to report; any line
 * it does not take on (escapes, control characters, whitespace, duplicate
 * type keys, __proto__, numbers JavaScript would round, other shapes) gives
 * undefined, and the parse decides as before.
 */
import { isDeepStrictEqual } from 'node:util';
import { wireItemToPlain } from '../../src/convert/attribute.js';
import type { PlainObject } from '../../src/convert/plain.js';
import { itemText } from '../../src/convert/serialize.js';
import { wireLineToPlain } from '../../src/convert/wire-line.js';
import type { WireItem, WireValue } from '../../src/dynamo/wire.js';
import { randomItem, rng } from '../harness/wire-random.js';

/** What the parse makes of a line: the item and the paths of numbers it reports, or its error. */
function slow(line: string): { item?: PlainObject; paths: string[]; error?: string } {
  const paths: string[] = [];
  try {
    const item = wireItemToPlain((JSON.parse(line) as { Item: WireItem }).Item, (p) => paths.push(p));
    return { item, paths };
  } catch (err) {
    return { paths, error: (err as Error).message };
  }
}

/** The property: an answer is the parse's, key order and number types included, and only where the parse reports nothing. */
function agrees(text: string): boolean {
  const direct = wireLineToPlain(text);
  if (direct === undefined) return false;
  const parsed = slow(text);
  expect(parsed.error).toBeUndefined();
  expect(parsed.paths).toEqual([]);
  // Node's strict deep equality (types, prototypes, own keys): Jest's reads an item's own "constructor" attribute as its type.
  expect([text, isDeepStrictEqual(direct, parsed.item)]).toEqual([text, true]);
  expect(itemText(direct)).toBe(itemText(parsed.item!));
  return true;
}

const line = (item: unknown) => `{"Item":${JSON.stringify(item)}}`;

const WORDS = [
  '',
  'a',
  'id',
  'title',
  '名前',
  'ü',
  '😀',
  'x y',
  '0',
  '1',
  '10',
  '4294967295',
  'constructor',
  'toString',
  'Items',
  '{',
  ']',
];
const NUMBERS = [
  '0',
  '7',
  '-12',
  '35.7919',
  '0.25',
  '1.50',
  '0.00',
  '100',
  '1e5',
  '-0',
  '0.0000001',
  '9007199254740993',
  '1E+2',
  '12345678901234567890',
  '.5',
];

function ordinary(r: () => number, depth = 0): WireItem {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const value = (d: number): WireValue => {
    switch (Math.floor(r() * (d > 2 ? 7 : 9))) {
      case 0:
        return { S: pick(WORDS) + pick(WORDS) };
      case 1:
        return { N: pick(NUMBERS) };
      case 2:
        return { BOOL: r() < 0.5 };
      case 3:
        return { NULL: true };
      case 4:
        return { B: Buffer.from(pick(WORDS)).toString('base64') };
      case 5:
        return { SS: Array.from({ length: Math.floor(r() * 4) }, () => pick(WORDS) + String(r()).slice(2, 4)) };
      case 6:
        return { NS: Array.from({ length: Math.floor(r() * 4) }, () => pick(NUMBERS)) };
      case 7:
        return { M: ordinary(r, d + 1) };
      default:
        return { L: Array.from({ length: Math.floor(r() * 3) }, () => value(d + 1)) };
    }
  };
  const item: WireItem = {};
  const n = Math.floor(r() * 6);
  for (let i = 0; i < n; i++) item[pick(WORDS) || `k${i}`] = value(depth);
  return item;
}

it('reads ordinary lines as the parse does, key order and number types included', () => {
  const r = rng(2222);
  let taken = 0;
  const total = 3000;
  for (let k = 0; k < total; k++) if (agrees(line({ id: { S: `it-${k}` }, ...ordinary(r) }))) taken++;
  // Most lines are taken; those with a number JavaScript rounds (reported by the converter) are not.
  expect(taken).toBeGreaterThan(total * 0.5);
});

it('answers only as the parse would for lines of nasty strings (quotes, backslashes, brackets, newlines)', () => {
  const r = rng(22);
  for (let k = 0; k < 3000; k++) {
    const text = line(randomItem(r));
    // Whatever it takes on agrees with the parse; the rest (most: escapes) is the parse's.
    if (wireLineToPlain(text) !== undefined) agrees(text);
  }
});

describe('leaves to the parse what it does not take on', () => {
  it.each([
    ['an escaped id that makes a second id', '{"Item":{"id":{"S":"real"},"i\\u0064":{"S":"fake"}}}'],
    ['an escaped quote', '{"Item":{"id":{"S":"say \\"hi\\""}}}'],
    ['a raw tab in a string (no JSON)', '{"Item":{"id":{"S":"a\tb"}}}'],
    ['a carriage return ending the line', '{"Item":{"id":{"S":"a"}}}\r'],
    ['whitespace', '{"Item": {"id":{"S":"a"}}}'],
    ['whitespace inside', '{"Item":{"id": {"S":"a"}}}'],
    ['a key after the item', '{"Item":{"id":{"S":"a"}},"x":1}'],
    ['text after the line', '{"Item":{"id":{"S":"a"}}}x'],
    ['another first key', '{"Items":{"id":{"S":"a"}}}'],
    ['two type keys', '{"Item":{"id":{"S":"a","N":"1"}}}'],
    ['the same type key twice (JSON.parse keeps the last)', '{"Item":{"id":{"S":"a","S":"b"}}}'],
    ['an attribute named __proto__', '{"Item":{"id":{"S":"a"},"__proto__":{"S":"x"}}}'],
    ['a first attribute JSON.parse drops, not a value', '{"Item":{"a":{"X":1},"a":{"S":"b"}}}'],
    ['a first attribute JSON.parse drops, with a number to report', '{"Item":{"a":{"N":"9007199254740993"},"a":{"S":"b"}}}'],
    ['NULL false', '{"Item":{"id":{"S":"a"},"n":{"NULL":false}}}'],
    ['NULL holding no JSON', '{"Item":{"id":{"S":"a"},"n":{"NULL":abcd}}}'],
    ['a type closed by the wrong bracket', '{"Item":{"a":{"S":"x"],"b":{"S":"y"}}}'],
    ['BOOL as a string', '{"Item":{"id":{"S":"a"},"b":{"BOOL":"true"}}}'],
    ['N as a JSON number', '{"Item":{"id":{"S":"a"},"n":{"N":5}}}'],
    ['N that is no number', '{"Item":{"id":{"S":"a"},"n":{"N":"abc"}}}'],
    ['N JavaScript rounds (reported)', '{"Item":{"id":{"S":"a"},"n":{"N":"9007199254740993"}}}'],
    ['NS with one JavaScript rounds', '{"Item":{"id":{"S":"a"},"n":{"NS":["1","0.30000000000000000001"]}}}'],
    ['NS with no number', '{"Item":{"id":{"S":"a"},"n":{"NS":["1","x"]}}}'],
    ['SS holding a number', '{"Item":{"id":{"S":"a"},"s":{"SS":["a",1]}}}'],
    ['an unknown type', '{"Item":{"id":{"S":"a"},"x":{"Q":"1"}}}'],
    ['an item that is no object', '{"Item":[{"S":"a"}]}'],
    ['a string not closed', '{"Item":{"id":{"S":"a}}}'],
  ])('%s', (_what, text) => {
    expect(wireLineToPlain(text)).toBeUndefined();
  });

  it('nesting deeper than the stack', () => {
    const deep = `{"Item":{"v":${'{"L":['.repeat(20_000)}${']}'.repeat(20_000)}}}`;
    expect(wireLineToPlain(deep)).toBeUndefined();
  });
});

describe('takes on, as the parse does', () => {
  it.each([
    ['the same attribute twice, both values (the last kept, where the first was)', '{"Item":{"a":{"S":"1"},"b":{"S":"2"},"a":{"S":"3"}}}'],
    ['keys V8 orders first', '{"Item":{"b":{"S":"1"},"10":{"N":"1"},"2":{"N":"2"},"a":{"NULL":true}}}'],
    ['numbers written two ways', '{"Item":{"id":{"N":"5.0"},"p":{"N":"1.50"},"q":{"N":"1e5"},"z":{"N":"-0"}}}'],
    ['sets out of order', '{"Item":{"s":{"SS":["b","名","a","B"]},"n":{"NS":["10","-2.5","3","1e1"]},"b":{"BS":["/w==","AA==","gA=="]}}}'],
    ['empty containers', '{"Item":{"m":{"M":{}},"l":{"L":[]},"s":{"SS":[]},"n":{"NS":[]}}}'],
    ['an empty item', '{"Item":{}}'],
    ['multibyte text', '{"Item":{"id":{"S":"名前 ü 😀"},"名":{"S":"\u2028"}}}'],
    ['nested lists and maps', '{"Item":{"l":{"L":[{"M":{"x":{"L":[{"N":"1"},{"BOOL":false}]}}},{"L":[]}]}}}'],
  ])('%s', (_what, text) => {
    expect(agrees(text)).toBe(true);
  });
});
