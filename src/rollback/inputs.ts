/**
 * Every input of the rollback read, checked and planned, without writing
 * anything: the migration backup, the export (its stage, its tables), each
 * collection's three versions and the merged result, and that the app can
 * read each file the plan would write.
 */
import type { DepsOf } from '../clients/deps.js';
import type { TableRef } from '../config/tables.js';
import type { CollectionSettings, MigrationSettings } from '../config/types.js';
import { type MigrationPlan, NO_MIGRATION_PLAN, planMigration, withWindow } from '../migration/plan.js';
import { InputError } from '../core/errors.js';
import { describeLocation, type Location } from '../core/location.js';
import { openExport as defaultOpenExport, refuseOtherStage } from '../export-format/reader.js';
import type { ExportSource } from '../export-format/source.js';
import type { Strategy } from '../merge/plan.js';
import type { Prefer } from '../merge/settle.js';
import type { MigrationBackup } from '../migration/backup-location.js';
import { type OpenedBackup, openMigrationBackup } from '../migration/backup-source.js';
import { refuseNested } from '../state/real-paths.js';
import { type Fidelity, loadCollection, type PrecisionWarning } from '../collection/collect.js';
import { inWorkers } from '../core/worker-pool.js';
import { MAX_STRING_LENGTH, refuseTooLarge } from '../collection/size-limit.js';
import { matchTargets, type Target } from '../collection/targets.js';
import { type BaseWindow, windowOfBase } from './base-window.js';
import { type CollectionWindow, collectionWindows } from './collection-windows.js';
import { openTheirs } from './incremental-from.js';
import { opt } from '../core/option-name.js';
import { type PlannedCollection, plannedOf } from './planned-collection.js';
import { type PlanJob, type PlanReply, type PlanShared, plannedFromWorker, ROLLBACK_ROLE } from './plan-worker.js';

/**
 * Below this many exported items in all, the collections are planned in
 * the main thread when the count of workers is the default: two workers
 * then cost more than they save (the built CLI, the bench's data: 2,000
 * items 0.74-0.99 s in one thread against 0.99-1.11 s in two; 100,000
 * items 3.33 against 3.30 s; 300,000 items 8.0-8.1 against 7.0-7.7 s).
 */
export const WORKERS_MIN_ITEMS = 100_000;

export interface InputOptions {
  /** The export: a folder or an S3 prefix. */
  from: Location;
  /** The stage this run is for; an export of another stage is refused. */
  stage: string;
  /** Absolute paths (the backup dir may be an S3 prefix). */
  dataDir: string;
  backupDir: Location;
  progressFile: string;
  /** Repository root, for relative paths in the progress file. */
  cwd: string;
  collections: readonly TableRef[];
  configTables: Record<string, string>;
  /** Per collection: the attribute that becomes id, attributes to drop (defaults for any not listed). */
  collectionSettings?: Record<string, CollectionSettings>;
  /** What the migration did, undone on the way back; all off when absent. */
  migration?: MigrationSettings;
  strategy: Strategy;
  prefer: Prefer;
  /** Worker threads to plan collections in (commands/ reads DYNAMODB_ROLLBACK_WORKERS); 1 or absent: all in the main thread. */
  workers?: number;
  /** true: the workers only for at least WORKERS_MIN_ITEMS items in all (the count is the default, not one given). */
  workersWhereTheyPay?: boolean;
  /**
   * Catch-up: an earlier export (folder or s3://) as the merge's base instead
   * of the migration backup, which is then not read. The data dir holds the
   * rollback made from it; --from is the newer export.
   */
  base?: Location;
}

/** s3: for an export or a backup dir on S3. */
export interface InputDeps extends DepsOf<'reporter', 's3'> {
  openExport?: typeof defaultOpenExport;
  /** The longest text the app can read from one file (tests give a small one). */
  maxStringLength?: number;
}

export interface RollbackInputs {
  backup: MigrationBackup | null;
  /** The earlier export that was the base of a catch-up merge. */
  baseSource: ExportSource | null;
  migration: MigrationPlan;
  source: ExportSource;
  targets: Target[];
  planned: PlannedCollection[];
  precision: PrecisionWarning[];
}

/** Precision warnings logged one by one before a single summary line (all are in the report). */
const MAX_LOGGED_WARNINGS = 50;

export async function readAndPlan(opts: InputOptions, deps: InputDeps): Promise<RollbackInputs> {
  if (opts.base !== undefined) return planFrom(NO_BACKUP, opts, deps);
  // An S3 backup is read from a private copy, removed when planning ends, on every path: nothing reads it later.
  const opened = await openMigrationBackup(opts.cwd, opts.backupDir, opts.progressFile, {
    optional: opts.strategy === 'export',
    s3: deps.s3,
  });
  try {
    return await planFrom(opened, opts, deps);
  } catch (err) {
    throw opened.named(err);
  } finally {
    await opened.close();
  }
}

