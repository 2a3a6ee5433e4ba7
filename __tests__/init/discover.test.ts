import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/load.js';
import { discoverApp } from '../../src/init/discover-app.js';
import { discoverTables } from '../../src/init/discover-tables.js';
import { discoverTargets, nestedForm } from '../../src/init/discover-targets.js';
import { renderConfig } from '../../src/init/render-config.js';
import { stageTemplate } from '../../src/init/stage-path.js';
import { stageTable } from '../../src/config/stages.js';
import { STAGE_SHAPES } from '../fixtures/stage-shapes.js';

const SW = { key: 'DATABASE_TYPE', from: 'dynamodb', to: 'file' };
const STAGES = stageTable();

function discover(files: Record<string, string>, stage = 'production') {
  return discoverTargets({
    files: Object.keys(files).sort(),
    read: async (f) => files[f] ?? null,
    sw: SW,
    stage,
    stages: STAGES,
    exclude: new Set(['.github/dynamodb-rollback.yml']),
  });
}

describe('switch targets', () => {
  it("takes a file shaped like this stage's template for a stage no alias table knows as that stage's, never a shared target", async () => {
    const d = await discover({
      'environments/production/production.env': 'DATABASE_TYPE=dynamodb\n',
      'environments/qa/qa.env': 'DATABASE_TYPE=dynamodb\n',
      'environments/qa/other.env': 'DATABASE_TYPE=dynamodb\n',
    });
    expect(d.targets.map((t) => t.entry)).toEqual(['environments/${stage}/${stage}.env']);
    expect(d.notTargets.map((n) => n.file)).toEqual(['environments/qa/other.env', 'environments/qa/qa.env']);
    for (const n of d.notTargets)
      expect(n.reason).toMatch(
        /^qa's file \(its path says "qa", a stage: environments\/\$\{stage\}\/\$\{stage\}\.env has a copy for it\): another stage's, never flipped for production$/,
      );
    expect(d.stagesSeen).toContain('qa');
  });

  it('finds the key in every format the switch reads, and its nested form database.type; nothing ties these to a stage, so they are shared', async () => {
    const d = await discover({
      'deploy/app.env': 'DATABASE_TYPE=file\n',
      'config/settings.yml': 'app:\n  env:\n    DATABASE_TYPE: "dynamodb"\n',
      'config/root.json': '{ "DATABASE_TYPE": "dynamodb", }\n',
      'config/nested.yaml': 'database:\n  type: dynamodb\n',
      'src/db.ts': "export const DATABASE_TYPE = 'dynamodb' as const;\n",
      '.github/dynamodb-rollback.yml': 'switch:\n  key: DATABASE_TYPE\n',
    });
    expect(d.targets.map((t) => t.entry)).toEqual([
      { path: 'config/nested.yaml', pointer: '/database/type', scope: 'shared' },
      { path: 'config/root.json', scope: 'shared' },
      { path: 'config/settings.yml', pointer: '/app/env/DATABASE_TYPE', scope: 'shared' },
      { path: 'deploy/app.env', scope: 'shared' },
      { path: 'src/db.ts', scope: 'shared' },
    ]);
    expect(d.targets.every((t) => t.scope === 'shared' && /also changes staging, development/.test(t.why))).toBe(true);
    expect(d.notTargets).toEqual([]);
  });

  it('lists a file that mentions the key but sets no value we flip, with why', async () => {
    const d = await discover({
      'README.md': 'DATABASE_TYPE=file\n',
      'server/db.js': "const type = process.env.DATABASE_TYPE || 'file';\n",
      '.env.pg': 'DATABASE_TYPE=postgres\n',
      'src/computed.js': 'module.exports = { DATABASE_TYPE: pick() };\n',
      'broken.json': '{ "DATABASE_TYPE": ',
      // `type` beside `database` with another value is not about the switch: not listed at all.
      'cdk/other.json': '{ "database": { "type": "postgres" } }\n',
    });
    expect(d.targets).toEqual([]);
    const why = Object.fromEntries(d.notTargets.map((n) => [n.file, n.reason]));
    expect(Object.keys(why).sort()).toEqual(['.env.pg', 'README.md', 'broken.json', 'server/db.js', 'src/computed.js']);
    expect(why['.env.pg']).toMatch(/line 1: DATABASE_TYPE is "postgres", neither dynamodb nor file/);
    expect(why['src/computed.js']).toMatch(/not a string literal/);
    expect(why['README.md']).toMatch(/^documentation: never a switch target/);
    expect(why['server/db.js']).toMatch(/without setting it/);
  });

  it("writes the stage's own files as ${stage} templates, by any of its names; another stage's copy is that stage's, not a target", async () => {
    const d = await discover({
      'environments/staging/staging.env': 'DATABASE_TYPE=dynamodb\n',
      'environments/production/production.env': 'DATABASE_TYPE=dynamodb\n',
      '.env.production.template': 'DATABASE_TYPE=dynamodb\n',
      'cdk/config/prod.json': '{ "database": { "type": "dynamodb" } }\n',
    });
    expect(d.targets.map((t) => [t.entry, t.files, t.scope])).toEqual([
      [{ path: '.env.${stage}.template', optional: true }, ['.env.production.template'], 'this'],
      [{ path: 'cdk/config/${stage}.json', pointer: '/database/type', optional: true }, ['cdk/config/prod.json'], 'this'],
      ['environments/${stage}/${stage}.env', ['environments/production/production.env'], 'this'],
    ]);
    expect(d.notTargets).toEqual([
      {
        file: 'environments/staging/staging.env',
        reason: 'staging\'s file (its path says "staging"): another stage\'s, never flipped for production',
      },
    ]);
  });

  it('names stages only as whole words of a path, by any of their names', () => {
    expect(stageTemplate('environments/production/production.env', 'production', STAGES)).toBe('environments/${stage}/${stage}.env');
    expect(stageTemplate('cdk/config/prod.json', 'production', STAGES)).toBe('cdk/config/${stage}.json');
    expect(stageTemplate('.env.production.template', 'production', STAGES)).toBe('.env.${stage}.template');
    expect(stageTemplate('production-notes/app.env', 'production', STAGES)).toBe('${stage}-notes/app.env');
    expect(stageTemplate('products/app.env', 'production', STAGES)).toBe('products/app.env');
    expect(stageTemplate('envs/app-1f/app-1f.env', 'app-1f', STAGES)).toBe('envs/${stage}/${stage}.env');
    expect(nestedForm('DATABASE_TYPE')).toEqual(['database', 'type']);
    expect(nestedForm('DB')).toBeNull();
  });
});

