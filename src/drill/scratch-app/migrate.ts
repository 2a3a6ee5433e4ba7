/**
 * The migration reproduced step by step on real tables, then the app's
 * month of writes (data.ts holds the data). Tables keyed as one of the two
 * stacks the app has run on.
 */
import {
  type AttributeValue,
  CreateTableCommand,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { APP_WRITES, type Collection, type Data, type Doc, GENERATED_IDS, MIGRATED, START_TIME, END_TIME } from './data.js';

/** Whatever sends the SDK's commands: the SDK client in tests, our wrapped client in the drill. */
export type TableClient = Pick<DynamoDBClient, 'send'>;

/** How the migration laid a collection out in its table. */
export interface TableLayout {
  name: (stage: string) => string;
  /** Key attributes (the table's HASH and RANGE), in the app's terms for the id. */
  hash: string;
  range?: string;
  /** The attribute the migration copied the item's id into, and whether the plain `id` stayed. */
  idAs?: string;
  keepId?: boolean;
}

export type Stack = 'plain' | 'keyed';

export const LAYOUTS: Record<Stack, Record<Collection, TableLayout>> = {
  plain: Object.fromEntries(MIGRATED.map((c) => [c, { name: (s: string) => `lightningtalk-circle-${s}-${c}`, hash: 'id' }])) as Record<
    Collection,
    TableLayout
  >,
  keyed: {
    events: { name: (s) => `lightningtalk-${s}-events`, hash: 'eventId', range: 'createdAt', idAs: 'eventId', keepId: true },
    participants: {
      name: (s) => `lightningtalk-${s}-participants`,
      hash: 'participantId',
      range: 'eventId',
      idAs: 'participantId',
      keepId: false,
    },
    users: { name: (s) => `lightningtalk-${s}-users`, hash: 'id' },
    talks: { name: (s) => `lightningtalk-${s}-talks`, hash: 'id' },
  },
};

/** The document as the migration (or the app) stores it in the table: the id copied into the key attribute. */
function stored(doc: Doc, layout: TableLayout): Doc {
  if (!layout.idAs) return doc;
  const out: Doc = { [layout.idAs]: doc.id!, ...doc };
  if (!layout.keepId) delete out.id;
  return out;
}

/** DocumentClient's write: every "" (at any depth) stored as NULL. */
export const documentClientItem = (doc: Doc) =>
  marshall(doc, { convertEmptyValues: true, removeUndefinedValues: true }) as Record<string, AttributeValue>;

function keyOf(doc: Doc, layout: TableLayout): Record<string, AttributeValue> {
  const s = stored(doc, layout);
  const key: Doc = { [layout.hash]: s[layout.hash]! };
  if (layout.range) key[layout.range] = s[layout.range]!;
  return marshall(key) as Record<string, AttributeValue>;
}

export async function createTables(client: TableClient, stage: string, layouts: Record<Collection, TableLayout>): Promise<void> {
  for (const c of MIGRATED) {
    const l = layouts[c];
    const keys = [l.hash, ...(l.range ? [l.range] : [])];
    await client.send(
      new CreateTableCommand({
        TableName: l.name(stage),
        KeySchema: keys.map((k, i) => ({ AttributeName: k, KeyType: i === 0 ? 'HASH' : 'RANGE' })),
        AttributeDefinitions: keys.map((k) => ({ AttributeName: k, AttributeType: 'S' })),
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
  }
}

/**
 * The migration's writes: each item in file order, a second apart from
 * START_TIME, gets a uuid when it has no id, createdAt when it has none, and
 * updatedAt set to its write time; then it is put as DocumentClient puts it.
 */
export async function migrate(client: TableClient, stage: string, layouts: Record<Collection, TableLayout>, files: Data): Promise<void> {
  const ids: string[] = [...GENERATED_IDS];
  let tick = 0;
  for (const c of MIGRATED) {
    for (const original of files[c]) {
      const time = new Date(Date.parse(START_TIME) + ++tick * 1000).toISOString();
      const doc: Doc = { ...original };
      if (doc.id === undefined) {
        const id = ids.shift();
        if (id === undefined) throw new Error('fixture: more items without id than GENERATED_IDS');
        doc.id = id;
      }
      doc.createdAt ??= time;
      doc.updatedAt = time;
      await client.send(new PutItemCommand({ TableName: layouts[c].name(stage), Item: documentClientItem(stored(doc, layouts[c])) }));
    }
  }
  if (ids.length > 0 || Date.parse(START_TIME) + tick * 1000 >= Date.parse(END_TIME))
    throw new Error('fixture: GENERATED_IDS or the window do not fit the files');
}

/** The app's month on DynamoDB: read-modify-write edits (what it read as null it writes back as NULL), puts, deletes. */
export async function monthOfUse(client: TableClient, stage: string, layouts: Record<Collection, TableLayout>): Promise<void> {
  for (const e of APP_WRITES.edits) {
    const l = layouts[e.collection];
    const got = await client.send(new GetItemCommand({ TableName: l.name(stage), Key: keyOf(e.of, l), ConsistentRead: true }));
    if (!got.Item) throw new Error(`fixture: ${e.collection} ${String(e.of.id)} is not in the table`);
    await client.send(
      new PutItemCommand({ TableName: l.name(stage), Item: documentClientItem({ ...(unmarshall(got.Item) as Doc), ...e.set }) }),
    );
  }
  for (const c of MIGRATED) {
    for (const doc of APP_WRITES.added[c]) {
      await client.send(new PutItemCommand({ TableName: layouts[c].name(stage), Item: documentClientItem(stored(doc, layouts[c])) }));
    }
  }
  for (const d of APP_WRITES.deleted) {
    const l = layouts[d.collection];
    await client.send(new DeleteItemCommand({ TableName: l.name(stage), Key: keyOf(d.of, l) }));
  }
}
