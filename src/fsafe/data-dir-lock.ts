/**
 * Taking the data dir for writing, once every input is checked and planned:
 * a real write probe in the data dir (root ignores permission bits,
 * read-only mounts do not), the state folder, the lock. Whatever of the
 * state folder this run created is removed again on release when it is
 * still empty (rmdir, never recursive: another run's lock or snapshot is
 * never swept away), so a run refused after this point leaves no trace.
 */
import { mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { probePathFor } from './write-probe.js';
import { acquireLock } from './lock.js';
import type { StatePaths } from '../state/paths.js';

export interface HeldDataDir {
  /** Releases the lock, then removes the state folders this run created if nothing was kept in them. */
  release(): Promise<void>;
}

/** command: who holds the lock, as its message will name it (rollback, pull); log: where taking over a stale lock is said. */
export async function lockDataDir(
  dataDir: string,
  state: StatePaths,
  started: Date,
  command = 'rollback',
  log?: (message: string) => void,
): Promise<HeldDataDir> {
  await probeWritable(dataDir);
  let created: string | undefined;
  try {
    created = await mkdir(state.root, { recursive: true });
  } catch (err) {
    throw new InputError(
      `cannot create ${state.root} for the snapshot and lock (${(err as NodeJS.ErrnoException).code ?? String(err)}); the folder beside the data dir must be writable`,
    );
  }
  const removeCreated = () => removeIfEmpty(created, state);
  try {
    const lock = await acquireLock(state.lock, command, started, log);
    return {
      async release() {
        await lock.release();
        await removeCreated();
      },
    };
  } catch (err) {
    await removeCreated();
    throw err;
  }
}

/** From the deepest folder up to the first one this run created; each only if empty. */
async function removeIfEmpty(created: string | undefined, state: StatePaths): Promise<void> {
  if (created === undefined) return;
  const dirs = [state.snapshots, state.reports];
  for (let d = state.root; ; d = path.dirname(d)) {
    dirs.push(d);
    if (d === created || path.dirname(d) === d) break;
  }
  for (const d of dirs) await rmdir(d).catch(() => {});
}

async function probeWritable(dir: string): Promise<void> {
  const probe = probePathFor(dir);
  try {
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (err) {
    await rm(probe, { force: true }).catch(() => {});
    throw new InputError(
      `data dir ${dir} is not writable (${(err as NodeJS.ErrnoException).code ?? String(err)}); fix its permissions and run again`,
    );
  }
}
