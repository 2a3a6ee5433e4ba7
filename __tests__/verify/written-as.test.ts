/**
 * The fast path for an item written exactly as its export item
 * (written-as.ts): it may say "equal" only where parsing and comparing would
 * find no difference; anything it is unsure of (a number written another
 * way, another escape, a repeated key, other spacing, binary) goes the old
 * way. Through the index, the check's outcome is the same as over the items
 * parsed whole, equal items are not parsed, and an item whose references
 * can change the outcome is compared under the rules even when written as
 * the export's.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { WireItem } from '../../src/dynamo/wire.js';
import { CollectionCheck } from '../../src/verify/collection-check.js';
import { itemDifferences } from '../../src/verify/compare.js';
import { indexDataFile } from '../../src/verify/file-index.js';
import { PLAIN_KEYS } from '../../src/verify/file-keys.js';
import type { RuleSet } from '../../src/verify/migration-rules.js';
import { JsonObject, parseRawJson } from '../../src/verify/raw-json.js';
import type { References } from '../../src/verify/references.js';
import { writtenAs, writtenHeldNull } from '../../src/verify/written-as.js';
import { plainItem, toText } from './plain.js';

/** An element of a top-level array as the app writes it. */
const written = (item: WireItem) => toText(plainItem(item), '  ');

const obj = (text: string) => parseRawJson(text) as JsonObject;

const ITEM: WireItem = {
  id: { S: 'ev-1' },
  title: { S: 'Night "one" \\ \n\t\u0001 \ud83d\ude00 \ud800 é' },
  capacity: { N: '20' },
  price: { N: '0.00' },
  big: { N: '12345678901234567890123456789012345678' },
  tiny: { N: '-1.5e-7' },
  open: { BOOL: false },
  note: { NULL: true },
  tags: { SS: ['t0', 'community', 'lang-0'] },
  sizes: { NS: ['3', '1.5', '20'] },
  venue: { M: { name: { S: 'Hall' }, geo: { M: { lat: { N: '35.0' } } }, floors: { L: [{ N: '1' }, { N: '2' }] }, none: { M: {} } } },
  speakers: { L: [{ M: { name: { S: 'S' }, minutes: { N: '5' } } }, { L: [] }] },
};

/** Reorders an object's keys (the rollback writes them in the file's order). */
function reversed(item: WireItem): WireItem {
  const out: WireItem = {};
  for (const k of Object.keys(item).reverse()) {
    const v = item[k]!;
    out[k] = 'M' in v ? { M: reversed(v.M) } : 'SS' in v ? { SS: [...v.SS].reverse() } : 'NS' in v ? { NS: [...v.NS].reverse() } : v;
  }
  return out;
}

describe('writtenAs', () => {
  it.each([
    ['written in the export order', written(ITEM)],
    ['keys (and set members) in another order, nested too', written(reversed(ITEM))],
  ])('takes the item %s, which the comparator finds equal', (_what, text) => {
    expect(itemDifferences(obj(text), ITEM)).toEqual([]);
    expect(writtenAs(text, ITEM)).toBe(true);
  });

  const one = (v: string) => `{\n    "id": "a",\n    "v": ${v}\n  }`;
  const A = (v: WireItem[string]): WireItem => ({ id: { S: 'a' }, v });

  // Each of these is a difference to the comparator: saying "equal" would hide it.
  it.each<[string, string, WireItem]>([
    ['a repeated key whose last value differs', `{\n    "id": "a",\n    "v": 1,\n    "v": 2\n  }`, A({ N: '1' })],
    ['a number the export has a prefix of', one('12'), A({ N: '1' })],
    ['a key the export lacks', `{\n    "id": "a",\n    "v": 1,\n    "w": 1\n  }`, A({ N: '1' })],
    ['a key the file lacks', `{\n    "id": "a"\n  }`, A({ N: '1' })],
    ['a list in another order', one('[\n      2,\n      1\n    ]'), A({ L: [{ N: '1' }, { N: '2' }] })],
    ['a repeated key standing in for one the file lacks', `{\n    "id": "a",\n    "id": "a"\n  }`, A({ N: '1' })],
    ['a value with two types', one('"x"'), A({ N: '1', S: 'x' } as never)],
    ['an exponent the comparator cannot take', one('1e99999999999999999999'), A({ N: '1e99999999999999999999' })],
    ['a set the export repeats a member of', one('[\n      "a",\n      "a"\n    ]'), A({ SS: ['a', 'a'] })],
    ['a number set repeating a value in other digits', one('[\n      1,\n      1.0\n    ]'), A({ NS: ['1', '1.0'] })],
    ['a string set member the export lacks', one('[\n      "a",\n      "c"\n    ]'), A({ SS: ['a', 'b'] })],
  ])('refuses %s', (_what, text, item) => {
    expect(itemDifferences(obj(text), item)).not.toEqual([]);
    expect(writtenAs(text, item)).toBe(false);
  });

  // Equal to the comparator but not as JSON.stringify writes it: left to the comparator, which finds them equal.
  it.each<[string, string, WireItem]>([
    ['a number written with other digits (1.0 for 1)', one('1.0'), A({ N: '1' })],
    ['an escape JSON.stringify does not write', one('"\\u0041\\/"'), A({ S: 'A/' })],
    ['a repeated key whose last value is the same', `{\n    "id": "a",\n    "v": 2,\n    "v": 1\n  }`, A({ N: '1' })],
    ['other spacing', '{"id": "a", "v": 1}', A({ N: '1' })],
    ['binary', one('"AAE="'), A({ B: 'AAE=' })],
  ])('leaves to the comparator %s', (_what, text, item) => {
    expect(itemDifferences(obj(text), item)).toEqual([]);
    expect(writtenAs(text, item)).toBe(false);
  });

  it('takes a number set whose members start alike, written in another order', () => {
    const item = A({ NS: ['1', '12', '120'] });
    const text = one('[\n      120,\n      12,\n      1\n    ]');
    expect(itemDifferences(obj(text), item)).toEqual([]);
    expect(writtenAs(text, item)).toBe(true);
  });

  it.each([3, 30, 31, 40])('takes an item of %i keys written in another order, and refuses one with a key twice', (n) => {
    const item: WireItem = Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, { S: `v${i}` }]));
    const text = written(reversed(item));
    expect(writtenAs(text, item)).toBe(true);
    // The last key written as the first again (same value): a repeat the comparator would not take as this item.
    const twice = text.replace(`"k${n - 1}": "v${n - 1}"`, '"k0": "v0"');
    expect(writtenAs(twice, item)).toBe(false);
  });

  it('tells whether an item it takes holds a NULL anywhere, each call afresh', () => {
    const deep: WireItem = { id: { S: 'a' }, m: { M: { l: { L: [{ S: 'x' }, { NULL: true }] } } } };
    const plain: WireItem = { id: { S: 'b' }, m: { M: { l: { L: [{ S: 'x' }] } } } };
    expect(writtenAs(written(deep), deep)).toBe(true);
    expect(writtenHeldNull()).toBe(true);
    expect(writtenAs(written(plain), plain)).toBe(true);
    expect(writtenHeldNull()).toBe(false);
  });

  it('takes nothing after the item or cut short', () => {
    const text = written(ITEM);
    expect(writtenAs(`${text} `, ITEM)).toBe(false);
    expect(writtenAs(text.slice(0, -1), ITEM)).toBe(false);
  });
});

