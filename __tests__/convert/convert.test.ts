import { ConversionError, wireItemToPlain } from '../../src/convert/attribute.js';
import {
  canonicalDecimal,
  compareDecimal,
  isExactInJs,
  JsonNumber,
  numberFromText,
  toJsonNumberText,
} from '../../src/convert/json-number.js';
import { JsonArrayScanner, NotAnArrayError } from '../../src/convert/json-array-stream.js';
import { hasInexactNumber, JsonTextError, parseJsonText } from '../../src/convert/json-text.js';
import { orderLike } from '../../src/convert/order-keys.js';
import type { PlainValue } from '../../src/convert/plain.js';
import { collectionFileChunks, stringifyPlain } from '../../src/convert/serialize.js';
import type { WireItem } from '../../src/dynamo/wire.js';

/** Small seeded PRNG so the random cases are the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = [
  '',
  'a',
  'héllo',
  '日本語',
  'quote"back\\slash',
  'line\nbreak\ttab',
  '\u0000\u001f',
  '\ud83d\ude00',
  '\ud800 lone',
  '__proto__',
  '1',
  '-0',
];
const NUMBERS = [
  0,
  -0,
  1,
  -1,
  1.5,
  1e21,
  1e-7,
  123456789012345,
  0.1 + 0.2,
  Number.MAX_SAFE_INTEGER,
  5e-324,
  -1.7976931348623157e308,
  NaN,
  Infinity,
];

function randomValue(r: () => number, depth: number): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const k = r();
  if (depth <= 0 || k < 0.45) {
    const kind = Math.floor(r() * 6);
    if (kind === 0) return pick(STRINGS);
    if (kind === 1) return pick(NUMBERS);
    if (kind === 2) return r() < 0.5;
    if (kind === 3) return null;
    if (kind === 4) return undefined;
    return Math.round(r() * 1e6) / 100;
  }
  if (k < 0.7) return Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth - 1));
  const o: Record<string, unknown> = {};
  for (let i = Math.floor(r() * 5); i > 0; i--) o[pick([...STRINGS, 'id', 'name', '10', '2', 'x y'])] = randomValue(r, depth - 1);
  if (r() < 0.1) o.when = new Date(Math.floor(r() * 2e12));
  return o;
}

describe('stringifyPlain', () => {
  it('is byte-identical to JSON.stringify(v, null, 2) for ordinary values (1,000 random values)', () => {
    const r = rng(42);
    for (let i = 0; i < 1000; i++) {
      const v = randomValue(r, 4);
      expect(stringifyPlain(v)).toBe(JSON.stringify(v, null, 2));
    }
  });

  it('writes a JsonNumber as its own digits where JSON.stringify would round', () => {
    const v = {
      id: 'a',
      big: new JsonNumber('12345678901234567890123456789012345678'),
      list: [new JsonNumber('-0.000000000000000000001')],
    };
    expect(stringifyPlain(v)).toBe(
      '{\n  "id": "a",\n  "big": 12345678901234567890123456789012345678,\n  "list": [\n    -0.000000000000000000001\n  ]\n}',
    );
  });

  it('writes a collection file exactly like JSON.stringify(items, null, 2), whatever the chunk size', () => {
    const r = rng(7);
    const items = Array.from({ length: 40 }, (_, i) => ({ id: String(i), v: randomValue(r, 3) })) as never[];
    for (const chunkSize of [1, 100, 1 << 20]) {
      const chunks = [...collectionFileChunks(items, { chunkSize })];
      expect(chunks.join('')).toBe(JSON.stringify(items, null, 2));
      if (chunkSize === 1) expect(chunks.length).toBeGreaterThan(10);
    }
    expect([...collectionFileChunks([])].join('')).toBe('[]');
    expect([...collectionFileChunks(items, { trailingNewline: true })].join('')).toBe(`${JSON.stringify(items, null, 2)}\n`);
  });
});

describe('decimal text', () => {
  it('normalises decimals exactly', () => {
    expect(canonicalDecimal('1.50')).toBe(canonicalDecimal('1.5'));
    expect(canonicalDecimal('1e21')).toBe(canonicalDecimal('1000000000000000000000'));
    expect(canonicalDecimal('-0')).toBe('0');
    expect(canonicalDecimal('0.000')).toBe('0');
    expect(canonicalDecimal('12345678901234567890')).not.toBe(canonicalDecimal('12345678901234567000'));
    expect(canonicalDecimal('abc')).toBeNull();
    expect(canonicalDecimal('0x10')).toBeNull();
  });

  it('orders decimals without rounding', () => {
    const sorted = [
      '10',
      '-1',
      '9.99',
      '99999999999999999999999999999999999998',
      '99999999999999999999999999999999999999',
      '0',
      '-0.5',
      '1e-130',
    ].sort(compareDecimal);
    expect(sorted).toEqual([
      '-1',
      '-0.5',
      '0',
      '1e-130',
      '9.99',
      '10',
      '99999999999999999999999999999999999998',
      '99999999999999999999999999999999999999',
    ]);
  });

  it('knows where JavaScript loses precision', () => {
    expect(isExactInJs('1.5')).toBe(true);
    expect(isExactInJs('0.1')).toBe(true);
    expect(isExactInJs('9007199254740993')).toBe(false);
    expect(isExactInJs('0.30000000000000000001')).toBe(false);
    expect(isExactInJs('1e400')).toBe(false);
  });

  it('keeps digits JSON.stringify would not reproduce', () => {
    expect(numberFromText('42')).toBe(42);
    expect(numberFromText('-1.25')).toBe(-1.25);
    expect(numberFromText('1.50')).toEqual(new JsonNumber('1.50'));
    expect(numberFromText('1000000000000000000000')).toEqual(new JsonNumber('1000000000000000000000'));
    expect(toJsonNumberText('.5')).toBe('0.5');
    expect(toJsonNumberText('+007.10')).toBe('7.10');
    expect(toJsonNumberText('5.')).toBe('5');
  });
});

describe('wireItemToPlain', () => {
  it('converts every AttributeValue type as DESIGN.md says', () => {
    const item: WireItem = {
      id: { S: 'e1' },
      n: { N: '42' },
      f: { N: '-3.25' },
      ok: { BOOL: true },
      none: { NULL: true },
      bin: { B: 'AQID' },
      tags: { SS: ['b', 'a', 'C'] },
      nums: { NS: ['10', '-2', '3.5'] },
      bins: { BS: ['Ag==', 'AQ==', '/w=='] },
      m: { M: { x: { L: [{ S: 's' }, { N: '1' }, { M: {} }] } } },
      empty: { L: [] },
    };
    expect(wireItemToPlain(item)).toEqual({
      id: 'e1',
      n: 42,
      f: -3.25,
      ok: true,
      none: null,
      bin: 'AQID',
      tags: ['C', 'a', 'b'],
      nums: [-2, 3.5, 10],
      bins: ['AQ==', 'Ag==', '/w=='],
      m: { x: ['s', 1, {}] },
      empty: [],
    });
  });

  it('keeps 38-digit numbers exactly and warns once per path, naming no value', () => {
    const paths: string[] = [];
    const plain = wireItemToPlain(
      {
        id: { S: 'x' },
        big: { N: '12345678901234567890123456789012345678' },
        deep: { M: { 'a.b': { L: [{ N: '1' }, { N: '0.1000000000000000000001' }] } } },
        set: { NS: ['99999999999999999999', '1'] },
      },
      (p) => paths.push(p),
    );
    expect(paths).toEqual(['big', 'deep["a.b"][1]', 'set[1]']);
    expect(stringifyPlain(plain)).toContain('"big": 12345678901234567890123456789012345678');
    expect(stringifyPlain(plain)).toContain('0.1000000000000000000001');
    expect(stringifyPlain(plain)).toContain('99999999999999999999');
  });

  it('keeps a "__proto__" attribute as data', () => {
    // As the reader yields it: JSON.parse makes "__proto__" an own key.
    const plain = wireItemToPlain(JSON.parse('{"id":{"S":"p"},"__proto__":{"M":{"polluted":{"BOOL":true}}}}') as WireItem);
    expect(Object.keys(plain)).toEqual(['id', '__proto__']);
    // Were the map taken as the prototype, plain.polluted would read true.
    expect((plain as Record<string, unknown>).polluted).toBeUndefined();
    expect(stringifyPlain(plain)).toContain('"__proto__"');
  });

  it.each([
    [{ id: { S: 'x' }, n: { N: 'abc' } }, 'n: N is not a number'],
    [{ id: { S: 'x' }, m: { M: { q: { X: 1 } } } }, 'm.q: unknown AttributeValue type X'],
    [{ id: { S: 'x' }, two: { S: 'a', N: '1' } }, 'two: an AttributeValue has one type key, found 2'],
    [{ id: { S: 'x' }, s: { SS: [1] } }, 's: SS is not a list of strings'],
  ])('rejects malformed DynamoDB JSON with the path, not the value (%#)', (item, message) => {
    expect(() => wireItemToPlain(item as unknown as WireItem)).toThrow(ConversionError);
    expect(() => wireItemToPlain(item as unknown as WireItem)).toThrow(message);
  });
});

describe('parseJsonText', () => {
  it('equals JSON.parse for ordinary text', () => {
    const text = JSON.stringify([{ id: 'a', n: 1.5, xs: [1, 2, { y: null }], t: true }], null, 2);
    expect(hasInexactNumber(text)).toBe(false);
    expect(parseJsonText(text)).toEqual(JSON.parse(text));
  });

  it('keeps digits JSON.parse would round, and the value is written back the same', () => {
    const text =
      '[\n  {\n    "id": "a",\n    "big": 12345678901234567890,\n    "s": "99999999999999999999 in a string",\n    "f": 1.50\n  }\n]';
    expect(hasInexactNumber(text)).toBe(true);
    const v = parseJsonText(text) as PlainValue[];
    expect(v[0]).toEqual({
      id: 'a',
      big: new JsonNumber('12345678901234567890'),
      s: '99999999999999999999 in a string',
      f: new JsonNumber('1.50'),
    });
    expect(stringifyPlain(v)).toBe(text);
  });

  it('reports malformed JSON by line and column without quoting the text', () => {
    const text = '[\n  {"id": "secret-value", "x": 1,}\n]';
    try {
      parseJsonText(text);
      throw new Error('no error');
    } catch (err) {
      expect(err).toBeInstanceOf(JsonTextError);
      const e = err as JsonTextError;
      expect(e.line).toBe(2);
      expect(e.message).not.toContain('secret');
    }
    expect(() => parseJsonText('[1, 2')).toThrow(/line 1/);
    expect(() => parseJsonText('')).toThrow(JsonTextError);
  });
});

describe('orderLike', () => {
  it('follows the reference key order, nested, with new keys after in name order', () => {
    const v = orderLike(
      {
        z: 1,
        id: 'a',
        b: { y: 1, x: 2 },
        list: [
          { q: 1, p: 2 },
          { q: 3, p: 4 },
        ],
        a: 0,
      },
      { id: 'a', b: { x: 0, y: 0 }, list: [{ p: 0, q: 0 }], z: 0 },
    );
    expect(JSON.stringify(v)).toBe('{"id":"a","b":{"x":2,"y":1},"list":[{"p":2,"q":1},{"p":4,"q":3}],"z":1,"a":0}');
  });

  it('puts id first, then names in order, when there is no reference', () => {
    expect(Object.keys(orderLike({ b: 1, id: 'x', a: 2 }, undefined) as object)).toEqual(['id', 'a', 'b']);
  });
});

describe('JsonArrayScanner', () => {
  /** Feeds text in chunks of the given sizes (cycled) and collects the items. */
  function scan(text: string, sizes: number[] = [text.length || 1]): PlainValue[] {
    const out: PlainValue[] = [];
    const scanner = new JsonArrayScanner((v, i) => {
      expect(i).toBe(out.length);
      out.push(v);
    });
    for (let at = 0, k = 0; at < text.length; k++) {
      const size = sizes[k % sizes.length]!;
      scanner.write(text.slice(at, at + size));
      at += size;
    }
    expect(scanner.end()).toBe(out.length);
    return out;
  }

  it('gives the same items as JSON.parse, however the text is cut (200 random arrays)', () => {
    const r = rng(99);
    for (let k = 0; k < 200; k++) {
      const items = Array.from({ length: Math.floor(r() * 6) }, () => randomValue(r, 3) ?? null);
      const text = k % 2 ? JSON.stringify(items, null, 2) : JSON.stringify(items);
      const cuts = [1 + Math.floor(r() * 7), 1 + Math.floor(r() * 50), 3];
      expect(scan(text, cuts)).toEqual(JSON.parse(text));
    }
  });

  it('keeps exact digits, even when a number is cut between chunks', () => {
    const text = '[{"id":"a","big":12345678901234567890123,"x":[1.50,-0,0.1]}, 98765432109876543210, "s"]';
    expect(scan(text, [30, 1, 2])).toEqual([
      { id: 'a', big: new JsonNumber('12345678901234567890123'), x: [new JsonNumber('1.50'), new JsonNumber('-0'), 0.1] },
      new JsonNumber('98765432109876543210'),
      's',
    ]);
  });

  it('accepts empty arrays and odd spacing', () => {
    expect(scan('[]')).toEqual([]);
    expect(scan(' \n[ \n ]\n')).toEqual([]);
    expect(scan('[1,true ,null,\t"x\\"y"]', [2])).toEqual([1, true, null, 'x"y']);
  });

  it.each([
    ['{"id": "secret"}', NotAnArrayError, 'found object'],
    ['[\n  {"id": "a"},\n  {"id": "secret" "x": 1}\n]', JsonTextError, 'expected "," or "}" at line 3, column 19'],
    ['[\n  {"id": "a"}\n  {"id": "b"}\n]', JsonTextError, 'expected "," or "]" at line 3, column 3'],
    ['[{"id": "a"},]', JsonTextError, 'expected a value at line 1, column 14'],
    ['[{"id": "a"}', JsonTextError, 'the array is not closed'],
    ['[{"id": "a"}] x', JsonTextError, 'unexpected text after the JSON value at line 1, column 15'],
    ['', JsonTextError, 'unexpected end of JSON'],
  ])('rejects %j with a position, never the text', (text, type, message) => {
    for (const sizes of [[text.length || 1], [1], [4]]) {
      let err: unknown;
      try {
        scan(text, sizes);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(type);
      expect((err as Error).message).toContain(message);
      expect((err as Error).message).not.toContain('secret');
    }
  });
});
