/**
 * The preflight: is the ground ready for a rollback? Gathers the facts
 * (tables, PITR, migration backup, progress file, data dir, and what the
 * rollback will undo of the migration) and turns each blocking one into a
 * reason. Reads only, except a probe file created and removed in the data
 * dir.
 */
import path from 'node:path';
import type { DepsOf } from '../clients/deps.js';
import type { TableRef } from '../config/tables.js';
import type { CollectionSettings, MigrationSettings } from '../config/types.js';
import { describeError } from '../core/errors.js';
import { type Location, parseLocation } from '../core/location.js';
import { type BackupLocation, type ProgressInfo, readProgressFile } from '../migration/backup-location.js';
import { locateMigrationBackup } from '../migration/backup-source.js';
import { type ArtifactReport, migrationArtifacts } from './artifacts.js';
import { checkDataDir, currentFilesReadable, type DataDirState } from './data-dir.js';
import { type MigrationRunsState, migrationRunsState } from './migration-runs.js';
import type { StatusWorkers } from './status-worker.js';
import { checkTables, type TableState } from './tables.js';
import { opt } from '../core/option-name.js';

export interface BackupState {
  /** Relative to the repository root; null when none was found. */
  path: string | null;
  source: 'progress-file' | 'newest-folder';
  found: boolean;
  /** When it was made (ISO 8601), and from what. */
  createdAt: string | null;
  createdFrom: 'folder-name' | 'mtime' | null;
  ageDays: number | null;
  retentionDays: number;
  expired: boolean | null;
  problem: string | null;
  /** How it was chosen, when that is worth saying (a foreign absolute backupPath, a rolled_back progress file). */
  note: string | null;
}

export interface StatusResult {
  ready: boolean;
  /** Why a rollback should not start; empty when ready. */
  reasons: string[];
  /** Worth knowing, not blocking. */
  warnings: string[];
  endpoint: string | null;
  tables: TableState[];
  backup: BackupState;
  progress: ProgressInfo;
  dataDir: DataDirState;
  /** Per collection, what the rollback will undo of the migration (a live scan compared with the backup). */
  artifacts: ArtifactReport;
  /** A resumed migration (or windows the config gives): its runs, and per collection the run that migrated it; null when it ran once. */
  migrationRuns: MigrationRunsState | null;
}

export interface StatusOptions {
  tables: readonly TableRef[];
  /** Repository root; the paths below are relative to it, as the config gives them. */
  cwd: string;
  dataDir: string;
  backupDir: string;
  progressFile: string;
  retentionDays: number;
  /** Per collection: the attribute that becomes id, attributes dropped (defaults for any not listed). */
  collections: Record<string, CollectionSettings>;
  migration: MigrationSettings;
  /** Scan each table and compare it with the backup; false keeps status to describe calls. */
  scan: boolean;
  /** Parallel scan segments per table. */
  segments: number;
  /** export --native's --export-time (ISO 8601), checked against each table's PITR window. */
  exportTime?: string;
  /** Worker threads for the collections' comparisons; absent: all in this thread. */
  workers?: StatusWorkers;
}

/** s3: when backupDir is s3://bucket/prefix; reporter: shows the scans' progress. */
export type StatusDeps = DepsOf<'dynamo', 's3' | 'reporter' | 'now'>;

const DAY_MS = 86_400_000;

