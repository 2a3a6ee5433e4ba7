/**
 * Which CloudWatch metrics assess reads for one table and its GSIs, as
 * GetMetricData queries, and how their answers become per-period series.
 * Pure: the call itself is read-metrics.ts. Every query has an id that says
 * what it is, so an answer is matched back without relying on order.
 */
import type { MetricDataQuery, MetricDataResult } from '@aws-sdk/client-cloudwatch';

/** Operations whose request counts, throttles and system errors are summed (CloudWatch keys them by Operation). */
export const OPERATIONS = ['GetItem', 'Query', 'Scan', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchGetItem', 'BatchWriteItem'] as const;
/** Operations whose latency (average and p99) is reported, as the runbook's scenario 2 asks. */
export const LATENCY_OPERATIONS = ['GetItem', 'Query', 'Scan', 'PutItem'] as const;

export type Operation = (typeof OPERATIONS)[number];
export type LatencyOperation = (typeof LATENCY_OPERATIONS)[number];

/** What one query measures. */
export type MetricKey =
  | {
      scope: 'table' | 'gsi';
      index?: string;
      metric: 'ConsumedReadCapacityUnits' | 'ConsumedWriteCapacityUnits' | 'ReadThrottleEvents' | 'WriteThrottleEvents';
    }
  | { scope: 'operation'; operation: Operation; metric: 'ThrottledRequests' | 'SystemErrors' | 'Requests' }
  | { scope: 'latency'; operation: LatencyOperation; stat: 'Average' | 'p99' }
  | { scope: 'account'; metric: 'UserErrors' };

export interface QueryPlan {
  queries: MetricDataQuery[];
  keys: Map<string, MetricKey>;
}

const NAMESPACE = 'AWS/DynamoDB';
const CAPACITY = ['ConsumedReadCapacityUnits', 'ConsumedWriteCapacityUnits', 'ReadThrottleEvents', 'WriteThrottleEvents'] as const;
const SHORT: Record<string, string> = {
  ConsumedReadCapacityUnits: 'rcu',
  ConsumedWriteCapacityUnits: 'wcu',
  ReadThrottleEvents: 'rthr',
  WriteThrottleEvents: 'wthr',
  ThrottledRequests: 'thr',
  SystemErrors: 'sys',
  Requests: 'n',
};

/** The queries for one table: one GetMetricData call holds them all (far below its 500-query limit for any real number of GSIs). */
export function planQueries(table: string, gsis: readonly string[], periodSeconds: number): QueryPlan {
  const queries: MetricDataQuery[] = [];
  const keys = new Map<string, MetricKey>();
  const add = (id: string, key: MetricKey, metricName: string, dimensions: Record<string, string>, stat: string) => {
    keys.set(id, key);
    queries.push({
      Id: id,
      MetricStat: {
        Metric: {
          Namespace: NAMESPACE,
          MetricName: metricName,
          Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })),
        },
        Period: periodSeconds,
        Stat: stat,
      },
      ReturnData: true,
    });
  };
  for (const metric of CAPACITY) add(`t_${SHORT[metric]}`, { scope: 'table', metric }, metric, { TableName: table }, 'Sum');
  gsis.forEach((index, i) => {
    for (const metric of CAPACITY)
      add(`g${i}_${SHORT[metric]}`, { scope: 'gsi', index, metric }, metric, { TableName: table, GlobalSecondaryIndexName: index }, 'Sum');
  });
  for (const operation of OPERATIONS) {
    const dims = { TableName: table, Operation: operation };
    add(
      `o_thr_${operation.toLowerCase()}`,
      { scope: 'operation', operation, metric: 'ThrottledRequests' },
      'ThrottledRequests',
      dims,
      'Sum',
    );
    add(`o_sys_${operation.toLowerCase()}`, { scope: 'operation', operation, metric: 'SystemErrors' }, 'SystemErrors', dims, 'Sum');
    // Successful requests, counted by the latency metric's samples: the share of throttled requests needs them.
    add(
      `o_n_${operation.toLowerCase()}`,
      { scope: 'operation', operation, metric: 'Requests' },
      'SuccessfulRequestLatency',
      dims,
      'SampleCount',
    );
  }
  for (const operation of LATENCY_OPERATIONS) {
    const dims = { TableName: table, Operation: operation };
    add(`l_avg_${operation.toLowerCase()}`, { scope: 'latency', operation, stat: 'Average' }, 'SuccessfulRequestLatency', dims, 'Average');
    add(`l_p99_${operation.toLowerCase()}`, { scope: 'latency', operation, stat: 'p99' }, 'SuccessfulRequestLatency', dims, 'p99');
  }
  // UserErrors has no dimensions: it is the account's in the region, the same in every table's answer.
  add('a_usr', { scope: 'account', metric: 'UserErrors' }, 'UserErrors', {}, 'Sum');
  return { queries, keys };
}

/** One metric over the window: a value per period (null where CloudWatch has no data point). */
export type Series = (number | null)[];

/** The window the series cover: period i starts at startMs + i * periodSeconds. */
export interface Window {
  startMs: number;
  endMs: number;
  periodSeconds: number;
}

export function periodsOf(w: Window): number {
  return Math.max(1, Math.ceil((w.endMs - w.startMs) / (w.periodSeconds * 1000)));
}

/** Merges the pages of one GetMetricData answer by query id (a query's points may span pages) into series. */
export function toSeries(results: readonly MetricDataResult[], w: Window): Map<string, Series> {
  const n = periodsOf(w);
  const out = new Map<string, Series>();
  for (const r of results) {
    if (!r.Id) continue;
    const series = out.get(r.Id) ?? new Array<number | null>(n).fill(null);
    const stamps = r.Timestamps ?? [];
    const values = r.Values ?? [];
    stamps.forEach((t, i) => {
      const slot = Math.floor((new Date(t).getTime() - w.startMs) / (w.periodSeconds * 1000));
      const v = values[i];
      if (slot >= 0 && slot < n && typeof v === 'number' && Number.isFinite(v)) series[slot] = (series[slot] ?? 0) + v;
    });
    out.set(r.Id, series);
  }
  return out;
}

export const sum = (s: Series | undefined): number => (s ?? []).reduce<number>((a, v) => a + (v ?? 0), 0);
export const max = (s: Series | undefined): number => (s ?? []).reduce<number>((a, v) => Math.max(a, v ?? 0), 0);
