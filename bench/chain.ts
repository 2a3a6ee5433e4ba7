/**
 * npx tsx bench/chain.ts [--items 100000] [--no-build] [--rows file] [--keep]
 *
 * The maintenance window as an operator runs it, through the built CLI,
 * each command its own process, against dynalite (in this process) holding
 * four tables of --items in all (fixture.ts's spread and changes since the
 * migration): `status` (which scans every table and compares it with the
 * migration backup), `export`, `rollback --from` that export, and
 * `verify --from` it `--live`. Prints seconds, items/s, CPU seconds and peak
 * RSS of each, and the window (export + rollback + verify) against its
 * goal; exits non-zero when a result is wrong: status's counts, the
 * export's item count, the rollback's counts, verify not ok.
 */
import { appendFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import type { RollbackResult } from '../src/rollback/result.js';
import { type BenchRow, buildCli, changesSince, cli, prepare, type Run, seed, spread, tableOf, wrongRollback } from './fixture.js';

const args = process.argv.slice(2);
const N = args.includes('--items') ? Number(args[args.indexOf('--items') + 1]) : 100_000;
const ROWS = args.includes('--rows') ? args[args.indexOf('--rows') + 1] : undefined;
const env = { AWS_ACCESS_KEY_ID: 'bench', AWS_SECRET_ACCESS_KEY: 'bench', AWS_REGION: 'us-east-1' };

interface StatusResult {
  artifacts?: {
    collections: {
      collection: string;
      counts: { items: number; unchanged: number; artifactsOnly: number; changed: number; added: number; deleted: number } | null;
    }[];
  };
}

function wrongStatus(run: Run, collections: [string, number][]): string[] {
  const result = run.json.result as StatusResult | undefined;
  if (!result?.artifacts) return [`status exited ${run.exitCode} without a result${run.json.error ? `: ${run.json.error}` : ''}`];
  const wrong: string[] = [];
  for (const [c, n] of collections) {
    const got = result.artifacts.collections.find((x) => x.collection === c)?.counts;
    const since = changesSince(n);
    const expected = {
      items: n - since.deleted + since.added,
      unchanged: n - since.deleted - since.changed,
      artifactsOnly: 0,
      changed: since.changed,
      added: since.added,
      deleted: since.deleted,
    };
    if (JSON.stringify(got) !== JSON.stringify(expected))
      wrong.push(`status ${c}: ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
  }
  return wrong;
}

async function main(): Promise<void> {
  const bin = buildCli(args.includes('--no-build'));
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({ region: 'us-east-1', endpoint, credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-bench-chain-'));
  const collections = spread(N);
  const rows: BenchRow[] = [];
  try {
    const t0 = performance.now();
    for (const [c, n] of collections) await seed(client, tableOf(c), n);
    console.error(`seeded ${N.toLocaleString('en-US')} items in 4 tables in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
    await prepare(dir, collections, false);
    const ep = ['--endpoint', endpoint];
    const label = `${N.toLocaleString('en-US')} in 4`;
    const row = (what: string, run: Run, wrong: string[], goal?: string, met?: boolean): BenchRow => ({
      what: `${what} ${label}`,
      items: N,
      seconds: run.seconds,
      cpuSeconds: run.cpuSeconds,
      maxRssKb: run.maxRssKb,
      ...(goal ? { goal, met } : {}),
      ok: wrong.length === 0,
      note: wrong.join('; ') || 'as expected',
    });

    const st = await cli(bin, dir, ['status', ...ep], env);
    rows.push(row('status', st, wrongStatus(st, collections), '< 2 s', st.seconds < 2));
    const ex = await cli(bin, dir, ['export', ...ep, '--out', 'export'], env);
    const exported = (ex.json.result as { totalItems?: number } | undefined)?.totalItems;
    const inTables = collections.reduce((sum, [, n]) => sum + n - changesSince(n).deleted + changesSince(n).added, 0);
    rows.push(
      row(
        'export',
        ex,
        ex.exitCode === 0 && exported === inTables
          ? []
          : [`export exited ${ex.exitCode}, ${exported} items, expected ${inTables}${ex.json.error ? `: ${ex.json.error}` : ''}`],
      ),
    );
    const rb = await cli(bin, dir, ['rollback', '--from', 'export'], env);
    const rbResult = rb.json.result as RollbackResult | undefined;
    rows.push(
      row('rollback', rb, [
        ...(rb.exitCode === 0 ? [] : [`rollback exited ${rb.exitCode}${rb.json.error ? `: ${rb.json.error}` : ''}`]),
        ...wrongRollback(rbResult, collections),
      ]),
    );
    const vf = await cli(bin, dir, ['verify', '--from', 'export', '--live', ...ep], env);
    rows.push(
      row(
        'verify --live',
        vf,
        vf.exitCode === 0 && vf.json.ok
          ? []
          : [`verify exited ${vf.exitCode}${vf.json.error ? `: ${vf.json.error}` : ', differences found'}`],
      ),
    );
    const window = ex.seconds + rb.seconds + vf.seconds;
    rows.push({
      what: `export + rollback + verify ${label}`,
      items: N,
      seconds: window,
      cpuSeconds: ex.cpuSeconds + rb.cpuSeconds + vf.cpuSeconds,
      maxRssKb: Math.max(ex.maxRssKb, rb.maxRssKb, vf.maxRssKb),
      goal: '< 5 s',
      met: window < 5,
      ok: true,
      note: 'the maintenance window, without status',
    });
  } finally {
    if (!args.includes('--keep')) await rm(dir, { recursive: true, force: true });
    else console.error(`kept ${dir}`);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  console.log(`\nthe maintenance window through the built CLI, dynalite in memory: ${os.cpus().length} CPUs, node ${process.version}\n`);
  for (const r of rows) {
    console.log(
      `${r.what.padEnd(40)} ${r.seconds.toFixed(2).padStart(7)} s ${(r.cpuSeconds ?? 0).toFixed(2).padStart(6)} CPU s ${Math.round(
        r.items / r.seconds,
      )
        .toLocaleString('en-US')
        .padStart(
          8,
        )} items/s ${`${(r.maxRssKb / 1024).toFixed(0)} MB`.padStart(7)}  ${r.goal ? `${r.goal}: ${r.met ? 'met' : 'MISSED'}  ` : ''}${r.ok ? '' : 'WRONG: '}${r.note}`,
    );
    if (ROWS) appendFileSync(ROWS, `${JSON.stringify(r)}\n`);
  }
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}

await main();
