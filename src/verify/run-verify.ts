/**
 * verify: the file database against the export, item by item, and with
 * --live the export against the tables as they are now. Differences are
 * findings (ok=false, exit 1); a bad invocation or a bad export is an
 * InputError (exit 2). Differences the rollback's report accounts for
 * (kept from the files by a merge, and the like) are listed apart and do
 * not fail. Reports ids, counts and attribute paths, never values.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DynamoClient } from '../clients/dynamodb.js';
import type { S3 } from '../clients/s3.js';
import type { TableRef } from '../config/tables.js';
import { InputError } from '../core/errors.js';
import type { Location } from '../core/location.js';
import type { Reporter } from '../core/reporter.js';
import { openExport, refuseOtherStage } from '../export/reader.js';
import { refuseNested } from '../state/real-paths.js';
import { replay } from '../core/recorded-reporter.js';
import { inWorkers } from '../core/worker-pool.js';
import type { ExportedTable } from '../export/source.js';
import type { AccountedItem, RollbackAccount } from './accounted.js';
import { type CollectionDiff, noneAccepted } from './collection-check.js';
import { MAX_STRING_LENGTH, readJsonFile } from './data-file.js';
import { sameDigest, type TableDigest } from './digest.js';
import { type FileKeys, PLAIN_KEYS } from './file-keys.js';
import { liveFromChanges } from './live-changes.js';
import { liveDigest } from './live-scan.js';
import { migrationFacts, type MigrationRulesUse, type RuleSwitches } from './migration-facts.js';
import { type CollectionJob, type CollectionOutcome, verifyCollection } from './verify-collection.js';
import { VERIFY_ROLE, type VerifyReply, type VerifyShared } from './verify-worker.js';
import { type ExportIdentity, loadRollbackReport, type ReportCollection, type RollbackReportView, whyNotApplicable } from './rollback-report.js';

/** accounted: every difference from the export is one the rollback report accounts for. */
export type CollectionStatus = 'ok' | 'accounted' | 'differs' | 'invalid' | 'not exported';

export interface CollectionReport extends CollectionDiff {
  collection: string;
  /** null for a data file whose collection is not in the export (checked for shape only). */
  table: string | null;
  /** The data file, relative to the repository root. */
  file: string;
  status: CollectionStatus;
  /** Why the file cannot be read as the app reads it. */
  problem: string | null;
  /** Differences the rollback report accounts for (not failures); missing, extra and changed hold only the rest. */
  accounted: AccountedItem[];
  /** Ids the rollback deleted because the file side had, yet in the file again (failures). */
  deletedButPresent: string[];
  /** Items without an id found in a reference whose digest is not the one the report gives there (failures: the report or the reference was changed). */
  keylessDigestMismatches: Array<{ id: string; reportId: string }>;
  /** What verify took of the report's digests of items without an id, and what it could not, one line each. */
  keylessNotes: string[];
}

/** The rollback report verify took into account, or found and set aside. */
export interface RollbackReportUse {
  path: string;
  used: boolean;
  /** Why it was set aside; null when used. */
  ignored: string | null;
  strategy: string | null;
  prefer: string | null;
  startedAt: string | null;
  /** Per collection, the ids whose other version the rollback's merge conflicts set aside (its lost lists): said, never passed over. */
  setAside: Array<{ collection: string; ids: string[] }>;
}

export interface LiveReport {
  collection: string;
  table: string;
  exported: TableDigest;
  /** null when the table no longer exists (or, read from an incremental export, when it changed). */
  live: TableDigest | null;
  same: boolean;
  /** --since: read from the incremental export, not a scan: the ids written since the export. */
  changedIds?: string[];
}

export interface VerifyResult {
  ok: boolean;
  from: string;
  dataDir: string;
  collections: CollectionReport[];
  /** null when no rollback report was given or found. */
  rollbackReport: RollbackReportUse | null;
  /** The migration rules verify applied, the facts it took from the rollback report, and notes on what it could not. */
  migrationRules: MigrationRulesUse;
  /** null without --live. */
  live: LiveReport[] | null;
}

