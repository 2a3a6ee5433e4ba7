/**
 * The live re-read's parallel scan: when one segment fails, the others stop
 * at their next page instead of scanning on. The table here never ends (each
 * page points to another), which no local DynamoDB can be made to do, so the
 * SDK client is mocked with its own types and wrapped by our client.
 */
import {
  DynamoDBClient,
  DynamoDBServiceException,
  ScanCommand,
  type ScanCommandInput,
  type ScanCommandOutput,
} from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { wrapDynamo } from '../../src/clients/dynamodb.js';
import { exitCodeOf } from '../../src/core/errors.js';
import type { WireItem } from '../../src/dynamo/wire.js';
import { Digest } from '../../src/verify/digest.js';
import { liveDigest } from '../../src/verify/live-scan.js';
import { createTable, ourDynamo, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { randomItem, rng } from '../harness/wire-random.js';

describe('liveDigest', () => {
  it('stops every segment when one fails, and reports that failure', async () => {
    const sdk = new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    const pages = new Map<number, number>();
    mockClient(sdk)
      .on(ScanCommand)
      .callsFake(async (input: ScanCommandInput): Promise<ScanCommandOutput> => {
        const segment = input.Segment ?? 0;
        const n = (pages.get(segment) ?? 0) + 1;
        pages.set(segment, n);
        await new Promise((r) => setTimeout(r, 2));
        if (segment === 2 && n === 3) {
          throw new DynamoDBServiceException({
            name: 'ValidationException',
            $fault: 'client',
            message: 'no',
            $metadata: { httpStatusCode: 400 },
          });
        }
        return { $metadata: {}, Items: [{ id: { S: `s${segment}-${n}` } }], LastEvaluatedKey: { id: { S: `s${segment}-${n}` } } };
      });
    const client = wrapDynamo(sdk, { region: 'us-east-1' });
    const err = await liveDigest({ client, table: 't', segments: 4, onItems: () => {} }).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toContain('Scan on table t segment 2 as invalid (ValidationException)');
    // The others read at most a page or two past the failure, not on for ever.
    for (const s of [0, 1, 3]) expect(pages.get(s)!).toBeLessThanOrEqual(5);
  });

  it('is null when the table no longer exists', async () => {
    const sdk = new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    mockClient(sdk)
      .on(ScanCommand)
      .rejects(
        new DynamoDBServiceException({
          name: 'ResourceNotFoundException',
          $fault: 'client',
          message: 'gone',
          $metadata: { httpStatusCode: 400 },
        }),
      );
    expect(await liveDigest({ client: wrapDynamo(sdk, { region: 'us-east-1' }), table: 't', segments: 2, onItems: () => {} })).toBeNull();
  });

  it('fails on a page whose Count disagrees with its items, however they are read', async () => {
    const sdk = new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    mockClient(sdk)
      .on(ScanCommand)
      .resolves({ $metadata: {}, Count: 2, Items: [{ id: { S: 'only-one' } }] });
    const err = await liveDigest({ client: wrapDynamo(sdk, { region: 'us-east-1' }), table: 't', segments: 1, onItems: () => {} }).catch(
      (e: unknown) => e,
    );
    expect((err as Error).message).toBe('scan of table t segment 0: page reports 2 items but holds 1');
  });
});

it("is the digest of the table's items, each read from its page's bytes or parsed (hostile strings, every type)", async () => {
  // Random items (quotes, backslashes, brackets, newlines, multi-byte characters in names and values), on dynalite.
  const r = rng(77);
  const items: WireItem[] = Array.from({ length: 400 }, (_, k) => ({ ...randomItem(r), id: { S: `it-${k}` } }));
  const table = uniqueName('live-digest');
  await createTable(testDynamo(), table);
  await seedItems(testDynamo(), table, items as never);
  const expected = new Digest();
  for (const item of items) expected.add(item);
  let counted = 0;
  const got = await liveDigest({ client: ourDynamo(), table, segments: 3, onItems: (n) => (counted += n) });
  expect(got).toEqual(expected.value());
  expect(counted).toBe(items.length);
});
