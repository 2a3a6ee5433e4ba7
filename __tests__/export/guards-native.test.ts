/**
 * Every refusal of the native path, each with its own case: a reader of a
 * native run (ours or a changes one) and the overlay and live check on top,
 * each in s3rver with AWS's layout. Each case fails when its guard is
 * removed: the input would be read as if it were good.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { DescribeContinuousBackupsCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { wrapDynamo } from '../../src/clients/dynamodb.js';
import { exitCodeOf } from '../../src/core/errors.js';
import { openChanges } from '../../src/export-format/changes-reader.js';
import { runNativeExport } from '../../src/export/native-export.js';
import { parseS3Uri } from '../../src/core/location.js';
import { withChanges } from '../../src/export-format/overlay.js';
import { openExport } from '../../src/export-format/reader.js';
import type { ExportSource } from '../../src/export-format/source.js';
import { changeLine, writeAwsExport } from '../../src/local/aws-export-layout.js';
import { liveFromChanges } from '../../src/verify/live-changes.js';
import { createBucket, ourS3, REGION, testS3, uniqueName } from '../harness/aws.js';
import { asLocation } from '../harness/location.js';

const TABLE = 'lightningtalk-circle-prod-events';
const TABLE_ARN = `arn:aws:dynamodb:us-east-1:123456789012:table/${TABLE}`;
const ID = '01764579600000-0000bbbb';
const T0 = '2026-12-01T08:00:00.000Z';
const T1 = '2026-12-01T09:00:00.000Z';

let bucket: string;
beforeAll(async () => {
  bucket = await createBucket(testS3());
});

async function put(key: string, body: string) {
  await testS3().send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
}

type Run = Record<string, unknown> & { tables: { table: string; collection: string; exports: Record<string, unknown>[] }[] };

function run(type: 'FULL_EXPORT' | 'INCREMENTAL_EXPORT', more: Partial<Run> = {}): Run {
  return {
    format: 'dynamodb-rollback',
    layoutVersion: 1,
    kind: 'native',
    exportType: type,
    toolVersion: '0',
    status: 'complete',
    stage: 'prod',
    region: REGION,
    startTime: T1,
    endTime: T1,
    ...(type === 'FULL_EXPORT' ? { exportTime: T0 } : { fromTime: T0, toTime: T1, since: 's3://x/y' }),
    tables: [
      {
        table: TABLE,
        collection: 'events',
        exports: [
          {
            clientToken: 'a',
            exportArn: `${TABLE_ARN}/export/${ID}`,
            dir: `AWSDynamoDB/${ID}`,
            ...(type === 'FULL_EXPORT' ? { exportTime: T0 } : { fromTime: T0, toTime: T1 }),
          },
        ],
      },
    ],
    ...more,
  };
}

/** AWS's files of one export (type as given, or as the summary is told) and our export.json, under a fresh prefix. */
async function layout(type: 'FULL_EXPORT' | 'INCREMENTAL_EXPORT', manifest: Run, lines?: string[], filesType = type): Promise<string> {
  const prefix = uniqueName('g');
  const data =
    lines ??
    (type === 'FULL_EXPORT'
      ? [JSON.stringify({ Item: { id: { S: 'ev-1' } } })]
      : [changeLine({ keys: { id: { S: 'ev-1' } }, newImage: { id: { S: 'ev-1' } }, writeMicros: 1n })]);
  await writeAwsExport(ourS3(), {
    bucket,
    prefix,
    exportArn: `${TABLE_ARN}/export/${ID}`,
    tableArn: TABLE_ARN,
    type: filesType,
    lines: data,
    partitions: 1,
    startTime: T1,
    endTime: T1,
    exportTime: T0,
    fromTime: T0,
    toTime: T1,
    sse: 'AES256',
  });
  await put(`${prefix}/export.json`, JSON.stringify(manifest));
  return `s3://${bucket}/${prefix}`;
}

const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).not.toBeNull();
  expect(exitCodeOf(err)).toBe(2);
  return (err as Error).message;
};

