/**
 * The rollback: every input read and checked, every collection planned,
 * and only then, under a lock and after a snapshot of the whole data dir,
 * each collection file replaced atomically. Bad input stops it before
 * anything on disk changes (InputError, exit 2); a failure while writing
 * leaves each file whole, old or new, and says how to undo.
 *
 * Check and plan first, read-only, then lock: a refusal then has created
 * nothing to clean up (no state folder, no lock), by construction rather
 * than by a cleanup that a kill could skip. The price is that the plan is
 * made without the lock, so once it is held the current files are
 * confirmed to be the ones planned from (another rollback, an undo or the
 * app may have written them meanwhile); the export and the migration
 * backup are never written by anyone.
 */
import type { DepsOf } from '../clients/deps.js';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describeError, FailedError, InputError } from '../core/errors.js';
import {
  type PreparedWrite,
  prepareFileAtomic,
  removeStaleTemps,
  TEMP_PATTERN,
  type WriteHooks,
  writeFileAtomic,
} from '../fsafe/atomic-write.js';
import { sha256File } from '../fsafe/hash.js';
import { type SnapshotEntry, takeSnapshot } from '../fsafe/snapshot.js';
import { type Lost, lostCount } from '../merge/plan.js';
import { rollbackReportName, statePaths } from '../state/paths.js';
import { VERSION } from '../version.js';
import { lockDataDir } from '../fsafe/data-dir-lock.js';
import { type InputDeps, type InputOptions, readAndPlan, releaseAll, type RollbackInputs } from './inputs.js';
import type { PlannedCollection } from './planned-collection.js';
import { plannedFileChunks } from '../collection/planned-file.js';
import { opt } from '../core/option-name.js';
import { checkPaths } from './preflight.js';
import type { CollectionReport, RollbackResult } from './result.js';

export interface RollbackOptions extends InputOptions {
  dryRun: boolean;
  allowDataLoss: boolean;
  /** Report path; default in the state folder beside the data dir. A dry run writes one only when this is given. */
  report?: string;
}

export interface RollbackDeps extends InputDeps, DepsOf<never, 'now'> {
  hooks?: WriteHooks;
}

export async function runRollback(opts: RollbackOptions, deps: RollbackDeps): Promise<RollbackResult> {
  const started = (deps.now ?? (() => new Date()))();
  // Check and plan: reads only.
  await checkPaths(opts, statePaths(opts.dataDir));
  const inputs = await readAndPlan(opts, deps);
  try {
    return await applyPlans(opts, deps, inputs, started);
  } finally {
    // The plans read base versions from the base files until the last is written.
    releaseAll(inputs.planned);
  }
}

