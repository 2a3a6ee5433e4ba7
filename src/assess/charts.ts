/**
 * A table's window as charts: Mermaid `xychart-beta` source (GitHub renders
 * it in job summaries and Markdown) and one-line sparklines for a terminal.
 * Pure. Titles and labels are our own words and table names, quoted; a
 * double quote cannot occur in either (table names are [A-Za-z0-9_.-]).
 */
import type { SummaryChart } from '../core/summary.js';
import type { TableObservation } from './observation.js';

const BLOCKS = '▁▂▃▄▅▆▇█';

/** One character per value, scaled to top (default: the series' own highest value); all zero is a flat line. */
export function sparkline(values: readonly number[], top: number = Math.max(0, ...values)): string {
  return values
    .map((v) =>
      top === 0 ? BLOCKS[0] : BLOCKS[Math.min(BLOCKS.length - 1, Math.floor((Math.max(0, v) / top) * (BLOCKS.length - 1) + 0.5))],
    )
    .join('');
}

/** A number as Mermaid reads it: plain decimal, at most 3 places, never exponent notation. */
export function mermaidNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  // toFixed writes 1e+21 and above in exponent notation, which Mermaid does not read.
  if (Math.abs(n) >= 1e21) return n > 0 ? '999999999999999999999' : '-999999999999999999999';
  const fixed = (Math.round(n * 1000) / 1000).toFixed(3).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

function quoted(text: string): string {
  return `"${text.replaceAll('"', "'")}"`;
}

export interface XyChart {
  title: string;
  xLabels: readonly string[];
  yTitle: string;
  series: readonly { kind: 'line' | 'bar'; values: readonly number[] }[];
}

export function xychart(c: XyChart): string {
  const top = Math.max(1, ...c.series.flatMap((s) => s.values));
  return [
    'xychart-beta',
    `  title ${quoted(c.title)}`,
    `  x-axis [${c.xLabels.map(quoted).join(', ')}]`,
    `  y-axis ${quoted(c.yTitle)} 0 --> ${mermaidNumber(Math.ceil(top + top / 10))}`,
    ...c.series.map((s) => `  ${s.kind} [${s.values.map(mermaidNumber).join(', ')}]`),
  ].join('\n');
}

/** Period start times as labels: HH:MM (UTC) within two days, else MM-DD HH:MM. */
export function timeLabels(startMs: number, periodSeconds: number, n: number): string[] {
  const long = periodSeconds * n > 2 * 86_400;
  return Array.from({ length: n }, (_, i) => {
    const iso = new Date(startMs + i * periodSeconds * 1000).toISOString();
    return long ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16);
  });
}

/** Two charts per table: consumed capacity (read and write lines) and throttles (bars). */
export function tableCharts(o: TableObservation, startMs: number, periodSeconds: number): SummaryChart[] {
  const n = o.chart.throttles.length;
  const x = timeLabels(startMs, periodSeconds, n);
  const minutes = Math.round(periodSeconds / 60);
  const round = (v: readonly number[]) => v.map((x) => Math.round(x * 100) / 100);
  // Read and write on one scale, as in the Mermaid chart: each on its own would make a trickle look like a flood.
  const top = Math.max(0, ...o.chart.readPerSecond, ...o.chart.writePerSecond);
  return [
    {
      caption: `${o.table}: consumed capacity per second (read, then write), ${minutes}-minute periods, UTC`,
      mermaid: xychart({
        title: `${o.table} consumed capacity`,
        xLabels: x,
        yTitle: 'units per second',
        series: [
          { kind: 'line', values: round(o.chart.readPerSecond) },
          { kind: 'line', values: round(o.chart.writePerSecond) },
        ],
      }),
      text: [
        `read  ${sparkline(o.chart.readPerSecond, top)} peak ${Math.max(0, ...o.chart.readPerSecond).toFixed(1)}/s`,
        `write ${sparkline(o.chart.writePerSecond, top)} peak ${Math.max(0, ...o.chart.writePerSecond).toFixed(1)}/s`,
      ],
    },
    {
      caption: `${o.table}: throttles per ${minutes}-minute period, UTC`,
      mermaid: xychart({
        title: `${o.table} throttles`,
        xLabels: x,
        yTitle: 'throttles',
        series: [{ kind: 'bar', values: o.chart.throttles }],
      }),
      text: [`throttles ${sparkline(o.chart.throttles)} total ${Math.round(o.chart.throttles.reduce((a, b) => a + b, 0))}`],
    },
  ];
}
