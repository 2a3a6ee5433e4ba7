/**
 * verify reads an export line as a tape (wire-tape.ts) and settles an item
 * the file holds as written without JSON.parse (written-as-line.ts). The
 * tape takes only lines that are valid JSON and parse to what it holds;
 * writtenAsLine answers exactly what writtenAs answers on the parsed item,
 * on random items and on every way of spoiling their file text; and the
 * check fed lines ends where the check fed parsed items ends, parsing only
 * the lines whose item is not written as the export's.
 */
import { jest } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { WireItem, WireValue } from '../../src/dynamo/wire.js';
import { CollectionCheck } from '../../src/verify/collection-check.js';
import { indexDataFile } from '../../src/verify/file-index.js';
import { PLAIN_KEYS } from '../../src/verify/file-keys.js';
import { lineIdOf, wireIdOf } from '../../src/verify/ids.js';
import type { RuleSet } from '../../src/verify/migration-rules.js';
import { type JsonObject, parseRawJson } from '../../src/verify/raw-json.js';
import type { References } from '../../src/verify/references.js';
import { readWireLine, scalarMembers, wireOf } from '../../src/verify/wire-tape.js';
import { writtenAs, writtenHeldNull } from '../../src/verify/written-as.js';
import { lineHeldNull, writtenAsLine } from '../../src/verify/written-as-line.js';
import { rng } from '../harness/wire-random.js';
import { plainItem, toText } from './plain.js';

const written = (item: WireItem) => toText(plainItem(item), '  ');
const lineOf = (item: WireItem) => JSON.stringify({ Item: item });

/** Strings mostly without escapes (what the tape takes), now and then one it must leave to the parse. */
const PIECES = ['a', 'Hall 3', '日本', '😀', '{', '}', '[', ']', ',', ':', ' ', 'id', '"', '\\', '\n', '\u0001', '\u2028', 'é', ''];
function randomText(r: () => number): string {
  let s = '';
  const n = Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const p = PIECES[Math.floor(r() * PIECES.length)]!;
    // Escapes are rare, so most items are taken.
    if ((p === '"' || p === '\\' || p === '\n' || p === '\u0001') && r() < 0.8) continue;
    s += p;
  }
  return s;
}

const NUMBERS = [
  '0',
  '1',
  '-2.5',
  '12',
  '120',
  '0.00',
  '1e3',
  '1E-7',
  '01',
  '1.',
  '-0',
  '12345678901234567890123456789012345678',
  '1e99999999999',
];

function randomValue(r: () => number, depth: number): WireValue {
  switch (Math.floor(r() * (depth > 2 ? 6 : 10))) {
    case 0:
    case 1:
      return { S: randomText(r) };
    case 2:
      return { N: NUMBERS[Math.floor(r() * NUMBERS.length)]! };
    case 3:
      return { BOOL: r() < 0.5 };
    case 4:
      return { NULL: true };
    case 5:
      return { SS: [...new Set([randomText(r), `${randomText(r)}x`, r() < 0.2 ? 'x' : 'y'])] };
    case 6:
      return { M: randomItem(r, depth + 1) };
    case 7:
      return { L: Array.from({ length: Math.floor(r() * 3) }, () => randomValue(r, depth + 1)) };
    case 8:
      return { NS: r() < 0.8 ? ['1', '12', '-2.5'] : ['1', '1.0'] };
    default:
      return r() < 0.5 ? { B: 'AAE=' } : { BS: ['AAE='] };
  }
}

function randomItem(r: () => number, depth = 0): WireItem {
  const item: WireItem = depth === 0 ? { id: { S: `i${Math.floor(r() * 1e6)}` } } : {};
  const n = Math.floor(r() * 5);
  for (let i = 0; i < n; i++) item[r() < 0.2 ? randomText(r) || `k${i}` : `k${i}`] = randomValue(r, depth);
  return item;
}

/** The item with its keys (and set members) in another order, nested too. */
function shuffled(item: WireItem, r: () => number): WireItem {
  const out: WireItem = {};
  for (const k of Object.keys(item).sort(() => r() - 0.5)) {
    const v = item[k]!;
    out[k] = 'M' in v ? { M: shuffled(v.M, r) } : 'SS' in v ? { SS: [...v.SS].reverse() } : 'NS' in v ? { NS: [...v.NS].reverse() } : v;
  }
  return out;
}

/** Ways of spoiling a file text a little: each may or may not still be the item as written. */
function spoiled(text: string, r: () => number): string[] {
  const at = Math.floor(r() * text.length);
  const lines = text.split('\n');
  const k = 1 + Math.floor(r() * Math.max(1, lines.length - 2));
  return [
    text.slice(0, at) + text.slice(at + 1),
    `${text.slice(0, at)}1${text.slice(at)}`,
    `${text.slice(0, at)}"${text.slice(at)}`,
    text.replace(/\d/, (d) => String((Number(d) + 1) % 10)),
    text.replace('true', 'false'),
    text.replace('null', '""'),
    text.replace(/"k(\d)"/, '"k$1$1"'),
    [...lines.slice(0, k), lines[k]!, ...lines.slice(k)].join('\n'),
    text.replace(/\n {4}/, '\n   '),
    `${text} `,
    text.slice(0, -1),
  ];
}

