/**
 * The scratch events app, as a repository with a bare origin: the nine data
 * files as they are a month after the migration, the migration's backup
 * and progress file, the committed switch targets, the app's commands, the
 * config. Its tables are seeded by seed.ts.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { APP_PACKAGE_JSON, APP_SCRIPTS } from './app-scripts.js';
import { appFormat, BACKUP_NAME, currentFiles, END_TIME, filesAtMigration, MIGRATED, START_TIME, UNMIGRATED } from './data.js';
import { APP_FILES, SWITCH_TARGETS_YAML } from './repo-files.js';

const exec = promisify(execFile);

export interface ScratchRepo {
  /** The working copy (never used by the workflow: jobs clone the origin). */
  dir: string;
  /** The bare repository the jobs clone and config-pr pushes to. */
  origin: string;
  branch: string;
}

export const DRILL_GIT_IDENTITY = [
  '-c',
  'user.name=dynamodb-rollback drill',
  '-c',
  'user.email=drill@localhost',
  '-c',
  'init.defaultBranch=main',
  '-c',
  'commit.gpgsign=false',
];

export function git(cwd: string, ...args: string[]): Promise<{ stdout: string }> {
  return exec('git', [...DRILL_GIT_IDENTITY, ...args], { cwd });
}

function configYaml(stage: string, region: string): string {
  return `# The scratch events app of dynamodb-rollback's drill
stage: ${stage}
region: ${region}
# The scratch data's migration ran in June 2024: its backup is kept as long as the drill is rehearsed.
retentionDays: 36500
${SWITCH_TARGETS_YAML}pullRequest:
  labels: [rollback]
# The app's commands get only the basics (no credentials, no tokens); its flag folder is named to pass on.
commands:
  passEnv: [APP_STATE_DIR]
`;
}

/** The app's files, relative path -> text. */
export function scratchAppFiles(stage: string, region: string): Record<string, string> {
  const files: Record<string, string> = { ...APP_FILES(stage), ...APP_SCRIPTS, 'package.json': APP_PACKAGE_JSON };
  files['.gitignore'] = '.env\nnode_modules/\nserver/.dynamodb-rollback/\n.app-state/\n';
  const current = currentFiles();
  const atMigration = filesAtMigration();
  for (const c of MIGRATED) {
    files[`server/data/${c}.json`] = appFormat(current[c]);
    files[`migration-backups/${BACKUP_NAME}/${c}.json`] = appFormat(atMigration[c]);
  }
  for (const [name, text] of Object.entries(UNMIGRATED)) files[`server/data/${name}`] = text;
  const total = (c: (typeof MIGRATED)[number]) => atMigration[c].length;
  // The path the migration wrote on the production host: the tool finds the backup by its name here.
  files['migration-progress.json'] = appFormat({
    startTime: START_TIME,
    endTime: END_TIME,
    status: 'completed',
    collections: Object.fromEntries(MIGRATED.map((c) => [c, { total: total(c), migrated: total(c) }])),
    backupPath: `/home/deploy/lightningtalk-circle/migration-backups/${BACKUP_NAME}`,
  });
  files['.github/dynamodb-rollback.yml'] = configYaml(stage, region);
  return files;
}

export async function writeScratchApp(root: string, stage: string, region: string): Promise<ScratchRepo> {
  const dir = path.join(root, 'app');
  for (const [name, text] of Object.entries(scratchAppFiles(stage, region))) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  await git(root, 'init', '--quiet', dir);
  await git(dir, 'add', '--all');
  await git(dir, 'commit', '--quiet', '-m', 'The events app, a month after its migration to DynamoDB');
  return withOrigin(root, dir);
}

/** A bare origin made from the repository's current branch, the repository's remote pointed at it. */
export async function withOrigin(root: string, dir: string): Promise<ScratchRepo> {
  const origin = path.join(root, 'origin.git');
  const branch = (await git(dir, 'rev-parse', '--abbrev-ref', 'HEAD')).stdout.trim();
  await git(root, 'clone', '--quiet', '--bare', dir, origin);
  await git(origin, 'symbolic-ref', 'HEAD', `refs/heads/${branch}`);
  await git(dir, 'remote', 'remove', 'origin').catch(() => undefined);
  await git(dir, 'remote', 'add', 'origin', origin);
  return { dir, origin, branch };
}
