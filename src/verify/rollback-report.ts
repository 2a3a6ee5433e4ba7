/**
 * The rollback's JSON report, read as verify's own view of it: which ids'
 * final state did not come from the export (kept from the files, deleted
 * on the file side, restored from the backup, dropped with
 * --allow-data-loss). The report file is the only thing shared with the
 * rollback, never its code, so its shape is checked here. Ids only.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { ROLLBACK_REPORT_NAME, statePaths } from '../state/paths.js';
import { opt } from '../core/option-name.js';

export interface ReportCollection {
  collection: string;
  fromFiles: string[];
  deletedByFiles: string[];
  restoredFromBackup: string[];
  /** Every lost.* id: versions written since the migration that the result does not hold. */
  lost: string[];
  /** Ids the migration generated for items that had none, dropped by the rollback (migration.generatedIds). */
  generatedIds: string[];
  /** The collection file as the rollback named it (items without an id in it are named by it); null when not recorded. */
  file: string | null;
  /** Report name of an item without an id -> the digest of its content there (keylessDigests); empty in a report of an older version. */
  keylessDigests: Map<string, string>;
  /** The run of a resumed migration the rollback merged this collection from (migrationRun): its backup folder and window; null when the report's one backup and window apply. */
  run: { backup: string; windowStart: string; windowEnd: string } | null;
}

/**
 * How the rollback's report names an item without an id: by where it was,
 * the migration backup or the collection file before the rollback, and its
 * 1-based position there. The report's format, not the rollback's code.
 */
export function keylessLabel(from: 'backup' | 'before', position: number, file: string | null): string | null {
  if (from === 'backup') return `(no id: migration backup item ${position})`;
  return file === null ? null : `(no id: ${file} item ${position})`;
}

/** Which place a report name of an item without an id points into (the inverse of keylessLabel's first argument). */
export function keylessFrom(reportId: string): 'backup' | 'before' {
  return reportId.startsWith('(no id: migration backup item ') ? 'backup' : 'before';
}

/** The migration rules the rollback applied and the window it took the migration's timestamps from. */
export interface ReportMigration {
  emptyStringsAsNull: boolean;
  rewroteUpdatedAt: boolean;
  generatedIds: boolean;
  windowStart: string | null;
  windowEnd: string | null;
}

export interface RollbackReportView {
  path: string;
  strategy: string;
  prefer: string;
  dryRun: boolean;
  refused: boolean;
  /** The rollback stopped partway through writing. */
  failed: boolean;
  allowDataLoss: boolean;
  dataDir: string;
  export: ExportIdentity;
  startedAt: string;
  collections: ReportCollection[];
  /** null for a report of a version that did not record it. */
  migration: ReportMigration | null;
  /** The migration backup folder the rollback read; null when none was used. */
  backupDir: string | null;
  /** The data dir as it was before the rollback (a snapshot folder); null when nothing was written. */
  snapshot: string | null;
}

export interface ExportIdentity {
  location: string;
  startTime?: string;
  endTime?: string;
}

/** A report to use or judge, or why there is none to use (a default location with nothing usable in it). */
export type ReportLoad = { report: RollbackReportView } | { path: string | null; note: string };

/**
 * The report given with --report (any problem is bad input), else the newest
 * report beside the data dir of a rollback that wrote (a problem there only
 * means it is not used).
 */
export async function loadRollbackReport(given: string | undefined, dataDirAbs: string): Promise<ReportLoad> {
  if (given !== undefined) {
    const read = await readReport(given);
    if ('problem' in read) {
      throw new InputError(
        read.missing
          ? `rollback report ${given} does not exist; give the report the rollback wrote (its report output), or leave ${opt('report')} out to use the newest beside the data dir`
          : `rollback report ${given}: ${read.problem}; give the JSON report the rollback wrote`,
      );
    }
    return { report: read.report };
  }
  const dir = statePaths(dataDirAbs).reports;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { path: null, note: `no rollback report in ${dir}` }
      : { path: dir, note: `cannot be read (${code ?? 'error'})` };
  }
  // Names hold the start time, so name order is time order. A dry run or a
  // refusal wrote nothing, so the data dir is still the previous rollback's.
  const newestFirst = names
    .filter((n) => ROLLBACK_REPORT_NAME.test(n))
    .sort()
    .reverse();
  for (const name of newestFirst) {
    const file = path.join(dir, name);
    const read = await readReport(file);
    if ('problem' in read) return { path: file, note: read.problem };
    if (!read.report.dryRun && !read.report.refused) return { report: read.report }; // a failed one is judged (and ignored) below
  }
  return { path: null, note: `no rollback report in ${dir}` };
}

