/**
 * What verify says of the items without an id the rollback's report names
 * by digest: one finding per item taken by the report's digest (a note),
 * per mismatch (a failure), and for the items no digest fits (a warning).
 * Ids and places only.
 */
import type { Finding } from './finding.js';
import type { KeylessDigestCheck } from './keyless-digests.js';

export function keylessFindings(collection: string, file: string, k: KeylessDigestCheck, referencesRead: boolean): Finding[] {
  const absent = (from: 'backup' | 'before') =>
    !referencesRead
      ? `the ${from === 'before' ? 'snapshot' : 'migration backup'} is not read (no migration rule is on)`
      : from === 'before'
        ? 'the snapshot is not here'
        : 'the migration backup is not here';
  const out: Finding[] = [];
  for (const b of k.byDigest)
    out.push({
      severity: 'note',
      text: `${collection}: ${b.id} in ${file} is the report's ${b.reportId}: accounted for by the report's digest; ${absent(b.absent)}`,
    });
  for (const m of k.mismatches) {
    out.push({
      severity: 'failure',
      text: `${collection}: ${m.id} in ${file} is the report's ${m.reportId}, but the report's digest of it does not match its content there: the report or the reference was changed since the rollback`,
    });
  }
  if (k.unrecognised.length > 0) {
    out.push({
      severity: 'warning',
      text: `${collection}: ${list(k.unrecognised)} in ${file} ${k.unrecognised.length === 1 ? 'matches' : 'match'} no digest the report gives for an item without an id whose place is not here: changed since the rollback, or not the rollback's`,
    });
  }
  return out;
}

function list(ids: readonly string[]): string {
  return ids.length > 10 ? `${ids.slice(0, 10).join(', ')} (+${ids.length - 10} more)` : ids.join(', ');
}
