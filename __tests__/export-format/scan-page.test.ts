/**
 * A Scan page read for its items (export-format/scan-page.ts: status and verify --live): the Items array found without
 * reading the items is exactly the body's top-level Items, or is not taken
 * (the body is then split as the export splits it); a page whose Count
 * disagrees with its items, or whose items are not JSON, is never passed
 * on; and the live scan yields what the SDK reads, item for item.
 */
import { type AttributeValue, ScanCommand } from '@aws-sdk/client-dynamodb';
import { fromWire, toWire, type WireItem } from '../../src/dynamo/wire.js';
import { FailedError } from '../../src/core/errors.js';
import { itemsArray, type ItemsPage, pageItems } from '../../src/export-format/scan-page.js';
import { scanTable } from '../../src/status/table-scan.js';
import { createTable, ourDynamo, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { randomItem, randomScanBody, randomString, rng } from '../harness/wire-random.js';

const page = (items: string, count?: number): ItemsPage => ({ count, items: Buffer.from(items) });

describe('itemsArray: the top-level Items of a Scan body, found from its ends', () => {
  it('is the exact array and rest of any Scan body it takes, and takes the usual compact ones', () => {
    const r = rng(7);
    let taken = 0;
    let usual = 0;
    for (let round = 0; round < 400; round++) {
      const { items, body } = randomScanBody(r, () => (r() < 0.5 ? randomString(r) : `k-${round}`));
      const compact = r() >= 0.3;
      const text = Buffer.from(compact ? JSON.stringify(body) : JSON.stringify(body, null, 2));
      const found = itemsArray(text);
      if (found) {
        taken++;
        expect(JSON.parse(found.kept.toString())).toEqual(items);
        expect(JSON.parse(found.rest.toString())).toEqual({ ...body, Items: [] });
      }
      // Compact, and nothing but the items holds a backslash or the text "Items": the fast path must take it.
      const others = JSON.stringify({ ...body, Items: [] });
      if (compact && !others.includes('\\') && others.indexOf('"Items"') === others.lastIndexOf('"Items"')) {
        usual++;
        expect(found).not.toBeNull();
      }
    }
    expect(usual).toBeGreaterThan(100);
    expect(taken).toBeGreaterThanOrEqual(usual);
  });

  it('declines a body where another array could pass for the Items (each case one guard)', () => {
    const item = '{"id":{"S":"a"}}';
    for (const text of [
      // The answer's Items is the later one, written with an escape; the array found is nested.
      `{"\\u0049tems":[],"x":{"Items":[${item}]}}`,
      // The answer's Items comes after a nested one.
      `{"x":{"Items":[${item}]},"Items":[]}`,
      // The answer's Items is written with a space before its colon; the array found is nested.
      `{"Items" :[],"x":{"Items":[${item}]}}`,
      // The answer has no Items; the array found is nested.
      `{"x":{"Items":[${item}]}}`,
    ]) {
      expect((JSON.parse(text) as { Items?: unknown[] }).Items ?? []).toEqual([]);
      expect(itemsArray(Buffer.from(text))).toBeNull();
    }
  });

  it('declines other bodies it cannot prove, or gives bounds that the page refuses (never wrong items)', () => {
    const item = '{"id":{"S":"a"}}';
    for (const text of [
      // JSON.parse keeps the last of two keys: the first array is not the answer's Items.
      `{"Items":[${item}],"Count":1,"Items":[]}`,
      `{"Count":0,"Items":[],"x":{"Items":[${item}]}}`,
      `{"Items":[${item}],"\\u0049tems":[]}`,
      `{"Count":1,"Items":[${item}],"LastEvaluatedKey":{"id":{"S":"a\\\\"}}}`,
      `{"LastEvaluatedKey":{"Items":{"S":"]"}},"Items":[${item}]}`,
      `{"Count":1,"Items":[${item}`,
      `{"Count":1,"Items":[${item}]`,
      `["Items":[${item}]]`,
      `{"Items":{"a":[1]}}`,
      '',
    ]) {
      const found = itemsArray(Buffer.from(text));
      // Bounds that are not the array's hold more or less than one JSON value: the page's one parse refuses them.
      if (found) expect(() => pageItems({ count: undefined, items: found.kept }, 't')).toThrow(FailedError);
    }
  });

  it('takes the array where the rest is only a Scan answer once it is emptied', () => {
    const text = `{"Count":2,"Items":[{"id":{"S":"a]"}},{"l":{"L":[{"N":"1"}]}}],"LastEvaluatedKey":{"id":{"S":"]]"}},"ScannedCount":2}`;
    const found = itemsArray(Buffer.from(text));
    expect(found).not.toBeNull();
    expect(JSON.parse(found!.kept.toString())).toEqual([{ id: { S: 'a]' } }, { l: { L: [{ N: '1' }] } }]);
    expect(JSON.parse(found!.rest.toString())).toEqual({ Count: 2, Items: [], LastEvaluatedKey: { id: { S: ']]' } }, ScannedCount: 2 });
  });
});

describe('pageItems: a page is parsed once, and passed on only whole and consistent', () => {
  it('gives the items of a consistent page, and of one without a Count', () => {
    expect(pageItems(page('[{"id":{"S":"a"}},{"id":{"S":"b"}}]', 2), 't')).toEqual([{ id: { S: 'a' } }, { id: { S: 'b' } }]);
    expect(pageItems(page('[]'), 't')).toEqual([]);
  });

  it('refuses a page whose Count disagrees with its items, naming the scan', () => {
    expect(() => pageItems(page('[{"id":{"S":"a"}}]', 2), 'table t segment 0')).toThrow(
      new FailedError('scan of table t segment 0: page reports 2 items but holds 1'),
    );
    expect(() => pageItems(page('[{"id":{"S":"a"}},{"id":{"S":"b"}}]', 1), 't')).toThrow(FailedError);
  });

  it('refuses items that are not one JSON list', () => {
    expect(() => pageItems(page('[{"id":{"S":"a"}}', 1), 't')).toThrow(FailedError);
    expect(() => pageItems(page('[{"id":{"S":"a"}}],[]', 1), 't')).toThrow(FailedError);
    expect(() => pageItems(page('{"id":{"S":"a"}}', 1), 't')).toThrow(/not a list/);
  });
});

describe('status table scan against dynalite', () => {
  it('yields every item as the SDK reads it, over several pages and segments', async () => {
    const table = uniqueName('sscan');
    await createTable(testDynamo(), table);
    const r = rng(11);
    // Large enough for several pages a segment (dynalite pages at 1 MB).
    const pad = 'x'.repeat(4000);
    // Half the ids hold a quote and a backslash: a page whose LastEvaluatedKey is one of them is split as the export splits it.
    const items = Array.from({ length: 900 }, (_, i) => ({
      ...randomItem(r),
      id: { S: i % 2 ? `i-${i} "日本\\` : `i-${i}` },
      pad: { S: pad },
    }));
    await seedItems(testDynamo(), table, items.map(fromWire));
    const got: WireItem[] = [];
    for await (const item of scanTable(ourDynamo(), table, 3)) got.push(item);
    const sdk: WireItem[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const out = await testDynamo().send(new ScanCommand({ TableName: table, ExclusiveStartKey: start }));
      sdk.push(...(out.Items ?? []).map(toWire));
      start = out.LastEvaluatedKey;
    } while (start);
    const byId = (a: WireItem, b: WireItem) => ((a.id as { S: string }).S < (b.id as { S: string }).S ? -1 : 1);
    expect(got.length).toBe(900);
    expect(got.sort(byId)).toEqual(sdk.sort(byId));
  });
});
