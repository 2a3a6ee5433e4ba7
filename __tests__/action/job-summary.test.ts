/**
 * The job summary carries a command's charts as fenced mermaid blocks (what
 * GitHub renders), each one valid xychart, beside the escaped tables.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { tableCharts } from '../../src/assess/charts.js';
import { writeJobSummary } from '../../src/action/summary.js';
import { observation } from '../assess/fixtures.js';
import { checkXyChart } from '../harness/mermaid-xychart.js';

let dir: string;
const saved = process.env.GITHUB_STEP_SUMMARY;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-summary-'));
  process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'summary.md');
  await writeFile(process.env.GITHUB_STEP_SUMMARY, '');
});
afterEach(async () => {
  if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
  else process.env.GITHUB_STEP_SUMMARY = saved;
  await rm(dir, { recursive: true, force: true });
});

it('writes each chart as a mermaid block GitHub renders, and each is valid xychart', async () => {
  const charts = tableCharts(
    observation({ chart: { readPerSecond: [1, 2, 3], writePerSecond: [0, 1, 0], throttles: [0, 4, 0] } }),
    Date.parse('2026-01-01T00:00:00Z'),
    600,
  );
  await writeJobSummary({ title: 'assess', headline: 'review <b>', tables: [], notes: [], charts }, true);
  const md = await readFile(process.env.GITHUB_STEP_SUMMARY!, 'utf8');
  const blocks = [...md.matchAll(/\n```mermaid\n([\s\S]*?)\n```\n/g)].map((m) => m[1]!);
  expect(blocks).toEqual(charts.map((c) => c.mermaid));
  for (const b of blocks) expect(checkXyChart(b)).toEqual([]);
  expect(md).toContain('review &lt;b&gt;');
});
