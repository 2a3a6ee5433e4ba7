/**
 * The one migration-backup lookup that status and rollback share, on real
 * folders: both find the same folder, status never throws, and the
 * rollback's wrapper turns what it cannot work with into an InputError.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exitCodeOf } from '../../src/core/errors.js';
import { findMigrationBackup, readProgressFile, requireMigrationBackup } from '../../src/migration/backup-location.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-backup-location-'));
  for (const name of ['2024-05-01T00-00-00-000Z', '2024-06-01T00-00-00-000Z', '.partial-2024-07-01T00-00-00-000Z']) {
    await mkdir(path.join(root, 'migration-backups', name), { recursive: true });
  }
});
afterEach(() => rm(root, { recursive: true, force: true }));

const progress = (value: unknown) =>
  writeFile(path.join(root, 'migration-progress.json'), typeof value === 'string' ? value : JSON.stringify(value));
const status = async () => findMigrationBackup(root, 'migration-backups', await readProgressFile(root, 'migration-progress.json'));
const rollback = (optional = false) =>
  requireMigrationBackup(root, path.join(root, 'migration-backups'), path.join(root, 'migration-progress.json'), { optional });

describe('migration backup lookup', () => {
  it('finds the same folder for status and rollback: the one the progress file names, else the newest', async () => {
    await progress({ status: 'completed', backupPath: 'migration-backups/2024-05-01T00-00-00-000Z' });
    expect(await status()).toMatchObject({ found: true, path: 'migration-backups/2024-05-01T00-00-00-000Z', source: 'progress-file' });
    expect(await rollback()).toMatchObject({ dir: path.join(root, 'migration-backups/2024-05-01T00-00-00-000Z'), via: 'progress-file' });

    await rm(path.join(root, 'migration-progress.json'));
    expect(await status()).toMatchObject({ found: true, path: 'migration-backups/2024-06-01T00-00-00-000Z', source: 'newest-folder' });
    expect(await rollback()).toMatchObject({ dir: path.join(root, 'migration-backups/2024-06-01T00-00-00-000Z'), via: 'newest-folder' });
  });

  it('a backupPath that is not a folder: a finding for status, an InputError for the rollback naming where it looked', async () => {
    await progress({ backupPath: 'migration-backups/gone' });
    expect(await status()).toMatchObject({
      found: false,
      reason: 'named',
      problem: 'the backup migration-backups/gone named by migration-progress.json (backupPath) does not exist',
    });
    const err = await rollback(true).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toMatch(
      /names backupPath migration-backups\/gone, which is not a folder \(looked for .*migration-backups\/gone\)/,
    );
  });

  it('no backup at all: null for a rollback that needs none, else an InputError', async () => {
    await rm(path.join(root, 'migration-backups'), { recursive: true });
    expect(await status()).toMatchObject({ found: false, reason: 'none' });
    expect(await rollback(true)).toBeNull();
    await expect(rollback(false)).rejects.toThrow(/^no migration backup found: .*migration-progress\.json names no backupPath/);
  });

  it('a malformed progress file: a problem for status, an InputError for the rollback, never quoting it', async () => {
    await progress('{"backupPath": "secret-value');
    expect((await readProgressFile(root, 'migration-progress.json')).problem).toBe('not valid JSON');
    const err = (await rollback(true).catch((e: unknown) => e)) as Error;
    expect(exitCodeOf(err)).toBe(2);
    expect(err.message).toMatch(/migration-progress\.json: not valid JSON; fix it, or remove it/);
    expect(err.message).not.toContain('secret-value');
  });

  it('keeps each command as it was where they differ: a non-string backupPath', async () => {
    await progress({ backupPath: 42 });
    // status takes the newest folder; the rollback will not guess.
    expect(await status()).toMatchObject({ found: true, source: 'newest-folder' });
    await expect(rollback(true)).rejects.toThrow(/migration-progress\.json: backupPath is not a string$/);
  });

  it.each([
    [{ backupPath: 42 }, 'backupPath is not a string'],
    [['not', 'an', 'object'], 'not a JSON object'],
  ])('status and rollback agree that %j is a problem, not "no backup named"', async (value, problem) => {
    await progress(value);
    expect((await readProgressFile(root, 'migration-progress.json')).problem).toBe(problem);
    const err = await rollback(true).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toContain(problem);
  });

  it('status and rollback both look for a blank-looking backupPath rather than take another folder', async () => {
    await progress({ backupPath: ' ' });
    expect(await status()).toMatchObject({ found: false, reason: 'named' });
    expect(exitCodeOf(await rollback().catch((e: unknown) => e))).toBe(2);
  });

  it('never takes a hidden folder for a backup, even when it is the only one', async () => {
    for (const name of ['2024-05-01T00-00-00-000Z', '2024-06-01T00-00-00-000Z'])
      await rm(path.join(root, 'migration-backups', name), { recursive: true });
    expect(await status()).toMatchObject({ found: false, reason: 'none' });
    expect(await rollback(true)).toBeNull();
  });

  it("takes the newest folder when the app's own rollback ran (status rolled_back, no backupPath), and says so", async () => {
    await progress({ status: 'rolled_back', startTime: '2024-06-01T00:00:00.000Z' });
    const found = await rollback();
    expect(found).toMatchObject({
      dir: path.join(root, 'migration-backups/2024-06-01T00-00-00-000Z'),
      via: 'newest-folder',
      startTime: '2024-06-01T00:00:00.000Z',
    });
    expect(found?.note).toBe(
      `${path.join(root, 'migration-progress.json')} says rolled_back and names no backupPath (the app's own rollback ran once); took the newest folder in ${path.join(root, 'migration-backups')}`,
    );
    expect(await status()).toMatchObject({ found: true, source: 'newest-folder', note: expect.stringContaining('rolled_back') });
  });

  it('takes the folder of that name in the backup dir for an absolute backupPath from another machine, and says so', async () => {
    await progress({
      status: 'completed',
      backupPath: '/home/deploy/app/migration-backups/2024-05-01T00-00-00-000Z',
      endTime: '2024-05-01T00:04:00.000Z',
    });
    const found = await rollback();
    expect(found).toMatchObject({
      dir: path.join(root, 'migration-backups/2024-05-01T00-00-00-000Z'),
      via: 'progress-file',
      endTime: '2024-05-01T00:04:00.000Z',
      createdAt: '2024-05-01T00:00:00.000Z',
    });
    expect(found?.note).toContain('which is not on this machine; took the folder of that name in');
  });

  it('still refuses a foreign absolute backupPath whose name is not in the backup dir, naming where it looked', async () => {
    await progress({ backupPath: '/elsewhere/2023-01-01T00-00-00-000Z' });
    const err = await rollback().catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toContain(path.join(root, 'migration-backups', '2023-01-01T00-00-00-000Z'));
    expect(await status()).toMatchObject({ found: false, reason: 'named' });
  });
});
