/**
 * A migration that failed half way and was run again (the fixture
 * __tests__/fixtures/resumed-migration.ts: two backup folders, startTime
 * reset, errors with their times in the progress file), then a month of
 * use, with a file edit between the runs and others after them. Rolled
 * back through execute('rollback') on dynalite: each collection is merged
 * from the run that migrated it, every edit kept, no conflict; verify
 * passes. The same with the runs given by hand in the config; refused
 * (exit 2, nothing written) where the evidence is ambiguous and the config
 * gives none, or where the config is wrong.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { documentClientItem } from '../../src/drill/scratch-app/migrate.js';
import { execute } from '../../src/commands/execute.js';
import type { Options } from '../../src/commands/options.js';
import { exitCodeOf } from '../../src/core/errors.js';
import { renderText } from '../../src/core/summary.js';
import type { RollbackResult } from '../../src/rollback/result.js';
import type { StatusResult } from '../../src/status/status.js';
import type { VerifyResult } from '../../src/verify/run-verify.js';
import { testDynamo } from '../harness/aws.js';
import { appFormat, type EventsApp, exportEventsApp, MIGRATED } from '../fixtures/events-app.js';
import {
  EXPECTED_RESUMED,
  filesAfter,
  resumedConfig,
  type ResumedGround,
  resumedMigrationGround,
  RUN1_AT,
  RUN1_BACKUP,
  RUN2_AT,
  RUN2_BACKUP,
} from '../fixtures/resumed-migration.js';
import { recorder } from '../verify/recorder.js';

let ground: ResumedGround;
beforeAll(async () => {
  ground = await resumedMigrationGround(testDynamo());
});
afterAll(async () => {
  await ground?.cleanup();
});

async function run(command: string, app: EventsApp, options: Options = {}) {
  const rec = recorder();
  const ex = await execute(command, { from: ground.exportDir, ...options }, rec, app.root);
  return { ex, lines: rec.lines };
}

async function refusal(app: EventsApp, options: Options = {}): Promise<{ code: number; message: string }> {
  try {
    await run('rollback', app, options);
  } catch (err) {
    return { code: exitCodeOf(err), message: (err as Error).message };
  }
  throw new Error('the rollback did not refuse');
}

const fileOf = (app: EventsApp, c: string) => readFile(path.join(app.dataDir, `${c}.json`), 'utf8');

async function expectEveryEditKept(app: EventsApp): Promise<void> {
  for (const c of MIGRATED) expect({ c, text: await fileOf(app, c) }).toEqual({ c, text: appFormat(EXPECTED_RESUMED[c]) });
}

async function expectUnchanged(app: EventsApp): Promise<void> {
  const after = filesAfter();
  for (const c of MIGRATED) expect({ c, text: await fileOf(app, c) }).toEqual({ c, text: appFormat(after[c]) });
}

/** The progress file's window: the first run failed at 03:00:0x, the second ran from 06:00:00. */
const RUN1_WINDOW = { start: RUN1_AT, end: '2024-06-01T03:00:30.000Z' };
const RUN2_WINDOW = { start: RUN2_AT, end: '2024-06-01T06:00:30.000Z' };
const WINDOWS_YAML = [
  'migration:',
  '  windows:',
  `    events: { start: ${RUN1_WINDOW.start}, end: ${RUN1_WINDOW.end}, backup: ${RUN1_BACKUP} }`,
  `    participants: { start: ${RUN1_WINDOW.start}, end: ${RUN1_WINDOW.end}, backup: ${RUN1_BACKUP} }`,
  `    users: { start: ${RUN2_WINDOW.start}, end: ${RUN2_WINDOW.end}, backup: ${RUN2_BACKUP} }`,
  `    talks: { start: ${RUN2_WINDOW.start}, end: ${RUN2_WINDOW.end}, backup: ${RUN2_BACKUP} }`,
  '',
].join('\n');