/** A catch-up merge reads no migration backup: the earlier export is its base. */
const NO_BACKUP: OpenedBackup = { backup: null, dir: null, named: (err) => err, close: async () => {} };

async function planFrom(opened: OpenedBackup, opts: InputOptions, deps: InputDeps): Promise<RollbackInputs> {
  const { reporter } = deps;
  const { backup } = opened;
  if (backup) {
    if (opts.backupDir.kind === 'dir') {
      await refuseNested(opts.dataDir, [
        { what: 'the migration backup', path: backup.dir, option: `${opt('backup-dir')} (or backupPath in the progress file)` },
      ]);
    }
    reporter.info(
      `migration backup: ${backup.dir} (${backup.note ?? `from the ${backup.via === 'progress-file' ? 'progress file' : 'newest folder in the backup dir'}`})`,
    );
  }
  const source = await openTheirs(opts.from, opts.base, { s3: deps.s3, open: deps.openExport ?? defaultOpenExport });
  refuseOtherStage(source, opts.stage);
  const targets = matchTargets(opts.collections, source.tables, opts.configTables, source.location);
  const baseSource = opts.base === undefined ? null : await openBase(opts, source, deps);
  const baseTargets = baseSource ? matchTargets(opts.collections, baseSource.tables, opts.configTables, baseSource.location) : null;

  const precision: PrecisionWarning[] = [];
  const onPrecision = (w: PrecisionWarning) => {
    precision.push(w);
    if (precision.length <= MAX_LOGGED_WARNINGS) {
      reporter.warning(
        `${w.collection} ${w.id}: number at ${w.path} has more digits than JavaScript keeps; the file holds them exactly, but the app would round it when it reads the file`,
      );
    }
  };
  const found = baseSource && opts.migration ? await windowOfBase(opts.dataDir, baseSource.location) : null;
  // Per collection, the run of a resumed migration (or the window the config gives); a catch-up takes them from the base's report.
  const runs = baseSource ? runsOfBase(found) : await collectionWindows(opts.migration, opts, source, targets, reporter);
  if (!baseSource)
    await refuseNested(
      opts.dataDir,
      [...new Set([...runs.values()].map((r) => r.dir))].map((dir) => ({
        what: 'a migration backup',
        path: dir,
        option: opt('backup-dir'),
      })),
    );
  const migration = baseSource ? baseMigrationPlan(opts.migration, found) : migrationPlan(opts.migration, backup);
  reporter.info(`migration window: ${runs.size > 0 && runs.size === targets.length ? 'per collection (below)' : migration.window}`);
  const planned: PlannedCollection[] = [];
  const warnConflicts = ({ target, report }: PlannedCollection) => {
    for (const c of report.conflicts) {
      // A warning, not a line among many: the other side's version is set aside (the report's lost lists).
      reporter.warning(
        `${target.collection} ${c.id}: conflict ${c.kind}, took ${c.took === 'dynamodb' ? 'DynamoDB' : 'the file'}'s version (${c.reason}); the other is set aside (lost in the report)`,
      );
    }
  };
  const jobs: PlanJob[] = targets.map((target) => {
    const settings = opts.collectionSettings?.[target.collection] ?? { id: 'id', drop: [] };
    const run = runs.get(target.collection);
    const rules = run ? { ...migration.rules, window: run.window } : migration.rules;
    const fidelity: Fidelity = { keys: settings, rules, generatedIds: migration.generatedIds };
    return {
      target,
      dataDir: opts.dataDir,
      backupDir: run && !baseSource ? run.dir : opened.dir,
      fidelity,
      strategy: opts.strategy,
      prefer: opts.prefer,
      run: run?.record ?? null,
    };
  });
  // Worker threads read a local export themselves; a catch-up's base, an S3 export or an injected reader stay here.
  const workers = opts.workers ?? 1;
  const items = jobs.reduce((n, j) => n + j.target.exported.itemCount, 0);
  const threaded =
    workers > 1 &&
    jobs.length > 1 &&
    !baseSource &&
    opts.from.kind === 'dir' &&
    deps.openExport === undefined &&
    (!opts.workersWhereTheyPay || items >= WORKERS_MIN_ITEMS);
  try {
    if (threaded) {
      const shared: PlanShared = { from: opts.from };
      reporter.info(`rollback: ${jobs.length} collections planned in ${Math.min(workers, jobs.length)} worker threads`);
      await inWorkers<PlanShared, PlanJob, PlanReply>(
        ROLLBACK_ROLE,
        shared,
        jobs,
        workers,
        // In collection order, the log and the outcome of each as if it had been planned here.
        (reply) => {
          const p = plannedFromWorker(reply, reporter, onPrecision);
          planned.push(p);
          warnConflicts(p);
        },
        (job) => `collection ${job.target.collection}`,
        // The largest collections first, so the smaller ones fill in beside them (the wall time is at least the largest's).
        jobs
          .map((j, i) => ({ i, n: j.target.exported.itemCount }))
          .sort((a, b) => b.n - a.n || a.i - b.i)
          .map((x) => x.i),
      );
    } else {
      for (const [i, job] of jobs.entries()) {
        const { target, fidelity } = job;
        const base = baseSource && baseTargets ? { source: baseSource, table: baseTargets[i]!.table } : undefined;
        const loaded = await loadCollection(target, opts.dataDir, job.backupDir, source, reporter, onPrecision, fidelity, base);
        planned.push(plannedOf(loaded, opts.strategy, opts.prefer, job.run));
        warnConflicts(planned.at(-1)!);
      }
    }
    if (precision.length > MAX_LOGGED_WARNINGS) {
      reporter.warning(
        `${precision.length - MAX_LOGGED_WARNINGS} more numbers with more digits than JavaScript keeps; all are listed in the report`,
      );
    }
    refuseTooLarge(
      planned.map(({ target, current, entries, base }) => ({
        collection: target.collection,
        file: current.file,
        entries,
        base,
        trailingNewline: current.trailingNewline,
      })),
      deps.maxStringLength ?? MAX_STRING_LENGTH,
    );
  } catch (err) {
    releaseAll(planned);
    throw err;
  }
  return { backup, baseSource, migration, source, targets, planned, precision };
}

