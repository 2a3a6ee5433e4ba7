/**
 * npx tsx bench/rollback.ts [--sizes 250000,1000000] [--single 600000] [--keep] [--no-build]
 *
 * Rollback and verify through the built CLI (bundled by ncc into
 * .bench/build, as `npm run build` bundles dist/cli), each in its own
 * process as an operator runs it: `node cli rollback --from export` then
 * `node cli verify --from export`, in a scratch repository holding an
 * export (our layout, src/export/layout.ts), a migration backup and the
 * current files. For each size in --sizes the items are spread over four
 * collections (60% events, 20% participants, 10% users, 10% talks; about
 * 300 bytes each), and --single puts that many in one collection, so the
 * figures show whether memory follows the largest collection or the total.
 * Since the migration: 1% of items changed in DynamoDB, 1% deleted there,
 * 1% added there, and 0.5% edited in the files. Prints wall time, items/s
 * and peak RSS (GNU time's maximum resident set size of the CLI process)
 * of each, against the goals; exits non-zero when a result is wrong (the
 * rollback's counts, verify not ok) or a command fails. Building the
 * inputs is not measured. --no-build takes the CLI the last run built.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { wireItemToPlain } from '../src/convert/attribute.js';
import type { PlainObject } from '../src/convert/plain.js';
import { collectionFileChunks } from '../src/convert/serialize.js';
import { type SdkItem, toWire } from '../src/dynamo/wire.js';
import { itemLine } from '../src/export/item-line.js';
import {
  dataFileKey,
  type FileEntry,
  filesKey,
  LAYOUT_VERSION,
  renderFilesManifest,
  renderJson,
  RUN_MANIFEST,
  type RunManifest,
  summaryKey,
  tableDir,
  type TableSummary,
} from '../src/export/layout.js';
import { writeFileAtomic } from '../src/fsafe/atomic-write.js';
import type { RollbackResult } from '../src/rollback/result.js';
import { VERSION } from '../src/version.js';
import { benchItem } from './items.js';

const args = process.argv.slice(2);
const list = (name: string, fallback: number[]) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : (args[i + 1] ?? '').split(',').filter((x) => x !== '' && x !== '0').map(Number);
};
const SIZES = list('sizes', [250_000, 1_000_000]);
const SINGLE = list('single', [600_000]);
const FILE_ITEMS = 250_000;
const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '..');
const GNU_TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0 ? '/usr/bin/time' : null;
const GOALS = { rollbackSeconds: 20, verifySeconds: 15, rssMb: 500 };

/** Collections and their share of the items. */
const SPREAD: [string, number][] = [
  ['events', 0.6],
  ['participants', 0.2],
  ['users', 0.1],
  ['talks', 0.1],
];
const tableOf = (collection: string) => `bench-rollback-${collection}`;

const changedInDynamo = (i: number) => i % 100 === 2;
const deletedInDynamo = (i: number) => i % 100 === 1;
const editedInFile = (i: number) => i % 200 === 3;

function migrated(i: number): SdkItem {
  return benchItem(i);
}

function inDynamo(i: number): SdkItem {
  const item = benchItem(i);
  if (changedInDynamo(i)) item.title = { S: `Renamed talk night #${i}` };
  return item;
}

const plain = (item: SdkItem): PlainObject => wireItemToPlain(toWire(item));

/** A gzip data file from text chunks, with the sha256 and size of its bytes. */
async function writeGzip(file: string, chunks: AsyncIterable<string>): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(Readable.from(chunks), createGzip(), tap, createWriteStream(file));
  return { sha256: hash.digest('hex'), bytes };
}

