import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/load.js';
import { discoverApp } from '../../src/init/discover-app.js';
import { discoverTargets, nestedForm } from '../../src/init/discover-targets.js';
import { renderConfig } from '../../src/init/render-config.js';
import { matchesTemplate, stageTemplate } from '../../src/init/stage-path.js';

const SW = { key: 'DATABASE_TYPE', from: 'dynamodb', to: 'file' };

function discover(files: Record<string, string>, stage = 'production') {
  return discoverTargets({ files: Object.keys(files).sort(), read: async (f) => files[f] ?? null, sw: SW, stage, exclude: new Set(['.github/dynamodb-rollback.yml']) });
}

describe('switch targets', () => {
  it('finds the key in every format the switch reads, and its nested form database.type', async () => {
    const d = await discover({
      'docker/app.env': 'DATABASE_TYPE=file\n',
      'config/settings.yml': 'app:\n  env:\n    DATABASE_TYPE: "dynamodb"\n',
      'config/root.json': '{ "DATABASE_TYPE": "dynamodb", }\n',
      'config/nested.yaml': 'database:\n  type: dynamodb\n',
      'src/db.ts': "export const DATABASE_TYPE = 'dynamodb' as const;\n",
      '.github/dynamodb-rollback.yml': 'switch:\n  key: DATABASE_TYPE\n',
    });
    expect(d.targets.map((t) => t.entry)).toEqual([
      { path: 'config/nested.yaml', pointer: '/database/type' },
      'config/root.json',
      { path: 'config/settings.yml', pointer: '/app/env/DATABASE_TYPE' },
      'docker/app.env',
      'src/db.ts',
    ]);
    expect(d.notTargets).toEqual([]);
  });

  it('lists a file that mentions the key but sets no value we flip, with why', async () => {
    const d = await discover({
      'README.md': 'DATABASE_TYPE=file\n',
      'server/db.js': "const type = process.env.DATABASE_TYPE || 'file';\n",
      '.env.example': '# DATABASE_TYPE=dynamodb\n',
      '.env.pg': 'DATABASE_TYPE=postgres\n',
      'src/computed.js': 'module.exports = { DATABASE_TYPE: pick() };\n',
      'broken.json': '{ "DATABASE_TYPE": ',
      // `type` beside `database` with another value is not about the switch: not listed at all.
      'cdk/other.json': '{ "database": { "type": "postgres" } }\n',
    });
    expect(d.targets).toEqual([]);
    const why = Object.fromEntries(d.notTargets.map((n) => [n.file, n.reason]));
    expect(Object.keys(why).sort()).toEqual(['.env.example', '.env.pg', 'README.md', 'broken.json', 'server/db.js', 'src/computed.js']);
    expect(why['.env.pg']).toMatch(/line 1: DATABASE_TYPE is "postgres", neither dynamodb nor file/);
    expect(why['.env.example']).toMatch(/without setting it/);
    expect(why['src/computed.js']).toMatch(/not a string literal/);
    expect(why['README.md']).toMatch(/no switch format reads this kind of file/);
  });

  it("writes the stage's own files as ${stage} templates, with other stages' copies behind the same target", async () => {
    const d = await discover({
      'environments/staging/staging.env': 'DATABASE_TYPE=dynamodb\n',
      'environments/production/production.env': 'DATABASE_TYPE=dynamodb\n',
      '.env.production.template': 'DATABASE_TYPE=dynamodb\n',
    });
    expect(d.targets.map((t) => [t.entry, t.files])).toEqual([
      ['.env.production.template', ['.env.production.template']],
      ['environments/${stage}/${stage}.env', ['environments/production/production.env', 'environments/staging/staging.env']],
    ]);
  });

  it('names stages only as whole folder names or file stems', () => {
    expect(stageTemplate('environments/production/production.env', 'production')).toBe('environments/${stage}/${stage}.env');
    expect(stageTemplate('cdk/config/production.json', 'production')).toBe('cdk/config/${stage}.json');
    expect(stageTemplate('.env.production.template', 'production')).toBe('.env.production.template');
    expect(stageTemplate('production-notes/app.env', 'production')).toBe('production-notes/app.env');
    expect(matchesTemplate('environments/staging/staging.env', 'environments/${stage}/${stage}.env')).toBe(true);
    expect(matchesTemplate('environments/staging/dev.env', 'environments/${stage}/${stage}.env')).toBe(false);
    expect(nestedForm('DATABASE_TYPE')).toEqual(['database', 'type']);
    expect(nestedForm('DB')).toBeNull();
  });
});

describe('collections and data dir', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-init-app-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  async function put(files: Record<string, string>) {
    for (const [f, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, f)), { recursive: true });
      await writeFile(path.join(root, f), text);
    }
  }
  const defaults = { collections: ['events', 'participants', 'users', 'talks'], dataDir: 'server/data' };
  const input = () => ({ repoDir: root, progressFile: 'migration-progress.json', backupDir: 'migration-backups', defaults });

  it("reads the migration's progress file, and finds the data dir outside the backups", async () => {
    await put({
      'migration-progress.json': JSON.stringify({ status: 'completed', collections: ['events', 'sessions'] }),
      'migration-backups/2024-06-01T03-00-00.000Z/events.json': '[]',
      'migration-backups/2024-06-01T03-00-00.000Z/sessions.json': '[]',
      'app/db/events.json': '[]',
      'app/db/sessions.json': '[]',
      'app/db/settings.json': '[]',
      'node_modules/x/events.json': '[]',
    });
    const found = await discoverApp(input());
    expect(found.collections).toEqual({ value: ['events', 'sessions'], source: 'migration-progress.json (collections)' });
    expect(found.dataDir).toEqual({ value: 'app/db', source: '2 of 2 collection files there' });
    // Written as it differs from the defaults, and loads as every command will read it.
    const text = renderConfig({ stage: 'staging', collections: found.collections.value, dataDir: found.dataDir.value, sw: SW, targets: [] }, '0.1.0');
    expect(parse(text)).toEqual({ stage: 'staging', tables: { events: 'lightningtalk-circle-${stage}-events', sessions: 'lightningtalk-circle-${stage}-sessions' }, dataDir: 'app/db' });
    await put({ '.github/dynamodb-rollback.yml': text });
    const config = await loadConfig(undefined, root);
    expect(config.tables).toEqual({ events: 'lightningtalk-circle-staging-events', sessions: 'lightningtalk-circle-staging-sessions' });
    expect(config.dataDir).toBe('app/db');
  });

  it('falls back to the newest backup folder with files, then to the defaults', async () => {
    await put({ 'migration-backups/2024-01-01T00-00-00.000Z/a.json': '[]', 'migration-backups/2024-06-01T00-00-00.000Z/b.json': '[]', 'migration-backups/2025-01-01T00-00-00.000Z/.keep': '' });
    expect((await discoverApp(input())).collections).toEqual({ value: ['b'], source: 'migration-backups/2024-06-01T00-00-00.000Z' });
    await rm(path.join(root, 'migration-backups'), { recursive: true });
    expect(await discoverApp(input())).toEqual({ collections: { value: defaults.collections, source: null }, dataDir: { value: 'server/data', source: null } });
  });

  it('writes nothing but the header when everything is the default', () => {
    const text = renderConfig({ stage: 'production', collections: defaults.collections, dataDir: 'server/data', sw: SW, targets: [] }, '0.1.0');
    expect(parse(text)).toEqual({});
    expect(text).toMatch(/^# dynamodb-rollback config/);
  });
});
