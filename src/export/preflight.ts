/**
 * Everything an export checks before it writes anything: each table exists
 * and is readable (DescribeTable), and the S3 bucket is there. Failures the
 * operator can fix are InputErrors, so a missing table or an unreachable
 * endpoint leaves no folder and no object behind. (The S3 side is
 * checkS3Target in s3-upload.ts, loaded only when there is an upload.)
 */
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { explainAwsError } from '../aws/errors.js';
import { type RetryPolicy, withRetry } from '../aws/retry.js';
import type { TableRef } from '../commands/tables.js';
import { InputError } from '../core/errors.js';
import type { KeyElement } from './source.js';

export interface TableInfo extends TableRef {
  keySchema: KeyElement[];
  /** DescribeTable's figures: AWS refreshes them about every six hours. */
  itemCount: number;
  sizeBytes: number;
}

const READABLE = new Set(['ACTIVE', 'UPDATING']);

export async function describeTables(
  client: DynamoDBClient,
  tables: readonly TableRef[],
  where: { endpoint?: string; region: string },
  retry: RetryPolicy,
): Promise<TableInfo[]> {
  // One at a time: the first failure (often the same for every table) is reported alone.
  const out: TableInfo[] = [];
  for (const ref of tables) {
    let described;
    try {
      described = await withRetry(`DescribeTable ${ref.table}`, () => client.send(new DescribeTableCommand({ TableName: ref.table })), retry);
    } catch (err) {
      throw explainAwsError(err, {
        service: 'DynamoDB',
        endpoint: where.endpoint,
        region: where.region,
        resource: `table ${ref.table}${ref.collection !== ref.table ? ` (collection ${ref.collection})` : ''}`,
        notFoundHint: 'check --stage and --tables (or the tables map of the config file)',
      });
    }
    const t = described.Table;
    const status = t?.TableStatus ?? 'unknown';
    if (!t || !READABLE.has(status)) {
      throw new InputError(`table ${ref.table} is ${status}, not ACTIVE; wait until it is ACTIVE and run again`);
    }
    out.push({
      ...ref,
      keySchema: (t.KeySchema ?? []).map((k) => ({ AttributeName: k.AttributeName ?? '', KeyType: k.KeyType === 'RANGE' ? 'RANGE' : 'HASH' })),
      itemCount: t.ItemCount ?? 0,
      sizeBytes: t.TableSizeBytes ?? 0,
    });
  }
  return out;
}
