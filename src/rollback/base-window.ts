/**
 * The migration's window for a catch-up merge, which reads no migration
 * backup: as the rollback from the base export recorded it in its report
 * beside the data dir (the newest report of a run from that export that
 * wrote). Without it, the base's migration timestamps would differ from
 * the files the first rollback wrote, and an item changed in DynamoDB since
 * would be a conflict that --prefer file settles by losing the write.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROLLBACK_REPORT_NAME, statePaths } from '../state/paths.js';

export interface BaseWindow {
  /** NaN when the report gives windows per collection only. */
  start: number;
  end: number;
  /** Per collection, the run that rollback worked from (a resumed migration): its window and backup. */
  collections: Map<string, { start: number; end: number; backup: string; how: 'configured' | 'items' | 'progress' }>;
  /** The report it came from. */
  report: string;
}

export async function windowOfBase(dataDir: string, baseLocation: string): Promise<BaseWindow | null> {
  const dir = statePaths(dataDir).reports;
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((n) => ROLLBACK_REPORT_NAME.test(n))
    .sort()
    .reverse();
  for (const name of names) {
    const file = path.join(dir, name);
    const report = await readFile(file, 'utf8').then(
      (t) => JSON.parse(t) as unknown,
      () => null,
    );
    if (typeof report !== 'object' || report === null) continue;
    const r = report as {
      dryRun?: unknown;
      refused?: unknown;
      export?: { location?: unknown };
      migration?: { windowStart?: unknown; windowEnd?: unknown };
      collections?: unknown;
    };
    if (r.dryRun !== false || r.refused !== null || r.export?.location !== baseLocation) continue;
    const start = typeof r.migration?.windowStart === 'string' ? Date.parse(r.migration.windowStart) : NaN;
    const end = typeof r.migration?.windowEnd === 'string' ? Date.parse(r.migration.windowEnd) : NaN;
    const collections = runsOf(r.collections);
    // The newest run from that export decides: one without a window leaves it unknown rather than an older run's.
    const whole = Number.isFinite(start) && Number.isFinite(end) && end >= start;
    return whole || collections.size > 0 ? { start: whole ? start : NaN, end: whole ? end : NaN, collections, report: file } : null;
  }
  return null;
}

/** collections[].migrationRun of a report, where well formed. */
function runsOf(list: unknown): BaseWindow['collections'] {
  const out: BaseWindow['collections'] = new Map();
  if (!Array.isArray(list)) return out;
  for (const c of list as Array<{
    collection?: unknown;
    migrationRun?: { windowStart?: unknown; windowEnd?: unknown; backup?: unknown; how?: unknown } | null;
  }>) {
    const run = c?.migrationRun;
    if (typeof c?.collection !== 'string' || !run || typeof run.backup !== 'string') continue;
    const start = typeof run.windowStart === 'string' ? Date.parse(run.windowStart) : NaN;
    const end = typeof run.windowEnd === 'string' ? Date.parse(run.windowEnd) : NaN;
    const how = run.how === 'configured' || run.how === 'progress' ? run.how : 'items';
    if (Number.isFinite(start) && Number.isFinite(end) && end >= start) out.set(c.collection, { start, end, backup: run.backup, how });
  }
  return out;
}
