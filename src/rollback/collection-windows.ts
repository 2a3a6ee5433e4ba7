/**
 * Per collection, the run of the migration that migrated it: the backup
 * folder that is its merge's base and the window its timestamps are undone
 * in (src/migration/collection-runs.ts decides, from the backup folders,
 * the progress file and the export's items). Used when the migration ran
 * more than once, or the config gives a collection's window. A collection
 * whose run is ambiguous and not given is refused before anything is
 * written (InputError, exit 2), naming it and the key to set.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationSettings } from '../config/types.js';
import { InputError } from '../core/errors.js';
import { describeLocation, type Location } from '../core/location.js';
import type { Reporter } from '../core/reporter.js';
import type { ExportSource } from '../export-format/source.js';
import { ambiguityMessage } from '../migration/collection-runs.js';
import { decideCollectionRuns, ownRun } from '../migration/collection-runs-find.js';
import { describeRun } from '../migration/runs.js';
import type { MigrationRunRecord } from './result.js';
import type { Target } from '../collection/targets.js';
import { opt } from '../core/option-name.js';

export interface CollectionWindow {
  /** The run's backup folder, absolute. */
  dir: string;
  window: { start: number; end: number };
  record: MigrationRunRecord;
}

export interface WindowPlaces {
  cwd: string;
  backupDir: Location;
  progressFile: string;
}

/** Empty when the migration ran once and the config gives no window: the one backup and window apply to all. */
export async function collectionWindows(
  settings: MigrationSettings | undefined,
  places: WindowPlaces,
  source: ExportSource,
  targets: readonly Target[],
  reporter: Reporter,
): Promise<Map<string, CollectionWindow>> {
  const out = new Map<string, CollectionWindow>();
  if (!settings) return out;
  const d = await decideCollectionRuns(settings, places, targets, (table) => source.items(table));
  if (!d) return out;
  if (d.unlisted.length > 0) {
    throw new InputError(
      `migration.windows.${d.unlisted[0]}: the backup dir ${describeLocation(places.backupDir)} is not a local folder (on S3, or it cannot be listed); copy the backup folders to a local folder and point ${opt('backup-dir')} (or backupDir in the config) at it`,
    );
  }
  if (d.resumed) {
    for (const r of d.disk.found.runs) reporter.info(`migration run: ${describeRun(r)}`);
    for (const u of d.disk.found.unexplained)
      reporter.warning(
        `backup folder ${u.backup}: the progress file shows no run after it (no error in its span); not taken for a run of this migration`,
      );
  }
  const ambiguous = d.decided.filter((c) => c.how === 'ambiguous');
  if (ambiguous.length > 0) {
    const folders = [...d.disk.found.runs.map((r) => r.backup), ...d.disk.found.unexplained.map((u) => u.backup)].sort().join(', ');
    throw new InputError(ambiguityMessage(ambiguous, `backup folders ${folders}`));
  }
  for (const c of d.decided) {
    // Only folders without evidence beside one run: that run is the migration's, as when it ran once (the one backup and window).
    if (!ownRun(d, c)) continue;
    const dir = path.join(d.disk.dir!, c.backup!);
    if (!(await stat(dir).catch(() => null))?.isDirectory()) {
      throw new InputError(
        `migration.windows.${c.collection}.backup: ${c.backup} is not a folder in ${describeLocation(places.backupDir)}; give the name of the backup folder taken before the run that migrated ${c.collection}`,
      );
    }
    const window = { start: c.start!, end: c.end! };
    reporter.info(`${c.collection}: migrated by ${c.why}`);
    out.set(c.collection, {
      dir,
      window,
      record: {
        backup: dir,
        windowStart: new Date(window.start).toISOString(),
        windowEnd: new Date(window.end).toISOString(),
        how: c.how as MigrationRunRecord['how'],
        why: c.why,
      },
    });
  }
  return out;
}
