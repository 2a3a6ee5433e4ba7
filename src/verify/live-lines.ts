/**
 * The lines a --live finding is told in (live-check.ts finds them; the
 * command's presentation says them): apart, so presenting a result loads
 * no scan and no SDK.
 */
import { sameDigest, type TableDigest } from './digest.js';

/** The ids written since the export, as an incremental export shows them (at most 20 named). */
export function changedLine(ids: readonly string[]): string {
  const named = ids.slice(0, 20).join(', ');
  return `${ids.length} item${ids.length === 1 ? '' : 's'} written after the export (${named}${ids.length > 20 ? `, and ${ids.length - 20} more` : ''})`;
}

export function liveLine(before: TableDigest, now: TableDigest | null): string {
  if (now === null) return 'the table no longer exists';
  if (sameDigest(before, now)) return `${now.count} items, same as the export`;
  const delta = now.count - before.count;
  return delta === 0
    ? `same item count (${now.count}) but the content differs from the export: written after the export`
    : `${now.count} items now, ${before.count} in the export (${delta > 0 ? '+' : ''}${delta}): written after the export`;
}
