/**
 * A copy of the app (`drill --app`) rehearses against the scratch data the
 * drill seeds its tables with, so it needs the migration's state that data
 * belongs to: the files as they are now, the migration backup and the
 * progress file. An app repository commits none of them (its backups and
 * progress file live on the host that ran the migration), so where the copy
 * has no backup, the scratch one is written into it and committed, said so;
 * a copy that has its own is left as it is.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../../config/types.js';
import { namesS3 } from '../../core/location.js';
import { appFormat, currentFiles, END_TIME, filesAtMigration, MIGRATED, START_TIME } from './data.js';

/**
 * Not a timestamp: the scratch migration ran in 2024, and a backup named by
 * that date would fail the app's own retentionDays check, which is about
 * real backups. Named so, its age is the checkout's (status says "from its
 * mtime"), and the progress file still gives the migration's times.
 */
export const COPY_BACKUP_NAME = 'dynamodb-rollback-drill-scratch';
import { git } from './write-app.js';

/** Whether the state was written (false: the copy had a backup of its own, or keeps it on S3). */
export async function provideMigrationState(dir: string, config: ResolvedConfig): Promise<boolean> {
  if (namesS3(config.backupDir)) return false;
  // A backup is a folder in backupDir (a README beside none is no backup).
  const entries = await readdir(path.join(dir, config.backupDir), { withFileTypes: true }).catch(() => []);
  const backups = entries.filter((e) => e.isDirectory());
  const progress = await stat(path.join(dir, config.progressFile)).then(
    () => true,
    () => false,
  );
  if (backups.length > 0 || progress) return false;
  const current = currentFiles();
  const atMigration = filesAtMigration();
  const files: Record<string, string> = {};
  for (const c of MIGRATED) {
    files[path.join(config.dataDir, `${c}.json`)] = appFormat(current[c]);
    files[path.join(config.backupDir, COPY_BACKUP_NAME, `${c}.json`)] = appFormat(atMigration[c]);
  }
  files[config.progressFile] = appFormat({
    startTime: START_TIME,
    endTime: END_TIME,
    status: 'completed',
    collections: Object.fromEntries(MIGRATED.map((c) => [c, { total: atMigration[c].length, migrated: atMigration[c].length }])),
    backupPath: `/drill/${config.backupDir}/${COPY_BACKUP_NAME}`,
  });
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  // -f: the app's .gitignore usually ignores its backups and progress file; in the copy they must reach the origin the workflows check out.
  await git(dir, 'add', '--force', '--', ...Object.keys(files));
  await git(dir, 'commit', '--quiet', '-m', "The drill's migration state: the scratch data its tables are seeded with");
  const branch = (await git(dir, 'rev-parse', '--abbrev-ref', 'HEAD')).stdout.trim();
  await git(dir, 'push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`);
  return true;
}
