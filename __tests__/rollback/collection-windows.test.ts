/**
 * collectionWindows' guard for a backup dir on S3: its folders are not
 * listed, so a window the config gives (which names a folder there) is
 * refused with the key named, before any item is read. And the items'
 * times are not taken for evidence when the migration did not write them.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../src/core/errors.js';
import { silentReporter } from '../../src/core/reporter.js';
import type { ExportSource } from '../../src/export-format/source.js';
import { decideCollectionRuns } from '../../src/migration/collection-runs-find.js';
import { collectionWindows } from '../../src/rollback/collection-windows.js';
import { asLocation } from '../harness/location.js';

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
    const err = await collectionWindows(
      settings,
      { cwd, backupDir: asLocation('s3://bucket/backups'), progressFile: path.join(cwd, 'migration-progress.json') },
      source,
      [{ collection: 'events', table: 'app-events', exported }],
      silentReporter,
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/^migration\.windows\.events: the backup dir s3:\/\/bucket\/backups is not a local folder/);
  });

  it('needs nothing when the migration ran once and the config gives no window', async () => {
    const once = { ...settings, windows: {} };
    const got = await collectionWindows(
      once,
      { cwd, backupDir: asLocation('s3://bucket/backups'), progressFile: path.join(cwd, 'migration-progress.json') },
      source,
      [{ collection: 'events', table: 'app-events', exported }],
      silentReporter,
    );
    expect(got.size).toBe(0);
  });
});

describe('decideCollectionRuns with migration.rewroteUpdatedAt off', () => {
  it("reads no item (their times are not the migration's): the progress file alone places a collection, else it is ambiguous", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-runs-off-'));
    try {
      for (const name of ['2024-06-01T03-00-00.000Z', '2024-06-01T06-00-00.000Z'])
        await mkdir(path.join(root, 'migration-backups', name), { recursive: true });
      await writeFile(
        path.join(root, 'migration-progress.json'),
        JSON.stringify({
          startTime: '2024-06-01T06:00:01.000Z',
          endTime: '2024-06-01T06:00:09.000Z',
          status: 'completed',
          backupPath: 'migration-backups/2024-06-01T06-00-00.000Z',
          errors: [{ timestamp: '2024-06-01T03:00:08.000Z' }],
          collections: {
            events: { status: 'completed', errors: [] },
            users: { status: 'completed', errors: [{ batch: 0, timestamp: '2024-06-01T03:00:06.000Z' }] },
          },
        }),
      );
      const off = { ...settings, rewroteUpdatedAt: false, windows: {} };
      const d = await decideCollectionRuns(
        off,
        { cwd: root, backupDir: { kind: 'dir', path: 'migration-backups' }, progressFile: 'migration-progress.json' },
        [
          { collection: 'events', table: 'e' },
          { collection: 'users', table: 'u' },
        ],
        () => {
          throw new Error('no item is read with rewroteUpdatedAt off');
        },
      );
      expect(d?.decided.map((c) => [c.collection, c.how, c.backup])).toEqual([
        ['events', 'ambiguous', null],
        ['users', 'progress', '2024-06-01T06-00-00.000Z'],
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