describe('guards of a native full export (openExport)', () => {
  it('refuses one still in progress', async () => {
    expect(
      await refusal(openExport(asLocation(await layout('FULL_EXPORT', run('FULL_EXPORT', { status: 'in-progress' }))), { s3: ourS3() })),
    ).toContain('the native export is incomplete');
  });
  it('refuses a table without an export folder', async () => {
    const m = run('FULL_EXPORT');
    delete m.tables[0]!.exports[0]!.dir;
    expect(await refusal(openExport(asLocation(await layout('FULL_EXPORT', m)), { s3: ourS3() }))).toContain(
      `table ${TABLE} has no export folder`,
    );
  });
  it('refuses an export of a table export.json does not name', async () => {
    const m = run('FULL_EXPORT');
    m.tables[0]!.table = 'another-table';
    expect(await refusal(openExport(asLocation(await layout('FULL_EXPORT', m)), { s3: ourS3() }))).toContain(
      `is an export of table ${TABLE}, which`,
    );
  });
  it('refuses a folder name that leaves AWSDynamoDB/', async () => {
    const m = run('FULL_EXPORT');
    m.tables[0]!.exports[0]!.dir = 'AWSDynamoDB/../../elsewhere';
    expect(await refusal(openExport(asLocation(await layout('FULL_EXPORT', m)), { s3: ourS3() }))).toContain(
      'expected AWSDynamoDB/<export id>',
    );
  });
});

describe('guards of an incremental export (openChanges)', () => {
  it('refuses a location without our export.json, a full export, and one in progress', async () => {
    const prefix = uniqueName('none');
    await put(`${prefix}/readme.txt`, 'x');
    expect(await refusal(openChanges(asLocation(`s3://${bucket}/${prefix}`), { s3: ourS3() }))).toContain('not an incremental export');
    expect(await refusal(openChanges(asLocation(await layout('FULL_EXPORT', run('FULL_EXPORT'))), { s3: ourS3() }))).toContain(
      'a full export, not an incremental one',
    );
    expect(
      await refusal(
        openChanges(asLocation(await layout('INCREMENTAL_EXPORT', run('INCREMENTAL_EXPORT', { status: 'in-progress' }))), { s3: ourS3() }),
      ),
    ).toContain('the incremental export is incomplete');
  });
  it('refuses a run without its window', async () => {
    const m = run('INCREMENTAL_EXPORT');
    delete m.fromTime;
    expect(await refusal(openChanges(asLocation(await layout('INCREMENTAL_EXPORT', m)), { s3: ourS3() }))).toContain(
      'an incremental export without fromTime and toTime',
    );
  });
  it("refuses a window whose summary is a full export's, or another table's", async () => {
    expect(
      await refusal(
        openChanges(asLocation(await layout('INCREMENTAL_EXPORT', run('INCREMENTAL_EXPORT'), undefined, 'FULL_EXPORT')), { s3: ourS3() }),
      ),
    ).toContain('a FULL_EXPORT, not an incremental export');
    const m = run('INCREMENTAL_EXPORT');
    m.tables[0]!.table = 'another-table';
    expect(await refusal(openChanges(asLocation(await layout('INCREMENTAL_EXPORT', m)), { s3: ourS3() }))).toContain(
      `is for table ${TABLE}, not another-table`,
    );
  });
  it('refuses a record without Keys, and images that are not maps', async () => {
    for (const [line, says] of [
      [
        JSON.stringify({ Metadata: { WriteTimestampMicros: { N: '1' } }, NewImage: { id: { S: 'a' } } }),
        'expected a change record with Keys',
      ],
      [
        JSON.stringify({ Metadata: { WriteTimestampMicros: { N: '1' } }, Keys: { id: { S: 'a' } }, NewImage: 'x' }),
        'NewImage is not a map',
      ],
      [
        JSON.stringify({ Metadata: { WriteTimestampMicros: { N: '1' } }, Keys: { id: { S: 'a' } }, OldImage: ['x'] }),
        'OldImage is not a map',
      ],
    ] as const) {
      const changes = await openChanges(asLocation(await layout('INCREMENTAL_EXPORT', run('INCREMENTAL_EXPORT'), [line])), { s3: ourS3() });
      const read = (async () => {
        for await (const r of changes.records(TABLE)) void r;
      })();
      expect(await refusal(read)).toContain(says);
    }
  });
});

