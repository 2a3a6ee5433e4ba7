/**
 * npx tsx bench/index.ts [--items N --segments S --rounds R --skip-cli --no-build --rows file]
 *
 * Seeds dynalite (in this process) with N items of about 300 bytes, then in
 * one run measures, each in its own process:
 *   - a bare SDK parallel scan that writes nothing (the ceiling),
 *   - our export through the built CLI (src/cli/bin.ts bundled by ncc, as
 *     `npm run build` bundles dist/cli): `node cli export --out ...`, in a
 *     folder without a config file, as an operator runs it,
 *   - `aws dynamodb scan --output json`, when the AWS CLI is installed.
 * The bare scan and our export run R rounds, alternating, and the best
 * items/s of each counts (this machine is shared, so the worst rounds are
 * noise); our peak RSS is the highest of its rounds. Prints items/s, peak
 * RSS (GNU time's max RSS when available, else the process's own report)
 * and the ratios against the targets: export at least 12x the CLI and 0.9x
 * the bare scan, peak RSS under 150 MB. --no-build takes the CLI the last
 * run built; --rows appends the rows as JSON lines for all.ts's table.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BatchWriteItemCommand, CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { openExport } from '../src/export-format/reader.js';
import { parseLocation } from '../src/core/location.js';
import type { BenchRow } from './fixture.js';
import { benchItem, dynamoSize } from './items.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const N = arg('items', 100_000);
const SEGMENTS = arg('segments', 8);
const ROUNDS = arg('rounds', 3);
const SKIP_CLI = args.includes('--skip-cli');
const ROWS = args.includes('--rows') ? args[args.indexOf('--rows') + 1] : undefined;
const GOAL_RATIO = 0.95;
const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '..');
const GNU_TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0 ? '/usr/bin/time' : null;
const env = {
  ...process.env,
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_REGION: 'us-east-1',
  AWS_DEFAULT_REGION: 'us-east-1',
};

interface Measured {
  items: number;
  seconds: number;
  maxRssKb: number;
}

/** Runs a command to completion; peak RSS from GNU time when there is one. */
function run(
  cmd: string,
  cmdArgs: string[],
  stdoutFile?: string,
  cwd: string = root,
): Promise<{ stdout: string; rssKb: number | null; wall: number }> {
  const timed = GNU_TIME ? ([GNU_TIME, ['-f', 'BENCH_MAXRSS=%M', cmd, ...cmdArgs]] as const) : ([cmd, cmdArgs] as const);
  const fd = stdoutFile ? openSync(stdoutFile, 'w') : null;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(timed[0], [...timed[1]], { cwd, env, stdio: ['ignore', fd ?? 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (fd !== null) closeSync(fd);
      const wall = (performance.now() - started) / 1000;
      const rss = /BENCH_MAXRSS=(\d+)/.exec(stderr);
      if (code !== 0) return reject(new Error(`${cmd} ${cmdArgs.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
      resolve({ stdout, rssKb: rss ? Number(rss[1]) : null, wall });
    });
  });
}

/**
 * Bundles a child with ncc, as the action and CLI ship, so no TS loader sits
 * in the measured process. Not transpile-only (-t): that mode bundles for
 * require(), and @actions/github (which the command registry now reaches)
 * exports only for import.
 */
function bundle(script: string, dir: string, name = script.replace(/\.ts$/, '')): string {
  const out = path.join(dir, name);
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'), 'build', path.resolve(here, script), '-o', out, '-q'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`ncc build of ${script} failed: ${r.stderr}`);
  return path.join(out, 'index.js');
}

const bundles = new Map<string, string>();

/** `node cli export` into out; items from its --json result, seconds and peak RSS of the whole process. */
async function cliExport(endpoint: string, out: string, table: string): Promise<Measured> {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'ddbrb-bench-cwd-'));
  try {
    const cliArgs = [
      bundles.get('cli')!,
      'export',
      '--endpoint',
      endpoint,
      '--out',
      out,
      '--tables',
      table,
      '--segments',
      String(SEGMENTS),
      '--stage',
      'bench',
      '--region',
      'us-east-1',
      '--json',
    ];
    const { stdout, rssKb, wall } = await run(process.execPath, cliArgs, undefined, cwd);
    const json = JSON.parse(stdout) as { ok: boolean; result?: { totalItems?: number } };
    if (!json.ok) throw new Error(`export was not ok: ${stdout.slice(0, 500)}`);
    return { items: json.result?.totalItems ?? 0, seconds: wall, maxRssKb: rssKb ?? 0 };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

async function nodeChild(script: string, childArgs: string[]): Promise<Measured> {
  const { stdout, rssKb } = await run(process.execPath, [bundles.get(script)!, ...childArgs]);
  const line = JSON.parse(stdout.trim().split('\n').pop()!) as Measured;
  return { ...line, maxRssKb: rssKb ?? line.maxRssKb };
}

async function seed(client: DynamoDBClient, table: string): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: table,
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      const from = next;
      if (from >= N) return;
      next = Math.min(N, from + 25);
      let requests = Array.from({ length: next - from }, (_, k) => ({ PutRequest: { Item: benchItem(from + k) } }));
      while (requests.length > 0) {
        const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: requests } }));
        requests = (out.UnprocessedItems?.[table] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  const sample = benchItem(N >> 1);
  console.error(
    `seeded ${N.toLocaleString('en-US')} items (about ${dynamoSize(sample)} bytes each, ${Buffer.byteLength(JSON.stringify(sample))} as DynamoDB JSON) in ${((performance.now() - started) / 1000).toFixed(1)}s`,
  );
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const rate = (m: Measured) => m.items / m.seconds;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

async function main() {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({ region: 'us-east-1', endpoint, credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
  const table = 'bench-events';
  const work = mkdtempSync(path.join(os.tmpdir(), 'ddbrb-bench-'));
  try {
    bundles.set('bare-scan-child.ts', bundle('bare-scan-child.ts', path.join(root, '.bench', 'build')));
    const built = path.join(root, '.bench', 'build', 'cli', 'index.js');
    bundles.set(
      'cli',
      args.includes('--no-build') && existsSync(built)
        ? built
        : bundle(path.join('..', 'src', 'cli', 'bin.ts'), path.join(root, '.bench', 'build'), 'cli'),
    );
    await seed(client, table);
    const rows: [string, Measured | null, string][] = [];

    // Warm dynalite's code paths once so no measured run pays for it.
    await nodeChild('bare-scan-child.ts', [endpoint, table, String(SEGMENTS)]);
    const out = path.join(work, 'export');
    const bares: Measured[] = [];
    const exports: Measured[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      bares.push(await nodeChild('bare-scan-child.ts', [endpoint, table, String(SEGMENTS)]));
      rmSync(out, { recursive: true, force: true });
      exports.push(await cliExport(endpoint, out, table));
      console.error(
        `round ${round}/${ROUNDS}: bare ${fmt(rate(bares.at(-1)!))} items/s, export ${fmt(rate(exports.at(-1)!))} items/s, ${mb(exports.at(-1)!.maxRssKb)}`,
      );
    }
    const best = (runs: Measured[]) => runs.reduce((a, b) => (rate(b) > rate(a) ? b : a));
    const bare = { ...best(bares), maxRssKb: Math.max(...bares.map((m) => m.maxRssKb)) };
    const ours = { ...best(exports), maxRssKb: Math.max(...exports.map((m) => m.maxRssKb)) };
    rows.push(['bare SDK scan (no writing)', bare, `${SEGMENTS} segments, best of ${ROUNDS}`]);
    let verified = 0;
    for await (const _ of (await openExport(parseLocation(out, 'from', process.cwd()))).items(table)) verified++;
    const size = readFileSync(path.join(out, table, 'manifest-summary.json'), 'utf8');
    const dataBytes = (JSON.parse(size) as { dataBytes: number }).dataBytes;
    rows.push([
      'our export (built CLI)',
      ours,
      `${SEGMENTS} segments, best of ${ROUNDS}, ${(dataBytes / 1024 / 1024).toFixed(1)} MB gzip, read back ${fmt(verified)} items`,
    ]);

    let cli: Measured | null = null;
    let cliNote: string;
    const aws = spawnSync('aws', ['--version'], { encoding: 'utf8', env });
    if (SKIP_CLI) cliNote = 'skipped (--skip-cli)';
    else if (aws.error || aws.status !== 0) cliNote = 'skipped: the AWS CLI is not installed (Debian: apt-get install awscli)';
    else {
      const file = path.join(work, 'cli.json');
      const r = await run('aws', ['dynamodb', 'scan', '--table-name', table, '--endpoint-url', endpoint, '--output', 'json'], file);
      const count = (JSON.parse(readFileSync(file, 'utf8')) as { Count?: number; Items?: unknown[] }).Items?.length ?? 0;
      cli = { items: count, seconds: r.wall, maxRssKb: r.rssKb ?? 0 };
      cliNote = `${(aws.stdout || aws.stderr).trim().split(' ')[0]}, ${(statSync(file).size / 1024 / 1024).toFixed(0)} MB of JSON`;
    }
    rows.push(['aws dynamodb scan --output json', cli, cliNote]);

    console.log(`\nbench: ${fmt(N)} items, dynalite in memory, ${os.cpus().length} CPUs, node ${process.version}\n`);
    console.log(
      ['run'.padEnd(34), 'items'.padStart(10), 'seconds'.padStart(8), 'items/s'.padStart(9), 'peak RSS'.padStart(9), '  note'].join(' '),
    );
    for (const [name, m, note] of rows) {
      console.log(
        [
          name.padEnd(34),
          (m ? fmt(m.items) : '-').padStart(10),
          (m ? m.seconds.toFixed(2) : '-').padStart(8),
          (m ? fmt(rate(m)) : '-').padStart(9),
          (m ? mb(m.maxRssKb) : '-').padStart(9),
          `  ${note}`,
        ].join(' '),
      );
    }
    const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
    console.log('');
    if (cli) {
      const x = rate(ours) / rate(cli);
      console.log(`export / AWS CLI items/s: ${x.toFixed(1)}x (target at least 12x: ${verdict(x >= 12)})`);
    } else console.log('export / AWS CLI items/s: not measured (no AWS CLI)');
    const ceiling = rate(ours) / rate(bare);
    console.log(`export / bare scan items/s: ${ceiling.toFixed(2)} (target at least ${GOAL_RATIO}: ${verdict(ceiling >= GOAL_RATIO)})`);
    console.log(`export peak RSS: ${mb(ours.maxRssKb)} (target under 150 MB: ${verdict(ours.maxRssKb < 150 * 1024)})`);
    const right = !exports.some((m) => m.items !== N) && verified === N;
    if (!right) {
      console.log(`ERROR: an export held ${exports.map((m) => m.items).join('/')} items (read back ${verified}), expected ${N}`);
      process.exitCode = 1;
    }
    if (ROWS) {
      const label = `${fmt(N)} in 1`;
      const rowsOut: BenchRow[] = [
        {
          what: `bare SDK scan ${label}`,
          items: N,
          seconds: bare.seconds,
          maxRssKb: bare.maxRssKb,
          ok: true,
          note: `${SEGMENTS} segments, best of ${ROUNDS}, writing nothing`,
        },
        {
          what: `export ${label}`,
          items: N,
          seconds: ours.seconds,
          maxRssKb: ours.maxRssKb,
          goal: `>= ${GOAL_RATIO} of the bare scan`,
          met: ceiling >= GOAL_RATIO,
          ok: right,
          note: `${ceiling.toFixed(2)} of the bare scan's items/s; best of ${ROUNDS}, read back ${fmt(verified)}`,
        },
      ];
      for (const r of rowsOut) appendFileSync(ROWS, `${JSON.stringify(r)}\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

await main();
