/**
 * Whether the rollback will be able to write the data dir: the only sure
 * test is to create a file there (permission bits lie on read-only mounts
 * and under root), removed at once. Probes a killed run left there are
 * removed first, so they do not pile up in the app's data dir.
 */
import { open, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { probePathFor, removeStaleProbes } from '../fsafe/write-probe.js';

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
    return {
      path: dataDir,
      writable: false,
      problem: code === 'ENOENT' ? `data dir ${dataDir} does not exist` : `data dir ${dataDir} cannot be read (${code ?? 'error'})`,
    };
  }
  if (!st.isDirectory()) return { path: dataDir, writable: false, problem: `data dir ${dataDir} is not a folder` };
  await removeStaleProbes(abs).catch(() => {}); // an unreadable folder is reported by the probe below
  const probe = probePathFor(abs);
  try {
    const handle = await open(probe, 'wx');
    await handle.close();
    // force: a rollback starting now may have removed it already, as a stale temp.
    await rm(probe, { force: true });
    return { path: dataDir, writable: true, problem: null };
  } catch (err) {
    await rm(probe, { force: true }).catch(() => {});
    return {
      path: dataDir,
      writable: false,
      problem: `data dir ${dataDir} is not writable (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    };
  }
}

/**
 * Whether the current files can be read from the data dir, as the rollback
 * reads them: it is a folder, or it is absent (then there are no current
 * files). Its problems are reported once, by checkDataDir.
 */
export async function currentFilesReadable(cwd: string, dataDir: string): Promise<boolean> {
  try {
    return (await stat(path.resolve(cwd, dataDir))).isDirectory();
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT';
  }
}
