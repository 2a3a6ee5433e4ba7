/**
 * export --native: DynamoDB exports each table to S3 itself (no read
 * capacity, one instant), and this run starts the exports, waits for them,
 * and writes our export.json beside AWS's files so rollback and verify read
 * the result like any export. With --since, an incremental export of what
 * changed since an earlier export, window by window (AWS: 15 minutes to 24
 * hours each); a gap under 15 minutes is answered with { fallback } and
 * nothing written, for the command to run a scan instead.
 *
 * Order: every input and every table checked (PITR on, the times inside its
 * window), then export.json written in progress, then each export started
 * and its ARN recorded, then the wait, then export.json complete.
 */
import { PutObjectCommand, type ServerSideEncryption } from '@aws-sdk/client-s3';
import type { DepsOf } from '../clients/deps.js';
import type { S3 } from '../clients/s3.js';
import { defaultSleep } from '../clients/retry.js';
import { type S3Location, s3Key, s3UriOf } from '../clients/s3-uri.js';
import type { TableRef } from '../config/tables.js';
import { InputError } from '../core/errors.js';
import { describeLocation, type Location } from '../core/location.js';
import { silentReporter } from '../core/reporter.js';
import { VERSION } from '../version.js';
import { LAYOUT_VERSION, RUN_MANIFEST, renderJson } from '../export-format/layout.js';
import { parseJsonText } from '../export-format/manifest-schema.js';
import {
  clientToken,
  exportDirOf,
  incrementalWindows,
  isNativeRun,
  MIN_WINDOW_MS,
  type NativeRunManifest,
  type NativeTableExport,
  NATIVE_KIND,
  parseNativeRun,
} from '../export-format/native-layout.js';
import { outsideWindow, pitrState } from './native-pitr.js';
import { startExport } from './native-start.js';
import { waitForExports, type WaitedExport } from './native-wait.js';
import { describeTable } from '../clients/dynamodb-describe.js';
import { s3Store } from '../export-format/s3-store.js';
import { opt } from '../core/option-name.js';

export interface NativeExportOptions {
  stage: string;
  region: string;
  tables: readonly TableRef[];
  /** Where DynamoDB writes the export (--s3-uri, parsed by the command). */
  s3Uri: S3Location;
  sse: { algorithm: 'AES256' | 'aws:kms'; kmsKeyId?: string };
  /** ISO 8601: the instant to export (full) or the end of the window (incremental); default now. */
  exportTime?: string;
  /** The earlier export (a folder or an S3 prefix) to take the changes since. */
  since?: Location;
  resume: boolean;
  timeoutSeconds: number;
}

export interface NativeExportDeps extends DepsOf<'dynamo', 's3' | 'reporter' | 'now' | 'sleep'> {
  pollMs?: number;
  /** The time of the --since export: its export time, or its scan's start (commands read it through the export reader). */
  sinceTime?: (since: Location) => Promise<{ time: string; stage?: string }>;
}

export interface NativeExportResult {
  s3Uri: string;
  exportType: 'FULL_EXPORT' | 'INCREMENTAL_EXPORT';
  exportTime?: string;
  fromTime?: string;
  toTime?: string;
  tables: { table: string; collection: string; exports: WaitedExport[] }[];
  resumed: boolean;
  durationSeconds: number;
}

export type NativeOutcome = NativeExportResult | { fallback: string };

const secondsOf = (ms: number) => Math.floor(ms / 1000) * 1000;

function parseTime(value: string, option: string): number {
  const ms = Date.parse(value);
  if (!/^\d{4}-\d\d-\d\dT/.test(value) || Number.isNaN(ms))
    throw new InputError(`${option} ${JSON.stringify(value)}: expected an ISO 8601 time such as 2026-12-01T09:30:00Z`);
  return ms;
}

