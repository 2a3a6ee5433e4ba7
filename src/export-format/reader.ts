/**
 * The export reader (contract in export-format/source.ts): opens our layout or a
 * native DynamoDB export to S3, in a local folder or under an S3 prefix,
 * checks the manifests agree with each other, and streams each table's
 * items while checking every data file's item count and checksum.
 */
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { S3 } from '../clients/s3.js';
import { InputError } from '../core/errors.js';
import type { Location } from '../core/location.js';
import type { WireItem } from '../dynamo/wire.js';
import { type ExpectedFile, readDataFile, readItemsOfFile } from './data-file-reader.js';
import type { ReadItem } from './source.js';
import { filesKey, RUN_MANIFEST, SUMMARY_MANIFEST, FILES_MANIFEST, summaryKey } from './layout.js';
import {
  parseFilesManifest,
  parseNativeFiles,
  parseJsonText,
  parseNativeSummary,
  parseRunManifest,
  parseTableSummary,
} from './manifest-schema.js';
import { type NativeRunManifest, isNativeRun, parseNativeRun } from './native-layout.js';
import { type ExportedTable, type ExportSource, filesPart } from './source.js';
import { type ExportStore, storeAt } from './store.js';
import { opt } from '../core/option-name.js';

export interface OpenExportOptions {
  /** Client for s3:// sources (commands build it; the reader never does). */
  s3?: S3;
}

interface PlannedFile {
  key: string;
  expect: ExpectedFile;
  /** The store the key is relative to, when not the table's (a native export's file in the shared AWSDynamoDB/data/ folder). */
  store?: ExportStore;
}

interface PlannedTable {
  info: ExportedTable;
  store: ExportStore;
  files: PlannedFile[];
}

export async function openExport(from: Location, opts: OpenExportOptions = {}): Promise<ExportSource> {
  if (from.kind === 'dir' && !from.path) throw new InputError(`no export given; pass ${opt('from')} with a folder or s3://bucket/prefix`);
  const store = await storeAt(from, opts.s3);
  if (from.kind === 'dir') {
    const s = await stat(store.root).catch(() => null);
    if (!s?.isDirectory())
      throw new InputError(
        `${store.root}: ${s ? 'a file, not a folder' : 'no such folder'}; give the folder export --out wrote, or s3://bucket/prefix`,
      );
  }
  const runText = await store.readText(RUN_MANIFEST);
  if (runText !== null) {
    // Another tool's export.json (an app may have one) is no manifest of ours to judge field by field.
    const format = (parseJsonText(runText, store.describe(RUN_MANIFEST)) as { format?: unknown } | null)?.format;
    if (format !== 'dynamodb-rollback') {
      throw new InputError(
        `${store.root}: not an export: its ${RUN_MANIFEST} was not written by dynamodb-rollback (no "format": "dynamodb-rollback"); give the folder export --out wrote, or a DynamoDB export's S3 prefix`,
      );
    }
    const run = JSON.parse(runText) as unknown;
    return isNativeRun(run) ? openNativeRun(store, parseNativeRun(run, store.describe(RUN_MANIFEST))) : openOurs(store, runText);
  }
  const natives = await findNativeExports(store);
  if ('found' in natives) return openNative(store, natives.found, natives.aws);
  // Every "what is this folder" answer has one shape: what it lacks to be either kind of export, and what to give instead.
  throw new InputError(
    `${store.root}: not an export: no ${RUN_MANIFEST}, and not a native AWS export because ${natives.why}; ${natives.fix ?? "give the folder export --out wrote, or a DynamoDB export's S3 prefix"}`,
  );
}

/**
 * An export of another stage holds another stage's tables: refused by the
 * commands that read one, as export --resume refuses to continue one. A
 * native AWS export records no stage, so it is not refused.
 */
