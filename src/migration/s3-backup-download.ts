/**
 * The S3 migration backup brought to this machine: its files downloaded
 * into a private temp folder (os.tmpdir(), mode 0700, files 0600) and
 * checked, before the rollback reads a byte of them.
 *
 * Why download rather than stream: a checksum proves a file only once its
 * last byte is read, and the rollback must not plan from a file it has not
 * proven; it also reads the backup through the same path-based reader as a
 * local one (readCollectionFile), so nothing below has two ways to read.
 * A backup is the file database of one app: small next to the export.
 *
 * Checks: with `manifest.json` in the folder, every file it lists must be
 * there with its sha256 and size, and every other `.json` object must be
 * listed; without one, each object's own `sha256` metadata (our uploads
 * set it) is checked where present. Any failure removes the temp folder
 * before it is thrown: a refusal leaves nothing on disk.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { S3 } from '../clients/s3.js';
import { type S3Location, s3Key, s3UriOf } from '../clients/s3-uri.js';
import { InputError } from '../core/errors.js';
import { s3Store } from '../export-format/s3-store.js';
import { MANIFEST_NAME, type ManifestEntry, parseBackupManifest } from './backup-manifest.js';
import { backupDirHint } from './s3-backup-find.js';
import { listS3Files, type S3File } from './s3-folder.js';

/** Temp folders of downloaded backups start with this (a crash leaves one to recognise). */
export const TEMP_PREFIX = 'ddbrb-s3-backup-';

export interface BackupChecksum {
  /** manifest: every file against manifest.json; metadata: every file against its sha256 metadata; partial: some; none: not checksummed. */
  by: 'manifest' | 'metadata' | 'partial' | 'none';
  files: number;
  checked: number;
}

export interface DownloadedBackup {
  /** The private temp folder holding the files. */
  dir: string;
  checksum: BackupChecksum;
  /** Removes the temp folder; safe to call more than once. */
  remove(): Promise<void>;
}

const REDO = 'the backup was changed or damaged after it was written: restore it from a good copy';

export async function downloadS3Backup(
  s3: S3,
  folder: S3Location,
  listed?: S3File[] | null,
  tmpRoot = os.tmpdir(),
): Promise<DownloadedBackup> {
  const uri = (name: string) => s3UriOf(folder, name);
  const files = listed ?? (await listS3Files(s3, folder, backupDirHint()));
  const json = files.filter((f) => f.name.endsWith('.json') && f.name !== MANIFEST_NAME);
  const manifest = files.some((f) => f.name === MANIFEST_NAME) ? await readManifest(s3, folder) : null;
  if (manifest) {
    const present = new Set(files.map((f) => f.name));
    const missing = manifest.find((e) => !present.has(e.name));
    if (missing) throw new InputError(`${uri(missing.name)}: listed in ${uri(MANIFEST_NAME)} but not there; ${REDO}`);
    const listedNames = new Set(manifest.map((e) => e.name));
    const unlisted = json.find((f) => !listedNames.has(f.name));
    if (unlisted)
      throw new InputError(
        `${uri(unlisted.name)}: not listed in ${uri(MANIFEST_NAME)}, so it cannot be checked; remove it or write the manifest anew`,
      );
  }
  const wanted: { name: string; expect: ManifestEntry | null }[] = manifest
    ? manifest.map((e) => ({ name: e.name, expect: e }))
    : json.map((f) => ({ name: f.name, expect: null }));

  // A copy a killed run left holds item values: gone before this run makes its own.
  await removeStaleCopies(tmpRoot);
  // mkdtemp makes the folder 0700: no other user reads the copy.
  const dir = await mkdtemp(path.join(tmpRoot, TEMP_PREFIX));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    let checked = 0;
    for (const { name, expect } of wanted) {
      const got = await fetchTo(s3, folder, name, path.join(dir, name));
      if (expect) {
        if (got.sha256 !== expect.sha256 || got.bytes !== expect.bytes) {
          const what = got.bytes !== expect.bytes ? `${got.bytes} bytes, the manifest says ${expect.bytes}` : 'its sha256 differs';
          throw new InputError(`${uri(name)}: does not match ${uri(MANIFEST_NAME)} (${what}); nothing was written. ${REDO}`);
        }
        checked++;
      } else if (got.metadataSha256 !== undefined) {
        if (got.sha256 !== got.metadataSha256.toLowerCase()) {
          throw new InputError(`${uri(name)}: its bytes do not match its sha256 metadata; nothing was written. ${REDO}`);
        }
        checked++;
      }
    }
    const by: BackupChecksum['by'] = manifest ? 'manifest' : checked === 0 ? 'none' : checked === wanted.length ? 'metadata' : 'partial';
    return { dir, checksum: { by, files: wanted.length, checked }, remove };
  } catch (err) {
    await remove();
    throw err;
  }
}

export function describeChecksum(c: BackupChecksum): string {
  switch (c.by) {
    case 'manifest':
      return `checksummed: ${c.files} files against ${MANIFEST_NAME}`;
    case 'metadata':
      return `checksummed: ${c.files} files against their sha256 metadata`;
    case 'partial':
      return `partly checksummed: ${c.checked} of ${c.files} files carry sha256 metadata, and no ${MANIFEST_NAME}`;
    default:
      return `not checksummed: no ${MANIFEST_NAME} and no sha256 metadata`;
  }
}

async function readManifest(s3: S3, folder: S3Location): Promise<ManifestEntry[]> {
  const uri = s3UriOf(folder, MANIFEST_NAME);
  const text = await s3Store(s3, folder).readText(MANIFEST_NAME);
  if (text === null) throw new InputError(`${uri}: listed, then gone; the backup changed while it was read: run again`);
  return parseBackupManifest(text, uri);
}

/** One object to a file, hashed on the way; the whole get is one retryable request (the file is rewritten from its start). */
function fetchTo(
  s3: S3,
  folder: S3Location,
  name: string,
  file: string,
): Promise<{ sha256: string; bytes: number; metadataSha256: string | undefined }> {
  return s3.call(
    { operation: 'GetObject', resource: s3UriOf(folder, name), notFoundHint: 'the backup changed while it was read: run again' },
    async (sdk) => {
      const got = await sdk.send(new GetObjectCommand({ Bucket: folder.bucket, Key: s3Key(folder, name) }));
      const hash = createHash('sha256');
      let bytes = 0;
      await pipeline(
        got.Body as Readable,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            hash.update(chunk);
            bytes += chunk.length;
            yield chunk;
          }
        },
        createWriteStream(file, { mode: 0o600 }),
      );
      return { sha256: hash.digest('hex'), bytes, metadataSha256: got.Metadata?.sha256 };
    },
  );
}

/** Older than any planning takes: a copy this old belongs to a run that was killed, not to one still at work. */
export const STALE_COPY_MS = 6 * 3600_000;

/** Removes our copies older than STALE_COPY_MS in tmpRoot (only folders of our prefix, owned by this user). */
export async function removeStaleCopies(tmpRoot: string, now = Date.now()): Promise<void> {
  const names = await readdir(tmpRoot).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(TEMP_PREFIX))) {
    const p = path.join(tmpRoot, name);
    const st = await lstat(p).catch(() => null);
    const mine = st !== null && (typeof process.getuid !== 'function' || st.uid === process.getuid());
    if (st?.isDirectory() && mine && now - st.mtimeMs > STALE_COPY_MS) await rm(p, { recursive: true, force: true });
  }
}
