/**
 * collectionWindows' guard for a backup dir on S3: its folders are not
 * listed, so a window the config gives (which names a folder there) is
 * refused with the key named, before any item is read.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../src/core/errors.js';
import { silentReporter } from '../../src/core/reporter.js';
import type { ExportSource } from '../../src/export/source.js';
import { collectionWindows } from '../../src/rollback/collection-windows.js';

const exported = { table: 'app-events', collection: 'events', itemCount: 0, keySchema: [], location: '/e/app-events' };
const source: ExportSource = {
  location: '/e',
  format: 'dynamodb-rollback',
  tables: [exported],
  items: () => {
    throw new Error('no item is read when the window is given');
  },
};
const settings = {
  emptyStringsAsNull: true,
  rewroteUpdatedAt: true,
  generatedIds: true,
  windowMinutes: 60,
  windows: { events: { start: '2024-06-01T03:00:00.000Z', end: '2024-06-01T03:01:00.000Z', backup: '2024-06-01T03-00-00.000Z' } },
};

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-windows-'));
});
afterAll(() => rm(cwd, { recursive: true, force: true }));

describe('collectionWindows', () => {
  it('refuses a configured window when the backup dir is on S3, naming the key', async () => {
    const err = await collectionWindows(settings, { cwd, backupDir: 's3://bucket/backups', progressFile: path.join(cwd, 'migration-progress.json') }, source, [{ collection: 'events', table: 'app-events', exported }], silentReporter).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/^migration\.windows\.events: the backup dir s3:\/\/bucket\/backups is not a local folder/);
  });

  it('needs nothing when the migration ran once and the config gives no window', async () => {
    const once = { ...settings, windows: {} };
    const got = await collectionWindows(once, { cwd, backupDir: 's3://bucket/backups', progressFile: path.join(cwd, 'migration-progress.json') }, source, [{ collection: 'events', table: 'app-events', exported }], silentReporter);
    expect(got.size).toBe(0);
  });
});
