import http from 'node:http';
import net from 'node:net';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { dynamoEndpoint } from './aws.js';

describe('loopback-only guard', () => {
  it('refuses a connection past loopback before anything is sent', () => {
    expect(() => net.connect({ host: '192.0.2.1', port: 443 })).toThrow(/tests may only reach 127\.0\.0\.1/);
    expect(() => http.get('http://198.51.100.7/')).toThrow(/tests may only reach 127\.0\.0\.1/);
  });

  it('lets loopback through', async () => {
    const client = new DynamoDBClient({ endpoint: dynamoEndpoint(), region: 'us-east-1' });
    await expect(client.send(new ListTablesCommand({}))).resolves.toHaveProperty('TableNames');
  });
});
