import { splitScanBody, rawItemLines, scanPage } from '../../src/export-format/raw-scan.js';
import { toWire, type WireItem } from '../../src/dynamo/wire.js';
import { createTable, ourDynamo, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { randomScanBody, randomString, rng } from '../harness/wire-random.js';

describe('splitScanBody', () => {
  it('splits any Scan body into its exact items and the rest, whatever the strings hold', () => {
    const r = rng(42);
    for (let round = 0; round < 300; round++) {
      const { items, body } = randomScanBody(r, () => randomString(r));
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
