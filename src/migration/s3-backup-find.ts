/**
 * Finding the migration backup under `backupDir` given as
 * `s3://bucket/prefix` (a runner has no local copy): the folder the
 * progress file's backupPath names (by its last segment: the path is the
 * migration machine's), else the newest folder whose name is a timestamp
 * (S3 has no folder times, and object times are reset by a copy). Lists
 * only; downloads nothing, so status can use it too.
 *
 * Throws an InputError for what the operator fixes (a bad URI, a missing
 * bucket) and passes the client's classified errors on; a backup that is
 * simply not there is an answer (found: false), as locally.
 */
import { kindOf, whereOf } from '../clients/errors.js';
import type { S3 } from '../clients/s3.js';
import { type S3Location, s3UriOf } from '../clients/s3-uri.js';
import { InputError } from '../core/errors.js';
import { s3Store } from '../export-format/s3-store.js';
import type { ProgressInfo } from './backup-location.js';
import { listS3Files, type S3File } from './s3-folder.js';
import { timestampFromName } from './timestamp-name.js';
import { opt } from '../core/option-name.js';

/** A function, not a constant: the option is spelled when the message is made (core/option-name.ts). */
export const backupDirHint = (): string => `check ${opt('backup-dir')} (or backupDir in the config)`;

export type S3BackupLocation =
  | {
      found: true;
      /** The backup folder. */
      folder: S3Location;
      uri: string;
      source: 'progress-file' | 'newest-folder';
      createdAt: Date;
      /** folder-name, or mtime: the earliest LastModified of its objects. */
      createdFrom: 'folder-name' | 'mtime';
      note: string | null;
      /** Its objects, listed when its name gave no time (else listed when downloaded). */
      files: S3File[] | null;
    }
  | {
      found: false;
      /** The folder named, when the progress file named one. */
      uri: string | null;
      source: 'progress-file' | 'newest-folder';
      problem: string;
      reason: 'named' | 'none';
    };

export async function findS3Backup(s3: S3, root: S3Location, progress: ProgressInfo): Promise<S3BackupLocation> {
  const rootUri = s3UriOf(root);
  const folders = await listFolders(s3, root);
  const sub = (name: string): S3Location => ({ bucket: root.bucket, prefix: root.prefix ? `${root.prefix}/${name}` : name });

  if (progress.backupPath !== null) {
    const name = progress.backupPath.split(/[/\\]/).filter(Boolean).at(-1) ?? '';
    const folder = sub(name);
    if (!name || !folders.includes(name)) {
      return {
        found: false,
        uri: name ? s3UriOf(folder) : null,
        source: 'progress-file',
        problem: `${progress.path} names backupPath ${progress.backupPath}, but ${rootUri} holds no folder ${name || '(empty name)'}; upload the backup there or correct backupPath`,
        reason: 'named',
      };
    }
    const note = `${progress.path} names ${progress.backupPath}; took the folder of that name in ${rootUri}`;
    return { found: true, folder, uri: s3UriOf(folder), source: 'progress-file', ...(await createdAtOf(s3, folder, name)), note };
  }

  const dated = folders
    .filter((n) => !n.startsWith('.'))
    .flatMap((n) => {
      const t = timestampFromName(n);
      return t ? [{ name: n, time: t.getTime() }] : [];
    })
    .sort((a, b) => a.time - b.time || a.name.localeCompare(b.name, 'en', { numeric: true }));
  const newest = dated.at(-1);
  if (!newest) {
    const what =
      folders.length > 0
        ? `holds no folder named by a time (found ${folders.length}: ${folders.slice(0, 5).join(', ')}${folders.length > 5 ? ', …' : ''})`
        : (await listS3Files(s3, root, backupDirHint())).length > 0
          ? 'holds no backup folder, only objects'
          : 'is empty';
    return {
      found: false,
      uri: null,
      source: 'newest-folder',
      problem: `no migration backup: ${rootUri} ${what} and ${progress.path} names none; upload the backup folder (<prefix>/<time>/<collection>.json), ${backupDirHint()}, or use ${opt('strategy')} export`,
      reason: 'none',
    };
  }
  const folder = sub(newest.name);
  const note = progress.rolledBack
    ? `${progress.path} says rolled_back and names no backupPath (the app's own rollback ran once); took the newest folder in ${rootUri}`
    : null;
  return {
    found: true,
    folder,
    uri: s3UriOf(folder),
    source: 'newest-folder',
    createdAt: new Date(newest.time),
    createdFrom: 'folder-name',
    note,
    files: null,
  };
}

async function listFolders(s3: S3, root: S3Location): Promise<string[]> {
  try {
    return await s3Store(s3, root).folders('');
  } catch (err) {
    // The store's own hint speaks of --from; a missing bucket here is the backup dir's.
    if (kindOf(err) === 'not-found') {
      throw new InputError(
        `migration backup ${s3UriOf(root)}: bucket ${root.bucket} not found in ${whereOf(s3.scope)}; ${backupDirHint()}`,
        { cause: err },
      );
    }
    throw err;
  }
}

async function createdAtOf(
  s3: S3,
  folder: S3Location,
  name: string,
): Promise<{ createdAt: Date; createdFrom: 'folder-name' | 'mtime'; files: S3File[] | null }> {
  const fromName = timestampFromName(name);
  if (fromName) return { createdAt: fromName, createdFrom: 'folder-name', files: null };
  const files = await listS3Files(s3, folder, backupDirHint());
  const times = files.flatMap((f) => (f.lastModified ? [f.lastModified.getTime()] : []));
  return { createdAt: new Date(times.length > 0 ? Math.min(...times) : Date.now()), createdFrom: 'mtime', files };
}