describe('the check through the index', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-written-as-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const exported: WireItem[] = [
    ITEM,
    { id: { S: 'b' }, v: { N: '1' } },
    { id: { S: 'c' }, v: { N: '1' } },
    { id: { S: 'd' }, v: { S: 'A' } },
    { id: { S: 'e' }, v: { N: '1' } },
    { id: { S: 'f' }, v: { L: [{ N: '1' }, { N: '2' }] } },
    { id: { S: 'g' }, v: { SS: ['x', 'y'] } },
  ];
  // As written (reordered or not), and each way of differing or of being equal otherwise.
  const elements = [
    written(reversed(ITEM)),
    written({ id: { S: 'b' }, v: { N: '1' } }),
    '{\n    "id": "c",\n    "v": 1.0\n  }',
    '{\n    "id": "d",\n    "v": "\\u0041"\n  }',
    '{\n    "id": "e",\n    "v": 1,\n    "v": 2\n  }',
    '{\n    "id": "f",\n    "v": [\n      2,\n      1\n    ]\n  }',
    written({ id: { S: 'g' }, v: { SS: ['y', 'x'] } }),
  ];

  it('finds what the check over the whole-file parse finds, parsing only the items not written as the export', async () => {
    const text = `[\n  ${elements.join(',\n  ')}\n]\n`;
    const file = path.join(dir, 'events.json');
    await writeFile(file, text);
    const index = (await indexDataFile(file, 1 << 30))!;
    const parsed: number[] = [];
    const item = index.item.bind(index);
    index.item = (i) => (parsed.push(i), item(i));
    const viaIndex = new CollectionCheck(index);
    for (const item of exported) viaIndex.add(item);
    const whole = new CollectionCheck(parseRawJson(text) as JsonObject[]);
    for (const item of exported) whole.add(item);
    expect(viaIndex.finish()).toEqual(whole.finish());
    expect(viaIndex.finish().changed).toEqual([
      { id: 'e', paths: ['v'] },
      { id: 'f', paths: ['v[0]', 'v[1]'] },
    ]);
    // ev-1, b and g are written as the export: never parsed.
    expect(parsed).toEqual([2, 3, 4, 5]);
    index.close();
  });

  it('compares under the rules an item written as the export when its reference can change the outcome', async () => {
    const file = path.join(dir, 'users.json');
    const item: WireItem = { id: { S: 'u' }, bio: { NULL: true } };
    await writeFile(file, `[\n  ${written(item)}\n]`);
    const index = (await indexDataFile(file, 1 << 30))!;
    const rules: RuleSet = { emptyStringsAsNull: true, rewroteUpdatedAt: false, window: null };
    const refs: References = {
      byId: new Map([['S:u', [obj('{"id":"u","bio":""}')]]]),
      keyless: new Map(),
      keylessAt: [],
      read: new Set(['backup']),
    };
    const check = new CollectionCheck(index, { keys: PLAIN_KEYS, rules, refs, generated: new Set() });
    check.add(item);
    // The migration's null is still there where the reference held "": the rollback should have put the "" back.
    const d = check.finish();
    expect(d.changed).toEqual([{ id: 'u', paths: ['bio'] }]);
    expect(d.migration.notUndone).toEqual([{ id: 'u', rule: 'emptyStringsAsNull', paths: ['bio'] }]);
    index.close();
  });
});