export function refuseOtherStage(source: ExportSource, stage: string): void {
  if (source.stage === undefined || source.stage === stage) return;
  throw new InputError(
    `the export ${source.location} is of stage ${source.stage}, not ${stage}; pass ${opt('stage')} ${source.stage} if that is the stage you mean, or give the export of stage ${stage} with ${opt('from')}`,
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

/**
 * The table's data files read in order, each by read (its checksum and
 * count checked there). whole: every file, whose items must add up to the
 * manifest summary's count (a part's files are each checked alone).
 */
async function* streamFiles<T>(
  t: PlannedTable,
  read: (raw: Readable, label: string, expect: ExpectedFile) => AsyncIterable<T>,
  whole = true,
): AsyncGenerator<T> {
  let total = 0;
  for (const f of t.files) {
    const store = f.store ?? t.store;
    const raw = await store.open(f.key);
    for await (const item of read(raw, store.describe(f.key), f.expect)) {
      total++;
      yield item;
    }
  }
  if (whole && total !== t.info.itemCount) {
    throw new InputError(`${t.info.location}: data files hold ${total} items, the manifest summary says ${t.info.itemCount}`);
  }
}

const wireItems = (raw: Readable, label: string, expect: ExpectedFile) => readDataFile(raw, label, expect);

function source(location: string, format: ExportSource['format'], tables: PlannedTable[], extra: Partial<ExportSource>): ExportSource {
  const find = (table: string) => tables.find((t) => t.info.table === table || t.info.collection === table);
  const planned = (table: string): PlannedTable => {
    const t = find(table);
    if (t) return t;
    throw new InputError(
      `table ${table} is not in the export at ${location}; it holds ${tables.map((x) => x.info.table).join(', ') || 'no tables'}`,
    );
  };
  const counts = (t: PlannedTable) => t.files.map((f) => f.expect.itemCount);
  const partOf = (table: string, part: number, of: number): PlannedTable => {
    const t = planned(table);
    return { ...t, files: filesPart(counts(t), part, of).map((i) => t.files[i]!) };
  };
  return {
    location,
    format,
    ...extra,
    tables: tables.map((t) => t.info),
    readItems<P>(table: string, line: (text: string) => P | undefined): AsyncIterable<ReadItem<P>> {
      return streamFiles(planned(table), (raw, label, expect) => readItemsOfFile(raw, label, expect, line));
    },
    items(table: string): AsyncIterable<WireItem> {
      return streamFiles(planned(table), wireItems);
    },
    ...(format === 'dynamodb-rollback'
      ? {
          splitParts(table: string, of: number): number {
            const t = find(table);
            if (!t) return 1;
            let parts = 0;
            for (let k = 0; k < of; k++) if (filesPart(counts(t), k, of).length > 0) parts++;
            return parts === of ? of : 1;
          },
          partItems(table: string, part: number, of: number): AsyncIterable<WireItem> {
            return streamFiles(partOf(table, part, of), wireItems, false);
          },
          readPartItems<P>(table: string, part: number, of: number, line: (text: string) => P | undefined): AsyncIterable<ReadItem<P>> {
            return streamFiles(partOf(table, part, of), (raw, label, expect) => readItemsOfFile(raw, label, expect, line), false);
          },
        }
      : {}),
  };
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
      throw new InputError(
        `${filesLabel}: lists ${sum} items but ${SUMMARY_MANIFEST} says ${summary.itemCount}; the export was edited or damaged`,
      );
    }
    tables.push({
      info: {
        table: t.table,
        collection: t.collection,
        itemCount: summary.itemCount,
        keySchema: summary.keySchema,
        location: store.describe(t.dir),
      },
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
 * An export DynamoDB made for export --native: AWS's folders, with our
 * export.json naming the stage and each table's collection. An incremental
 * one holds changes, not tables: read by openChanges (changes-reader.ts).
 */
async function openNativeRun(store: ExportStore, run: NativeRunManifest): Promise<ExportSource> {
  if (run.status !== 'complete') {
    throw new InputError(
      `${store.root}: the native export is incomplete (DynamoDB was still exporting, or the run was stopped); finish it with export --native --resume --s3-uri ${store.root}`,
    );
  }
  if (run.exportType !== 'FULL_EXPORT') {
    throw new InputError(
      `${store.root}: an incremental export holds the changes made since ${run.since ?? run.fromTime}, not the tables; give it as ${opt('from')} with ${opt('base')} <the export it was taken since> (rollback), or as ${opt('since')} (verify --live)`,
    );
  }
  const dirs = run.tables.map((t) => t.exports[0]?.dir);
  const missing = run.tables.find((_, i) => !dirs[i]);
  if (missing)
    throw new InputError(`${store.describe(RUN_MANIFEST)}: table ${missing.table} has no export folder; the manifest was edited`);
  const opened = await openNative(
    store,
    dirs.map((d) => store.sub(d!)),
    store.sub('AWSDynamoDB'),
  );
  for (const info of opened.tables) {
    const t = run.tables.find((r) => r.table === info.table);
    if (!t)
      throw new InputError(
        `${info.location}: is an export of table ${info.table}, which ${store.describe(RUN_MANIFEST)} does not name; the manifest was edited`,
      );
    info.collection = t.collection;
  }
  return {
    ...opened,
    stage: run.stage,
    startTime: run.exportTime ?? run.startTime,
    endTime: run.endTime,
    items: opened.items.bind(opened),
  };
}

/** aws: the AWSDynamoDB folder above the exports, when known (for data files in its shared data/ folder). */
type NativeSearch = { found: ExportStore[]; aws?: ExportStore } | { why: string; fix?: string };

/** What a folder's manifest-summary.json says it is: a native export's (it names the table's ARN), something else, or none. */
async function summaryKind(store: ExportStore): Promise<'native' | 'no-arn' | 'not-json' | 'none'> {
  const text = await store.readText(SUMMARY_MANIFEST);
  if (text === null) return 'none';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not-json';
  }
  return typeof (value as { tableArn?: unknown } | null)?.tableArn === 'string' ? 'native' : 'no-arn';
}

const COPY_AGAIN = 'copy the export again whole, or export again';

function listed(names: readonly string[]): string {
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
}

/**
 * The native export folders at or under the root: the root itself
 * (AWSDynamoDB/<id>), the AWSDynamoDB folder, or a prefix holding it; else
 * why the root is none of these.
 */
async function findNativeExports(store: ExportStore): Promise<NativeSearch> {
  const own = await summaryKind(store);
  if (own === 'native') return { found: [store] };
  if (own === 'no-arn') {
    return {
      why: `its ${SUMMARY_MANIFEST} names no tableArn: it is one table's folder of an export`,
      fix: `give the export's own folder (the one holding ${RUN_MANIFEST})`,
    };
  }
  if (own === 'not-json') return { why: `its ${SUMMARY_MANIFEST} is not valid JSON`, fix: COPY_AGAIN };
  if ((await store.readText('_started')) !== null) {
    return {
      why: `it holds _started but no ${SUMMARY_MANIFEST}: DynamoDB has not finished this export, or it was copied in part`,
      fix: 'wait for the export to complete, or copy it again whole',
    };
  }
  // The prefix above AWSDynamoDB, else the AWSDynamoDB folder itself.
  // Listed directly rather than looked for in the root's listing, which some S3 implementations (s3rver) leave empty two levels above the objects.
  const awsIds = await store.sub('AWSDynamoDB').folders('');
  const hasAws = awsIds.length > 0 || (await store.folders('')).includes('AWSDynamoDB');
  const top = hasAws ? store.sub('AWSDynamoDB') : store;
  const ids = hasAws ? awsIds : await top.folders('');
  const kinds = await Promise.all(ids.map(async (id) => ({ id, kind: await summaryKind(top.sub(id)) })));
  const natives = kinds.filter((k) => k.kind === 'native').map((k) => top.sub(k.id));
  if (natives.length > 0) return { found: natives, aws: top };
  const others = kinds.filter((k) => k.kind !== 'none').map((k) => k.id);
  if (others.length > 0) {
    return {
      why: `the ${SUMMARY_MANIFEST} in ${listed(others)} names no tableArn (or is not JSON): these are table folders of an export whose ${RUN_MANIFEST} is missing`,
      fix: COPY_AGAIN,
    };
  }
  const isAwsFolder = /(^|[/\\])AWSDynamoDB[/\\]?$/.test(store.root);
  if (!hasAws && !isAwsFolder) return { why: 'it has no AWSDynamoDB folder' };
  const where = hasAws ? 'its AWSDynamoDB folder' : 'this AWSDynamoDB folder';
  if (ids.length === 0) return { why: `${where} holds no export folder` };
  return {
    why: `no folder in ${where} holds ${SUMMARY_MANIFEST} (${listed(ids)}): the export is unfinished or was copied in part`,
    fix: 'wait for the export to complete, or copy it again whole',
  };
}

/** DynamoDB writes keys from the bucket root (with its prefix); we read them relative to the export folder. */
function nativeRelative(key: string): string {
  const m = /(?:^|\/)AWSDynamoDB\/[^/]+\/(.+)$/.exec(key);
  return m ? m[1]! : key;
}

async function openNative(root: ExportStore, exports: ExportStore[], aws?: ExportStore): Promise<ExportSource> {
  const tables: PlannedTable[] = [];
  let startTime: string | undefined;
  let endTime: string | undefined;
  for (const store of exports) {
    const summaryLabel = store.describe(SUMMARY_MANIFEST);
    const summary = parseNativeSummary(await required(store, SUMMARY_MANIFEST), summaryLabel);
    if (summary.outputFormat !== 'DYNAMODB_JSON') {
      throw new InputError(
        `${summaryLabel}: output format ${summary.outputFormat} is not supported; export the table again with DYNAMODB_JSON`,
      );
    }
    if (summary.exportType && summary.exportType !== 'FULL_EXPORT') {
      throw new InputError(`${summaryLabel}: a ${summary.exportType} holds changes, not the table; use a full export`);
    }
    const table = summary.tableArn.slice(summary.tableArn.lastIndexOf('/') + 1);
    const other = tables.find((t) => t.info.table === table);
    if (other) {
      throw new InputError(
        `${root.root} holds two exports of table ${table} (${other.info.location}, ${store.root}); point ${opt('from')} at one AWSDynamoDB/<export id> folder`,
      );
    }
    const filesRel = safeKey(nativeRelative(summary.manifestFilesS3Key ?? FILES_MANIFEST), '', summaryLabel);
    const filesLabel = store.describe(filesRel);
    const entries = parseNativeFiles(await required(store, filesRel), filesLabel);
    const sum = entries.reduce((n, e) => n + e.itemCount, 0);
    if (sum !== summary.itemCount) {
      throw new InputError(
        `${filesLabel}: lists ${sum} items but ${SUMMARY_MANIFEST} says ${summary.itemCount}; the export was edited or damaged`,
      );
    }
    tables.push({
      // A native export records no key schema and no collection.
      info: { table, itemCount: summary.itemCount, keySchema: [], location: store.root },
      store,
      files: entries.map((e) => {
        const expect: ExpectedFile = { itemCount: e.itemCount, checksum: { algorithm: 'md5', base64: e.md5Checksum } };
        // DynamoDB may write data to the AWSDynamoDB folder's shared data/ rather than the export's own: read from there.
        const shared = /(?:^|\/)AWSDynamoDB\/(data\/.+)$/.exec(e.dataFileS3Key);
        if (shared) {
          if (!aws)
            throw new InputError(
              `${filesLabel}: data file ${JSON.stringify(e.dataFileS3Key)} is in the shared AWSDynamoDB/data/ folder; give ${opt('from')} the prefix above AWSDynamoDB, not one export's folder`,
            );
          return { key: safeKey(shared[1]!, 'data/', filesLabel), expect, store: aws };
        }
        return { key: safeKey(nativeRelative(e.dataFileS3Key), 'data/', filesLabel), expect };
      }),
    });
    const start = summary.startTime ?? summary.exportTime;
    if (start && (!startTime || start < startTime)) startTime = start;
    if (summary.endTime && (!endTime || summary.endTime > endTime)) endTime = summary.endTime;
  }
  return source(root.root, 'aws', tables, { ...(startTime ? { startTime } : {}), ...(endTime ? { endTime } : {}) });
}
