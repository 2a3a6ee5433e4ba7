/** The notes under verify's summary: the rollback report, what it set aside, the migration rules, each collection's differences, the live tables. Ids, counts and paths only. */
import type { CollectionReport } from '../verify/collection-report.js';
import type { LiveReport } from '../verify/live-check.js';
import { changedLine, liveLine } from '../verify/live-lines.js';
import type { VerifyResult } from '../verify/run-verify.js';

const LIST_LIMIT = 20;

export function list(ids: string[]): string {
  const shown = ids.slice(0, LIST_LIMIT).join(', ');
  return ids.length > LIST_LIMIT ? `${shown} (+${ids.length - LIST_LIMIT} more)` : shown;
}

export function verifyNotes(r: VerifyResult, liveBad: readonly LiveReport[]): string[] {
  return [
    ...reportNotes(r),
    ...setAsideLines(r),
    ...migrationNotes(r),
    ...r.collections.flatMap(notesOf),
    ...liveBad.map((l) => `${l.table}: ${l.changedIds ? changedLine(l.changedIds) : liveLine(l.exported, l.live)}`),
  ];
}

function reportNotes(r: VerifyResult): string[] {
  const u = r.rollbackReport;
  if (!u) return [];
  return [
    u.used
      ? `rollback report: ${u.path} (${u.strategy}, started ${u.startedAt})`
      : `rollback report ${u.path} not taken into account: ${u.ignored}`,
  ];
}

/** Versions the rollback's merge conflicts set aside: one line per collection, so a lost edit is never passed over. */
function setAsideLines(r: VerifyResult): string[] {
  return (r.rollbackReport?.setAside ?? []).map(
    (c) =>
      `${c.collection}: set aside by the rollback's conflicts (the file holds the version the conflict took; the other is in the rollback report's lost lists): ${list(c.ids)}`,
  );
}

function migrationNotes(r: VerifyResult): string[] {
  const m = r.migrationRules;
  const on = (['emptyStringsAsNull', 'rewroteUpdatedAt', 'generatedIds'] as const).filter((k) => m[k]);
  if (on.length === 0) return [];
  const window = m.windowStart && m.windowEnd ? `; window ${m.windowStart} to ${m.windowEnd}` : '';
  const refs = [m.backup ? `migration backup ${m.backup}` : '', m.snapshot ? `files before the rollback ${m.snapshot}` : '']
    .filter(Boolean)
    .join(', ');
  const runs = m.runs.map(
    (x) =>
      `${x.collection}: its run of a resumed migration, window ${x.windowStart} to ${x.windowEnd}, reference backup ${x.backup} (from the rollback report)`,
  );
  return [`migration rules on: ${on.join(', ')}${window}${refs ? `; references: ${refs}` : ''}`, ...runs, ...m.notes];
}

function notesOf(c: CollectionReport): string[] {
  const out: string[] = [];
  if (c.problem) out.push(`${c.collection}: ${c.file} ${c.problem}`);
  if (c.missing.length) out.push(`${c.collection}: missing from the file: ${list(c.missing)}`);
  if (c.extra.length) out.push(`${c.collection}: not in the export: ${list(c.extra)}`);
  for (const n of c.migration.notUndone.slice(0, LIST_LIMIT)) {
    out.push(
      n.rule === 'emptyStringsAsNull'
        ? `${c.collection}: ${n.id} holds null where the reference held "" at ${list(n.paths)}: emptyStringsAsNull says the rollback puts "" back`
        : `${c.collection}: ${n.id} holds the migration's time at ${list(n.paths)}: rewroteUpdatedAt says the rollback puts back the reference's`,
    );
  }
  for (const ch of c.changed.slice(0, LIST_LIMIT)) out.push(`${c.collection}: ${ch.id} differs at ${list(ch.paths)}`);
  if (c.changed.length > LIST_LIMIT)
    out.push(`${c.collection}: and ${c.changed.length - LIST_LIMIT} more changed items (see the JSON result)`);
  out.push(...c.keylessNotes.slice(0, LIST_LIMIT));
  if (c.deletedButPresent.length)
    out.push(
      `${c.collection}: deleted by the rollback (the file side had deleted them) but in the file again: ${list(c.deletedButPresent)}`,
    );
  if (c.duplicateIds.length) out.push(`${c.collection}: duplicate ids in the file: ${list(c.duplicateIds)}`);
  if (c.duplicateExportIds.length) out.push(`${c.collection}: duplicate ids in the export: ${list(c.duplicateExportIds)}`);
  if (c.exportItemsWithoutId) out.push(`${c.collection}: ${c.exportItemsWithoutId} export items have no id and cannot be matched`);
  return out;
}
