/**
 * The charts: Mermaid xychart-beta source that the strict check in
 * harness/mermaid-xychart.ts accepts (and the check itself, which must
 * refuse what Mermaid would not draw), and terminal sparklines.
 */
import { mermaidNumber, sparkline, tableCharts, timeLabels, xychart } from '../../src/assess/charts.js';
import { checkXyChart } from '../harness/mermaid-xychart.js';
import { observation } from './fixtures.js';

describe('Mermaid xychart-beta', () => {
  it('every chart of a table is valid, with as many points as x-axis labels', () => {
    const o = observation({ chart: { readPerSecond: [0, 1.234567, 1e-9, 12_000], writePerSecond: [0, 0, 0, 3], throttles: [0, 5, 0, 0] } });
    const charts = tableCharts(o, Date.parse('2026-01-01T00:00:00Z'), 1800);
    expect(charts).toHaveLength(2);
    for (const c of charts) expect(checkXyChart(c.mermaid)).toEqual([]);
    expect(charts[0]!.mermaid).toBe(
      [
        'xychart-beta',
        '  title "app-prod-events consumed capacity"',
        '  x-axis ["00:00", "00:30", "01:00", "01:30"]',
        '  y-axis "units per second" 0 --> 13200',
        '  line [0, 1.23, 0, 12000]',
        '  line [0, 0, 0, 3]',
      ].join('\n'),
    );
  });

  it('writes numbers Mermaid reads: no exponents, no -0', () => {
    expect([1e-9, -0, 1.5e21, 2.5, 1 / 3, Number.NaN].map(mermaidNumber)).toEqual(['0', '0', '999999999999999999999', '2.5', '0.333', '0']);
  });

  it('labels periods by time of day, with the date past two days', () => {
    expect(timeLabels(Date.parse('2026-01-01T23:00:00Z'), 3600, 2)).toEqual(['23:00', '00:00']);
    expect(timeLabels(Date.parse('2026-01-01T00:00:00Z'), 86_400, 3)).toEqual(['01-01 00:00', '01-02 00:00', '01-03 00:00']);
  });

  it('the check refuses what Mermaid would not draw', () => {
    const good = xychart({ title: 't', xLabels: ['a', 'b'], yTitle: 'y', series: [{ kind: 'bar', values: [1, 2] }] });
    expect(checkXyChart(good)).toEqual([]);
    expect(checkXyChart(good.replace('xychart-beta', 'xychart-bet'))).toEqual(['line 1: expected "xychart-beta", got "xychart-bet"']);
    expect(checkXyChart(good.replace('title "t"', 'title two words'))).toEqual([
      'line 2: not a title, x-axis, y-axis, line or bar statement: "title two words"',
    ]);
    expect(checkXyChart(good.replace('[1, 2]', '[1, 2e3]'))[0]).toMatch(/^line 5: not a title/);
    expect(checkXyChart(good.replace('[1, 2]', '[1]'))).toEqual(['2 x-axis categories but series of 1 values']);
    expect(checkXyChart(`${good}\n  line [1, 2, 3]`)).toEqual([
      'series of different lengths: 2, 3',
      '2 x-axis categories but series of 2, 3 values',
    ]);
    expect(checkXyChart(good.replace(/\s+bar.*$/, ''))).toEqual(['no line or bar series']);
    expect(checkXyChart(good.replace(/0 --> \d+/, '2 --> 2'))).toEqual(['line 4: y-axis range 2 --> 2 is empty']);
    expect(checkXyChart(`${good}\n  title "again"`)).toEqual(['more than one title']);
  });
});

describe('sparklines', () => {
  it('scale to the highest value, or a shared top', () => {
    expect(sparkline([0, 1, 2, 4, 8])).toBe('▁▂▃▅█');
    expect(sparkline([0, 0, 0])).toBe('▁▁▁');
    expect(sparkline([1, 1], 8)).toBe('▂▂');
  });

  it('read and write share one scale in the terminal, as in the chart', () => {
    const [capacity] = tableCharts(observation({ chart: { readPerSecond: [8, 8], writePerSecond: [1, 1], throttles: [0, 0] } }), 0, 60);
    expect(capacity!.text).toEqual(['read  ██ peak 8.0/s', 'write ▂▂ peak 1.0/s']);
  });
});