describe('readWireLine', () => {
  it('takes the compact lines of random items, holding what JSON.parse gives and the same id', () => {
    const r = rng(7);
    let taken = 0;
    for (let n = 0; n < 3000; n++) {
      const item = randomItem(r);
      const text = lineOf(item);
      const line = readWireLine(text);
      if (!line) {
        // Only a line with an escape or a control character is left to the parse.
        // eslint-disable-next-line no-control-regex
        expect(/[\\\u0000-\u001f]/.test(text)).toBe(true);
        continue;
      }
      taken++;
      expect(wireOf(line)).toEqual(item);
      expect(lineIdOf(line)).toEqual(wireIdOf(item));
    }
    expect(taken).toBeGreaterThan(2000);
  });

  // Each is either not JSON, or JSON whose parse this tape would not hold rightly: left to the parse.
  it.each([
    ['whitespace', '{"Item": {"id":{"S":"a"}}}'],
    ['another key than Item', '{"Items":{"id":{"S":"a"}}}'],
    ['something after the item', '{"Item":{"id":{"S":"a"}}}x'],
    ['a second key after Item', '{"Item":{"id":{"S":"a"}},"x":1}'],
    ['a repeated name', '{"Item":{"id":{"S":"a"},"id":{"S":"b"}}}'],
    ['a repeated name deeper', '{"Item":{"m":{"M":{"x":{"N":"1"},"x":{"N":"2"}}}}}'],
    ['a value with two types', '{"Item":{"id":{"S":"a","N":"1"}}}'],
    ['a value with no type', '{"Item":{"id":{}}}'],
    ['an unknown type', '{"Item":{"id":{"X":"a"}}}'],
    ['NULL false', '{"Item":{"n":{"NULL":false}}}'],
    ['a number not in quotes', '{"Item":{"n":{"N":1}}}'],
    ['a string set of numbers', '{"Item":{"s":{"SS":[1]}}}'],
    ['a backslash', '{"Item":{"id":{"S":"a\\"b"}}}'],
    ['a raw control character', '{"Item":{"id":{"S":"a\u0001"}}}'],
    ['a raw newline', '{"Item":{"id":{"S":"a\nb"}}}'],
    ['a list not closed', '{"Item":{"l":{"L":[{"N":"1"}}}}'],
    ['a trailing comma', '{"Item":{"id":{"S":"a"},}}'],
    ['BOOL as a string', '{"Item":{"b":{"BOOL":"true"}}}'],
  ])('leaves to the parse %s', (_what, text) => {
    expect(readWireLine(text)).toBeUndefined();
  });

  it('leaves to the parse a map of many members with a name twice', () => {
    const members = Array.from({ length: 40 }, (_, i) => `"k${i}":{"N":"${i}"}`);
    expect(readWireLine(`{"Item":{${members.join(',')}}}`)).toBeDefined();
    members.push('"k3":{"N":"1"}');
    expect(readWireLine(`{"Item":{${members.join(',')}}}`)).toBeUndefined();
  });

  it('takes no cut-short line: every prefix of a line is left to the parse', () => {
    const text = lineOf({ id: { S: 'a' }, m: { M: { l: { L: [{ N: '1' }, { SS: ['x'] }, { BOOL: true }, { NULL: true }] } } } });
    expect(readWireLine(text)).toBeDefined();
    for (let n = 0; n < text.length; n++) expect(readWireLine(text.slice(0, n))).toBeUndefined();
  });

  it('gives the members a timestamp rule reads, as strings and numbers only', () => {
    const line = readWireLine(lineOf({ id: { S: 'a' }, updatedAt: { S: '2024-01-01T00:00:00Z' }, createdAt: { N: '17' }, x: { S: 'y' } }))!;
    expect(scalarMembers(line, ['updatedAt', 'createdAt'])).toEqual({ updatedAt: { S: '2024-01-01T00:00:00Z' }, createdAt: { N: '17' } });
    const other = readWireLine(lineOf({ id: { S: 'a' }, updatedAt: { BOOL: true } }))!;
    expect(scalarMembers(other, ['updatedAt', 'createdAt'])).toEqual({});
  });
});

