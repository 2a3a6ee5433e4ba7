/**
 * Every exported collection checked (verify-collection.ts), in this thread
 * or in worker threads (verify-worker.ts), and taken in collection order
 * whichever thread checked it: the result and the log read the same with
 * any number of workers.
 */
import path from 'node:path';
import type { Location } from '../core/location.js';
import { replay } from '../core/recorded-reporter.js';
import type { Reporter } from '../core/reporter.js';
import { inWorkers } from '../core/worker-pool.js';
import type { ExportSource } from '../export-format/source.js';
import { type FileIndex, indexDataFile } from './file-index.js';
import type { CollectionReport } from './collection-report.js';
import type { RollbackAccount } from './accounted.js';
import type { TableDigest } from './digest.js';
import type { ExportedCollection } from './export-collections.js';
import { type FileKeys, PLAIN_KEYS } from './file-keys.js';
import type { MigrationFacts } from './migration-facts.js';
import type { ReportCollection } from './rollback-report.js';
import { type CollectionJob, type CollectionOutcome, verifyCollection } from './verify-collection.js';
import { type PartOutcome, mergeParts } from './verify-part.js';
import { VERIFY_ROLE, type VerifyReply, type VerifyShared, type VerifyTask, verifyTask } from './verify-worker.js';

export interface CollectionsChecked {
  collections: CollectionReport[];
  /** The export's digest of each table, by table (with --live only). */
  exported: Map<string, TableDigest>;
  /** Notes on the references, in collection order. */
  notes: string[];
}

/** What every collection's job shares. */
export interface JobsCommon {
  dataDirAbs: string;
  dataDir: string;
  /** collection -> its file's id and added attributes; default id, none. */
  keys: Record<string, FileKeys> | undefined;
  maxLength: number;
  /** --live: the export's digest of each table is wanted. */
  digest: boolean;
  facts: MigrationFacts;
  /** The rollback report's account of each collection, and the report's own entry for it. */
  accounts: ReadonlyMap<string, RollbackAccount>;
  reported: ReadonlyMap<string, ReportCollection>;
}

/** One job per exported collection, each structured-clone safe for a worker. */
export function collectionJobs(tables: readonly ExportedCollection[], c: JobsCommon): CollectionJob[] {
  return tables.map(({ collection, info }) => ({
    collection,
    info,
    dataDirAbs: c.dataDirAbs,
    dataDir: c.dataDir,
    keys: c.keys?.[collection] ?? PLAIN_KEYS,
    maxLength: c.maxLength,
    digest: c.digest,
    facts: c.facts,
    account: c.accounts.get(collection),
    inReport: c.reported.get(collection),
  }));
}

/**
 * A collection is split in two when it holds more than half of all the
 * items (one thread would bound the wall time), at least SPLIT_FROM and at
 * most SPLIT_UP_TO: each part indexes the data file apiece (the merge
 * takes the index of the part run in this thread), and the second index
 * costs about 90 bytes an item (id-table.ts). At 1,000,000 items in four
 * collections, 600,000 of them split, verify peaked at 395-404 MB against
 * 323-329 MB whole, under the 500 MB it may take; the cap bounds that cost
 * (a file the app can read holds fewer items of any useful size).
 */
const SPLIT_FROM = 20_000;

/**
 * Below this many exported items in all, verify checks in one thread when
 * the count of workers is the default: a second thread then costs more
 * than it saves (the built CLI, the bench's data: 2,000 items 0.52-0.62 s
 * in one thread against 0.74-0.79 s in two; 100,000 items 2.12-2.44
 * against 2.06-2.08 s).
 */
export const WORKERS_MIN_ITEMS = 50_000;
const SPLIT_UP_TO = 1_000_000;

