/**
 * Test helpers over the shared dynalite and s3rver: clients, unique names,
 * tables, seeding and buckets. Each test makes its own tables and buckets.
 */
import { randomBytes } from 'node:crypto';
import {
  type AttributeValue,
  BatchWriteItemCommand,
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { createDynamo, type DynamoClient } from '../../src/clients/dynamodb.js';
import type { RetryPolicy } from '../../src/clients/retry.js';
import { createS3, type S3 } from '../../src/clients/s3.js';

export type Item = Record<string, AttributeValue>;

export function dynamoEndpoint(): string {
  const e = process.env.TEST_DYNAMO_ENDPOINT;
  if (!e) throw new Error('TEST_DYNAMO_ENDPOINT is unset: run tests through jest (global-setup starts dynalite)');
  return e;
}

export function s3Endpoint(): string {
  const e = process.env.TEST_S3_ENDPOINT;
  if (!e) throw new Error('TEST_S3_ENDPOINT is unset: run tests through jest (global-setup starts s3rver)');
  return e;
}

export const REGION = 'us-east-1';
// s3rver accepts only its well-known key pair; dynalite accepts any.
const creds = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function testDynamo(): DynamoDBClient {
  return new DynamoDBClient({ endpoint: dynamoEndpoint(), region: REGION, credentials: creds });
}

export function testS3(): S3Client {
  return new S3Client({
    endpoint: s3Endpoint(),
    region: REGION,
    credentials: creds,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** A name unique to this test run, valid for tables, buckets and stages. */
export function uniqueName(prefix = 't'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export async function createTable(client: DynamoDBClient, name: string, hashKey = 'id'): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: name,
      KeySchema: [{ AttributeName: hashKey, KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: hashKey, AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  await untilActive(client, name);
}

/**
 * dynalite turns a new table ACTIVE on a timer, even at createTableMs 0: on a
 * loaded machine a write can come first and be told the table is not there.
 */
export async function untilActive(client: DynamoDBClient, name: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`table ${name} did not become ACTIVE`);
}

/** BatchWriteItem in 25s, resending unprocessed items until none remain. */
export async function seedItems(client: DynamoDBClient, table: string, items: Item[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    let requests = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    while (requests.length > 0) {
      const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: requests } }));
      requests = (out.UnprocessedItems?.[table] ?? []) as typeof requests;
    }
  }
}

export async function createBucket(client: S3Client, name = uniqueName('bkt')): Promise<string> {
  await client.send(new CreateBucketCommand({ Bucket: name }));
  return name;
}

/** The project's own clients (src/clients), pointed at the test services, as a command builds them. */
export function ourDynamo(retry?: Partial<RetryPolicy>, endpoint = dynamoEndpoint()): DynamoClient {
  return createDynamo({ region: REGION, endpoint, ...(retry ? { retry } : {}) });
}

export function ourS3(retry?: Partial<RetryPolicy>, endpoint = s3Endpoint()): S3 {
  return createS3({ region: REGION, endpoint, ...(retry ? { retry } : {}) });
}