/** One table of our export layout (layout.ts), read back by the export's own reader; n items at the migration. */
async function writeTable(out: string, table: string, collection: string, n: number, now: string): Promise<number> {
  const dir = tableDir(table);
  await mkdir(path.join(out, dir, 'data'), { recursive: true });
  const entries: FileEntry[] = [];
  let fileNo = 0;
  let batch: number[] = [];
  const flush = async () => {
    const key = dataFileKey(dir, 0, fileNo++);
    const ids = batch;
    batch = [];
    async function* lines() {
      let text = '';
      for (const i of ids) {
        text += itemLine(i >= n ? benchItem(i) : inDynamo(i));
        if (text.length > 1 << 20) {
          yield text;
          text = '';
        }
      }
      yield text;
    }
    const written = await writeGzip(path.join(out, key), lines());
    entries.push({ itemCount: ids.length, sha256: written.sha256, bytes: written.bytes, dataFileS3Key: key });
  };
  const ids = function* () {
    for (let i = 0; i < n; i++) if (!deletedInDynamo(i)) yield i;
    for (let i = n; i < n + n / 100; i++) yield i; // added in DynamoDB
  };
  let total = 0;
  for (const i of ids()) {
    batch.push(i);
    total++;
    if (batch.length === FILE_ITEMS) await flush();
  }
  if (batch.length > 0) await flush();
  const summary: TableSummary = {
    version: LAYOUT_VERSION,
    table,
    collection,
    itemCount: total,
    keySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    startTime: now,
    endTime: now,
    outputFormat: 'DYNAMODB_JSON',
    segments: 1,
    dataFileCount: entries.length,
    dataBytes: entries.reduce((sum, e) => sum + e.bytes, 0),
    manifestFilesS3Key: filesKey(dir),
  };
  await writeFile(path.join(out, filesKey(dir)), renderFilesManifest(entries));
  await writeFile(path.join(out, summaryKey(dir)), renderJson(summary));
  return total;
}

async function writeCollection(file: string, n: number, version: (i: number) => PlainObject): Promise<void> {
  function* items() {
    for (let i = 0; i < n; i++) yield version(i);
  }
  await writeFileAtomic(file, collectionFileChunks(items()));
}

