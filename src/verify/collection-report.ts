/**
 * One collection's report: its diff from the export, where it is, its
 * status, and what the rollback's report accounts for. Built here only
 * (collectionReport), and summed up in one line (statusLine).
 */
import type { AccountedItem } from './accounted.js';
import type { CollectionDiff } from './diff.js';

/** accounted: every difference from the export is one the rollback report accounts for. */
export type CollectionStatus = 'ok' | 'accounted' | 'differs' | 'invalid' | 'not exported';

export interface CollectionReport extends CollectionDiff {
  collection: string;
  /** null for a data file whose collection is not in the export (checked for shape only). */
  table: string | null;
  /** The data file, relative to the repository root. */
  file: string;
  status: CollectionStatus;
  /** Why the file cannot be read as the app reads it. */
  problem: string | null;
  /** Differences the rollback report accounts for (not failures); missing, extra and changed hold only the rest. */
  accounted: AccountedItem[];
  /** Ids the rollback deleted because the file side had, yet in the file again (failures). */
  deletedButPresent: string[];
  /** Items without an id found in a reference whose digest is not the one the report gives there (failures: the report or the reference was changed). */
  keylessDigestMismatches: Array<{ id: string; reportId: string }>;
  /** What verify took of the report's digests of items without an id, and what it could not, one line each. */
  keylessNotes: string[];
}

/** Which collection, its table (null: not in the export) and its data file. */
export interface ReportPlace {
  collection: string;
  table: string | null;
  file: string;
}

/** What the check concluded; the rollback's account, when there is one. */
export interface Verdict {
  status: CollectionStatus;
  problem: string | null;
  accounted?: AccountedItem[];
  deletedButPresent?: string[];
  keylessDigestMismatches?: CollectionReport['keylessDigestMismatches'];
  keylessNotes?: string[];
}

/**
 * The one place a CollectionReport is made. The keys keep the order the
 * JSON result has always had: the diff first for an exported collection; a
 * data file not exported names itself first.
 */
export function collectionReport(place: ReportPlace, diff: CollectionDiff, verdict: Verdict): CollectionReport {
  const head = { collection: place.collection, table: place.table, file: place.file, status: verdict.status, problem: verdict.problem };
  const tail = {
    accounted: verdict.accounted ?? [],
    deletedButPresent: verdict.deletedButPresent ?? [],
    keylessDigestMismatches: verdict.keylessDigestMismatches ?? [],
    keylessNotes: verdict.keylessNotes ?? [],
  };
  return place.table === null ? { ...head, ...diff, ...tail } : { ...diff, ...head, ...tail };
}

export function statusLine(r: CollectionReport): string {
  if (r.problem) return `${r.file} ${r.problem}`;
  if (r.status === 'not exported') return `${r.found ? `${r.found} items, ` : ''}not in the export (checked that it parses)`;
  const parts = [`expected ${r.expected}, found ${r.found}`];
  if (r.missing.length) parts.push(`${r.missing.length} missing`);
  if (r.extra.length) parts.push(`${r.extra.length} extra`);
  if (r.changed.length) parts.push(`${r.changed.length} changed`);
  if (r.duplicateIds.length) parts.push(`${r.duplicateIds.length} duplicate ids in the file`);
  if (r.duplicateExportIds.length) parts.push(`${r.duplicateExportIds.length} duplicate ids in the export`);
  if (r.exportItemsWithoutId) parts.push(`${r.exportItemsWithoutId} export items without an id`);
  if (r.deletedButPresent.length) parts.push(`${r.deletedButPresent.length} deleted by the rollback but in the file`);
  if (r.accounted.length) parts.push(`${r.accounted.length} accounted for by the rollback`);
  const m = r.migration;
  const artifacts = m.emptyStringsAsNull + m.rewroteUpdatedAt + m.generatedIds;
  if (artifacts) parts.push(`${artifacts} migration artifacts undone as the rules say`);
  if (m.notUndone.length) parts.push(`${m.notUndone.length} migration artifacts left in the file that the rules undo`);
  return parts.join(', ');
}
