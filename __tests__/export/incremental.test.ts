/**
 * An incremental export as AWS lays it out in S3 (s3rver): per window
 * AWSDynamoDB/<id>/ with _started, manifest-summary.json (exportType
 * INCREMENTAL_EXPORT, exportFromTime, exportToTime, outputView),
 * manifest-files.json, data files in the shared AWSDynamoDB/data/ folder
 * holding change records (Metadata.WriteTimestampMicros, Keys, NewImage,
 * OldImage; no NewImage for a deletion), with our export.json beside.
 * Read as changes, not as a table, and laid over the earlier export.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { exitCodeOf } from '../../src/core/errors.js';
import { latestChanges, openChanges } from '../../src/export-format/changes-reader.js';
import { withChanges } from '../../src/export-format/overlay.js';
import { openExport } from '../../src/export-format/reader.js';
import { changeLine, writeAwsExport } from '../../src/local/aws-export-layout.js';
import { createBucket, ourS3, testS3, uniqueName } from '../harness/aws.js';
import { readAll } from './helpers.js';
import { asLocation } from '../harness/location.js';

const TABLE = 'lightningtalk-circle-prod-events';
const TABLE_ARN = `arn:aws:dynamodb:us-east-1:123456789012:table/${TABLE}`;
const T0 = '2026-12-01T08:00:00.000Z';
const T1 = '2026-12-01T09:00:00.000Z';
const T2 = '2026-12-01T10:00:00.000Z';
const ev = (id: string, title: string) => ({ id: { S: id }, title: { S: title } });
const keys = (id: string) => ({ id: { S: id } });

interface Window {
  id: string;
  from: string;
  to: string;
  lines: string[];
  partitions?: number;
}

async function put(bucket: string, key: string, body: string) {
  await testS3().send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
}

/** The earlier export: a native full one at T0, with export.json. */
async function fullExport(bucket: string, prefix: string, items: object[]) {
  const arn = `${TABLE_ARN}/export/01764576000000-0000aaaa`;
  await writeAwsExport(ourS3(), {
    bucket,
    prefix,
    exportArn: arn,
    tableArn: TABLE_ARN,
    type: 'FULL_EXPORT',
    lines: items.map((i) => JSON.stringify({ Item: i })),
    partitions: 2,
    startTime: T0,
    endTime: T0,
    exportTime: T0,
    sse: 'AES256',
  });
  await put(
    bucket,
    `${prefix}/export.json`,
    JSON.stringify(
      run('FULL_EXPORT', [{ dir: 'AWSDynamoDB/01764576000000-0000aaaa', exportArn: arn, clientToken: 'a', exportTime: T0 }], {
        exportTime: T0,
      }),
    ),
  );
  return `s3://${bucket}/${prefix}`;
}

function run(exportType: string, exports: object[], times: object) {
  return {
    format: 'dynamodb-rollback',
    layoutVersion: 1,
    kind: 'native',
    exportType,
    toolVersion: '0',
    status: 'complete',
    stage: 'prod',
    region: 'us-east-1',
    startTime: T2,
    endTime: T2,
    ...times,
    tables: [{ table: TABLE, collection: 'events', exports }],
  };
}

async function incremental(bucket: string, prefix: string, windows: Window[]) {
  const exports = [];
  for (const w of windows) {
    const arn = `${TABLE_ARN}/export/${w.id}`;
    await writeAwsExport(ourS3(), {
      bucket,
      prefix,
      exportArn: arn,
      tableArn: TABLE_ARN,
      type: 'INCREMENTAL_EXPORT',
      lines: w.lines,
      partitions: w.partitions ?? 2,
      startTime: T2,
      endTime: T2,
      fromTime: w.from,
      toTime: w.to,
      sse: 'AES256',
    });
    exports.push({ dir: `AWSDynamoDB/${w.id}`, exportArn: arn, clientToken: w.id, fromTime: w.from, toTime: w.to });
  }
  await put(
    bucket,
    `${prefix}/export.json`,
    JSON.stringify(run('INCREMENTAL_EXPORT', exports, { fromTime: windows[0]!.from, toTime: windows.at(-1)!.to, since: 's3://x/earlier' })),
  );
  return `s3://${bucket}/${prefix}`;
}

