/**
 * What the rollback will undo of the migration, seen before it runs: each
 * table scanned live and compared, item by item, with the migration
 * backup's version, mapped and undone exactly as the rollback does it (the
 * rollback's own loadCollection over a live scan instead of an export), so
 * status cannot promise what the rollback will not do. Per collection:
 * items unchanged, differing only by migration artifacts (split by rule),
 * really changed, added and deleted since the migration. Ids and counts
 * only, never values.
 */
import type { DynamoClient } from '../clients/dynamodb.js';
import type { CollectionSettings, MigrationSettings } from '../config/types.js';
import { replay } from '../core/recorded-reporter.js';
import { type Reporter, silentReporter } from '../core/reporter.js';
import { inWorkers } from '../core/worker-pool.js';
import type { BackupLocation, ProgressInfo } from '../migration/backup-location.js';
import { planMigration } from '../migration/plan.js';
import { type CompareJob, type CompareOutcome, compareCollection, notCompared } from './compare-collection.js';
import { STATUS_ROLE, type StatusReply, type StatusShared, statusInWorker, type StatusWorkers, workersPay } from './status-worker.js';
import type { TableState } from './tables.js';
import { opt } from '../core/option-name.js';

export type { ArtifactCounts, CollectionArtifacts } from './collection-artifacts.js';
import type { CollectionArtifacts } from './collection-artifacts.js';

export interface ArtifactReport {
  /** false: status was told not to scan (--scan false). */
  scanned: boolean;
  rules: { emptyStringsAsNull: boolean; rewroteUpdatedAt: boolean; generatedIds: boolean };
  /** The migration's window and how it was found (describeWindow). */
  window: string;
  collections: CollectionArtifacts[];
  /** Collections the rollback would refuse (a backup file it cannot read): blocking. */
  problems: string[];
  /** Worth knowing before the rollback: a comparison that could not be made, a rule that is off but would apply. */
  warnings: string[];
}

export interface ArtifactOptions {
  /** Absolute data dir, for the current files (the rollback's second reference for "" paths). */
  dataDir: string;
  /** Why the current files cannot be read, when they cannot (the data dir is a file, or unreadable): said once, by the data dir check. */
  dataDirProblem: string | null;
  /** The backup dir is an S3 prefix: status only lists the backup there. */
  backupOnS3: boolean;
  collections: Record<string, CollectionSettings>;
  migration: MigrationSettings;
  segments: number;
  scan: boolean;
  /** A resumed migration: per collection, its own run's backup folder and window (compared against those instead). */
  runs?: ReadonlyMap<string, { dir: string; window: { start: number; end: number } }>;
  /** Worker threads for the collections (each scans its table with its own client); absent or 1: all in this thread. */
  workers?: StatusWorkers;
}

export async function migrationArtifacts(
  client: DynamoClient,
  tables: readonly TableState[],
  backup: BackupLocation,
  progress: ProgressInfo,
  options: ArtifactOptions,
  reporter: Reporter = silentReporter,
): Promise<ArtifactReport> {
  const m = options.migration;
  const plan = planMigration(m, {
    startTime: progress.startTime,
    endTime: progress.endTime,
    backupTime: backup.found ? backup.createdAt : null,
  });
  const { rules } = plan;
  const report: ArtifactReport = {
    scanned: options.scan,
    rules: { emptyStringsAsNull: m.emptyStringsAsNull, rewroteUpdatedAt: m.rewroteUpdatedAt, generatedIds: m.generatedIds },
    window: plan.window,
    collections: [],
    problems: [],
    warnings: [],
  };
  // Each table's place in the report, in table order: a reason it is not compared, or the comparison (made below, here or in worker threads).
  const slots: ({ skipped: string } | { job: number })[] = [];
  const jobs: CompareJob[] = [];
  for (const t of tables) {
    if (!options.scan) slots.push({ skipped: `not scanned (${opt('scan')} false)` });
    else if (t.state === 'missing') slots.push({ skipped: 'table missing' });
    else if (!backup.found) slots.push({ skipped: 'no migration backup to compare with' });
    // status only lists an S3 backup (a download is the rollback's, which checks it); nothing local to compare with.
    else if (options.backupOnS3)
      slots.push({ skipped: 'the migration backup is on S3: status lists it, the rollback reads and checks it' });
    else if (options.dataDirProblem !== null) slots.push({ skipped: `the current files cannot be read (${options.dataDirProblem})` });
    else {
      const own = options.runs?.get(t.collection);
      slots.push({ job: jobs.length });
      jobs.push({
        collection: t.collection,
        table: t.table,
        itemCount: t.itemCount ?? 0,
        backupDir: own?.dir ?? backup.absPath,
        dataDir: options.dataDir,
        rules: own ? { ...rules, window: own.window } : rules,
        keys: options.collections[t.collection] ?? { id: 'id', drop: [] },
        generatedIds: m.generatedIds,
        segments: options.segments,
      });
    }
  }
  const outcomes = await compareAll(client, jobs, options.workers, reporter);
  for (const [i, t] of tables.entries()) {
    const slot = slots[i]!;
    if ('skipped' in slot) {
      report.collections.push(notCompared(t, slot.skipped));
      continue;
    }
    const o = outcomes[slot.job]!;
    report.collections.push(o.result);
    if (o.warning) report.warnings.push(o.warning);
    if (o.problem) report.problems.push(o.problem);
  }
  report.warnings.push(...ruleWarnings(report.collections));
  return report;
}

