/**
 * canonicalFromWire: an item's canonical text read straight from its
 * DynamoDB JSON. Whatever it gives is canonicalItem of the parsed item,
 * byte for byte (random items, hostile strings, every type); what it does
 * not take on (escapes, whitespace, a repeated name, two type keys, a
 * type it does not know, a literal of the wrong kind) it leaves to the
 * parse, and so does not decide.
 */
import type { WireItem } from '../../src/dynamo/wire.js';
import { arrayObjects } from '../../src/export-format/raw-scan.js';
import { canonicalFromWire } from '../../src/verify/canonical-wire.js';
import { canonicalItem } from '../../src/verify/digest.js';
import { randomItem, rng } from '../harness/wire-random.js';

const byParse = (text: string) => canonicalItem(JSON.parse(text) as WireItem);

const ordinary = (k: number): WireItem => ({
  id: { S: `evt-${k}` },
  title: { S: `Lightning talk night #${k} 日本 😀 \u2028` },
  capacity: { N: String(k % 50) },
  price: { N: `${k}.50` },
  big: { N: '12345678901234567890.123456789' },
  tags: { SS: ['z', `t${k}`, 'a'] },
  scores: { NS: ['10', '9.0', '-1e3'] },
  blobs: { BS: ['AQID', 'AA=='] },
  photo: { B: 'aGVsbG8=' },
  published: { BOOL: k % 2 === 0 },
  gone: { NULL: true },
  venue: { M: { name: { S: 'Hall' }, geo: { M: { lat: { N: '35.0' }, lng: { N: '139' } } }, floors: { L: [{ N: '1' }, { S: 'x' }] } } },
  empty: { M: {} },
  none: { L: [] },
  noneSS: { SS: [] },
  __proto__x: { S: 'p' },
});

it('gives canonicalItem of the parsed item for the service compact form, every type', () => {
  for (let k = 0; k < 200; k++) {
    const text = JSON.stringify(ordinary(k));
    const got = canonicalFromWire(text);
    expect(got).toBeDefined();
    expect(got).toBe(byParse(text));
  }
});

it('agrees with the parse on whatever it takes of random items with hostile strings, and takes the plain ones', () => {
  const r = rng(4242);
  let taken = 0;
  for (let k = 0; k < 3000; k++) {
    const text = JSON.stringify(randomItem(r));
    const got = canonicalFromWire(text);
    if (got !== undefined) {
      taken++;
      expect(got).toBe(byParse(text));
    }
  }
  expect(taken).toBeGreaterThan(0);
});

it('sorts names by UTF-16 code units as canonicalItem does (an own __proto__ name too)', () => {
  const text = '{"b":{"S":"1"},"__proto__":{"S":"p"},"B":{"S":"2"},"é":{"S":"3"},"a":{"S":"4"},"😀":{"N":"1"},"\uffff":{"N":"2"}}';
  expect(canonicalFromWire(text)).toBe(byParse(text));
});

describe('leaves to the parse what it does not take on', () => {
  it.each([
    ['an escape', '{"id":{"S":"say \\"hi\\""}}'],
    ['an escaped name that repeats another', '{"id":{"S":"real"},"i\\u0064":{"S":"fake"}}'],
    ['a raw control character', '{"id":{"S":"a\tb"}}'],
    ['whitespace', '{"id": {"S":"a"}}'],
    ['a repeated name (JSON.parse keeps the last)', '{"id":{"S":"a"},"id":{"S":"b"}}'],
    ['two type keys', '{"id":{"S":"a","N":"1"}}'],
    ['an unknown type', '{"id":{"X":"a"}}'],
    ['no type', '{"id":{}}'],
    ['S of a number', '{"id":{"S":5}}'],
    ['BOOL of a string', '{"ok":{"BOOL":"true"}}'],
    ['NULL false', '{"n":{"NULL":false}}'],
    ['text after the item', '{"id":{"S":"a"}}x'],
    ['a list of strings holding a number', '{"t":{"SS":["a",1]}}'],
    ['nesting deeper than the stack', `${'{"m":{"M":'.repeat(20000)}{}${'}}'.repeat(20000)}`],
  ])('%s', (_what, text) => {
    expect(canonicalFromWire(text)).toBeUndefined();
  });
});

describe('arrayObjects', () => {
  it('bounds each object of an array that is the whole buffer', () => {
    const items = [ordinary(1), { s: { S: 'a ] } [ { , "' } }, ordinary(2)];
    const buf = Buffer.from(` [ ${items.map((x) => JSON.stringify(x)).join(' ,\n')} ] `);
    const bounds = arrayObjects(buf)!;
    expect(bounds.map(([s, e]) => JSON.parse(buf.toString('utf8', s, e)) as unknown)).toEqual(items);
    expect(arrayObjects(Buffer.from('[]'))).toEqual([]);
  });

  it.each([
    ['text after the array', '[{"a":{"S":"x"}}]x'],
    ['an unclosed array', '[{"a":{"S":"x"}}'],
    ['an element that is no object', '[{"a":{"S":"x"}},1]'],
    ['two arrays', '[][]'],
    ['a missing comma', '[{"a":{"S":"x"}}{"b":{"S":"y"}}]'],
    ['an unterminated string', '[{"a":{"S":"x}}]'],
    ['no array', '{"a":1}'],
  ])('is null for %s', (_what, text) => {
    expect(arrayObjects(Buffer.from(text))).toBeNull();
  });
});
