/**
 * Finding the migration's backup of the file database, for status and
 * rollback alike: the folder the progress file names (`backupPath`,
 * relative to the repository root, else to the progress file's folder),
 * else the newest folder in the backup dir. Folder names are timestamps, so
 * the newest is the last in numeric-aware name order (mtimes are not
 * trusted: a checkout resets them); hidden folders are not backups.
 *
 * findMigrationBackup never throws (status reports what it finds);
 * requireMigrationBackup turns what the rollback cannot work with into an
 * InputError. Reads only; never prints the progress file (it is the
 * migration's, and may hold anything).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { timestampFromName } from './timestamp-name.js';
import { opt } from '../core/option-name.js';

export interface ProgressInfo {
  /** As given (status: as configured, relative to the repository root). */
  path: string;
  exists: boolean;
  /** Why it could not be used, when it exists but is not a JSON object. */
  problem: string | null;
  /** The migration's own state fields (status/state/phase), when they are short plain strings. */
  state: string | null;
  /** backupPath as the file gives it. */
  backupPath: string | null;
  /** The migration's own startTime and endTime (or completedAt), as the file gives them: its window. */
  startTime: string | null;
  endTime: string | null;
  /** status is rolled_back: the app's own rollback ran once (and removed backupPath). */
  rolledBack: boolean;
}

export type BackupLocation =
  | {
      found: true;
      /** Relative to the repository root where possible. */
      path: string;
      absPath: string;
      source: 'progress-file' | 'newest-folder';
      createdAt: Date;
      /** Where createdAt came from: the folder's timestamp name, or its mtime. */
      createdFrom: 'folder-name' | 'mtime';
      /** How it was chosen, when that is worth saying (a foreign absolute backupPath, a rolled_back progress file). */
      note: string | null;
    }
  | {
      found: false;
      path: string | null;
      source: 'progress-file' | 'newest-folder';
      problem: string;
      /** named: the progress file's backupPath is not a folder; none: no folder to take; unreadable: the backup dir cannot be listed. */
      reason: 'named' | 'none' | 'unreadable';
      /** Absolute paths tried for a named backupPath. */
      looked: string[];
    };

/** The backup a rollback works from. */
export interface MigrationBackup {
  dir: string;
  via: 'progress-file' | 'newest-folder';
  /** When it was made (its folder's timestamp name, else its mtime). */
  createdAt: string;
  /** How it was chosen, when that is worth saying. */
  note: string | null;
  /** The progress file's startTime and endTime, for the migration's window. */
  startTime: string | null;
  endTime: string | null;
  /** A backup on S3 (dir is then its folder's URI): whether and how its files were checksummed. */
  checksum?: { by: 'manifest' | 'metadata' | 'partial' | 'none'; files: number; checked: number };
}

const STATE_FIELDS = ['status', 'state', 'phase'] as const;
const SHORT_PLAIN = /^[\w .:/-]{1,40}$/;

/** The progress file as read, with what the rollback checks more strictly than status. */
interface ProgressRead {
  info: ProgressInfo;
  kind: 'missing' | 'unreadable' | 'not-json' | 'not-object' | 'object';
  /** backupPath exactly as the JSON holds it (any type); undefined when the file is not a JSON object. */
  rawBackupPath: unknown;
}

async function readProgress(cwd: string, progressFile: string): Promise<ProgressRead> {
  const info: ProgressInfo = {
    path: progressFile,
    exists: false,
    problem: null,
    state: null,
    backupPath: null,
    startTime: null,
    endTime: null,
    rolledBack: false,
  };
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, progressFile), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { info, kind: 'missing', rawBackupPath: undefined };
    info.problem = `cannot be read (${code ?? 'error'})`;
    return { info, kind: 'unreadable', rawBackupPath: undefined };
  }
  info.exists = true;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    info.problem = 'not valid JSON';
    return { info, kind: 'not-json', rawBackupPath: undefined };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    info.problem = 'not a JSON object';
    return { info, kind: 'not-object', rawBackupPath: undefined };
  }
  const record = data as Record<string, unknown>;
  const states = STATE_FIELDS.flatMap((f) => {
    const v = record[f];
    return typeof v === 'string' && SHORT_PLAIN.test(v) ? [`${f}=${v}`] : [];
  });
  info.state = states.length > 0 ? states.join(', ') : null;
  const time = (v: unknown) => (typeof v === 'string' && Number.isFinite(Date.parse(v)) ? v : null);
  info.startTime = time(record.startTime);
  info.endTime = time(record.endTime) ?? time(record.completedAt);
  info.rolledBack = record.status === 'rolled_back';
  // Status and rollback read backupPath alike: any non-empty string is looked for (even blank-looking:
  // nothing may quietly take another folder), and any other type is a problem, not "none named".
  const raw = record.backupPath;
  if (typeof raw === 'string' && raw !== '') info.backupPath = raw;
  else if (raw !== undefined && raw !== null && typeof raw !== 'string') info.problem = 'backupPath is not a string';
  return { info, kind: 'object', rawBackupPath: raw };
}

export async function readProgressFile(cwd: string, progressFile: string): Promise<ProgressInfo> {
  return (await readProgress(cwd, progressFile)).info;
}