describe('a resumed migration', () => {
  it('is what the fixture says: the first run failed on users (the GSI rejected a NULL email), the second completed', () => {
    expect(ground.completed).toEqual([false, true]);
  });

  it('rolls back with every edit kept and no conflict: events and participants from the first backup, users and talks from the second', async () => {
    const app = await ground.freshApp();
    const { ex } = await run('rollback', app);
    const result = ex.result as RollbackResult;
    expect(ex.presentation.ok).toBe(true);
    await expectEveryEditKept(app);
    expect(result.collections.flatMap((c) => c.conflicts)).toEqual([]);
    for (const c of result.collections)
      expect({ c: c.collection, lost: Object.values(c.lost).flat() }).toEqual({ c: c.collection, lost: [] });
    const runs = Object.fromEntries(
      result.collections.map((c) => [
        c.collection,
        c.migrationRun && { backup: path.basename(c.migrationRun.backup), how: c.migrationRun.how, start: c.migrationRun.windowStart },
      ]),
    );
    expect(runs).toEqual({
      events: { backup: RUN1_BACKUP, how: 'items', start: RUN1_AT },
      participants: { backup: RUN1_BACKUP, how: 'items', start: RUN1_AT },
      users: { backup: RUN2_BACKUP, how: 'items', start: RUN2_AT },
      talks: { backup: RUN2_BACKUP, how: 'items', start: RUN2_AT },
    });
    // The report on disk records each collection's run, for verify and a catch-up.
    const report = JSON.parse(await readFile(result.report!, 'utf8')) as RollbackResult;
    expect(report.collections.map((c) => path.basename(c.migrationRun!.backup))).toEqual([
      RUN1_BACKUP,
      RUN1_BACKUP,
      RUN2_BACKUP,
      RUN2_BACKUP,
    ]);
    expect(renderText(ex.presentation.summary)).toContain(
      `events: merged from backup ${path.join(app.root, 'migration-backups', RUN1_BACKUP)}, window ${RUN1_AT} to `,
    );

    const verified = await run('verify', app, { live: true, endpoint: process.env.TEST_DYNAMO_ENDPOINT });
    const v = verified.ex.result as VerifyResult;
    expect(v.collections.filter((c) => c.table !== null).map((c) => [c.collection, c.status, c.changed.length])).toEqual(
      MIGRATED.map((c) => [c, expect.stringMatching(/^(ok|accounted)$/), 0]),
    );
    expect(v.ok).toBe(true);
    expect(v.migrationRules.runs.map((r) => [r.collection, path.basename(r.backup), r.windowStart])).toEqual([
      ['events', RUN1_BACKUP, RUN1_AT],
      ['participants', RUN1_BACKUP, RUN1_AT],
      ['users', RUN2_BACKUP, RUN2_AT],
      ['talks', RUN2_BACKUP, RUN2_AT],
    ]);
    expect(renderText(verified.ex.presentation.summary)).toContain('participants: its run of a resumed migration, window ');
  });

  it('is refused, naming the collections and migration.windows, when the progress file is gone: no run is shown for the first folder (nothing written)', async () => {
    const app = await ground.freshApp();
    await rm(path.join(app.root, 'migration-progress.json'));
    const { code, message } = await refusal(app);
    expect(code).toBe(2);
    expect(message).toContain('migration.windows.events');
    expect(message).toContain('migration.windows.participants');
    expect(message).toContain(RUN1_BACKUP);
    expect(message).not.toContain('migration.windows.users');
    await expectUnchanged(app);
    // A dry run (the plan) says the same, with exit 2.
    expect(await refusal(app, { 'dry-run': true })).toEqual({ code, message });
  });

  it('rolls back the same with the runs given by hand in the config, and verify passes', async () => {
    const app = await ground.freshApp(resumedConfig(ground.stage, WINDOWS_YAML));
    await rm(path.join(app.root, 'migration-progress.json'));
    const { ex } = await run('rollback', app);
    const result = ex.result as RollbackResult;
    await expectEveryEditKept(app);
    expect(result.collections.flatMap((c) => c.conflicts)).toEqual([]);
    expect(result.collections.map((c) => [c.collection, c.migrationRun?.how, path.basename(c.migrationRun?.backup ?? '')])).toEqual([
      ['events', 'configured', RUN1_BACKUP],
      ['participants', 'configured', RUN1_BACKUP],
      ['users', 'configured', RUN2_BACKUP],
      ['talks', 'configured', RUN2_BACKUP],
    ]);
    const v = (await run('verify', app)).ex.result as VerifyResult;
    expect(v.ok).toBe(true);
  });

  it('refuses a configured window whose backup folder is not in the backup dir, naming the key (nothing written)', async () => {
    const app = await ground.freshApp(
      resumedConfig(
        ground.stage,
        WINDOWS_YAML.replace(`backup: ${RUN1_BACKUP} }\n    participants`, 'backup: 2024-01-01T00-00-00-000Z }\n    participants'),
      ),
    );
    const { code, message } = await refusal(app);
    expect(code).toBe(2);
    expect(message).toContain('migration.windows.events.backup');
    await expectUnchanged(app);
  });
});

