/**
 * Undo: the data dir put back exactly as the last rollback's snapshot holds
 * it. Under the same lock as the rollback; the snapshot's manifest is
 * validated, its files re-hashed and its paths checked against the data dir
 * first, so a damaged or edited snapshot changes nothing.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { DepsOf } from '../clients/deps.js';
import { InputError } from '../core/errors.js';
import { removeStaleTemps, type WriteHooks, writeFileAtomic } from '../fsafe/atomic-write.js';
import { acquireLock } from '../fsafe/lock.js';
import { latestSnapshot, restoreSnapshot, verifySnapshot } from '../fsafe/snapshot.js';
import { statePaths } from '../state/paths.js';
import { opt } from '../core/option-name.js';

export interface UndoResult {
  dataDir: string;
  snapshot: string;
  snapshotTakenAt: string;
  restored: string[];
  removed: string[];
  unchanged: number;
  leftAlone: string[];
}

export interface UndoOptions {
  /** The data dir to put back. */
  dataDir: string;
}

export interface UndoDeps extends DepsOf<'reporter', 'now'> {
  hooks?: WriteHooks;
}

export async function runUndo({ dataDir }: UndoOptions, deps: UndoDeps): Promise<UndoResult> {
  const state = statePaths(dataDir);
  const snapshot = await latestSnapshot(state.snapshots);
  if (!snapshot) throw new InputError(`nothing to undo: no snapshot for ${dataDir} in ${state.snapshots}; check ${opt('data-dir')}`);
  const here = await lstat(dataDir).catch(() => null);
  if (here && !here.isDirectory()) throw new InputError(`data dir ${dataDir} is not a folder; move it away and run undo again`);
  const now = deps.now ?? (() => new Date());
  const lock = await acquireLock(state.lock, 'undo', now(), (m) => deps.reporter.warning(m));
  try {
    await verifySnapshot(snapshot);
    deps.reporter.info(`restoring ${dataDir} from ${snapshot.dir}`);
    // restoreSnapshot checks every path before its first write; our temps are removed only after that.
    const r = await restoreSnapshot(dataDir, snapshot, deps.hooks);
    if (here) await removeStaleTemps(dataDir);
    await writeFileAtomic(path.join(snapshot.dir, 'undone.json'), `${JSON.stringify({ undoneAt: now().toISOString() })}\n`);
    return { dataDir, snapshot: snapshot.dir, snapshotTakenAt: snapshot.manifest.createdAt, ...r };
  } finally {
    await lock.release();
  }
}
