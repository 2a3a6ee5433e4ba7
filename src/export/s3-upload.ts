/**
 * Uploads a finished export folder to s3://bucket/prefix with the same
 * layout: server-side encrypted, multipart for large files, and each object
 * read back and its sha256 compared with the local file's. export.json goes
 * last, so the S3 copy counts as an export only once everything else is there.
 */
import path from 'node:path';
import { HeadBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3 } from '../clients/s3.js';
import { type Sse, uploadFile } from '../clients/s3-upload.js';
import { type S3Location, s3UriOf } from '../clients/s3-uri.js';
import { InputError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { opt } from '../core/option-name.js';
import { createLimiter } from './limiter.js';

export interface UploadStats {
  files: number;
  bytes: number;
  /** Already in S3 with the same sha256 (a resumed upload). */
  skipped: number;
}

async function uploadOne(s3: S3, root: string, rel: string, loc: S3Location, sse: Sse): Promise<{ bytes: number; skipped: boolean }> {
  return uploadFile(s3, path.join(root, rel), rel, loc, sse);
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
    throw new InputError(
      `${s3UriOf(loc)} already holds objects; choose an empty prefix, or pass ${opt('resume')} to finish the export there`,
    );
  }
}
