/**
 * publish: the rebuilt data dir to a new release on S3, for an app that
 * runs without a persistent volume. Every file is read and hashed, and the
 * bucket and the release prefix checked, before the first object is
 * written; the files go up encrypted, each read back and hashed
 * (clients/s3-upload.ts), and manifest.json goes last, so a release without
 * a manifest is a partial one and pull refuses it.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { type S3Location, s3UriOf } from '../clients/s3-uri.js';
import { FailedError, InputError } from '../core/errors.js';
import { type Sse, uploadFile } from '../clients/s3-upload.js';
import type { DepsOf } from '../clients/deps.js';
import { sha256File } from '../fsafe/hash.js';
import { ROLLBACK_REPORT_NAME, statePaths, timestampName } from '../state/paths.js';
import { VERSION } from '../version.js';
import { dataFiles } from './data-files.js';
import { MANIFEST_NAME, type ReleaseManifest } from './release-manifest.js';
import { releaseObjects } from './release-objects.js';
import { opt } from '../core/option-name.js';

export interface PublishOptions {
  /** s3://bucket/prefix: the release goes to <prefix>/<timestamp>/. */
  to: S3Location;
  dataDir: string;
  stage: string;
  sse: Sse;
}

export interface PublishResult {
  releaseUri: string;
  dataDir: string;
  files: { name: string; bytes: number }[];
  bytes: number;
  /** sha256 of manifest.json as uploaded. */
  manifestSha256: string;
  rollbackReport: string | null;
}

export async function runPublish(opts: PublishOptions, deps: DepsOf<'s3' | 'reporter', 'now'>): Promise<PublishResult> {
  const { s3, reporter } = deps;
  const base = opts.to;
  if (opts.sse.algorithm === 'aws:kms' && !opts.sse.kmsKeyId) throw new InputError(`${opt('sse')} aws:kms needs ${opt('kms-key-id')}`);
  const createdAt = (deps.now ?? (() => new Date()))();
  const release = { bucket: base.bucket, prefix: [base.prefix, timestampName(createdAt)].filter(Boolean).join('/') };
  const releaseUri = s3UriOf(release);

  // Check: every file hashed, the bucket there, the release prefix empty.
  const files = await dataFiles(opts.dataDir);
  await s3.call(
    { operation: 'HeadBucket', resource: `bucket ${release.bucket}`, notFoundHint: `create it or correct ${opt('to')}` },
    (sdk) => sdk.send(new HeadBucketCommand({ Bucket: release.bucket })),
  );
  if ((await releaseObjects(s3, release, 1)).size > 0) {
    throw new InputError(
      `${releaseUri} already holds objects; a release is never written over: publish again in a moment (the release is named by its time), or choose another ${opt('to')}`,
    );
  }
  const report = await newestReport(opts.dataDir);
  const manifest: ReleaseManifest = {
    format: 'dynamodb-rollback-release',
    toolVersion: VERSION,
    stage: opts.stage,
    createdAt: createdAt.toISOString(),
    dataDir: opts.dataDir,
    rollbackReport: report ? { path: report, name: path.basename(report) } : null,
    files,
  };

  // Apply: the files, then (once each is confirmed unchanged) the manifest.
  const progress = reporter.progress(`publish ${releaseUri}`, { unit: 'files', total: files.length + 1 });
  for (const f of files) {
    await uploadFile(s3, path.join(opts.dataDir, f.name), f.name, release, opts.sse);
    progress.add(1);
  }
  for (const f of files) {
    // The manifest vouches for these bytes: a file rewritten during the upload must not be published under the old hash.
    if ((await sha256File(path.join(opts.dataDir, f.name)).catch(() => null)) !== f.sha256) {
      progress.done('failed');
      throw new FailedError(
        `${path.join(opts.dataDir, f.name)} changed while it was published; ${releaseUri} has no manifest, so pull refuses it as partial: publish again once nothing writes the data dir`,
      );
    }
  }
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-publish-'));
  try {
    await writeFile(path.join(tmp, MANIFEST_NAME), text, { mode: 0o600 });
    await uploadFile(s3, path.join(tmp, MANIFEST_NAME), MANIFEST_NAME, release, opts.sse);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  progress.add(1);
  progress.done();
  return {
    releaseUri,
    dataDir: opts.dataDir,
    files: files.map((f) => ({ name: f.name, bytes: f.bytes })),
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    manifestSha256: createHash('sha256').update(text).digest('hex'),
    rollbackReport: report,
  };
}

/** The newest rollback report beside the data dir (report names sort by time), or null. */
async function newestReport(dataDir: string): Promise<string | null> {
  const dir = statePaths(dataDir).reports;
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => ROLLBACK_REPORT_NAME.test(n)).sort();
  return names.length > 0 ? path.join(dir, names[names.length - 1]!) : null;
}
