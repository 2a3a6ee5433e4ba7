/**
 * Whether a path can be written later, checked now without creating
 * anything: the rollback checks every path it will write before it reads
 * the export (minutes, for a large one) and before it touches the data dir,
 * and a refusal must leave no folder behind. access(2) is asked, not the
 * permission bits: it answers for root and for read-only mounts alike.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';

/** Why a file cannot be written at p (atomically: a temp file beside it, then a rename), or null. */
export async function whyNotWritableFile(p: string): Promise<string | null> {
  const st = await stat(p).catch(() => null);
  if (st?.isDirectory()) return 'it is a folder';
  if (st && !st.isFile()) return 'it is not a regular file';
  return whyNotCreatableFolder(path.dirname(p));
}

/** Why folder p cannot be created (or written in, when it exists), or null: its nearest existing ancestor must be a writable folder. */
export async function whyNotCreatableFolder(p: string): Promise<string | null> {
  for (let at = path.resolve(p); ;) {
    let st;
    try {
      st = await stat(at);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return `${at} cannot be read (${code ?? 'error'})`;
      const up = path.dirname(at);
      if (up === at) return `no part of ${p} exists`;
      at = up;
      continue;
    }
    if (!st.isDirectory()) return `ENOTDIR: ${at} is a file, not a folder`;
    try {
      await access(at, constants.W_OK | constants.X_OK);
      return null;
    } catch (err) {
      return `${(err as NodeJS.ErrnoException).code ?? 'error'}: ${at} is not writable`;
    }
  }
}
