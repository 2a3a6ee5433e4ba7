/**
 * npm run bench [-- --scale F --only startup,export,chain,million,scan --rounds R --skip-cli --no-build]
 *
 * In one run, one part after the other so they do not share the two cores,
 * everything through the CLI bundled by ncc as `npm run build` bundles it
 * (built once, into .bench/build/cli):
 *   - startup: `--help` and `config` (a command that reads the config and
 *     touches nothing), 20 runs each in an empty folder, the median;
 *   - export: 60,000 items exported from dynalite beside a bare parallel
 *     scan in its own process (bench/index.ts), the ratio of their items/s;
 *   - chain: 100,000 items in four tables: status, export, rollback,
 *     verify --live, as the maintenance window runs them (bench/chain.ts);
 *   - million: rollback and verify of 1,000,000 items in four collections
 *     (bench/rollback.ts);
 *   - scan: rollback and verify of 250,000 items in four collections with
 *     the export in a scan's order, random to the files' (a real export's;
 *     bench/rollback.ts --scan-order).
 * --scale multiplies every size (0.1: 6,000 / 10,000 / 100,000 items), for
 * a quick run on a busy machine. Prints the table of issue 22 (seconds,
 * items/s, CPU seconds and peak RSS of each row, against the goals) and
 * exits non-zero when any part found a wrong result or failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BenchRow, buildCli, GNU_TIME } from './fixture.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const args = process.argv.slice(2);
const value = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const SCALE = Number(value('scale') ?? 1);
const ONLY = (value('only') ?? 'startup,export,chain,million,scan').split(',');
const ROUNDS = value('rounds') ?? '2';
const STARTUP_RUNS = 20;
const size = (n: number) => String(Math.max(100, Math.round(n * SCALE)));

const rowsFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'ddbrb-bench-rows-')), 'rows.jsonl');
const bin = buildCli(args.includes('--no-build'));
let failed = false;

function part(script: string, scriptArgs: string[]): void {
  // The SDK's long Node 20 support notice would bury the figures.
  const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  const res = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, script), ...scriptArgs, '--no-build', '--rows', rowsFile], {
    stdio: 'inherit',
    env,
  });
  if (res.status !== 0) failed = true;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** The CLI's start-up: median wall and CPU seconds of STARTUP_RUNS runs, in a folder without a config file. */
function startup(cliArgs: string[], nodeOnly = false): BenchRow {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'ddbrb-bench-startup-'));
  const walls: number[] = [];
  const cpus: number[] = [];
  const rss: number[] = [];
  let ok = true;
  try {
    for (let i = 0; i < STARTUP_RUNS; i++) {
      const started = performance.now();
      const argv = nodeOnly ? cliArgs : [bin, ...cliArgs];
      const r = GNU_TIME
        ? spawnSync(GNU_TIME, ['-f', 'BENCH_CPU=%U+%S BENCH_MAXRSS=%M', process.execPath, ...argv], { cwd, encoding: 'utf8' })
        : spawnSync(process.execPath, argv, { cwd, encoding: 'utf8' });
      walls.push((performance.now() - started) / 1000);
      const cpu = /BENCH_CPU=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? '');
      cpus.push(cpu ? Number(cpu[1]) + Number(cpu[2]) : 0);
      rss.push(Number(/BENCH_MAXRSS=(\d+)/.exec(r.stderr ?? '')?.[1] ?? 0));
      if (r.status !== 0) ok = false;
    }
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
  const seconds = median(walls);
  const what = nodeOnly ? `start-up: node ${cliArgs.join(' ')} (for scale)` : `start-up: ${cliArgs.join(' ')}`;
  const goal = nodeOnly ? {} : { goal: '< 0.15 s', met: seconds < 0.15 };
  return {
    what,
    items: 0,
    seconds,
    cpuSeconds: median(cpus),
    maxRssKb: median(rss),
    ...goal,
    ok,
    note: `median of ${STARTUP_RUNS} runs${ok ? '' : '; a run failed'}`,
  };
}

const rows: BenchRow[] = [];
if (ONLY.includes('startup')) {
  // node itself, for scale: what no CLI can start faster than.
  rows.push(startup(['-e', '0'], true), startup(['--help']), startup(['config']));
}
if (ONLY.includes('export'))
  part('index.ts', ['--items', size(60_000), '--rounds', ROUNDS, ...(args.includes('--skip-cli') ? ['--skip-cli'] : [])]);
if (ONLY.includes('chain')) part('chain.ts', ['--items', size(100_000)]);
if (ONLY.includes('million')) part('rollback.ts', ['--sizes', size(1_000_000), '--single', '0']);
if (ONLY.includes('scan')) part('rollback.ts', ['--sizes', size(250_000), '--single', '0', '--scan-order']);
try {
  rows.push(
    ...readFileSync(rowsFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as BenchRow),
  );
} catch {
  // No part wrote a row.
}
rmSync(path.dirname(rowsFile), { recursive: true, force: true });

const load = os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
console.log(
  `\nnpm run bench${SCALE !== 1 ? ` (scale ${SCALE})` : ''}: ${os.cpus().length} CPUs (load average ${load} at the end), node ${process.version}, the built CLI\n`,
);
const header = [
  'what'.padEnd(42),
  'items'.padStart(10),
  'seconds'.padStart(8),
  'items/s'.padStart(9),
  'CPU s'.padStart(7),
  'peak RSS'.padStart(9),
  '  goal',
].join(' ');
console.log(header);
for (const r of rows) {
  console.log(
    [
      r.what.padEnd(42),
      (r.items ? r.items.toLocaleString('en-US') : '-').padStart(10),
      r.seconds.toFixed(r.seconds < 1 ? 3 : 2).padStart(8),
      (r.items ? Math.round(r.items / r.seconds).toLocaleString('en-US') : '-').padStart(9),
      (r.cpuSeconds !== undefined ? r.cpuSeconds.toFixed(2) : '-').padStart(7),
      (r.maxRssKb ? `${(r.maxRssKb / 1024).toFixed(0)} MB` : '-').padStart(9),
      `  ${r.goal ? `${r.goal}: ${r.met ? 'met' : 'MISSED'}` : ''}${r.ok ? '' : '  WRONG'}  ${r.note}`,
    ].join(' '),
  );
  if (!r.ok) failed = true;
}
if (!GNU_TIME) console.log('CPU seconds and peak RSS: not measured (no GNU time at /usr/bin/time)');
if (failed) {
  console.log('\nA part failed or found a wrong result (see above).');
  process.exit(1);
}