describe('guards of the overlay and the live check', () => {
  const base = (startTime?: string): ExportSource => ({
    location: 's3://b/base',
    format: 'aws',
    stage: 'prod',
    ...(startTime ? { startTime } : {}),
    tables: [{ table: TABLE, collection: 'events', itemCount: 0, keySchema: [], location: 'x' }],
    items: () => (async function* () {})(),
  });

  it('the overlay refuses a base without a time', async () => {
    const changes = await openChanges(asLocation(await layout('INCREMENTAL_EXPORT', run('INCREMENTAL_EXPORT'))), { s3: ourS3() });
    expect(() => withChanges(base(), changes)).toThrow('the export records no time');
  });

  it('the live check refuses another stage, a window starting after the export, and a table it lacks', async () => {
    const inc = await layout('INCREMENTAL_EXPORT', run('INCREMENTAL_EXPORT'));
    const tables = [{ collection: 'events', table: TABLE }];
    expect(await refusal(liveFromChanges(asLocation(inc), base(T0), 'dev', tables, ourS3()))).toContain(
      'is an incremental export of stage prod, not dev',
    );
    expect(await refusal(liveFromChanges(asLocation(inc), base('2026-12-01T07:00:00.000Z'), 'prod', tables, ourS3()))).toContain(
      `holds the changes from ${T0}, after the export was taken`,
    );
    expect(
      await refusal(liveFromChanges(asLocation(inc), base(T0), 'prod', [{ collection: 'users', table: 'users-table' }], ourS3())),
    ).toContain('holds no changes of table users-table');
    expect((await liveFromChanges(asLocation(inc), base(T0), 'prod', tables, ourS3())).tables[0]!.changedIds).toEqual(['ev-1']);
  });
});

describe('guards of export --native on resume', () => {
  function sdk() {
    const client = new DynamoDBClient({ region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    const mock = mockClient(client);
    mock.on(DescribeTableCommand).resolves({ Table: { TableName: TABLE, TableArn: TABLE_ARN, TableStatus: 'ACTIVE' } });
    mock.on(DescribeContinuousBackupsCommand).resolves({
      ContinuousBackupsDescription: {
        ContinuousBackupsStatus: 'ENABLED',
        PointInTimeRecoveryDescription: {
          PointInTimeRecoveryStatus: 'ENABLED',
          EarliestRestorableDateTime: new Date('2026-11-01T00:00:00Z'),
          LatestRestorableDateTime: new Date('2026-12-01T09:59:00Z'),
        },
      },
    });
    return wrapDynamo(client, { region: REGION });
  }
  const options = (s3Uri: string, more = {}) => ({
    stage: 'prod',
    region: REGION,
    tables: [{ collection: 'events', table: TABLE, configured: true }],
    s3Uri: parseS3Uri(s3Uri),
    sse: { algorithm: 'AES256' as const },
    resume: true,
    timeoutSeconds: 60,
    ...more,
  });
  const deps = () => ({ dynamo: sdk(), s3: ourS3(), now: () => new Date('2026-12-01T10:00:00Z') });

  it('refuses another stage, a full export resumed with --since (and the reverse), another --export-time, SSE KMS without a key, and a prefix holding a scan export', async () => {
    const full = await layout('FULL_EXPORT', run('FULL_EXPORT'));
    const inc = await layout('INCREMENTAL_EXPORT', run('INCREMENTAL_EXPORT'));
    expect(await refusal(runNativeExport(options(full, { stage: 'dev' }), deps()))).toContain('is of stage prod, not dev');
    expect(await refusal(runNativeExport(options(full, { since: { kind: 's3', bucket: 'b', prefix: 'x' } }), deps()))).toContain(
      'a full one: drop --since',
    );
    expect(await refusal(runNativeExport(options(inc), deps()))).toContain('an incremental one: pass --since as before');
    expect(await refusal(runNativeExport(options(full, { exportTime: '2026-12-01T07:00:00Z' }), deps()))).toContain(
      'not --export-time 2026-12-01T07:00:00Z; drop --export-time',
    );
    expect(await refusal(runNativeExport(options(full, { sse: { algorithm: 'aws:kms' } }), deps()))).toContain(
      '--sse aws:kms needs --kms-key-id',
    );
    const prefix = uniqueName('scan');
    await put(`${prefix}/export.json`, JSON.stringify({ format: 'dynamodb-rollback', layoutVersion: 1 }));
    expect(await refusal(runNativeExport(options(`s3://${bucket}/${prefix}`), deps()))).toContain(
      'holds an export that is not a native one',
    );
  });
});
