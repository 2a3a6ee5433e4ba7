/**
 * What assess knows about one table: DescribeTable's settings and the
 * window's figures, summed and peaked from the series. Pure; the matrix
 * (matrix.ts) and the cost estimate (cost.ts) read only this.
 */
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { type Billing, billingOf, type Capacity } from '../dynamo/table.js';
import { LATENCY_OPERATIONS, type LatencyOperation, max, type MetricKey, type Series, sum, type Window, periodsOf } from './metrics.js';

export interface Usage {
  /** Capacity units consumed over the window. */
  consumedRead: number;
  consumedWrite: number;
  /** The busiest period's consumption per second. */
  peakReadPerSecond: number;
  peakWritePerSecond: number;
  readThrottleEvents: number;
  writeThrottleEvents: number;
}

export interface IndexObservation extends Usage {
  name: string;
  status: string;
  /** Provisioned capacity; null on an on-demand table. */
  provisioned: Capacity | null;
  sizeBytes: number;
}

export interface TableObservation extends Usage {
  collection: string;
  table: string;
  status: string;
  billing: Billing;
  provisioned: Capacity | null;
  sizeBytes: number;
  itemCount: number;
  /** When the table last became on-demand (ISO), if ever. */
  lastSwitchToOnDemand: string | null;
  indexes: IndexObservation[];
  /** Successful requests over the window, all operations. */
  requests: number;
  throttledRequests: number;
  systemErrors: number;
  /** The account's user errors in the region (the metric has no table). */
  accountUserErrors: number;
  latency: Record<LatencyOperation, { averageMs: number | null; p99Ms: number | null }>;
  /** Per period, for the charts: capacity units per second, and throttles (events plus throttled requests). */
  chart: { readPerSecond: number[]; writePerSecond: number[]; throttles: number[] };
  /** Periods in the window with any data point at all (0: no traffic, or no metrics published). */
  periodsWithData: number;
}

function capacityOf(billing: Billing, p: { ReadCapacityUnits?: number; WriteCapacityUnits?: number } | undefined): Capacity | null {
  return billing === 'PROVISIONED' ? { read: p?.ReadCapacityUnits ?? 0, write: p?.WriteCapacityUnits ?? 0 } : null;
}

export function observe(
  collection: string,
  t: TableDescription,
  keys: Map<string, MetricKey>,
  series: Map<string, Series>,
  w: Window,
): TableObservation {
  const find = (pred: (k: MetricKey) => boolean): Series[] =>
    [...keys.entries()].filter(([, k]) => pred(k)).map(([id]) => series.get(id) ?? []);
  const capacity = (scope: 'table' | 'gsi', metric: string, index?: string) =>
    find(
      (k) => k.scope === scope && 'metric' in k && k.metric === metric && (scope === 'table' || ('index' in k && k.index === index)),
    )[0] ?? [];
  const usage = (scope: 'table' | 'gsi', index?: string): Usage => {
    const r = capacity(scope, 'ConsumedReadCapacityUnits', index);
    const wr = capacity(scope, 'ConsumedWriteCapacityUnits', index);
    return {
      consumedRead: sum(r),
      consumedWrite: sum(wr),
      peakReadPerSecond: max(r) / w.periodSeconds,
      peakWritePerSecond: max(wr) / w.periodSeconds,
      readThrottleEvents: sum(capacity(scope, 'ReadThrottleEvents', index)),
      writeThrottleEvents: sum(capacity(scope, 'WriteThrottleEvents', index)),
    };
  };
  const byOperation = (metric: string) => find((k) => k.scope === 'operation' && k.metric === metric);
  const billing = billingOf(t);
  const latency = Object.fromEntries(
    LATENCY_OPERATIONS.map((op) => {
      const avg = find((k) => k.scope === 'latency' && k.operation === op && k.stat === 'Average')[0] ?? [];
      const p99 = find((k) => k.scope === 'latency' && k.operation === op && k.stat === 'p99')[0] ?? [];
      const counts = find((k) => k.scope === 'operation' && k.operation === op && k.metric === 'Requests')[0] ?? [];
      // The window's average weighs each period by its requests; its p99 is the worst period's.
      let weighted = 0;
      let n = 0;
      avg.forEach((v, i) => {
        if (v === null) return;
        const c = counts[i] ?? 1;
        weighted += v * (c ?? 1);
        n += c ?? 1;
      });
      const anyP99 = p99.some((v) => v !== null);
      return [op, { averageMs: n > 0 ? weighted / n : null, p99Ms: anyP99 ? max(p99) : null }];
    }),
  ) as TableObservation['latency'];
  const n = periodsOf(w);
  const at = (s: Series, i: number) => s[i] ?? 0;
  const tableRead = capacity('table', 'ConsumedReadCapacityUnits');
  const tableWrite = capacity('table', 'ConsumedWriteCapacityUnits');
  const eventSeries = find((k) => (k.scope === 'table' || k.scope === 'gsi') && 'metric' in k && /ThrottleEvents$/.test(k.metric));
  const throttledSeries = byOperation('ThrottledRequests');
  const allSeries = [...series.values()];
  return {
    collection,
    table: t.TableName ?? '',
    status: t.TableStatus ?? 'unknown',
    billing,
    provisioned: capacityOf(billing, t.ProvisionedThroughput),
    sizeBytes: t.TableSizeBytes ?? 0,
    itemCount: t.ItemCount ?? 0,
    lastSwitchToOnDemand: t.BillingModeSummary?.LastUpdateToPayPerRequestDateTime
      ? new Date(t.BillingModeSummary.LastUpdateToPayPerRequestDateTime).toISOString()
      : null,
    ...usage('table'),
    indexes: (t.GlobalSecondaryIndexes ?? []).map((g) => ({
      name: g.IndexName ?? '',
      status: g.IndexStatus ?? 'unknown',
      provisioned: capacityOf(billing, g.ProvisionedThroughput),
      sizeBytes: g.IndexSizeBytes ?? 0,
      ...usage('gsi', g.IndexName ?? ''),
    })),
    requests: byOperation('Requests').reduce((a, s) => a + sum(s), 0),
    throttledRequests: byOperation('ThrottledRequests').reduce((a, s) => a + sum(s), 0),
    systemErrors: byOperation('SystemErrors').reduce((a, s) => a + sum(s), 0),
    accountUserErrors: sum(find((k) => k.scope === 'account')[0]),
    latency,
    chart: {
      readPerSecond: Array.from({ length: n }, (_, i) => at(tableRead, i) / w.periodSeconds),
      writePerSecond: Array.from({ length: n }, (_, i) => at(tableWrite, i) / w.periodSeconds),
      // A throttled request counts once in ThrottledRequests and once or more in the events: the larger, not the sum.
      throttles: Array.from({ length: n }, (_, i) =>
        Math.max(
          eventSeries.reduce((a, s) => a + at(s, i), 0),
          throttledSeries.reduce((a, s) => a + at(s, i), 0),
        ),
      ),
    },
    periodsWithData: Array.from({ length: n }, (_, i) => allSeries.some((s) => s[i] !== null && s[i] !== undefined)).filter(Boolean).length,
  };
}

/** Throttles on the table and its indexes: throttled requests, or the throttle events when those are more (one request may throttle several times, or be a batch). */
export function throttlesOf(o: TableObservation): number {
  const events =
    o.readThrottleEvents + o.writeThrottleEvents + o.indexes.reduce((a, g) => a + g.readThrottleEvents + g.writeThrottleEvents, 0);
  return Math.max(events, o.throttledRequests);
}