/** `from`: the export, which each worker opens itself; `workers`: how many threads (1: all in this one). */
export async function checkCollections(
  jobs: readonly CollectionJob[],
  source: ExportSource,
  from: Location,
  workers: number,
  reporter: Reporter,
): Promise<CollectionsChecked> {
  const out: CollectionsChecked = { collections: [], exported: new Map(), notes: [] };
  const take = ({ report, digest, notes }: CollectionOutcome) => {
    out.notes.push(...notes);
    if (digest) out.exported.set(report.table!, digest);
    out.collections.push(report);
  };
  const tasks = workers > 1 ? tasksOf(jobs, source) : [];
  if (tasks.length > 1) {
    const shared: VerifyShared = { from };
    const split = tasks.filter((t) => t.part === 1).map((t) => t.job.collection);
    reporter.info(
      `verify: ${jobs.length} collections in ${Math.min(workers, tasks.length)} worker threads${split.length > 0 ? `, ${split.join(', ')} in two parts` : ''}`,
    );
    // The index of a split collection's part run in this thread, kept for taking the parts together.
    const kept = new Map<CollectionJob, FileIndex>();
    const parts = new Map<CollectionJob, PartOutcome[]>();
    // Outcomes are taken in task order, each after the one before (a merge reads files): one chain.
    let chain = Promise.resolve();
    const then = (f: () => void | Promise<void>) => {
      chain = chain.then(f);
      chain.catch(() => {}); // awaited below; a failure is the command's, once
    };
    try {
      await inWorkers<VerifyShared, VerifyTask, VerifyReply>(
        VERIFY_ROLE,
        shared,
        tasks,
        workers,
        (reply, i) => {
          const task = tasks[i]!;
          if ('outcome' in reply) {
            then(() => {
              replay(reply.events, reporter);
              take(reply.outcome);
            });
            return;
          }
          const got = [...(parts.get(task.job) ?? []), reply.part];
          parts.set(task.job, got);
          if (got.length < task.of) return;
          then(async () => {
            // Parts that cannot be taken together: the collection checked whole, here, as with one thread.
            const own = kept.get(task.job);
            kept.delete(task.job);
            const indexed = own ? Promise.resolve(own) : parentIndex(task.job);
            take((await mergeParts(task.job, got, indexed, reporter)) ?? (await verifyCollection(task.job, source, reporter)));
          });
        },
        (task) => `verify ${task.job.collection}${task.of > 1 ? ` (part ${task.part + 1} of ${task.of})` : ''}`,
        largestFirst(tasks),
        // This thread takes tasks too (the largest first: a split collection's first part, whose index it keeps), so a worker fewer starts.
        (task) => verifyTask(task, source, (index) => (kept.has(task.job) ? index.close() : kept.set(task.job, index))),
      );
      await chain;
    } finally {
      // A merge closes the index it takes; one never merged (a failure) is closed here.
      for (const index of kept.values()) index.close();
    }
  } else {
    for (const job of jobs) take(await verifyCollection(job, source, reporter));
  }
  return out;
}

/**
 * The workers' tasks in collection order: each collection whole, but one
 * that holds more than half of all the items, whose export's data files
 * split in two (ExportSource.splitParts), in two parts, side by side.
 */
function tasksOf(jobs: readonly CollectionJob[], source: ExportSource): VerifyTask[] {
  const total = jobs.reduce((n, j) => n + j.info.itemCount, 0);
  const tasks: VerifyTask[] = [];
  for (const job of jobs) {
    const n = job.info.itemCount;
    const of = n >= SPLIT_FROM && n <= SPLIT_UP_TO && n * 2 > total && !source.changes ? (source.splitParts?.(job.info.table, 2) ?? 1) : 1;
    for (let part = 0; part < of; part++) tasks.push({ job, part, of });
  }
  return tasks.length > 1 ? tasks : [];
}

/** The parent's index of a split collection's data file, when no part ran here (elements taken on their ids' word, proven from the parts' findings). */
function parentIndex(job: CollectionJob): Promise<FileIndex | null> {
  return indexDataFile(path.join(job.dataDirAbs, `${job.collection}.json`), job.maxLength, null, true);
}

/** The largest task first: the others fill the other workers meanwhile, so the wall time is close to the largest one's. */
function largestFirst(tasks: readonly VerifyTask[]): number[] {
  return tasks
    .map((t, i) => ({ i, n: t.job.info.itemCount / t.of }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((x) => x.i);
}