export async function runNativeExport(opts: NativeExportOptions, deps: NativeExportDeps): Promise<NativeOutcome> {
  const reporter = deps.reporter ?? silentReporter;
  const now = deps.now ?? (() => new Date());
  const started = now();
  if (!deps.s3) throw new Error('internal: export --native needs an S3 client');
  if (opts.sse.algorithm === 'aws:kms' && !opts.sse.kmsKeyId) throw new InputError(`${opt('sse')} aws:kms needs ${opt('kms-key-id')}`);
  const loc = opts.s3Uri;
  const s3 = deps.s3;
  if (opts.tables.length === 0) throw new InputError(`export: no tables to export; set tables in the config or pass ${opt('tables')}`);

  // 1. What is there already.
  const existing = await readRun(s3, loc);
  if (existing && !opts.resume)
    throw new InputError(
      `${s3UriOf(loc)} already holds an export (${RUN_MANIFEST}); choose an empty prefix, or pass ${opt('resume')} to pick up the exports started there`,
    );
  if (existing && existing.stage !== opts.stage)
    throw new InputError(
      `${opt('resume')}: the export at ${s3UriOf(loc)} is of stage ${existing.stage}, not ${opts.stage}; resume with ${opt('stage')} ${existing.stage}`,
    );
  if (existing && (existing.exportType === 'INCREMENTAL_EXPORT') !== (opts.since !== undefined)) {
    throw new InputError(
      `${opt('resume')}: the export at ${s3UriOf(loc)} is ${existing.exportType === 'INCREMENTAL_EXPORT' ? `an incremental one: pass ${opt('since')} as before` : `a full one: drop ${opt('since')}`}`,
    );
  }
  const recorded = existing?.exportTime ?? existing?.toTime;
  if (existing && opts.exportTime !== undefined && Date.parse(opts.exportTime) !== Date.parse(recorded ?? '')) {
    throw new InputError(
      `${opt('resume')}: the export at ${s3UriOf(loc)} is of ${recorded}, not ${opt('export-time')} ${opts.exportTime}; drop ${opt('export-time')} to resume it`,
    );
  }
  if (!existing) {
    const { checkS3Target } = await import('./s3-upload.js');
    await checkS3Target(s3, loc, true);
  }

  // 2. The times: from the record on resume, else from the options and the clock.
  const nowMs = secondsOf(started.getTime());
  let exportTime = existing?.exportTime;
  let fromTime = existing?.fromTime;
  let toTime = existing?.toTime;
  if (!existing) {
    const at = opts.exportTime === undefined ? nowMs : parseTime(opts.exportTime, opt('export-time'));
    if (at > started.getTime())
      throw new InputError(`${opt('export-time')} ${opts.exportTime} is in the future; give a time in the past, or leave it out for now`);
    if (opts.since === undefined) exportTime = new Date(at).toISOString();
    else {
      const since = await (deps.sinceTime ?? noSince)(opts.since);
      if (since.stage !== undefined && since.stage !== opts.stage)
        throw new InputError(`${opt('since')} ${describeLocation(opts.since)} is an export of stage ${since.stage}, not ${opts.stage}`);
      const from = secondsOf(Date.parse(since.time));
      if (!(from < at))
        throw new InputError(
          `${opt('since')} ${describeLocation(opts.since)} was taken at ${since.time}, not before ${new Date(at).toISOString()}; give an earlier export`,
        );
      if (at - from < MIN_WINDOW_MS) {
        return {
          fallback: `the export ${opt('since')} names was taken ${Math.round((at - from) / 1000)}s ago (${since.time}); DynamoDB's incremental export needs a window of at least 15 minutes, so the tables are scanned instead`,
        };
      }
      fromTime = new Date(from).toISOString();
      toTime = new Date(at).toISOString();
    }
  }
  const incremental = fromTime !== undefined;
  const windows = incremental ? incrementalWindows(Date.parse(fromTime!), Date.parse(toTime!))! : null;

  // 3. Every table: its ARN, PITR on, the times inside its window.
  const refs = existing ? existing.tables.map((t) => ({ table: t.table, collection: t.collection, configured: true })) : opts.tables;
  const arns = new Map<string, string>();
  const latest = new Map<string, string>();
  for (const ref of refs) {
    const desc = await describeTable(deps.dynamo, ref);
    arns.set(ref.table, desc.TableArn ?? '');
    const pitr = await pitrState(deps.dynamo, ref.table);
    const why = outsideWindow(pitr, fromTime ?? exportTime!);
    if (why)
      throw new InputError(
        `export --native: ${why}; ${pitr.enabled ? 'give a later time' : 'turn it on (UpdateContinuousBackups; it starts the window from now), or export by scan'}`,
      );
    latest.set(ref.table, pitr.latest ?? '');
  }
  // DynamoDB can export a time only once it is restorable (a few minutes after it): wait for that, within --timeout.
  const end = toTime ?? exportTime!;
  const deadline = started.getTime() + opts.timeoutSeconds * 1000;
  for (const ref of refs) {
    let l = latest.get(ref.table)!;
    while (l < end) {
      if (now().getTime() + (deps.pollMs ?? 15_000) > deadline) {
        throw new InputError(
          `export --native: table ${ref.table} can be exported up to ${l} so far, not yet at ${end}; wait a few minutes, or allow more with ${opt('timeout')}`,
        );
      }
      reporter.info(`${ref.table}: restorable up to ${l}; waiting for ${end}`);
      await (deps.sleep ?? defaultSleep)(deps.pollMs ?? 15_000);
      l = (await pitrState(deps.dynamo, ref.table)).latest ?? '';
    }
  }

  // 4. The record, before anything is started, so --resume finds the times and tokens.
  const run: NativeRunManifest = existing ?? {
    format: 'dynamodb-rollback',
    layoutVersion: LAYOUT_VERSION,
    kind: NATIVE_KIND,
    exportType: incremental ? 'INCREMENTAL_EXPORT' : 'FULL_EXPORT',
    toolVersion: VERSION,
    status: 'in-progress',
    stage: opts.stage,
    region: opts.region,
    startTime: started.toISOString(),
    ...(incremental ? { fromTime, toTime, since: describeLocation(opts.since!) } : { exportTime }),
    tables: refs.map((ref) => ({
      table: ref.table,
      collection: ref.collection,
      exports: (windows ?? [null]).map((w): NativeTableExport => {
        const times = w ? { fromTime: new Date(w.from).toISOString(), toTime: new Date(w.to).toISOString() } : { exportTime: exportTime! };
        return {
          clientToken: clientToken({
            stage: opts.stage,
            table: ref.table,
            s3Uri: s3UriOf(loc),
            exportType: w ? 'INCREMENTAL_EXPORT' : 'FULL_EXPORT',
            ...times,
          }),
          ...times,
        };
      }),
    })),
  };
  run.status = 'in-progress';
  await writeRun(s3, loc, run, opts.sse);

  // 5. Start (or find) each export, its ARN recorded at once.
  if (run.exportType === 'INCREMENTAL_EXPORT')
    reporter.info(`incremental export of ${run.fromTime} to ${run.toTime} in ${run.tables[0]?.exports.length ?? 0} window(s) per table`);
  else reporter.info(`native export of every table at ${run.exportTime}`);
  for (const t of run.tables) {
    for (const entry of t.exports) {
      const d = await startExport(deps.dynamo, {
        table: t.table,
        tableArn: arns.get(t.table)!,
        bucket: loc.bucket,
        prefix: loc.prefix,
        sse: opts.sse,
        entry,
        incremental,
        lookUp: existing !== null,
      });
      if (!entry.exportArn) {
        entry.exportArn = d.ExportArn!;
        entry.dir = exportDirOf(d.ExportArn!);
        await writeRun(s3, loc, run, opts.sse);
      }
    }
  }

  // 6. Wait, then the record complete.
  const waited = await waitForExports(
    deps.dynamo,
    run.tables.flatMap((t) => t.exports.map((e) => ({ table: t.table, arn: e.exportArn! }))),
    { timeoutMs: opts.timeoutSeconds * 1000, pollMs: deps.pollMs ?? 15_000, now: () => now().getTime(), sleep: deps.sleep, reporter },
  );
  run.status = 'complete';
  run.endTime = now().toISOString();
  await writeRun(s3, loc, run, opts.sse);
  return {
    s3Uri: s3UriOf(loc),
    exportType: run.exportType,
    ...(run.exportTime ? { exportTime: run.exportTime } : {}),
    ...(run.fromTime ? { fromTime: run.fromTime, toTime: run.toTime } : {}),
    tables: run.tables.map((t) => ({
      table: t.table,
      collection: t.collection,
      exports: waited.filter((w) => t.exports.some((e) => e.exportArn === w.arn)),
    })),
    resumed: existing !== null,
    durationSeconds: Math.round((now().getTime() - started.getTime()) / 100) / 10,
  };
}