/** n items per collection: the repository, its migration backup and current files, and the export. */
async function prepare(dir: string, collections: [string, number][]): Promise<void> {
  const t0 = performance.now();
  const backup = path.join(dir, 'migration-backups', '2024-06-01T00-00-00-000Z');
  const data = path.join(dir, 'server', 'data');
  const out = path.join(dir, 'export');
  await mkdir(backup, { recursive: true });
  await mkdir(data, { recursive: true });
  await mkdir(out, { recursive: true });
  await mkdir(path.join(dir, '.github'), { recursive: true });
  const tables = collections.map(([c]) => `  ${c}: ${tableOf(c)}`).join('\n');
  await writeFile(path.join(dir, '.github', 'dynamodb-rollback.yml'), `stage: bench\nregion: us-east-1\ntables:\n${tables}\n`);
  await writeFile(path.join(dir, 'migration-progress.json'), JSON.stringify({ backupPath: 'migration-backups/2024-06-01T00-00-00-000Z' }));
  await writeFile(path.join(data, 'settings.json'), '{"siteName": "bench"}\n');
  const now = new Date().toISOString();
  for (const [c, n] of collections) {
    await writeCollection(path.join(backup, `${c}.json`), n, (i) => plain(migrated(i)));
    await writeCollection(path.join(data, `${c}.json`), n, (i) => {
      const p = plain(migrated(i));
      if (editedInFile(i)) p.published = !p.published;
      return p;
    });
    await writeTable(out, tableOf(c), c, n, now);
  }
  const run: RunManifest = {
    format: 'dynamodb-rollback',
    layoutVersion: LAYOUT_VERSION,
    toolVersion: VERSION,
    status: 'complete',
    stage: 'bench',
    region: 'us-east-1',
    startTime: now,
    endTime: now,
    tables: collections.map(([c]) => ({ table: tableOf(c), collection: c, dir: tableDir(tableOf(c)), segments: 1 })),
  };
  await writeFile(path.join(out, RUN_MANIFEST), renderJson(run));
  let bytes = 0;
  for (const [c] of collections) bytes += (await stat(path.join(data, `${c}.json`))).size;
  const total = collections.reduce((sum, [, n]) => sum + n, 0);
  console.error(`prepared ${total.toLocaleString('en-US')} items in ${collections.length} collection(s) (current files ${(bytes / 1e6).toFixed(0)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
}

/** The CLI as `npm run build` makes it (ncc), built once into .bench/build/cli. */
function buildCli(): string {
  const out = path.join(root, '.bench', 'build', 'cli');
  if (args.includes('--no-build')) return path.join(out, 'index.js');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'), 'build', path.join(root, 'src', 'cli', 'bin.ts'), '-o', out, '-q'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`ncc build of the CLI failed: ${r.stderr}`);
  return path.join(out, 'index.js');
}

interface Run {
  seconds: number;
  maxRssKb: number;
  exitCode: number;
  json: { ok: boolean; result?: unknown; error?: string };
}

/** One CLI command in the scratch repository, timed, with its peak RSS from GNU time. */
function cli(bin: string, cwd: string, cmdArgs: string[]): Promise<Run> {
  const full = [bin, ...cmdArgs, '--json'];
  const [cmd, argv] = GNU_TIME ? [GNU_TIME, ['-f', 'BENCH_MAXRSS=%M', process.execPath, ...full]] : [process.execPath, full];
  const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const rss = /BENCH_MAXRSS=(\d+)/.exec(err);
      try {
        resolve({ seconds, maxRssKb: rss ? Number(rss[1]) : 0, exitCode: code ?? 1, json: JSON.parse(out) as Run['json'] });
      } catch {
        reject(new Error(`${cmdArgs[0]} printed no JSON (exit ${code}): ${err.slice(-2000)}`));
      }
    });
  });
}

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
    await prepare(dir, collections);
    const rows: Row[] = [];
    const rb = await cli(bin, dir, ['rollback', '--from', 'export']);
    const result = rb.json.result as RollbackResult | undefined;
    const wrong: string[] = [];
    if (rb.exitCode !== 0 || !result) wrong.push(`rollback exited ${rb.exitCode}${rb.json.error ? `: ${rb.json.error}` : ''}`);
    for (const [c, n] of collections) {
      const got = result?.collections.find((x) => x.collection === c);
      // 1% deleted and 1% added in DynamoDB since the migration: the count is unchanged; 0.5% kept from the files.
      const expected = { items: n, conflicts: 0, deleted: n / 100, keptFromFiles: n / 200 };
      const counts = got ? { items: got.counts.items, conflicts: got.counts.conflicts, deleted: got.deletedIds.length, keptFromFiles: got.counts.keptFromFiles } : null;
      if (!got || got.written !== true || JSON.stringify(counts) !== JSON.stringify(expected)) wrong.push(`${c}: ${JSON.stringify(counts)}, expected ${JSON.stringify(expected)}`);
    }
    rows.push({ name: `rollback ${label}`, items: total, largest, run: rb, goalSeconds: GOALS.rollbackSeconds, ok: wrong.length === 0, note: wrong.join('; ') || 'counts as expected' });
    const vf = await cli(bin, dir, ['verify', '--from', 'export']);
    const vOk = vf.exitCode === 0 && vf.json.ok === true;
    rows.push({ name: `verify ${label}`, items: total, largest, run: vf, goalSeconds: GOALS.verifySeconds, ok: vOk, note: vOk ? 'ok (differences all accounted for)' : `exit ${vf.exitCode}${vf.json.error ? `: ${vf.json.error}` : ', verify found differences'}` });
    return rows;
  } finally {
    if (!args.includes('--keep')) await rm(dir, { recursive: true, force: true });
    else console.error(`kept ${dir}`);
  }
}

const spread = (n: number): [string, number][] => SPREAD.map(([c, share]) => [c, Math.round(n * share)]);

async function main(): Promise<void> {
  const bin = buildCli();
  const rows: Row[] = [];
  for (const n of SIZES) rows.push(...(await measure(bin, `${n.toLocaleString('en-US')} in 4`, spread(n))));
  for (const n of SINGLE) rows.push(...(await measure(bin, `${n.toLocaleString('en-US')} in 1`, [['events', n]])));
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`\nrollback and verify through the built CLI: ${os.cpus().length} CPUs (load average ${load}), node ${process.version}\n`);
  console.log(['run'.padEnd(30), 'items'.padStart(10), 'largest'.padStart(9), 'seconds'.padStart(8), 'items/s'.padStart(9), 'peak RSS'.padStart(9), '  goal', '  result'].join(' '));
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
        Math.round(r.items / r.run.seconds).toLocaleString('en-US').padStart(9),
        `${rssMb.toFixed(0)} MB`.padStart(9),
        `  <= ${r.goalSeconds}s, ${GOALS.rssMb} MB: ${met ? 'met' : 'MISSED'}`,
        `  ${r.ok ? '' : 'WRONG: '}${r.note}`,
      ].join(' '),
    );
    if (!r.ok) failed = true;
  }
  if (!GNU_TIME) console.log('peak RSS: not measured (no GNU time at /usr/bin/time)');
  if (failed) process.exitCode = 1;
}

await main();
