/**
 * The app the drill rehearses on: the scratch events app, or a copy of the
 * user's (given the scratch migration's state when it has none); its tables
 * seeded with the scratch data, or loaded from an export.
 */
import { cp, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DynamoClient } from '../clients/dynamodb.js';
import type { S3 } from '../clients/s3.js';
import { loadConfig } from '../config/load.js';
import { InputError } from '../core/errors.js';
import { describeLocation, type Location } from '../core/location.js';
import { REGION } from './drill-setting.js';
import { loadExport } from './load-export.js';
import { filesAtMigration, MIGRATED } from './scratch-app/data.js';
import { createTables, LAYOUTS, migrate, monthOfUse, type TableClient, type TableLayout } from './scratch-app/migrate.js';
import { provideMigrationState } from './scratch-app/migration-state.js';
import { git, type ScratchRepo, withOrigin, writeScratchApp } from './scratch-app/write-app.js';
import { opt } from '../core/option-name.js';

export interface PreparedApp {
  repo: ScratchRepo;
  stage: string;
  tables: Record<string, string>;
  /** What the tables were seeded with, for the report. */
  seeded: string;
}

function tableClient(dynamo: DynamoClient): TableClient {
  return {
    send: ((command: { constructor: { name: string }; input?: { TableName?: string } }) =>
      dynamo.call(
        { operation: command.constructor.name.replace(/Command$/, ''), resource: `table ${command.input?.TableName ?? ''}` },
        (sdk) => sdk.send(command as never),
      )) as TableClient['send'],
  };
}

async function copyApp(from: string, scratch: string): Promise<ScratchRepo> {
  const source = path.resolve(from);
  const s = await stat(source).catch(() => null);
  if (!s?.isDirectory())
    throw new InputError(
      `${opt('app')} ${from}: ${s ? 'a file, not a folder' : 'no such folder'}; give your app repository's folder (it is copied; the original is never touched)`,
    );
  const dir = path.join(scratch, 'app');
  await cp(source, dir, { recursive: true, filter: (p) => !p.split(path.sep).includes('node_modules') });
  const isRepo = await stat(path.join(dir, '.git')).then(
    () => true,
    () => false,
  );
  if (!isRepo) {
    await git(scratch, 'init', '--quiet', dir);
    await git(dir, 'add', '--all');
    await git(dir, 'commit', '--quiet', '-m', 'The app, as copied for the drill');
  }
  return withOrigin(scratch, dir);
}

/** The scratch data into the app's own tables (keyed by id), the migration and the month of use reproduced. */
async function seedTables(client: TableClient, stage: string, tables: Record<string, string>): Promise<void> {
  const layouts = Object.fromEntries(
    MIGRATED.map((c) => [c, { ...LAYOUTS.plain[c], name: () => tables[c] ?? LAYOUTS.plain[c].name(stage) }]),
  ) as unknown as Record<(typeof MIGRATED)[number], TableLayout>;
  await createTables(client, stage, layouts);
  await migrate(client, stage, layouts, filesAtMigration());
  await monthOfUse(client, stage, layouts);
}

export interface PrepareAppOptions {
  app?: string;
  data?: Location;
  inputs: Record<string, string>;
  onLine(line: string): void;
}

export async function prepareApp(o: PrepareAppOptions, deps: { dynamo: DynamoClient; dataS3?: S3 }, scratch: string): Promise<PreparedApp> {
  // An export is loaded first: its stage is the scratch app's (the app's own config decides for --app).
  const loaded = o.data ? await loadExport(o.data, { dynamo: deps.dynamo, ...(deps.dataS3 ? { s3: deps.dataS3 } : {}) }) : null;
  const repo = o.app ? await copyApp(o.app, scratch) : await writeScratchApp(scratch, o.inputs.stage ?? loaded?.stage ?? 'drill', REGION);
  const config = await loadConfig(undefined, repo.dir, {}, {});
  const provided = o.app && !loaded ? await provideMigrationState(repo.dir, config) : false;
  if (provided)
    o.onLine(
      `drill: the copy has no migration backup in ${config.backupDir}; the scratch migration's state (data dir, backup, progress file) written into it and committed`,
    );
  let stage = o.inputs.stage ?? config.stage;
  let seeded: string;
  let tables = config.tables;
  if (loaded) {
    if (!o.inputs.stage && !o.app && loaded.stage) stage = loaded.stage;
    tables = Object.fromEntries(loaded.tables.map((t) => [t.collection ?? t.table, t.table]));
    seeded = `${loaded.tables.reduce((s, t) => s + t.items, 0)} items of ${describeLocation(o.data!)} in ${loaded.tables.length} tables`;
  } else {
    if (stage !== config.stage) tables = (await loadConfig(undefined, repo.dir, { stage }, {})).tables;
    await seedTables(tableClient(deps.dynamo), stage, tables);
    seeded = 'the migration reproduced and a month of use (the scratch data)';
  }
  o.onLine(`drill: app ${o.app ? `copy of ${path.resolve(o.app)}` : 'scratch events app'} (stage ${stage}); tables seeded with ${seeded}`);
  return { repo, stage, tables, seeded };
}
