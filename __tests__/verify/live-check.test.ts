/**
 * The live tables are scanned while the collections are checked: the scans
 * start first (startLiveScans), their progress is shown only when
 * checkLive takes them (from the count already reached), and a verify that
 * fails meanwhile stops them at their next page. The SDK client is mocked
 * with its own types (a table that never ends is what no local DynamoDB
 * can be made to serve).
 */
import { DynamoDBClient, ScanCommand, type ScanCommandInput, type ScanCommandOutput } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { wrapDynamo } from '../../src/clients/dynamodb.js';
import type { ExportSource } from '../../src/export-format/source.js';
import { Digest } from '../../src/verify/digest.js';
import type { ExportedCollection } from '../../src/verify/export-collections.js';
import { checkLive, startLiveScans } from '../../src/verify/live-check.js';
import { recorder } from './recorder.js';

const table = (name: string, itemCount: number) =>
  ({ collection: name, info: { table: name, itemCount } }) as unknown as ExportedCollection;

function client(pagesPerSegment: number, onScan: (input: ScanCommandInput) => void = () => {}) {
  const sdk = new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  const pages = new Map<string, number>();
  mockClient(sdk)
    .on(ScanCommand)
    .callsFake(async (input: ScanCommandInput): Promise<ScanCommandOutput> => {
      onScan(input);
      const key = `${input.TableName}/${input.Segment}`;
      const n = (pages.get(key) ?? 0) + 1;
      pages.set(key, n);
      await new Promise((r) => setTimeout(r, 1));
      const id = `${key}-${n}`;
      return {
        $metadata: {},
        Count: 1,
        Items: [{ id: { S: id } }],
        ...(n < pagesPerSegment ? { LastEvaluatedKey: { id: { S: id } } } : {}),
      };
    });
  return { dynamo: wrapDynamo(sdk, { region: 'us-east-1' }), pages };
}

function digestOf(ids: string[]) {
  const d = new Digest();
  for (const id of ids) d.add({ id: { S: id } });
  return d.value();
}

const inputs = (dynamo: ReturnType<typeof client>['dynamo']) => ({ since: undefined, stage: 'x', segments: 2, s3: undefined, dynamo });

describe('live scans beside the check', () => {
  it('scan before checkLive is called; the progress starts from what they already read', async () => {
    const { dynamo } = client(3);
    const tables = [table('a', 6), table('b', 6)];
    const scans = startLiveScans(tables, inputs(dynamo))!;
    await scans.scans.get('b')!.digest;
    const r = recorder();
    const ids = (t: string) => [0, 1].flatMap((s) => [1, 2, 3].map((n) => `${t}/${s}-${n}`));
    const exported = new Map([
      ['a', digestOf(ids('a'))],
      ['b', digestOf(ids('b').slice(1))],
    ]);
    const live = await checkLive(tables, exported, {} as ExportSource, inputs(dynamo), r, scans);
    expect(live.map((l) => [l.table, l.same, l.live?.count])).toEqual([
      ['a', true, 6],
      ['b', false, 6],
    ]);
    // Nothing was said while the scans ran; then each table's progress, in table order, from the count reached.
    expect(r.lines.filter((l) => l.startsWith('progress'))).toEqual([
      'progress: live a items 6',
      'progress live a +6',
      'progress live a done same as the export',
      'progress: live b items 6',
      'progress live b +6',
      'progress live b done differs from the export',
    ]);
  });

  it('scans one table after another, as before', async () => {
    const order: string[] = [];
    const { dynamo } = client(2, (input) => order.push(input.TableName!));
    const scans = startLiveScans([table('a', 4), table('b', 4)], inputs(dynamo))!;
    await scans.scans.get('b')!.digest;
    expect(order.indexOf('b')).toBeGreaterThan(order.lastIndexOf('a'));
  });

  it('stop() ends every scan at its next page', async () => {
    const { dynamo, pages } = client(Number.POSITIVE_INFINITY);
    const scans = startLiveScans([table('a', 1)], inputs(dynamo))!;
    await new Promise((r) => setTimeout(r, 30));
    scans.stop();
    await scans.scans.get('a')!.digest;
    const read = [...pages.values()].reduce((a, b) => a + b, 0);
    await new Promise((r) => setTimeout(r, 30));
    expect([...pages.values()].reduce((a, b) => a + b, 0)).toBe(read);
  });

  it('with --since reads no table (the incremental export is read instead)', () => {
    const { dynamo, pages } = client(1);
    expect(startLiveScans([table('a', 1)], { ...inputs(dynamo), since: { kind: 'dir', path: '/x' } })).toBeNull();
    expect(pages.size).toBe(0);
  });
});
