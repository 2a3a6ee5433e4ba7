/** The window assess reads: --since and --period checked before any call, the default period, and series placed by period. */
import { parseDuration } from '../../src/assess/duration.js';
import { planQueries, toSeries } from '../../src/assess/metrics.js';
import { checkWindow, defaultPeriod } from '../../src/assess/run.js';

describe('the window', () => {
  it('reads durations in minutes, hours and days', () => {
    expect(['90m', '24h', '7d'].map((d) => parseDuration(d, '--since'))).toEqual([5400, 86_400, 604_800]);
    for (const bad of ['0h', '24', 'h', '1.5h', '-1d', '1w'])
      expect(() => parseDuration(bad, '--since')).toThrow(/^--since: expected a whole number and a unit/);
  });

  it('defaults to about 48 points in whole minutes, 5-minute ones past 15 days', () => {
    expect([defaultPeriod(86_400), defaultPeriod(3600), defaultPeriod(600), defaultPeriod(30 * 86_400)]).toEqual([1800, 120, 60, 54_000]);
  });

  it.each<[number, number, RegExp]>([
    [30, 60, /^--since: expected from 1m to 63d/],
    [64 * 86_400, 3600, /^--since: expected from 1m to 63d/],
    [86_400, 90, /^--period 90: give a multiple of 60 seconds/],
    [3600, 7200, /^--period 7200: longer than the window/],
    [20 * 86_400, 3660, /^--period 3660: a window beyond 15 days needs a multiple of 300 seconds/],
    [7 * 86_400, 60, /^--period 60: 10080 points per metric is more than a chart can show/],
  ])('refuses --since %i s with --period %i', (since, period, message) => {
    expect(() => checkWindow(since, period)).toThrow(message);
  });

  it('places each point in its period, merging pages of one query, and leaves periods without one empty', () => {
    const w = { startMs: Date.parse('2026-01-01T00:00:00Z'), endMs: Date.parse('2026-01-01T02:00:00Z'), periodSeconds: 1800 };
    const at = (iso: string) => new Date(iso);
    const series = toSeries(
      [
        { Id: 't_rcu', Timestamps: [at('2026-01-01T00:00:00Z'), at('2026-01-01T01:30:00Z')], Values: [5, 7] },
        { Id: 't_rcu', Timestamps: [at('2026-01-01T00:30:00Z')], Values: [6] },
        { Id: 't_wcu', Timestamps: [at('2025-12-31T23:30:00Z')], Values: [99] },
      ],
      w,
    );
    expect(series.get('t_rcu')).toEqual([5, 6, null, 7]);
    expect(series.get('t_wcu')).toEqual([null, null, null, null]);
  });

  it('gives every query a unique id CloudWatch accepts (a lowercase letter first, then letters, digits and _)', () => {
    const { queries } = planQueries('events', ['byA', 'byB'], 60);
    const ids = queries.map((q) => q.Id!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z][A-Za-z0-9_]*$/.test(id))).toEqual([]);
    expect(queries.length).toBeLessThanOrEqual(500);
  });
});
