/**
 * npx tsx bench/status.ts [--items 100000] [--no-build] [--bin a.js,b.js] [--repeat 3] [--workers 1,2] [--export] [--prof dir]
 *
 * status alone, as chain.ts runs it (the built CLI against dynalite in
 * this process, chain.ts's data), repeated, with each worker count given:
 * prints seconds and CPU seconds of each run, checks the counts, and says
 * whether the results (stdout) are the same byte for byte with each worker
 * count. --export runs export as well, to compare with the scan it makes;
 * --prof writes each run's CPU profiles (node --cpu-prof) to dir. --bin
 * runs these built CLIs (each in turn, on the same data: a build from
 * before a change against one from after) instead of building one.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { buildCli, changesSince, cli, prepare, seed, spread, tableOf } from './fixture.js';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const N = Number(arg('--items') ?? 100_000);
const REPEAT = Number(arg('--repeat') ?? 1);
const WORKERS = (arg('--workers') ?? '1,2').split(',');
const PROF = arg('--prof');

async function main(): Promise<void> {
  const bins = arg('--bin')
    ?.split(',')
    .map((b) => path.resolve(b)) ?? [buildCli(args.includes('--no-build'))];
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({ region: 'us-east-1', endpoint, credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-bench-status-'));
  const collections = spread(N);
  let wrong = false;
  try {
    for (const [c, n] of collections) await seed(client, tableOf(c), n);
    await prepare(dir, collections, false);
    const outputs = new Map<string, string>();
    for (let r = 0; r < REPEAT; r++) {
      for (const [b, bin] of bins.entries()) {
        const name = bins.length > 1 ? `bin ${b} ` : '';
        for (const w of WORKERS) {
          const env = { AWS_ACCESS_KEY_ID: 'bench', AWS_SECRET_ACCESS_KEY: 'bench', AWS_REGION: 'us-east-1', DYNAMODB_ROLLBACK_WORKERS: w };
          const prof = PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(PROF, `status-b${b}-w${w}`)}`] : [];
          const st = await cli(bin, dir, ['status', '--endpoint', endpoint], env, prof);
          const result = JSON.stringify(st.json.result);
          const counts =
            (st.json.result as { artifacts?: { collections: { collection: string; counts: unknown }[] } } | undefined)?.artifacts
              ?.collections ?? [];
          for (const [c, n] of collections) {
            const since = changesSince(n);
            const expected = {
              items: n - since.deleted + since.added,
              unchanged: n - since.deleted - since.changed,
              artifactsOnly: 0,
              changed: since.changed,
              added: since.added,
              deleted: since.deleted,
            };
            const got = counts.find((x) => x.collection === c)?.counts;
            if (JSON.stringify(got) !== JSON.stringify(expected)) {
              wrong = true;
              console.log(`WRONG status ${c}: ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
            }
          }
          outputs.set(`${name}workers ${w}`, result);
          console.log(
            `status ${name}workers ${w}: ${st.seconds.toFixed(2).padStart(6)} s ${st.cpuSeconds.toFixed(2).padStart(6)} CPU s ${(st.maxRssKb / 1024).toFixed(0).padStart(5)} MB`,
          );
        }
        if (args.includes('--export')) {
          const env = { AWS_ACCESS_KEY_ID: 'bench', AWS_SECRET_ACCESS_KEY: 'bench', AWS_REGION: 'us-east-1' };
          const prof = PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(PROF, `export-b${b}`)}`] : [];
          const ex = await cli(bin, dir, ['export', '--endpoint', endpoint, '--out', `export-${r}-${b}`], env, prof);
          console.log(
            `export ${name}: ${ex.seconds.toFixed(2).padStart(6)} s ${ex.cpuSeconds.toFixed(2).padStart(6)} CPU s ${(ex.maxRssKb / 1024).toFixed(0).padStart(5)} MB`,
          );
        }
      }
    }
    const distinct = new Set(outputs.values());
    if (distinct.size > 1) {
      wrong = true;
      console.log(`WRONG: the results differ between ${[...outputs.keys()].join(', ')} (the backup's age may have ticked over)`);
    } else console.log(`results identical with ${[...outputs.keys()].join(', ')}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  if (wrong) process.exitCode = 1;
}

await main();
