/**
 * What the migration's progress file says about its runs, read from the
 * parsed JSON as the app's script writes it: startTime and endTime (reset
 * by every run), status, backupPath (the last run's backup), errors[] with
 * a timestamp each (a failed run leaves one when it stops), and per
 * collection its status and errors[] (timestamp, and the batch that failed).
 * Anything not in that shape is left out, never guessed. Pure.
 */

export interface CollectionEvidence {
  status: string | null;
  /** When each of its errors happened, and the failed batch's index where the error names one. */
  errors: Array<{ time: number; batch: number | null }>;
}

export interface ProgressEvidence {
  startTime: number | null;
  endTime: number | null;
  status: string | null;
  /** The last name of backupPath: the folder of the last run's backup. */
  backupName: string | null;
  /** The times of the run-level errors. */
  errors: number[];
  /** In the file's order (the order the script met them). */
  collections: Map<string, CollectionEvidence>;
}

export const NO_EVIDENCE: ProgressEvidence = {
  startTime: null,
  endTime: null,
  status: null,
  backupName: null,
  errors: [],
  collections: new Map(),
};

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const timeOf = (v: unknown): number | null => {
  if (typeof v !== 'string') return null;
  const t = Date.parse(v);
  return Number.isFinite(t) ? t : null;
};
const SHORT_PLAIN = /^[\w .:/-]{1,40}$/;
const plain = (v: unknown): string | null => (typeof v === 'string' && SHORT_PLAIN.test(v) ? v : null);

function errorTimes(list: unknown): Array<{ time: number; batch: number | null }> {
  if (!Array.isArray(list)) return [];
  return list.flatMap((e) => {
    if (!isRec(e)) return [];
    const time = timeOf(e.timestamp);
    if (time === null) return [];
    const batch = typeof e.batch === 'number' && Number.isInteger(e.batch) && e.batch >= 0 ? e.batch : null;
    return [{ time, batch }];
  });
}

export function progressEvidence(data: unknown): ProgressEvidence {
  if (!isRec(data)) return NO_EVIDENCE;
  const collections = new Map<string, CollectionEvidence>();
  if (isRec(data.collections)) {
    for (const [name, c] of Object.entries(data.collections)) {
      if (!isRec(c)) continue;
      collections.set(name, { status: plain(c.status), errors: errorTimes(c.errors) });
    }
  }
  const backupPath = typeof data.backupPath === 'string' ? data.backupPath.replace(/[\\/]+$/, '') : '';
  const backupName = backupPath.split(/[\\/]/).at(-1) ?? '';
  return {
    startTime: timeOf(data.startTime),
    endTime: timeOf(data.endTime) ?? timeOf(data.completedAt),
    status: plain(data.status),
    backupName: backupName === '' ? null : backupName,
    errors: errorTimes(data.errors).map((e) => e.time),
    collections,
  };
}

/** Every error time the file records, run-level and per collection. */
export function allErrorTimes(e: ProgressEvidence): number[] {
  return [...e.errors, ...[...e.collections.values()].flatMap((c) => c.errors.map((x) => x.time))];
}