describe('migration.windows in the config', () => {
  const bad = async (yaml: string) => {
    const app = await ground.freshApp(resumedConfig(ground.stage, yaml));
    const err = await run('rollback', app).then(
      () => null,
      (e: unknown) => e,
    );
    await expectUnchanged(app);
    return { code: exitCodeOf(err), message: (err as Error).message };
  };

  it('refuses an end before the start, naming the field', async () => {
    const r = await bad(
      `migration:\n  windows:\n    events: { start: ${RUN1_WINDOW.end}, end: ${RUN1_WINDOW.start}, backup: ${RUN1_BACKUP} }\n`,
    );
    expect(r.code).toBe(2);
    expect(r.message).toContain('migration.windows.events.end');
  });

  it('refuses a time without a zone, naming the field', async () => {
    const r = await bad(
      `migration:\n  windows:\n    events: { start: "2024-06-01T03:00:00", end: ${RUN1_WINDOW.end}, backup: ${RUN1_BACKUP} }\n`,
    );
    expect(r.code).toBe(2);
    expect(r.message).toContain('migration.windows.events.start');
  });

  it('refuses a backup given as a path', async () => {
    const r = await bad(
      `migration:\n  windows:\n    events: { start: ${RUN1_WINDOW.start}, end: ${RUN1_WINDOW.end}, backup: ../elsewhere }\n`,
    );
    expect(r.code).toBe(2);
    expect(r.message).toContain('migration.windows.events.backup');
  });

  it('refuses a collection that is not in tables', async () => {
    const r = await bad(
      `migration:\n  windows:\n    sessions: { start: ${RUN1_WINDOW.start}, end: ${RUN1_WINDOW.end}, backup: ${RUN1_BACKUP} }\n`,
    );
    expect(r.code).toBe(2);
    expect(r.message).toContain('migration.windows.sessions');
  });
});

describe('status on a resumed migration', () => {
  const status = async (app: EventsApp) => {
    const { ex } = await run('status', app, { endpoint: process.env.TEST_DYNAMO_ENDPOINT });
    return { r: ex.result as StatusResult, text: renderText(ex.presentation.summary) };
  };

  it('names the run that migrated each collection, and counts what the rollback will undo against it', async () => {
    const { r, text } = await status(await ground.freshApp());
    expect(r.migrationRuns?.collections.map((c) => [c.collection, c.backup, c.how])).toEqual([
      ['events', `migration-backups/${RUN1_BACKUP}`, 'items'],
      ['participants', `migration-backups/${RUN1_BACKUP}`, 'items'],
      ['users', `migration-backups/${RUN2_BACKUP}`, 'items'],
      ['talks', `migration-backups/${RUN2_BACKUP}`, 'items'],
    ]);
    expect(r.reasons.filter((x) => x.includes('migration.windows'))).toEqual([]);
    // Against its own run's backup: p-2 differs only by the migration's artifacts (its updatedAt is the first run's).
    expect(r.artifacts.collections.find((c) => c.collection === 'participants')?.counts).toMatchObject({
      items: 2,
      artifactsOnly: 1,
      changed: 1,
    });
    expect(text).toContain('Migration runs');
  });

  it('is not ready, naming the collections and migration.windows, when the run that migrated them is not clear', async () => {
    const app = await ground.freshApp();
    await rm(path.join(app.root, 'migration-progress.json'));
    const { r } = await status(app);
    expect(r.ready).toBe(false);
    expect(r.reasons.filter((x) => x.includes('migration.windows')).map((x) => x.split(':')[0])).toEqual(['events', 'participants']);
  });
});

// Last: it writes to the shared tables after the export the tests above roll back from.
describe('a catch-up after the rollback of a resumed migration', () => {
  it("undoes each collection's base with the run the first rollback recorded: a DynamoDB write to an item the first run migrated is no conflict, even under --prefer file", async () => {
    const app = await ground.freshApp();
    await run('rollback', app);
    // p-2 as the first run left it (its updatedAt that run's, undone by the first rollback); the app changes it after.
    const p2 = EXPECTED_RESUMED.participants[1]!;
    await testDynamo().send(
      new PutItemCommand({
        TableName: ground.tables.participants,
        Item: documentClientItem({ ...p2, status: 'cancelled', updatedAt: '2024-07-01T00:00:00.000Z' }),
      }),
    );
    const export2 = path.join(path.dirname(ground.exportDir), 'export2');
    await exportEventsApp(app, export2);
    const { ex } = await run('rollback', app, { from: export2, base: ground.exportDir, prefer: 'file' });
    const result = ex.result as RollbackResult;
    expect(result.collections.flatMap((c) => c.conflicts)).toEqual([]);
    const participants = JSON.parse(await fileOf(app, 'participants')) as Array<Record<string, unknown>>;
    expect(participants[1]).toEqual({ ...p2, status: 'cancelled', updatedAt: '2024-07-01T00:00:00.000Z' });
    expect(result.collections.map((c) => path.basename(c.migrationRun?.backup ?? ''))).toEqual([
      RUN1_BACKUP,
      RUN1_BACKUP,
      RUN2_BACKUP,
      RUN2_BACKUP,
    ]);
  });
});
