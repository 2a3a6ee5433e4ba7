/**
 * The export: every selected table, each as a parallel segmented scan
 * streamed into gzip data files, several tables at once within one
 * concurrency budget; manifests written last; optionally uploaded to S3.
 * Everything is checked before anything is written. Callable directly
 * (other commands' tests use it) and by the export command.
 */
import { access, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { DepsOf } from '../clients/deps.js';
import type { DynamoClient } from '../clients/dynamodb.js';
import { kindOf } from '../clients/errors.js';
import { type S3Location, s3UriOf } from '../clients/s3-uri.js';
import type { TableRef } from '../config/tables.js';
import { describeError, FailedError, InputError } from '../core/errors.js';
import { type Reporter, silentReporter } from '../core/reporter.js';
import { VERSION } from '../version.js';
import { isTempFor, removeStaleTemps, writeFileAtomic } from '../fsafe/atomic-write.js';
import { createLimiter, type Limiter } from './limiter.js';
import {
  CHECKPOINT_DIR,
  defaultSegments,
  type FileEntry,
  filesKey,
  LAYOUT_VERSION,
  renderFilesManifest,
  renderJson,
  RUN_MANIFEST,
  type RunManifest,
  type RunTable,
  type SegmentCheckpoint,
  summaryKey,
  tableDir,
  type TableSummary,
} from '../export-format/layout.js';
import { describeTables, type TableInfo } from '../clients/dynamodb-describe.js';
import type { Sse } from '../clients/s3-upload.js';
import { AbortedError, exportSegment, type SegmentJob, type SegmentLimits } from './segment-export.js';
import { prepareSegments } from './segment-state.js';
import { opt } from '../core/option-name.js';

export interface ExportOptions {
  /** Export folder (absolute, or relative to the process's cwd). */
  out: string;
  /** Tables to export; on --resume it may be left out (the export's own list is used). */
  tables?: readonly TableRef[];
  /** Tables for a fresh export when `tables` is left out (the config's, for --resume on an empty folder). */
  fallbackTables?: readonly TableRef[];
  stage: string;
  region: string;
  /** Segments per table; default from each table's size. */
  segments?: number;
  resume?: boolean;
  /** Also upload the export here (--s3-uri, parsed by the command). */
  s3Uri?: S3Location;
  sse?: 'AES256' | 'aws:kms';
  kmsKeyId?: string;
  /** Segment workers in flight at once, across all tables. */
  concurrency?: number;
  /** Data file rotation, gzip level and a fixed Scan page size (default: adapted to the item size, see layout.ts). */
  limits?: Partial<SegmentLimits>;
}

/** dynamo owns retries and throttling (fewer requests in flight, back-off, a time budget); s3 is needed with s3Uri. */
export interface ExportDeps extends DepsOf<'dynamo', 's3' | 'reporter' | 'now'> {
  /** Test hook after each scanned page (e.g. throw to simulate a crash). */
  onPage?: SegmentJob['onPage'];
}

export interface TableExportResult {
  collection: string;
  table: string;
  items: number;
  segments: number;
  files: number;
  bytes: number;
  seconds: number;
  /** DescribeTable's approximate count, for comparison. */
  describedItemCount: number;
}

export interface ExportResult {
  path: string;
  s3Uri?: string;
  stage: string;
  tables: TableExportResult[];
  /** table -> items exported */
  items: Record<string, number>;
  totalItems: number;
  durationSeconds: number;
  resumed: boolean;
  retries: number;
  startTime: string;
  endTime: string;
  upload?: { files: number; bytes: number; skipped: number };
}

export const DEFAULT_CONCURRENCY = 16;
export const DEFAULT_LIMITS: SegmentLimits = {
  fileMaxItems: 250_000,
  fileMaxBytes: 64 * 1024 * 1024,
  gzipLevel: 6,
};
const MAX_SEGMENTS = 1000;

/** The manifests' schemas (and zod under them), loaded only by a run that reads a manifest: a resume, or an --out that holds an export. */
const manifests = () => import('../export-format/manifest-schema.js');

async function exists(p: string): Promise<boolean> {
  return access(p).then(
    () => true,
    () => false,
  );
}

/** What is at --out: nothing (or an empty folder), our interrupted or finished export, or something else. */
async function inspectOut(out: string): Promise<{ empty: boolean; run?: RunManifest }> {
  let entries: string[];
  try {
    entries = await readdir(out);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { empty: true };
    throw new InputError(`${opt('out')} ${out}: cannot be read as a folder (${code ?? String(err)})`);
  }
  // A kill while export.json was first written leaves only its temp: ours and worthless, so removed and not counted.
  const temps = entries.filter((n) => isTempFor(n, RUN_MANIFEST));
  for (const n of temps) await rm(path.join(out, n), { force: true });
  if (entries.length === temps.length) return { empty: true };
  const file = path.join(out, RUN_MANIFEST);
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return { empty: false };
  return { empty: false, run: (await manifests()).parseRunManifest(text, file) };
}

function validate(opts: ExportOptions, deps: ExportDeps): { s3?: S3Location; sse: Sse } {
  if (!opts.out) throw new InputError(`export: ${opt('out')} is required (the folder to write the export to)`);
  if (opts.segments !== undefined && (!Number.isInteger(opts.segments) || opts.segments < 1 || opts.segments > MAX_SEGMENTS)) {
    throw new InputError(`export: ${opt('segments')} must be a whole number from 1 to ${MAX_SEGMENTS}, got ${opts.segments}`);
  }
  if (opts.kmsKeyId && opts.sse !== 'aws:kms') throw new InputError(`export: ${opt('kms-key-id')} needs ${opt('sse')} aws:kms`);
  if (!opts.resume && (opts.tables ?? opts.fallbackTables ?? []).length === 0)
    throw new InputError(`export: no tables to export; set tables in the config or pass ${opt('tables')}`);
  const s3 = opts.s3Uri;
  if (s3 && !deps.s3) throw new InputError(`export: ${opt('s3-uri')} given but no S3 client was configured`);
  return { s3, sse: { algorithm: opts.sse ?? 'AES256', ...(opts.kmsKeyId ? { kmsKeyId: opts.kmsKeyId } : {}) } };
}

/** On --resume, the tables and segments are the interrupted export's; a different request is refused rather than mixed in. */
function resumePlan(run: RunManifest, opts: ExportOptions, out: string): RunTable[] {
  if (opts.tables && opts.tables.length > 0) {
    const want = new Set(opts.tables.map((t) => t.table));
    const have = new Set(run.tables.map((t) => t.table));
    if (want.size !== have.size || [...want].some((t) => !have.has(t))) {
      throw new InputError(
        `${opt('resume')}: the export in ${out} holds tables ${[...have].join(', ')}, not ${[...want].join(', ')}; resume with the same ${opt('tables')} (or none), or start a fresh export in a new folder`,
      );
    }
  }
  for (const t of run.tables) {
    if (opts.segments !== undefined && opts.segments !== t.segments) {
      throw new InputError(
        `${opt('resume')}: table ${t.table} was exported with ${t.segments} segments, not ${opts.segments}; resume without ${opt('segments')}`,
      );
    }
  }
  return run.tables;
}

export async function runExport(opts: ExportOptions, deps: ExportDeps): Promise<ExportResult> {
  const reporter = deps.reporter ?? silentReporter;
  const now = deps.now ?? (() => new Date());
  const retriesBefore = deps.dynamo.stats.retries + (deps.s3?.stats.retries ?? 0);
  const started = now();
  const out = path.resolve(opts.out);
  const { s3: s3Loc, sse } = validate(opts, deps);

  // 1. Check everything before writing anything.
  const state = await inspectOut(out);
  let resumed = false;
  let run: RunManifest | undefined;
  if (!state.empty) {
    if (!opts.resume) {
      throw new InputError(
        `${opt('out')} ${out} is not empty; choose a new folder, or pass ${opt('resume')} to finish an interrupted export there`,
      );
    }
    if (!state.run)
      throw new InputError(
        `${opt('resume')}: ${out} is not empty and holds no ${RUN_MANIFEST}, so it is not an export to resume; choose a new folder`,
      );
    run = state.run;
    resumed = true;
  }
  if (run && run.stage !== opts.stage) {
    throw new InputError(
      `${opt('resume')}: the export in ${out} is of stage ${run.stage}, not ${opts.stage}; resume with ${opt('stage')} ${run.stage}`,
    );
  }
  const refs: TableRef[] = run
    ? resumePlan(run, opts, out).map((t) => ({ table: t.table, collection: t.collection, configured: true }))
    : [...(opts.tables ?? opts.fallbackTables ?? [])];
  if (refs.length === 0) throw new InputError(`export: no tables to export; set tables in the config or pass ${opt('tables')}`);
  const infos = await describeTables(deps.dynamo, refs);
  // The S3 code is loaded only for an upload: an export without one stays smaller in memory.
  const s3Module = s3Loc ? await import('./s3-upload.js') : undefined;
  if (s3Loc && deps.s3 && s3Module) {
    await s3Module.checkS3Target(deps.s3, s3Loc, !resumed);
  }

  // 2. The plan, recorded before any data so --resume can pick it up.
  const plan: RunTable[] =
    run?.tables ??
    infos.map((t) => ({
      table: t.table,
      collection: t.collection,
      dir: tableDir(t.table),
      segments: opts.segments ?? defaultSegments(t.sizeBytes, t.itemCount),
    }));
  const manifest: RunManifest = run ?? {
    format: 'dynamodb-rollback',
    layoutVersion: LAYOUT_VERSION,
    toolVersion: VERSION,
    status: 'in-progress',
    stage: opts.stage,
    region: opts.region,
    startTime: started.toISOString(),
    tables: plan,
  };
  // A finished export re-run with --resume (e.g. to finish its upload) keeps its manifest as it is.
  const finished = run?.status === 'complete';
  await mkdir(out, { recursive: true });
  if (!finished)
    await writeFileAtomic(path.join(out, RUN_MANIFEST), renderJson({ ...manifest, status: 'in-progress', endTime: undefined }));
  if (resumed) reporter.info(`resuming the export in ${out}`);

  // 3. Every table at once, segment workers within one budget.
  const limits: SegmentLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const limit = createLimiter(opts.concurrency ?? DEFAULT_CONCURRENCY);
  const controller = new AbortController();
  const settled = await Promise.allSettled(
    plan.map((t) =>
      exportTable(
        t,
        infos.find((i) => i.table === t.table)!,
        {
          root: out,
          resume: resumed,
          limit,
          limits,
          controller,
          dynamo: deps.dynamo,
          reporter,
          onPage: deps.onPage,
          now,
        },
      ),
    ),
  );
  const failure = firstFailure(settled);
  if (failure) throw failure;
  const done = settled.map((s) => (s as PromiseFulfilledResult<TableDone>).value);
  const tables = done.map((d) => d.result);

  const endTime = finished && manifest.endTime ? new Date(manifest.endTime) : now();
  if (!finished)
    await writeFileAtomic(path.join(out, RUN_MANIFEST), renderJson({ ...manifest, status: 'complete', endTime: endTime.toISOString() }));

  // 4. S3, once the local export is whole.
  let upload: ExportResult['upload'];
  if (s3Loc && deps.s3 && s3Module) {
    // Exactly the files this export wrote (or, on resume, checked when it found them), never a key read back from a manifest.
    const dataKeys = done.flatMap((d) => d.files.map((f) => f.dataFileS3Key));
    const manifestKeys = plan.flatMap((t) => [summaryKey(t.dir), filesKey(t.dir)]);
    try {
      upload = await s3Module.uploadExport(deps.s3, out, [dataKeys, manifestKeys, [RUN_MANIFEST]], s3Loc, sse, reporter);
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new FailedError(
        `upload to ${s3UriOf(s3Loc)} failed: ${describeError(err)}; the local export in ${out} is complete, run export --resume with the same ${opt('out')} to finish the upload`,
        { cause: err },
      );
    }
  }

  const items = Object.fromEntries(tables.map((t) => [t.table, t.items]));
  return {
    path: out,
    ...(s3Loc ? { s3Uri: s3UriOf(s3Loc) } : {}),
    stage: manifest.stage,
    tables,
    items,
    totalItems: tables.reduce((n, t) => n + t.items, 0),
    durationSeconds: round((now().getTime() - started.getTime()) / 1000),
    resumed,
    retries: deps.dynamo.stats.retries + (deps.s3?.stats.retries ?? 0) - retriesBefore,
    startTime: manifest.startTime,
    endTime: endTime.toISOString(),
    ...(upload ? { upload } : {}),
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The error to report: the first real one, not the "aborted because of it" of the others. */
function firstFailure(settled: PromiseSettledResult<unknown>[]): unknown {
  const reasons = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => s.reason as unknown);
  return reasons.find((r) => !(r instanceof AbortedError)) ?? reasons[0];
}

interface TableRun {
  root: string;
  resume: boolean;
  limit: Limiter;
  limits: SegmentLimits;
  controller: AbortController;
  dynamo: DynamoClient;
  reporter: Reporter;
  onPage?: SegmentJob['onPage'];
  now: () => Date;
}

/** A table's result, and the data files it is made of (what the upload sends). */
interface TableDone {
  result: TableExportResult;
  files: FileEntry[];
}

async function exportTable(t: RunTable, info: TableInfo, run: TableRun): Promise<TableDone> {
  const started = run.now();
  const dir = path.join(run.root, t.dir);
  const filesPath = path.join(run.root, filesKey(t.dir));
  const summaryPath = path.join(run.root, summaryKey(t.dir));
  // A table whose files manifest exists finished before the interruption.
  if (run.resume && (await exists(filesPath))) {
    const { parseTableSummary, parseFilesManifest } = await manifests();
    const summary = parseTableSummary(await readFile(summaryPath, 'utf8'), summaryPath);
    const files = parseFilesManifest(await readFile(filesPath, 'utf8'), filesPath).map((e) => ownDataFile(e, t.dir, filesPath));
    // A kill between writing the files manifest and removing the checkpoints (end of this function) leaves them behind.
    await rm(path.join(dir, CHECKPOINT_DIR), { recursive: true, force: true });
    await removeStaleTemps(dir);
    run.reporter.info(`export ${t.table}: already complete (${summary.itemCount} items)`);
    return { result: resultOf(t, summary, info, 0), files };
  }
  let states: SegmentCheckpoint[];
  try {
    states = await prepareSegments(run.root, t.dir, t.segments, run.resume);
  } catch (err) {
    run.controller.abort();
    throw err;
  }
  const progress = run.reporter.progress(`export ${t.table}`, { unit: 'items' });
  const prior = states.reduce((n, s) => n + s.files.reduce((m, f) => m + f.itemCount, 0), 0);
  if (prior > 0) progress.add(prior);
  let segmentsDone = states.filter((s) => s.done).length;
  progress.detail(`segments ${segmentsDone}/${t.segments}`);
  const settled = await Promise.allSettled(
    states.map((cp, i) =>
      cp.done
        ? Promise.resolve(cp)
        : run.limit(async () => {
            if (run.controller.signal.aborted) throw new AbortedError();
            try {
              const final = await exportSegment({
                client: run.dynamo,
                table: t.table,
                root: run.root,
                dir: t.dir,
                checkpoint: cp,
                limits: run.limits,
                signal: run.controller.signal,
                onItems: (n) => progress.add(n),
                onPage: run.onPage,
              });
              states[i] = final;
              progress.detail(`segments ${++segmentsDone}/${t.segments}`);
              return final;
            } catch (err) {
              run.controller.abort();
              throw err;
            }
          }),
    ),
  );
  const failure = firstFailure(settled);
  if (failure) {
    progress.done('failed');
    throw explainScanFailure(failure, t.table);
  }
  const files = states.flatMap((s) => s.files);
  const itemCount = files.reduce((n, f) => n + f.itemCount, 0);
  const summary: TableSummary = {
    version: LAYOUT_VERSION,
    table: t.table,
    collection: t.collection,
    itemCount,
    keySchema: info.keySchema,
    startTime: started.toISOString(),
    endTime: run.now().toISOString(),
    outputFormat: 'DYNAMODB_JSON',
    segments: t.segments,
    dataFileCount: files.length,
    dataBytes: files.reduce((n, f) => n + f.bytes, 0),
    manifestFilesS3Key: filesKey(t.dir),
  };
  // The files manifest last: its presence is what marks the table complete.
  await writeFileAtomic(summaryPath, renderJson(summary));
  await writeFileAtomic(filesPath, renderFilesManifest(files));
  await rm(path.join(dir, CHECKPOINT_DIR), { recursive: true, force: true });
  progress.done();
  return { result: resultOf(t, summary, info, (run.now().getTime() - started.getTime()) / 1000), files };
}

/** A data file of a table finished by an earlier run: it must be one of the names this export gives its files. */
function ownDataFile(entry: FileEntry, dir: string, manifest: string): FileEntry {
  const name = entry.dataFileS3Key.startsWith(`${dir}/data/`) ? entry.dataFileS3Key.slice(dir.length + 6) : '';
  if (!/^[0-9]+-[0-9]+\.json\.gz$/.test(name)) {
    throw new InputError(
      `${manifest}: data file key ${JSON.stringify(entry.dataFileS3Key)} is not one this export writes; the manifest was edited, start a fresh export in a new folder`,
    );
  }
  return entry;
}

function resultOf(t: RunTable, s: TableSummary, info: TableInfo, seconds: number): TableExportResult {
  return {
    collection: t.collection,
    table: t.table,
    items: s.itemCount,
    segments: s.segments,
    files: s.dataFileCount,
    bytes: s.dataBytes,
    seconds: round(seconds),
    describedItemCount: info.itemCount,
  };
}

/**
 * Our own refusals (a checkpoint that does not match) stay as they are; any
 * other failure, a service's refusal included (data files exist by now), is a
 * failure of the run that says how to go on from the checkpoints.
 */
function explainScanFailure(err: unknown, table: string): unknown {
  if ((err instanceof InputError && kindOf(err) === null) || err instanceof AbortedError) return err;
  return new FailedError(
    `export of ${table} failed: ${describeError(err)}; what was written so far is checkpointed: fix the cause and run export --resume with the same ${opt('out')}`,
    { cause: err },
  );
}
