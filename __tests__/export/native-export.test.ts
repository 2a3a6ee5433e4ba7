/**
 * export --native against DynamoDB's export API as the SDK types it
 * (aws-sdk-client-mock: no local DynamoDB has the export API), with the
 * files in s3rver written in AWS's documented layout when an export is
 * started: start, in progress, completed; failed with FailureCode and
 * FailureMessage; PITR off; a time outside the window; a re-run that finds
 * its export by client token; throttling retried; the timeout; incremental
 * windows chained past 24 hours, and a window under 15 minutes answered
 * with a scan instead.
 */
import {
  DescribeContinuousBackupsCommand,
  DescribeExportCommand,
  DescribeTableCommand,
  DynamoDBClient,
  DynamoDBServiceException,
  type ExportDescription,
  ExportTableToPointInTimeCommand,
  type ExportTableToPointInTimeCommandInput,
  ListExportsCommand,
} from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { wrapDynamo } from '../../src/clients/dynamodb.js';
import { exitCodeOf } from '../../src/core/errors.js';
import { clientToken } from '../../src/export-format/native-layout.js';
import {
  isFallback,
  type NativeExportDeps,
  type NativeExportOptions,
  type NativeExportResult,
  runNativeExport as runParsed,
} from '../../src/export/native-export.js';
import { parseS3Uri } from '../../src/core/location.js';
import { openExport } from '../../src/export-format/reader.js';
import { writeAwsExport } from '../../src/local/aws-export-layout.js';
import { createBucket, ourS3, REGION, testS3, uniqueName } from '../harness/aws.js';
import { recorder } from '../verify/recorder.js';
import { readAll } from './helpers.js';
import { asLocation } from '../harness/location.js';

const TABLE = 'lightningtalk-circle-prod-events';
const TABLE_ARN = `arn:aws:dynamodb:${REGION}:123456789012:table/${TABLE}`;
const NOW = new Date('2026-12-01T10:00:00.000Z');
const WINDOW = { earliest: new Date('2026-11-01T00:00:00.000Z'), latest: new Date('2026-12-01T09:58:00.000Z') };
const ITEMS = [{ Item: { id: { S: 'ev-1' }, title: { S: 'Spring talks' } } }, { Item: { id: { S: 'ev-2' }, capacity: { N: '60' } } }];

