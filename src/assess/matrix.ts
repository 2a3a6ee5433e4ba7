/**
 * The runbook's decision matrix, as data: each row an issue type, its
 * severity, when it holds (with the reason in numbers) and the action it
 * calls for. Scenario 2 (performance): mitigate by switching to on-demand,
 * roll back only if that fails. Scenario 3 (cost): review usage and GSIs,
 * roll back only if necessary. Pure; thresholds are named here and in
 * docs/assess.md.
 */
import { type CostEstimate, dollars } from './cost.js';
import { type TableObservation, throttlesOf } from './observation.js';
import { groupDigits } from '../core/group-digits.js';

export type Severity = 'none' | 'low' | 'medium' | 'high' | 'critical';
export type Action = 'no-action' | 'review' | 'switch-to-on-demand' | 'roll-back';
export type Issue = 'errors' | 'performance' | 'cost';

export const SEVERITY_ORDER: readonly Severity[] = ['none', 'low', 'medium', 'high', 'critical'];
export const ACTION_ORDER: readonly Action[] = ['no-action', 'review', 'switch-to-on-demand', 'roll-back'];

/** Throttles in the window that make a performance issue (a handful is noise a retry absorbs). */
export const MIN_THROTTLES = 10;
/** System errors (DynamoDB's own 500s) at this share of requests: the service is failing the app. */
export const SYSTEM_ERROR_SHARE = 0.01;
/** p99 latency above these (ms) without throttling: slow queries, hot keys, a scan where a query belongs. */
export const LATENCY_P99_MS = { GetItem: 100, PutItem: 100, Query: 300 } as const;
/** Provisioned capacity used at most this share at the busiest period: paid for, not used. */
export const LOW_UTILISATION = 0.2;

export interface Facts {
  o: TableObservation;
  cost: CostEstimate;
  windowStartMs: number;
  /** The budget is for the tables assessed together: whether their estimate is above it, and the figures. */
  budget: { monthly: number; total: number } | null;
}

export interface Finding {
  issue: Issue;
  severity: Severity;
  action: Action;
  /** Which row of the matrix. */
  rule: string;
  reason: string;
}

export interface Rule {
  rule: string;
  issue: Issue;
  severity: Severity;
  action: Action;
  /** The reason in numbers when the row holds, else null. */
  when(f: Facts): string | null;
}

const pct = (part: number, whole: number) => (whole > 0 ? `${((part / whole) * 100).toFixed(2)}%` : 'n/a');
const int = (n: number) => groupDigits(Math.round(n));
const active = (f: Facts) => f.o.status === 'ACTIVE';
/** On-demand since before the window: throttling seen now happened under on-demand, so the mitigation did not help. */
const onDemandThroughout = (f: Facts) =>
  f.o.billing === 'PAY_PER_REQUEST' && (f.o.lastSwitchToOnDemand === null || Date.parse(f.o.lastSwitchToOnDemand) <= f.windowStartMs);

function throttleReason(f: Facts): string {
  const t = throttlesOf(f.o);
  const total = f.o.requests + f.o.throttledRequests;
  return `${int(t)} throttled (${pct(f.o.throttledRequests, total)} of ${int(total)} requests; read events ${int(f.o.readThrottleEvents)}, write events ${int(f.o.writeThrottleEvents)})`;
}

function idleIndexes(f: Facts): string[] {
  return f.o.indexes.filter((g) => g.consumedRead === 0).map((g) => g.name);
}

function slowOperations(f: Facts): string[] {
  return Object.entries(LATENCY_P99_MS)
    .filter(([op, limit]) => (f.o.latency[op as keyof typeof LATENCY_P99_MS].p99Ms ?? 0) > limit)
    .map(([op, limit]) => `${op} p99 ${f.o.latency[op as keyof typeof LATENCY_P99_MS].p99Ms!.toFixed(1)} ms (> ${limit})`);
}

function utilisation(f: Facts): { read: number; write: number } | null {
  const p = f.o.provisioned;
  if (f.o.billing !== 'PROVISIONED' || !p || p.read === 0 || p.write === 0) return null;
  return { read: f.o.peakReadPerSecond / p.read, write: f.o.peakWritePerSecond / p.write };
}