/** Why the report does not describe this data dir as rolled back from this export; null when it does. */
export function whyNotApplicable(r: RollbackReportView, exported: ExportIdentity, dataDirAbs: string): string | null {
  if (r.dryRun) return 'it is a dry run (nothing was written)';
  if (r.refused) return 'that rollback refused and wrote nothing';
  if (r.failed) return 'that rollback stopped partway through writing (run undo, then roll back again)';
  if (path.resolve(r.dataDir) !== path.resolve(dataDirAbs)) return `it is for data dir ${r.dataDir}, not ${dataDirAbs}`;
  // One export run copied to two places (--out and --s3-uri) is the same export: its recorded
  // start and end times identify the run wherever it is read from.
  const sameRun = r.export.startTime !== undefined && r.export.startTime === exported.startTime && r.export.endTime === exported.endTime;
  if (!sameRun && r.export.location !== exported.location) return `it is for export ${r.export.location}, not ${exported.location}`;
  // The same folder may have been exported again since: the times tell the runs apart.
  for (const k of ['startTime', 'endTime'] as const) {
    const a = r.export[k];
    const b = exported[k];
    if (a !== undefined && b !== undefined && a !== b) return `it is for an export of ${exported.location} with ${k} ${a}, not ${b}`;
  }
  return null;
}

type Read = { report: RollbackReportView } | { problem: string; missing: boolean };

