/**
 * verify's side of a worker thread: one collection against the export the
 * worker opens itself (a local folder; an s3:// export stays in the main
 * thread, which holds the S3 client). The log is recorded and sent back
 * with the outcome for the parent to replay in collection order. Or one
 * part of a large collection, which logs nothing (verify-part.ts).
 */
import type { Location } from '../core/location.js';
import { type LogEvent, recordingReporter } from '../core/recorded-reporter.js';
import { openExport } from '../export-format/reader.js';
import type { ExportSource } from '../export-format/source.js';
import type { FileIndex } from './file-index.js';
import { type CollectionJob, type CollectionOutcome, verifyCollection } from './verify-collection.js';
import { type PartOutcome, verifyPart } from './verify-part.js';

export const VERIFY_ROLE = 'verify-collection';

/** What every worker of one verify shares. */
export interface VerifyShared {
  /** The export folder (absolute). */
  from: Location;
}

/** A collection whole (of 1), or part `part` of `of` of a large one (verify-part.ts). */
export interface VerifyTask {
  job: CollectionJob;
  part: number;
  of: number;
}

export type VerifyReply = { outcome: CollectionOutcome; events: LogEvent[] } | { part: PartOutcome };

/** Opened once per worker, read for each collection it is given. */
let opened: Promise<ExportSource> | undefined;

export async function verifyInWorker(shared: VerifyShared, task: VerifyTask): Promise<VerifyReply> {
  opened ??= openExport(shared.from);
  return verifyTask(task, await opened);
}

/**
 * One task, in whichever thread: a whole collection's log recorded for the
 * parent to replay in order. keep: the parent's thread keeps a part's
 * index for the merge (verifyPart).
 */
export async function verifyTask(task: VerifyTask, source: ExportSource, keep?: (index: FileIndex) => void): Promise<VerifyReply> {
  if (task.of > 1) return { part: await verifyPart(task.job, task.part, task.of, source, keep) };
  const { reporter, events } = recordingReporter();
  const outcome = await verifyCollection(task.job, source, reporter);
  return { outcome, events };
}
