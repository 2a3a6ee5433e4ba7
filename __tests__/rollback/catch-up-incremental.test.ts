/**
 * The native path end to end, through the commands, against dynalite and
 * s3rver with the export API answered by the local stand-in (src/local):
 * a native full export rolls back to the same bytes as a scan export; the
 * catch-up from an incremental export reads only its N change records, not
 * the M items of the table, and gives the files a full export would; verify
 * --live --since proves "no write since" from an empty incremental export
 * and names the changed ids from one that is not.
 */
import path from 'node:path';
import { DeleteItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { execute } from '../../src/commands/execute.js';
import type { Options } from '../../src/commands/options.js';
import { exitCodeOf } from '../../src/core/errors.js';
import { silentReporter } from '../../src/core/reporter.js';
import type { NativeExportResult } from '../../src/export/native-export.js';
import { type ExportStandIn, startExportStandIn } from '../../src/local/export-stand-in.js';
import type { RollbackResult } from '../../src/rollback/result.js';
import type { VerifyResult } from '../../src/verify/run-verify.js';
import { createBucket, dynamoEndpoint, ourDynamo, ourS3, s3Endpoint, seedItems, testDynamo, testS3, uniqueName } from '../harness/aws.js';
import { exportEventsApp, readTree, type SeededGround, seededGround, toItem } from '../fixtures/events-app.js';

const M = 300;
let ground: SeededGround;
let standIn: ExportStandIn;
let bucket: string;
let base: string;
let unchanged: string;
let changed: string;
let scan2: string;

const opts = (more: Options): Options => ({ endpoint: standIn.endpoint, 's3-endpoint': s3Endpoint(), ...more });
const exportNative = async (more: Options) =>
  (await execute('export', opts({ native: true, ...more }), silentReporter, ground.seeded.root)).result as NativeExportResult;

beforeAll(async () => {
  ground = await seededGround('ddbrb-catch-up-native-', testDynamo());
  standIn = await startExportStandIn({ dynamoEndpoint: dynamoEndpoint(), dynamo: ourDynamo(), s3: ourS3() });
  bucket = await createBucket(testS3());
  // M more events, so the table is much larger than the changes.
  await seedItems(
    testDynamo(),
    ground.seeded.tables.events,
    Array.from({ length: M }, (_, i) =>
      toItem({
        id: `bulk-${String(i).padStart(4, '0')}`,
        title: `Bulk ${i}`,
        createdAt: '2024-05-01T00:00:00.000Z',
        updatedAt: '2024-05-01T00:00:00.000Z',
      }),
    ),
  );
  const anHourAgo = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000).toISOString();
  base = (await exportNative({ 's3-uri': `s3://${bucket}/base`, 'export-time': anHourAgo })).s3Uri;
  unchanged = (await exportNative({ 's3-uri': `s3://${bucket}/unchanged`, since: base })).s3Uri;
  // N = 3 writes after the base: one changed, one new, one deleted.
  const client = testDynamo();
  await client.send(
    new PutItemCommand({
      TableName: ground.seeded.tables.events,
      Item: toItem({
        id: 'bulk-0001',
        title: 'Bulk 1 (changed)',
        createdAt: '2024-05-01T00:00:00.000Z',
        updatedAt: '2024-09-01T00:00:00.000Z',
      }),
    }),
  );
  await client.send(
    new PutItemCommand({
      TableName: ground.seeded.tables.events,
      Item: toItem({ id: 'ev-9', title: 'Late event', createdAt: '2024-09-01T00:00:00.000Z', updatedAt: '2024-09-01T00:00:00.000Z' }),
    }),
  );
  await client.send(new DeleteItemCommand({ TableName: ground.seeded.tables.events, Key: { id: { S: 'bulk-0002' } } }));
  changed = (await exportNative({ 's3-uri': `s3://${bucket}/changed`, since: base })).s3Uri;
  scan2 = path.join(ground.scratch, 'scan2');
  await exportEventsApp(ground.seeded, scan2);
}, 60_000);
afterAll(async () => {
  await standIn.stop();
  await ground.cleanup();
});

const rollback = async (root: string, more: Options) =>
  (await execute('rollback', { 's3-endpoint': s3Endpoint(), ...more }, silentReporter, root)).result as RollbackResult;

