import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resolveConfig } from '../../src/config/load.js';
import { COPY_BACKUP_NAME, provideMigrationState } from '../../src/drill/scratch-app/migration-state.js';
import { git, withOrigin } from '../../src/drill/scratch-app/write-app.js';

describe("the drill's migration state in a copy of the app", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-drill-state-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  async function app(files: Record<string, string>) {
    const dir = path.join(root, 'app');
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
    await git(root, 'init', '--quiet', dir);
    await git(dir, 'add', '--all');
    await git(dir, 'commit', '--quiet', '-m', 'app');
    return withOrigin(root, dir);
  }

  it('writes the scratch backup, data and progress file into a copy with none (a README is no backup), committed and pushed, even where .gitignore ignores them', async () => {
    const repo = await app({
      '.gitignore': 'migration-backups/*/\nmigration-progress.json\n',
      'migration-backups/README.md': 'backups go here\n',
      'server/data/events.json': '[]',
    });
    expect(await provideMigrationState(repo.dir, resolveConfig({}, null))).toBe(true);
    const pushed = (await git(repo.origin, 'ls-tree', '-r', '--name-only', repo.branch)).stdout.split('\n');
    expect(pushed).toEqual(
      expect.arrayContaining([`migration-backups/${COPY_BACKUP_NAME}/events.json`, 'migration-progress.json', 'server/data/users.json']),
    );
    expect(JSON.parse(await readFile(path.join(repo.dir, 'migration-progress.json'), 'utf8'))).toMatchObject({
      status: 'completed',
      backupPath: `/drill/migration-backups/${COPY_BACKUP_NAME}`,
    });
  });

  it('leaves a copy with a backup of its own as it is', async () => {
    const repo = await app({ 'migration-backups/2024-01-01T00-00-00.000Z/events.json': '[]', 'server/data/events.json': '[{"id":"a"}]' });
    const head = (await git(repo.dir, 'rev-parse', 'HEAD')).stdout;
    expect(await provideMigrationState(repo.dir, resolveConfig({}, null))).toBe(false);
    expect((await git(repo.dir, 'rev-parse', 'HEAD')).stdout).toBe(head);
    expect(await readFile(path.join(repo.dir, 'server/data/events.json'), 'utf8')).toBe('[{"id":"a"}]');
  });
});