export interface VerifyOptions {
  /** The export: a folder (absolute) or an S3 prefix. */
  from: Location;
  /** Repository root. */
  cwd: string;
  /** Data dir as configured (relative to cwd), for messages. */
  dataDir: string;
  /** The config's collection -> table map. */
  configTables: Record<string, string>;
  /** collection -> the attribute that is the file's id and the attributes the migration added; default id, none. */
  collections?: Record<string, FileKeys>;
  /** The config's migration rules; default all off. */
  rules?: RuleSwitches;
  /** Collections picked with --tables; undefined for all the export holds. */
  selected?: readonly TableRef[];
  live: boolean;
  /** Parallel scan segments for the live re-read. */
  segments: number;
  /** --live from this incremental export (export --native --since --from) instead of a scan. */
  since?: Location;
  /** Rollback report (absolute); undefined for the newest beside the data dir. */
  report?: string;
  /** The stage this run is for; an export of another stage is refused. */
  stage: string;
  /** Worker threads to check collections in (core/worker-pool.ts); default 1: all in this thread. */
  workers?: number;
  /** The longest text the app can read from one file; default Node's own limit (tests give a small one). */
  maxStringLength?: number;
}

export interface VerifyClients {
  reporter: Reporter;
  /** For an s3:// export. */
  s3?: S3;
  /** For --live. */
  dynamo?: DynamoClient;
}

export { statusLine } from './verify-collection.js';

export const DEFAULT_LIVE_SEGMENTS = 4;

export async function runVerify(options: VerifyOptions, clients: VerifyClients): Promise<VerifyResult> {
  const { reporter, cwd } = { reporter: clients.reporter, cwd: options.cwd };
  const config = { dataDir: options.dataDir, tables: options.configTables };
  const { from } = options;
  const dataDirAbs = path.resolve(cwd, config.dataDir);
  const dirStat = await stat(dataDirAbs).catch(() => null);
  if (!dirStat?.isDirectory()) throw new InputError(`data dir ${config.dataDir} is not a folder; check --data-dir (or dataDir in the config)`);
  const { segments } = options;
  if (!Number.isInteger(segments) || segments < 1) throw new InputError(`--segments ${segments}: give a whole number above 0`);
  if (options.live && options.since === undefined && !clients.dynamo) throw new Error('internal: verify --live needs a DynamoDB client');

  // A data dir that is, holds or lies in the export is a wrong path (one of the two names the wrong folder): refused, not compared.
  if (from.kind === 'dir') await refuseNested(dataDirAbs, [{ what: 'the export', path: from.path, option: '--from' }]);
  const maxLength = options.maxStringLength ?? MAX_STRING_LENGTH;

  const source = await openExport(from, { s3: clients.s3 });
  refuseOtherStage(source, options.stage);
  const tables = collectionsOf(source.tables, config.tables, options.selected);
  const { use: rollbackReport, accounts, report: usedReport } = await rollbackAccounts(
    options.report,
    dataDirAbs,
    { location: source.location, startTime: source.startTime, endTime: source.endTime },
    reporter,
  );
  const facts = migrationFacts(options.rules ?? NO_SWITCHES, usedReport, rollbackReport);
  const reported = new Map<string, ReportCollection>(usedReport?.collections.map((c) => [c.collection, c]) ?? []);
  // With no rollback report at all (verify before any rollback) that is expected: said, not warned.
  for (const note of facts.use.notes) {
    if (rollbackReport === null) reporter.info(note);
    else reporter.warning(note);
  }

  const collections: CollectionReport[] = [];
  const exported = new Map<string, TableDigest>();
  const jobs: CollectionJob[] = tables.map(({ collection, info }) => ({
    collection,
    info,
    dataDirAbs,
    dataDir: config.dataDir,
    keys: options.collections?.[collection] ?? PLAIN_KEYS,
    maxLength,
    digest: options.live,
    facts,
    account: accounts.get(collection),
    inReport: reported.get(collection),
  }));
  // In collection order, whichever thread checked it: the result and the log read the same with any number of workers.
  const take = ({ report, digest, notes }: CollectionOutcome) => {
    facts.use.notes.push(...notes);
    if (digest) exported.set(report.table!, digest);
    collections.push(report);
  };
  // An s3:// export is read through the main thread's client: no workers.
  const workers = from.kind === 's3' ? 1 : (options.workers ?? 1);
  if (workers > 1 && jobs.length > 1) {
    const shared: VerifyShared = { from };
    reporter.info(`verify: ${jobs.length} collections in ${Math.min(workers, jobs.length)} worker threads`);
    await inWorkers<VerifyShared, CollectionJob, VerifyReply>(VERIFY_ROLE, shared, jobs, workers, ({ outcome, events }) => {
      replay(events, reporter);
      take(outcome);
    }, (job) => `verify ${job.collection}`, largestFirst(jobs));
  } else {
    for (const job of jobs) take(await verifyCollection(job, source, reporter));
  }

  if (!options.selected) collections.push(...(await otherDataFiles(dataDirAbs, config.dataDir, new Set(tables.map((t) => t.collection)), maxLength)));

  let live: LiveReport[] | null = null;
  if (options.live && options.since !== undefined) {
    const found = await liveFromChanges(options.since, source, options.stage, tables.map((t) => ({ collection: t.collection, table: t.info.table })), clients.s3);
    reporter.info(`live: read the incremental export ${found.location} (${found.fromTime} to ${found.toTime}) instead of scanning`);
    live = found.tables.map((c) => {
      const same = c.changedIds.length === 0;
      if (!same) reporter.error(`table ${c.table}: ${changedLine(c.changedIds)}`);
      return { collection: c.collection, table: c.table, exported: exported.get(c.table)!, live: same ? exported.get(c.table)! : null, same, changedIds: c.changedIds };
    });
  } else if (options.live && clients.dynamo) {
    const client = clients.dynamo;
    live = [];
    for (const { collection, info } of tables) {
      const progress = reporter.progress(`live ${info.table}`, { unit: 'items', total: info.itemCount });
      const now = await liveDigest({
        client,
        table: info.table,
        segments,
        onItems: (n) => progress.add(n),
      });
      const before = exported.get(info.table)!;
      const same = now !== null && sameDigest(before, now);
      progress.done(same ? 'same as the export' : 'differs from the export');
      if (!same) reporter.error(`table ${info.table}: ${liveLine(before, now)}`);
      live.push({ collection, table: info.table, exported: before, live: now, same });
    }
  }

  const ok = collections.every((c) => c.status === 'ok' || c.status === 'accounted' || c.status === 'not exported') && (live?.every((l) => l.same) ?? true);
  return { ok, from: source.location, dataDir: config.dataDir, collections, rollbackReport, migrationRules: facts.use, live };
}

