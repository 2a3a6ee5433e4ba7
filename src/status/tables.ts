/**
 * Each table's state and point-in-time recovery, read-only. A missing table
 * is a finding (the report lists it), not an exception; an endpoint or
 * credentials problem is an InputError, since nothing can be checked.
 */
import { DescribeContinuousBackupsCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoClient } from '../clients/dynamodb.js';
import { kindOf } from '../clients/errors.js';
import type { TableRef } from '../config/tables.js';
import { describeTable } from '../clients/dynamodb-describe.js';

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
  /** The point-in-time recovery window (ISO 8601), when PITR is on: a native export's time must lie in it. */
  pitrWindow?: { earliest: string; latest: string };
  /** Where the table's name came from (the config's key, the default, --tables). */
  source?: string;
}

export async function checkTables(client: DynamoClient, refs: readonly TableRef[]): Promise<TableState[]> {
  const out: TableState[] = [];
  for (const ref of refs) {
    const base = { collection: ref.collection, table: ref.table, ...(ref.source ? { source: ref.source } : {}) };
    let described;
    try {
      described = await describeTable(client, ref);
    } catch (err) {
      if (kindOf(err) === 'not-found') {
        out.push({ ...base, state: 'missing', itemCount: null, pitr: 'unknown', pitrNote: 'table missing' });
        continue;
      }
      throw err;
    }
    const pitr = await pitrOf(client, ref.table);
    out.push({
      ...base,
      state: described.TableStatus ?? 'unknown',
      itemCount: described.ItemCount ?? null,
      ...pitr,
    });
  }
  return out;
}

async function pitrOf(
  client: DynamoClient,
  table: string,
): Promise<{ pitr: PitrState; pitrNote: string | null; pitrWindow?: { earliest: string; latest: string } }> {
  try {
    const res = await client.call({ operation: 'DescribeContinuousBackups', resource: `table ${table}` }, (sdk) =>
      sdk.send(new DescribeContinuousBackupsCommand({ TableName: table })),
    );
    const d = res.ContinuousBackupsDescription?.PointInTimeRecoveryDescription;
    const status = d?.PointInTimeRecoveryStatus;
    if (status === 'ENABLED' && d?.EarliestRestorableDateTime && d.LatestRestorableDateTime) {
      return {
        pitr: status,
        pitrNote: null,
        pitrWindow: { earliest: d.EarliestRestorableDateTime.toISOString(), latest: d.LatestRestorableDateTime.toISOString() },
      };
    }
    if (status === 'ENABLED' || status === 'DISABLED') return { pitr: status, pitrNote: null };
    return { pitr: 'unknown', pitrNote: 'the endpoint gave no PITR status' };
  } catch (err) {
    const kind = kindOf(err);
    if (kind === 'unsupported')
      return { pitr: 'unknown', pitrNote: `${client.scope.endpoint ?? 'the endpoint'} does not support DescribeContinuousBackups` };
    if (kind === 'denied') return { pitr: 'unknown', pitrNote: 'no permission for DescribeContinuousBackups' };
    throw err;
  }
}
