/**
 * pull: a release back into a data dir. Read-only first: the manifest, the
 * list of objects (a listed file missing or an unlisted object refuses the
 * release as partial or foreign), the local files hashed (identical ones
 * are left alone, so a second pull changes nothing). Then, under the data
 * dir's lock, every differing file is downloaded to a temp file beside its
 * place and its sha256 and size checked; only when all are whole is the
 * data dir snapshotted (undo puts it back) and each temp renamed over its
 * file. A refusal at any point has replaced nothing.
 */
import { createWriteStream } from 'node:fs';
import { chmod, lstat, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createHash } from 'node:crypto';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { DepsOf } from '../clients/deps.js';
import { kindOf } from '../clients/errors.js';
import type { S3 } from '../clients/s3.js';
import { type S3Location, s3Key, s3UriOf } from '../clients/s3-uri.js';
import { describeError, FailedError, InputError } from '../core/errors.js';
import { syncDir, TEMP_PATTERN, tempPathFor } from '../fsafe/atomic-write.js';
import { sha256File } from '../fsafe/hash.js';
import { takeSnapshot } from '../fsafe/snapshot.js';
import { lockDataDir } from '../fsafe/data-dir-lock.js';
import { statePaths } from '../state/paths.js';
import { type ManifestEntry, MANIFEST_NAME, parseReleaseFiles } from './release-manifest.js';
import { releaseObjects } from './release-objects.js';
import { opt } from '../core/option-name.js';

export interface PullOptions {
  /** s3://bucket/prefix/<release>: the folder holding manifest.json. */
  from: S3Location;
  dataDir: string;
}

export interface PullResult {
  releaseUri: string;
  dataDir: string;
  /** Files written from the release. */
  replaced: string[];
  /** Files already as the release holds them: not touched. */
  unchanged: string[];
  /** Files in the data dir the release does not hold: left as they are. */
  leftAlone: string[];
  /** Snapshot undo restores from; null when nothing was replaced. */
  snapshot: string | null;
}

export async function runPull(opts: PullOptions, deps: DepsOf<'s3' | 'reporter', 'now'>): Promise<PullResult> {
  const { s3, reporter } = deps;
  const now = deps.now ?? (() => new Date());
  const release = opts.from;
  const releaseUri = s3UriOf(release);
  const st = await lstat(opts.dataDir).catch(() => null);
  if (!st?.isDirectory())
    throw new InputError(`data dir ${opts.dataDir} is not a folder; create it or check ${opt('data-dir')} (or dataDir in the config)`);

  // Check: the release is whole and only what its manifest lists.
  const files = await readManifest(s3, release);
  await refuseIncomplete(s3, release, files);
  const todo: ManifestEntry[] = [];
  const unchanged: string[] = [];
  for (const f of files) {
    if ((await localSha(opts.dataDir, f.name)) === f.sha256) unchanged.push(f.name);
    else todo.push(f);
  }
  const listed = new Set(files.map((f) => f.name));
  const leftAlone = (await readdir(opts.dataDir)).filter((n) => !listed.has(n) && !TEMP_PATTERN.test(n)).sort();
  const result: PullResult = { releaseUri, dataDir: opts.dataDir, replaced: [], unchanged, leftAlone, snapshot: null };
  if (todo.length === 0) {
    reporter.info(`${opts.dataDir} already holds ${releaseUri}: nothing to replace`);
    return result;
  }

  // Download and verify every file, under the lock, before replacing any.
  const state = statePaths(opts.dataDir);
  const held = await lockDataDir(opts.dataDir, state, now(), 'pull', (m) => reporter.warning(m));
  const temps = new Map<string, string>();
  try {
    const progress = reporter.progress(`pull ${releaseUri}`, { unit: 'files', total: todo.length });
    try {
      for (const f of todo) {
        const tmp = tempPathFor(path.join(opts.dataDir, f.name));
        temps.set(f.name, tmp);
        await download(s3, release, f, tmp);
        // A replaced file keeps its permissions, as the rollback's rewrites do.
        const old = await lstat(path.join(opts.dataDir, f.name)).catch(() => null);
        if (old) await chmod(tmp, old.mode & 0o777);
        progress.add(1);
      }
    } catch (err) {
      progress.done('failed');
      throw err;
    }
    progress.done();
    const snapshot = await takeSnapshot(
      opts.dataDir,
      state.snapshots,
      files.map((f) => f.name),
      now(),
    );
    result.snapshot = snapshot.dir;
    reporter.info(`snapshot of ${opts.dataDir}: ${snapshot.dir} (undo restores it)`);
    try {
      for (const f of todo) {
        const target = path.join(opts.dataDir, f.name);
        await rename(temps.get(f.name)!, target);
        temps.delete(f.name);
        result.replaced.push(f.name);
      }
      await syncDir(opts.dataDir);
    } catch (err) {
      throw new FailedError(
        `pull stopped after ${result.replaced.length} of ${todo.length} files (${describeError(err)}); every file is whole, old or new. Run undo to put back the snapshot ${snapshot.dir}`,
        { cause: err },
      );
    }
    return result;
  } finally {
    for (const tmp of temps.values()) await rm(tmp, { force: true }).catch(() => {});
    await held.release();
  }
}