async function readReport(file: string): Promise<Read> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: `cannot be read (${code ?? 'error'})`, missing: code === 'ENOENT' };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'not valid JSON', missing: false };
  }
  const shape = viewOf(data, file);
  return typeof shape === 'string' ? { problem: `not a rollback report (${shape})`, missing: false } : { report: shape };
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The view, or the first field that is wrong. Lists a report of an older version lacks count as empty. */
function viewOf(data: unknown, file: string): RollbackReportView | string {
  if (!isRec(data) || data.command !== 'rollback') return 'command is not "rollback"';
  for (const k of ['strategy', 'prefer', 'dataDir', 'startedAt'] as const) if (typeof data[k] !== 'string') return `${k} is not a string`;
  if (typeof data.dryRun !== 'boolean') return 'dryRun is not true or false';
  if (data.refused !== null && typeof data.refused !== 'string') return 'refused is neither null nor a string';
  if (data.failed !== undefined && data.failed !== null && typeof data.failed !== 'string') return 'failed is neither null nor a string';
  const exp = data.export;
  if (!isRec(exp) || typeof exp.location !== 'string') return 'export.location is not a string';
  if (!Array.isArray(data.collections)) return 'collections is not an array';
  const collections: ReportCollection[] = [];
  for (const [i, c] of data.collections.entries()) {
    if (!isRec(c) || typeof c.collection !== 'string') return `collections[${i}].collection is not a string`;
    const ids = (k: string): string[] | string =>
      c[k] === undefined ? [] : isIds(c[k]) ? c[k] : `collections[${i}].${k} is not a list of ids`;
    const fromFiles = ids('fromFiles');
    const deletedByFiles = ids('deletedByFiles');
    const restoredFromBackup = ids('restoredFromBackup');
    if (typeof fromFiles === 'string') return fromFiles;
    if (typeof deletedByFiles === 'string') return deletedByFiles;
    if (typeof restoredFromBackup === 'string') return restoredFromBackup;
    const lost: string[] = [];
    if (c.lost !== undefined) {
      if (!isRec(c.lost)) return `collections[${i}].lost is not an object`;
      for (const [k, v] of Object.entries(c.lost)) {
        if (!isIds(v)) return `collections[${i}].lost.${k} is not a list of ids`;
        lost.push(...v);
      }
    }
    let generatedIds: string[] = [];
    if (c.migration !== undefined) {
      if (!isRec(c.migration)) return `collections[${i}].migration is not an object`;
      const g = c.migration.generatedIds;
      if (g !== undefined && !isIds(g)) return `collections[${i}].migration.generatedIds is not a list of ids`;
      generatedIds = g ?? [];
    }
    if (c.file !== undefined && typeof c.file !== 'string') return `collections[${i}].file is not a string`;
    const keylessDigests = new Map<string, string>();
    if (c.keylessDigests !== undefined) {
      if (!Array.isArray(c.keylessDigests)) return `collections[${i}].keylessDigests is not an array`;
      for (const [j, d] of c.keylessDigests.entries()) {
        if (!isRec(d) || typeof d.id !== 'string' || typeof d.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(d.sha256)) {
          return `collections[${i}].keylessDigests[${j}] is not an id and a sha256 of 64 hex digits`;
        }
        keylessDigests.set(d.id, d.sha256);
      }
    }
    const run = runOf(c.migrationRun);
    if (typeof run === 'string') return `collections[${i}].migrationRun ${run}`;
    collections.push({
      collection: c.collection,
      fromFiles,
      deletedByFiles,
      restoredFromBackup,
      lost,
      generatedIds,
      file: typeof c.file === 'string' ? c.file : null,
      keylessDigests,
      run,
    });
  }
  const migration = migrationOf(data.migration);
  if (typeof migration === 'string') return migration;
  const backup = data.backup;
  if (backup !== undefined && backup !== null && (!isRec(backup) || typeof backup.dir !== 'string')) return 'backup.dir is not a string';
  if (data.snapshot !== undefined && data.snapshot !== null && typeof data.snapshot !== 'string')
    return 'snapshot is neither null nor a string';
  const time = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    path: file,
    strategy: data.strategy as string,
    prefer: data.prefer as string,
    dryRun: data.dryRun,
    refused: data.refused !== null,
    failed: typeof data.failed === 'string',
    allowDataLoss: data.allowDataLoss === true,
    dataDir: data.dataDir as string,
    export: { location: exp.location, startTime: time(exp.startTime), endTime: time(exp.endTime) },
    startedAt: data.startedAt as string,
    collections,
    migration,
    backupDir: isRec(backup) ? (backup.dir as string) : null,
    snapshot: typeof data.snapshot === 'string' ? data.snapshot : null,
  };
}

function migrationOf(m: unknown): ReportMigration | null | string {
  if (m === undefined) return null;
  if (!isRec(m)) return 'migration is not an object';
  for (const k of ['emptyStringsAsNull', 'rewroteUpdatedAt', 'generatedIds'] as const)
    if (typeof m[k] !== 'boolean') return `migration.${k} is not true or false`;
  for (const k of ['windowStart', 'windowEnd'] as const) {
    const v = m[k];
    if (v !== undefined && v !== null && (typeof v !== 'string' || !Number.isFinite(Date.parse(v))))
      return `migration.${k} is neither null nor a time`;
  }
  const time = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    emptyStringsAsNull: m.emptyStringsAsNull as boolean,
    rewroteUpdatedAt: m.rewroteUpdatedAt as boolean,
    generatedIds: m.generatedIds as boolean,
    windowStart: time(m.windowStart),
    windowEnd: time(m.windowEnd),
  };
}

/** collections[].migrationRun: absent or null, or a backup folder and a window of two times. */
function runOf(r: unknown): ReportCollection['run'] | string {
  if (r === undefined || r === null) return null;
  if (!isRec(r) || typeof r.backup !== 'string') return 'has no backup folder';
  const t = (v: unknown) => typeof v === 'string' && Number.isFinite(Date.parse(v));
  if (!t(r.windowStart) || !t(r.windowEnd)) return 'has no window of two times';
  return { backup: r.backup, windowStart: r.windowStart as string, windowEnd: r.windowEnd as string };
}
