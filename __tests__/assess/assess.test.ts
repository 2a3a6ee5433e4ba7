/**
 * assess over the CloudWatch path. No local CloudWatch exists, so
 * GetMetricData is aws-sdk-client-mock typed by the SDK, answered from
 * recordings built on the queries assess really sends (fixtures.ts).
 * DescribeTable is dynalite where it can be (the command end to end), and
 * the SDK's typed answer where dynalite cannot hold the state (UPDATING).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  CloudWatchClient,
  CloudWatchServiceException,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, type TableDescription } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { type AssessOptions, defaultPeriod, runAssess } from '../../src/assess/run.js';
import { wrapCloudWatch } from '../../src/clients/cloudwatch.js';
import { wrapDynamo } from '../../src/clients/dynamodb.js';
import { execute } from '../../src/commands/execute.js';
import { DEFAULT_PRICES_SOURCE, DEFAULTS } from '../../src/config/defaults.js';
import { exitCodeOf } from '../../src/core/errors.js';
import { renderMarkdown, renderText } from '../../src/core/summary.js';
import { assessCommand } from '../../src/commands/assess.js';
import { main } from '../../src/cli/main.js';
import { jest } from '@jest/globals';
import { dynamoEndpoint, REGION, testDynamo, uniqueName } from '../harness/aws.js';
import { checkXyChart } from '../harness/mermaid-xychart.js';
import { recorder } from '../verify/recorder.js';
import { answer, onDemandTable, provisionedTable, type Recording } from './fixtures.js';

const NOW = new Date('2026-03-02T12:00:30.000Z');
const DAY = 86_400;
const fast = { retry: { sleep: async () => {}, budgetMs: 60_000 } };

const cloudwatchMock = mockClient(CloudWatchClient);
const ddbSdk = new DynamoDBClient({ region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
const ddbMock = mockClient(ddbSdk);

beforeEach(() => {
  cloudwatchMock.reset();
  ddbMock.reset();
});
afterAll(() => cloudwatchMock.restore());

function describes(...tables: TableDescription[]) {
  for (const t of tables) ddbMock.on(DescribeTableCommand, { TableName: t.TableName }).resolves({ $metadata: {}, Table: t });
}

function recordings(byTable: Record<string, Recording>, pageSize = Infinity) {
  cloudwatchMock.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
    const table = input.MetricDataQueries![0]!.MetricStat!.Metric!.Dimensions!.find((d) => d.Name === 'TableName')!.Value!;
    return answer(input, byTable[table] ?? {}, pageSize, input.NextToken);
  });
}

function assess(tables: string[], extra: Partial<AssessOptions> = {}) {
  const options: AssessOptions = {
    tables: tables.map((table) => ({ collection: table, table, configured: false })),
    sinceSeconds: DAY,
    periodSeconds: defaultPeriod(DAY),
    budget: null,
    prices: DEFAULTS.assess.prices,
    pricesSource: DEFAULT_PRICES_SOURCE,
    ...extra,
  };
  const cloudwatch = wrapCloudWatch(new CloudWatchClient({ region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }), {
    region: REGION,
    ...fast,
  });
  const reporter = recorder();
  return {
    cloudwatch,
    reporter,
    run: () => runAssess(options, { dynamo: wrapDynamo(ddbSdk, { region: REGION, ...fast }), cloudwatch, reporter, now: () => NOW }),
  };
}

/** A throttled afternoon: 48 half-hour periods, the last 8 over capacity. */
const THROTTLED: Recording = {
  ConsumedReadCapacityUnits: (i) => (i >= 40 ? 1800 * 9 : 1800 * 2),
  ConsumedWriteCapacityUnits: () => 1800,
  ReadThrottleEvents: (i) => (i >= 40 ? 120 : 0),
  WriteThrottleEvents: () => 0,
  'ThrottledRequests/GetItem/Sum': (i) => (i >= 40 ? 100 : 0),
  'SuccessfulRequestLatency/GetItem/SampleCount': () => 3000,
  'SuccessfulRequestLatency/GetItem/Average': () => 4,
  'SuccessfulRequestLatency/GetItem/p99': (i) => (i >= 40 ? 60 : 12),
};