describe('writtenAsLine', () => {
  it('answers what writtenAs answers on the parsed item, for random items and their spoiled texts', () => {
    const r = rng(11);
    let yes = 0;
    let no = 0;
    for (let n = 0; n < 2000; n++) {
      const item = randomItem(r);
      const line = readWireLine(lineOf(item));
      if (!line) continue;
      for (const text of [written(item), written(shuffled(item, r)), ...spoiled(written(item), r)]) {
        const expected = writtenAs(text, item);
        const heldNull = writtenHeldNull();
        expect([text, writtenAsLine(text, line)]).toEqual([text, expected]);
        if (expected) expect(lineHeldNull()).toBe(heldNull);
        if (expected) yes++;
        else no++;
      }
    }
    // Both answers were met often.
    expect(yes).toBeGreaterThan(2000);
    expect(no).toBeGreaterThan(2000);
  });

  it('takes an item of many keys in another order, and refuses one with a key twice', () => {
    for (const n of [3, 30, 31, 40]) {
      const item: WireItem = Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, { S: `v${i}` }]));
      const line = readWireLine(lineOf(item))!;
      const text = written(Object.fromEntries(Object.entries(item).reverse()));
      expect(writtenAsLine(text, line)).toBe(true);
      expect(writtenAsLine(text.replace(`"k${n - 1}": "v${n - 1}"`, '"k0": "v0"'), line)).toBe(false);
    }
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('the check fed lines', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-written-as-line-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('ends as the check fed parsed items, and parses only the lines not written as the file holds them', async () => {
    const r = rng(5);
    const exported: WireItem[] = [];
    const elements: string[] = [];
    for (let n = 0; n < 300; n++) {
      const item = randomItem(r);
      item.id = { S: `i${n}` };
      if (n % 7 === 0) item.updatedAt = { S: n % 2 ? '2024-06-01T10:00:00.000Z' : '2023-01-01T00:00:00.000Z' };
      exported.push(item);
      // Most written as the export (in another order), some spoiled, some missing from the file, one twice.
      if (n % 11 === 3) continue;
      const text = written(shuffled(item, r));
      // A number JSON has no such text for (01, 1.) makes the file one the app cannot read: not this test's.
      if (!isJson(text)) continue;
      // Spoiled in ways that keep the file JSON: a digit, a boolean, a null, a key, the spacing.
      elements.push(n % 5 === 1 ? spoiled(text, r)[[3, 4, 5, 6, 8][Math.floor(r() * 5)]!]! : text);
    }
    exported.push(exported[10]!, { id: { S: 'not-in-file' }, k0: { S: 'x' } });
    const file = path.join(dir, 'events.json');
    await writeFile(file, `[\n  ${elements.join(',\n  ')}\n]\n`);
    const rules: RuleSet = {
      emptyStringsAsNull: true,
      rewroteUpdatedAt: true,
      window: { start: Date.parse('2024-06-01'), end: Date.parse('2024-06-02') },
    };
    // References that make a difference: "" where the export holds a NULL, another time where it holds the migration's.
    const byId = new Map<string, JsonObject[]>();
    for (const item of exported) {
      const nulls = Object.keys(item).filter((k) => 'NULL' in item[k]!);
      const stamped = item.updatedAt && 'S' in item.updatedAt && item.updatedAt.S.startsWith('2024-06-01');
      if (nulls.length === 0 && !stamped) continue;
      const ref: WireItem = { ...item };
      for (const k of nulls) ref[k] = { S: '' };
      if (stamped) ref.updatedAt = { S: '2024-05-01T00:00:00.000Z' };
      if (isJson(written(ref))) byId.set(wireIdOf(item)!.key, [parseRawJson(written(ref)) as JsonObject]);
    }
    expect(byId.size).toBeGreaterThan(20);
    const refs: References = { byId, keyless: new Map(), keylessAt: [], read: new Set(['backup']) };
    const ctx = { keys: PLAIN_KEYS, rules, refs, generated: new Set<string>() };

    const byItems = (await indexDataFile(file, 1 << 30))!;
    const parsedCheck = new CollectionCheck(byItems, ctx);
    for (const item of exported) parsedCheck.add(item);

    const byLines = (await indexDataFile(file, 1 << 30))!;
    const lineCheck = new CollectionCheck(byLines, ctx);
    const parse = jest.spyOn(JSON, 'parse');
    const lines = exported.map((item) => {
      const text = lineOf(item);
      const line = readWireLine(text);
      return line ? { plain: line } : { wire: JSON.parse(text).Item as WireItem };
    });
    parse.mockClear();
    for (const read of lines) lineCheck.addRead(read);
    const lineParses = parse.mock.calls.filter(([text]) => typeof text === 'string' && text.startsWith('{"Item":')).length;
    parse.mockRestore();

    const whole = (await indexDataFile(file, 1 << 30))!;
    const found = lineCheck.finish();
    expect(found).toEqual(parsedCheck.finish());
    // The references changed outcomes: the rules found NULLs and timestamps the rollback left.
    expect(found.migration.notUndone.length).toBeGreaterThan(5);
    // Those settled unparsed are those writtenAs settles needing no references, each file item once.
    let settled = 0;
    const taken = new Set<number>();
    for (const item of exported) {
      const at = whole.firstAt(wireIdOf(item)!.key);
      if (at === undefined || taken.has(at) || !readWireLine(lineOf(item))) continue;
      taken.add(at);
      const stamp = item.updatedAt && 'S' in item.updatedAt && item.updatedAt.S.startsWith('2024-06-01');
      if (!stamp && writtenAs(whole.text(at), item) && !writtenHeldNull()) settled++;
    }
    expect(settled).toBeGreaterThan(100);
    expect(lineParses).toBe(lines.filter((l) => 'plain' in l).length - settled);
    for (const index of [byItems, byLines, whole]) index.close();
  });
});