async function readManifest(s3: S3, release: S3Location): Promise<ManifestEntry[]> {
  const uri = s3UriOf(release, MANIFEST_NAME);
  const text = await s3
    .call({ operation: 'GetObject', resource: uri }, async (sdk) => {
      const got = await sdk.send(new GetObjectCommand({ Bucket: release.bucket, Key: s3Key(release, MANIFEST_NAME) }));
      return got.Body!.transformToString('utf8');
    })
    .catch((err: unknown) => {
      if (kindOf(err) === 'not-found') {
        throw new InputError(
          `${uri} not found: ${s3UriOf(release)} is not a release, or a partial one (publish writes the manifest last); give the release URI publish printed`,
        );
      }
      throw err;
    });
  return parseReleaseFiles(text, uri);
}

/** Every listed file is there with its size, and nothing else is: an unlisted object could not be checked. */
async function refuseIncomplete(s3: S3, release: S3Location, files: readonly ManifestEntry[]): Promise<void> {
  const objects = await releaseObjects(s3, release);
  for (const f of files) {
    const size = objects.get(f.name);
    if (size === undefined)
      throw new InputError(
        `${s3UriOf(release, f.name)} is missing: the release is partial; nothing was replaced. Publish again, or pull a whole release`,
      );
    if (size !== f.bytes)
      throw new InputError(
        `${s3UriOf(release, f.name)} is ${size} bytes, the manifest says ${f.bytes}: the release was altered; nothing was replaced`,
      );
  }
  const listed = new Set([...files.map((f) => f.name), MANIFEST_NAME]);
  const extra = [...objects.keys()].filter((k) => !listed.has(k)).sort();
  if (extra.length > 0) {
    throw new InputError(
      `${s3UriOf(release)} holds ${extra.length} object(s) its manifest does not list (${extra.slice(0, 5).join(', ')}${extra.length > 5 ? ', …' : ''}); they could not be checked, so nothing was replaced: pull a release publish wrote`,
    );
  }
}

/** The object to tmp, hashed as it streams; a copy that is not the manifest's bytes is removed and refused. */
async function download(s3: S3, release: S3Location, f: ManifestEntry, tmp: string): Promise<void> {
  const uri = s3UriOf(release, f.name);
  const got = await s3.call({ operation: 'GetObject', resource: uri }, async (sdk) => {
    const res = await sdk.send(new GetObjectCommand({ Bucket: release.bucket, Key: s3Key(release, f.name) }));
    const hash = createHash('sha256');
    let bytes = 0;
    const body = res.Body as Readable;
    body.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      bytes += chunk.length;
    });
    await pipeline(body, createWriteStream(tmp, { flags: 'w', mode: 0o644 }));
    return { sha256: hash.digest('hex'), bytes };
  });
  if (got.sha256 !== f.sha256 || got.bytes !== f.bytes) {
    throw new InputError(
      `${uri}: its bytes do not match the manifest's sha256 and size; the release was altered or damaged, and nothing was replaced`,
    );
  }
  // The copy on disk must be what was hashed in flight.
  if ((await sha256File(tmp)) !== f.sha256) throw new FailedError(`${tmp}: the downloaded copy changed on disk; nothing was replaced`);
  const fh = await open(tmp, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

async function localSha(dataDir: string, name: string): Promise<string | null> {
  const file = path.join(dataDir, name);
  const s = await lstat(file).catch(() => null);
  if (!s) return null;
  if (!s.isFile()) throw new InputError(`${file}: not a regular file; the release would replace it with one: move it away and run again`);
  return sha256File(file);
}
