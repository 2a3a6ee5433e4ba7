/**
 * status's view of a resumed migration: the runs found (every backup
 * folder, the progress file's errors) and, per collection, the run that
 * migrated it, found as the rollback finds it (migration/
 * collection-runs-find.ts, over a live scan instead of an export). A
 * collection whose run is ambiguous and not given in the config is a
 * reason not to start: the rollback would refuse it, naming the key to
 * set. Null when the migration ran once and the config gives no window.
 */
import path from 'node:path';
import type { DynamoClient } from '../clients/dynamodb.js';
import type { MigrationSettings } from '../config/types.js';
import type { Location } from '../core/location.js';
import { decideCollectionRuns, ownRun } from '../migration/collection-runs-find.js';
import { describeRun } from '../migration/runs.js';
import { scanTable } from './table-scan.js';
import type { TableState } from './tables.js';

export interface CollectionRunState {
  collection: string;
  /** The run's backup folder (relative to the repository root where it lies in it); null when ambiguous. */
  backup: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  how: 'configured' | 'items' | 'progress' | 'ambiguous';
  why: string;
}

export interface MigrationRunsState {
  /** Each run, in one line (its backup folder, window, how its end was found). */
  runs: string[];
  /** Backup folders with no evidence of a run of this migration. */
  unexplained: string[];
  collections: CollectionRunState[];
}

export interface MigrationRunsFound {
  state: MigrationRunsState | null;
  /** collection -> its own run's backup folder (absolute) and window, for the comparison with the backup. */
  byCollection: Map<string, { dir: string; window: { start: number; end: number } }>;
  reasons: string[];
  warnings: string[];
}

export async function migrationRunsState(
  client: DynamoClient,
  tables: readonly TableState[],
  options: { cwd: string; backupDir: string; progressFile: string; migration: MigrationSettings; segments: number; scan: boolean },
  /** options.backupDir parsed; null when it could not be (status reports why). */
  backupDir: Location | null,
): Promise<MigrationRunsFound> {
  const found: MigrationRunsFound = { state: null, byCollection: new Map(), reasons: [], warnings: [] };
  const present = tables.filter((t) => t.state !== 'missing');
  const d = await decideCollectionRuns(
    options.migration,
    { ...options, backupDir },
    present,
    options.scan ? (table) => scanTable(client, table, options.segments) : null,
  );
  if (!d) return found;
  for (const c of d.unlisted)
    found.warnings.push(
      `migration.windows.${c}: the backup dir ${options.backupDir} is not a local folder; the rollback refuses a configured window there`,
    );
  const shown = (dir: string) => {
    const rel = path.relative(options.cwd, dir);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : dir;
  };
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  const collections: CollectionRunState[] = [];
  for (const c of d.decided) {
    if (!ownRun(d, c) && c.how !== 'ambiguous') continue;
    const dir = c.backup === null ? null : path.join(d.disk.dir!, c.backup);
    collections.push({
      collection: c.collection,
      backup: dir && shown(dir),
      windowStart: iso(c.start),
      windowEnd: iso(c.end),
      how: c.how,
      why: c.why,
    });
    if (dir && c.start !== null && c.end !== null) found.byCollection.set(c.collection, { dir, window: { start: c.start, end: c.end } });
    if (c.how !== 'ambiguous') continue;
    const line = `${c.collection}: which run of the migration migrated it is not clear (${c.why}); set migration.windows.${c.collection} in the config (the rollback refuses it until then)`;
    if (options.scan) found.reasons.push(line);
    else found.warnings.push(line);
  }
  found.state = { runs: d.disk.found.runs.map(describeRun), unexplained: d.disk.found.unexplained.map((u) => u.backup), collections };
  return found;
}