describe("switch targets in a repository shaped like the events app's", () => {
  const reasons = (d: Awaited<ReturnType<typeof discover>>) => Object.fromEntries(d.notTargets.map((n) => [n.file, n.reason]));

  it('production: its two dotenv files, the prod section of the CDK config, and the stack environment as shared; every other file out, with why', async () => {
    const d = await discover(STAGE_SHAPES, 'production');
    expect(d.targets.map((t) => [t.entry, t.files[0], t.scope])).toEqual([
      [{ path: '.env.${stage}.template', optional: true }, '.env.production.template', 'this'],
      [{ path: 'cdk/lib/config/environment.js', property: '${stage}.database.type' }, 'cdk/lib/config/environment.js', 'this'],
      [{ path: 'cdk/lib/main-stack.js', scope: 'shared' }, 'cdk/lib/main-stack.js', 'shared'],
      [{ path: 'environments/${stage}/${stage}.env', optional: true }, 'environments/production/production.env', 'this'],
    ]);
    expect(d.targets[1]!.detail).toBe('prod.database.type (line 5)');
    expect(d.targets[1]!.why).toBe('production\'s: its key says "prod"; staging, development beside it are other stages\'');
    expect(d.targets[2]!.why).toMatch(
      /^shared: nothing in its path or key ties it to one stage, so flipping it also changes staging, development/,
    );
    expect(d.spelled).toEqual(['prod']);
    const why = reasons(d);
    expect(Object.keys(why).sort()).toEqual([
      '.devcontainer/.env.example',
      '.env.development',
      '.env.docker',
      '.env.example',
      'cdk/test/main-stack.test.js',
      'docs/deploy.md',
      'environments/development/docker.env',
      'environments/development/local.env',
      'environments/shared/base.env',
      'environments/staging/staging.env',
      'server/config/env.js',
      'server/db.js',
    ]);
    expect(why['.env.development']).toMatch(/^development's file \(its path says "development"\)/);
    expect(why['.env.docker']).toMatch(/^local development/);
    expect(why['.env.example']).toMatch(/^an example or sample/);
    expect(why['.devcontainer/.env.example']).toMatch(/^an example or sample/);
    expect(why['cdk/test/main-stack.test.js']).toMatch(/^a test/);
    expect(why['environments/development/docker.env']).toMatch(/^local development/);
    expect(why['environments/shared/base.env']).toMatch(/without setting it/);
    expect(why['server/config/env.js']).toMatch(/a conditional expression/);
  });

  it("staging: its own file, the staging section and the shared stack; production's files are out", async () => {
    const d = await discover(STAGE_SHAPES, 'staging');
    expect(d.targets.map((t) => [t.entry, t.files[0], t.scope])).toEqual([
      [{ path: 'cdk/lib/config/environment.js', property: '${stage}.database.type' }, 'cdk/lib/config/environment.js', 'this'],
      [{ path: 'cdk/lib/main-stack.js', scope: 'shared' }, 'cdk/lib/main-stack.js', 'shared'],
      [{ path: 'environments/${stage}/${stage}.env', optional: true }, 'environments/staging/staging.env', 'this'],
    ]);
    const why = reasons(d);
    expect(why['.env.production.template']).toMatch(
      /^production's file \(its path says "production"\): another stage's, never flipped for staging/,
    );
    expect(why['environments/production/production.env']).toMatch(/^production's file/);
  });

  it('refuses to guess between two names of the stage as keys of one object', async () => {
    const d = await discover({
      'cdk/env.js': "module.exports = { prod: { database: { type: 'dynamodb' } }, production: { database: { type: 'dynamodb' } } };\n",
    });
    expect(d.targets).toEqual([]);
    expect(d.notTargets).toEqual([
      {
        file: 'cdk/env.js',
        reason:
          'cdk/env.js: production.database.type and prod.database.type are both there, two names of production; say which one with a property: target',
      },
    ]);
  });
});

describe("table names from the app's own files", () => {
  const COLLECTIONS = ['events', 'participants', 'users', 'talks'];
  const tables = (stage: string, cdkStage: string, files: Record<string, string> = STAGE_SHAPES) =>
    discoverTables({
      files: Object.keys(files).sort(),
      read: async (f) => files[f] ?? null,
      stage,
      stages: STAGES,
      cdkStage,
      collections: COLLECTIONS,
    });

  it("reads the stack's tableName with the stage variable as the CDK names the stage, and the stage's dotenv keys; a disagreement is kept for the operator", async () => {
    const d = await tables('production', 'prod');
    expect(d.tables).toEqual([
      {
        collection: 'events',
        table: 'shop-prod-events',
        sources: [{ where: 'cdk/lib/main-stack.js:5', kind: 'cdk', key: 'id' }],
        disagreements: [
          {
            table: 'shop-circle-prod-events',
            sources: [
              { where: '.env.production.template:3', kind: 'dotenv' },
              { where: 'environments/production/production.env:3', kind: 'dotenv' },
            ],
          },
        ],
      },
      {
        collection: 'users',
        table: 'shop-circle-prod-users',
        sources: [{ where: '.env.production.template:4', kind: 'dotenv' }],
        disagreements: [],
      },
    ]);
    // Development's and staging's files are not read for production; a key of no migrated collection is said, not used.
    expect(d.unused).toEqual(['.env.production.template:5: DYNAMODB_AI_IMAGES_TABLE names no migrated collection; not used']);
    const staging = await tables('staging', 'staging');
    expect(staging.tables.map((t) => [t.table, t.disagreements.map((x) => x.table)])).toEqual([
      ['shop-staging-events', ['shop-circle-staging-events']],
    ]);
  });

  it('says which tableName it cannot read, and writes what it found per stage, with where, into a config that loads', async () => {
    const d = await tables('production', 'prod', {
      'cdk/lib/shared.js': 'new Table(this, "E", { tableName: `${config.prefix}-${stage}-events` });\n',
    });
    expect(d).toEqual({
      tables: [],
      unused: [
        'cdk/lib/shared.js:1: tableName is a template with an expression other than the stage (`${config.prefix}-${stage}-events`); not used',
      ],
    });
    const found = (await tables('production', 'prod')).tables;
    const text = renderConfig(
      { stage: 'production', collections: COLLECTIONS, dataDir: 'server/data', sw: SW, targets: [], found },
      '0.1.0',
    );
    expect(text).toContain(
      '  # events: cdk/lib/main-stack.js:5 (tableName); keyed by id\n  # DECIDE: .env.production.template:3, environments/production/production.env:3 say shop-circle-prod-events;',
    );
    expect(parse(text).tables).toEqual({
      events: { table: { production: 'shop-prod-events' } },
      participants: 'lightningtalk-circle-${stage}-participants',
      users: { table: { production: 'shop-circle-prod-users' } },
      talks: 'lightningtalk-circle-${stage}-talks',
    });
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
    const text = renderConfig(
      { stage: 'staging', collections: found.collections.value, dataDir: found.dataDir.value, sw: SW, targets: [] },
      '0.1.0',
    );
    expect(parse(text)).toEqual({
      stage: 'staging',
      tables: { events: 'lightningtalk-circle-${stage}-events', sessions: 'lightningtalk-circle-${stage}-sessions' },
      dataDir: 'app/db',
    });
    await put({ '.github/dynamodb-rollback.yml': text });
    const config = await loadConfig(undefined, root);
    expect(config.tables).toEqual({ events: 'lightningtalk-circle-staging-events', sessions: 'lightningtalk-circle-staging-sessions' });
    expect(config.dataDir).toBe('app/db');
  });

  it('falls back to the newest backup folder with files, then to the defaults', async () => {
    await put({
      'migration-backups/2024-01-01T00-00-00.000Z/a.json': '[]',
      'migration-backups/2024-06-01T00-00-00.000Z/b.json': '[]',
      'migration-backups/2025-01-01T00-00-00.000Z/.keep': '',
    });
    expect((await discoverApp(input())).collections).toEqual({ value: ['b'], source: 'migration-backups/2024-06-01T00-00-00.000Z' });
    await rm(path.join(root, 'migration-backups'), { recursive: true });
    expect(await discoverApp(input())).toEqual({
      collections: { value: defaults.collections, source: null },
      dataDir: { value: 'server/data', source: null },
    });
  });

  it('writes nothing but the header when everything is the default', () => {
    const text = renderConfig(
      { stage: 'production', collections: defaults.collections, dataDir: 'server/data', sw: SW, targets: [] },
      '0.1.0',
    );
    expect(parse(text)).toEqual({});
    expect(text).toMatch(/^# dynamodb-rollback config/);
  });
});
