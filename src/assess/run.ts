/**
 * assess: per table, DescribeTable then one GetMetricData (paged), the
 * window's figures, a month's cost under both modes, and the matrix's
 * verdict. It only reads. Its answer informs (exit 0 whatever it
 * recommends); it fails only when the metrics cannot be read.
 */
import type { DepsOf } from '../clients/deps.js';
import type { TableRef } from '../config/tables.js';
import type { Prices } from '../config/types.js';
import { InputError } from '../core/errors.js';
import { describeTable } from '../clients/dynamodb-describe.js';
import { type CostEstimate, estimateCost } from './cost.js';
import { type Action, classify, type Severity, type TableVerdict, worst } from './matrix.js';
import type { Window } from './metrics.js';
import { observe, type TableObservation } from './observation.js';
import { readTableMetrics } from './read-metrics.js';
import { opt } from '../core/option-name.js';

export interface AssessOptions {
  tables: readonly TableRef[];
  sinceSeconds: number;
  periodSeconds: number;
  /** US dollars a month for these tables together; null: no budget check. */
  budget: number | null;
  prices: Prices;
  pricesSource: string;
}

export type AssessDeps = DepsOf<'dynamo' | 'cloudwatch' | 'reporter', 'now'>;

export interface TableAssessment extends TableVerdict {
  observation: TableObservation;
  cost: CostEstimate;
}

export interface AssessResult {
  ok: boolean;
  recommendation: Action;
  severity: Severity;
  window: { start: string; end: string; periodSeconds: number };
  budget: number | null;
  /** The tables' estimates added up, under the mode each is in now. */
  totalMonthly: number;
  pricesSource: string;
  tables: TableAssessment[];
  /** GetMetricData pages read, all tables. */
  pages: number;
}

/** CloudWatch keeps 1-minute points for 15 days, 5-minute for 63: the window must end where points exist. */
export const MAX_SINCE_SECONDS = 63 * 86_400;

export function checkWindow(sinceSeconds: number, periodSeconds: number): void {
  if (sinceSeconds < 60 || sinceSeconds > MAX_SINCE_SECONDS)
    throw new InputError(`${opt('since')}: expected from 1m to 63d (what CloudWatch keeps at 5-minute resolution), got ${sinceSeconds} s`);
  if (periodSeconds % 60 !== 0)
    throw new InputError(`${opt('period')} ${periodSeconds}: give a multiple of 60 seconds (CloudWatch's DynamoDB metrics are per minute)`);
  if (periodSeconds > sinceSeconds)
    throw new InputError(
      `${opt('period')} ${periodSeconds}: longer than the window (${opt('since')} ${sinceSeconds} s); give a shorter period`,
    );
  if (sinceSeconds > 15 * 86_400 && periodSeconds % 300 !== 0)
    throw new InputError(
      `${opt('period')} ${periodSeconds}: a window beyond 15 days needs a multiple of 300 seconds (CloudWatch keeps only 5-minute points past 15 days)`,
    );
  if (sinceSeconds / periodSeconds > 1440)
    throw new InputError(
      `${opt('period')} ${periodSeconds}: ${Math.ceil(sinceSeconds / periodSeconds)} points per metric is more than a chart can show; give a longer period (at most 1440 points)`,
    );
}

/** The default: about 48 points over the window, whole minutes (5 minutes past 15 days). */
export function defaultPeriod(sinceSeconds: number): number {
  const step = sinceSeconds > 15 * 86_400 ? 300 : 60;
  return Math.max(step, Math.ceil(sinceSeconds / 48 / step) * step);
}

export async function runAssess(options: AssessOptions, deps: AssessDeps): Promise<AssessResult> {
  const now = deps.now ?? (() => new Date());
  checkWindow(options.sinceSeconds, options.periodSeconds);
  const { dynamo, cloudwatch, reporter } = deps;
  // Whole periods ending at the last full minute: the open minute's points are still arriving.
  const endMs = Math.floor(now().getTime() / 60_000) * 60_000;
  const w: Window = { startMs: endMs - options.sinceSeconds * 1000, endMs, periodSeconds: options.periodSeconds };

  const described = [];
  for (const ref of options.tables) described.push({ ref, t: await describeTable(dynamo, ref) });

  const progress = reporter.progress('metrics', { unit: 'tables', total: described.length });
  let pages = 0;
  const observed: { o: TableObservation; cost: CostEstimate }[] = [];
  for (const { ref, t } of described) {
    const gsis = (t.GlobalSecondaryIndexes ?? []).map((g) => g.IndexName ?? '').filter((n) => n !== '');
    const m = await readTableMetrics(cloudwatch, ref.table, gsis, w);
    pages += m.pages;
    const o = observe(ref.collection, t, m.keys, m.series, w);
    observed.push({ o, cost: estimateCost(o, options.sinceSeconds, options.prices) });
    progress.add(1);
  }
  progress.done(`${observed.length} table${observed.length === 1 ? '' : 's'} read`);

  const totalMonthly = Math.round(observed.reduce((a, x) => a + x.cost.current, 0) * 100) / 100;
  const budget = options.budget === null ? null : { monthly: options.budget, total: totalMonthly };
  const tables = observed.map(({ o, cost }) => ({ observation: o, cost, ...classify({ o, cost, windowStartMs: w.startMs, budget }) }));
  const top = worst(tables);
  return {
    ok: true,
    recommendation: top.action,
    severity: top.severity,
    window: { start: new Date(w.startMs).toISOString(), end: new Date(w.endMs).toISOString(), periodSeconds: w.periodSeconds },
    budget: options.budget,
    totalMonthly,
    pricesSource: options.pricesSource,
    tables,
    pages,
  };
}
