/**
 * The runs of one migration, from its backup folders and its progress
 * file. The app's script takes a backup before every run, resets startTime
 * and, when a run fails, records the error with its time; a second run
 * skips what the first migrated. So each backup folder opens a run, and a
 * run that stopped ends at its last error before the next folder. The last
 * run is the one backupPath names (else the newest folder) and ends at
 * endTime (else at its last error, else after migration.windowMinutes).
 * An earlier folder with no error in its span has no evidence of a run of
 * this migration (a run that left no trace, a backup made by hand, or a
 * migration the app rolled back, which resets the progress file): it is
 * kept apart, as unexplained. Pure.
 */
import { allErrorTimes, type ProgressEvidence } from './progress-evidence.js';

export interface BackupFolder {
  name: string;
  /** From the folder's timestamp name; null when it holds none. */
  time: number | null;
}

export interface MigrationRun {
  /** The backup folder taken before this run (its name in the backup dir). */
  backup: string;
  /** Epoch ms, inclusive. */
  start: number;
  end: number;
  /** How the end was found: the progress file's endTime, the run's last error, or the start plus migration.windowMinutes. */
  endFrom: 'endTime' | 'errors' | 'windowMinutes';
}

export interface Unexplained {
  backup: string;
  /** From the folder's time up to the next folder's. */
  start: number;
  end: number;
}

export interface RunsFound {
  /** Oldest first; the last is the run of backupPath (or of the newest folder). */
  runs: MigrationRun[];
  unexplained: Unexplained[];
}

export const NO_RUNS: RunsFound = { runs: [], unexplained: [] };

export function migrationRuns(folders: readonly BackupFolder[], e: ProgressEvidence, windowMinutes: number): RunsFound {
  const timed = folders
    .filter((f): f is BackupFolder & { time: number } => f.time !== null)
    .sort((a, b) => a.time - b.time || a.name.localeCompare(b.name));
  const last = timed.find((f) => f.name === e.backupName) ?? timed.at(-1);
  if (!last) return NO_RUNS;
  const earlier = timed.filter((f) => f.time < last.time);
  const errors = allErrorTimes(e);
  const runs: MigrationRun[] = [];
  const unexplained: Unexplained[] = [];
  for (const [i, f] of earlier.entries()) {
    const next = (earlier[i + 1] ?? last).time;
    const inSpan = errors.filter((t) => t >= f.time && t < next);
    if (inSpan.length > 0) runs.push({ backup: f.name, start: f.time, end: Math.max(...inSpan), endFrom: 'errors' });
    else unexplained.push({ backup: f.name, start: f.time, end: next - 1 });
  }
  const start = last.time;
  const after = errors.filter((t) => t >= start);
  if (e.endTime !== null && e.endTime >= start) runs.push({ backup: last.name, start, end: e.endTime, endFrom: 'endTime' });
  else if (after.length > 0) runs.push({ backup: last.name, start, end: Math.max(...after), endFrom: 'errors' });
  else runs.push({ backup: last.name, start, end: start + windowMinutes * 60_000, endFrom: 'windowMinutes' });
  return { runs, unexplained };
}

/** More than one backup folder of this migration: each collection's run must be found, not assumed. */
export function isResumed(found: RunsFound): boolean {
  return found.runs.length + found.unexplained.length > 1;
}

const iso = (t: number) => new Date(t).toISOString();

export function describeRun(r: MigrationRun): string {
  const end = {
    endTime: "the progress file's endTime",
    errors: 'its last error in the progress file',
    windowMinutes: 'migration.windowMinutes after its start',
  }[r.endFrom];
  return `the run after backup ${r.backup}, ${iso(r.start)} to ${iso(r.end)} (ends at ${end})`;
}
