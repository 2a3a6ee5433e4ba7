import { tableCharts } from '../assess/charts.js';
import { dollars } from '../assess/cost.js';
import { parseDuration } from '../assess/duration.js';
import { LATENCY_OPERATIONS } from '../assess/metrics.js';
import { throttlesOf } from '../assess/observation.js';
import { type AssessResult, defaultPeriod, runAssess } from '../assess/run.js';
import { selectTables } from '../config/tables.js';
import { cloudWatchFor, dynamoFor } from './clients.js';
import { defineCommand } from './types.js';
import { groupDigits } from '../core/group-digits.js';

/** --since when not given (not an action.yml default: export and verify take --since too, with another meaning). */
const DEFAULT_SINCE = '24h';

const int = (n: number) => groupDigits(Math.round(n));
const ms = (n: number | null) => (n === null ? '-' : n.toFixed(1));

/** Reads CloudWatch and says what the runbook's matrix calls for; changes nothing. */
export const assessCommand = defineCommand<AssessResult>({
  name: 'assess',
  description:
    "CloudWatch metrics per table and GSI against the runbook's decision matrix: no action, switch to on-demand, review GSIs/usage, or roll back; a month's cost under both billing modes",
  options: ['tables', 'since', 'period', 'budget', 'cloudwatch-endpoint', 'format', 'retry-budget'],
  outputs: {
    recommendation: 'no-action, switch-to-on-demand, review or roll-back: the strongest any table calls for',
    severity: 'none, low, medium, high or critical: the highest finding',
    findings: 'JSON object: table -> { action, severity, findings: [{ issue, severity, rule, reason }] }',
    'monthly-cost': 'Estimated US dollars a month for the tables assessed, each under its billing mode now',
  },
  async run(ctx) {
    const since = parseDuration(ctx.options.since ?? DEFAULT_SINCE, '--since');
    return runAssess(
      {
        tables: selectTables(ctx.config, ctx.options.tables),
        sinceSeconds: since,
        periodSeconds: ctx.options.period ?? defaultPeriod(since),
        budget: ctx.options.budget ?? ctx.config.assess.monthlyBudget,
        prices: ctx.config.assess.prices,
        pricesSource: ctx.config.assess.pricesSource,
      },
      { dynamo: await dynamoFor(ctx), cloudwatch: await cloudWatchFor(ctx), reporter: ctx.reporter },
    );
  },
  present(r) {
    const acting = r.tables.filter((t) => t.action !== 'no-action').length;
    const headline =
      r.recommendation === 'no-action'
        ? `no action: ${r.tables.length} table${r.tables.length === 1 ? '' : 's'} healthy from ${r.window.start} to ${r.window.end}`
        : `${r.recommendation} (severity ${r.severity}): ${acting} of ${r.tables.length} table${r.tables.length === 1 ? '' : 's'} call${acting === 1 ? 's' : ''} for action, from ${r.window.start} to ${r.window.end}`;
    return {
      // It informs: any recommendation is a successful assessment.
      ok: true,
      outputs: {
        recommendation: r.recommendation,
        severity: r.severity,
        findings: JSON.stringify(
          Object.fromEntries(
            r.tables.map((t) => [
              t.observation.table,
              {
                action: t.action,
                severity: t.severity,
                findings: t.findings.map((f) => ({ issue: f.issue, severity: f.severity, rule: f.rule, reason: f.reason })),
              },
            ]),
          ),
        ),
        'monthly-cost': r.totalMonthly.toFixed(2),
      },
      summary: {
        title: 'assess',
        headline,
        tables: [
          {
            caption: 'tables',
            headers: [
              'table',
              'status',
              'billing',
              'action',
              'severity',
              'read units',
              'write units',
              'peak RCU/s',
              'peak WCU/s',
              'throttled',
              'system errors',
              'requests',
            ],
            rows: r.tables.map(({ observation: o, action, severity }) => [
              o.table,
              o.status,
              o.provisioned ? `${o.billing} ${o.provisioned.read}/${o.provisioned.write}` : o.billing,
              action,
              severity,
              int(o.consumedRead),
              int(o.consumedWrite),
              o.peakReadPerSecond.toFixed(1),
              o.peakWritePerSecond.toFixed(1),
              int(throttlesOf(o)),
              int(o.systemErrors),
              int(o.requests),
            ]),
          },
          {
            caption: 'latency (ms, successful requests)',
            headers: ['table', ...LATENCY_OPERATIONS.flatMap((op) => [`${op} avg`, `${op} p99`])],
            rows: r.tables.map(({ observation: o }) => [
              o.table,
              ...LATENCY_OPERATIONS.flatMap((op) => [ms(o.latency[op].averageMs), ms(o.latency[op].p99Ms)]),
            ]),
          },
          {
            caption: `monthly cost estimate (${r.pricesSource})`,
            headers: ['table', 'now', 'on-demand', 'provisioned', 'basis', 'storage'],
            rows: [
              ...r.tables.map(({ observation: o, cost }) => [
                o.table,
                `${dollars(cost.current)} (${o.billing})`,
                dollars(cost.onDemand),
                dollars(cost.provisioned),
                cost.provisionedBasis,
                dollars(cost.storage),
              ]),
              ['all', dollars(r.totalMonthly), '', '', r.budget === null ? 'no budget set' : `budget ${dollars(r.budget)}`, ''],
            ],
          },
          {
            caption: 'GSIs',
            headers: ['table', 'index', 'status', 'read units', 'write units', 'throttle events'],
            rows: r.tables.flatMap(({ observation: o }) =>
              o.indexes.map((g) => [
                o.table,
                g.name,
                g.status,
                int(g.consumedRead),
                int(g.consumedWrite),
                int(g.readThrottleEvents + g.writeThrottleEvents),
              ]),
            ),
          },
        ].filter((t) => t.rows.length > 0),
        notes: [
          ...r.tables.flatMap((t) =>
            t.findings.map((f) => `${t.observation.table}: ${f.issue} ${f.severity} (${f.rule}) -> ${f.action}: ${f.reason}`),
          ),
          ...r.tables.filter((t) => t.note).map((t) => `${t.observation.table}: ${t.note}`),
          ...r.tables
            .filter((t) => t.observation.periodsWithData === 0)
            .map(
              (t) => `${t.observation.table}: no data points in the window (no traffic, or CloudWatch has not published its metrics yet)`,
            ),
          ...(r.tables.length > 0
            ? [`account user errors in the region (all tables): ${int(r.tables[0]!.observation.accountUserErrors)}`]
            : []),
          `period ${r.window.periodSeconds} s; ${r.pages} GetMetricData page${r.pages === 1 ? '' : 's'}; estimates scale the window to 730 hours and leave out free tier, reserved capacity, backups, streams and transfer`,
        ],
        charts: r.tables.flatMap((t) => tableCharts(t.observation, Date.parse(r.window.start), r.window.periodSeconds)),
      },
    };
  },
});
