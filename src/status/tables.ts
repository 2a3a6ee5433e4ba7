/**
 * Each table's state and point-in-time recovery, read-only. A missing table
 * is a finding (the report lists it), not an exception; an endpoint or
 * credentials problem is an InputError, since nothing can be checked.
 */
import { DescribeContinuousBackupsCommand, DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { explainAwsError } from '../aws/errors.js';
import { errorName, type RetryPolicy, withRetry } from '../aws/retry.js';
import { isUnsupportedOperation } from '../aws/unsupported.js';
import type { TableRef } from '../commands/tables.js';

export type PitrState = 'ENABLED' | 'DISABLED' | 'unknown';

export interface TableState {
  collection: string;
  table: string;
  /** DescribeTable's TableStatus (ACTIVE, UPDATING, ...), or "missing". */
  state: string;
  /** DescribeTable's estimate (AWS refreshes it about every six hours); null when missing. */
  itemCount: number | null;
  pitr: PitrState;
  /** Why PITR is unknown, when it is. */
  pitrNote: string | null;
}

export interface Where {
  endpoint?: string;
  region: string;
}

function isNotFound(err: unknown): boolean {
  const name = errorName(err);
  return name === 'ResourceNotFoundException' || name === 'TableNotFoundException';
}

export async function checkTables(client: DynamoDBClient, refs: readonly TableRef[], where: Where, retry: RetryPolicy): Promise<TableState[]> {
  const out: TableState[] = [];
  for (const ref of refs) {
    const base = { collection: ref.collection, table: ref.table };
    let described;
    try {
      described = await withRetry(`DescribeTable ${ref.table}`, () => client.send(new DescribeTableCommand({ TableName: ref.table })), retry);
    } catch (err) {
      if (isNotFound(err)) {
        out.push({ ...base, state: 'missing', itemCount: null, pitr: 'unknown', pitrNote: 'table missing' });
        continue;
      }
      throw explainAwsError(err, { service: 'DynamoDB', endpoint: where.endpoint, region: where.region, resource: `table ${ref.table}` });
    }
    const pitr = await pitrOf(client, ref.table, where, retry);
    out.push({
      ...base,
      state: described.Table?.TableStatus ?? 'unknown',
      itemCount: described.Table?.ItemCount ?? null,
      ...pitr,
    });
  }
  return out;
}

async function pitrOf(client: DynamoDBClient, table: string, where: Where, retry: RetryPolicy): Promise<{ pitr: PitrState; pitrNote: string | null }> {
  try {
    const res = await withRetry(
      `DescribeContinuousBackups ${table}`,
      () => client.send(new DescribeContinuousBackupsCommand({ TableName: table })),
      retry,
    );
    const status = res.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus;
    if (status === 'ENABLED' || status === 'DISABLED') return { pitr: status, pitrNote: null };
    return { pitr: 'unknown', pitrNote: 'the endpoint gave no PITR status' };
  } catch (err) {
    if (isUnsupportedOperation(err)) {
      return { pitr: 'unknown', pitrNote: `${where.endpoint ?? 'the endpoint'} does not support DescribeContinuousBackups` };
    }
    const name = errorName(err);
    if (name === 'AccessDeniedException') return { pitr: 'unknown', pitrNote: 'no permission for DescribeContinuousBackups' };
    throw explainAwsError(err, { service: 'DynamoDB', endpoint: where.endpoint, region: where.region, resource: `table ${table}` });
  }
}
