/**
 * Finds the migration's backup of the file database and reads the progress
 * file that names it. The progress file's `backupPath` wins; without one,
 * the newest folder in the backup dir, picked as the rollback picks it
 * (rollback/migration-backup.ts; the two should become one module).
 * Its age comes from the time in its name, else its mtime. Reads only; never prints the
 * progress file (it is the migration's, and may hold anything).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { timestampFromName } from './timestamp-name.js';

export interface ProgressInfo {
  /** As configured, relative to the repository root. */
  path: string;
  exists: boolean;
  /** Why it could not be used, when it exists but is not a JSON object. */
  problem: string | null;
  /** The migration's own state fields (status/state/phase), when they are short plain strings. */
  state: string | null;
  /** backupPath as the file gives it. */
  backupPath: string | null;
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
    }
  | {
      found: false;
      path: string | null;
      source: 'progress-file' | 'newest-folder';
      problem: string;
    };

const STATE_FIELDS = ['status', 'state', 'phase'] as const;
const SHORT_PLAIN = /^[\w .:/-]{1,40}$/;

export async function readProgressFile(cwd: string, progressFile: string): Promise<ProgressInfo> {
  const info: ProgressInfo = { path: progressFile, exists: false, problem: null, state: null, backupPath: null };
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, progressFile), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') info.problem = `cannot be read (${code ?? 'error'})`;
    return info;
  }
  info.exists = true;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    info.problem = 'not valid JSON';
    return info;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    info.problem = 'not a JSON object';
    return info;
  }
  const record = data as Record<string, unknown>;
  const states = STATE_FIELDS.flatMap((f) => {
    const v = record[f];
    return typeof v === 'string' && SHORT_PLAIN.test(v) ? [`${f}=${v}`] : [];
  });
  info.state = states.length > 0 ? states.join(', ') : null;
  if (typeof record.backupPath === 'string' && record.backupPath.trim() !== '') info.backupPath = record.backupPath;
  return info;
}

export async function findMigrationBackup(cwd: string, backupDir: string, progress: ProgressInfo): Promise<BackupLocation> {
  if (progress.backupPath !== null) {
    // Relative to the repository root (where the migration ran), else to the progress file's folder.
    const candidates = [...new Set([path.resolve(cwd, progress.backupPath), path.resolve(path.dirname(path.resolve(cwd, progress.path)), progress.backupPath)])];
    for (const absPath of candidates) {
      const st = await statOrNull(absPath);
      if (st?.isDirectory()) return { found: true, path: displayPath(cwd, absPath), absPath, source: 'progress-file', ...createdAtOf(absPath, st.mtime) };
    }
    const shown = displayPath(cwd, candidates[0]!);
    const st = await statOrNull(candidates[0]!);
    return {
      found: false,
      path: shown,
      source: 'progress-file',
      problem: `the backup ${shown} named by ${progress.path} (backupPath) ${st ? 'is not a folder' : 'does not exist'}`,
    };
  }

  const dirAbs = path.resolve(cwd, backupDir);
  let entries;
  try {
    entries = await readdir(dirAbs, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      found: false,
      path: null,
      source: 'newest-folder',
      problem: code === 'ENOENT'
        ? `no migration backup: ${backupDir} does not exist and ${progress.path} names none`
        : `backup dir ${backupDir} cannot be read (${code ?? 'error'})`,
    };
  }
  // The same pick as the rollback's (rollback/migration-backup.ts): folder names are timestamps,
  // so the newest is the last in numeric-aware name order; hidden folders are not backups.
  const names = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
  names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const newest = names.at(-1);
  if (newest === undefined) {
    return { found: false, path: null, source: 'newest-folder', problem: `no migration backup: ${backupDir} holds no backup folder and ${progress.path} names none` };
  }
  const absPath = path.join(dirAbs, newest);
  const st = await stat(absPath);
  return { found: true, path: displayPath(cwd, absPath), absPath, source: 'newest-folder', ...createdAtOf(absPath, st.mtime) };
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
