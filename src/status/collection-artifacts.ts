/** What status found of one collection: counts by kind of difference from the migration backup. Apart so the comparison (compare-collection.ts) and the report (artifacts.ts) both read it. */
import type { MigrationUndone } from '../collection/migration-tally.js';

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
