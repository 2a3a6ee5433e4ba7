/**
 * The live table's digest, from a fresh parallel scan (consistent reads, so
 * a write acknowledged before verify started is seen). Nothing is kept but
 * the running digest.
 */
import { type DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { explainAwsError } from '../aws/errors.js';
import { errorName, type RetryPolicy, withRetry } from '../aws/retry.js';
import { type SdkItem, toWire } from '../dynamo/wire.js';
import { Digest, type TableDigest } from './digest.js';

export interface LiveScan {
  client: DynamoDBClient;
  table: string;
  segments: number;
  retry: RetryPolicy;
  where: { endpoint?: string; region: string };
  onItems(n: number): void;
}

/** The digest, or null when the table no longer exists. */
export async function liveDigest(scan: LiveScan): Promise<TableDigest | null> {
  const digest = new Digest();
  const segment = async (n: number) => {
    let startKey: SdkItem | undefined;
    do {
      const page = await withRetry(
        `scan of ${scan.table} segment ${n}`,
        () =>
          scan.client.send(
            new ScanCommand({ TableName: scan.table, Segment: n, TotalSegments: scan.segments, ConsistentRead: true, ExclusiveStartKey: startKey }),
          ),
        scan.retry,
      );
      for (const item of page.Items ?? []) digest.add(toWire(item));
      scan.onItems(page.Items?.length ?? 0);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  };
  try {
    await Promise.all(Array.from({ length: scan.segments }, (_, n) => segment(n)));
  } catch (err) {
    if (errorName(err) === 'ResourceNotFoundException') return null;
    throw explainAwsError(err, { service: 'DynamoDB', endpoint: scan.where.endpoint, region: scan.where.region, resource: `table ${scan.table}` });
  }
  return digest.value();
}
