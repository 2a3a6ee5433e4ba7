/**
 * npx tsx bench/rollback.ts [--items N] [--keep]
 *
 * A rollback of N items (default 800,000) of about 300 bytes, in one
 * collection: an export
 * (our layout, see src/export/layout.ts) merged with a
 * migration backup and the current files into the file database.
 * Since the migration: 1% of items changed in DynamoDB, 1% deleted there,
 * 1% added there, and 0.5% edited in the files. The rollback runs in its
 * own process (the command's own code path, `execute('rollback')`), which
 * reports its wall time and peak RSS (getrusage maxrss). Building the inputs
 * is not measured.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { execute } from '../src/commands/execute.js';
import { wireItemToPlain } from '../src/convert/attribute.js';
import type { PlainObject } from '../src/convert/plain.js';
import { collectionFileChunks } from '../src/convert/serialize.js';
import { silentReporter } from '../src/core/reporter.js';
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
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const TABLE = 'bench-rollback-events';
const FILE_ITEMS = 250_000;

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

/** Our export layout for one table (layout.ts), read back by the export's own reader. */
async function writeExport(out: string, n: number): Promise<number> {
  const dir = tableDir(TABLE);
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
  const now = new Date().toISOString();
  const summary: TableSummary = {
    version: LAYOUT_VERSION,
    table: TABLE,
    collection: 'events',
    itemCount: total,
    keySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    startTime: now,
    endTime: now,
    outputFormat: 'DYNAMODB_JSON',
    segments: 1,
    dataFileCount: entries.length,
    dataBytes: entries.reduce((s, e) => s + e.bytes, 0),
    manifestFilesS3Key: filesKey(dir),
  };
  const run: RunManifest = {
    format: 'dynamodb-rollback',
    layoutVersion: LAYOUT_VERSION,
    toolVersion: VERSION,
    status: 'complete',
    stage: 'bench',
    region: 'us-east-1',
    startTime: now,
    endTime: now,
    tables: [{ table: TABLE, collection: 'events', dir, segments: 1 }],
  };
  await writeFile(path.join(out, filesKey(dir)), renderFilesManifest(entries));
  await writeFile(path.join(out, summaryKey(dir)), renderJson(summary));
  await writeFile(path.join(out, RUN_MANIFEST), renderJson(run));
  return total;
}

async function writeCollection(file: string, n: number, version: (i: number) => PlainObject): Promise<void> {
  function* items() {
    for (let i = 0; i < n; i++) yield version(i);
  }
  await writeFileAtomic(file, collectionFileChunks(items()));
}

async function prepare(root: string, n: number): Promise<void> {
  const t0 = performance.now();
  const backup = path.join(root, 'migration-backups', '2024-06-01T00-00-00-000Z');
  const data = path.join(root, 'server', 'data');
  await mkdir(backup, { recursive: true });
  await mkdir(data, { recursive: true });
  await mkdir(path.join(root, '.github'), { recursive: true });
  await writeFile(path.join(root, '.github', 'dynamodb-rollback.yml'), `stage: bench\nregion: us-east-1\ntables:\n  events: ${TABLE}\n`);
  await writeFile(path.join(root, 'migration-progress.json'), JSON.stringify({ backupPath: 'migration-backups/2024-06-01T00-00-00-000Z' }));
  await writeFile(path.join(data, 'settings.json'), '{"siteName": "bench"}\n');
  await writeCollection(path.join(backup, 'events.json'), n, (i) => plain(migrated(i)));
  await writeCollection(path.join(data, 'events.json'), n, (i) => {
    const p = plain(migrated(i));
    if (editedInFile(i)) p.published = !p.published;
    return p;
  });
  const exported = await writeExport(path.join(root, 'export'), n);
  const size = (await stat(path.join(data, 'events.json'))).size;
  console.error(`prepared ${n.toLocaleString('en-US')} items (file ${(size / 1e6).toFixed(0)} MB, export ${exported.toLocaleString('en-US')} items) in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
}

interface ChildReport {
  seconds: number;
  maxRssKb: number;
  result: Pick<RollbackResult, 'collections'>;
}

/** The measured part, in its own process. */
async function child(root: string): Promise<void> {
  const t0 = performance.now();
  const ex = await execute('rollback', { from: 'export' }, silentReporter, root);
  const seconds = (performance.now() - t0) / 1000;
  const result = ex.result as RollbackResult;
  const report: ChildReport = { seconds, maxRssKb: process.resourceUsage().maxRSS, result: { collections: result.collections } };
  process.stdout.write(JSON.stringify(report));
}

function runChild(root: string): Promise<ChildReport> {
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', self, '--child', root], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as ChildReport) : reject(new Error(`rollback child exited ${code}`))));
  });
}

async function main(): Promise<void> {
  if (args[0] === '--child') return child(args[1]!);
  // 1,000,000 such items make a 580 MB file, over the text one JavaScript string can hold: the app could not
  // read it, and the rollback refuses to write it. 800,000 (464 MB) is near the most one collection can hold.
  const n = arg('items', 800_000);
  const root = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-bench-rollback-'));
  try {
    await prepare(root, n);
    const r = await runChild(root);
    const c = r.result.collections[0]!;
    // 1% deleted and 1% added in DynamoDB since the migration: the count is unchanged.
    const ok = c.counts.items === n && c.counts.conflicts === 0 && c.deletedIds.length === n / 100;
    const written = c.written === true && (await stat(path.join(root, 'server', 'data', 'events.json'))).size > 0;
    console.log(
      [
        `rollback (merge) of ${n.toLocaleString('en-US')} items: ${r.seconds.toFixed(1)}s, ${Math.round(n / r.seconds).toLocaleString('en-US')} items/s, peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MB`,
        `  result: ${c.counts.items} items; from export ${c.counts.fromExport}, kept from files ${c.counts.keptFromFiles}, added ${c.counts.added}, changed ${c.counts.changed}, deleted ${c.counts.deleted}, conflicts ${c.counts.conflicts} ${ok && written ? '(as expected)' : '(UNEXPECTED)'}`,
      ].join('\n'),
    );
    if (!ok || !written) process.exitCode = 1;
  } finally {
    if (!args.includes('--keep')) await rm(root, { recursive: true, force: true });
    else console.error(`kept ${root}`);
  }
}

await main();
