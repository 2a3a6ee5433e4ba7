import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import { dynamoFor, s3For } from '../../src/commands/clients.js';
import { statusCommand, statusOptions } from '../../src/commands/status.js';
import { InputError } from '../../src/core/errors.js';
import { renderText } from '../../src/core/summary.js';
import { runStatus, type StatusResult } from '../../src/status/status.js';
import { createTable, dynamoEndpoint, testDynamo, uniqueName } from '../harness/aws.js';
import { contextFor } from '../verify/context.js';
import { recorder } from '../verify/recorder.js';

const COLLECTIONS = ['events', 'participants', 'users', 'talks'];
const BACKUP = '2024-05-01T10-30-00-000Z';
const NOW = new Date('2024-05-11T10:30:00Z'); // ten days after BACKUP

interface Ground {
  dir: string;
  stage: string;
}

/** A repository like the events app's after the migration, with its tables in dynalite (stage-unique names). */
async function ground(opts: { skipTable?: string; progress?: unknown; backupName?: string | null } = {}): Promise<Ground> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'status-'));
  const stage = uniqueName('st');
  const client = testDynamo();
  for (const c of COLLECTIONS) {
    if (c !== opts.skipTable) await createTable(client, `lightningtalk-circle-${stage}-${c}`);
  }
  await mkdir(path.join(dir, 'server/data'), { recursive: true });
  const backupName = opts.backupName === undefined ? BACKUP : opts.backupName;
  if (backupName !== null) {
    await mkdir(path.join(dir, 'migration-backups', backupName), { recursive: true });
    await writeFile(path.join(dir, 'migration-backups', backupName, 'events.json'), '[]');
  }
  const progress =
    opts.progress === undefined
      ? { status: 'completed', backupPath: `migration-backups/${BACKUP}`, secretNote: 'do-not-print-me' }
      : opts.progress;
  if (progress !== null) {
    await writeFile(path.join(dir, 'migration-progress.json'), typeof progress === 'string' ? progress : JSON.stringify(progress));
  }
  return { dir, stage };
}

async function status(g: Ground, now = NOW, extra: Record<string, unknown> = {}): Promise<StatusResult> {
  const ctx = await contextFor(g.dir, { stage: g.stage, endpoint: dynamoEndpoint(), ...extra });
  return runStatus(statusOptions(ctx), { dynamo: await dynamoFor(ctx), now: () => now });
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});
async function tracked(p: Promise<Ground>): Promise<Ground> {
  const g = await p;
  dirs.push(g.dir);
  return g;
}

