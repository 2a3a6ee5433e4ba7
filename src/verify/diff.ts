/**
 * What one collection's check finds, as types: the items missing, extra
 * and changed, the duplicates, and what the migration rules accepted. At
 * the bottom of the folder: the comparator (collection-check.ts) fills a
 * diff, the rollback's account (accounted.ts) and the report
 * (collection-report.ts) read it. Ids, counts and attribute paths only.
 */
import type { WireItem } from '../dynamo/wire.js';
import type { JsonObject } from './raw-json.js';

export type MigrationRule = 'emptyStringsAsNull' | 'rewroteUpdatedAt' | 'generatedIds';

/** One item's differences a migration rule accounts for. */
export interface AcceptedArtifact {
  id: string;
  rule: MigrationRule;
  /** Attribute paths accepted (empty for a generated id). */
  paths: string[];
  /** For a generated id: the file item without an id it was matched to. */
  fileItem?: string;
}

/** What the migration rules accepted in one collection, counted per rule, and what they refused. */
export interface MigrationAccepted {
  /** File "" for the export's NULL, by attribute path. */
  emptyStringsAsNull: number;
  /** updatedAt put back, or updatedAt/createdAt left out, as the reference has them. */
  rewroteUpdatedAt: number;
  /** Export items with a generated id matched to a file item without one. */
  generatedIds: number;
  /** Attributes of the export the file does not hold because the collection's drop says so. */
  droppedAttributes: number;
  items: AcceptedArtifact[];
  /** What a rule on says the rollback undoes but the file still holds (a null where the reference held "", the migration's time): failures, also in changed. */
  notUndone: AcceptedArtifact[];
}

export function noneAccepted(): MigrationAccepted {
  return { emptyStringsAsNull: 0, rewroteUpdatedAt: 0, generatedIds: 0, droppedAttributes: 0, items: [], notUndone: [] };
}

export interface ChangedItem {
  id: string;
  /** Attribute paths that differ, e.g. `profile.tags[2]`. */
  paths: string[];
}

export interface CollectionDiff {
  /** Items the export holds. */
  expected: number;
  /** Items the file holds. */
  found: number;
  /** In the export, not in the file. */
  missing: string[];
  /** In the file, not in the export. */
  extra: string[];
  changed: ChangedItem[];
  /** Ids that occur more than once in the file. */
  duplicateIds: string[];
  /** Ids that occur more than once in the export. */
  duplicateExportIds: string[];
  /** Export items without a usable id: they cannot be matched. */
  exportItemsWithoutId: number;
  migration: MigrationAccepted;
}

/** A diff of nothing: no item expected, none found, nothing accepted. The one place a diff starts from. */
export function emptyDiff(): CollectionDiff {
  return {
    expected: 0,
    found: 0,
    missing: [],
    extra: [],
    changed: [],
    duplicateIds: [],
    duplicateExportIds: [],
    exportItemsWithoutId: 0,
    migration: noneAccepted(),
  };
}

export interface UnmatchedKeyless {
  /** Export items (file shape, without the generated id) the file holds no version of. */
  missing: Array<{ id: string; item: WireItem }>;
  extra: Array<{ id: string; item: JsonObject }>;
}

/** No item missing, extra, changed, found twice or without an id: the counts aside. */
export function noItemDifferences(d: CollectionDiff): boolean {
  return (
    d.missing.length === 0 &&
    d.extra.length === 0 &&
    d.changed.length === 0 &&
    d.duplicateIds.length === 0 &&
    d.duplicateExportIds.length === 0 &&
    d.exportItemsWithoutId === 0
  );
}

export function isClean(d: CollectionDiff): boolean {
  return noItemDifferences(d) && d.expected === d.found;
}
