/**
 * The export reader (contract in export/source.ts): opens our layout or a
 * native DynamoDB export to S3, in a local folder or under an S3 prefix,
 * checks the manifests agree with each other, and streams each table's
 * items while checking every data file's item count and checksum.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { S3 } from '../clients/s3.js';
import { parseS3Uri } from '../clients/s3-uri.js';
import { InputError } from '../core/errors.js';
import type { WireItem } from '../dynamo/wire.js';
import { type ExpectedFile, readDataFile } from './data-file-reader.js';
import { filesKey, RUN_MANIFEST, SUMMARY_MANIFEST, FILES_MANIFEST, summaryKey } from './layout.js';
import {
  parseFilesManifest,
  parseJsonText,
  parseNativeFiles,
  parseNativeSummary,
  parseRunManifest,
  parseTableSummary,
} from './manifest-schema.js';
import type { ExportedTable, ExportSource } from './source.js';
import { type ExportStore, localStore, s3Store } from './store.js';

export interface OpenExportOptions {
  /** Client for s3:// sources (commands build it; the reader never does). */
  s3?: S3;
}

interface PlannedFile {
  key: string;
  expect: ExpectedFile;
}

interface PlannedTable {
  info: ExportedTable;
  store: ExportStore;
  files: PlannedFile[];
}

export async function openExport(from: string, opts: OpenExportOptions = {}): Promise<ExportSource> {
  if (!from) throw new InputError('no export given; pass --from with a folder or s3://bucket/prefix');
  if (from.startsWith('s3://') && !opts.s3) throw new Error(`internal: reading ${from} needs an S3 client`);
  const store = from.startsWith('s3://') && opts.s3 ? s3Store(opts.s3, parseS3Uri(from, 'from')) : localStore(path.resolve(from));
  if (!from.startsWith('s3://')) {
    const s = await stat(store.root).catch(() => null);
    if (!s?.isDirectory()) throw new InputError(`${store.root}: no such folder; give the folder export --out wrote, or s3://bucket/prefix`);
  }
  const runText = await store.readText(RUN_MANIFEST);
  if (runText !== null) return openOurs(store, runText);
  const natives = await findNativeExports(store);
  if (natives.length > 0) return openNative(store, natives);
  const summary = await store.readText(SUMMARY_MANIFEST);
  if (summary !== null) {
    throw new InputError(`${store.root} is one table's folder of an export; give the export's own folder (the one holding ${RUN_MANIFEST})`);
  }
  throw new InputError(
    `${store.root}: not an export (no ${RUN_MANIFEST}, and no AWSDynamoDB/<export id>/${SUMMARY_MANIFEST}); give the folder export --out wrote, or a DynamoDB export's S3 prefix`,
  );
}

async function required(store: ExportStore, key: string): Promise<string> {
  const text = await store.readText(key);
  if (text === null) throw new InputError(`${store.describe(key)}: missing; the export is incomplete or was moved, copy it again whole`);
  return text;
}

/** A manifest may only point inside its own folder. */
function safeKey(key: string, under: string, label: string): string {
  if (key.split('/').some((p) => p === '..' || p === '') || key.startsWith('/') || !key.startsWith(under)) {
    throw new InputError(`${label}: data file key ${JSON.stringify(key)} is outside ${under}; the manifest was edited`);
  }
  return key;
}

function source(location: string, format: ExportSource['format'], tables: PlannedTable[], extra: Partial<ExportSource>): ExportSource {
  return {
    location,
    format,
    ...extra,
    tables: tables.map((t) => t.info),
    items(table: string): AsyncIterable<WireItem> {
      const planned = tables.find((t) => t.info.table === table || t.info.collection === table);
      if (!planned) {
        throw new InputError(`table ${table} is not in the export at ${location}; it holds ${tables.map((t) => t.info.table).join(', ') || 'no tables'}`);
      }
      return streamTable(planned);
    },
  };
}

async function* streamTable(t: PlannedTable): AsyncGenerator<WireItem> {
  let total = 0;
  for (const f of t.files) {
    const label = t.store.describe(f.key);
    const raw = await t.store.open(f.key);
    for await (const item of readDataFile(raw, label, f.expect)) {
      total++;
      yield item;
    }
  }
  if (total !== t.info.itemCount) {
    throw new InputError(`${t.info.location}: data files hold ${total} items, the manifest summary says ${t.info.itemCount}`);
  }
}

