import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { wrapS3 } from '../../src/clients/s3.js';
import { InputError } from '../../src/core/errors.js';
import { openExport } from '../../src/export-format/reader.js';
import { createBucket, createTable, ourS3, REGION, s3Endpoint, seedItems, testDynamo, testS3, uniqueName } from '../harness/aws.js';
import { byId, cleanTempDirs, exportTables, plainItems, readAll, tempDir } from './helpers.js';
import { asLocation } from '../harness/location.js';

afterAll(cleanTempDirs);

/** An S3 client (as the command makes it) that records the headers of every request it sends. */
function recordingS3() {
  const sdk = testS3();
  const sent: { op: string; headers: Record<string, string> }[] = [];
  sdk.middlewareStack.add(
    (next, context) => async (args) => {
      const request = args.request as { headers?: Record<string, string> };
      sent.push({ op: String(context.commandName), headers: { ...(request.headers ?? {}) } });
      return next(args);
    },
    { step: 'finalizeRequest', name: 'recordHeaders' },
  );
  return { s3: wrapS3(sdk, { region: REGION, endpoint: s3Endpoint() }), sent };
}

async function keysUnder(s3: S3Client, bucket: string, prefix: string): Promise<string[]> {
  const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return (out.Contents ?? []).map((c) => c.Key!).sort();
}

describe('export to S3', () => {
  const table = uniqueName('s3t');
  beforeAll(async () => {
    const client = testDynamo();
    await createTable(client, table);
    // Mostly incompressible values, so one data file is large enough for a multipart upload (8 MB parts).
    const big = Array.from({ length: 30 }, (_, i) => ({ id: { S: `big${i}` }, blob: { B: randomBytes(300 * 1024) } }));
    await seedItems(client, table, [...plainItems(200), ...big]);
  });

  it('uploads the same layout, encrypted and checksummed, and reads back from s3://', async () => {
    const bucket = await createBucket(testS3());
    const { s3, sent } = recordingS3();
    const out = path.join(tempDir(), 'out');
    const result = await exportTables([table], out, { segments: 1, s3Uri: `s3://${bucket}/runs/r1` }, { s3 });
    expect(result.s3Uri).toBe(`s3://${bucket}/runs/r1`);
    expect(result.upload).toMatchObject({ files: 4, skipped: 0 });

    const keys = await keysUnder(testS3(), bucket, 'runs/r1/');
    expect(keys).toEqual(
      ['export.json', `${table}/data/0000-00000.json.gz`, `${table}/manifest-files.json`, `${table}/manifest-summary.json`]
        .map((k) => `runs/r1/${k}`)
        .sort(),
    );
    // Every write asked for server-side encryption; the big file went up in parts.
    const writes = sent.filter((s) => ['PutObjectCommand', 'CreateMultipartUploadCommand'].includes(s.op));
    expect(writes.length).toBe(4);
    for (const w of writes) expect(w.headers['x-amz-server-side-encryption']).toBe('AES256');
    expect(sent.filter((s) => s.op === 'UploadPartCommand').length).toBeGreaterThanOrEqual(2);
    const head = await testS3().send(new HeadObjectCommand({ Bucket: bucket, Key: `runs/r1/${table}/data/0000-00000.json.gz` }));
    expect(head.Metadata?.sha256).toMatch(/^[0-9a-f]{64}$/);

    const fromS3 = await openExport(asLocation(`s3://${bucket}/runs/r1`), { s3: ourS3() });
    expect(fromS3.location).toBe(`s3://${bucket}/runs/r1`);
    expect(fromS3.tables[0]).toMatchObject({ table, itemCount: 230, location: `s3://${bucket}/runs/r1/${table}` });
    const fromDisk = await openExport(asLocation(out));
    expect(byId(await readAll(fromS3, table))).toEqual(byId(await readAll(fromDisk, table)));
  });

  it('sends aws:kms with the key id when asked', async () => {
    const bucket = await createBucket(testS3());
    const small = uniqueName('s3k');
    await createTable(testDynamo(), small);
    await seedItems(testDynamo(), small, plainItems(10));
    const { s3, sent } = recordingS3();
    await exportTables(
      [small],
      path.join(tempDir(), 'out'),
      { s3Uri: `s3://${bucket}`, sse: 'aws:kms', kmsKeyId: 'alias/rollback' },
      { s3 },
    ).catch(
      // s3rver may refuse KMS (it has no KMS); what matters is what was asked for.
      () => undefined,
    );
    const put = sent.find((s) => s.op === 'PutObjectCommand');
    expect(put?.headers['x-amz-server-side-encryption']).toBe('aws:kms');
    expect(put?.headers['x-amz-server-side-encryption-aws-kms-key-id']).toBe('alias/rollback');
  });

  it('catches a tampered object in S3, naming its URI', async () => {
    const bucket = await createBucket(testS3());
    const small = uniqueName('s3x');
    await createTable(testDynamo(), small);
    await seedItems(testDynamo(), small, plainItems(40));
    const { s3 } = recordingS3();
    await exportTables([small], path.join(tempDir(), 'out'), { s3Uri: `s3://${bucket}/e` }, { s3 });
    const key = `e/${small}/data/0000-00000.json.gz`;
    const original = await (await testS3().send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray();
    const { gzipSync, gunzipSync } = await import('node:zlib');
    const text = gunzipSync(original).toString('utf8').replace('"N":"1"', '"N":"2"');
    await testS3().send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: gzipSync(text) }));
    const err = await (async () => readAll(await openExport(asLocation(`s3://${bucket}/e`), { s3: ourS3() }), small))().catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain(`s3://${bucket}/${key}: sha256 checksum does not match`);
  });

  it('a resumed upload skips objects already there with the same sha256', async () => {
    const bucket = await createBucket(testS3());
    const small = uniqueName('s3r');
    await createTable(testDynamo(), small);
    await seedItems(testDynamo(), small, plainItems(40));
    const out = path.join(tempDir(), 'out');
    const { s3 } = recordingS3();
    await exportTables([small], out, { segments: 2, s3Uri: `s3://${bucket}/p` }, { s3 });
    const again = await exportTables([small], out, { resume: true, s3Uri: `s3://${bucket}/p` }, { s3 });
    expect(again.upload).toMatchObject({ files: 5, skipped: 5 });
  });
});
