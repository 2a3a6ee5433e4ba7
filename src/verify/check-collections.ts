/**
 * Every exported collection checked (verify-collection.ts), in this thread
 * or in worker threads (verify-worker.ts), and taken in collection order
 * whichever thread checked it: the result and the log read the same with
 * any number of workers.
 */
import type { Location } from '../core/location.js';
import { replay } from '../core/recorded-reporter.js';
import type { Reporter } from '../core/reporter.js';
import { inWorkers } from '../core/worker-pool.js';
import type { ExportSource } from '../export-format/source.js';
import type { CollectionReport } from './collection-report.js';
import type { RollbackAccount } from './accounted.js';
import type { TableDigest } from './digest.js';
import type { ExportedCollection } from './export-collections.js';
import { type FileKeys, PLAIN_KEYS } from './file-keys.js';
import type { MigrationFacts } from './migration-facts.js';
import type { ReportCollection } from './rollback-report.js';
import { type CollectionJob, type CollectionOutcome, verifyCollection } from './verify-collection.js';
import { VERIFY_ROLE, type VerifyReply, type VerifyShared } from './verify-worker.js';

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
  if (workers > 1 && jobs.length > 1) {
    const shared: VerifyShared = { from };
    reporter.info(`verify: ${jobs.length} collections in ${Math.min(workers, jobs.length)} worker threads`);
    await inWorkers<VerifyShared, CollectionJob, VerifyReply>(
      VERIFY_ROLE,
      shared,
      jobs,
      workers,
      ({ outcome, events }) => {
        replay(events, reporter);
        take(outcome);
      },
      (job) => `verify ${job.collection}`,
      largestFirst(jobs),
    );
  } else {
    for (const job of jobs) take(await verifyCollection(job, source, reporter));
  }
  return out;
}

/** The largest collection first: the others fill the other workers meanwhile, so the wall time is close to the largest one's. */
function largestFirst(jobs: readonly CollectionJob[]): number[] {
  return jobs
    .map((j, i) => ({ i, n: j.info.itemCount }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((x) => x.i);
}
