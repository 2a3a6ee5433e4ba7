/**
 * Finding the migration backup: the folder the migration's progress file
 * names (`backupPath`), else the newest folder in the backup dir. Folder
 * names are timestamps, so "newest" is the last in numeric-aware name
 * order; mtimes are not trusted (a git checkout resets them).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';

export interface MigrationBackup {
  dir: string;
  via: 'progress-file' | 'newest-folder';
}

export async function findMigrationBackup(progressFile: string, backupDir: string, cwd: string): Promise<MigrationBackup | null> {
  const fromProgress = await backupPathFromProgress(progressFile, cwd);
  if (fromProgress) return { dir: fromProgress, via: 'progress-file' };
  const entries = await readdir(backupDir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw new InputError(`backup dir ${backupDir}: cannot be read (${err.code ?? String(err)})`);
  });
  const names = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
  names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const newest = names.at(-1);
  return newest === undefined ? null : { dir: path.join(backupDir, newest), via: 'newest-folder' };
}

async function backupPathFromProgress(progressFile: string, cwd: string): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(progressFile, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new InputError(`progress file ${progressFile}: cannot be read (${code ?? String(err)})`);
  }
  let progress: unknown;
  try {
    progress = JSON.parse(text);
  } catch {
    throw new InputError(`progress file ${progressFile}: not valid JSON; fix it, or remove it to use the newest folder in the backup dir`);
  }
  const backupPath = typeof progress === 'object' && progress !== null ? (progress as { backupPath?: unknown }).backupPath : undefined;
  if (backupPath === undefined || backupPath === null || backupPath === '') return null;
  if (typeof backupPath !== 'string') throw new InputError(`progress file ${progressFile}: backupPath is not a string`);
  // Relative to the repository root, as the migration ran there; else to the progress file's folder.
  const candidates = [...new Set([path.resolve(cwd, backupPath), path.resolve(path.dirname(progressFile), backupPath)])];
  for (const c of candidates) {
    if ((await stat(c).catch(() => null))?.isDirectory()) return c;
  }
  throw new InputError(
    `progress file ${progressFile} names backupPath ${backupPath}, which is not a folder (looked for ${candidates.join(' and ')}); restore the backup there or correct backupPath`,
  );
}
