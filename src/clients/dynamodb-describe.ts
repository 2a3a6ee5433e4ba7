/**
 * DescribeTable, named the same way by every command that reads a table's
 * description (status, backup, export, assess, mitigate), and the check
 * that each table exists and is readable, the first thing an export checks
 * before it writes anything. Failures the operator can fix are InputErrors,
 * so a missing table or an unreachable endpoint leaves no folder and no
 * object behind. Beside dynamodb.ts, not in it: the IAM test reads each
 * command's calls from the files it imports, and verify imports
 * dynamodb.ts but never sends DescribeTable.
 */
import { DescribeTableCommand, type TableDescription } from '@aws-sdk/client-dynamodb';
import type { DynamoClient } from './dynamodb.js';
import { whereOf } from './errors.js';
import type { TableRef } from '../config/tables.js';
import { InputError } from '../core/errors.js';
import type { KeyElement } from '../dynamo/table.js';
import { opt } from '../core/option-name.js';

export interface TableInfo extends TableRef {
  keySchema: KeyElement[];
  /** DescribeTable's figures: AWS refreshes them about every six hours. */
  itemCount: number;
  sizeBytes: number;
}

const READABLE = new Set(['ACTIVE', 'UPDATING']);

/** One DescribeTable, named the same way by every command (status, backup, export). */
export async function describeTable(client: DynamoClient, ref: TableRef): Promise<TableDescription> {
  const request = {
    operation: 'DescribeTable',
    resource: `table ${ref.table}${ref.collection !== ref.table ? ` (collection ${ref.collection})` : ''}`,
    notFoundHint: `check ${opt('stage')} and ${opt('tables')} (or the tables map of the config file)`,
  };
  const out = await client.call(request, (sdk) => sdk.send(new DescribeTableCommand({ TableName: ref.table })));
  if (!out.Table?.TableName) {
    throw new InputError(
      `${whereOf(client.scope)} answered DescribeTable ${ref.table} without a table description, which DynamoDB never does; check ${opt('endpoint')}`,
    );
  }
  return out.Table;
}

export async function describeTables(client: DynamoClient, tables: readonly TableRef[]): Promise<TableInfo[]> {
  // One at a time: the first failure (often the same for every table) is reported alone.
  const out: TableInfo[] = [];
  for (const ref of tables) {
    const t = await describeTable(client, ref);
    const status = t.TableStatus ?? 'unknown';
    if (!READABLE.has(status)) {
      throw new InputError(`table ${ref.table} is ${status}, not ACTIVE; wait until it is ACTIVE and run again`);
    }
    out.push({
      ...ref,
      keySchema: (t.KeySchema ?? []).map((k) => ({
        AttributeName: k.AttributeName ?? '',
        KeyType: k.KeyType === 'RANGE' ? 'RANGE' : 'HASH',
      })),
      itemCount: t.ItemCount ?? 0,
      sizeBytes: t.TableSizeBytes ?? 0,
    });
  }
  return out;
}