const WINDOW_1 = [
  changeLine({
    keys: keys('ev-1'),
    oldImage: ev('ev-1', 'Spring'),
    newImage: ev('ev-1', 'Spring (renamed)'),
    writeMicros: 1_764_579_600_000_100n,
  }),
  // A deletion: keys and the old image, no new image.
  changeLine({ keys: keys('ev-2'), oldImage: ev('ev-2', 'Summer'), writeMicros: 1_764_579_600_000_200n }),
  // ev-3 inserted and changed again in the same window, the later record first in the file.
  changeLine({
    keys: keys('ev-3'),
    oldImage: ev('ev-3', 'Autumn'),
    newImage: ev('ev-3', 'Autumn (final)'),
    writeMicros: 1_764_579_600_000_400n,
  }),
  changeLine({ keys: keys('ev-3'), newImage: ev('ev-3', 'Autumn'), writeMicros: 1_764_579_600_000_300n }),
];

describe('an incremental export in S3, as AWS lays it out', () => {
  it('is read as change records, window after window; an empty window has one empty file and no record', async () => {
    const bucket = await createBucket(testS3());
    const prefix = uniqueName('inc');
    const uri = await incremental(bucket, prefix, [
      { id: '01764579600000-0000bbbb', from: T0, to: T1, lines: WINDOW_1 },
      // Nothing written in the second window.
      { id: '01764583200000-0000cccc', from: T1, to: T2, lines: [], partitions: 1 },
    ]);
    const changes = await openChanges(asLocation(uri), { s3: ourS3() });
    expect(changes).toMatchObject({ stage: 'prod', fromTime: T0, toTime: T2, since: 's3://x/earlier' });
    expect(changes.tables).toEqual([{ table: TABLE, collection: 'events', records: 4, location: uri }]);
    const latest = await latestChanges(changes.records('events'));
    // Files are partitions of the key space: compared in id order.
    expect(
      [...latest.values()]
        .map((c) => [c.keys.id, c.newImage?.title ?? null])
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual([
      [{ S: 'ev-1' }, { S: 'Spring (renamed)' }],
      [{ S: 'ev-2' }, null],
      [{ S: 'ev-3' }, { S: 'Autumn (final)' }],
    ]);
    expect(changes.recordsRead).toBe(4);
    // It holds changes, not a table: the table reader refuses it.
    await expect(openExport(asLocation(uri), { s3: ourS3() })).rejects.toThrow(
      'an incremental export holds the changes made since s3://x/earlier, not the tables',
    );
  });

  it('laid over the earlier export: changed items replaced, deleted ones gone, new ones added, the rest as they were', async () => {
    const bucket = await createBucket(testS3());
    const base = await fullExport(bucket, uniqueName('full'), [ev('ev-1', 'Spring'), ev('ev-2', 'Summer'), ev('ev-4', 'Winter')]);
    const inc = await incremental(bucket, uniqueName('inc'), [{ id: '01764579600000-0000bbbb', from: T0, to: T1, lines: WINDOW_1 }]);
    const over = withChanges(await openExport(asLocation(base), { s3: ourS3() }), await openChanges(asLocation(inc), { s3: ourS3() }));
    expect(over).toMatchObject({ stage: 'prod', startTime: T1, location: inc });
    const items = await readAll(over, 'events');
    expect(items.map((i) => [i.id, i.title]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
      [{ S: 'ev-1' }, { S: 'Spring (renamed)' }],
      [{ S: 'ev-3' }, { S: 'Autumn (final)' }],
      [{ S: 'ev-4' }, { S: 'Winter' }],
    ]);
    expect(over.changes?.recordsRead).toBe(4);
  });

  it('a later window wins over an earlier one for the same item', async () => {
    const bucket = await createBucket(testS3());
    const inc = await incremental(bucket, uniqueName('inc'), [
      {
        id: '01764579600000-0000bbbb',
        from: T0,
        to: T1,
        lines: [changeLine({ keys: keys('ev-5'), newImage: ev('ev-5', 'New'), writeMicros: 5n })],
      },
      {
        id: '01764583200000-0000cccc',
        from: T1,
        to: T2,
        lines: [changeLine({ keys: keys('ev-5'), oldImage: ev('ev-5', 'New'), writeMicros: 9n })],
      },
    ]);
    const latest = await latestChanges((await openChanges(asLocation(inc), { s3: ourS3() })).records(TABLE));
    expect([...latest.values()]).toEqual([{ keys: keys('ev-5'), newImage: null, writeMicros: 9n }]);
  });

  it('refuses an incremental export that starts after the earlier export was taken, and one lacking a table the base holds', async () => {
    const bucket = await createBucket(testS3());
    const base = await openExport(asLocation(await fullExport(bucket, uniqueName('full'), [ev('ev-1', 'Spring')])), { s3: ourS3() });
    const late = await openChanges(
      asLocation(await incremental(bucket, uniqueName('inc'), [{ id: '01764579600000-0000bbbb', from: T1, to: T2, lines: [] }])),
      { s3: ourS3() },
    );
    let err = (() => {
      try {
        withChanges(base, late);
      } catch (e) {
        return e;
      }
    })();
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toContain(`holds the changes from ${T1}, after s3://${bucket}/`);
    const other = await openChanges(
      asLocation(await incremental(bucket, uniqueName('inc'), [{ id: '01764579600000-0000bbbb', from: T0, to: T1, lines: [] }])),
      { s3: ourS3() },
    );
    other.tables.splice(0, 1);
    err = (() => {
      try {
        withChanges(base, other);
      } catch (e) {
        return e;
      }
    })();
    expect((err as Error).message).toContain(`holds no changes of table ${TABLE}`);
  });

  it('checks each data file (count, md5), each record (Keys, WriteTimestampMicros) and each key (inside this export or the shared data folder)', async () => {
    const bucket = await createBucket(testS3());
    const id = '01764579600000-0000bbbb';
    const prefix = uniqueName('inc');
    const uri = await incremental(bucket, prefix, [{ id, from: T0, to: T1, lines: WINDOW_1, partitions: 1 }]);
    const filesKey = `${prefix}/AWSDynamoDB/${id}/manifest-files.json`;
    const original = await (
      await testS3().send(new (await import('@aws-sdk/client-s3')).GetObjectCommand({ Bucket: bucket, Key: filesKey }))
    ).Body!.transformToString();
    const drain = async () => {
      const c = await openChanges(asLocation(uri), { s3: ourS3() });
      for await (const r of c.records(TABLE)) void r;
    };
    await put(bucket, filesKey, original.replace(/"md5Checksum":"[^"]+"/, '"md5Checksum":"AAAAAAAAAAAAAAAAAAAAAA=="'));
    await expect(drain()).rejects.toThrow(/md5 checksum does not match its manifest/);
    await put(bucket, filesKey, original.replace(/"dataFileS3Key":"[^"]+"/, `"dataFileS3Key":"${prefix}/AWSDynamoDB/../secret.json.gz"`));
    await expect(drain()).rejects.toThrow(/is outside this export's files; the manifest was edited/);
    await put(bucket, filesKey, original.replace('"itemCount":4', '"itemCount":5'));
    await expect(drain()).rejects.toThrow(/lists 5 records but manifest-summary.json says 4/);

    const bad = await incremental(bucket, uniqueName('inc'), [
      { id, from: T0, to: T1, lines: [JSON.stringify({ Keys: keys('ev-1'), NewImage: ev('ev-1', 'x') })], partitions: 1 },
    ]);
    const c = await openChanges(asLocation(bad), { s3: ourS3() });
    await expect(
      (async () => {
        for await (const r of c.records(TABLE)) void r;
      })(),
    ).rejects.toThrow(/\.json\.gz line 1: Metadata\.WriteTimestampMicros is missing or not a whole number$/);
  });

  it('a full export whose data files lie in the shared AWSDynamoDB/data/ folder is read from there, given the prefix; given one export folder, it is refused', async () => {
    const bucket = await createBucket(testS3());
    const prefix = uniqueName('shared');
    const arn = `${TABLE_ARN}/export/01764576000000-0000dddd`;
    await writeAwsExport(ourS3(), {
      bucket,
      prefix,
      exportArn: arn,
      tableArn: TABLE_ARN,
      type: 'FULL_EXPORT',
      lines: [JSON.stringify({ Item: ev('ev-1', 'Spring') })],
      partitions: 2,
      startTime: T0,
      endTime: T0,
      exportTime: T0,
      sse: 'AES256',
      sharedData: true,
    });
    const items = await readAll(await openExport(asLocation(`s3://${bucket}/${prefix}`), { s3: ourS3() }), TABLE);
    expect(items).toEqual([ev('ev-1', 'Spring')]);
    await expect(openExport(asLocation(`s3://${bucket}/${prefix}/AWSDynamoDB/01764576000000-0000dddd`), { s3: ourS3() })).rejects.toThrow(
      /is in the shared AWSDynamoDB\/data\/ folder; give --from the prefix above AWSDynamoDB/,
    );
  });
});
