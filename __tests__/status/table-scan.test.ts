/**
 * status's live scan against answers dynalite cannot be made to give: a
 * segment that fails while another pages on, and a consumer that stops
 * early (aws-sdk-client-mock, typed with the SDK's own commands); and its
 * items read as data-file lines are, against dynalite.
 */
import { DynamoDBClient, DynamoDBServiceException, ScanCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { wrapDynamo } from '../../src/clients/dynamodb.js';
import { wireItemToPlain } from '../../src/convert/attribute.js';
import type { PlainObject } from '../../src/convert/plain.js';
import { wireLineToPlain } from '../../src/convert/wire-line.js';
import { fromWire, type WireItem } from '../../src/dynamo/wire.js';
import { readTable, scanTable } from '../../src/status/table-scan.js';
import { createTable, ourDynamo, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { randomItem, rng } from '../harness/wire-random.js';

/** A table that never ends: every page has one item and a next key. */
function endless(mock: ReturnType<typeof mockClient>, failSegment?: number) {
  let n = 0;
  mock.on(ScanCommand).callsFake((input: { Segment: number }) => {
    if (input.Segment === failSegment) {
      return Promise.reject(
        new DynamoDBServiceException({ name: 'ValidationException', $fault: 'client', message: 'bad', $metadata: { httpStatusCode: 400 } }),
      );
    }
    n++;
    return new Promise((r) =>
      setTimeout(() => r({ Items: [marshall({ id: `i-${n}` })], LastEvaluatedKey: marshall({ id: `i-${n}` }) }), 1),
    );
  });
}

describe('status table scan', () => {
  it('throws when one segment fails, and the other segments stop paging', async () => {
    const sdk = new DynamoDBClient({ region: 'us-east-1' });
    const mock = mockClient(sdk);
    endless(mock, 0);
    const client = wrapDynamo(sdk, { region: 'us-east-1' });
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const item of scanTable(client, 't', 2)) seen.push(item);
      })(),
    ).rejects.toThrow();
    const calls = mock.commandCalls(ScanCommand).length;
    await new Promise((r) => setTimeout(r, 30));
    // Nothing is still paging once the scan has failed.
    expect(mock.commandCalls(ScanCommand).length).toBe(calls);
  });

  it('reads only a few pages ahead of its consumer, and stops when the consumer does', async () => {
    const sdk = new DynamoDBClient({ region: 'us-east-1' });
    const mock = mockClient(sdk);
    endless(mock);
    const client = wrapDynamo(sdk, { region: 'us-east-1' });
    let read = 0;
    for await (const item of scanTable(client, 't', 1)) {
      expect(item).toHaveProperty('id');
      if (++read === 1) {
        // A slow consumer: the scan waits for it rather than filling memory.
        await new Promise((r) => setTimeout(r, 40));
        expect(mock.commandCalls(ScanCommand).length).toBeLessThanOrEqual(4);
      }
      if (read === 3) break;
    }
    const calls = mock.commandCalls(ScanCommand).length;
    await new Promise((r) => setTimeout(r, 30));
    expect(mock.commandCalls(ScanCommand).length).toBe(calls);
  });
});

describe('status table read, each item to the file form as a data-file line is (dynalite)', () => {
  it('gives what the scan and the wire conversion give, item for item, hostile text and rounded numbers included', async () => {
    const sdk = testDynamo();
    const table = uniqueName('read');
    await createTable(sdk, table);
    const r = rng(22);
    const items: WireItem[] = Array.from({ length: 300 }, (_, i) => ({ ...randomItem(r), id: { S: `item-${i}` } }));
    // Numbers JavaScript would round, in an item the line reader leaves to the parse (and its report of them).
    items.push({ id: { S: 'precise' }, big: { N: '12345678901234567890' }, tiny: { NS: ['0.10000000000000000001', '2'] } });
    await seedItems(sdk, table, items.map(fromWire));
    const client = ourDynamo();
    const byId = (plain: PlainObject) => [plain.id as string, plain] as const;

    const expected = new Map<string, PlainObject>();
    for await (const wire of scanTable(client, table, 3)) expected.set(...byId(wireItemToPlain(wire)));
    const got = new Map<string, PlainObject>();
    let direct = 0;
    for await (const read of readTable(client, table, 3, wireLineToPlain)) {
      if (read.plain !== undefined) direct++;
      got.set(...byId(read.plain ?? wireItemToPlain(read.wire)));
    }
    expect(got.size).toBe(items.length);
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [id, plain] of got) {
      expect(plain).toEqual(expected.get(id));
      // Key order too: the written file keeps it.
      expect(Object.keys(plain)).toEqual(Object.keys(expected.get(id)!));
    }
    // Both ways were taken: most items straight from their text, the hostile ones (backslashes, rounded numbers) parsed.
    expect(direct).toBeGreaterThan(0);
    expect(direct).toBeLessThan(items.length);
  });
});
