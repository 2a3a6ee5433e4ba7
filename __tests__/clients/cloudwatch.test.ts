/**
 * The CloudWatch client over the wire: a local server speaks CloudWatch's
 * AWS JSON 1.0 protocol (query-compatible errors), so the real SDK's
 * serialisation, our retry of its Throttling, and the refusal of an answer
 * that is not CloudWatch's are exercised without a mock.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { createCloudWatch } from '../../src/clients/cloudwatch.js';
import { exitCodeOf } from '../../src/core/errors.js';

const JSON_TYPE = 'application/x-amz-json-1.0';
const OK = JSON.stringify({
  MetricDataResults: [
    { Id: 't_rcu', Label: 'ConsumedReadCapacityUnits', Timestamps: [1767225600], Values: [42.5], StatusCode: 'Complete' },
  ],
  Messages: [],
});
/** A query-compatible error: the JSON type, and the query protocol's code in x-amzn-query-error. */
const error = (status: number, type: string, queryCode: string) => ({
  status,
  type: JSON_TYPE,
  body: JSON.stringify({ __type: `com.amazonaws.cloudwatch#${type}`, message: 'no' }),
  headers: { 'x-amzn-query-error': `${queryCode};Sender` },
});

let server: Server;
let endpoint: string;
let answers: { status: number; type: string; body: string; headers?: Record<string, string> }[] = [];
const targets: string[] = [];
const bodies: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      bodies.push(body);
      targets.push(String(req.headers['x-amz-target']));
      const a = answers.shift() ?? { status: 500, type: JSON_TYPE, body: '{}' };
      res.writeHead(a.status, { 'content-type': a.type, ...a.headers });
      res.end(a.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  bodies.length = 0;
});

const query = () =>
  new GetMetricDataCommand({
    MetricDataQueries: [
      {
        Id: 't_rcu',
        MetricStat: {
          Metric: {
            Namespace: 'AWS/DynamoDB',
            MetricName: 'ConsumedReadCapacityUnits',
            Dimensions: [{ Name: 'TableName', Value: 'events' }],
          },
          Period: 60,
          Stat: 'Sum',
        },
      },
    ],
    StartTime: new Date('2026-01-01T00:00:00Z'),
    EndTime: new Date('2026-01-01T01:00:00Z'),
  });

it('sends GetMetricData, retries its Throttling with back-off, and reads the JSON answer', async () => {
  answers = [error(400, 'ThrottlingException', 'Throttling'), { status: 200, type: JSON_TYPE, body: OK }];
  const slept: number[] = [];
  const cw = createCloudWatch({ region: 'us-east-1', endpoint, env: {}, retry: { sleep: async (ms) => void slept.push(ms) } });
  const out = await cw.call({ operation: 'GetMetricData', resource: 'metrics of table events' }, (sdk) => sdk.send(query()));
  expect(out.MetricDataResults?.[0]).toMatchObject({ Id: 't_rcu', Values: [42.5], StatusCode: 'Complete' });
  expect(cw.stats).toEqual({ retries: 1, throttled: 1 });
  expect(slept).toHaveLength(1);
  expect(targets[0]).toBe('GraniteServiceVersion20100801.GetMetricData');
  expect(JSON.parse(bodies[0]!).MetricDataQueries[0].Id).toBe('t_rcu');
});

it('refuses an answer that is not CloudWatch (a web page), exit 2, the body never shown', async () => {
  answers = [{ status: 200, type: 'text/xml', body: '<html>alice@example.com</html>' }];
  const cw = createCloudWatch({ region: 'us-east-1', endpoint, env: {} });
  const err = await cw
    .call({ operation: 'GetMetricData', resource: 'metrics of table events' }, (sdk) => sdk.send(query()))
    .catch((e: unknown) => e);
  expect(exitCodeOf(err)).toBe(2);
  expect((err as Error).message).toBe(
    `CloudWatch endpoint ${endpoint} answered GetMetricData (HTTP 200), but not as CloudWatch does; check --cloudwatch-endpoint`,
  );
});

it('names the permission when CloudWatch denies the call', async () => {
  answers = [error(403, 'AccessDeniedException', 'AccessDenied')];
  const cw = createCloudWatch({ region: 'us-east-1', endpoint, env: {} });
  const err = await cw
    .call({ operation: 'GetMetricData', resource: 'metrics of table events' }, (sdk) => sdk.send(query()))
    .catch((e: unknown) => e);
  expect(exitCodeOf(err)).toBe(2);
  expect((err as Error).message).toBe(
    `CloudWatch endpoint ${endpoint} denied GetMetricData on metrics of table events (AccessDenied); grant the role cloudwatch:GetMetricData`,
  );
});