function setUp(pitr: 'ENABLED' | 'DISABLED' = 'ENABLED') {
  const sdk = new DynamoDBClient({ region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  const mock = mockClient(sdk);
  mock.on(DescribeTableCommand).resolves({
    Table: { TableName: TABLE, TableArn: TABLE_ARN, TableStatus: 'ACTIVE', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] },
  });
  mock.on(DescribeContinuousBackupsCommand).resolves({
    ContinuousBackupsDescription: {
      ContinuousBackupsStatus: pitr,
      PointInTimeRecoveryDescription:
        pitr === 'ENABLED'
          ? { PointInTimeRecoveryStatus: 'ENABLED', EarliestRestorableDateTime: WINDOW.earliest, LatestRestorableDateTime: WINDOW.latest }
          : { PointInTimeRecoveryStatus: 'DISABLED' },
    },
  });
  const started: ExportTableToPointInTimeCommandInput[] = [];
  const descriptions = new Map<string, ExportDescription>();
  // Started as AWS does: the files written under the prefix, the export IN_PROGRESS.
  const startFake = async (input: ExportTableToPointInTimeCommandInput) => {
    started.push(input);
    const arn = `${TABLE_ARN}/export/0176480000000${started.length}-abcdef0${started.length}`;
    await writeAwsExport(ourS3(), {
      bucket: input.S3Bucket!,
      prefix: input.S3Prefix ?? '',
      exportArn: arn,
      tableArn: TABLE_ARN,
      type: input.ExportType ?? 'FULL_EXPORT',
      lines: input.ExportType === 'INCREMENTAL_EXPORT' ? [] : ITEMS.map((i) => JSON.stringify(i)),
      partitions: 2,
      startTime: NOW.toISOString(),
      endTime: NOW.toISOString(),
      exportTime: input.ExportTime?.toISOString(),
      fromTime: input.IncrementalExportSpecification?.ExportFromTime?.toISOString(),
      toTime: input.IncrementalExportSpecification?.ExportToTime?.toISOString(),
      sse: input.S3SseAlgorithm ?? 'AES256',
    });
    const d: ExportDescription = {
      ExportArn: arn,
      ExportStatus: 'IN_PROGRESS',
      ClientToken: input.ClientToken,
      TableArn: TABLE_ARN,
      ExportType: input.ExportType,
    };
    descriptions.set(arn, d);
    return { ExportDescription: d };
  };
  mock.on(ExportTableToPointInTimeCommand).callsFake(startFake);
  const clock = { ms: NOW.getTime() };
  const reporter = recorder();
  const deps = {
    dynamo: wrapDynamo(sdk, { region: REGION, retry: { sleep: async () => {}, random: () => 0 } }),
    s3: ourS3(),
    reporter,
    now: () => new Date(clock.ms),
    sleep: async (ms: number) => void (clock.ms += ms),
    pollMs: 1000,
  };
  return { mock, started, descriptions, deps, reporter, clock, startFake };
}

/** The options as given, --s3-uri as text: parsed as the command parses it before the work runs. */
type GivenOptions = Omit<NativeExportOptions, 's3Uri'> & { s3Uri?: string };
const runNativeExport = (o: GivenOptions, deps: NativeExportDeps) => runParsed({ ...o, s3Uri: parseS3Uri(o.s3Uri ?? '') }, deps);

async function options(more: Partial<GivenOptions> = {}): Promise<GivenOptions> {
  const bucket = await createBucket(testS3());
  return {
    stage: 'prod',
    region: REGION,
    tables: [{ collection: 'events', table: TABLE, configured: true }],
    s3Uri: `s3://${bucket}/exports/prod/${uniqueName('run')}`,
    sse: { algorithm: 'AES256' },
    exportTime: '2026-12-01T09:30:00Z',
    resume: false,
    timeoutSeconds: 600,
    ...more,
  };
}

async function keysUnder(uri: string): Promise<string[]> {
  const [, bucket, prefix] = /^s3:\/\/([^/]+)\/(.*)$/.exec(uri)!;
  const out = await testS3().send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return (out.Contents ?? []).map((c) => c.Key!.slice(prefix!.length + 1)).sort();
}

const completed = (d: ExportDescription): ExportDescription => ({
  ...d,
  ExportStatus: 'COMPLETED',
  ItemCount: 2,
  BilledSizeBytes: 100,
  StartTime: NOW,
  EndTime: NOW,
});

describe('export --native', () => {
  it('starts each export with a client token from the run, waits through IN_PROGRESS, and writes export.json that rollback and verify read', async () => {
    const { mock, started, descriptions, deps, reporter } = setUp();
    mock.on(DescribeExportCommand).callsFake(async ({ ExportArn }: { ExportArn: string }) => {
      const d = descriptions.get(ExportArn)!;
      // In progress at the first look, complete at the second.
      descriptions.set(ExportArn, completed(d));
      return { ExportDescription: d };
    });
    const o = await options();
    const r = (await runNativeExport(o, deps)) as NativeExportResult;
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({
      TableArn: TABLE_ARN,
      ExportFormat: 'DYNAMODB_JSON',
      ExportType: 'FULL_EXPORT',
      S3Bucket: o.s3Uri!.split('/')[2],
      S3Prefix: o.s3Uri!.split('/').slice(3).join('/'),
      S3SseAlgorithm: 'AES256',
      ExportTime: new Date('2026-12-01T09:30:00.000Z'),
      ClientToken: clientToken({
        stage: 'prod',
        table: TABLE,
        s3Uri: o.s3Uri!,
        exportType: 'FULL_EXPORT',
        exportTime: '2026-12-01T09:30:00.000Z',
      }),
    });
    expect(started[0]!.ClientToken).toMatch(/^[0-9a-f]{64}$/);
    expect(reporter.lines).toEqual(expect.arrayContaining([`info: ${TABLE}: IN_PROGRESS, 0s`, `info: ${TABLE}: COMPLETED, 1s`]));
    expect(r).toMatchObject({ exportType: 'FULL_EXPORT', exportTime: '2026-12-01T09:30:00.000Z', resumed: false });
    const source = await openExport(asLocation(o.s3Uri!), { s3: ourS3() });
    expect(source).toMatchObject({ format: 'aws', stage: 'prod', startTime: '2026-12-01T09:30:00.000Z' });
    expect(source.tables).toMatchObject([{ table: TABLE, collection: 'events', itemCount: 2 }]);
    expect(await readAll(source, 'events')).toHaveLength(2);
  });

  it('KMS: the export is asked for with SSE KMS and the key', async () => {
    const { mock, started, descriptions, deps } = setUp();
    mock
      .on(DescribeExportCommand)
      .callsFake(async ({ ExportArn }: { ExportArn: string }) => ({ ExportDescription: completed(descriptions.get(ExportArn)!) }));
    await runNativeExport(await options({ sse: { algorithm: 'aws:kms', kmsKeyId: 'alias/exports' } }), deps);
    expect(started[0]).toMatchObject({ S3SseAlgorithm: 'KMS', S3SseKmsKeyId: 'alias/exports' });
  });

  it("fails with DynamoDB's FailureCode and FailureMessage when the export fails", async () => {
    const { mock, descriptions, deps } = setUp();
    mock.on(DescribeExportCommand).callsFake(async ({ ExportArn }: { ExportArn: string }) => ({
      ExportDescription: {
        ...descriptions.get(ExportArn)!,
        ExportStatus: 'FAILED',
        FailureCode: 'S3AccessDenied',
        FailureMessage: 'Access denied to the bucket',
      },
    }));
    const err = await runNativeExport(await options(), deps).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(1);
    expect((err as Error).message).toMatch(
      /^table lightningtalk-circle-prod-events: DynamoDB's export arn:.* failed \(S3AccessDenied: Access denied to the bucket\)/,
    );
  });

  it('refuses a table without point-in-time recovery, and a time before its window or in the future, before writing or starting anything', async () => {
    for (const [pitr, more, says] of [
      ['DISABLED', {}, 'point-in-time recovery is off on table lightningtalk-circle-prod-events; turn it on'],
      [
        'ENABLED',
        { exportTime: '2026-10-01T00:00:00Z' },
        '2026-10-01T00:00:00.000Z is before the earliest time table lightningtalk-circle-prod-events can be exported at (2026-11-01T00:00:00.000Z',
      ],
      ['ENABLED', { exportTime: '2026-12-02T00:00:00Z' }, 'is in the future'],
      ['ENABLED', { exportTime: 'yesterday' }, 'expected an ISO 8601 time'],
    ] as const) {
      const { started, deps } = setUp(pitr);
      const o = await options(more);
      const err = await runNativeExport(o, deps).catch((e: unknown) => e);
      expect(exitCodeOf(err)).toBe(2);
      expect((err as Error).message).toContain(says);
      expect(started).toHaveLength(0);
      expect(await keysUnder(o.s3Uri!)).toEqual([]);
    }
  });

  it('waits until the time is restorable, within --timeout', async () => {
    const { mock, descriptions, deps, started } = setUp();
    mock
      .on(DescribeExportCommand)
      .callsFake(async ({ ExportArn }: { ExportArn: string }) => ({ ExportDescription: completed(descriptions.get(ExportArn)!) }));
    // 09:59:30 is after the window's end (09:58): not yet restorable; it never becomes so here.
    const err = await runNativeExport(await options({ exportTime: '2026-12-01T09:59:30Z', timeoutSeconds: 5 }), deps).catch(
      (e: unknown) => e,
    );
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toContain('can be exported up to 2026-12-01T09:58:00.000Z so far, not yet at 2026-12-01T09:59:30.000Z');
    expect(started).toHaveLength(0);
  });

  it('a re-run with --resume finds the export started for its client token (ListExports, DescribeExport) instead of starting another', async () => {
    const { mock, started, deps } = setUp();
    const o = await options();
    const token = clientToken({
      stage: 'prod',
      table: TABLE,
      s3Uri: o.s3Uri!,
      exportType: 'FULL_EXPORT',
      exportTime: '2026-12-01T09:30:00.000Z',
    });
    const arn = `${TABLE_ARN}/export/01764800000009-feedbeef`;
    // What a run killed right after ExportTableToPointInTime leaves: export.json in progress, no ARN yet; AWS's files written.
    const [, bucket, prefix] = /^s3:\/\/([^/]+)\/(.*)$/.exec(o.s3Uri!)!;
    const run = {
      format: 'dynamodb-rollback',
      layoutVersion: 1,
      kind: 'native',
      exportType: 'FULL_EXPORT',
      toolVersion: '0',
      status: 'in-progress',
      stage: 'prod',
      region: REGION,
      startTime: NOW.toISOString(),
      exportTime: '2026-12-01T09:30:00.000Z',
      tables: [{ table: TABLE, collection: 'events', exports: [{ clientToken: token, exportTime: '2026-12-01T09:30:00.000Z' }] }],
    };
    await testS3().send(new PutObjectCommand({ Bucket: bucket, Key: `${prefix}/export.json`, Body: JSON.stringify(run) }));
    await writeAwsExport(ourS3(), {
      bucket: bucket!,
      prefix: prefix!,
      exportArn: arn,
      tableArn: TABLE_ARN,
      type: 'FULL_EXPORT',
      lines: ITEMS.map((i) => JSON.stringify(i)),
      partitions: 1,
      startTime: NOW.toISOString(),
      endTime: NOW.toISOString(),
      exportTime: run.exportTime,
      sse: 'AES256',
    });
    mock.on(ListExportsCommand).resolves({
      ExportSummaries: [
        { ExportArn: `${TABLE_ARN}/export/other`, ExportStatus: 'COMPLETED' },
        { ExportArn: arn, ExportStatus: 'IN_PROGRESS' },
      ],
    });
    mock
      .on(DescribeExportCommand, { ExportArn: `${TABLE_ARN}/export/other` })
      .resolves({ ExportDescription: { ExportArn: `${TABLE_ARN}/export/other`, ExportStatus: 'COMPLETED', ClientToken: 'someone-else' } });
    mock.on(DescribeExportCommand, { ExportArn: arn }).resolves({ ExportDescription: completed({ ExportArn: arn, ClientToken: token }) });

    const refused = await runNativeExport(o, deps).catch((e: unknown) => e);
    expect(exitCodeOf(refused)).toBe(2);
    expect((refused as Error).message).toContain('already holds an export (export.json); choose an empty prefix, or pass --resume');

    const r = (await runNativeExport({ ...o, resume: true, exportTime: undefined }, deps)) as NativeExportResult;
    expect(started).toHaveLength(0);
    expect(r.resumed).toBe(true);
    expect(r.tables[0]!.exports.map((e) => e.arn)).toEqual([arn]);
    const source = await openExport(asLocation(o.s3Uri!), { s3: ourS3() });
    expect(await readAll(source, 'events')).toHaveLength(2);
  });

  it('retries a throttled ExportTableToPointInTime (classified in the client) and goes on', async () => {
    const { mock, descriptions, deps, started, startFake } = setUp();
    const throttled = new DynamoDBServiceException({
      name: 'ThrottlingException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: 'Rate exceeded',
    });
    mock.on(ExportTableToPointInTimeCommand).rejectsOnce(throttled).callsFake(startFake);
    mock
      .on(DescribeExportCommand)
      .callsFake(async ({ ExportArn }: { ExportArn: string }) => ({ ExportDescription: completed(descriptions.get(ExportArn)!) }));
    await runNativeExport(await options(), deps);
    expect(mock.commandCalls(ExportTableToPointInTimeCommand)).toHaveLength(2);
    expect(started).toHaveLength(1);
    expect(deps.dynamo.stats).toMatchObject({ retries: 1, throttled: 1 });
  });
  it('stops waiting at --timeout and says the exports go on in AWS, to be picked up with --resume', async () => {
    const { mock, descriptions, deps } = setUp();
    mock
      .on(DescribeExportCommand)
      .callsFake(async ({ ExportArn }: { ExportArn: string }) => ({ ExportDescription: descriptions.get(ExportArn)! }));
    const err = await runNativeExport(await options({ timeoutSeconds: 10 }), deps).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(1);
    expect((err as Error).message).toBe(
      'DynamoDB is still exporting lightningtalk-circle-prod-events after 10s (--timeout); the exports go on in AWS: run the same command with --resume to wait for them, or allow more with --timeout',
    );
  });
});

describe('export --native --since (incremental)', () => {
  const since = (time: string) => async () => ({ time, stage: 'prod' });

  it('asks for one INCREMENTAL_EXPORT of [the earlier export, --export-time) with NEW_AND_OLD_IMAGES', async () => {
    const { mock, started, descriptions, deps } = setUp();
    mock
      .on(DescribeExportCommand)
      .callsFake(async ({ ExportArn }: { ExportArn: string }) => ({ ExportDescription: completed(descriptions.get(ExportArn)!) }));
    const r = (await runNativeExport(await options({ since: { kind: 's3', bucket: 'b', prefix: 'earlier' } }), {
      ...deps,
      sinceTime: since('2026-12-01T07:30:00.000Z'),
    })) as NativeExportResult;
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({
      ExportType: 'INCREMENTAL_EXPORT',
      IncrementalExportSpecification: {
        ExportFromTime: new Date('2026-12-01T07:30:00.000Z'),
        ExportToTime: new Date('2026-12-01T09:30:00.000Z'),
        ExportViewType: 'NEW_AND_OLD_IMAGES',
      },
    });
    expect(started[0]!.ExportTime).toBeUndefined();
    expect(r).toMatchObject({ exportType: 'INCREMENTAL_EXPORT', fromTime: '2026-12-01T07:30:00.000Z', toTime: '2026-12-01T09:30:00.000Z' });
    await expect(openExport(asLocation(r.s3Uri), { s3: ourS3() })).rejects.toThrow(
      /an incremental export holds the changes made since s3:\/\/b\/earlier, not the tables/,
    );
  });

  it('chains a gap over 24 hours window by window, each at most 24 hours and back to back', async () => {
    const { mock, started, descriptions, deps } = setUp();
    mock
      .on(DescribeExportCommand)
      .callsFake(async ({ ExportArn }: { ExportArn: string }) => ({ ExportDescription: completed(descriptions.get(ExportArn)!) }));
    await runNativeExport(await options({ since: { kind: 's3', bucket: 'b', prefix: 'earlier' } }), {
      ...deps,
      sinceTime: since('2026-11-29T09:30:00.000Z'),
    });
    const windows = started.map((s) => [
      s.IncrementalExportSpecification!.ExportFromTime!.toISOString(),
      s.IncrementalExportSpecification!.ExportToTime!.toISOString(),
    ]);
    expect(windows).toEqual([
      ['2026-11-29T09:30:00.000Z', '2026-11-30T09:30:00.000Z'],
      ['2026-11-30T09:30:00.000Z', '2026-12-01T09:30:00.000Z'],
    ]);
    expect(new Set(started.map((s) => s.ClientToken)).size).toBe(2);
  });

  it('answers a window under 15 minutes with a fallback to a scan, having written and started nothing', async () => {
    const { started, deps } = setUp();
    const o = await options({ since: { kind: 's3', bucket: 'b', prefix: 'earlier' } });
    const r = await runNativeExport(o, { ...deps, sinceTime: since('2026-12-01T09:20:00.000Z') });
    expect(isFallback(r) && r.fallback).toBe(
      "the export --since names was taken 600s ago (2026-12-01T09:20:00.000Z); DynamoDB's incremental export needs a window of at least 15 minutes, so the tables are scanned instead",
    );
    expect(started).toHaveLength(0);
    expect(await keysUnder(o.s3Uri!)).toEqual([]);
  });

  it('refuses an earlier export of another stage, and one taken after --export-time', async () => {
    const { deps } = setUp();
    for (const [sinceTime, says] of [
      [async () => ({ time: '2026-12-01T07:00:00.000Z', stage: 'dev' }), 'is an export of stage dev, not prod'],
      [since('2026-12-01T09:45:00.000Z'), 'not before 2026-12-01T09:30:00.000Z; give an earlier export'],
    ] as const) {
      const err = await runNativeExport(await options({ since: { kind: 's3', bucket: 'b', prefix: 'earlier' } }), {
        ...deps,
        sinceTime,
      }).catch((e: unknown) => e);
      expect(exitCodeOf(err)).toBe(2);
      expect((err as Error).message).toContain(says);
    }
  });
});
