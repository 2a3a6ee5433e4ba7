/** The plan from DescribeTable alone: the UpdateTable that gets there, nothing when already there, or why AWS would refuse. */
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { planTable } from '../../src/mitigate/plan.js';
import { onDemandTable, provisionedTable } from '../assess/fixtures.js';

describe('planTable', () => {
  it('to on-demand: BillingMode only, GSIs follow', () => {
    const p = planTable(provisionedTable('t', 5, 5, [{ name: 'g' }]), { billing: 'PAY_PER_REQUEST' });
    expect([p.update, p.refusal]).toEqual([{ TableName: 't', BillingMode: 'PAY_PER_REQUEST' }, null]);
  });

  it('to provisioned from on-demand: every GSI given its capacity (AWS requires it)', () => {
    const p = planTable(onDemandTable('t', ['a', 'b']), {
      billing: 'PROVISIONED',
      capacity: { read: 4, write: 2 },
      indexes: { a: { read: 9, write: 9 } },
    });
    expect(p.update).toEqual({
      TableName: 't',
      BillingMode: 'PROVISIONED',
      ProvisionedThroughput: { ReadCapacityUnits: 4, WriteCapacityUnits: 2 },
      GlobalSecondaryIndexUpdates: [
        { Update: { IndexName: 'a', ProvisionedThroughput: { ReadCapacityUnits: 9, WriteCapacityUnits: 9 } } },
        { Update: { IndexName: 'b', ProvisionedThroughput: { ReadCapacityUnits: 4, WriteCapacityUnits: 2 } } },
      ],
    });
  });

  it('within provisioned: names only what changes (AWS refuses an update to the same value)', () => {
    const p = planTable(provisionedTable('t', 5, 5, [{ name: 'g', read: 3, write: 3 }]), {
      billing: 'PROVISIONED',
      capacity: { read: 5, write: 5 },
      indexes: { g: { read: 6, write: 3 } },
    });
    expect(p.update).toEqual({
      TableName: 't',
      GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'g', ProvisionedThroughput: { ReadCapacityUnits: 6, WriteCapacityUnits: 3 } } }],
    });
  });

  it('already so: no update, no refusal, even while UPDATING', () => {
    const p = planTable({ ...onDemandTable('t'), TableStatus: 'UPDATING' }, { billing: 'PAY_PER_REQUEST' });
    expect([p.update, p.refusal]).toEqual([null, null]);
  });

  it.each<[string, TableDescription, string]>([
    [
      'a table not ACTIVE',
      { ...provisionedTable('t'), TableStatus: 'UPDATING' },
      'table t is UPDATING, not ACTIVE: UpdateTable would be refused; wait until it is ACTIVE and run again',
    ],
    [
      'a GSI not ACTIVE',
      {
        ...provisionedTable('t', 5, 5, [{ name: 'g' }]),
        GlobalSecondaryIndexes: [
          { IndexName: 'g', IndexStatus: 'CREATING', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } },
        ],
      },
      'index g of table t is CREATING, not ACTIVE: UpdateTable would be refused; wait until it is ACTIVE and run again',
    ],
  ])('refuses %s', (_name, table, refusal) => {
    const p = planTable(table, { billing: 'PAY_PER_REQUEST' });
    expect([p.update, p.refusal]).toEqual([null, refusal]);
  });

  it('does not refuse going back to provisioned within a day of the switch to on-demand (AWS allows it at any time)', () => {
    const p = planTable(onDemandTable('t', [], new Date(Date.now() - 60_000)), { billing: 'PROVISIONED', capacity: { read: 5, write: 5 } });
    expect(p.refusal).toBeNull();
    expect(p.update?.BillingMode).toBe('PROVISIONED');
  });
});
