/**
 * One table's metrics: one GetMetricData call (its pages followed by
 * NextToken) through the CloudWatch client. A query CloudWatch answers as
 * Forbidden or InternalError means the metrics could not be read: that is
 * the command's failure (exit 1), never a table that looks idle.
 */
import { GetMetricDataCommand, type MetricDataResult } from '@aws-sdk/client-cloudwatch';
import type { CloudWatch } from '../clients/cloudwatch.js';
import { whereOf } from '../clients/errors.js';
import { FailedError } from '../core/errors.js';
import { planQueries, type MetricKey, type Series, toSeries, type Window } from './metrics.js';
import { opt } from '../core/option-name.js';

export interface TableMetrics {
  keys: Map<string, MetricKey>;
  series: Map<string, Series>;
  /** GetMetricData pages read. */
  pages: number;
}

/** Far more pages than any window of ours needs (100,800 points per query per page): a service that keeps sending tokens is refused. */
const MAX_PAGES = 1000;

export async function readTableMetrics(cloudwatch: CloudWatch, table: string, gsis: readonly string[], w: Window): Promise<TableMetrics> {
  const plan = planQueries(table, gsis, w.periodSeconds);
  const results: MetricDataResult[] = [];
  let token: string | undefined;
  let pages = 0;
  do {
    const out = await cloudwatch.call({ operation: 'GetMetricData', resource: `metrics of table ${table}` }, (sdk) =>
      sdk.send(
        new GetMetricDataCommand({
          MetricDataQueries: plan.queries,
          StartTime: new Date(w.startMs),
          EndTime: new Date(w.endMs),
          ScanBy: 'TimestampAscending',
          ...(token ? { NextToken: token } : {}),
        }),
      ),
    );
    pages++;
    for (const r of out.MetricDataResults ?? []) {
      if (r.StatusCode === 'Forbidden' || r.StatusCode === 'InternalError') {
        throw new FailedError(
          `${whereOf(cloudwatch.scope)} answered GetMetricData for table ${table} with ${r.StatusCode} on query ${r.Id ?? '?'}; the metrics could not be read${r.StatusCode === 'Forbidden' ? ': grant the role cloudwatch:GetMetricData' : ', try again'}`,
        );
      }
      results.push(r);
    }
    token = out.NextToken;
    if (pages >= MAX_PAGES && token)
      throw new FailedError(
        `${whereOf(cloudwatch.scope)} kept paging GetMetricData for table ${table} past ${MAX_PAGES} pages; the metrics could not be read`,
      );
  } while (token);
  const unknown = results.find((r) => r.Id && !plan.keys.has(r.Id));
  if (unknown)
    throw new FailedError(
      `${whereOf(cloudwatch.scope)} answered GetMetricData for table ${table} with a query id it was not asked (${unknown.Id}); check ${opt('cloudwatch-endpoint')}`,
    );
  return { keys: plan.keys, series: toSeries(results, w), pages };
}
