import { splitScanBody, rawItemLines, scanPage } from '../../src/export-format/raw-scan.js';
import { toWire, type WireItem, type WireValue } from '../../src/dynamo/wire.js';
import { createTable, ourDynamo, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { ScanCommand } from '@aws-sdk/client-dynamodb';

/** A small deterministic PRNG, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NASTY = [
  '',
  '"',
  '\\',
  '\\"',
  '"\\',
  'a\\\\',
  '{',
  '}',
  '[',
  ']',
  '{"Items":[',
  '],"x":',
  ',',
  ':',
  '\n',
  '\u2028',
  '日本',
  '😀',
  '\\u0022',
  'end\\',
];

function randomString(r: () => number): string {
  let s = '';
  const n = Math.floor(r() * 4);
  for (let i = 0; i < n; i++) s += NASTY[Math.floor(r() * NASTY.length)]!;
  return s;
}

function randomValue(r: () => number, depth: number): WireValue {
  const k = Math.floor(r() * (depth > 2 ? 6 : 9));
  switch (k) {
    case 0:
      return { S: randomString(r) };
    case 1:
      return { N: `${Math.floor(r() * 1e6)}.${Math.floor(r() * 100)}` };
    case 2:
      return { B: Buffer.from(randomString(r)).toString('base64') };
    case 3:
      return { BOOL: r() < 0.5 };
    case 4:
      return { NULL: true };
    case 5:
      return { SS: [randomString(r), `${randomString(r)}x`] };
    case 6:
      return { M: randomItem(r, depth + 1) };
    case 7:
      return { L: [randomValue(r, depth + 1), randomValue(r, depth + 1)] };
    default:
      return { NS: ['1', '-2.5'] };
  }
}

function randomItem(r: () => number, depth = 0): WireItem {
  const item: WireItem = {};
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) item[randomString(r) || `k${i}`] = randomValue(r, depth);
  return item;
}

describe('splitScanBody', () => {
  it('splits any Scan body into its exact items and the rest, whatever the strings hold', () => {
    const r = rng(42);
    for (let round = 0; round < 300; round++) {
      const items = Array.from({ length: Math.floor(r() * 5) }, () => randomItem(r));
      const lek = r() < 0.5 ? { id: { S: randomString(r) } } : undefined;
      const parts: [string, unknown][] = [
        ['Count', items.length],
        ['Items', items],
        ['ScannedCount', items.length],
      ];
      if (lek) parts.push(['LastEvaluatedKey', lek]);
      parts.sort(() => r() - 0.5);
      const body = Object.fromEntries(parts);
      const text = Buffer.from(r() < 0.3 ? JSON.stringify(body, null, 2) : JSON.stringify(body));
      const split = splitScanBody(text);
      expect(split).not.toBeNull();
      expect(split!.items.map(([s, e]) => JSON.parse(text.subarray(s, e).toString()) as unknown)).toEqual(items);
      expect(JSON.parse(split!.rest.toString())).toEqual({ ...body, Items: [] });
      const lines = rawItemLines(text, split!.items).toString().split('\n');
      expect(lines.pop()).toBe('');
      expect(lines.map((l) => (JSON.parse(l) as { Item: unknown }).Item)).toEqual(items);
    }
  });

  it('declines what is not a Scan body, so the SDK handles it', () => {
    for (const text of [
      '',
      '[]',
      '{"Count":0}',
      '{"Items":{}}',
      '{"Items":[1]}',
      '{"Items":[{"a":{"S":"x"}}',
      '{"Items":[{"a":"\\"}]}',
      'null',
    ]) {
      expect(splitScanBody(Buffer.from(text))).toBeNull();
    }
  });
});

describe('scanPage', () => {
  it('takes the verbatim path on a real Scan and yields the same items as the SDK', async () => {
    const table = uniqueName('raw');
    await createTable(testDynamo(), table);
    await seedItems(testDynamo(), table, [
      { id: { S: 'a' }, b: { B: new Uint8Array([0, 1, 255]) }, s: { S: 'quote " backslash \\ 日本' } },
      { id: { S: 'b' }, n: { N: '12345678901234567890123456789012345678' }, m: { M: { l: { L: [{ NULL: true }] } } } },
    ]);
    const client = ourDynamo();
    const page = await scanPage(client, { TableName: table }, 'test');
    expect(page.verbatim).toBe(true);
    expect(page.count).toBe(2);
    const sdk = await testDynamo().send(new ScanCommand({ TableName: table }));
    const lines = page.lines
      .toString()
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { Item: WireItem }).Item);
    expect(lines).toEqual((sdk.Items ?? []).map(toWire));
  });
});
