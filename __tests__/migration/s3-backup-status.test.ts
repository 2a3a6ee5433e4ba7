/**
 * status with backupDir as s3://bucket/prefix: the backup found by listing
 * (nothing downloaded), its age from the folder's name; a missing bucket or
 * an empty prefix is a reason not to start, never a crash.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { execute } from '../../src/commands/execute.js';
import { silentReporter } from '../../src/core/reporter.js';
import { renderText } from '../../src/core/summary.js';
import { TEMP_PREFIX } from '../../src/migration/s3-backup-download.js';
import type { StatusResult } from '../../src/status/status.js';
import { createBucket, createTable, dynamoEndpoint, REGION, s3Endpoint, testDynamo, testS3, uniqueName } from '../harness/aws.js';

const BACKUP = '2024-05-01T10-30-00-000Z';
let dir: string;
let stage: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-s3-status-'));
  stage = uniqueName('st');
  for (const c of ['events', 'participants', 'users', 'talks']) await createTable(testDynamo(), `lightningtalk-circle-${stage}-${c}`);
  await mkdir(path.join(dir, 'server/data'), { recursive: true });
  await mkdir(path.join(dir, '.github'), { recursive: true });
  await writeFile(path.join(dir, '.github/dynamodb-rollback.yml'), `stage: ${stage}\nregion: ${REGION}\nretentionDays: 100000\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const status = async (backupDir: string) => {
  const ex = await execute(
    'status',
    { endpoint: dynamoEndpoint(), 's3-endpoint': s3Endpoint(), 'backup-dir': backupDir },
    silentReporter,
    dir,
  );
  return { r: ex.result as StatusResult, outputs: ex.presentation.outputs, said: renderText(ex.presentation.summary) };
};

describe('status --backup-dir s3://bucket/prefix', () => {
  it('finds the newest backup folder by listing, with its age from the folder name, and downloads nothing', async () => {
    const bucket = await createBucket(testS3());
    for (const name of ['2024-04-01T00-00-00-000Z', BACKUP]) {
      await testS3().send(new PutObjectCommand({ Bucket: bucket, Key: `backups/${name}/events.json`, Body: '[]' }));
    }
    const tempsBefore = (await readdir(os.tmpdir())).filter((n) => n.startsWith(TEMP_PREFIX));
    const { r, outputs, said } = await status(`s3://${bucket}/backups`);
    expect(r.backup).toMatchObject({
      found: true,
      path: `s3://${bucket}/backups/${BACKUP}`,
      source: 'newest-folder',
      createdAt: '2024-05-01T10:30:00.000Z',
      createdFrom: 'folder-name',
    });
    const ageDays = (Date.now() - Date.parse('2024-05-01T10:30:00.000Z')) / 86_400_000;
    expect(Math.abs(r.backup.ageDays! - ageDays)).toBeLessThan(0.1);
    expect(outputs['backup-path']).toBe(`s3://${bucket}/backups/${BACKUP}`);
    expect(said).toContain(`s3://${bucket}/backups/${BACKUP}`);
    expect(r.ready).toBe(true);
    expect((await readdir(os.tmpdir())).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual(tempsBefore);
  });

  it('the folder the progress file names, by its last segment', async () => {
    const bucket = await createBucket(testS3());
    for (const name of ['2024-04-01T00-00-00-000Z', BACKUP]) {
      await testS3().send(new PutObjectCommand({ Bucket: bucket, Key: `backups/${name}/events.json`, Body: '[]' }));
    }
    await writeFile(
      path.join(dir, 'migration-progress.json'),
      JSON.stringify({ status: 'completed', backupPath: '/srv/app/migration-backups/2024-04-01T00-00-00-000Z' }),
    );
    try {
      const { r } = await status(`s3://${bucket}/backups`);
      expect(r.backup).toMatchObject({ found: true, path: `s3://${bucket}/backups/2024-04-01T00-00-00-000Z`, source: 'progress-file' });
    } finally {
      await rm(path.join(dir, 'migration-progress.json'));
    }
  });

  it("a folder without a time in its name, named by the progress file: its age from its objects' times, said so", async () => {
    const bucket = await createBucket(testS3());
    await testS3().send(new PutObjectCommand({ Bucket: bucket, Key: 'backups/latest/events.json', Body: '[]' }));
    await writeFile(path.join(dir, 'migration-progress.json'), JSON.stringify({ backupPath: 'migration-backups/latest' }));
    try {
      const { r } = await status(`s3://${bucket}/backups`);
      expect(r.backup).toMatchObject({ found: true, path: `s3://${bucket}/backups/latest`, createdFrom: 'mtime' });
      expect(r.backup.ageDays!).toBeLessThan(1);
      expect(r.warnings.join('\n')).toContain('modification time');
    } finally {
      await rm(path.join(dir, 'migration-progress.json'));
    }
  });

  it('a missing bucket or an empty prefix: not ready, naming the URI', async () => {
    const missing = `s3://${uniqueName('nobkt')}/backups`;
    const a = await status(missing);
    expect(a.r.ready).toBe(false);
    expect(a.r.reasons.join('\n')).toMatch(new RegExp(`migration backup ${missing}: bucket .* not found`));

    const bucket = await createBucket(testS3());
    const b = await status(`s3://${bucket}/backups`);
    expect(b.r.ready).toBe(false);
    expect(b.r.reasons.join('\n')).toContain(`no migration backup: s3://${bucket}/backups is empty`);
  });
});
