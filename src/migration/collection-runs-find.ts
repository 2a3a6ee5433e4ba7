/**
 * Each collection's run of a resumed migration, found from what is on disk
 * (runs-read.ts) and the items' own times, streamed from wherever the
 * caller reads them (the rollback's export, status's live scan). For the
 * rollback and status alike, so status cannot promise what the rollback
 * will not do. Null when the migration ran once and the config gives no
 * window: the one backup and window apply to every collection.
 */
import type { MigrationSettings } from '../config/types.js';
import type { Location } from '../core/location.js';
import type { WireItem } from '../dynamo/wire.js';
import { type CollectionRun, collectionRun, RunTallier } from './collection-runs.js';
import { migrationTimes } from './item-times.js';
import { isResumed } from './runs.js';
import { readMigrationRuns, type RunsOnDisk } from './runs-read.js';

export interface RunsDecision {
  disk: RunsOnDisk;
  resumed: boolean;
  /** The collections the configuration gives, or all when resumed; ambiguous ones included. */
  decided: CollectionRun[];
  /** Collections the config gives a window for, while the backup dir cannot be listed (on S3). */
  unlisted: string[];
}

export async function decideCollectionRuns(
  settings: MigrationSettings,
  places: { cwd: string; backupDir: Location | null; progressFile: string },
  targets: ReadonlyArray<{ collection: string; table: string }>,
  /** The items' times are read only when the config does not give the window; null: they cannot be (status --scan=false). */
  itemsOf: ((table: string) => AsyncIterable<WireItem>) | null,
): Promise<RunsDecision | null> {
  const configured = settings.windows ?? {};
  const given = targets.filter((t) => configured[t.collection] !== undefined).map((t) => t.collection);
  const disk = await readMigrationRuns(places.cwd, places.backupDir, places.progressFile, settings.windowMinutes);
  const resumed = isResumed(disk.found);
  if (!resumed && given.length === 0) return null;
  if (disk.dir === null) return { disk, resumed, decided: [], unlisted: given };
  // With rewroteUpdatedAt off the migration left the items' timestamps as they were: they say nothing of its runs.
  const read = settings.rewroteUpdatedAt ? itemsOf : null;
  const decided: CollectionRun[] = [];
  for (const t of targets) {
    const mine = configured[t.collection];
    if (mine === undefined && !resumed) continue;
    const tallier = new RunTallier(disk.found);
    if (mine === undefined && read !== null) for await (const item of read(t.table)) tallier.add(migrationTimes(item));
    const run = collectionRun(t.collection, disk.found, disk.evidence, tallier.tally, mine);
    decided.push(
      mine === undefined && itemsOf === null && run.how === 'ambiguous'
        ? { ...run, why: `not known without the items (status --scan=false): ${run.why}` }
        : run,
    );
  }
  return { disk, resumed, decided, unlisted: [] };
}

/** A decided run that needs a record of its own: configured, or one of several runs with evidence. */
export function ownRun(d: RunsDecision, c: CollectionRun): boolean {
  return c.how === 'configured' || (c.how !== 'ambiguous' && d.disk.found.runs.length > 1);
}
