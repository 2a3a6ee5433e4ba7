/**
 * status's live scan against answers dynalite cannot be made to give: a
 * segment that fails while another pages on, and a consumer that stops
 * early. aws-sdk-client-mock, typed with the SDK's own commands.
 */
import { DynamoDBClient, DynamoDBServiceException, ScanCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { wrapDynamo } from '../../src/clients/dynamodb.js';
import { scanTable } from '../../src/status/table-scan.js';

/** A table that never ends: every page has one item and a next key. */
function endless(mock: ReturnType<typeof mockClient>, failSegment?: number) {
  let n = 0;
  mock.on(ScanCommand).callsFake((input: { Segment: number }) => {
    if (input.Segment === failSegment) {
      return Promise.reject(
        new DynamoDBServiceException({ name: 'ValidationException', $fault: 'client', message: 'bad', $metadata: { httpStatusCode: 400 } }),
      );
    }
    n++;
    return new Promise((r) =>
      setTimeout(() => r({ Items: [marshall({ id: `i-${n}` })], LastEvaluatedKey: marshall({ id: `i-${n}` }) }), 1),
    );
  });
}

describe('status table scan', () => {
  it('throws when one segment fails, and the other segments stop paging', async () => {
    const sdk = new DynamoDBClient({ region: 'us-east-1' });
    const mock = mockClient(sdk);
    endless(mock, 0);
    const client = wrapDynamo(sdk, { region: 'us-east-1' });
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const item of scanTable(client, 't', 2)) seen.push(item);
      })(),
    ).rejects.toThrow();
    const calls = mock.commandCalls(ScanCommand).length;
    await new Promise((r) => setTimeout(r, 30));
    // Nothing is still paging once the scan has failed.
    expect(mock.commandCalls(ScanCommand).length).toBe(calls);
  });

  it('reads only a few pages ahead of its consumer, and stops when the consumer does', async () => {
    const sdk = new DynamoDBClient({ region: 'us-east-1' });
    const mock = mockClient(sdk);
    endless(mock);
    const client = wrapDynamo(sdk, { region: 'us-east-1' });
    let read = 0;
    for await (const item of scanTable(client, 't', 1)) {
      expect(item).toHaveProperty('id');
      if (++read === 1) {
        // A slow consumer: the scan waits for it rather than filling memory.
        await new Promise((r) => setTimeout(r, 40));
        expect(mock.commandCalls(ScanCommand).length).toBeLessThanOrEqual(4);
      }
      if (read === 3) break;
    }
    const calls = mock.commandCalls(ScanCommand).length;
    await new Promise((r) => setTimeout(r, 30));
    expect(mock.commandCalls(ScanCommand).length).toBe(calls);
  });
});
