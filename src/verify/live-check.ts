/**
 * --live: the export against the tables as they are now, by a parallel
 * scan's digest, or (--since) by the incremental export written since.
 * A table that changed is written after the export: a failure.
 *
 * The scans start (startLiveScans) before the collections are checked and
 * run beside that work: a scan waits on the network (here, on DynamoDB),
 * the check on the CPU. Their progress is shown once the check is done,
 * from the count already reached, so the log reads as before and a
 * terminal never has two bars at once.
 */
import type { DynamoClient } from '../clients/dynamodb.js';
import type { S3 } from '../clients/s3.js';
import type { Location } from '../core/location.js';
import type { Reporter } from '../core/reporter.js';
import type { ExportSource } from '../export-format/source.js';
import { sameDigest, type TableDigest } from './digest.js';
import type { ExportedCollection } from './export-collections.js';
import { liveFromChanges } from './live-changes.js';
import { liveDigest } from './live-scan.js';
import { changedLine, liveLine } from './live-lines.js';

export interface LiveReport {
  collection: string;
  table: string;
  exported: TableDigest;
  /** null when the table no longer exists (or, read from an incremental export, when it changed). */
  live: TableDigest | null;
  same: boolean;
  /** --since: read from the incremental export, not a scan: the ids written since the export. */
  changedIds?: string[];
}

export interface LiveInputs {
  /** --since: the incremental export to read instead of a scan. */
  since: Location | undefined;
  stage: string;
  /** Parallel scan segments. */
  segments: number;
  s3: S3 | undefined;
  dynamo: DynamoClient | undefined;
}

/** One table's scan running in the background: its items so far, and who is told of more. */
interface RunningScan {
  digest: Promise<TableDigest | null>;
  scanned: number;
  onItems: (n: number) => void;
}

/** The live tables' scans, started one table after another; stop() ends them at their next page (verify failed meanwhile). */
export interface LiveScans {
  readonly scans: ReadonlyMap<string, RunningScan>;
  stop(): void;
}

/**
 * Starts scanning every table (not with --since, which reads an
 * incremental export instead): null then. A scan's failure is held for
 * checkLive, never left unhandled.
 */
export function startLiveScans(tables: readonly ExportedCollection[], inputs: LiveInputs): LiveScans | null {
  if (inputs.since !== undefined) return null;
  const client = inputs.dynamo;
  if (!client) throw new Error('internal: verify --live needs a DynamoDB client');
  let stopped = false;
  const scans = new Map<string, RunningScan>();
  let previous: Promise<unknown> = Promise.resolve();
  for (const { info } of tables) {
    const running: RunningScan = { scanned: 0, onItems: () => {}, digest: Promise.resolve(null) };
    const after = previous;
    running.digest = (async () => {
      await after.catch(() => {});
      return liveDigest({
        client,
        table: info.table,
        segments: inputs.segments,
        stopped: () => stopped,
        onItems: (n) => {
          running.scanned += n;
          running.onItems(n);
        },
      });
    })();
    running.digest.catch(() => {});
    previous = running.digest;
    scans.set(info.table, running);
  }
  return {
    scans,
    stop: () => {
      stopped = true;
    },
  };
}

/** Each exported table now against the export's digest of it (`exported`, by table); a table that changed is logged as an error. */
export async function checkLive(
  tables: readonly ExportedCollection[],
  exported: ReadonlyMap<string, TableDigest>,
  source: ExportSource,
  inputs: LiveInputs,
  reporter: Reporter,
  started: LiveScans | null = startLiveScans(tables, inputs),
): Promise<LiveReport[]> {
  if (inputs.since !== undefined) {
    const found = await liveFromChanges(
      inputs.since,
      source,
      inputs.stage,
      tables.map((t) => ({ collection: t.collection, table: t.info.table })),
      inputs.s3,
    );
    reporter.info(`live: read the incremental export ${found.location} (${found.fromTime} to ${found.toTime}) instead of scanning`);
    return found.tables.map((c) => {
      const same = c.changedIds.length === 0;
      if (!same) reporter.error(`table ${c.table}: ${changedLine(c.changedIds)}`);
      return {
        collection: c.collection,
        table: c.table,
        exported: exported.get(c.table)!,
        live: same ? exported.get(c.table)! : null,
        same,
        changedIds: c.changedIds,
      };
    });
  }
  if (!started) throw new Error('internal: verify --live scans were not started');
  const live: LiveReport[] = [];
  for (const { collection, info } of tables) {
    const scan = started.scans.get(info.table)!;
    const progress = reporter.progress(`live ${info.table}`, { unit: 'items', total: info.itemCount });
    if (scan.scanned > 0) progress.add(scan.scanned);
    scan.onItems = (n) => progress.add(n);
    const now = await scan.digest;
    const before = exported.get(info.table)!;
    const same = now !== null && sameDigest(before, now);
    progress.done(same ? 'same as the export' : 'differs from the export');
    if (!same) reporter.error(`table ${info.table}: ${liveLine(before, now)}`);
    live.push({ collection, table: info.table, exported: before, live: now, same });
  }
  return live;
}
