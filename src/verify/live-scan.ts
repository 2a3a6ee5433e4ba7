/**
 * The live table's digest, from a fresh parallel scan (consistent reads, so
 * a write acknowledged before verify started is seen). Nothing is kept but
 * the running digest. When one segment fails, its siblings stop at their
 * next page rather than scanning on for nothing.
 *
 * Each page's items are the service's own DynamoDB JSON, not the SDK's
 * deserialization of it (a reviver on every value, then a walk of the
 * schema, which was most of the live check's time). Each item's canonical
 * text is read straight from its bytes where they are the service's
 * compact form (canonical-wire.ts), item by item, so no page of objects is
 * held at once; any other item is parsed on its own; a page that does not
 * split into objects is parsed whole (export-format/scan-page.ts, as
 * status reads it), which then says what is wrong.
 */
import type { DynamoClient } from '../clients/dynamodb.js';
import { kindOf } from '../clients/errors.js';
import type { SdkItem } from '../dynamo/wire.js';
import { type ItemsPage, pageBounds, pageItem, pageItems, scanItemsPage } from '../export-format/scan-page.js';
import { canonicalFromWire } from './canonical-wire.js';
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
      scan.onItems(addPage(digest, page, resource));
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

/** Adds a page's items to the digest; returns how many. */
function addPage(digest: Digest, page: ItemsPage, resource: string): number {
  const bounds = pageBounds(page);
  if (bounds === null) {
    const items = pageItems(page, resource);
    for (const item of items) digest.add(item);
    return items.length;
  }
  for (const [start, end] of bounds) {
    const text = page.items.toString('utf8', start, end);
    const canonical = canonicalFromWire(text);
    if (canonical !== undefined) digest.addCanonical(canonical);
    else digest.add(pageItem(text, resource));
  }
  return bounds.length;
}
