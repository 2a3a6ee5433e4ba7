/**
 * What the rollback benches share: the scratch repository (migration
 * backup, current files, and our export layout written directly, or the
 * same items seeded into dynalite), the built CLI, and one CLI run timed
 * with its peak RSS. Items of about 300 bytes (items.ts), spread 60 / 20 /
 * 10 / 10 % over four collections or all in one. Since the migration: 1 %
 * of items changed in DynamoDB, 1 % deleted there, 1 % added there, and
 * 0.5 % edited in the files.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { BatchWriteItemCommand, CreateTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { wireItemToPlain } from '../src/convert/attribute.js';
import type { PlainObject } from '../src/convert/plain.js';
import { collectionFileChunks } from '../src/convert/serialize.js';
import { type SdkItem, toWire } from '../src/dynamo/wire.js';
import { itemLine } from '../src/export-format/item-line.js';
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
} from '../src/export-format/layout.js';
import { writeFileAtomic } from '../src/fsafe/atomic-write.js';
import type { RollbackResult } from '../src/rollback/result.js';
import { VERSION } from '../src/version.js';
import { benchItem } from './items.js';

const FILE_ITEMS = 250_000;
const here = path.dirname(new URL(import.meta.url).pathname);
export const root = path.resolve(here, '..');
export const GNU_TIME =
  existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0 ? '/usr/bin/time' : null;

/** Collections and their share of the items. */
export const SPREAD: [string, number][] = [
  ['events', 0.6],
  ['participants', 0.2],
  ['users', 0.1],
  ['talks', 0.1],
];
export const spread = (n: number): [string, number][] => SPREAD.map(([c, share]) => [c, Math.round(n * share)]);
export const tableOf = (collection: string) => `bench-rollback-${collection}`;

const changedInDynamo = (i: number) => i % 100 === 2;
const deletedInDynamo = (i: number) => i % 100 === 1;
const editedInFile = (i: number) => i % 200 === 3;

const count = (n: number, p: (i: number) => boolean) => {
  let k = 0;
  for (let i = 0; i < n; i++) if (p(i)) k++;
  return k;
};

/** What a collection of n at the migration holds since: changed, deleted and added in DynamoDB, edited in the files. */
export function changesSince(n: number): { changed: number; deleted: number; added: number; edited: number } {
  return {
    changed: count(n, changedInDynamo),
    deleted: count(n, deletedInDynamo),
    added: Math.ceil(n / 100),
    edited: count(n, editedInFile),
  };
}

/** The items in DynamoDB now, of a collection of n at the migration: in id order. */
export function* dynamoIds(n: number): Generator<number> {
  for (let i = 0; i < n; i++) if (!deletedInDynamo(i)) yield i;
  for (let i = n; i < n + changesSince(n).added; i++) yield i; // added in DynamoDB
}

