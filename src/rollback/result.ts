/** The rollback's result and report: counts, ids and attribute paths only, never item values. */
import type { CollectionCounts, ConflictRecord, Lost, Strategy } from '../merge/plan.js';
import type { Prefer } from '../merge/settle.js';
import type { MigrationBackup } from '../migration/backup-location.js';

export interface PrecisionWarning {
  collection: string;
  id: string;
  /** Attribute path, e.g. stats.total or scores[2]. */
  path: string;
}

export interface CollectionReport {
  collection: string;
  table: string;
  /** The collection file in the data dir. */
  file: string;
  currentFile: 'present' | 'missing';
  /** The collection's file in the migration backup; 'none' when no backup was used. */
  backupFile: 'present' | 'missing' | 'none';
  exportItems: number;
  counts: CollectionCounts;
  conflicts: ConflictRecord[];
  /** Ids in the current file that the result drops. */
  deletedIds: string[];
  /** Versions written since the migration that the result does not hold. */
  lost: Lost;
  /**
   * Ids whose final state did not come from the export, so verify can tell
   * them from damage (ids only): kept from the current files (changed or
   * added there, conflicts settled toward the file included); dropped because
   * the file side deleted them; restored from the migration backup although
   * the export lacks them (strategy backup).
   */
  fromFiles: string[];
  deletedByFiles: string[];
  restoredFromBackup: string[];
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
  dataDir: string;
  export: { location: string; format: string; startTime?: string; endTime?: string };
  backup: MigrationBackup | null;
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
