/**
 * Whether the rollback will be able to write the data dir: the only sure
 * test is to create a file there (permission bits lie on read-only mounts
 * and under root), removed at once.
 */
import { randomBytes } from 'node:crypto';
import { open, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

export interface DataDirState {
  path: string;
  writable: boolean;
  problem: string | null;
}

export async function checkDataDir(cwd: string, dataDir: string): Promise<DataDirState> {
  const abs = path.resolve(cwd, dataDir);
  let st;
  try {
    st = await stat(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { path: dataDir, writable: false, problem: code === 'ENOENT' ? `data dir ${dataDir} does not exist` : `data dir ${dataDir} cannot be read (${code ?? 'error'})` };
  }
  if (!st.isDirectory()) return { path: dataDir, writable: false, problem: `data dir ${dataDir} is not a folder` };
  const probe = path.join(abs, `.dynamodb-rollback-write-check-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const handle = await open(probe, 'wx');
    await handle.close();
    await unlink(probe);
    return { path: dataDir, writable: true, problem: null };
  } catch (err) {
    await unlink(probe).catch(() => {});
    return { path: dataDir, writable: false, problem: `data dir ${dataDir} is not writable (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}