async function applyPlans(opts: RollbackOptions, deps: RollbackDeps, inputs: RollbackInputs, started: Date): Promise<RollbackResult> {
  const { reporter } = deps;
  const now = deps.now ?? (() => new Date());
  const state = statePaths(opts.dataDir);
  const { backup, baseSource, migration, source, targets, planned, precision } = inputs;
  const owned = new Set(targets.map((t) => `${t.collection}.json`));
  const leftAsIs = (await readdir(opts.dataDir)).filter((n) => !owned.has(n) && !TEMP_PATTERN.test(n)).sort();
  const reports: CollectionReport[] = planned.map(({ report, run }) => ({ ...report, migrationRun: run }));
  const result: RollbackResult = {
    strategy: opts.strategy,
    prefer: opts.prefer,
    dryRun: opts.dryRun,
    allowDataLoss: opts.allowDataLoss,
    refused: null,
    failed: null,
    dataDir: opts.dataDir,
    export: {
      location: source.location,
      format: source.format,
      startTime: source.startTime,
      endTime: source.endTime,
      ...(source.changes ? { changeRecords: source.changes.recordsRead } : {}),
    },
    backup,
    base: baseSource
      ? { location: baseSource.location, format: baseSource.format, startTime: baseSource.startTime, endTime: baseSource.endTime }
      : null,
    migration: {
      emptyStringsAsNull: migration.rules.emptyStringsAsNull,
      rewroteUpdatedAt: migration.rules.rewroteUpdatedAt,
      generatedIds: migration.generatedIds,
      window: migration.window,
      windowStart: migration.rules.window ? new Date(migration.rules.window.start).toISOString() : null,
      windowEnd: migration.rules.window ? new Date(migration.rules.window.end).toISOString() : null,
    },
    snapshot: null,
    report: null,
    collections: reports,
    leftAsIs,
    precisionWarnings: precision,
    startedAt: started.toISOString(),
    durationSeconds: 0,
  };
  const finish = async (): Promise<RollbackResult> => {
    result.durationSeconds = Math.round((now().getTime() - started.getTime()) / 100) / 10;
    const reportPath = opts.report ?? (opts.dryRun ? undefined : path.join(state.reports, rollbackReportName(started)));
    if (reportPath) {
      result.report = reportPath;
      await writeReport(reportPath, result, now());
    }
    return result;
  };

  // Refuse or report: the report is the only thing written.
  if (opts.strategy === 'backup' && !opts.allowDataLoss) {
    const losing = planned.filter(({ report }) => lostCount(report.lost) > 0);
    if (losing.length > 0) {
      result.refused = `the backup strategy would lose writes made since the migration: ${losing
        .map(({ report }) => `${report.collection} ${describeLost(report.lost)}`)
        .join('; ')}. Nothing was written. Use ${opt('strategy')} merge to keep them, or ${opt('allow-data-loss')} to drop them`;
      reporter.error(result.refused);
      return finish();
    }
  }
  if (opts.dryRun) return finish();

  // Apply, under the lock.
  const held = await lockDataDir(opts.dataDir, state, started, 'rollback', (m) => reporter.warning(m));
  try {
    // The new files are written to temp files while the snapshot is taken; none is renamed over its target before the snapshot is whole.
    const prepared: PreparedWrite[] = [];
    const [snapshotTaken, tempsWritten] = await Promise.allSettled([
      takeSnapshot(opts.dataDir, state.snapshots, [...owned], now(), (entries) => confirmUnchanged(planned, entries)),
      prepareAll(planned, prepared, deps.hooks),
    ]);
    if (snapshotTaken.status === 'rejected') {
      await discardAll(prepared);
      throw snapshotTaken.reason;
    }
    const snapshot = snapshotTaken.value;
    result.snapshot = snapshot.dir;
    reporter.info(`snapshot of ${opts.dataDir}: ${snapshot.dir} (undo restores it)`);
    let done = 0;
    try {
      if (tempsWritten.status === 'rejected') throw tempsWritten.reason;
      // Our stray temp files from an earlier run, not this run's: they were left out of the snapshot, and go once the files are confirmed.
      await removeStaleTemps(opts.dataDir, new Set(prepared.map((p) => p.tempName)));
      for (const [i, write] of prepared.entries()) {
        reports[i]!.written = (await write.commit()).written;
        done++;
      }
    } catch (err) {
      await discardAll(prepared);
      result.failed = `rollback stopped after ${done} of ${planned.length} collection files (${describeError(err)}); every file is whole, old or new. Run undo to put back the snapshot ${snapshot.dir}`;
      // The report still records what was written, so the failure leaves a trace beyond the log.
      let reported: string;
      try {
        await finish();
        reported = `; report: ${result.report}`;
      } catch (reportErr) {
        reported = `; the report could not be written either (${describeError(reportErr)})`;
      }
      throw new FailedError(`${result.failed}${reported}`, { cause: err });
    }
    return await finish();
  } finally {
    await held.release();
  }
}

/** Each collection's new file, in plan order, as a temp file beside it; each pushed to prepared once whole. */
async function prepareAll(planned: readonly PlannedCollection[], prepared: PreparedWrite[], hooks: WriteHooks | undefined): Promise<void> {
  for (const { current, entries, base } of planned) {
    const content = plannedFileChunks({ entries, base, trailingNewline: current.trailingNewline });
    prepared.push(await prepareFileAtomic(current.file, content, { mode: current.mode ?? 0o644, unlessSha256: current.sha256, hooks }));
  }
}

async function discardAll(prepared: readonly PreparedWrite[]): Promise<void> {
  for (const write of prepared) await write.discard();
}

/**
 * The files planned from must still be the files on disk, now that no other
 * rollback or undo can write them: the snapshot's copies, hashed as they
 * were taken, say what the files held. A collection file the snapshot did
 * not hash (a symlink) is hashed here.
 */
async function confirmUnchanged(planned: readonly PlannedCollection[], entries: readonly SnapshotEntry[]): Promise<void> {
  const copied = new Map(entries.map((e) => [e.path, e]));
  for (const { target, current } of planned) {
    const { file, sha256 } = current;
    // The snapshot's path of the collection file, as `owned` names it.
    const entry = copied.get(`${target.collection}.json`);
    const now = entry === undefined ? null : entry.type === 'file' ? entry.sha256 : await sha256File(file).catch(() => null);
    if (now !== (sha256 ?? null)) {
      throw new InputError(
        `${file} changed while the rollback read its inputs (another rollback, an undo or the app wrote it); nothing was written: run the rollback again`,
      );
    }
  }
}

function describeLost(lost: Lost): string {
  const { addedInExport, changedInExport, addedInFiles, changedInFiles } = lost;
  const parts: string[] = [];
  if (addedInExport.length) parts.push(`${addedInExport.length} added in DynamoDB`);
  if (changedInExport.length) parts.push(`${changedInExport.length} changed in DynamoDB`);
  if (addedInFiles.length) parts.push(`${addedInFiles.length} added in the file`);
  if (changedInFiles.length) parts.push(`${changedInFiles.length} changed in the file`);
  return parts.join(', ');
}

async function writeReport(file: string, result: RollbackResult, at: Date): Promise<void> {
  const report = { tool: 'dynamodb-rollback', version: VERSION, command: 'rollback', generatedAt: at.toISOString(), ...result };
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, `${JSON.stringify(report, null, 2)}\n`);
  } catch (err) {
    throw new FailedError(`cannot write the report ${file} (${describeError(err)})`, { cause: err });
  }
}
