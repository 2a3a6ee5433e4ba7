/**
 * When the migration wrote to DynamoDB, so that a timestamp inside that
 * window can be told for the migration's own (it overwrote updatedAt on
 * every item). From the progress file's startTime and endTime when it has
 * them; else from the backup's time (the migration copies the files first,
 * then writes) to that plus migration.windowMinutes; else unknown, and then
 * no timestamp is taken for the migration's. Pure.
 */
export interface MigrationWindow {
  start: number;
  end: number;
  /** How it was found, said in the plan and the report. */
  from: 'progress-file' | 'progress-start' | 'backup-time';
}

export interface WindowInputs {
  /** The progress file's startTime and endTime (or completedAt), as it holds them. */
  startTime?: unknown;
  endTime?: unknown;
  /** When the backup was made (its folder's timestamp name), if known. */
  backupTime: Date | null;
  windowMinutes: number;
}

const time = (v: unknown): number | null => {
  if (typeof v !== 'string') return null;
  const t = Date.parse(v);
  return Number.isFinite(t) ? t : null;
};

export function migrationWindow(w: WindowInputs): MigrationWindow | null {
  const start = time(w.startTime);
  const end = time(w.endTime);
  if (start !== null && end !== null && end >= start) return { start, end, from: 'progress-file' };
  const from = start ?? w.backupTime?.getTime() ?? null;
  if (from === null) return null;
  return { start: from, end: from + w.windowMinutes * 60_000, from: start !== null ? 'progress-start' : 'backup-time' };
}

export function describeWindow(w: MigrationWindow | null, windowMinutes: number): string {
  if (!w)
    return "unknown (no startTime in the progress file and no timestamp in the backup folder name): no updatedAt is taken for the migration's";
  const span = `${new Date(w.start).toISOString()} to ${new Date(w.end).toISOString()}`;
  if (w.from === 'progress-file') return `${span} (the progress file's startTime and endTime)`;
  return `${span} (${w.from === 'progress-start' ? "the progress file's startTime" : "the backup folder's time"} plus migration.windowMinutes ${windowMinutes})`;
}