describe('the native path (export API stand-in, dynalite, s3rver)', () => {
  it('a native full export rolls back to the same bytes as a scan export of the same data', async () => {
    const fromScan = await ground.freshApp();
    const fromNative = await ground.freshApp();
    const scan = path.join(ground.scratch, 'scan-same');
    const nativeNow = (await exportNative({ 's3-uri': `s3://${bucket}/${uniqueName('now')}` })).s3Uri;
    await exportEventsApp(ground.seeded, scan);
    await rollback(fromScan.root, { from: scan });
    const r = await rollback(fromNative.root, { from: nativeNow });
    expect(r.export).toMatchObject({ location: nativeNow, format: 'aws' });
    expect(await readTree(fromNative.dataDir)).toEqual(await readTree(fromScan.dataDir));
  });

  it(`the catch-up from an incremental export reads its 3 change records, not the ${M}+ items, and writes what a full export would`, async () => {
    const viaChanges = await ground.freshApp();
    const viaScan = await ground.freshApp();
    await rollback(viaChanges.root, { from: base });
    await rollback(viaScan.root, { from: base });
    const r = await rollback(viaChanges.root, { from: changed, base });
    expect(r.export).toMatchObject({ location: changed, changeRecords: 3 });
    expect(r.base).toMatchObject({ location: base });
    await rollback(viaScan.root, { from: scan2, base });
    expect(await readTree(viaChanges.dataDir)).toEqual(await readTree(viaScan.dataDir));
  });

  it('refuses an incremental --from without --base; nothing written', async () => {
    const app = await ground.freshApp();
    const before = await readTree(app.dataDir);
    await expect(rollback(app.root, { from: changed })).rejects.toThrow(
      /is an incremental export \(the changes of .* to .*\), not the tables; give --base/,
    );
    expect(await readTree(app.dataDir)).toEqual(before);
  });

  it('verify --live --since: no change record proves no write since the export; records name the changed ids', async () => {
    const app = await ground.freshApp();
    await rollback(app.root, { from: base });
    const calm = await execute(
      'verify',
      { 's3-endpoint': s3Endpoint(), from: base, live: true, since: unchanged },
      silentReporter,
      app.root,
    );
    expect((calm.result as VerifyResult).ok).toBe(true);
    expect(calm.presentation.outputs.live).toBe('unchanged');
    const busy = await execute('verify', { 's3-endpoint': s3Endpoint(), from: base, live: true, since: changed }, silentReporter, app.root);
    const v = busy.result as VerifyResult;
    expect(v.ok).toBe(false);
    expect(busy.presentation.outputs['live-changed']).toBe(JSON.stringify([ground.seeded.tables.events]));
    expect(v.live!.find((l) => l.collection === 'events')!.changedIds).toEqual(['bulk-0001', 'bulk-0002', 'ev-9']);
    expect(busy.presentation.summary.notes).toContain(
      `${ground.seeded.tables.events}: 3 items written after the export (bulk-0001, bulk-0002, ev-9)`,
    );
    await expect(execute('verify', { from: base, since: changed, 's3-endpoint': s3Endpoint() }, silentReporter, app.root)).rejects.toThrow(
      '--since is the incremental export --live reads',
    );
  });

  it('export --native --since an export taken under 15 minutes ago scans instead, says why, and reports mode scan', async () => {
    const lines: string[] = [];
    const reporter = { ...silentReporter, warning: (m: string) => void lines.push(m) };
    const out = path.join(ground.scratch, 'fallback');
    const ex = await execute(
      'export',
      opts({ native: true, since: scan2, 's3-uri': `s3://${bucket}/fallback`, out }),
      reporter,
      ground.seeded.root,
    );
    expect(ex.presentation.outputs.mode).toBe('scan');
    expect(ex.presentation.outputs['s3-uri']).toBe(`s3://${bucket}/fallback`);
    expect(
      lines.some((l) => /DynamoDB's incremental export needs a window of at least 15 minutes, so the tables are scanned instead$/.test(l)),
    ).toBe(true);
  });

  it('refuses --since or --export-time without --native, --native without --s3-uri, and --segments with --native', async () => {
    for (const [options, says] of [
      [{ since: base }, 'export: --since goes with --native'],
      [{ 'export-time': '2026-01-01T00:00:00Z', out: path.join(ground.scratch, 'x') }, 'export: --export-time goes with --native'],
      [{ native: true }, 'export --native: --s3-uri is required'],
      [{ native: true, 's3-uri': `s3://${bucket}/seg`, segments: 4 }, '--segments is for a scan'],
    ] as const) {
      const err = await execute('export', opts(options), silentReporter, ground.seeded.root).catch((e: unknown) => e);
      expect(exitCodeOf(err)).toBe(2);
      expect((err as Error).message).toContain(says);
    }
  });
});
