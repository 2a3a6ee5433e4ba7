import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { InputError } from '../../src/core/errors.js';
import { openExport } from '../../src/export-format/reader.js';
import { createBucket, ourS3, testS3 } from '../harness/aws.js';
import { cleanTempDirs, readAll, tempDir } from './helpers.js';
import { asLocation } from '../harness/location.js';

afterAll(cleanTempDirs);

/**
 * fixtures/aws-native is a DynamoDB export to S3 as AWS documents it
 * (S3DataExport.Output): AWSDynamoDB/<export id>/ with _started,
 * manifest-summary.json (+ .checksum), manifest-files.json (+ .checksum;
 * md5Checksum base64, etag, dataFileS3Key from the bucket root including the
 * export prefix "exports/events") and data/<random>.json.gz, one of them an
 * empty partition's file.
 */
const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'aws-native');
const EXPORT_ID = '01700000000000-a1b2c3d4';
const TABLE = 'lightningtalk-circle-production-events';

async function expectFixture(from: string, s3 = false) {
  const source = await openExport(asLocation(from), s3 ? { s3: ourS3() } : {});
  expect(source.format).toBe('aws');
  expect(source.startTime).toBe('2024-05-01T03:00:00.000Z');
  expect(source.endTime).toBe('2024-05-01T03:05:12.345Z');
  expect(source.tables).toHaveLength(1);
  expect(source.tables[0]).toMatchObject({ table: TABLE, itemCount: 3, keySchema: [] });
  expect(source.tables[0]!.collection).toBeUndefined();
  const items = await readAll(source, TABLE);
  expect(items.map((i) => i.id)).toEqual([{ S: 'e1' }, { S: 'e2' }, { S: 'e3' }]);
  expect(items[0]).toMatchObject({
    price: { N: '12345678901234567890123456789012345678' },
    logo: { B: 'iVBORw0KGgo=' },
    note: { S: '' },
    removed: { NULL: true },
    venue: { M: { floors: { L: [{ N: '1' }, { N: '2' }] } } },
  });
  expect(items[1]!.files).toEqual({ BS: ['AAE=', '/w=='] });
}

describe('reading a native DynamoDB export', () => {
  it('reads it from the export id folder, the AWSDynamoDB folder and the prefix above', async () => {
    await expectFixture(path.join(FIXTURE, 'AWSDynamoDB', EXPORT_ID));
    await expectFixture(path.join(FIXTURE, 'AWSDynamoDB'));
    await expectFixture(FIXTURE);
  });

  it('reads it from S3, stored under its prefix as AWS writes it', async () => {
    const bucket = await createBucket(testS3());
    const root = path.join(FIXTURE, 'AWSDynamoDB', EXPORT_ID);
    for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (!e.isFile()) continue;
      const rel = path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/');
      await testS3().send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: `exports/events/AWSDynamoDB/${EXPORT_ID}/${rel}`,
          Body: await readFile(path.join(root, rel)),
        }),
      );
    }
    await expectFixture(`s3://${bucket}/exports/events`, true);
    await expectFixture(`s3://${bucket}/exports/events/AWSDynamoDB/${EXPORT_ID}`, true);
  });

  it('checks each data file against its md5Checksum and item count', async () => {
    const copy = path.join(tempDir(), 'native');
    await cp(FIXTURE, copy, { recursive: true });
    const dir = path.join(copy, 'AWSDynamoDB', EXPORT_ID);
    const manifest = path.join(dir, 'manifest-files.json');
    const original = await readFile(manifest, 'utf8');
    await writeFile(manifest, original.replace('uQhkgKGL+L1NmWh/qoqRog==', 'AAAAAAAAAAAAAAAAAAAAAA=='));
    const err = await (async () => readAll(await openExport(asLocation(copy)), TABLE))().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(
      `${path.join(dir, 'data', '7xh4fsm3yq3u5pn6tuvqdzkmkm.json.gz')}: md5 checksum does not match its manifest; the file was changed or damaged`,
    );

    await writeFile(manifest, original.replace('"itemCount":2', '"itemCount":3'));
    await expect(openExport(asLocation(copy))).rejects.toThrow(/manifest-files.json: lists 4 items but manifest-summary.json says 3/);
  });

  it('refuses an ION export and an incremental export', async () => {
    for (const [field, value, message] of [
      ['outputFormat', 'ION', /output format ION is not supported/],
      ['exportType', 'INCREMENTAL_EXPORT', /INCREMENTAL_EXPORT holds changes/],
    ] as const) {
      const copy = path.join(tempDir(), 'native');
      await cp(FIXTURE, copy, { recursive: true });
      const summaryPath = path.join(copy, 'AWSDynamoDB', EXPORT_ID, 'manifest-summary.json');
      const summary = JSON.parse(await readFile(summaryPath, 'utf8')) as Record<string, unknown>;
      await writeFile(summaryPath, JSON.stringify({ ...summary, [field]: value }));
      await expect(openExport(asLocation(copy))).rejects.toThrow(message);
    }
  });

  it('refuses two exports of one table under one prefix', async () => {
    const copy = path.join(tempDir(), 'native');
    await cp(FIXTURE, copy, { recursive: true });
    await cp(path.join(copy, 'AWSDynamoDB', EXPORT_ID), path.join(copy, 'AWSDynamoDB', '01700000009999-ffffffff'), { recursive: true });
    await expect(openExport(asLocation(copy))).rejects.toThrow(/two exports of table lightningtalk-circle-production-events/);
  });
});
