/** The rollback's result and report: counts, ids and attribute paths only, never item values. */
import type { PrecisionWarning } from '../collection/collect.js';
import type { CollectionPlan, Strategy } from '../merge/plan.js';
import type { Prefer } from '../merge/settle.js';
import type { MigrationBackup } from '../migration/backup-location.js';
import type { KeylessDigest } from './keyless-digests.js';
import type { MigrationUndone } from '../collection/migration-tally.js';

/** What the plan decided, by id (verify reads fromFiles, deletedByFiles and restoredFromBackup). */
type PlanRecord = Pick<
  CollectionPlan,
  'counts' | 'conflicts' | 'deletedIds' | 'lost' | 'fromFiles' | 'deletedByFiles' | 'restoredFromBackup'
>;

/**
 * The run of the migration this collection's merge worked from, when the
 * migration ran more than once or the config gave its window: that run's
 * backup folder (the base) and window. Verify reads it from the report.
 */
export interface MigrationRunRecord {
  /** The backup folder, absolute. */
  backup: string;
  windowStart: string;
  windowEnd: string;
  /** configured: migration.windows in the config; items: the items' own times; progress: the progress file alone. */
  how: 'configured' | 'items' | 'progress';
  /** The evidence, in one line (ids and counts only). */
  why: string;
}

export interface CollectionReport extends PlanRecord {
  collection: string;
  table: string;
  /** The collection file in the data dir. */
  file: string;
  currentFile: 'present' | 'missing';
  /** The collection's file in the migration backup; 'none' when no backup was used. */
  backupFile: 'present' | 'missing' | 'none';
  exportItems: number;
  /** What was undone of the migration (and what rules that are off would have undone). */
  migration: MigrationUndone;
  /** A digest of each item without an id that the lists above name by position, for verify without that place. */
  keylessDigests: KeylessDigest[];
  /** This collection's run of a resumed migration (its base and window); null when the one backup and window above apply. */
  migrationRun: MigrationRunRecord | null;
  /** Whether the file was rewritten; null on a dry run or a refusal. */
  written: boolean | null;
}

export interface RollbackResult {
  strategy: Strategy;
  prefer: Prefer;
  dryRun: boolean;
  allowDataLoss: boolean;
  /** Why nothing was written, when the rollback refused (exit 1). */
  refused: string | null;
  /** Why writing stopped partway (exit 1; every file whole, old or new; undo puts the snapshot back). */
  failed: string | null;
  dataDir: string;
  /** changeRecords: a catch-up from an incremental export, the change records it read (not the tables). */
  export: { location: string; format: string; startTime?: string; endTime?: string; changeRecords?: number };
  backup: MigrationBackup | null;
  /** Catch-up (--base): the earlier export that was the merge's base instead of the migration backup; null otherwise. */
  base: { location: string; format: string; startTime?: string; endTime?: string } | null;
  /** The migration rules this run applied, and its window: said how it was found, and its bounds (null when unknown). */
  migration: {
    emptyStringsAsNull: boolean;
    rewroteUpdatedAt: boolean;
    generatedIds: boolean;
    window: string;
    windowStart: string | null;
    windowEnd: string | null;
  };
  /** Folder undo restores from; null when nothing was written. */
  snapshot: string | null;
  /** Path of the JSON report; null when none was written. */
  report: string | null;
  collections: CollectionReport[];
  /** Files in the data dir the rollback does not own, left byte for byte. */
  leftAsIs: string[];
  precisionWarnings: PrecisionWarning[];
  startedAt: string;
  durationSeconds: number;
}
