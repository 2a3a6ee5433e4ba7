/**
 * npx tsx bench/rollback.ts [--sizes 250000,1000000] [--single 600000] [--scan-order] [--keep] [--no-build] [--rows file]
 *
 * Rollback and verify through the built CLI (bundled by ncc into
 * .bench/build, as `npm run build` bundles dist/cli), each in its own
 * process as an operator runs it: `node cli rollback --from export` then
 * `node cli verify --from export`, in a scratch repository holding an
 * export (our layout, src/export-format/layout.ts), a migration backup and the
 * current files (fixture.ts). For each size in --sizes the items are spread
 * over four collections, and --single puts that many in one collection, so
 * the figures show whether memory follows the largest collection or the
 * total. Prints wall time, items/s and peak RSS (GNU time's maximum
 * resident set size of the CLI process) of each, against the goals; exits
 * non-zero when a result is wrong (the rollback's counts, verify not ok) or
 * a command fails. Building the inputs is not measured. --scan-order
 * writes the export's items in a Scan's order (a hash of the key) instead of
 * the files' id order: the commands then read the files back at random, as
 * with a real export. --no-build takes
 * the CLI the last run built; --rows appends each row as a JSON line for
 * all.ts's table.
 */
import { appendFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RollbackResult } from '../src/rollback/result.js';
import { type BenchRow, buildCli, cli, GNU_TIME, prepare, type Run, spread, wrongRollback } from './fixture.js';

const args = process.argv.slice(2);
const list = (name: string, fallback: number[]) => {
  const i = args.indexOf(`--${name}`);
  return i === -1
    ? fallback
    : (args[i + 1] ?? '')
        .split(',')
        .filter((x) => x !== '' && x !== '0')
        .map(Number);
};
const SIZES = list('sizes', [250_000, 1_000_000]);
const SINGLE = list('single', [600_000]);
const ROWS = args.includes('--rows') ? args[args.indexOf('--rows') + 1] : undefined;
const SCANNED = args.includes('--scan-order');
const GOALS = { rollbackSeconds: 20, verifySeconds: 15, rssMb: 500 };

interface Row {
  name: string;
  items: number;
  largest: number;
  run: Run;
  goalSeconds: number;
  ok: boolean;
  note: string;
}

async function measure(bin: string, label: string, collections: [string, number][]): Promise<Row[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-bench-rollback-'));
  const total = collections.reduce((sum, [, n]) => sum + n, 0);
  const largest = Math.max(...collections.map(([, n]) => n));
  try {
    await prepare(dir, collections, true, SCANNED);
    const rows: Row[] = [];
    const rb = await cli(bin, dir, ['rollback', '--from', 'export']);
    const result = rb.json.result as RollbackResult | undefined;
    const wrong: string[] = [];
    if (rb.exitCode !== 0 || !result) wrong.push(`rollback exited ${rb.exitCode}${rb.json.error ? `: ${rb.json.error}` : ''}`);
    wrong.push(...wrongRollback(result, collections));
    rows.push({
      name: `rollback ${label}`,
      items: total,
      largest,
      run: rb,
      goalSeconds: GOALS.rollbackSeconds,
      ok: wrong.length === 0,
      note: wrong.join('; ') || 'counts as expected',
    });
    const vf = await cli(bin, dir, ['verify', '--from', 'export']);
    const vOk = vf.exitCode === 0 && vf.json.ok === true;
    rows.push({
      name: `verify ${label}`,
      items: total,
      largest,
      run: vf,
      goalSeconds: GOALS.verifySeconds,
      ok: vOk,
      note: vOk
        ? 'ok (differences all accounted for)'
        : `exit ${vf.exitCode}${vf.json.error ? `: ${vf.json.error}` : ', verify found differences'}`,
    });
    return rows;
  } finally {
    if (!args.includes('--keep')) await rm(dir, { recursive: true, force: true });
    else console.error(`kept ${dir}`);
  }
}

async function main(): Promise<void> {
  const bin = buildCli(args.includes('--no-build'));
  const rows: Row[] = [];
  const order = SCANNED ? ', scan order' : '';
  for (const n of SIZES) rows.push(...(await measure(bin, `${n.toLocaleString('en-US')} in 4${order}`, spread(n))));
  for (const n of SINGLE) rows.push(...(await measure(bin, `${n.toLocaleString('en-US')} in 1${order}`, [['events', n]])));
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`\nrollback and verify through the built CLI: ${os.cpus().length} CPUs (load average ${load}), node ${process.version}\n`);
  console.log(
    [
      'run'.padEnd(30),
      'items'.padStart(10),
      'largest'.padStart(9),
      'seconds'.padStart(8),
      'CPU s'.padStart(7),
      'items/s'.padStart(9),
      'peak RSS'.padStart(9),
      '  goal',
      '  result',
    ].join(' '),
  );
  let failed = false;
  for (const r of rows) {
    const rssMb = r.run.maxRssKb / 1024;
    const met = r.run.seconds <= r.goalSeconds && rssMb <= GOALS.rssMb;
    console.log(
      [
        r.name.padEnd(30),
        r.items.toLocaleString('en-US').padStart(10),
        r.largest.toLocaleString('en-US').padStart(9),
        r.run.seconds.toFixed(1).padStart(8),
        r.run.cpuSeconds.toFixed(1).padStart(7),
        Math.round(r.items / r.run.seconds)
          .toLocaleString('en-US')
          .padStart(9),
        `${rssMb.toFixed(0)} MB`.padStart(9),
        `  <= ${r.goalSeconds}s, ${GOALS.rssMb} MB: ${met ? 'met' : 'MISSED'}`,
        `  ${r.ok ? '' : 'WRONG: '}${r.note}`,
      ].join(' '),
    );
    if (!r.ok) failed = true;
    if (ROWS) {
      const row: BenchRow = {
        what: r.name,
        items: r.items,
        seconds: r.run.seconds,
        cpuSeconds: r.run.cpuSeconds,
        maxRssKb: r.run.maxRssKb,
        goal: `<= ${r.goalSeconds} s, ${GOALS.rssMb} MB`,
        met,
        ok: r.ok,
        note: r.note,
      };
      appendFileSync(ROWS, `${JSON.stringify(row)}\n`);
    }
  }
  if (!GNU_TIME) console.log('peak RSS: not measured (no GNU time at /usr/bin/time)');
  if (failed) process.exitCode = 1;
}

await main();
