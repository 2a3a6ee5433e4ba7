/**
 * Two things a rollback summary must not leave to the JSON report: the run
 * of a resumed migration each collection was merged from, and every version
 * a merge conflict set aside (a file edit lost is said by id, never passed
 * over). Ids and counts only.
 */
import type { RollbackResult } from '../rollback/result.js';

const MAX_IDS = 20;

const ids = (list: readonly string[]) =>
  list.length > MAX_IDS ? `${list.slice(0, MAX_IDS).join(', ')} and ${list.length - MAX_IDS} more (all in the report)` : list.join(', ');

export function runNotes(r: RollbackResult): string[] {
  return r.collections.flatMap((c) =>
    c.migrationRun
      ? [
          `${c.collection}: merged from backup ${c.migrationRun.backup}, window ${c.migrationRun.windowStart} to ${c.migrationRun.windowEnd} (${c.migrationRun.why})`,
        ]
      : [],
  );
}

/** One line per collection where a merge conflict set a version aside, naming the side and the ids. */
export function setAsideNotes(r: RollbackResult): string[] {
  if (r.strategy !== 'merge') return [];
  return r.collections.flatMap((c) => {
    const files = [...c.lost.changedInFiles, ...c.lost.addedInFiles];
    const dynamo = [...c.lost.changedInExport, ...c.lost.addedInExport];
    const out: string[] = [];
    if (files.length > 0)
      out.push(
        `${c.collection}: the file's version of ${ids(files)} set aside by ${files.length === 1 ? 'a conflict' : 'conflicts'} (prefer ${r.prefer}); the edit is not in the file: see the report's lost lists, or roll back with another --prefer`,
      );
    if (dynamo.length > 0)
      out.push(
        `${c.collection}: DynamoDB's version of ${ids(dynamo)} set aside by ${dynamo.length === 1 ? 'a conflict' : 'conflicts'} (prefer ${r.prefer}); the write is not in the file: see the report's lost lists, or roll back with another --prefer`,
      );
    return out;
  });
}
