/**
 * The migration backup wherever backupDir puts it: a local folder
 * (backup-location.ts) or `s3://bucket/prefix` (s3-backup-find.ts, then
 * downloaded and checked by s3-backup-download.ts). The S3 client is the
 * caller's; this never builds one.
 */
import type { S3 } from '../clients/s3.js';
import { describeError, FailedError, InputError } from '../core/errors.js';
import { describeLocation, type Location } from '../core/location.js';
import {
  type BackupLocation,
  findMigrationBackup,
  type MigrationBackup,
  type ProgressInfo,
  requireMigrationBackup,
  requireProgress,
} from './backup-location.js';

export interface OpenedBackup {
  /** As reported; for S3, dir is the backup folder's URI. Null when none is needed and none was found. */
  backup: MigrationBackup | null;
  /** The local folder its files are read from: the backup itself, or the private copy of an S3 one. */
  dir: string | null;
  /** An error about a file of the private copy, reworded to name the S3 object instead. */
  named(err: unknown): unknown;
  /** Removes the private copy (nothing for a local backup). Call on every path. */
  close(): Promise<void>;
}

export async function openMigrationBackup(
  cwd: string,
  backupDir: Location,
  progressFile: string,
  options: { optional: boolean; s3?: S3 },
): Promise<OpenedBackup> {
  if (backupDir.kind === 'dir') {
    const backup = await requireMigrationBackup(cwd, backupDir.path, progressFile, options);
    return { backup, dir: backup?.dir ?? null, named: (err) => err, close: async () => {} };
  }
  if (!options.s3) throw new Error(`internal: backupDir ${describeLocation(backupDir)} is on S3 but no S3 client was given`);
  const progress = await requireProgress(cwd, progressFile);
  // The S3 lookup and download (and the S3 SDK) load only for a backup on S3; one after the other, as jest's ESM loader needs.
  const { findS3Backup } = await import('./s3-backup-find.js');
  const { describeChecksum, downloadS3Backup } = await import('./s3-backup-download.js');
  const location = await findS3Backup(options.s3, backupDir, progress);
  if (!location.found) {
    if (location.reason === 'none' && options.optional) return { backup: null, dir: null, named: (err) => err, close: async () => {} };
    throw new InputError(location.problem);
  }
  const copy = await downloadS3Backup(options.s3, location.folder, location.files);
  const backup: MigrationBackup = {
    dir: location.uri,
    via: location.source,
    createdAt: location.createdAt.toISOString(),
    note: [location.note, describeChecksum(copy.checksum)].filter(Boolean).join('; '),
    startTime: progress.startTime,
    endTime: progress.endTime,
    checksum: copy.checksum,
  };
  return {
    backup,
    dir: copy.dir,
    named(err) {
      if ((err instanceof InputError || err instanceof FailedError) && err.message.includes(copy.dir)) {
        err.message = err.message.split(`${copy.dir}/`).join(`${location.uri}/`).split(copy.dir).join(location.uri);
      }
      return err;
    },
    close: copy.remove,
  };
}

/** Status's lookup: never throws, and for S3 lists only (the age comes from the folder's name). */
export async function locateMigrationBackup(cwd: string, backupDir: Location, progress: ProgressInfo, s3?: S3): Promise<BackupLocation> {
  if (backupDir.kind === 'dir') return findMigrationBackup(cwd, backupDir.path, progress);
  if (!s3) throw new Error(`internal: backupDir ${describeLocation(backupDir)} is on S3 but no S3 client was given`);
  const { findS3Backup } = await import('./s3-backup-find.js');
  try {
    const l = await findS3Backup(s3, backupDir, progress);
    return l.found
      ? { found: true, path: l.uri, absPath: l.uri, source: l.source, createdAt: l.createdAt, createdFrom: l.createdFrom, note: l.note }
      : { found: false, path: l.uri, source: l.source, problem: l.problem, reason: l.reason, looked: [] };
  } catch (err) {
    return { found: false, path: null, source: 'newest-folder', problem: describeError(err), reason: 'unreadable', looked: [] };
  }
}
