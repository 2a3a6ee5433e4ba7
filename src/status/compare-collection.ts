/**
 * One collection of status's comparison with the migration backup (see
 * artifacts.ts): the table scanned live and loaded with the rollback's own
 * loadCollection, as one job of plain data, so a worker thread can make it
 * (status-worker.ts) as well as the main thread.
 */
import type { DynamoClient } from '../clients/dynamodb.js';
import { kindOf } from '../clients/errors.js';
import { loadCollection } from '../collection/collect.js';
import { opt } from '../core/option-name.js';
import { MAX_STRING_LENGTH } from '../collection/size-limit.js';
import type { CollectionKeys } from '../merge/collection-keys.js';
import { InputError } from '../core/errors.js';
import { type Reporter, silentReporter } from '../core/reporter.js';
import type { ExportSource } from '../export-format/source.js';
import type { MigrationRules } from '../merge/migration.js';
import { ABSENT, SAME } from '../merge/side.js';
import type { ArtifactCounts, CollectionArtifacts } from './collection-artifacts.js';
import { readTable, scanTable } from './table-scan.js';

/** One collection to compare: plain data only (it crosses to a worker thread). */
export interface CompareJob {
  collection: string;
  table: string;
  /** DescribeTable's estimate, for the progress line and to hand the largest out first. */
  itemCount: number;
  /** The migration backup folder (the collection's own run's, for a resumed migration) and the data dir, absolute. */
  backupDir: string;
  dataDir: string;
  keys: CollectionKeys;
  rules: MigrationRules;
  generatedIds: boolean;
  segments: number;
}

/** The collection's row, and the warning or the problem (what the rollback would refuse) it adds to the report. */
export interface CompareOutcome {
  result: CollectionArtifacts;
  warning?: string;
  problem?: string;
}

export function notCompared(t: { collection: string; table: string }, note: string): CollectionArtifacts {
  return { collection: t.collection, table: t.table, compared: false, note, counts: null, migration: null };
}

/** One collection compared with its backup; what the rollback would refuse, or a scan it may not make, is a note, not a failure. */
export async function compareCollection(client: DynamoClient, job: CompareJob, reporter: Reporter): Promise<CompareOutcome> {
  try {
    return { result: await compareOne(client, job, reporter) };
  } catch (err) {
    const kind = kindOf(err);
    if (kind === 'not-found') return { result: notCompared(job, 'table missing (gone during the scan)') };
    if (kind === 'denied') {
      // A preflight role may lack Scan: the rest of status still answers.
      return {
        result: notCompared(job, 'no permission for dynamodb:Scan'),
        warning: `${job.collection}: not compared with the migration backup: no permission for dynamodb:Scan on ${job.table} (or run status with ${opt('scan')}=false)`,
      };
    }
    if (err instanceof InputError) {
      // The rollback reads the same files the same way, and would refuse: a reason, not a crash.
      return { result: notCompared(job, `not compared: ${err.message}`), problem: `${job.collection}: ${err.message}` };
    }
    throw err;
  }
}

async function compareOne(client: DynamoClient, job: CompareJob, reporter: Reporter): Promise<CollectionArtifacts> {
  const t = job;
  const exported = { table: t.table, collection: t.collection, itemCount: job.itemCount, keySchema: [], location: `table ${t.table}` };
  const source: ExportSource = {
    location: `table ${t.table}`,
    format: 'dynamodb-rollback',
    tables: [exported],
    items: () => scanTable(client, t.table, job.segments),
    readItems: (_table, line) => readTable(client, t.table, job.segments, line),
  };
  const fidelity = { keys: job.keys, rules: job.rules, generatedIds: job.generatedIds };
  // The backup file's absence becomes this collection's note; precision is the rollback's to report (status shows no values).
  const quiet: Reporter = { ...silentReporter, progress: (label, o) => reporter.progress(label, o) };
  // Counted, never written: the backup's texts need no check against the writer's.
  const loaded = await loadCollection(
    { collection: t.collection, table: t.table, exported },
    job.dataDir,
    job.backupDir,
    source,
    quiet,
    () => {},
    fidelity,
    undefined,
    MAX_STRING_LENGTH,
    'count',
  );
  // Only the sides' states are read below: no base body is needed again.
  loaded.release();
  const { theirs } = loaded.input;
  let same = 0;
  let deleted = 0;
  for (const s of theirs.state) {
    if (s === SAME) same++;
    else if (s === ABSENT) deleted++;
  }
  const artifactsOnly = loaded.migration.artifactOnlyItems;
  const counts: ArtifactCounts = {
    items: loaded.exportItems,
    unchanged: same - artifactsOnly,
    artifactsOnly,
    changed: theirs.changed.size,
    added: theirs.added.size,
    deleted,
  };
  const note =
    loaded.backupFile === 'missing'
      ? `the migration backup has no ${t.collection}.json: the rollback takes it as empty, so every item counts as added`
      : null;
  return { collection: t.collection, table: t.table, compared: true, note, counts, migration: loaded.migration };
}