/**
 * The jobs' outcomes, in the jobs' order: with several jobs and workers
 * (and, unless the count was given, tables large enough to pay for them),
 * in this thread and count - 1 worker threads taking jobs from one queue,
 * else one after the other here. Each job's log (its progress lines) is
 * recorded and replayed in job order, so the output is the same with any
 * number of workers.
 */
async function compareAll(
  client: DynamoClient,
  jobs: readonly CompareJob[],
  workers: StatusWorkers | undefined,
  reporter: Reporter,
): Promise<CompareOutcome[]> {
  const outcomes: CompareOutcome[] = [];
  if (workers && workers.count > 1 && jobs.length > 1 && (!workers.whereItPays || workersPay(jobs.map((j) => j.itemCount)))) {
    reporter.info(`status: ${jobs.length} collections in ${Math.min(workers.count, jobs.length)} threads`);
    await inWorkers<StatusShared, CompareJob, StatusReply>(
      STATUS_ROLE,
      { dynamo: workers.dynamo },
      jobs,
      workers.count,
      ({ outcome, events }) => {
        replay(events, reporter);
        outcomes.push(outcome);
      },
      (job) => `status ${job.collection}`,
      largestFirst(jobs),
      // This thread is one of them: a worker thread costs a start (the bundle compiled again), and this one would only wait.
      (job) => statusInWorker(client, job, () => {}),
    );
  } else {
    for (const job of jobs) outcomes.push(await compareCollection(client, job, reporter));
  }
  return outcomes;
}

/** The jobs' indexes, the largest table first (by DescribeTable's estimate): the last to start is a small one. */
function largestFirst(jobs: readonly CompareJob[]): number[] {
  return jobs.map((_, i) => i).sort((a, b) => jobs[b]!.itemCount - jobs[a]!.itemCount || a - b);
}

/** What an operator should know before the rollback: a collection compared against nothing, and rules that are off but would apply. */
function ruleWarnings(collections: readonly CollectionArtifacts[]): string[] {
  const out: string[] = [];
  for (const c of collections) {
    if (c.compared && c.note) out.push(`${c.collection}: ${c.note}`);
    const off = c.migration?.notApplied;
    if (!off) continue;
    if (off.emptyStringsAsNull > 0) {
      out.push(
        `${c.collection}: ${off.emptyStringsAsNull} NULLs where the backup has "" count as changes; migration.emptyStringsAsNull (off) would take them for the migration's`,
      );
    }
    if (off.rewroteUpdatedAt > 0) {
      out.push(
        `${c.collection}: ${off.rewroteUpdatedAt} timestamps inside the migration's window count as changes; migration.rewroteUpdatedAt (off) would take them for the migration's`,
      );
    }
    if (off.generatedIds > 0) {
      out.push(
        `${c.collection}: ${off.generatedIds} items whose id the migration generated count as added (their backup items as deleted); migration.generatedIds (off) would match them back`,
      );
    }
  }
  return out;
}