describe('assess on recorded metrics', () => {
  it('a throttled provisioned table: switch to on-demand, with the numbers, through a paged GetMetricData', async () => {
    describes(provisionedTable('orders', 5, 5));
    recordings({ orders: THROTTLED }, 20);
    const { run } = assess(['orders']);
    const r = await run();
    expect([r.recommendation, r.severity]).toEqual(['switch-to-on-demand', 'high']);
    // 48 points per query, 20 a page: three pages, one call (NextToken) for the table.
    expect(r.pages).toBe(3);
    expect(cloudwatchMock.commandCalls(GetMetricDataCommand).map((c) => c.args[0].input.NextToken)).toEqual([undefined, '1', '2']);
    const o = r.tables[0]!.observation;
    expect([o.readThrottleEvents, o.throttledRequests, o.requests]).toEqual([960, 800, 144_000]);
    expect(o.peakReadPerSecond).toBe(9);
    expect(o.latency.GetItem).toEqual({ averageMs: 4, p99Ms: 60 });
    expect(r.tables[0]!.findings[0]!.reason).toBe(
      '960 throttled (0.55% of 144,800 requests; read events 960, write events 0) on PROVISIONED 5 RCU / 5 WCU (peak 9.0 RCU/s, 1.0 WCU/s)',
    );
    const text = renderText(assessCommand.present(r).summary);
    expect(text).toContain('orders: performance high (throttled on provisioned) -> switch-to-on-demand: 960 throttled');
  });

  it('asks for every metric the runbook names, per table and per GSI, in one batched call', async () => {
    describes(provisionedTable('orders', 5, 5, [{ name: 'byCustomer' }]));
    recordings({});
    await assess(['orders']).run();
    const calls = cloudwatchMock.commandCalls(GetMetricDataCommand);
    expect(calls).toHaveLength(1);
    const asked = calls[0]!.args[0].input.MetricDataQueries!.map((q) => {
      const dims = Object.fromEntries(q.MetricStat!.Metric!.Dimensions!.map((d) => [d.Name, d.Value]));
      return `${q.MetricStat!.Metric!.MetricName}${dims.GlobalSecondaryIndexName ? `@${dims.GlobalSecondaryIndexName}` : ''}${dims.Operation ? `/${dims.Operation}` : ''}/${q.MetricStat!.Stat}`;
    });
    for (const m of ['ConsumedReadCapacityUnits', 'ConsumedWriteCapacityUnits', 'ReadThrottleEvents', 'WriteThrottleEvents']) {
      expect(asked).toContain(`${m}/Sum`);
      expect(asked).toContain(`${m}@byCustomer/Sum`);
    }
    for (const op of ['GetItem', 'Query', 'Scan', 'PutItem']) {
      expect(asked).toEqual(
        expect.arrayContaining([
          `SuccessfulRequestLatency/${op}/Average`,
          `SuccessfulRequestLatency/${op}/p99`,
          `ThrottledRequests/${op}/Sum`,
          `SystemErrors/${op}/Sum`,
        ]),
      );
    }
    expect(asked).toContain('UserErrors/Sum');
    expect(calls[0]!.args[0].input.MetricDataQueries!.every((q) => q.MetricStat!.Period === 1800)).toBe(true);
  });

  it('spend above the budget and an idle GSI: review, with the dollars', async () => {
    describes(provisionedTable('orders', 200, 200, [{ name: 'byCustomer', read: 200, write: 200 }]));
    recordings({
      orders: {
        ConsumedReadCapacityUnits: () => 1800 * 50,
        ConsumedWriteCapacityUnits: () => 1800 * 40,
        'ConsumedWriteCapacityUnits@byCustomer': () => 1800 * 40,
      },
    });
    const r = await assess(['orders'], { budget: 100 }).run();
    expect([r.recommendation, r.severity]).toEqual(['review', 'medium']);
    expect(r.totalMonthly).toBeGreaterThan(100);
    const over = r.tables[0]!.findings.find((f) => f.rule === 'over budget')!;
    expect(over.reason).toBe(
      `estimated $${r.totalMonthly.toFixed(2)}/month for the tables assessed, above the budget of $100.00; this table $${r.totalMonthly.toFixed(2)} (PROVISIONED); idle GSI byCustomer (no reads in the window)`,
    );
  });

  it('healthy: no action', async () => {
    describes(onDemandTable('users'));
    recordings({
      users: {
        ConsumedReadCapacityUnits: () => 900,
        ConsumedWriteCapacityUnits: () => 90,
        'SuccessfulRequestLatency/GetItem/SampleCount': () => 1000,
        'SuccessfulRequestLatency/GetItem/p99': () => 8,
      },
    });
    const r = await assess(['users']).run();
    expect([r.recommendation, r.severity, r.tables[0]!.findings]).toEqual(['no-action', 'none', []]);
  });

  it('empty metrics (no data points at all): no action, and says there were none', async () => {
    describes(onDemandTable('quiet'));
    recordings({});
    const r = await assess(['quiet']).run();
    expect(r.recommendation).toBe('no-action');
    expect(r.tables[0]!.observation.periodsWithData).toBe(0);
    expect(assessCommand.present(r).summary.notes).toContain(
      'quiet: no data points in the window (no traffic, or CloudWatch has not published its metrics yet)',
    );
  });

  it('a table mid-update (UPDATING) is left alone, however throttled', async () => {
    describes({ ...provisionedTable('orders', 5, 5), TableStatus: 'UPDATING' });
    recordings({ orders: THROTTLED });
    const r = await assess(['orders']).run();
    expect([r.recommendation, r.tables[0]!.note]).toEqual([
      'no-action',
      'table is UPDATING (PROVISIONED): a change is under way; assess again once it is ACTIVE',
    ]);
  });

  it('the strongest table decides: one throttled, one healthy', async () => {
    describes(provisionedTable('orders', 5, 5), onDemandTable('users'));
    recordings({ orders: THROTTLED });
    const r = await assess(['orders', 'users']).run();
    expect(r.tables.map((t) => t.action)).toEqual(['switch-to-on-demand', 'no-action']);
    expect(r.recommendation).toBe('switch-to-on-demand');
  });
});