describe('status', () => {
  it('is ready when tables are ACTIVE, the backup is within retention and the data dir is writable', async () => {
    const g = await tracked(ground());
    const r = await status(g);
    expect(r.reasons).toEqual([]);
    expect(r.ready).toBe(true);
    expect(r.tables.map((t) => [t.collection, t.state])).toEqual(COLLECTIONS.map((c) => [c, 'ACTIVE']));
    // dynalite has no DescribeContinuousBackups: said so, not guessed.
    expect(r.tables.every((t) => t.pitr === 'unknown' && /does not support DescribeContinuousBackups/.test(t.pitrNote ?? ''))).toBe(true);
    expect(r.backup).toMatchObject({
      found: true,
      path: `migration-backups/${BACKUP}`,
      source: 'progress-file',
      createdFrom: 'folder-name',
      ageDays: 10,
      expired: false,
    });
    expect(r.progress.state).toBe('status=completed');
    expect(r.dataDir.writable).toBe(true);
    // The write probe is gone.
    expect(await readdir(path.join(g.dir, 'server/data'))).toEqual([]);

    const p = statusCommand.present(r);
    expect(p.ok).toBe(true);
    expect(p.outputs).toMatchObject({
      ready: 'true',
      reasons: '[]',
      'backup-path': `migration-backups/${BACKUP}`,
      'backup-age-days': '10',
      'progress-state': 'status=completed',
    });
    expect(JSON.parse(p.outputs.pitr!)).toEqual(
      Object.fromEntries(COLLECTIONS.map((c) => [`lightningtalk-circle-${g.stage}-${c}`, 'unknown'])),
    );
    // Where each table name came from: here the built-in default, as no config names the tables.
    expect(p.summary.notes).toContain(
      `table lightningtalk-circle-${g.stage}-events (events): name from default lightningtalk-circle-\${stage}-events`,
    );
    const text = renderText(p.summary) + JSON.stringify(r);
    expect(text).not.toContain('do-not-print-me');
  });

  it('fails on a missing table, naming it', async () => {
    const g = await tracked(ground({ skipTable: 'talks' }));
    const r = await status(g);
    expect(r.ready).toBe(false);
    expect(r.reasons).toEqual([`table lightningtalk-circle-${g.stage}-talks (collection talks) missing`]);
    expect(r.tables.find((t) => t.collection === 'talks')?.state).toBe('missing');
    const p = statusCommand.present(r);
    expect(p.ok).toBe(false);
    expect(JSON.parse(p.outputs.reasons!)).toEqual(r.reasons);
    expect(renderText(p.summary)).toMatch(/talks .* missing .*NOT READY/);
  });

  it('exits 1 through the CLI path when not ready', async () => {
    const g = await tracked(ground({ skipTable: 'users' }));
    const { presentation } = await execute('status', { stage: g.stage, endpoint: dynamoEndpoint() }, recorder(), g.dir);
    expect(presentation.ok).toBe(false);
    expect(presentation.outputs.ready).toBe('false');
  });

  it('fails when the backup named by the progress file is missing', async () => {
    const g = await tracked(ground({ backupName: null }));
    const r = await status(g);
    expect(r.ready).toBe(false);
    expect(r.backup.found).toBe(false);
    expect(r.reasons).toEqual([`the backup migration-backups/${BACKUP} named by migration-progress.json (backupPath) does not exist`]);
    expect(statusCommand.present(r).outputs['backup-path']).toBe(`migration-backups/${BACKUP}`);
  });

  it('fails when there is no backup at all', async () => {
    const g = await tracked(ground({ backupName: null, progress: null }));
    const r = await status(g);
    expect(r.ready).toBe(false);
    expect(r.reasons).toEqual(['no migration backup: migration-backups does not exist and migration-progress.json names none']);
    expect(statusCommand.present(r).outputs['backup-path']).toBe('');
  });

  it('answers a malformed s3:// backup dir with a reason (not ready), as one it cannot list, rather than stopping', async () => {
    const g = await tracked(ground());
    const ctx = await contextFor(g.dir, { stage: g.stage, endpoint: dynamoEndpoint(), 'backup-dir': 's3://Not_A_Bucket/backups' });
    // As the command runs it: with an S3 client, since the backup dir names S3.
    const r = await runStatus(statusOptions(ctx), { dynamo: await dynamoFor(ctx), s3: await s3For(ctx), now: () => NOW });
    expect(r.ready).toBe(false);
    expect(r.backup.found).toBe(false);
    expect(r.reasons).toEqual([
      'backupDir (--backup-dir) "s3://Not_A_Bucket/backups": expected s3://bucket/prefix with a valid bucket name',
    ]);
  });

  it('fails when the backup is older than retentionDays', async () => {
    const g = await tracked(ground());
    const r = await status(g, new Date('2024-06-15T10:30:00Z'));
    expect(r.ready).toBe(false);
    expect(r.backup).toMatchObject({ ageDays: 45, retentionDays: 30, expired: true });
    expect(r.reasons).toEqual([`migration backup migration-backups/${BACKUP} is 45 days old, beyond retentionDays 30`]);
    expect(statusCommand.present(r).outputs['backup-expired']).toBe('true');
  });

  it('takes retentionDays from the config file', async () => {
    const g = await tracked(ground());
    await mkdir(path.join(g.dir, '.github'));
    await writeFile(path.join(g.dir, '.github/dynamodb-rollback.yml'), 'retentionDays: 7\n');
    const r = await status(g);
    expect(r.backup).toMatchObject({ ageDays: 10, retentionDays: 7, expired: true });
    expect(r.ready).toBe(false);
  });

  it('without a progress file takes the newest backup folder, as the rollback does', async () => {
    const g = await tracked(ground({ progress: null }));
    await mkdir(path.join(g.dir, 'migration-backups', '2024-04-20T08-00-00-000Z'));
    await mkdir(path.join(g.dir, 'migration-backups', '2024-04-29T08-00-00-000Z'));
    await mkdir(path.join(g.dir, 'migration-backups', '.partial-2024-06-01T08-00-00-000Z'));
    const r = await status(g);
    expect(r.backup).toMatchObject({
      found: true,
      source: 'newest-folder',
      path: `migration-backups/${BACKUP}`,
      createdFrom: 'folder-name',
    });
    expect(r.ready).toBe(true);
    expect(r.warnings.join('\n')).toMatch(/no progress file migration-progress.json/);
  });

  it('falls back to mtime for a folder whose name holds no time, and says so', async () => {
    const g = await tracked(ground({ progress: null, backupName: 'before-dynamo' }));
    const when = new Date('2024-05-09T10:30:00Z');
    await utimes(path.join(g.dir, 'migration-backups/before-dynamo'), when, when);
    const r = await status(g);
    expect(r.backup).toMatchObject({ path: 'migration-backups/before-dynamo', createdFrom: 'mtime', ageDays: 2 });
    expect(r.warnings.join('\n')).toMatch(/modification time/);
  });

  it('fails on a progress file that is not JSON, without printing it', async () => {
    const g = await tracked(ground({ progress: '{"status": "completed", "backupPath": "secret-path-value' }));
    const r = await status(g);
    expect(r.ready).toBe(false);
    expect(r.reasons[0]).toBe('progress file migration-progress.json not valid JSON; fix it so the migration backup can be found');
    expect(JSON.stringify(r) + renderText(statusCommand.present(r).summary)).not.toContain('secret-path-value');
  });

  it("finds a backupPath relative to the progress file's folder", async () => {
    const g = await tracked(ground({ progress: null }));
    await mkdir(path.join(g.dir, 'ops'));
    await writeFile(
      path.join(g.dir, 'ops/progress.json'),
      JSON.stringify({ status: 'completed', backupPath: `../migration-backups/${BACKUP}` }),
    );
    await mkdir(path.join(g.dir, '.github'));
    await writeFile(path.join(g.dir, '.github/dynamodb-rollback.yml'), 'progressFile: ops/progress.json\n');
    const r = await status(g);
    expect(r.backup).toMatchObject({ found: true, source: 'progress-file', path: `migration-backups/${BACKUP}` });
  });

  it('reports only short plain state fields of the progress file', async () => {
    const g = await tracked(
      ground({ progress: { state: 'x'.repeat(200), phase: 'copy-done', backupPath: `migration-backups/${BACKUP}` } }),
    );
    const r = await status(g);
    expect(r.progress.state).toBe('phase=copy-done');
  });

  it('fails when the data dir is missing or not a folder', async () => {
    const g = await tracked(ground());
    await rm(path.join(g.dir, 'server/data'), { recursive: true });
    let r = await status(g);
    expect(r.reasons).toEqual(['data dir server/data does not exist']);
    await writeFile(path.join(g.dir, 'server/data'), 'x');
    r = await status(g);
    expect(r.reasons).toEqual(['data dir server/data is not a folder']);
    r = await status(g, NOW, { 'data-dir': 'elsewhere' });
    expect(r.reasons).toEqual(['data dir elsewhere does not exist']);
  });

  it('checks only the tables given with --tables', async () => {
    const g = await tracked(ground({ skipTable: 'talks' }));
    const r = await status(g, NOW, { tables: ['events', 'users'] });
    expect(r.tables.map((t) => t.collection)).toEqual(['events', 'users']);
    expect(r.ready).toBe(true);
  });

  it('is an InputError (exit 2) when the endpoint is unreachable', async () => {
    const g = await tracked(ground());
    const ctx = await contextFor(g.dir, { stage: g.stage, endpoint: 'http://127.0.0.1:9' });
    const err = await runStatus(statusOptions(ctx), { dynamo: await dynamoFor(ctx), now: () => NOW }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/endpoint http:\/\/127\.0\.0\.1:9 is unreachable/);
  });

  it('is an InputError (exit 2) naming what to set when there are no AWS credentials', async () => {
    const g = await tracked(ground());
    const saved = { ...process.env };
    try {
      for (const k of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE']) delete process.env[k];
      process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(g.dir, 'no-credentials');
      process.env.AWS_CONFIG_FILE = path.join(g.dir, 'no-config');
      process.env.AWS_EC2_METADATA_DISABLED = 'true';
      const ctx = await contextFor(g.dir, { stage: g.stage });
      const err = await runStatus(statusOptions(ctx), { dynamo: await dynamoFor(ctx), now: () => NOW }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toMatch(/no AWS credentials found/);
    } finally {
      process.env = saved;
    }
  });
});
