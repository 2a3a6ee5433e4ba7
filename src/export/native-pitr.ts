/**
 * Point-in-time recovery, which every native export needs: whether it is on
 * for a table, and the window a requested time must lie in
 * (DescribeContinuousBackups: EarliestRestorableDateTime to
 * LatestRestorableDateTime). Used by export --native before it starts
 * anything, and by status to say so beforehand.
 */
import { DescribeContinuousBackupsCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoClient } from '../clients/dynamodb.js';
import { opt } from '../core/option-name.js';

export interface PitrState {
  table: string;
  enabled: boolean;
  /** ISO 8601; only when enabled. */
  earliest?: string;
  latest?: string;
}

export async function pitrState(client: DynamoClient, table: string): Promise<PitrState> {
  const out = await client.call(
    {
      operation: 'DescribeContinuousBackups',
      resource: `table ${table}`,
      notFoundHint: `check ${opt('stage')} and ${opt('tables')} (or the tables map of the config file)`,
    },
    (sdk) => sdk.send(new DescribeContinuousBackupsCommand({ TableName: table })),
  );
  const pitr = out.ContinuousBackupsDescription?.PointInTimeRecoveryDescription;
  const enabled = pitr?.PointInTimeRecoveryStatus === 'ENABLED';
  return {
    table,
    enabled,
    ...(enabled && pitr?.EarliestRestorableDateTime ? { earliest: pitr.EarliestRestorableDateTime.toISOString() } : {}),
    ...(enabled && pitr?.LatestRestorableDateTime ? { latest: pitr.LatestRestorableDateTime.toISOString() } : {}),
  };
}

/** Why a time cannot be exported from this table, or null when it can (a time after the latest is only not yet exportable). */
export function outsideWindow(state: PitrState, at: string): string | null {
  if (!state.enabled) return `point-in-time recovery is off on table ${state.table}`;
  if (state.earliest && at < state.earliest)
    return `${at} is before the earliest time table ${state.table} can be exported at (${state.earliest}, the start of its point-in-time recovery window)`;
  return null;
}
