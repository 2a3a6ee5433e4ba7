/**
 * Which run of a resumed migration migrated each collection: its base (the
 * backup taken before that run) and its window (that run's span). The
 * three-way merge needs both per collection: a collection the first run
 * migrated and the second skipped holds the first run's updatedAt and came
 * from the first backup, and a file edit made between the runs is in the
 * second backup but not in DynamoDB.
 *
 * The evidence, per collection: the operator's window
 * (migration.windows.<collection>) first; else the items' own timestamps
 * (the migration wrote its time into every item, so the runs whose window
 * holds an item's updatedAt or createdAt are the runs that wrote it),
 * checked against the progress file (a collection whose errors fall in a
 * run was not migrated by it, but by a later one). Where these disagree,
 * where items carry the times of two runs (a collection split across runs,
 * a failed batch after others went in), or where nothing points to one
 * run, the collection is ambiguous: no window is guessed. Pure.
 */
import type { ItemTimes } from './item-times.js';
import type { ProgressEvidence } from './progress-evidence.js';
import { describeRun, type MigrationRun, type RunsFound } from './runs.js';

/** migration.windows.<collection> in the config: ISO times and a backup folder's name. */
export interface ConfiguredWindow {
  start: string;
  end: string;
  backup: string;
}

export interface CollectionRun {
  collection: string;
  /** The run's backup folder (its name in the backup dir) and window; null when ambiguous. */
  backup: string | null;
  start: number | null;
  end: number | null;
  how: 'configured' | 'items' | 'progress' | 'ambiguous';
  /** The evidence in one line, or why it is ambiguous. Ids and counts only. */
  why: string;
}

/** Per collection, how many items carry a time inside each run's window, and inside each unexplained folder's span. */
export interface RunTally {
  inRun: number[];
  inUnexplained: number[];
}

/**
 * Counts, item by item, the runs whose window holds its updatedAt or
 * createdAt (the migration wrote its time into updatedAt always, into
 * createdAt where there was none), and the unexplained folders' spans that
 * hold its updatedAt (a span is long: a createdAt in it is the app's own,
 * from before the migration, but no updatedAt from before the last run's
 * backup reached DynamoDB other than through a run).
 */
export class RunTallier {
  readonly tally: RunTally;

  constructor(private readonly found: RunsFound) {
    this.tally = { inRun: found.runs.map(() => 0), inUnexplained: found.unexplained.map(() => 0) };
  }

  add(times: ItemTimes): void {
    const within = (t: number | null, w: { start: number; end: number }) => t !== null && t >= w.start && t <= w.end;
    this.found.runs.forEach((r, i) => {
      if (within(times.updatedAt, r) || within(times.createdAt, r)) this.tally.inRun[i]!++;
    });
    this.found.unexplained.forEach((u, i) => {
      if (within(times.updatedAt, u)) this.tally.inUnexplained[i]!++;
    });
  }
}

export function collectionRun(
  collection: string,
  found: RunsFound,
  e: ProgressEvidence,
  tally: RunTally,
  configured: ConfiguredWindow | undefined,
): CollectionRun {
  if (configured) {
    return {
      collection,
      backup: configured.backup,
      start: Date.parse(configured.start),
      end: Date.parse(configured.end),
      how: 'configured',
      why: `given in the config (migration.windows.${collection})`,
    };
  }
  const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;
  const ambiguous = (why: string): CollectionRun => ({ collection, backup: null, start: null, end: null, how: 'ambiguous', why });
  const take = (r: MigrationRun, how: 'items' | 'progress', why: string): CollectionRun => ({
    collection,
    backup: r.backup,
    start: r.start,
    end: r.end,
    how,
    why: `${describeRun(r)}: ${why}`,
  });
  const { runs, unexplained } = found;

  // The progress file: runs in which the collection failed did not migrate it (all of it); a failed batch after the first means a part went in.
  const errors = e.collections.get(collection)?.errors ?? [];
  const spanEnd = (i: number) => (runs[i + 1]?.start ?? Infinity) - 1;
  const failedIn = runs.flatMap((r, i) => (errors.some((x) => x.time >= r.start && x.time <= spanEnd(i)) ? [i] : []));
  const split = runs.find(
    (r, i) => failedIn.includes(i) && errors.some((x) => x.batch !== null && x.batch > 0 && x.time >= r.start && x.time <= spanEnd(i)),
  );
  if (split)
    return ambiguous(
      `its errors in the progress file say a batch after the first failed in ${describeRun(split)}, so the items before it went in then and the rest in a later run: one window and one base cannot hold both`,
    );
  const after = failedIn.length > 0 ? Math.max(...failedIn) + 1 : 0;
  const candidates = runs.map((_, i) => i).filter((i) => i >= after);

  const inRuns = tally.inRun.flatMap((n, i) => (n > 0 ? [i] : []));
  const inOdd = tally.inUnexplained.flatMap((n, i) => (n > 0 ? [i] : []));
  if (inOdd.length > 0) {
    const u = unexplained[inOdd[0]!]!;
    return ambiguous(
      `an updatedAt after backup ${u.backup}, which the progress file shows no run for, on ${items(tally.inUnexplained[inOdd[0]!]!)}`,
    );
  }
  if (inRuns.length > 1) {
    return ambiguous(
      `its items carry the times of ${inRuns.length} runs (${inRuns.map((i) => `${items(tally.inRun[i]!)} of the run after backup ${runs[i]!.backup}`).join(', ')})`,
    );
  }
  if (inRuns.length === 1) {
    const i = inRuns[0]!;
    if (!candidates.includes(i))
      return ambiguous(
        `its items carry the times of the run after backup ${runs[i]!.backup}, but the progress file has it fail in that run or a later one`,
      );
    const failed = failedIn.length > 0 ? `; it failed in the run after backup ${runs[Math.max(...failedIn)]!.backup}` : '';
    return take(runs[i]!, 'items', `its times on ${items(tally.inRun[i]!)}${failed}`);
  }
  // One run with evidence (other folders without any): it is the run, as for a migration that ran once.
  if (runs.length === 1) return take(runs[0]!, 'progress', 'the only run the progress file shows');
  // No item holds a migration time any more (all rewritten since, or none): the progress file alone must name one run.
  if (candidates.length === 1 && unexplained.length === 0 && failedIn.length > 0) {
    return take(runs[candidates[0]!]!, 'progress', `no item carries a migration time any more; it failed in every earlier run`);
  }
  return ambiguous('no item carries the time of any run, and the progress file does not say which run migrated it');
}

/** The message of a refusal: which collections, why, and the config key to set. */
export function ambiguityMessage(ambiguous: readonly CollectionRun[], folders: string): string {
  const lines = ambiguous.map((c) => `${c.collection}: ${c.why}`);
  const keys = ambiguous.map((c) => `migration.windows.${c.collection}`).join(', ');
  return `the migration ran more than once (${folders}) and which run migrated ${ambiguous.map((c) => c.collection).join(', ')} is not clear: ${lines.join('; ')}. Nothing was written. Give each its run in the config (${keys}: { start: <ISO time>, end: <ISO time>, backup: <folder name in the backup dir> }; see docs/config.md)`;
}
