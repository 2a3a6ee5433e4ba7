/**
 * What the pull request reports: the rollback's JSON report (given, or the
 * newest beside the data dir), verify's --json result when given, and the
 * export's manifest checksums when the export is a folder here. Ids and
 * counts only; item values are never read. A rollback that refused, failed
 * or was a dry run is refused: the switch must not flip after it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { namesS3 } from '../core/location.js';
import { sha256File } from '../fsafe/hash.js';
import { ROLLBACK_REPORT_NAME, statePaths } from '../state/paths.js';
import { opt } from '../core/option-name.js';

export interface RecordCollection {
  collection: string;
  table: string;
  exportItems: number;
  /** Every numeric count the report holds (items, fromExport, keptFromFiles, conflicts, ...). */
  counts: Record<string, number>;
  conflicts: Array<{ id: string; kind: string; took: string; result: string }>;
  /** Versions written since the migration that the result does not hold, by kind. */
  lost: Record<string, string[]>;
  deletedIds: string[];
}

export interface RollbackRecord {
  path: string;
  strategy: string;
  prefer: string;
  allowDataLoss: boolean;
  export: { location: string; startTime?: string; endTime?: string };
  backup: string | null;
  startedAt: string;
  collections: RecordCollection[];
  precisionWarnings: number;
}

export interface VerifyCollection {
  collection: string;
  status: string;
  expected: number;
  found: number;
  missing: number;
  extra: number;
  changed: number;
  accounted: number;
}

export interface VerifyRecord {
  path: string;
  ok: boolean;
  collections: VerifyCollection[];
  /** null when verify ran without --live. */
  live: Array<{ table: string; same: boolean; collection?: string; exportItems?: number; liveItems?: number | null }> | null;
}

export interface ManifestSum {
  table: string;
  /** sha256 of the table's manifest-files.json (itself a sha256 per data file); null when not read. */
  sha256: string | null;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

async function readJson(file: string, what: string, option: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(`${what} ${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}); check ${option}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError(`${what} ${file} is not valid JSON; give the file the tool wrote`);
  }
}

/** The report given, else the newest one beside the data dir; bad input when there is none. */
export async function findReport(given: string | undefined, dataDirAbs: string): Promise<string> {
  if (given) return given;
  const dir = statePaths(dataDirAbs).reports;
  const names = await readdir(dir).catch(() => [] as string[]);
  const newest = names
    .filter((n) => ROLLBACK_REPORT_NAME.test(n))
    .sort()
    .pop();
  if (!newest) throw new InputError(`no rollback report in ${dir}; run rollback first, or give ${opt('report')}`);
  return path.join(dir, newest);
}

export async function readRollbackRecord(file: string): Promise<RollbackRecord> {
  const data = await readJson(file, 'rollback report', opt('report'));
  const bad = (why: string) => new InputError(`rollback report ${file}: ${why}; give the JSON report the rollback wrote`);
  if (!isRec(data) || data.command !== 'rollback') throw bad('command is not "rollback"');
  if (data.dryRun === true)
    throw new InputError(
      `rollback report ${file} is a dry run: nothing was rolled back, so the switch stays; run the rollback, then config-pr`,
    );
  if (typeof data.refused === 'string')
    throw new InputError(`rollback report ${file}: that rollback refused and wrote nothing; the switch stays`);
  if (typeof data.failed === 'string')
    throw new InputError(`rollback report ${file}: that rollback stopped partway; run undo, roll back again, then config-pr`);
  if (!isRec(data.export) || typeof data.export.location !== 'string') throw bad('export.location is not a string');
  if (!Array.isArray(data.collections)) throw bad('collections is not an array');
  const collections = data.collections.map((c, i): RecordCollection => {
    if (!isRec(c) || typeof c.collection !== 'string') throw bad(`collections[${i}].collection is not a string`);
    const counts = isRec(c.counts)
      ? (Object.fromEntries(Object.entries(c.counts).filter(([, v]) => typeof v === 'number')) as Record<string, number>)
      : {};
    const lost = isRec(c.lost) ? Object.fromEntries(Object.entries(c.lost).map(([k, v]) => [k, ids(v)])) : {};
    const conflicts = Array.isArray(c.conflicts)
      ? c.conflicts.filter(isRec).map((x) => ({ id: String(x.id), kind: String(x.kind), took: String(x.took), result: String(x.result) }))
      : [];
    return {
      collection: c.collection,
      table: typeof c.table === 'string' ? c.table : '',
      exportItems: num(c.exportItems),
      counts,
      conflicts,
      lost,
      deletedIds: ids(c.deletedIds),
    };
  });
  const time = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    path: file,
    strategy: String(data.strategy),
    prefer: String(data.prefer),
    allowDataLoss: data.allowDataLoss === true,
    export: { location: data.export.location, startTime: time(data.export.startTime), endTime: time(data.export.endTime) },
    backup: isRec(data.backup) && typeof data.backup.dir === 'string' ? data.backup.dir : null,
    startedAt: String(data.startedAt),
    collections,
    precisionWarnings: Array.isArray(data.precisionWarnings) ? data.precisionWarnings.length : 0,
  };
}

/** verify's result as `verify --json` prints it (or the bare result object). */
export async function readVerifyRecord(file: string): Promise<VerifyRecord> {
  const data = await readJson(file, 'verify result', opt('verify-result'));
  const result = isRec(data) && isRec(data.result) ? data.result : data;
  if (!isRec(result) || typeof result.ok !== 'boolean' || !Array.isArray(result.collections)) {
    throw new InputError(`verify result ${file}: not verify's result (no ok and collections); give the output of verify --json`);
  }
  const len = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  return {
    path: file,
    ok: result.ok,
    collections: result.collections.filter(isRec).map((c) => ({
      collection: String(c.collection),
      status: String(c.status),
      expected: num(c.expected),
      found: num(c.found),
      missing: len(c.missing),
      extra: len(c.extra),
      changed: len(c.changed),
      accounted: len(c.accounted),
    })),
    live: Array.isArray(result.live)
      ? result.live.filter(isRec).map((l) => ({
          table: String(l.table),
          same: l.same === true,
          collection: String(l.collection),
          exportItems: isRec(l.exported) ? num(l.exported.count) : 0,
          // null: the table is gone.
          liveItems: isRec(l.live) ? num(l.live.count) : null,
        }))
      : null,
  };
}

/** sha256 of each table's manifest-files.json, for an export folder readable here. */
export async function manifestSums(location: string, tables: string[], cwd: string): Promise<ManifestSum[]> {
  if (namesS3(location)) return tables.map((table) => ({ table, sha256: null }));
  const root = path.resolve(cwd, location);
  return Promise.all(
    tables.map(async (table) => ({ table, sha256: await sha256File(path.join(root, table, 'manifest-files.json')).catch(() => null) })),
  );
}
