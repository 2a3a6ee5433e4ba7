/**
 * The live table's digest, from a fresh parallel scan (consistent reads, so
 * a write acknowledged before verify started is seen). Nothing is kept but
 * the running digest. When one segment fails, its siblings stop at their
 * next page rather than scanning on for nothing.
 *
 * Each page's items are the service's own DynamoDB JSON, parsed by one
 * plain JSON.parse into the wire form the digest hashes
 * (export-format/scan-page.ts, as status reads them), instead of the SDK's
 * deserializer (a reviver on every value, then a walk of the schema), which
 * was most of the live check's time.
 */
import type { DynamoClient } from '../clients/dynamodb.js';
import { kindOf } from '../clients/errors.js';
import type { SdkItem } from '../dynamo/wire.js';
import { pageItems, scanItemsPage } from '../export-format/scan-page.js';
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
    do {
      if (failed || scan.stopped?.()) return;
      const resource = `table ${scan.table} segment ${n}`;
      const page = await scanItemsPage(
        scan.client,
        { TableName: scan.table, Segment: n, TotalSegments: scan.segments, ConsistentRead: true, ExclusiveStartKey: startKey },
        resource,
      );
      const items = pageItems(page, resource);
      for (const item of items) digest.add(item);
      scan.onItems(items.length);
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