async function openOurs(store: ExportStore, runText: string): Promise<ExportSource> {
  const run = parseRunManifest(runText, store.describe(RUN_MANIFEST));
  if (run.status !== 'complete') {
    throw new InputError(`${store.root}: the export is incomplete (interrupted); finish it with export --resume --out ${store.root}`);
  }
  const tables: PlannedTable[] = [];
  for (const t of run.tables) {
    const summaryLabel = store.describe(summaryKey(t.dir));
    const filesLabel = store.describe(filesKey(t.dir));
    const summary = parseTableSummary(await required(store, summaryKey(t.dir)), summaryLabel);
    const entries = parseFilesManifest(await required(store, filesKey(t.dir)), filesLabel);
    if (summary.table !== t.table) throw new InputError(`${summaryLabel}: is for table ${summary.table}, not ${t.table}`);
    const sum = entries.reduce((n, e) => n + e.itemCount, 0);
    if (sum !== summary.itemCount) {
      throw new InputError(`${filesLabel}: lists ${sum} items but ${SUMMARY_MANIFEST} says ${summary.itemCount}; the export was edited or damaged`);
    }
    tables.push({
      info: { table: t.table, collection: t.collection, itemCount: summary.itemCount, keySchema: summary.keySchema, location: store.describe(t.dir) },
      store,
      files: entries.map((e) => ({
        key: safeKey(e.dataFileS3Key, `${t.dir}/data/`, filesLabel),
        expect: { itemCount: e.itemCount, checksum: { algorithm: 'sha256', hex: e.sha256 } },
      })),
    });
  }
  return source(store.root, 'dynamodb-rollback', tables, { stage: run.stage, startTime: run.startTime, endTime: run.endTime });
}

/**
 * The native export folders at or under the root: the root itself
 * (AWSDynamoDB/<id>), the AWSDynamoDB folder, or a prefix holding it.
 */
async function findNativeExports(store: ExportStore): Promise<ExportStore[]> {
  const text = await store.readText(SUMMARY_MANIFEST);
  if (text !== null) {
    const value = parseJsonText(text, store.describe(SUMMARY_MANIFEST)) as { tableArn?: unknown };
    return typeof value?.tableArn === 'string' ? [store] : [];
  }
  const exportsIn = async (s: ExportStore) => {
    const out: ExportStore[] = [];
    for (const id of await s.folders('')) {
      const sub = s.sub(id);
      if ((await sub.readText(SUMMARY_MANIFEST)) !== null) out.push(sub);
    }
    return out;
  };
  // The prefix above AWSDynamoDB first, then the AWSDynamoDB folder itself.
  const below = await exportsIn(store.sub('AWSDynamoDB'));
  return below.length > 0 ? below : exportsIn(store);
}

/** DynamoDB writes keys from the bucket root (with its prefix); we read them relative to the export folder. */
function nativeRelative(key: string): string {
  const m = /(?:^|\/)AWSDynamoDB\/[^/]+\/(.+)$/.exec(key);
  return m ? m[1]! : key;
}

async function openNative(root: ExportStore, exports: ExportStore[]): Promise<ExportSource> {
  const tables: PlannedTable[] = [];
  let startTime: string | undefined;
  let endTime: string | undefined;
  for (const store of exports) {
    const summaryLabel = store.describe(SUMMARY_MANIFEST);
    const summary = parseNativeSummary(await required(store, SUMMARY_MANIFEST), summaryLabel);
    if (summary.outputFormat !== 'DYNAMODB_JSON') {
      throw new InputError(`${summaryLabel}: output format ${summary.outputFormat} is not supported; export the table again with DYNAMODB_JSON`);
    }
    if (summary.exportType && summary.exportType !== 'FULL_EXPORT') {
      throw new InputError(`${summaryLabel}: a ${summary.exportType} holds changes, not the table; use a full export`);
    }
    const table = summary.tableArn.slice(summary.tableArn.lastIndexOf('/') + 1);
    const other = tables.find((t) => t.info.table === table);
    if (other) {
      throw new InputError(`${root.root} holds two exports of table ${table} (${other.info.location}, ${store.root}); point --from at one AWSDynamoDB/<export id> folder`);
    }
    const filesRel = safeKey(nativeRelative(summary.manifestFilesS3Key ?? FILES_MANIFEST), '', summaryLabel);
    const filesLabel = store.describe(filesRel);
    const entries = parseNativeFiles(await required(store, filesRel), filesLabel);
    const sum = entries.reduce((n, e) => n + e.itemCount, 0);
    if (sum !== summary.itemCount) {
      throw new InputError(`${filesLabel}: lists ${sum} items but ${SUMMARY_MANIFEST} says ${summary.itemCount}; the export was edited or damaged`);
    }
    tables.push({
      // A native export records no key schema and no collection.
      info: { table, itemCount: summary.itemCount, keySchema: [], location: store.root },
      store,
      files: entries.map((e) => ({
        key: safeKey(nativeRelative(e.dataFileS3Key), 'data/', filesLabel),
        expect: { itemCount: e.itemCount, checksum: { algorithm: 'md5', base64: e.md5Checksum } },
      })),
    });
    const start = summary.startTime ?? summary.exportTime;
    if (start && (!startTime || start < startTime)) startTime = start;
    if (summary.endTime && (!endTime || summary.endTime > endTime)) endTime = summary.endTime;
  }
  return source(root.root, 'aws', tables, { ...(startTime ? { startTime } : {}), ...(endTime ? { endTime } : {}) });
}
