/**
 * rollback's side of a worker thread: one collection read and planned
 * against the export the worker opens itself (a local folder), reads only.
 * What comes back is plain data: the report entry, the entries (items not
 * in the base as their text), the base file's index and its open file, and
 * the log, recorded for the main thread to replay in collection order, so
 * the log, the report and the files written are those of a plan made in
 * the main thread. A failure comes back as data too: the main thread
 * raises the first in collection order, after the logs before it.
 */
import { type Fidelity, loadCollection, type PrecisionWarning } from '../collection/collect.js';
import type { CollectionFile } from '../collection/collection-file.js';
import { type BaseBodies, FileBase } from '../collection/file-base.js';
import type { PlannedEntry } from '../collection/planned-file.js';
import type { Target } from '../collection/targets.js';
import { itemText } from '../convert/serialize.js';
import { FailedError, InputError } from '../core/errors.js';
import type { Location } from '../core/location.js';
import { type LogEvent, recordingReporter, replay } from '../core/recorded-reporter.js';
import type { Reporter } from '../core/reporter.js';
import { openExport } from '../export-format/reader.js';
import type { ExportSource } from '../export-format/source.js';
import { planCollection, type Strategy } from '../merge/plan.js';
import type { Prefer } from '../merge/settle.js';
import { collectionReport } from './collection-report.js';
import type { PlannedCollection } from './planned-collection.js';
import type { CollectionReport, MigrationRunRecord } from './result.js';

export const ROLLBACK_ROLE = 'rollback-collection';

/** What every worker of one rollback shares. */
export interface PlanShared {
  /** The export folder (absolute). */
  from: Location;
}

export interface PlanJob {
  target: Target;
  dataDir: string;
  /** The migration backup folder this collection's base is read from (null: strategy export without one). */
  backupDir: string | null;
  fidelity: Fidelity;
  strategy: Strategy;
  prefer: Prefer;
  run: MigrationRunRecord | null;
}

export interface PlanReply {
  events: LogEvent[];
  /** Each precision warning with the number of log events recorded before it: where it stands in the log. */
  precision: { at: number; warning: PrecisionWarning }[];
  outcome: { planned: HandedOver } | { failed: { kind: 'input' | 'failed' | 'other'; message: string } };
}

interface HandedOver {
  target: Target;
  current: CollectionFile;
  entries: PlannedEntry[];
  bodies: BaseBodies;
  report: Omit<CollectionReport, 'migrationRun'>;
  run: MigrationRunRecord | null;
}

/** Opened once per worker, read for each collection it is given. */
let opened: Promise<ExportSource> | undefined;

export async function planInWorker(shared: PlanShared, job: PlanJob): Promise<PlanReply> {
  const { reporter, events } = recordingReporter();
  const precision: PlanReply['precision'] = [];
  try {
    opened ??= openExport(shared.from);
    const source = await opened;
    const onPrecision = (warning: PrecisionWarning) => precision.push({ at: events.length, warning });
    const loaded = await loadCollection(job.target, job.dataDir, job.backupDir, source, reporter, onPrecision, job.fidelity);
    try {
      const plan = planCollection(loaded.input, job.strategy, job.prefer);
      const report = collectionReport(loaded, plan);
      const { base } = loaded.input;
      if (!(base instanceof FileBase)) throw new Error('internal: a worker plans only from a base file');
      // A JsonNumber would not cross threads as one: items not in the base go as the text the writer would make of them.
      const entries = plan.entries.map((e) => (typeof e === 'number' ? e : itemText(e)));
      return {
        events,
        precision,
        outcome: { planned: { target: job.target, current: loaded.current, entries, bodies: base.handOver(), report, run: job.run } },
      };
    } finally {
      // The main thread opens the base file again (a worker's files close when it exits).
      loaded.release();
    }
  } catch (err) {
    const kind = err instanceof InputError ? 'input' : err instanceof FailedError ? 'failed' : 'other';
    return { events, precision, outcome: { failed: { kind, message: err instanceof Error ? err.message : String(err) } } };
  }
}

/** The main thread's side: a worker's reply logged as if planned here (its precision warnings through onPrecision), and its plan or its error. */
export function plannedFromWorker(reply: PlanReply, reporter: Reporter, onPrecision: (w: PrecisionWarning) => void): PlannedCollection {
  let next = 0;
  const warnUpTo = (at: number) => {
    while (next < reply.precision.length && reply.precision[next]!.at <= at) onPrecision(reply.precision[next++]!.warning);
  };
  replay(reply.events, reporter, warnUpTo);
  warnUpTo(Infinity);
  const { outcome } = reply;
  if ('failed' in outcome) {
    const { kind, message } = outcome.failed;
    throw kind === 'input' ? new InputError(message) : kind === 'failed' ? new FailedError(message) : new Error(message);
  }
  const { target, current, entries, bodies, report, run } = outcome.planned;
  const base = FileBase.adopt(bodies);
  return { target, current, entries, base, report, run, release: () => base.release() };
}
