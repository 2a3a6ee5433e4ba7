/**
 * The live table's digest, from a fresh parallel scan (consistent reads, so
 * a write acknowledged before verify started is seen). Nothing is kept but
 * the running digest. When one segment fails, its siblings stop at their
 * next page rather than scanning on for nothing.
 */
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoClient } from '../clients/dynamodb.js';
import { kindOf } from '../clients/errors.js';
import { type SdkItem, toWire } from '../dynamo/wire.js';
import { Digest, type TableDigest } from './digest.js';

export interface LiveScan {
  client: DynamoClient;
  table: string;
  segments: number;
  onItems(n: number): void;
}

/** The digest, or null when the table no longer exists. */
export async function liveDigest(scan: LiveScan): Promise<TableDigest | null> {
  const digest = new Digest();
  let failed = false;
  const segment = async (n: number) => {
    let startKey: SdkItem | undefined;
    do {
      if (failed) return;
      const page = await scan.client.call({ operation: 'Scan', resource: `table ${scan.table} segment ${n}` }, (sdk) =>
        sdk.send(
          new ScanCommand({
            TableName: scan.table,
            Segment: n,
            TotalSegments: scan.segments,
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
          }),
        ),
      );
      for (const item of page.Items ?? []) digest.add(toWire(item));
      scan.onItems(page.Items?.length ?? 0);
      startKey = page.LastEvaluatedKey;
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
