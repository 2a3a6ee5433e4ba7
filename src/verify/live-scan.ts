/**
 * The live table's digest, from a fresh parallel scan (consistent reads, so
 * a write acknowledged before verify started is seen). Nothing is kept but
 * the running digest. When one segment fails, its siblings stop at their
 * next page rather than scanning on for nothing.
 *
 * Pages are read as the export reads them (export-format/raw-scan.ts): each
 * item's DynamoDB JSON as the service sent it, parsed once with a plain
 * JSON.parse into the wire form the digest hashes, instead of the SDK's
 * deserializer (a reviver on every value, then a walk of the schema), which
 * was most of the live check's time.
 */
import type { DynamoClient } from '../clients/dynamodb.js';
import { kindOf } from '../clients/errors.js';
import type { SdkItem, WireItem } from '../dynamo/wire.js';
import { type PageScratch, scanPage } from '../export-format/raw-scan.js';
import { Digest, type TableDigest } from './digest.js';

export interface LiveScan {
  client: DynamoClient;
  table: string;
  segments: number;
  onItems(n: number): void;
  /** True once the caller gave up (verify failed meanwhile): each segment ends at its next page. */
  stopped?: () => boolean;
}

/** The digest, or null when the table no longer exists. */
export async function liveDigest(scan: LiveScan): Promise<TableDigest | null> {
  const digest = new Digest();
  let failed = false;
  const segment = async (n: number) => {
    let startKey: SdkItem | undefined;
    const scratch: PageScratch = { body: {}, lines: {} };
    do {
      if (failed || scan.stopped?.()) return;
      const page = await scanPage(
        scan.client,
        { TableName: scan.table, Segment: n, TotalSegments: scan.segments, ConsistentRead: true, ExclusiveStartKey: startKey },
        `table ${scan.table} segment ${n}`,
        scratch,
        false,
      );
      addLines(digest, page.lines);
      scan.onItems(page.count);
      startKey = page.lastEvaluatedKey;
    } while (startKey);
  };
  const settled = await Promise.allSettled(
    Array.from({ length: scan.segments }, (_, n) =>
      segment(n).catch((err: unknown) => {
        failed = true;
        throw err;
      }),
    ),
  );
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) {
    if (kindOf(failure.reason) === 'not-found') return null;
    throw failure.reason;
  }
  return digest.value();
}

/** Each data-file line ({"Item": ...}, one per line: scanPage counted them) into the digest. */
function addLines(digest: Digest, lines: Buffer): void {
  const text = lines.toString('utf8');
  for (let at = 0; at < text.length;) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    if (end > at) digest.add((JSON.parse(text.slice(at, end)) as { Item: WireItem }).Item);
    at = end + 1;
  }
}
