/**
 * The guards of the export's upload (export/s3-upload.ts, clients/s3-upload.ts), through runExport with s3rver (behind a
 * rewriting proxy where S3 has to misbehave): an object that reads back with
 * other bytes than were uploaded, a HeadObject that fails for another reason
 * than "not found", a missing bucket on --resume, and a prefix already in use.
 */
import path from 'node:path';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { exitCodeOf, FailedError, InputError } from '../../src/core/errors.js';
import { openExport } from '../../src/export-format/reader.js';
import { createBucket, createTable, ourS3, s3Endpoint, seedItems, testDynamo, testS3, uniqueName } from '../harness/aws.js';
import { cleanTempDirs, exportTables, plainItems, readAll, tempDir } from './helpers.js';
import { copyOf, interruptedExport, picture } from './interrupted.js';
import { startRewriteProxy } from './rewrite-proxy.js';
import { asLocation } from '../harness/location.js';

afterAll(cleanTempDirs);

async function keysIn(bucket: string): Promise<string[]> {
  const out = await testS3().send(new ListObjectsV2Command({ Bucket: bucket }));
  return (out.Contents ?? []).map((c) => c.Key!).sort();
}

/** Requests for objects under a path (e.g. "/bucket/prefix/"), by method. */
const objectRequests = (seen: { method: string; url: string }[], under: string, method: string) =>
  seen.filter((s) => s.method === method && new URL(s.url, 'http://x').pathname.startsWith(under));

// No waiting between retries, and a short budget: a fault a test injects on purpose fails fast.
const noWait = { sleep: async () => {}, budgetMs: 1000 };