const NO_SWITCHES: RuleSwitches = { emptyStringsAsNull: false, rewroteUpdatedAt: false, generatedIds: false };

/** The largest collection first: the others fill the other workers meanwhile, so the wall time is close to the largest one's. */
function largestFirst(jobs: readonly CollectionJob[]): number[] {
  return jobs.map((j, i) => ({ i, n: j.info.itemCount })).sort((a, b) => b.n - a.n || a.i - b.i).map((x) => x.i);
}

/**
 * The rollback report's ids per collection, when the report describes this
 * data dir rolled back from this export; else none, with a warning saying why
 * (verify is then as strict as without a report).
 */
async function rollbackAccounts(
  given: string | undefined,
  dataDirAbs: string,
  exported: ExportIdentity,
  reporter: Reporter,
): Promise<{ use: RollbackReportUse | null; accounts: Map<string, RollbackAccount>; report: RollbackReportView | null }> {
  const accounts = new Map<string, RollbackAccount>();
  const load = await loadRollbackReport(given, dataDirAbs);
  if (!('report' in load)) {
    if (load.path === null) return { use: null, accounts, report: null };
    reporter.warning(`rollback report ${load.path} ${load.note}; not taken into account: every difference from the export counts`);
    return { use: { path: load.path, used: false, ignored: load.note, strategy: null, prefer: null, startedAt: null, setAside: [] }, accounts, report: null };
  }
  const r = load.report;
  const use: RollbackReportUse = { path: r.path, used: true, ignored: null, strategy: r.strategy, prefer: r.prefer, startedAt: r.startedAt, setAside: [] };
  const why = whyNotApplicable(r, exported, dataDirAbs);
  if (why) {
    reporter.warning(`rollback report ${r.path} ignored: ${why}; every difference from the export counts`);
    return { use: { ...use, used: false, ignored: why }, accounts, report: null };
  }
  reporter.info(`rollback report ${r.path} (${r.strategy}${r.strategy === 'merge' ? `, prefer ${r.prefer}` : ''}, started ${r.startedAt}): differences it accounts for are listed, not failed`);
  for (const c of r.collections) {
    if (r.strategy === 'merge' && c.lost.length > 0) {
      use.setAside.push({ collection: c.collection, ids: c.lost });
      reporter.warning(`${c.collection}: the rollback's merge set aside the other version of ${c.lost.length} item(s) in conflicts (prefer ${r.prefer}): ${c.lost.slice(0, 20).join(', ')}${c.lost.length > 20 ? ' ...' : ''}; the file holds the version the conflict took, the other is only in the rollback report`);
    }
    accounts.set(c.collection, {
      fromFiles: c.fromFiles,
      deletedByFiles: c.deletedByFiles,
      restoredFromBackup: c.restoredFromBackup,
      // backup drops writes only when the operator allowed it (else it refused, and the report is set aside above).
      acceptedLoss: r.strategy === 'backup' ? c.lost : [],
    });
  }
  return { use, accounts, report: r };
}