export async function runStatus(options: StatusOptions, deps: StatusDeps): Promise<StatusResult> {
  const { cwd } = options;
  const now = (deps.now ?? (() => new Date()))();

  const tables = await checkTables(deps.dynamo, options.tables);
  const progress = await readProgressFile(cwd, options.progressFile);
  const backupDir = parseBackupDir(options.backupDir);
  const location: BackupLocation =
    'problem' in backupDir
      ? { found: false, path: null, source: 'newest-folder', problem: backupDir.problem, reason: 'unreadable', looked: [] }
      : await locateMigrationBackup(cwd, backupDir, progress, deps.s3);
  const dataDir = await checkDataDir(cwd, options.dataDir);
  const runs = await migrationRunsState(deps.dynamo, tables, options, 'problem' in backupDir ? null : backupDir);
  const artifacts = await migrationArtifacts(
    deps.dynamo,
    tables,
    location,
    progress,
    {
      dataDir: path.resolve(cwd, options.dataDir),
      dataDirProblem: (await currentFilesReadable(cwd, options.dataDir)) ? null : dataDir.problem,
      backupOnS3: !('problem' in backupDir) && backupDir.kind === 's3',
      collections: options.collections,
      migration: options.migration,
      segments: options.segments,
      scan: options.scan,
      runs: runs.byCollection,
      ...(options.workers ? { workers: options.workers } : {}),
    },
    deps.reporter,
  );

  const backup: BackupState = location.found
    ? (() => {
        const ageDays = Math.round(((now.getTime() - location.createdAt.getTime()) / DAY_MS) * 100) / 100;
        return {
          path: location.path,
          source: location.source,
          found: true,
          createdAt: location.createdAt.toISOString(),
          createdFrom: location.createdFrom,
          ageDays,
          retentionDays: options.retentionDays,
          expired: ageDays > options.retentionDays,
          problem: null,
          note: location.note,
        };
      })()
    : {
        path: location.path,
        source: location.source,
        found: false,
        createdAt: null,
        createdFrom: null,
        ageDays: null,
        retentionDays: options.retentionDays,
        expired: null,
        problem: location.problem,
        note: null,
      };

  const reasons: string[] = [];
  const warnings: string[] = [];
  for (const t of tables) {
    if (t.state === 'missing') reasons.push(`table ${t.table} (collection ${t.collection}) missing`);
    else if (t.state !== 'ACTIVE') reasons.push(`table ${t.table} is ${t.state}, not ACTIVE`);
    if (t.pitr === 'DISABLED') warnings.push(`point-in-time recovery is off for ${t.table}: the on-demand backup is the only way back`);
    const window = exportTimeProblem(t, options.exportTime);
    if (window) reasons.push(window);
  }
  if (progress.problem) reasons.push(`progress file ${progress.path} ${progress.problem}; fix it so the migration backup can be found`);
  if (!progress.exists)
    warnings.push(`no progress file ${progress.path}; the newest folder in ${options.backupDir} is taken as the migration backup`);
  if (!backup.found) reasons.push(backup.problem ?? 'no migration backup');
  else if (backup.expired) {
    reasons.push(`migration backup ${backup.path} is ${backup.ageDays} days old, beyond retentionDays ${options.retentionDays}`);
  }
  if (backup.found && backup.createdFrom === 'mtime') {
    warnings.push(`the age of ${backup.path} comes from its modification time (its name holds no timestamp)`);
  }
  if (backup.note) warnings.push(`migration backup: ${backup.note}`);
  if (backup.ageDays !== null && backup.ageDays < 0) warnings.push(`migration backup ${backup.path} is dated in the future`);
  for (const p of artifacts.problems) reasons.push(`${p} (the rollback would refuse it)`);
  warnings.push(...artifacts.warnings);
  reasons.push(...runs.reasons);
  warnings.push(...runs.warnings);
  if (!dataDir.writable) reasons.push(dataDir.problem ?? `data dir ${dataDir.path} is not writable`);

  return {
    ready: reasons.length === 0,
    reasons,
    warnings,
    endpoint: deps.dynamo.scope.endpoint ?? null,
    tables,
    backup,
    progress,
    dataDir,
    artifacts,
    migrationRuns: runs.state,
  };
}

/** Why --export-time cannot be exported natively from this table, or null (a time after the window's end is only not yet restorable). */
function exportTimeProblem(
  t: { table: string; pitr: string; pitrWindow?: { earliest: string; latest: string } },
  exportTime: string | undefined,
): string | null {
  if (exportTime === undefined) return null;
  if (t.pitr !== 'ENABLED')
    return `${opt('export-time')}: point-in-time recovery is ${t.pitr === 'DISABLED' ? 'off' : 'unknown'} for ${t.table}, so it has no native export at ${exportTime}`;
  const at = new Date(exportTime).toISOString();
  if (t.pitrWindow && at < t.pitrWindow.earliest) {
    return `${opt('export-time')} ${at} is before ${t.table}'s point-in-time recovery window (${t.pitrWindow.earliest} to ${t.pitrWindow.latest})`;
  }
  return null;
}

/**
 * The backup dir, parsed here rather than by the command: status answers a
 * malformed one with a reason (not ready), as one it cannot list, and
 * prints it as the config gives it (a folder stays relative to cwd).
 */
function parseBackupDir(text: string): Location | { problem: string } {
  try {
    return parseLocation(text, 'backupDir (--backup-dir)');
  } catch (err) {
    return { problem: describeError(err) };
  }
}