describe('export upload guards', () => {
  const table = uniqueName('gs3');
  beforeAll(async () => {
    await createTable(testDynamo(), table);
    await seedItems(testDynamo(), table, plainItems(40));
  });

  it('an object that reads back with other bytes: exit 1 naming its URI, and export.json is not uploaded', async () => {
    const bucket = await createBucket(testS3());
    const dataKey = `/${bucket}/e/${table}/data/0000-00000.json.gz`;
    // S3 keeps the right bytes; the read-back after the upload gets one byte changed.
    const proxy = await startRewriteProxy(s3Endpoint(), {
      rewrite: (req, res) => {
        if (req.method !== 'GET' || new URL(req.url, 'http://x').pathname !== dataKey || res.status !== 200) return res;
        const body = Buffer.from(res.body);
        body[body.length - 1] = body[body.length - 1]! ^ 0xff;
        return { ...res, body };
      },
    });
    try {
      const out = path.join(tempDir(), 'out');
      const err = await exportTables([table], out, { segments: 1, s3Uri: `s3://${bucket}/e` }, { s3: ourS3(noWait, proxy.endpoint) }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(FailedError);
      expect(exitCodeOf(err)).toBe(1);
      expect((err as Error).message).toMatch(new RegExp(`^upload to s3://${bucket}/e failed: `));
      expect((err as Error).message).toContain(
        `s3://${bucket}/e/${table}/data/0000-00000.json.gz: sha256 after upload differs from the local file; the upload was damaged and the object removed; the local export in ${out} is complete, run export --resume with the same --out`,
      );
      // The damaged object was removed; the manifests and export.json (which make it an export) never went up.
      expect(await keysIn(bucket)).toEqual([]);
      // The local export is whole.
      expect(await readAll(await openExport(asLocation(out)), table)).toHaveLength(40);
    } finally {
      await proxy.close();
    }
  });

  it('an object damaged on the way in is sent again by export --resume, not skipped for its sha256 metadata', async () => {
    const bucket = await createBucket(testS3());
    const dataKey = `/${bucket}/e/${table}/data/0000-00000.json.gz`;
    // The bytes of the upload change on their way to S3; the metadata (our sha256 of the local file) does not.
    const proxy = await startRewriteProxy(s3Endpoint(), {
      forward: (req) => {
        if (req.method !== 'PUT' || new URL(req.url, 'http://x').pathname !== dataKey || req.body.length === 0) return req;
        const body = Buffer.from(req.body);
        body[body.length - 1] = body[body.length - 1]! ^ 0xff;
        return { ...req, body };
      },
    });
    const out = path.join(tempDir(), 'out');
    try {
      const err = await exportTables([table], out, { segments: 1, s3Uri: `s3://${bucket}/e` }, { s3: ourS3(noWait, proxy.endpoint) }).catch(
        (e: unknown) => e,
      );
      expect(exitCodeOf(err)).toBe(1);
    } finally {
      await proxy.close();
    }
    const resumed = await exportTables([table], out, { resume: true, s3Uri: `s3://${bucket}/e` }, { s3: ourS3() });
    expect(resumed.upload).toMatchObject({ skipped: 0 });
    expect(await readAll(await openExport(asLocation(`s3://${bucket}/e`), { s3: ourS3() }), table)).toHaveLength(40);
  });

  it('a HeadObject that fails for another reason than "not found" stops the upload before any object is written', async () => {
    const bucket = await createBucket(testS3());
    const proxy = await startRewriteProxy(s3Endpoint(), {
      answer: (req) =>
        req.method === 'HEAD' && new URL(req.url, 'http://x').pathname.startsWith(`/${bucket}/e/`)
          ? { status: 403, headers: { 'x-amz-request-id': 'guard-test' }, body: Buffer.alloc(0) }
          : undefined,
    });
    try {
      const out = path.join(tempDir(), 'out');
      const err = await exportTables([table], out, { segments: 1, s3Uri: `s3://${bucket}/e` }, { s3: ourS3(noWait, proxy.endpoint) }).catch(
        (e: unknown) => e,
      );
      // S3 answers a HEAD without a body, so the refusal is told by its status: a missing permission, as on AWS.
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toBe(
        `S3 endpoint ${proxy.endpoint} denied HeadObject on s3://${bucket}/e/${table}/data/0000-00000.json.gz (HTTP 403); grant the role s3:GetObject`,
      );
      expect(objectRequests(proxy.seen, `/${bucket}/e/`, 'HEAD').length).toBeGreaterThan(0);
      expect(objectRequests(proxy.seen, `/${bucket}/e/`, 'PUT')).toEqual([]);
      expect(objectRequests(proxy.seen, `/${bucket}/e/`, 'POST')).toEqual([]);
      expect(await keysIn(bucket)).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it('--resume to a bucket that does not exist is refused before the local export is touched', async () => {
    const interrupted = path.join(tempDir(), 'out');
    await interruptedExport([table], interrupted, 2, 2);
    const out = await copyOf(interrupted);
    const before = await picture(out);
    const missing = uniqueName('gs3none');
    const err = await exportTables([table], out, { resume: true, s3Uri: `s3://${missing}/e` }, { s3: ourS3(noWait) }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(`bucket ${missing} not found in S3 endpoint ${s3Endpoint()}; create it or correct --s3-uri`);
    expect(await picture(out)).toEqual(before);
  });

  it.each([
    ['the prefix', 'e', 'e/notes.txt'],
    ['the bucket root (no prefix)', '', 'anything.txt'],
  ])('a fresh export to %s already holding objects is refused, writing nothing', async (_what, prefix, existing) => {
    const bucket = await createBucket(testS3());
    await testS3().send(new PutObjectCommand({ Bucket: bucket, Key: existing, Body: 'x' }));
    const out = path.join(tempDir(), 'out');
    const uri = `s3://${bucket}${prefix ? `/${prefix}` : ''}`;
    const err = await exportTables([table], out, { s3Uri: uri }, { s3: ourS3(noWait) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(
      `${uri} already holds objects; choose an empty prefix, or pass --resume to finish the export there`,
    );
    expect(await keysIn(bucket)).toEqual([existing]);
    await expect(picture(out)).rejects.toThrow(/ENOENT/);
  });

  it('a prefix that merely starts like a used one is free (the control)', async () => {
    const bucket = await createBucket(testS3());
    await testS3().send(new PutObjectCommand({ Bucket: bucket, Key: 'e2/notes.txt', Body: 'x' }));
    const result = await exportTables(
      [table],
      path.join(tempDir(), 'out'),
      { segments: 1, s3Uri: `s3://${bucket}/e` },
      { s3: ourS3(noWait) },
    );
    expect(result.upload).toMatchObject({ files: 4, skipped: 0 });
  });
});
