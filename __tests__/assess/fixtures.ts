/**
 * Recorded-style fixtures for assess: CloudWatch answers built from the
 * queries the command actually sends (so an id it did not ask for never
 * appears), DescribeTable answers typed by the SDK, and observations for the
 * matrix's table test.
 */
import type { GetMetricDataCommandInput, GetMetricDataCommandOutput, MetricDataResult } from '@aws-sdk/client-cloudwatch';
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import type { TableObservation } from '../../src/assess/observation.js';

/** Per-period values by metric, keyed as "<MetricName>" (table), "<MetricName>@<index>" (GSI) or "<MetricName>/<Operation>/<Stat>". */
export type Recording = Record<string, (period: number) => number>;

/** Answers a GetMetricData input from a recording; metrics it does not name have no data points, as CloudWatch does for idle tables. */
export function answer(
  input: GetMetricDataCommandInput,
  recording: Recording,
  pageSize = Infinity,
  token?: string,
): GetMetricDataCommandOutput {
  const start = new Date(input.StartTime!).getTime();
  const end = new Date(input.EndTime!).getTime();
  const results: MetricDataResult[] = [];
  for (const q of input.MetricDataQueries ?? []) {
    const m = q.MetricStat!;
    const dims = Object.fromEntries((m.Metric!.Dimensions ?? []).map((d) => [d.Name, d.Value]));
    const key = dims.GlobalSecondaryIndexName
      ? `${m.Metric!.MetricName}@${dims.GlobalSecondaryIndexName}`
      : dims.Operation
        ? `${m.Metric!.MetricName}/${dims.Operation}/${m.Stat}`
        : m.Metric!.MetricName!;
    const f = recording[key];
    const stamps: Date[] = [];
    const values: number[] = [];
    if (f) {
      for (let t = start, i = 0; t < end; t += m.Period! * 1000, i++) {
        const v = f(i);
        if (Number.isNaN(v)) continue;
        stamps.push(new Date(t));
        values.push(v);
      }
    }
    results.push({ Id: q.Id, Label: m.Metric!.MetricName, Timestamps: stamps, Values: values, StatusCode: 'Complete' });
  }
  // Pages split each query's points: page 1 holds the first pageSize points of every query, and so on.
  const page = token ? Number(token) : 0;
  if (pageSize === Infinity) return { $metadata: {}, MetricDataResults: results, Messages: [] };
  const sliced = results.map((r) => ({
    ...r,
    Timestamps: r.Timestamps!.slice(page * pageSize, (page + 1) * pageSize),
    Values: r.Values!.slice(page * pageSize, (page + 1) * pageSize),
  }));
  const more = results.some((r) => r.Timestamps!.length > (page + 1) * pageSize);
  return {
    $metadata: {},
    MetricDataResults: sliced.map((r) => ({ ...r, StatusCode: more ? 'PartialData' : 'Complete' })),
    ...(more ? { NextToken: String(page + 1) } : {}),
    Messages: [],
  };
}

export function provisionedTable(
  name: string,
  read = 5,
  write = 5,
  gsis: { name: string; read?: number; write?: number }[] = [],
): TableDescription {
  return {
    TableName: name,
    TableStatus: 'ACTIVE',
    BillingModeSummary: { BillingMode: 'PROVISIONED' },
    ProvisionedThroughput: { ReadCapacityUnits: read, WriteCapacityUnits: write },
    TableSizeBytes: 2_000_000_000,
    ItemCount: 1000,
    GlobalSecondaryIndexes: gsis.map((g) => ({
      IndexName: g.name,
      IndexStatus: 'ACTIVE',
      IndexSizeBytes: 1_000_000_000,
      ProvisionedThroughput: { ReadCapacityUnits: g.read ?? read, WriteCapacityUnits: g.write ?? write },
    })),
  };
}

export function onDemandTable(name: string, gsis: string[] = [], lastSwitch?: Date): TableDescription {
  return {
    TableName: name,
    TableStatus: 'ACTIVE',
    BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST', ...(lastSwitch ? { LastUpdateToPayPerRequestDateTime: lastSwitch } : {}) },
    ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 0 },
    TableSizeBytes: 1_000_000,
    ItemCount: 100,
    GlobalSecondaryIndexes: gsis.map((g) => ({
      IndexName: g,
      IndexStatus: 'ACTIVE',
      IndexSizeBytes: 500_000,
      ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 0 },
    })),
  };
}

const NO_LATENCY = { averageMs: null, p99Ms: null };

/** A healthy provisioned table's observation over a day, for the matrix: change what the row is about. */
export function observation(o: Partial<TableObservation> = {}): TableObservation {
  return {
    collection: 'events',
    table: 'app-prod-events',
    status: 'ACTIVE',
    billing: 'PROVISIONED',
    provisioned: { read: 10, write: 10 },
    sizeBytes: 1_000_000,
    itemCount: 1000,
    lastSwitchToOnDemand: null,
    consumedRead: 200_000,
    consumedWrite: 100_000,
    peakReadPerSecond: 5,
    peakWritePerSecond: 3,
    readThrottleEvents: 0,
    writeThrottleEvents: 0,
    indexes: [],
    requests: 300_000,
    throttledRequests: 0,
    systemErrors: 0,
    accountUserErrors: 0,
    latency: {
      GetItem: { averageMs: 3, p99Ms: 9 },
      Query: { averageMs: 6, p99Ms: 20 },
      Scan: NO_LATENCY,
      PutItem: { averageMs: 5, p99Ms: 12 },
    },
    chart: { readPerSecond: [1, 2], writePerSecond: [1, 1], throttles: [0, 0] },
    periodsWithData: 2,
    ...o,
  };
}