export function inDynamo(i: number, n: number): SdkItem {
  const item = benchItem(i);
  if (i < n && changedInDynamo(i)) item.title = { S: `Renamed talk night #${i}` };
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
/**
 * The order a Scan returns a table of n in: by a hash of the key, as DynamoDB
 * spreads items over partitions (a fixed permutation, the same each run), so
 * the commands read the files back in an order random to theirs.
 */
function scanOrder(n: number): number[] {
  const ids = [...dynamoIds(n)];
  const hash = (i: number) => Math.imul(i ^ (i >>> 16), 0x45d9f3b) >>> 0;
  return ids.sort((a, b) => hash(a) - hash(b) || a - b);
}

/** Segments of a table of n at the migration, as the export's default gives a table of this size (layout.ts defaultSegments: at least 4 past a few MB). */
const segmentsFor = (n: number) => (n >= 20_000 ? 4 : 1);

async function writeTable(out: string, table: string, collection: string, n: number, now: string, scanned: boolean): Promise<number> {
  const dir = tableDir(table);
  await mkdir(path.join(out, dir, 'data'), { recursive: true });
  const entries: FileEntry[] = [];
  let segment = 0;
  let fileNo = 0;
  let batch: number[] = [];
  const flush = async () => {
    const key = dataFileKey(dir, segment, fileNo++);
    const ids = batch;
    batch = [];
    async function* lines() {
      let text = '';
      for (const i of ids) {
        text += itemLine(inDynamo(i, n));
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
  // Each segment a run of the items, in files of at most FILE_ITEMS, as the export writes them.
  const ids = scanned ? scanOrder(n) : [...dynamoIds(n)];
  const segments = segmentsFor(n);
  for (; segment < segments; segment++) {
    fileNo = 0;
    const run = ids.slice(Math.floor((ids.length * segment) / segments), Math.floor((ids.length * (segment + 1)) / segments));
    for (const i of run) {
      batch.push(i);
      if (batch.length === FILE_ITEMS) await flush();
    }
    if (batch.length > 0 || fileNo === 0) await flush();
  }
  const total = ids.length;
  const summary: TableSummary = {
    version: LAYOUT_VERSION,
    table,
    collection,
    itemCount: total,
    keySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    startTime: now,
    endTime: now,
    outputFormat: 'DYNAMODB_JSON',
    segments: segmentsFor(n),
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

/**
 * n items per collection: the repository (config, progress file), its
 * migration backup and current files, and with withExport our export of
 * what DynamoDB holds now, in dir/export.
 */
/** scanned: the export's items in a Scan's order (scanOrder), else in id order, the files' own. */
export async function prepare(dir: string, collections: [string, number][], withExport: boolean, scanned = false): Promise<void> {
  const t0 = performance.now();
  const backup = path.join(dir, 'migration-backups', '2024-06-01T00-00-00-000Z');
  const data = path.join(dir, 'server', 'data');
  const out = path.join(dir, 'export');
  await mkdir(backup, { recursive: true });
  await mkdir(data, { recursive: true });
  await mkdir(path.join(dir, '.github'), { recursive: true });
  const tables = collections.map(([c]) => `  ${c}: ${tableOf(c)}`).join('\n');
  await writeFile(path.join(dir, '.github', 'dynamodb-rollback.yml'), `stage: bench\nregion: us-east-1\ntables:\n${tables}\n`);
  await writeFile(path.join(dir, 'migration-progress.json'), JSON.stringify({ backupPath: 'migration-backups/2024-06-01T00-00-00-000Z' }));
  await writeFile(path.join(data, 'settings.json'), '{"siteName": "bench"}\n');
  const now = new Date().toISOString();
  if (withExport) await mkdir(out, { recursive: true });
  for (const [c, n] of collections) {
    await writeCollection(path.join(backup, `${c}.json`), n, (i) => plain(benchItem(i)));
    await writeCollection(path.join(data, `${c}.json`), n, (i) => {
      const p = plain(benchItem(i));
      if (editedInFile(i)) p.published = !p.published;
      return p;
    });
    if (withExport) await writeTable(out, tableOf(c), c, n, now, scanned);
  }
  if (withExport) {
    const run: RunManifest = {
      format: 'dynamodb-rollback',
      layoutVersion: LAYOUT_VERSION,
      toolVersion: VERSION,
      status: 'complete',
      stage: 'bench',
      region: 'us-east-1',
      startTime: now,
      endTime: now,
      tables: collections.map(([c, n]) => ({ table: tableOf(c), collection: c, dir: tableDir(tableOf(c)), segments: segmentsFor(n) })),
    };
    await writeFile(path.join(out, RUN_MANIFEST), renderJson(run));
  }
  let bytes = 0;
  for (const [c] of collections) bytes += (await stat(path.join(data, `${c}.json`))).size;
  const total = collections.reduce((sum, [, n]) => sum + n, 0);
  console.error(
    `prepared ${total.toLocaleString('en-US')} items in ${collections.length} collection(s) (current files ${(bytes / 1e6).toFixed(0)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)}s`,
  );
}

/** A table of n items as DynamoDB holds them now (fixture items, changes since the migration), 25 to a batch, 16 batches in flight. */
export async function seed(client: DynamoDBClient, table: string, n: number): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: table,
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  const ids = [...dynamoIds(n)];
  let next = 0;
  const worker = async () => {
    for (;;) {
      const from = next;
      if (from >= ids.length) return;
      next = Math.min(ids.length, from + 25);
      let requests = ids.slice(from, next).map((i) => ({ PutRequest: { Item: inDynamo(i, n) } }));
      while (requests.length > 0) {
        const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: requests } }));
        requests = (out.UnprocessedItems?.[table] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

/** What is wrong with a rollback's result for these collections (none: as expected). */
export function wrongRollback(result: RollbackResult | undefined, collections: [string, number][]): string[] {
  const wrong: string[] = [];
  for (const [c, n] of collections) {
    const got = result?.collections.find((x) => x.collection === c);
    // 1% deleted and 1% added in DynamoDB since the migration; 0.5% kept from the files.
    const since = changesSince(n);
    const expected = { items: n - since.deleted + since.added, conflicts: 0, deleted: since.deleted, keptFromFiles: since.edited };
    const counts = got
      ? {
          items: got.counts.items,
          conflicts: got.counts.conflicts,
          deleted: got.deletedIds.length,
          keptFromFiles: got.counts.keptFromFiles,
        }
      : null;
    if (!got || got.written !== true || JSON.stringify(counts) !== JSON.stringify(expected))
      wrong.push(`${c}: ${JSON.stringify(counts)}, expected ${JSON.stringify(expected)}`);
  }
  return wrong;
}

/** The CLI as `npm run build` makes it (ncc), built into .bench/build/cli unless noBuild (the last run's). */
export function buildCli(noBuild: boolean): string {
  const out = path.join(root, '.bench', 'build', 'cli');
  if (noBuild && existsSync(path.join(out, 'index.js'))) return path.join(out, 'index.js');
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
      'build',
      path.join(root, 'src', 'cli', 'bin.ts'),
      '-o',
      out,
      '-q',
    ],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`ncc build of the CLI failed: ${r.stderr}`);
  return path.join(out, 'index.js');
}

export interface Run {
  seconds: number;
  /** user + system CPU seconds of the CLI process (GNU time), or 0. */
  cpuSeconds: number;
  maxRssKb: number;
  exitCode: number;
  json: { ok: boolean; result?: unknown; error?: string };
}

/** One CLI command in the scratch repository, timed, with its peak RSS and CPU time from GNU time; nodeArgs go to node (--cpu-prof, which NODE_OPTIONS refuses). */
export function cli(bin: string, cwd: string, cmdArgs: string[], extraEnv: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): Promise<Run> {
  const full = [...nodeArgs, bin, ...cmdArgs, '--json'];
  const [cmd, argv] = GNU_TIME
    ? [GNU_TIME, ['-f', 'BENCH_MAXRSS=%M BENCH_CPU=%U+%S', process.execPath, ...full]]
    : [process.execPath, full];
  const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...extraEnv };
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
      const cpu = /BENCH_CPU=([\d.]+)\+([\d.]+)/.exec(err);
      try {
        resolve({
          seconds,
          cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : 0,
          maxRssKb: rss ? Number(rss[1]) : 0,
          exitCode: code ?? 1,
          json: JSON.parse(out) as Run['json'],
        });
      } catch {
        reject(new Error(`${cmdArgs[0]} printed no JSON (exit ${code}): ${err.slice(-2000)}`));
      }
    });
  });
}

/** A result row the bench's table (all.ts) prints; scripts append them, one JSON line each, to the file given with --rows. */
export interface BenchRow {
  what: string;
  items: number;
  seconds: number;
  cpuSeconds?: number;
  maxRssKb: number;
  goal?: string;
  met?: boolean;
  ok: boolean;
  note: string;
}
