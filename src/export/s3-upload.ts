/**
 * Uploads a finished export folder to s3://bucket/prefix with the same
 * layout: server-side encrypted, multipart for large files, and each object
 * read back and its sha256 compared with the local file's. export.json goes
 * last, so the S3 copy counts as an export only once everything else is there.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, ListObjectsV2Command, type ServerSideEncryption } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { kindOf } from '../clients/errors.js';
import type { S3 } from '../clients/s3.js';
import { type S3Location, s3Key, s3UriOf } from '../clients/s3-uri.js';
import { FailedError, InputError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { createLimiter } from './limiter.js';
import { sha256File, sha256Stream } from '../fsafe/hash.js';
import { opt } from '../core/option-name.js';

export interface Sse {
  algorithm: 'AES256' | 'aws:kms';
  kmsKeyId?: string;
}

export interface UploadStats {
  files: number;
  bytes: number;
  /** Already in S3 with the same sha256 (a resumed upload). */
  skipped: number;
}

const PART_SIZE = 8 * 1024 * 1024;

async function uploadOne(s3: S3, root: string, rel: string, loc: S3Location, sse: Sse): Promise<{ bytes: number; skipped: boolean }> {
  return uploadFile(s3, path.join(root, rel), rel, loc, sse);
}

/** One local file to <prefix>/<rel>: encrypted, sha256 metadata, read back and hashed; a damaged object is removed. */
export async function uploadFile(s3: S3, file: string, rel: string, loc: S3Location, sse: Sse): Promise<{ bytes: number; skipped: boolean }> {
  const sha256 = await sha256File(file);
  const size = (await stat(file)).size;
  const Key = s3Key(loc, rel);
  const resource = s3UriOf(loc, rel);
  const head = await s3.call({ operation: 'HeadObject', resource }, (sdk) => sdk.send(new HeadObjectCommand({ Bucket: loc.bucket, Key }))).catch((err: unknown) => {
    if (kindOf(err) === 'not-found') return null;
    throw err;
  });
  // The sha256 metadata is ours, set before the bytes went up: with the size it marks an object a verified upload left.
  if (head?.Metadata?.sha256 === sha256 && head.ContentLength === size) return { bytes: size, skipped: true };
  // One upload is one request to the retry: a retried one starts again from a fresh read of the file.
  await s3.call({ operation: 'Upload', resource }, (sdk) =>
    new Upload({
      client: sdk,
      partSize: PART_SIZE,
      queueSize: 4,
      leavePartsOnError: false,
      params: {
        Bucket: loc.bucket,
        Key,
        Body: createReadStream(file),
        ContentType: rel.endsWith('.gz') ? 'application/gzip' : 'application/json',
        ServerSideEncryption: sse.algorithm as ServerSideEncryption,
        ...(sse.kmsKeyId ? { SSEKMSKeyId: sse.kmsKeyId } : {}),
        Metadata: { sha256 },
      },
    }).done(),
  );
  // Read it back: what S3 holds must hash to what we wrote.
  const remote = await s3.call({ operation: 'GetObject', resource }, async (sdk) => {
    const got = await sdk.send(new GetObjectCommand({ Bucket: loc.bucket, Key }));
    return { sha256: await sha256Stream(got.Body as Readable), bytes: got.ContentLength ?? 0 };
  });
  if (remote.sha256 !== sha256) {
    // Its metadata claims the local sha256: left in place, a resumed upload would take it for a good one and skip it.
    await s3.call({ operation: 'DeleteObject', resource }, (sdk) => sdk.send(new DeleteObjectCommand({ Bucket: loc.bucket, Key })));
    throw new FailedError(`${resource}: sha256 after upload differs from the local file; the upload was damaged and the object removed`);
  }
  return { bytes: remote.bytes, skipped: false };
}

/** Uploads rels in order groups: every group finishes before the next starts. */
export async function uploadExport(
  s3: S3,
  root: string,
  groups: readonly (readonly string[])[],
  loc: S3Location,
  sse: Sse,
  reporter: Reporter,
  concurrency = 4,
): Promise<UploadStats> {
  const total = groups.reduce((n, g) => n + g.length, 0);
  const progress = reporter.progress(`upload ${s3UriOf(loc)}`, { unit: 'files', total });
  const limit = createLimiter(concurrency);
  const stats: UploadStats = { files: 0, bytes: 0, skipped: 0 };
  for (const group of groups) {
    // Settle the whole group before reporting a failure, so no upload runs on after we return.
    const settled = await Promise.allSettled(
      group.map((rel) =>
        limit(async () => {
          const r = await uploadOne(s3, root, rel, loc, sse);
          stats.files++;
          stats.bytes += r.bytes;
          if (r.skipped) stats.skipped++;
          progress.add(1);
        }),
      ),
    );
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) {
      progress.done('failed');
      throw failed.reason;
    }
  }
  progress.done(stats.skipped > 0 ? `${stats.skipped} already uploaded` : undefined);
  return stats;
}

/** The bucket exists and is reachable; a fresh export also needs an empty prefix. */
export async function checkS3Target(s3: S3, loc: S3Location, fresh: boolean): Promise<void> {
  const request = { resource: `bucket ${loc.bucket}`, notFoundHint: `create it or correct ${opt('s3-uri')}` };
  await s3.call({ operation: 'HeadBucket', ...request }, (sdk) => sdk.send(new HeadBucketCommand({ Bucket: loc.bucket })));
  if (!fresh) return;
  const listed = await s3.call({ operation: 'ListObjectsV2', ...request }, (sdk) =>
    sdk.send(new ListObjectsV2Command({ Bucket: loc.bucket, Prefix: loc.prefix ? `${loc.prefix}/` : undefined, MaxKeys: 1 })),
  );
  if ((listed.KeyCount ?? listed.Contents?.length ?? 0) > 0) {
    throw new InputError(`${s3UriOf(loc)} already holds objects; choose an empty prefix, or pass ${opt('resume')} to finish the export there`);
  }
}