/** Closes every base file the plans read from. */
export function releaseAll(planned: readonly PlannedCollection[]): void {
  for (const p of planned) p.release();
}

/**
 * The catch-up's base: an export of this stage, apart from the data dir,
 * taken before --from (swapped, the merge would read every write made
 * between them as deleted again), and only for the merge.
 */
async function openBase(opts: InputOptions, source: ExportSource, deps: InputDeps): Promise<ExportSource> {
  const base = opts.base!;
  if (opts.strategy !== 'merge')
    throw new InputError(
      `${opt('base')} is the base of a merge; it does not go with ${opt('strategy')} ${opts.strategy}: drop ${opt('base')}, or use ${opt('strategy')} merge`,
    );
  if (base.kind === 'dir') await refuseNested(opts.dataDir, [{ what: 'the base export', path: base.path, option: opt('base') }]);
  const baseSource = await (deps.openExport ?? defaultOpenExport)(base, { s3: deps.s3 });
  refuseOtherStage(baseSource, opts.stage);
  if (baseSource.location === source.location)
    throw new InputError(
      `${opt('base')} ${describeLocation(base)} is the export ${opt('from')} names; give the earlier export the data dir was rolled back from as ${opt('base')}, and the newer one as ${opt('from')}`,
    );
  const [b, f] = [Date.parse(baseSource.startTime ?? ''), Date.parse(source.startTime ?? '')];
  if (!Number.isNaN(b) && !Number.isNaN(f) && b > f) {
    throw new InputError(
      `${opt('base')} ${describeLocation(base)} was taken after ${opt('from')} ${describeLocation(opts.from)} (${baseSource.startTime} > ${source.startTime}); they are swapped: ${opt('base')} is the earlier export, ${opt('from')} the newer one`,
    );
  }
  deps.reporter.info(
    `catch-up merge: base ${baseSource.location} (the earlier export), theirs ${source.location}, ours the files in ${opts.dataDir}`,
  );
  return baseSource;
}

/** A catch-up's per-collection runs: those the rollback from the base export recorded (its backup is not read again). */
function runsOfBase(found: BaseWindow | null): Map<string, CollectionWindow> {
  const out = new Map<string, CollectionWindow>();
  for (const [collection, r] of found?.collections ?? []) {
    const [windowStart, windowEnd] = [new Date(r.start).toISOString(), new Date(r.end).toISOString()];
    out.set(collection, {
      dir: r.backup,
      window: { start: r.start, end: r.end },
      record: {
        backup: r.backup,
        windowStart,
        windowEnd,
        how: r.how,
        why: `as the report of the rollback from the base export recorded it (${found!.report})`,
      },
    });
  }
  return out;
}

/** A catch-up's rules: the window the rollback from the base export used, read from its report. */
function baseMigrationPlan(settings: MigrationSettings | undefined, found: BaseWindow | null): MigrationPlan {
  if (!settings) return NO_MIGRATION_PLAN;
  return found && Number.isFinite(found.start)
    ? withWindow(
        settings,
        { start: found.start, end: found.end },
        `${new Date(found.start).toISOString()} to ${new Date(found.end).toISOString()} (the report of the rollback from the base export, ${found.report})`,
      )
    : withWindow(
        settings,
        null,
        "unknown (no report beside the data dir of a rollback from the base export): no updatedAt is taken for the migration's",
      );
}

function migrationPlan(settings: MigrationSettings | undefined, backup: MigrationBackup | null): MigrationPlan {
  if (!settings) return NO_MIGRATION_PLAN;
  return planMigration(settings, {
    startTime: backup?.startTime,
    endTime: backup?.endTime,
    backupTime: backup ? new Date(backup.createdAt) : null,
  });
}
