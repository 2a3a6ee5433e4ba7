/**
 * verify's side of a worker thread: one collection against the export the
 * worker opens itself (a local folder; an s3:// export stays in the main
 * thread, which holds the S3 client). The log is recorded and sent back
 * with the outcome for the parent to replay in collection order.
 */
import type { Location } from '../core/location.js';
import { type LogEvent, recordingReporter } from '../core/recorded-reporter.js';
import { openExport } from '../export-format/reader.js';
import type { ExportSource } from '../export-format/source.js';
import { type CollectionJob, type CollectionOutcome, verifyCollection } from './verify-collection.js';

export const VERIFY_ROLE = 'verify-collection';

/** What every worker of one verify shares. */
export interface VerifyShared {
  /** The export folder (absolute). */
  from: Location;
}

export interface VerifyReply {
  outcome: CollectionOutcome;
  events: LogEvent[];
}

/** Opened once per worker, read for each collection it is given. */
let opened: Promise<ExportSource> | undefined;

export async function verifyInWorker(shared: VerifyShared, job: CollectionJob): Promise<VerifyReply> {
  const { reporter, events } = recordingReporter();
  opened ??= openExport(shared.from);
  const source = await opened;
  const outcome = await verifyCollection(job, source, reporter);
  return { outcome, events };
}