/** The matrix, most severe first. Every row that holds is a finding; the first that holds decides the table's action. */
export const MATRIX: readonly Rule[] = [
  {
    rule: 'system errors',
    issue: 'errors',
    severity: 'critical',
    action: 'roll-back',
    when: (f) => {
      const total = f.o.requests + f.o.systemErrors;
      return f.o.systemErrors > 0 && f.o.systemErrors / Math.max(1, total) >= SYSTEM_ERROR_SHARE
        ? `${int(f.o.systemErrors)} system errors, ${pct(f.o.systemErrors, total)} of ${int(total)} requests (>= ${SYSTEM_ERROR_SHARE * 100}%)`
        : null;
    },
  },
  {
    rule: 'throttled on on-demand',
    issue: 'performance',
    severity: 'critical',
    action: 'roll-back',
    when: (f) =>
      active(f) && onDemandThroughout(f) && throttlesOf(f.o) >= MIN_THROTTLES
        ? `${throttleReason(f)} although on-demand throughout the window: the mitigation did not stop it`
        : null,
  },
  {
    rule: 'throttled on provisioned',
    issue: 'performance',
    severity: 'high',
    action: 'switch-to-on-demand',
    when: (f) =>
      f.o.billing === 'PROVISIONED' && throttlesOf(f.o) >= MIN_THROTTLES
        ? `${throttleReason(f)} on PROVISIONED ${f.o.provisioned?.read ?? 0} RCU / ${f.o.provisioned?.write ?? 0} WCU (peak ${f.o.peakReadPerSecond.toFixed(1)} RCU/s, ${f.o.peakWritePerSecond.toFixed(1)} WCU/s)`
        : null,
  },
  {
    rule: 'slow without throttling',
    issue: 'performance',
    severity: 'medium',
    action: 'review',
    when: (f) => {
      const slow = slowOperations(f);
      return slow.length > 0 && throttlesOf(f.o) < MIN_THROTTLES
        ? `${slow.join(', ')} without throttling: review hot keys and query patterns`
        : null;
    },
  },
  {
    rule: 'over budget',
    issue: 'cost',
    severity: 'medium',
    action: 'review',
    when: (f) => {
      if (!f.budget || f.budget.total <= f.budget.monthly) return null;
      const idle = idleIndexes(f);
      return `estimated ${dollars(f.budget.total)}/month for the tables assessed, above the budget of ${dollars(f.budget.monthly)}; this table ${dollars(f.cost.current)} (${f.o.billing})${idle.length > 0 ? `; idle GSI ${idle.join(', ')} (no reads in the window)` : ''}`;
    },
  },
  {
    rule: 'idle GSI',
    issue: 'cost',
    severity: 'low',
    action: 'review',
    when: (f) => {
      const idle = idleIndexes(f);
      return idle.length > 0
        ? `GSI ${idle.join(', ')}: no reads in the window, yet ${int(f.o.indexes.filter((g) => idle.includes(g.name)).reduce((a, g) => a + g.consumedWrite, 0))} write units spent keeping it`
        : null;
    },
  },
  {
    rule: 'over-provisioned',
    issue: 'cost',
    severity: 'low',
    action: 'review',
    when: (f) => {
      const u = utilisation(f);
      return u && u.read <= LOW_UTILISATION && u.write <= LOW_UTILISATION
        ? `provisioned ${f.o.provisioned!.read} RCU / ${f.o.provisioned!.write} WCU, busiest period used ${(u.read * 100).toFixed(0)}% / ${(u.write * 100).toFixed(0)}%`
        : null;
    },
  },
];

export interface TableVerdict {
  severity: Severity;
  action: Action;
  findings: Finding[];
  /** Why the action differs from the matrix's (a change under way). */
  note: string | null;
}

/** Every row that holds, and the action of the most severe (ties: the stronger action). */
export function classify(f: Facts, matrix: readonly Rule[] = MATRIX): TableVerdict {
  const findings: Finding[] = [];
  for (const r of matrix) {
    const reason = r.when(f);
    if (reason !== null) findings.push({ issue: r.issue, severity: r.severity, action: r.action, rule: r.rule, reason });
  }
  if (findings.length === 0) return { severity: 'none', action: 'no-action', findings, note: null };
  const top = findings.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  // A table mid-change is left alone: the switch may be the change itself, and its figures straddle it.
  if (!active(f) && top.action !== 'roll-back') {
    return {
      severity: top.severity,
      action: 'no-action',
      findings,
      note: `table is ${f.o.status} (${f.o.billing}): a change is under way; assess again once it is ACTIVE`,
    };
  }
  return { severity: top.severity, action: top.action, findings, note: null };
}

function rank(f: Finding): number {
  return SEVERITY_ORDER.indexOf(f.severity) * 10 + ACTION_ORDER.indexOf(f.action);
}

export function worst<T extends { severity: Severity; action: Action }>(items: readonly T[]): { severity: Severity; action: Action } {
  let severity: Severity = 'none';
  let action: Action = 'no-action';
  for (const i of items) {
    if (SEVERITY_ORDER.indexOf(i.severity) > SEVERITY_ORDER.indexOf(severity)) severity = i.severity;
    if (ACTION_ORDER.indexOf(i.action) > ACTION_ORDER.indexOf(action)) action = i.action;
  }
  return { severity, action };
}
