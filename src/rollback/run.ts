/**
 * The rollback: every input read and checked, every collection planned,
 * and only then, under a lock and after a snapshot of the whole data dir,
 * each collection file replaced atomically. Bad input stops it before
 * anything on disk changes (InputError, exit 2); a failure while writing
 * leaves each file whole, old or new, and says how to undo.
 */
import { lstat, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { S3 } from '../clients/s3.js';
import { collectionFileChunks } from '../convert/serialize.js';
import type { TableRef } from '../config/tables.js';
import { describeError, FailedError, InputError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { openExport as defaultOpenExport } from '../export/reader.js';
import { removeStaleTemps, TEMP_PATTERN, type WriteHooks, writeFileAtomic } from '../fsafe/atomic-write.js';
import { probePathFor } from '../fsafe/write-probe.js';
import { acquireLock, type Lock } from '../fsafe/lock.js';
import { takeSnapshot } from '../fsafe/snapshot.js';
import { type CollectionPlan, lostCount, planCollection, type Strategy } from '../merge/plan.js';
import { requireMigrationBackup } from '../migration/backup-location.js';
import type { Prefer } from '../merge/settle.js';
import { rollbackReportName, type StatePaths, statePaths } from '../state/paths.js';
import { VERSION } from '../version.js';
import { type LoadedCollection, loadCollection } from './collect.js';
import type { CollectionReport, PrecisionWarning, RollbackResult } from './result.js';
import { matchTargets } from './targets.js';

export interface RollbackOptions {
  /** Export folder or s3://bucket/prefix. */
  from: string;
  /** Absolute paths. */
  dataDir: string;
  backupDir: string;
  progressFile: string;
  /** Repository root, for relative paths in the progress file. */
  cwd: string;
  collections: readonly TableRef[];
  configTables: Record<string, string>;
  strategy: Strategy;
  prefer: Prefer;
  dryRun: boolean;
  allowDataLoss: boolean;
  /** Report path; default in the state folder beside the data dir. A dry run writes one only when this is given. */
  report?: string;
}

export interface RollbackDeps {
  reporter: Reporter;
  s3?: S3;
  now?: () => Date;
  hooks?: WriteHooks;
  openExport?: typeof defaultOpenExport;
}

/** Precision warnings logged one by one before a single summary line (all are in the report). */
const MAX_LOGGED_WARNINGS = 50;

export async function runRollback(opts: RollbackOptions, deps: RollbackDeps): Promise<RollbackResult> {
  const now = deps.now ?? (() => new Date());
  const started = now();
  const state = statePaths(opts.dataDir);
  const dataStat = await lstat(opts.dataDir).catch(() => null);
  if (!dataStat?.isDirectory()) throw new InputError(`data dir ${opts.dataDir} is not a folder; check --data-dir (or dataDir in the config)`);

  let lock: Lock | null = null;
  if (!opts.dryRun) {
    await ensureWritable(opts.dataDir, 'data dir');
    await mkdir(state.root, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
      throw new InputError(`cannot create ${state.root} for the snapshot and lock (${err.code ?? String(err)}); the folder beside the data dir must be writable`);
    });
    await ensureWritable(state.root, 'state folder');
    lock = await acquireLock(state.lock, 'rollback', started);
  }
  try {
    if (lock) await removeStaleTemps(opts.dataDir);
    return await rollbackLocked(opts, deps, state, started, now);
  } finally {
    await lock?.release();
  }
}

async function rollbackLocked(
  opts: RollbackOptions,
  deps: RollbackDeps,
  state: StatePaths,
  started: Date,
  now: () => Date,
): Promise<RollbackResult> {
  const { reporter } = deps;
  const backup = await requireMigrationBackup(opts.cwd, opts.backupDir, opts.progressFile, { optional: opts.strategy === 'export' });
  if (backup) reporter.info(`migration backup: ${backup.dir} (from the ${backup.via === 'progress-file' ? 'progress file' : 'newest folder in the backup dir'})`);
  const source = await (deps.openExport ?? defaultOpenExport)(opts.from, { s3: deps.s3 });
  const targets = matchTargets(opts.collections, source.tables, opts.configTables, source.location);

  const precision: PrecisionWarning[] = [];
  const onPrecision = (w: PrecisionWarning) => {
    precision.push(w);
    if (precision.length <= MAX_LOGGED_WARNINGS) {
      reporter.warning(`${w.collection} ${w.id}: number at ${w.path} has more digits than JavaScript keeps; the file holds them exactly, but the app would round it when it reads the file`);
    }
  };

  // Everything is read and planned before anything is written.
  const planned: { loaded: LoadedCollection; plan: CollectionPlan }[] = [];
  for (const target of targets) {
    const loaded = await loadCollection(target, opts.dataDir, backup?.dir ?? null, source, reporter, onPrecision);
    const plan = planCollection(loaded.input, opts.strategy, opts.prefer);
    planned.push({ loaded, plan });
    for (const c of plan.conflicts) {
      reporter.info(`${target.collection} ${c.id}: conflict ${c.kind}, took ${c.took === 'dynamodb' ? 'DynamoDB' : 'the file'}'s version (${c.reason})`);
    }
  }
  if (precision.length > MAX_LOGGED_WARNINGS) {
    reporter.warning(`${precision.length - MAX_LOGGED_WARNINGS} more numbers with more digits than JavaScript keeps; all are listed in the report`);
  }

  const owned = new Set(targets.map((t) => `${t.collection}.json`));
  const leftAsIs = (await readdir(opts.dataDir)).filter((n) => !owned.has(n) && !TEMP_PATTERN.test(n)).sort();
  const reports: CollectionReport[] = planned.map(({ loaded, plan }) => collectionReport(loaded, plan));
  const result: RollbackResult = {
    strategy: opts.strategy,
    prefer: opts.prefer,
    dryRun: opts.dryRun,
    allowDataLoss: opts.allowDataLoss,
    refused: null,
    failed: null,
    dataDir: opts.dataDir,
    export: { location: source.location, format: source.format, startTime: source.startTime, endTime: source.endTime },
    backup,
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

  if (opts.strategy === 'backup' && !opts.allowDataLoss) {
    const losing = planned.filter(({ plan }) => lostCount(plan.lost) > 0);
    if (losing.length > 0) {
      result.refused = `the backup strategy would lose writes made since the migration: ${losing
        .map(({ loaded, plan }) => `${loaded.target.collection} ${describeLost(plan)}`)
        .join('; ')}. Nothing was written. Use --strategy merge to keep them, or --allow-data-loss to drop them`;
      reporter.error(result.refused);
      return finish();
    }
  }
  if (opts.dryRun) return finish();

  const snapshot = await takeSnapshot(opts.dataDir, state.snapshots, [...owned], now());
  result.snapshot = snapshot.dir;
  reporter.info(`snapshot of ${opts.dataDir}: ${snapshot.dir} (undo restores it)`);
  let done = 0;
  try {
    for (const [i, { loaded, plan }] of planned.entries()) {
      const { current } = loaded;
      const out = await writeFileAtomic(current.file, collectionFileChunks(plan.items, { trailingNewline: current.trailingNewline }), {
        mode: current.mode ?? 0o644,
        unlessSha256: current.sha256,
        hooks: deps.hooks,
      });
      reports[i]!.written = out.written;
      done++;
    }
  } catch (err) {
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
  return finish();
}

function collectionReport(loaded: LoadedCollection, plan: CollectionPlan): CollectionReport {
  return {
    collection: loaded.target.collection,
    table: loaded.target.table,
    file: loaded.current.file,
    currentFile: loaded.current.exists ? 'present' : 'missing',
    backupFile: loaded.backupFile,
    exportItems: loaded.exportItems,
    counts: plan.counts,
    conflicts: plan.conflicts,
    deletedIds: plan.deletedIds,
    lost: plan.lost,
    fromFiles: plan.fromFiles,
    deletedByFiles: plan.deletedByFiles,
    restoredFromBackup: plan.restoredFromBackup,
    written: null,
  };
}

function describeLost(plan: CollectionPlan): string {
  const { addedInExport, changedInExport, addedInFiles, changedInFiles } = plan.lost;
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

/** A real write, not permission bits: root ignores those, read-only mounts do not. */
async function ensureWritable(dir: string, what: string): Promise<void> {
  const probe = probePathFor(dir);
  try {
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (err) {
    throw new InputError(`${what} ${dir} is not writable (${(err as NodeJS.ErrnoException).code ?? String(err)}); fix its permissions and run again`);
  }
}
