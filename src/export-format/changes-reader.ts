/**
 * The reader of an incremental export (export --native --since): our
 * export.json naming the stage, the window and each table's exports (one
 * per window of at most 24 hours), and AWS's files as AWS documents them:
 * per export a manifest-summary.json (exportType INCREMENTAL_EXPORT), a
 * manifest-files.json, and gzip data files of change records, one per line:
 * {"Metadata": {"WriteTimestampMicros": {"N": …}}, "Keys": …, "NewImage": …,
 * "OldImage": …}; a deletion has no NewImage. Every data file's item count
 * and md5 are checked as it streams, like a table export's.
 */
import type { S3 } from '../clients/s3.js';
import { InputError } from '../core/errors.js';
import type { Location } from '../core/location.js';
import type { WireItem } from '../dynamo/wire.js';
import { readDataFile } from './data-file-reader.js';
import { FILES_MANIFEST, RUN_MANIFEST, SUMMARY_MANIFEST } from './layout.js';
import { parseJsonText, parseNativeFiles, parseNativeSummary } from './manifest-schema.js';
import { isNativeRun, parseNativeRun } from './native-layout.js';
import { type ExportStore, storeAt } from './store.js';

export interface ChangeRecord {
  keys: WireItem;
  /** Absent for a deletion. */
  newImage?: WireItem;
  oldImage?: WireItem;
  /** Metadata.WriteTimestampMicros: when DynamoDB took the write. */
  writeMicros: bigint;
}

export interface ChangedTable {
  table: string;
  collection: string;
  /** Records in its data files, summed over its windows' manifests. */
  records: number;
  location: string;
}

export interface ChangeSource {
  location: string;
  stage: string;
  /** The export it was taken since, as given to export --since. */
  since?: string;
  /** The window [fromTime, toTime), ISO 8601. */
  fromTime: string;
  toTime: string;
  endTime?: string;
  tables: ChangedTable[];
  /** One table's records (by table or collection), window after window, each file checked. */
  records(table: string): AsyncIterable<ChangeRecord>;
  /** Change records read so far, over every table (what a catch-up costs). */
  readonly recordsRead: number;
}

/** Where a change leaves one item: its last image, or deleted. */
export interface LatestChange {
  keys: WireItem;
  newImage: WireItem | null;
  writeMicros: bigint;
}

