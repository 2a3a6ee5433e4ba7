/**
 * One scan segment of one table, streamed into rotating gzip data files.
 * After each file is closed (fsynced, renamed) the segment's checkpoint is
 * rewritten with the files so far and the key the scan continues from, so a
 * killed export resumes exactly where its last whole file ended.
 */
import path from 'node:path';
import type { ScanCommandInput } from '@aws-sdk/client-dynamodb';
import type { DynamoClient } from '../clients/dynamodb.js';
import { fromWire, type SdkItem, toWire } from '../dynamo/wire.js';
import { writeFileAtomic } from '../fsafe/atomic-write.js';
import { GzipFile } from '../export-format/data-file.js';
import { scanPage } from '../export-format/raw-scan.js';
import { checkpointKey, dataFileKey, type FileEntry, nextPageLimit, type SegmentCheckpoint } from '../export-format/layout.js';
import { rm } from 'node:fs/promises';

export interface SegmentLimits {
  /** Rotate the data file after this many items... */
  fileMaxItems: number;
  /** ...or this many bytes of JSON lines (before gzip). */
  fileMaxBytes: number;
  /** A fixed Scan Limit per page; undefined adapts it to the item size (nextPageLimit). */
  pageLimit?: number;
  gzipLevel: number;
}

export interface SegmentJob {
  /** Owns the retries: a throttled page is sent again there, within the retry budget. */
  client: DynamoClient;
  table: string;
  /** Export root and the table's folder under it. */
  root: string;
  dir: string;
  checkpoint: SegmentCheckpoint;
  limits: SegmentLimits;
  /** Set when another worker failed: stop at the next page. */
  signal: AbortSignal;
  onItems(n: number): void;
  /** Test hook, called after each page is handed to the writer (e.g. to simulate a crash). */
  onPage?(info: { table: string; segment: number; page: number }): void | Promise<void>;
}

export class AbortedError extends Error {
  constructor() {
    super('aborted because another part of the export failed');
    this.name = 'AbortedError';
  }
}

export async function exportSegment(job: SegmentJob): Promise<SegmentCheckpoint> {
  const { table, limits, signal } = job;
  const { segment, totalSegments } = job.checkpoint;
  const where = `table ${table} segment ${segment}`;
  let cp = job.checkpoint;
  let pages = 0;
  // One body buffer, and two line buffers taking turns: page n+1 is scanned while page n is compressed.
  const body = {};
  const lines = [{}, {}];
  let seenBytes = 0;
  let seenItems = 0;
  while (!cp.done) {
    const key = dataFileKey(job.dir, segment, cp.files.length);
    let startKey: SdkItem | undefined = cp.lastEvaluatedKey ? fromWire(cp.lastEvaluatedKey) : undefined;
    let itemCount = 0;
    let bytes = 0;
    let finished = false;
    const input = (): ScanCommandInput => ({
      TableName: table,
      ConsistentRead: true,
      ...(totalSegments > 1 ? { Segment: segment, TotalSegments: totalSegments } : {}),
      Limit: limits.pageLimit ?? nextPageLimit(seenBytes, seenItems),
      ...(startKey ? { ExclusiveStartKey: startKey } : {}),
    });
    const file = new GzipFile(path.join(job.root, key), limits.gzipLevel);
    const writing: Promise<void>[] = [Promise.resolve(), Promise.resolve()];
    let written;
    try {
      for (let turn = 0; itemCount < limits.fileMaxItems && bytes < limits.fileMaxBytes; turn ^= 1) {
        if (signal.aborted) throw new AbortedError();
        await writing[turn];
        const page = await scanPage(job.client, input(), where, { body, lines: lines[turn] });
        itemCount += page.count;
        bytes += page.lines.length;
        seenItems += page.count;
        seenBytes += page.lines.length;
        startKey = page.lastEvaluatedKey;
        if (page.lines.length > 0) {
          writing[turn] = file.write(page.lines);
          writing[turn]!.catch(() => {}); // awaited on the next turn or below
        }
        job.onItems(page.count);
        pages++;
        await job.onPage?.({ table, segment, page: pages });
        if (!startKey) {
          finished = true;
          break;
        }
      }
      await Promise.all(writing);
      written = await file.close();
    } catch (err) {
      await file.abort();
      throw err;
    }
    const entry: FileEntry = { itemCount, sha256: written.sha256, bytes: written.bytes, dataFileS3Key: key };
    // An empty last file after a full one adds nothing; keep one file per segment at least.
    const keep = itemCount > 0 || cp.files.length === 0;
    if (!keep) await rm(path.join(job.root, key), { force: true });
    cp = {
      segment,
      totalSegments,
      files: keep ? [...cp.files, entry] : cp.files,
      ...(startKey ? { lastEvaluatedKey: toWire(startKey) } : {}),
      done: finished,
    };
    await writeFileAtomic(path.join(job.root, checkpointKey(job.dir, segment)), JSON.stringify(cp));
  }
  return cp;
}