export async function findMigrationBackup(cwd: string, backupDir: string, progress: ProgressInfo): Promise<BackupLocation> {
  if (progress.backupPath !== null) {
    const looked = [
      ...new Set([
        path.resolve(cwd, progress.backupPath),
        path.resolve(path.dirname(path.resolve(cwd, progress.path)), progress.backupPath),
      ]),
    ];
    for (const absPath of looked) {
      const st = await statOrNull(absPath);
      if (st?.isDirectory())
        return {
          found: true,
          path: displayPath(cwd, absPath),
          absPath,
          source: 'progress-file',
          ...createdAtOf(absPath, st.mtime),
          note: null,
        };
    }
    // An absolute path from the machine that ran the migration: the folder of that name in the backup dir, said so.
    if (path.isAbsolute(progress.backupPath)) {
      const name = path.basename(progress.backupPath);
      const here = path.join(path.resolve(cwd, backupDir), name);
      const st = name ? await statOrNull(here) : null;
      if (st?.isDirectory()) {
        const note = `${progress.path} names ${progress.backupPath}, which is not on this machine; took the folder of that name in ${backupDir}`;
        return { found: true, path: displayPath(cwd, here), absPath: here, source: 'progress-file', ...createdAtOf(here, st.mtime), note };
      }
      looked.push(here);
    }
    const shown = displayPath(cwd, looked[0]!);
    const st = await statOrNull(looked[0]!);
    return {
      found: false,
      path: shown,
      source: 'progress-file',
      problem: `the backup ${shown} named by ${progress.path} (backupPath) ${st ? 'is not a folder' : 'does not exist'}`,
      reason: 'named',
      looked,
    };
  }

  const dirAbs = path.resolve(cwd, backupDir);
  let entries;
  try {
    entries = await readdir(dirAbs, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? {
          found: false,
          path: null,
          source: 'newest-folder',
          problem: `no migration backup: ${backupDir} does not exist and ${progress.path} names none`,
          reason: 'none',
          looked: [],
        }
      : {
          found: false,
          path: null,
          source: 'newest-folder',
          problem: `backup dir ${backupDir} cannot be read (${code ?? 'error'})`,
          reason: 'unreadable',
          looked: [],
        };
  }
  const names = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
  names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const newest = names.at(-1);
  if (newest === undefined) {
    return {
      found: false,
      path: null,
      source: 'newest-folder',
      problem: `no migration backup: ${backupDir} holds no backup folder and ${progress.path} names none`,
      reason: 'none',
      looked: [],
    };
  }
  const absPath = path.join(dirAbs, newest);
  const st = await stat(absPath);
  const note = progress.rolledBack
    ? `${progress.path} says rolled_back and names no backupPath (the app's own rollback ran once); took the newest folder in ${backupDir}`
    : null;
  return { found: true, path: displayPath(cwd, absPath), absPath, source: 'newest-folder', ...createdAtOf(absPath, st.mtime), note };
}

/**
 * The rollback's lookup: an unreadable or malformed progress file, a
 * backupPath that is not a folder, or an unreadable backup dir is an
 * InputError; no backup at all is one too unless optional (strategy
 * export needs none), when it is null.
 */
export async function requireMigrationBackup(
  cwd: string,
  backupDir: string,
  progressFile: string,
  options: { optional: boolean },
): Promise<MigrationBackup | null> {
  const progress = await requireProgress(cwd, progressFile);
  const named = progress.backupPath;
  const location = await findMigrationBackup(cwd, backupDir, progress);
  if (location.found) {
    return {
      dir: location.absPath,
      via: location.source,
      createdAt: location.createdAt.toISOString(),
      note: location.note,
      startTime: progress.startTime,
      endTime: progress.endTime,
    };
  }
  if (location.reason === 'named') {
    throw new InputError(
      `progress file ${progressFile} names backupPath ${named}, which is not a folder (looked for ${location.looked.join(' and ')}); restore the backup there or correct backupPath`,
    );
  }
  if (location.reason === 'unreadable') throw new InputError(location.problem);
  if (options.optional) return null;
  throw new InputError(
    `no migration backup found: ${progressFile} names no backupPath and ${backupDir} holds no backup folder; restore the backup, point ${opt('backup-dir')} at it, or use ${opt('strategy')} export`,
  );
}

/** The progress file as the rollback reads it: unreadable, malformed or a non-string backupPath is an InputError. */
export async function requireProgress(cwd: string, progressFile: string): Promise<ProgressInfo> {
  const read = await readProgress(cwd, progressFile);
  if (read.kind === 'unreadable') throw new InputError(`progress file ${progressFile}: ${read.info.problem}`);
  if (read.kind === 'not-json' || read.kind === 'not-object') {
    throw new InputError(
      `progress file ${progressFile}: ${read.info.problem}; fix it, or remove it to use the newest folder in the backup dir`,
    );
  }
  const raw = read.rawBackupPath;
  if (raw !== undefined && raw !== null && typeof raw !== 'string')
    throw new InputError(`progress file ${progressFile}: backupPath is not a string`);
  // Any non-empty backupPath is looked for, even blank-looking: the rollback must not quietly take another folder.
  return { ...read.info, backupPath: typeof raw === 'string' && raw !== '' ? raw : null };
}

function createdAtOf(absPath: string, mtime: Date): { createdAt: Date; createdFrom: 'folder-name' | 'mtime' } {
  const fromName = timestampFromName(path.basename(absPath));
  return fromName ? { createdAt: fromName, createdFrom: 'folder-name' } : { createdAt: mtime, createdFrom: 'mtime' };
}

async function statOrNull(p: string) {
  try {
    return await stat(p);
  } catch {
    return null;
  }
}

function displayPath(cwd: string, absPath: string): string {
  const rel = path.relative(cwd, absPath);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : absPath;
}
