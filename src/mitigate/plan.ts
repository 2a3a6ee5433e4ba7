/**
 * What mitigate would do to each table, decided from DescribeTable alone:
 * the settings now, the settings wanted, the UpdateTable that gets there
 * (none when it is there already), or why AWS would refuse it. Pure.
 *
 * AWS's rules for switching billing mode, as documented since 2025 (see
 * docs/assess.md): provisioned to on-demand up to four times in a rolling
 * 24 hours; on-demand to provisioned at any time. DescribeTable shows only
 * the last switch to on-demand, not the count, so the four-a-day limit is
 * left to AWS (its LimitExceededException is reported per table); what is
 * refused here is what DescribeTable does show: a table or index that is
 * not ACTIVE (UpdateTable fails on it), and provisioned capacity missing.
 */
import type { TableDescription, UpdateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { type Billing, billingOf, type Capacity } from '../dynamo/table.js';

export interface Settings {
  billing: Billing;
  /** Provisioned capacity of the table; null on on-demand. */
  capacity: Capacity | null;
  /** Each GSI's provisioned capacity (null on on-demand), by name. */
  indexes: Record<string, Capacity | null>;
}

/** The settings wanted: a mode for every table, or each table's own (a revert). */
export type Target = { billing: 'PAY_PER_REQUEST' } | { billing: 'PROVISIONED'; capacity: Capacity; indexes?: Record<string, Capacity> };

export interface TablePlan {
  table: string;
  before: Settings;
  after: Settings;
  /** null: nothing to change (already so), or refused. */
  update: UpdateTableCommandInput | null;
  refusal: string | null;
}

export function settingsOf(t: TableDescription): Settings {
  const billing = billingOf(t);
  const cap = (p: { ReadCapacityUnits?: number; WriteCapacityUnits?: number } | undefined): Capacity | null =>
    billing === 'PROVISIONED' ? { read: p?.ReadCapacityUnits ?? 0, write: p?.WriteCapacityUnits ?? 0 } : null;
  return {
    billing,
    capacity: cap(t.ProvisionedThroughput),
    indexes: Object.fromEntries((t.GlobalSecondaryIndexes ?? []).map((g) => [g.IndexName ?? '', cap(g.ProvisionedThroughput)])),
  };
}

const same = (a: Capacity | null, b: Capacity | null) => (a === null ? b === null : b !== null && a.read === b.read && a.write === b.write);

export function planTable(t: TableDescription, target: Target): TablePlan {
  const table = t.TableName ?? '';
  const before = settingsOf(t);
  const names = Object.keys(before.indexes);
  const after: Settings =
    target.billing === 'PAY_PER_REQUEST'
      ? { billing: 'PAY_PER_REQUEST', capacity: null, indexes: Object.fromEntries(names.map((n) => [n, null])) }
      : {
          billing: 'PROVISIONED',
          capacity: target.capacity,
          indexes: Object.fromEntries(names.map((n) => [n, target.indexes?.[n] ?? target.capacity])),
        };
  const plan = (update: UpdateTableCommandInput | null, refusal: string | null = null): TablePlan => ({
    table,
    before,
    after,
    update,
    refusal,
  });

  const unchanged =
    before.billing === after.billing &&
    same(before.capacity, after.capacity) &&
    names.every((n) => same(before.indexes[n] ?? null, after.indexes[n] ?? null));
  if (unchanged) return plan(null);
  if (t.TableStatus !== 'ACTIVE')
    return plan(
      null,
      `table ${table} is ${t.TableStatus ?? 'in an unknown state'}, not ACTIVE: UpdateTable would be refused; wait until it is ACTIVE and run again`,
    );
  const busy = (t.GlobalSecondaryIndexes ?? []).find((g) => g.IndexStatus !== 'ACTIVE');
  if (busy)
    return plan(
      null,
      `index ${busy.IndexName} of table ${table} is ${busy.IndexStatus ?? 'in an unknown state'}, not ACTIVE: UpdateTable would be refused; wait until it is ACTIVE and run again`,
    );
  if (after.billing === 'PROVISIONED' && (after.capacity!.read < 1 || after.capacity!.write < 1)) {
    return plan(null, `table ${table}: provisioned capacity must be at least 1 read and 1 write unit`);
  }

  if (after.billing === 'PAY_PER_REQUEST') return plan({ TableName: table, BillingMode: 'PAY_PER_REQUEST' });
  // Going to provisioned, every GSI needs its capacity; within provisioned, only those that change may be named.
  const indexUpdates = names
    .filter((n) => before.billing !== 'PROVISIONED' || !same(before.indexes[n] ?? null, after.indexes[n] ?? null))
    .map((n) => ({
      Update: {
        IndexName: n,
        ProvisionedThroughput: { ReadCapacityUnits: after.indexes[n]!.read, WriteCapacityUnits: after.indexes[n]!.write },
      },
    }));
  const tableChanges = before.billing !== 'PROVISIONED' || !same(before.capacity, after.capacity);
  return plan({
    TableName: table,
    ...(before.billing !== 'PROVISIONED' ? { BillingMode: 'PROVISIONED' as const } : {}),
    ...(tableChanges
      ? { ProvisionedThroughput: { ReadCapacityUnits: after.capacity!.read, WriteCapacityUnits: after.capacity!.write } }
      : {}),
    ...(indexUpdates.length > 0 ? { GlobalSecondaryIndexUpdates: indexUpdates } : {}),
  });
}

export function describeSettings(s: Settings): string {
  if (s.billing === 'PAY_PER_REQUEST') return 'on-demand';
  const gsis = Object.entries(s.indexes).map(([n, c]) => `${n} ${c?.read ?? 0}/${c?.write ?? 0}`);
  return `provisioned ${s.capacity?.read ?? 0}/${s.capacity?.write ?? 0}${gsis.length > 0 ? ` (GSIs ${gsis.join(', ')})` : ''}`;
}