describe('assess when CloudWatch is unwell', () => {
  it('rides out throttling of GetMetricData (retried with back-off, counted)', async () => {
    describes(onDemandTable('users'));
    const throttle = new CloudWatchServiceException({
      name: 'Throttling',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: 'Rate exceeded',
    });
    cloudwatchMock
      .on(GetMetricDataCommand)
      .rejectsOnce(throttle)
      .callsFake((input: GetMetricDataCommandInput) => answer(input, {}));
    const { run, cloudwatch } = assess(['users']);
    const r = await run();
    expect(r.recommendation).toBe('no-action');
    expect(cloudwatch.stats).toEqual({ retries: 1, throttled: 1 });
  });

  it('fails (exit 1) when a query comes back Forbidden or InternalError: the metrics could not be read', async () => {
    describes(onDemandTable('users'));
    cloudwatchMock.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
      const out = answer(input, {});
      out.MetricDataResults![3]!.StatusCode = 'InternalError';
      return out;
    });
    const err = await assess(['users'])
      .run()
      .catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(1);
    expect((err as Error).message).toBe(
      `AWS CloudWatch in ${REGION} answered GetMetricData for table users with InternalError on query t_wthr; the metrics could not be read, try again`,
    );
  });

  it('a denied GetMetricData names the permission to grant', async () => {
    describes(onDemandTable('users'));
    cloudwatchMock
      .on(GetMetricDataCommand)
      .rejects(
        new CloudWatchServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 }, message: 'no' }),
      );
    const err = await assess(['users'])
      .run()
      .catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      `AWS CloudWatch in ${REGION} denied GetMetricData on metrics of table users (AccessDenied); grant the role cloudwatch:GetMetricData`,
    );
  });

  it('an answer with an id it was not asked for is refused', async () => {
    describes(onDemandTable('users'));
    cloudwatchMock
      .on(GetMetricDataCommand)
      .resolves({ $metadata: {}, MetricDataResults: [{ Id: 'zzz', Timestamps: [], Values: [], StatusCode: 'Complete' }] });
    const err = await assess(['users'])
      .run()
      .catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(1);
  });
});

