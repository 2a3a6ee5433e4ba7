/**
 * --data: a real export (a folder or s3://) loaded into the embedded
 * DynamoDB, tables made with the export's key schema, every item written.
 * Items pass through as typed values; nothing of them is logged.
 */
import { BatchWriteItemCommand, CreateTableCommand, type ScalarAttributeType } from '@aws-sdk/client-dynamodb';
import type { DynamoClient } from '../clients/dynamodb.js';
import type { S3 } from '../clients/s3.js';
import type { Location } from '../core/location.js';
import { fromWire, type WireItem } from '../dynamo/wire.js';
import { openExport } from '../export-format/reader.js';

export interface LoadedTable {
  table: string;
  collection?: string;
  items: number;
}

function keyType(item: WireItem | undefined, name: string): ScalarAttributeType {
  const v = item?.[name] as Record<string, unknown> | undefined;
  if (v && 'N' in v) return 'N';
  if (v && 'B' in v) return 'B';
  return 'S';
}

export async function loadExport(
  from: Location,
  deps: { dynamo: DynamoClient; s3?: S3 },
): Promise<{ stage?: string; tables: LoadedTable[] }> {
  const source = await openExport(from, deps.s3 ? { s3: deps.s3 } : {});
  const tables: LoadedTable[] = [];
  for (const t of source.tables) {
    let created = false;
    let batch: WireItem[] = [];
    let count = 0;
    const flush = async () => {
      let requests = batch.map((item) => ({ PutRequest: { Item: fromWire(item) } }));
      batch = [];
      while (requests.length > 0) {
        const out = await deps.dynamo.call({ operation: 'BatchWriteItem', resource: `table ${t.table}` }, (sdk) =>
          sdk.send(new BatchWriteItemCommand({ RequestItems: { [t.table]: requests } })),
        );
        requests = (out.UnprocessedItems?.[t.table] ?? []) as typeof requests;
      }
    };
    const create = async (first: WireItem | undefined) => {
      created = true;
      await deps.dynamo.call({ operation: 'CreateTable', resource: `table ${t.table}` }, (sdk) =>
        sdk.send(
          new CreateTableCommand({
            TableName: t.table,
            KeySchema: t.keySchema,
            AttributeDefinitions: t.keySchema.map((k) => ({
              AttributeName: k.AttributeName,
              AttributeType: keyType(first, k.AttributeName),
            })),
            BillingMode: 'PAY_PER_REQUEST',
          }),
        ),
      );
    };
    for await (const item of source.items(t.table)) {
      if (!created) await create(item);
      batch.push(item);
      count++;
      if (batch.length === 25) await flush();
    }
    if (!created) await create(undefined);
    await flush();
    tables.push({ table: t.table, ...(t.collection ? { collection: t.collection } : {}), items: count });
  }
  return { ...(source.stage ? { stage: source.stage } : {}), tables };
}