const noSince = async (): Promise<never> => {
  throw new Error('internal: export --native --since needs sinceTime');
};

async function readRun(s3: S3, loc: S3Location): Promise<NativeRunManifest | null> {
  const store = s3Store(s3, loc);
  const text = await store.readText(RUN_MANIFEST);
  if (text === null) return null;
  const label = store.describe(RUN_MANIFEST);
  const value = parseJsonText(text, label);
  if (!isNativeRun(value))
    throw new InputError(
      `${s3UriOf(loc)} holds an export that is not a native one (${RUN_MANIFEST}); choose an empty prefix for export --native`,
    );
  return parseNativeRun(value, label);
}

async function writeRun(s3: S3, loc: S3Location, run: NativeRunManifest, sse: NativeExportOptions['sse']): Promise<void> {
  const Key = s3Key(loc, RUN_MANIFEST);
  await s3.call({ operation: 'PutObject', resource: s3UriOf(loc, RUN_MANIFEST) }, (sdk) =>
    sdk.send(
      new PutObjectCommand({
        Bucket: loc.bucket,
        Key,
        Body: renderJson(run),
        ContentType: 'application/json',
        ServerSideEncryption: sse.algorithm as ServerSideEncryption,
        ...(sse.kmsKeyId ? { SSEKMSKeyId: sse.kmsKeyId } : {}),
      }),
    ),
  );
}

export function isFallback(o: NativeOutcome): o is { fallback: string } {
  return 'fallback' in o;
}
