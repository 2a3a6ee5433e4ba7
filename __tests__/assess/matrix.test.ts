/**
 * The runbook's decision matrix as a table test: each row an observation
 * and the action and severity the matrix gives, with the reason in numbers.
 */
import { estimateCost } from '../../src/assess/cost.js';
import { classify, type Facts, MATRIX } from '../../src/assess/matrix.js';
import type { TableObservation } from '../../src/assess/observation.js';
import { DEFAULTS } from '../../src/config/defaults.js';
import { observation } from './fixtures.js';

const DAY = 86_400;
const WINDOW_START = Date.parse('2026-01-01T00:00:00Z');

function facts(o: TableObservation, budget: number | null = null): Facts {
  const cost = estimateCost(o, DAY, DEFAULTS.assess.prices);
  return { o, cost, windowStartMs: WINDOW_START, budget: budget === null ? null : { monthly: budget, total: cost.current } };
}

const idleGsi = {
  name: 'byEvent',
  status: 'ACTIVE',
  provisioned: { read: 400, write: 400 },
  sizeBytes: 5e9,
  consumedRead: 0,
  consumedWrite: 50_000,
  peakReadPerSecond: 0,
  peakWritePerSecond: 1,
  readThrottleEvents: 0,
  writeThrottleEvents: 0,
};

describe('the decision matrix', () => {
  it.each<[string, TableObservation, number | null, string, string, RegExp]>([
    [
      'throttled on provisioned: switch to on-demand',
      observation({ readThrottleEvents: 900, throttledRequests: 850, requests: 100_000 }),
      null,
      'switch-to-on-demand',
      'high',
      /^900 throttled \(0\.84% of 100,850 requests; read events 900, write events 0\) on PROVISIONED 10 RCU \/ 10 WCU/,
    ],
    [
      'throttled although on-demand since before the window: the mitigation failed, roll back',
      observation({
        billing: 'PAY_PER_REQUEST',
        provisioned: null,
        lastSwitchToOnDemand: '2025-12-01T00:00:00.000Z',
        writeThrottleEvents: 40,
        throttledRequests: 40,
      }),
      null,
      'roll-back',
      'critical',
      /although on-demand throughout the window: the mitigation did not stop it$/,
    ],
    [
      'system errors at 1% of requests: roll back',
      observation({ systemErrors: 5000 }),
      null,
      'roll-back',
      'critical',
      /^5,000 system errors, 1\.64% of 305,000 requests/,
    ],
    [
      'spend above the budget with an idle GSI: review',
      observation({ indexes: [idleGsi] }),
      100,
      'review',
      'medium',
      /above the budget of \$100\.00; this table \$\d+\.\d\d \(PROVISIONED\); idle GSI byEvent \(no reads in the window\)$/,
    ],
    [
      'slow without throttling: review usage',
      observation({ latency: { ...observation().latency, Query: { averageMs: 80, p99Ms: 450 } } }),
      null,
      'review',
      'medium',
      /^Query p99 450\.0 ms \(> 300\) without throttling/,
    ],
    [
      'capacity paid for and not used: review',
      observation({ provisioned: { read: 100, write: 100 } }),
      null,
      'review',
      'low',
      /^provisioned 100 RCU \/ 100 WCU, busiest period used 5% \/ 3%$/,
    ],
    ['healthy: no action', observation(), null, 'no-action', 'none', /^$/],
    ['a few throttles are noise: no action', observation({ readThrottleEvents: 3, throttledRequests: 3 }), null, 'no-action', 'none', /^$/],
  ])('%s', (_name, o, budget, action, severity, reason) => {
    const v = classify(facts(o, budget));
    expect([v.action, v.severity]).toEqual([action, severity]);
    const top = v.findings.find((f) => f.action === action && f.severity === severity);
    expect(top?.reason ?? '').toMatch(reason);
  });

  it('an idle GSI under the budget is a low finding, not over budget', () => {
    const v = classify(
      facts(
        observation({ provisioned: { read: 10, write: 10 }, indexes: [{ ...idleGsi, provisioned: { read: 1, write: 1 } }] }),
        1_000_000,
      ),
    );
    expect(v.findings.map((f) => f.rule)).toEqual(['idle GSI']);
    expect([v.action, v.severity]).toEqual(['review', 'low']);
  });

  it('leaves a table mid-change (UPDATING) alone, and says why', () => {
    const v = classify(facts(observation({ status: 'UPDATING', readThrottleEvents: 900, throttledRequests: 900 })));
    expect(v.findings.map((f) => f.rule)).toEqual(['throttled on provisioned']);
    expect(v.action).toBe('no-action');
    expect(v.note).toBe('table is UPDATING (PROVISIONED): a change is under way; assess again once it is ACTIVE');
  });

  it('does not call on-demand a failed mitigation when the switch came within the window', () => {
    const v = classify(
      facts(
        observation({
          billing: 'PAY_PER_REQUEST',
          provisioned: null,
          lastSwitchToOnDemand: '2026-01-01T12:00:00.000Z',
          writeThrottleEvents: 40,
          throttledRequests: 40,
        }),
      ),
    );
    expect(v.action).toBe('no-action');
  });

  it('has a row for each issue type the runbook names', () => {
    expect([...new Set(MATRIX.map((r) => r.issue))]).toEqual(['errors', 'performance', 'cost']);
  });
});

describe('the cost estimate', () => {
  it('scales the window to 730 hours at the default prices, under both modes', () => {
    // A day of 1,000,000 read and 200,000 write units; 1 GB stored; provisioned 10/10.
    const c = estimateCost(observation({ consumedRead: 1_000_000, consumedWrite: 200_000, sizeBytes: 1e9 }), DAY, DEFAULTS.assess.prices);
    const days = 730 / 24;
    expect(c.onDemand).toBeCloseTo(days * (1 * 0.125 + 0.2 * 0.625) + 0.25, 2);
    expect(c.provisioned).toBeCloseTo(730 * (10 * 0.00013 + 10 * 0.00065) + 0.25, 2);
    expect([c.provisionedBasis, c.current]).toEqual(['as set', c.provisioned]);
  });

  it('sizes provisioned to the busiest period at 70% for an on-demand table', () => {
    const c = estimateCost(
      observation({ billing: 'PAY_PER_REQUEST', provisioned: null, peakReadPerSecond: 7, peakWritePerSecond: 1.4 }),
      DAY,
      DEFAULTS.assess.prices,
    );
    expect(c.provisionedBasis).toBe('sized to peak');
    expect(c.provisioned).toBeCloseTo(730 * (10 * 0.00013 + 2 * 0.00065) + 0.00025, 2);
    expect(c.current).toBe(c.onDemand);
  });
});