describe('the assess command end to end (DescribeTable on dynalite)', () => {
  let dir: string;
  const ddb = testDynamo();
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-assess-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('outputs the recommendation, severity and findings; exit 0 for a throttled table; valid Mermaid in the Markdown', async () => {
    const name = uniqueName('asx');
    await ddb.send(
      new CreateTableCommand({
        TableName: name,
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        BillingMode: 'PROVISIONED',
        ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
      }),
    );
    recordings({ [name]: THROTTLED });
    const { presentation } = await execute('assess', { endpoint: dynamoEndpoint(), tables: [name], since: '24h' }, recorder(), dir);
    expect(presentation.ok).toBe(true);
    expect(presentation.outputs.recommendation).toBe('switch-to-on-demand');
    expect(presentation.outputs.severity).toBe('high');
    expect(JSON.parse(presentation.outputs.findings!)[name].action).toBe('switch-to-on-demand');
    const charts = presentation.summary.charts!;
    expect(charts.map((c) => c.caption)).toEqual([
      `${name}: consumed capacity per second (read, then write), 30-minute periods, UTC`,
      `${name}: throttles per 30-minute period, UTC`,
    ]);
    for (const c of charts) expect(checkXyChart(c.mermaid)).toEqual([]);
    const md = renderMarkdown(presentation.summary);
    const blocks = [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(2);
    for (const b of blocks) expect(checkXyChart(b)).toEqual([]);
    expect(renderText(presentation.summary)).toMatch(/throttles ▁+█+ total 960/);
  });

  it('the CLI prints Markdown with mermaid blocks for --format markdown, sparklines otherwise; exit 0', async () => {
    const name = uniqueName('asc');
    await ddb.send(
      new CreateTableCommand({
        TableName: name,
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    recordings({ [name]: { ConsumedReadCapacityUnits: () => 60 } });
    const out: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
    try {
      const md = await main(['assess', '--endpoint', dynamoEndpoint(), '--tables', name, '--region', REGION, '--format', 'markdown'], dir);
      const text = await main(['assess', '--endpoint', dynamoEndpoint(), '--tables', name, '--region', REGION], dir);
      expect([md, text]).toEqual([0, 0]);
    } finally {
      spy.mockRestore();
    }
    expect(out[0]).toMatch(/^## dynamodb-rollback assess\n\nno action: 1 table healthy/);
    expect(out[0]!.match(/```mermaid\n/g)).toHaveLength(2);
    expect(out[1]).toMatch(/^assess: no action/);
    expect(out[1]).toContain('read  ████');
    expect(out[1]).not.toContain('```');
  });

  it('bad --since and --period are one line each, exit 2, before any call', async () => {
    for (const [opts, message] of [
      [
        { since: '24 hours' },
        '--since: expected a whole number and a unit, m (minutes), h (hours) or d (days), such as 24h; got "24 hours"',
      ],
      [{ since: '1h', period: 90 }, "--period 90: give a multiple of 60 seconds (CloudWatch's DynamoDB metrics are per minute)"],
      [{ since: '90d' }, '--since: expected from 1m to 63d (what CloudWatch keeps at 5-minute resolution), got 7776000 s'],
    ] as const) {
      const err = await execute('assess', { endpoint: dynamoEndpoint(), tables: ['x-table'], ...opts }, recorder(), dir).catch(
        (e: unknown) => e,
      );
      expect([exitCodeOf(err), (err as Error).message]).toEqual([2, message]);
    }
    expect(cloudwatchMock.commandCalls(GetMetricDataCommand)).toHaveLength(0);
  });
});
