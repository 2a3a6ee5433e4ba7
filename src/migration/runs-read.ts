/**
 * The runs of the migration as found on disk: every folder of the backup
 * dir (its time from its name) and the progress file's evidence, handed to
 * the pure migrationRuns. Reads only; never prints the progress file. A
 * backup dir on S3 is not listed here: the backup the progress file names
 * is used as before (docs/design.md, "A resumed migration").
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Location } from '../core/location.js';
import { NO_EVIDENCE, type ProgressEvidence, progressEvidence } from './progress-evidence.js';
import { type BackupFolder, migrationRuns, NO_RUNS, type RunsFound } from './runs.js';
import { timestampFromName } from './timestamp-name.js';

export interface RunsOnDisk {
  /** The backup dir, absolute; null when it is on S3 or cannot be listed. */
  dir: string | null;
  folders: BackupFolder[];
  evidence: ProgressEvidence;
  found: RunsFound;
}

/** backupDir null: status could not parse it (it reports why); like one on S3, nothing here to list. */
export async function readMigrationRuns(
  cwd: string,
  backupDir: Location | null,
  progressFile: string,
  windowMinutes: number,
): Promise<RunsOnDisk> {
  const evidence = await readFile(path.resolve(cwd, progressFile), 'utf8').then(
    (text) => {
      try {
        return progressEvidence(JSON.parse(text));
      } catch {
        return NO_EVIDENCE;
      }
    },
    () => NO_EVIDENCE,
  );
  if (backupDir === null || backupDir.kind === 's3') return { dir: null, folders: [], evidence, found: NO_RUNS };
  const dir = path.resolve(cwd, backupDir.path);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => null);
  if (!entries) return { dir: null, folders: [], evidence, found: NO_RUNS };
  const folders = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => ({ name: e.name, time: timestampFromName(e.name)?.getTime() ?? null }));
  return { dir, folders, evidence, found: migrationRuns(folders, evidence, windowMinutes) };
}