interface PlannedExport {
  store: ExportStore;
  files: { key: string; itemCount: number; md5: string }[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses one line of an incremental export's data file; errors name the file and line, never values. */
export function changeRecordOf(value: Record<string, unknown>, where: string): ChangeRecord {
  if (!isObject(value.Keys)) throw new InputError(`${where}: expected a change record with Keys (an incremental export's data line)`);
  const meta = value.Metadata;
  const stamp = isObject(meta) ? meta.WriteTimestampMicros : undefined;
  // AWS writes it typed as DynamoDB JSON ({"N": "…"}); a bare number is taken too.
  const raw = isObject(stamp) ? stamp.N : stamp;
  if ((typeof raw !== 'string' && typeof raw !== 'number') || !/^\d+$/.test(String(raw))) {
    throw new InputError(`${where}: Metadata.WriteTimestampMicros is missing or not a whole number`);
  }
  if (value.NewImage !== undefined && !isObject(value.NewImage)) throw new InputError(`${where}: NewImage is not a map`);
  if (value.OldImage !== undefined && !isObject(value.OldImage)) throw new InputError(`${where}: OldImage is not a map`);
  return {
    keys: value.Keys as WireItem,
    ...(value.NewImage ? { newImage: value.NewImage as WireItem } : {}),
    ...(value.OldImage ? { oldImage: value.OldImage as WireItem } : {}),
    writeMicros: BigInt(raw),
  };
}

/** One text per key (key attributes are S, N or B, written by DynamoDB the same way each time), in name order. */
export function keyText(keys: WireItem): string {
  return JSON.stringify(
    Object.keys(keys)
      .sort()
      .map((k) => [k, keys[k]]),
  );
}

/** The key of an item, by the attribute names a change record's Keys use. */
export function keyOfItem(item: WireItem, names: readonly string[]): string | null {
  const keys: WireItem = {};
  for (const n of names) {
    if (item[n] === undefined) return null;
    keys[n] = item[n]!;
  }
  return keyText(keys);
}

/** Collapses records to one per item: the latest write wins (a later window's, or the later timestamp within one). */
export async function latestChanges(records: AsyncIterable<ChangeRecord>): Promise<Map<string, LatestChange>> {
  const out = new Map<string, LatestChange>();
  for await (const r of records) {
    const key = keyText(r.keys);
    const had = out.get(key);
    if (had && had.writeMicros > r.writeMicros) continue;
    out.set(key, { keys: r.keys, newImage: r.newImage ?? null, writeMicros: r.writeMicros });
  }
  return out;
}

export async function openChanges(from: Location, opts: { s3?: S3 } = {}): Promise<ChangeSource> {
  const store = await storeAt(from, opts.s3);
  const text = await store.readText(RUN_MANIFEST);
  const label = store.describe(RUN_MANIFEST);
  const value = text === null ? null : parseJsonText(text, label);
  if (!isNativeRun(value)) {
    throw new InputError(
      `${store.root}: not an incremental export (no ${RUN_MANIFEST} of export --native --since there); give the prefix export --native --since wrote`,
    );
  }
  const run = parseNativeRun(value, label);
  if (run.exportType !== 'INCREMENTAL_EXPORT')
    throw new InputError(`${store.root}: a full export, not an incremental one; give the prefix export --native --since wrote`);
  if (run.status !== 'complete') {
    throw new InputError(
      `${store.root}: the incremental export is incomplete; finish it with export --native --since … --resume --s3-uri ${store.root}`,
    );
  }
  if (!run.fromTime || !run.toTime)
    throw new InputError(`${label}: an incremental export without fromTime and toTime; the manifest was edited`);
  const planned = new Map<string, PlannedExport[]>();
  const tables: ChangedTable[] = [];
  for (const t of run.tables) {
    const exports: PlannedExport[] = [];
    let records = 0;
    for (const e of t.exports) {
      if (!e.dir) throw new InputError(`${label}: table ${t.table} has an export without a folder; the manifest was edited`);
      const p = await planExport(store, e.dir, t.table);
      records += p.files.reduce((n, f) => n + f.itemCount, 0);
      exports.push(p);
    }
    planned.set(t.table, exports);
    tables.push({ table: t.table, collection: t.collection, records, location: store.root });
  }
  let read = 0;
  return {
    location: store.root,
    stage: run.stage,
    ...(run.since ? { since: run.since } : {}),
    fromTime: run.fromTime,
    toTime: run.toTime,
    ...(run.endTime ? { endTime: run.endTime } : {}),
    tables,
    get recordsRead() {
      return read;
    },
    records(table: string) {
      const t = tables.find((x) => x.table === table || x.collection === table);
      if (!t)
        throw new InputError(
          `table ${table} is not in the incremental export at ${store.root}; it holds ${tables.map((x) => x.table).join(', ') || 'no tables'}`,
        );
      const exports = planned.get(t.table)!;
      return (async function* () {
        for (const e of exports) {
          for (const f of e.files) {
            const raw = await e.store.open(f.key);
            for await (const r of readDataFile(
              raw,
              e.store.describe(f.key),
              { itemCount: f.itemCount, checksum: { algorithm: 'md5', base64: f.md5 } },
              changeRecordOf,
            )) {
              read++;
              yield r;
            }
          }
        }
      })();
    },
  };
}

/**
 * One window's export: its summary must say INCREMENTAL_EXPORT of this
 * table, and its data files lie under the AWSDynamoDB folder (AWS names
 * them from the bucket root, with the prefix, in the export's own data/ or
 * the folder's shared data/).
 */
async function planExport(root: ExportStore, dir: string, table: string): Promise<PlannedExport> {
  const exportStore = root.sub(dir);
  const aws = root.sub('AWSDynamoDB');
  const id = dir.slice('AWSDynamoDB/'.length);
  const summaryLabel = exportStore.describe(SUMMARY_MANIFEST);
  const summaryText = await exportStore.readText(SUMMARY_MANIFEST);
  if (summaryText === null) throw new InputError(`${summaryLabel}: missing; the export is incomplete or was moved, copy it again whole`);
  const summary = parseNativeSummary(summaryText, summaryLabel);
  if (summary.exportType !== 'INCREMENTAL_EXPORT')
    throw new InputError(`${summaryLabel}: a ${summary.exportType ?? 'FULL_EXPORT'}, not an incremental export; the manifest was edited`);
  if (summary.outputFormat !== 'DYNAMODB_JSON')
    throw new InputError(`${summaryLabel}: output format ${summary.outputFormat} is not supported; export again with DYNAMODB_JSON`);
  const summaryTable = summary.tableArn.slice(summary.tableArn.lastIndexOf('/') + 1);
  if (summaryTable !== table) throw new InputError(`${summaryLabel}: is for table ${summaryTable}, not ${table}; the manifest was edited`);
  const filesRel = relativeToAws(summary.manifestFilesS3Key ?? `${id}/${FILES_MANIFEST}`, id, summaryLabel, false);
  const filesLabel = aws.describe(filesRel);
  const filesText = await aws.readText(filesRel);
  if (filesText === null) throw new InputError(`${filesLabel}: missing; the export is incomplete or was moved, copy it again whole`);
  const entries = parseNativeFiles(filesText, filesLabel);
  const sum = entries.reduce((n, e) => n + e.itemCount, 0);
  if (sum !== summary.itemCount)
    throw new InputError(
      `${filesLabel}: lists ${sum} records but ${SUMMARY_MANIFEST} says ${summary.itemCount}; the export was edited or damaged`,
    );
  return {
    store: aws,
    files: entries.map((e) => ({ key: relativeToAws(e.dataFileS3Key, id, filesLabel, true), itemCount: e.itemCount, md5: e.md5Checksum })),
  };
}

/** A key from a manifest, made relative to the AWSDynamoDB folder; only this export's files or the shared data/ folder. */
function relativeToAws(key: string, id: string, label: string, data: boolean): string {
  const at = key.lastIndexOf('AWSDynamoDB/');
  const rest = at >= 0 ? key.slice(at + 'AWSDynamoDB/'.length) : key;
  const parts = rest.split('/');
  const ok =
    !parts.some((p) => p === '' || p === '.' || p === '..') &&
    (data ? rest.startsWith('data/') || rest.startsWith(`${id}/data/`) : rest === `${id}/${FILES_MANIFEST}`);
  if (!ok) throw new InputError(`${label}: key ${JSON.stringify(key)} is outside this export's files; the manifest was edited`);
  return rest;
}

/** Whether the location holds an incremental export (our export.json says so); a missing or foreign one is not. */
export async function isIncrementalExport(location: Location, opts: { s3?: S3 } = {}): Promise<boolean> {
  if (location.kind === 's3' && !opts.s3) return false;
  const store = await storeAt(location, opts.s3);
  const text = await store.readText(RUN_MANIFEST).catch(() => null);
  if (text === null) return false;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  return isNativeRun(value) && (value as { exportType?: unknown }).exportType === 'INCREMENTAL_EXPORT';
}
