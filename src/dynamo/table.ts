/**
 * What a table is, as DescribeTable says it: its key schema, its billing
 * mode and its provisioned capacity. Pure; read by the clients' describe
 * (clients/dynamodb-describe.ts), the export format, assess and mitigate.
 */
import type { TableDescription } from '@aws-sdk/client-dynamodb';

export interface KeyElement {
  AttributeName: string;
  KeyType: 'HASH' | 'RANGE';
}

export type Billing = 'PROVISIONED' | 'PAY_PER_REQUEST';

export interface Capacity {
  read: number;
  write: number;
}

export function billingOf(t: TableDescription): Billing {
  // A table that never changed mode may lack the summary: provisioned is what it was created as then.
  return t.BillingModeSummary?.BillingMode === 'PAY_PER_REQUEST' ? 'PAY_PER_REQUEST' : 'PROVISIONED';
}
