import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { createBucket, createTable, dynamoEndpoint, s3Endpoint, seedItems, testDynamo, testS3, uniqueName } from '../harness/aws.js';

describe('local services harness', () => {
  it('serves DynamoDB and S3 on loopback only', () => {
    expect(new URL(dynamoEndpoint()).hostname).toBe('127.0.0.1');
    expect(new URL(s3Endpoint()).hostname).toBe('127.0.0.1');
  });

  it('creates a table and seeds items that read back', async () => {
    const client = testDynamo();
    const table = uniqueName('harness');
    await createTable(client, table);
    await seedItems(
      client,
      table,
      Array.from({ length: 30 }, (_, i) => ({ id: { S: `i${i}` }, n: { N: String(i) } })),
    );
    const got = await client.send(new GetItemCommand({ TableName: table, Key: { id: { S: 'i29' } } }));
    expect(got.Item?.n).toEqual({ N: '29' });
  });

  it('stores and returns an object in a fresh bucket', async () => {
    const s3 = testS3();
    const bucket = await createBucket(s3);
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'a/b.txt', Body: 'hello' }));
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'a/b.txt' }));
    expect(await got.Body?.transformToString()).toBe('hello');
  });
});