/** Which collection each exported table is, from the export itself or the config's map. */
function collectionsOf(
  exported: readonly ExportedTable[],
  configTables: Record<string, string>,
  wanted: readonly TableRef[] | undefined,
): Array<{ collection: string; info: ExportedTable }> {
  const byTable = new Map(Object.entries(configTables).map(([c, t]) => [t, c]));
  const out: Array<{ collection: string; info: ExportedTable }> = [];
  for (const info of exported) {
    const collection = info.collection ?? byTable.get(info.table);
    if (!collection) {
      throw new InputError(`table ${info.table} in the export is not in the config's tables map, so its data file is unknown; add it (collection: table) to the config`);
    }
    const twin = out.find((o) => o.collection === collection);
    if (twin) throw new InputError(`tables ${twin.info.table} and ${info.table} in the export are both collection ${collection}; export one of them`);
    out.push({ collection, info });
  }
  if (!wanted || wanted.length === 0) return out;
  const picked = out.filter((o) => wanted.some((w) => w.collection === o.collection || w.table === o.info.table));
  const absent = wanted.filter((w) => !picked.some((o) => w.collection === o.collection || w.table === o.info.table));
  if (absent.length > 0) {
    throw new InputError(`${absent.map((w) => w.collection).join(', ')}: not in the export; it holds ${out.map((o) => o.collection).join(', ') || 'no tables'}`);
  }
  return picked;
}

/** Data files of collections the export does not hold: the app reads them too, so they must still parse. */
async function otherDataFiles(dataDirAbs: string, dataDir: string, exported: Set<string>, maxLength: number): Promise<CollectionReport[]> {
  const names = (await readdir(dataDirAbs, { withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.json') && !exported.has(e.name.slice(0, -5)))
    .map((e) => e.name)
    .sort();
  const out: CollectionReport[] = [];
  for (const name of names) {
    // Never migrated, so in the app's own format (settings.json may be an object): it must only still parse.
    const read = await readJsonFile(path.join(dataDirAbs, name), maxLength);
    const problem = 'problem' in read ? read.problem : null;
    out.push({
      collection: name.slice(0, -5),
      table: null,
      file: `${dataDir.replace(/\/+$/, '')}/${name}`,
      status: problem ? 'invalid' : 'not exported',
      problem,
      expected: 0,
      found: 'raw' in read && Array.isArray(read.raw) ? read.raw.length : 0,
      missing: [],
      extra: [],
      changed: [],
      duplicateIds: [],
      duplicateExportIds: [],
      exportItemsWithoutId: 0,
      migration: noneAccepted(),
      accounted: [],
      deletedButPresent: [],
      keylessDigestMismatches: [],
      keylessNotes: [],
    });
  }
  return out;
}

/** The ids written since the export, as an incremental export shows them (at most 20 named). */
export function changedLine(ids: readonly string[]): string {
  const named = ids.slice(0, 20).join(', ');
  return `${ids.length} item${ids.length === 1 ? '' : 's'} written after the export (${named}${ids.length > 20 ? `, and ${ids.length - 20} more` : ''})`;
}

export function liveLine(before: TableDigest, now: TableDigest | null): string {
  if (now === null) return 'the table no longer exists';
  if (sameDigest(before, now)) return `${now.count} items, same as the export`;
  const delta = now.count - before.count;
  return delta === 0
    ? `same item count (${now.count}) but the content differs from the export: written after the export`
    : `${now.count} items now, ${before.count} in the export (${delta > 0 ? '+' : ''}${delta}): written after the export`;
}
