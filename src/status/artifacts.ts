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
import { kindOf } from '../clients/errors.js';
import type { CollectionSettings, MigrationSettings } from '../config/types.js';
import { InputError } from '../core/errors.js';
import { type Reporter, silentReporter } from '../core/reporter.js';
import type { ExportSource } from '../export-format/source.js';
import type { MigrationRules } from '../merge/migration.js';
import { ABSENT, SAME } from '../merge/side.js';
import type { BackupLocation, ProgressInfo } from '../migration/backup-location.js';
import { planMigration } from '../migration/plan.js';
import { loadCollection } from '../collection/collect.js';
import type { MigrationUndone } from '../collection/migration-tally.js';
import { scanTable } from './table-scan.js';
import type { TableState } from './tables.js';
import { opt } from '../core/option-name.js';

export interface ArtifactCounts {
  /** Items in the table. */
  items: number;
  /** Equal to the backup's version as they are (after the collection's key mapping). */
  unchanged: number;
  /** Equal to the backup's version once the migration's artifacts are undone: the rollback takes the backup's. */
  artifactsOnly: number;
  /** Really changed since the migration (with a rule off, the artifacts it would undo count here). */
  changed: number;
  /** In the table, not in the backup (with migration.generatedIds off, items whose id the migration generated count here). */
  added: number;
  /** In the backup, not in the table. */
  deleted: number;
}

export interface CollectionArtifacts {
  collection: string;
  table: string;
  compared: boolean;
  /** Why it was not compared, or what is worth knowing about how it was. */
  note: string | null;
  counts: ArtifactCounts | null;
  /** What the migration's rules undo (and, for rules that are off, would undo), as the rollback counts it. */
  migration: MigrationUndone | null;
}

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
  const plan = planMigration(m, { startTime: progress.startTime, endTime: progress.endTime, backupTime: backup.found ? backup.createdAt : null });
  const { rules } = plan;
  const report: ArtifactReport = {
    scanned: options.scan,
    rules: { emptyStringsAsNull: m.emptyStringsAsNull, rewroteUpdatedAt: m.rewroteUpdatedAt, generatedIds: m.generatedIds },
    window: plan.window,
    collections: [],
    problems: [],
    warnings: [],
  };
  for (const t of tables) {
    const skip = (note: string) => report.collections.push({ collection: t.collection, table: t.table, compared: false, note, counts: null, migration: null });
    if (!options.scan) skip(`not scanned (${opt('scan')} false)`);
    else if (t.state === 'missing') skip('table missing');
    else if (!backup.found) skip('no migration backup to compare with');
    // status only lists an S3 backup (a download is the rollback's, which checks it); nothing local to compare with.
    else if (options.backupOnS3) skip('the migration backup is on S3: status lists it, the rollback reads and checks it');
    else if (options.dataDirProblem !== null) skip(`the current files cannot be read (${options.dataDirProblem})`);
    else {
      try {
        const own = options.runs?.get(t.collection);
        report.collections.push(await compareOne(client, t, own?.dir ?? backup.absPath, own ? { ...rules, window: own.window } : rules, options, reporter));
      } catch (err) {
        const kind = kindOf(err);
        if (kind === 'not-found') skip('table missing (gone during the scan)');
        else if (kind === 'denied') {
          // A preflight role may lack Scan: the rest of status still answers.
          skip('no permission for dynamodb:Scan');
          report.warnings.push(`${t.collection}: not compared with the migration backup: no permission for dynamodb:Scan on ${t.table} (or run status with ${opt('scan')}=false)`);
        } else if (err instanceof InputError) {
          // The rollback reads the same files the same way, and would refuse: a reason, not a crash.
          skip(`not compared: ${err.message}`);
          report.problems.push(`${t.collection}: ${err.message}`);
        } else throw err;
      }
    }
  }
  report.warnings.push(...ruleWarnings(report.collections));
  return report;
}

async function compareOne(
  client: DynamoClient,
  t: TableState,
  backupDir: string,
  rules: MigrationRules,
  options: ArtifactOptions,
  reporter: Reporter,
): Promise<CollectionArtifacts> {
  const exported = { table: t.table, collection: t.collection, itemCount: t.itemCount ?? 0, keySchema: [], location: `table ${t.table}` };
  const source: ExportSource = {
    location: `table ${t.table}`,
    format: 'dynamodb-rollback',
    tables: [exported],
    items: () => scanTable(client, t.table, options.segments),
  };
  const fidelity = { keys: options.collections[t.collection] ?? { id: 'id', drop: [] }, rules, generatedIds: options.migration.generatedIds };
  // The backup file's absence becomes this collection's note; precision is the rollback's to report (status shows no values).
  const quiet: Reporter = { ...silentReporter, progress: (label, o) => reporter.progress(label, o) };
  const loaded = await loadCollection({ collection: t.collection, table: t.table, exported }, options.dataDir, backupDir, source, quiet, () => {}, fidelity);
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
  const note = loaded.backupFile === 'missing' ? `the migration backup has no ${t.collection}.json: the rollback takes it as empty, so every item counts as added` : null;
  return { collection: t.collection, table: t.table, compared: true, note, counts, migration: loaded.migration };
}

/** What an operator should know before the rollback: a collection compared against nothing, and rules that are off but would apply. */
function ruleWarnings(collections: readonly CollectionArtifacts[]): string[] {
  const out: string[] = [];
  for (const c of collections) {
    if (c.compared && c.note) out.push(`${c.collection}: ${c.note}`);
    const off = c.migration?.notApplied;
    if (!off) continue;
    if (off.emptyStringsAsNull > 0) {
      out.push(`${c.collection}: ${off.emptyStringsAsNull} NULLs where the backup has "" count as changes; migration.emptyStringsAsNull (off) would take them for the migration's`);
    }
    if (off.rewroteUpdatedAt > 0) {
      out.push(`${c.collection}: ${off.rewroteUpdatedAt} timestamps inside the migration's window count as changes; migration.rewroteUpdatedAt (off) would take them for the migration's`);
    }
    if (off.generatedIds > 0) {
      out.push(`${c.collection}: ${off.generatedIds} items whose id the migration generated count as added (their backup items as deleted); migration.generatedIds (off) would match them back`);
    }
  }
  return out;
}
