/**
 * The rollback on data that went through the events app's real migration
 * (__tests__/fixtures/real-migration.ts): "" stored as NULL, updatedAt
 * rewritten, uuids for items without id, then a month of writes in DynamoDB
 * and hand edits in the files. Through execute('rollback'), as the CLI and
 * the action run it, on dynalite; expected files and counts by hand.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import type { Options } from '../../src/commands/options.js';
import { renderText } from '../../src/core/summary.js';
import type { RollbackResult } from '../../src/rollback/result.js';
import { testDynamo } from '../harness/aws.js';
import { appFormat, type Collection, type EventsApp, MIGRATED } from '../fixtures/events-app.js';
import {
  configYaml,
  END_TIME,
  EXPECTED_MERGE,
  EXPECTED_MIGRATION,
  FILE_EDITS,
  GENERATED_IDS,
  personalValues,
  type RealMigrationGround,
  realMigrationGround,
  rewriteProgress,
  START_TIME,
  UNMIGRATED,
} from '../fixtures/real-migration.js';
import { recorder } from '../verify/recorder.js';

let plain: RealMigrationGround;
let keyed: RealMigrationGround;

beforeAll(async () => {
  plain = await realMigrationGround('ddbrb-real-plain-', testDynamo(), 'plain');
  keyed = await realMigrationGround('ddbrb-real-keyed-', testDynamo(), 'keyed');
});

afterAll(async () => {
  await plain?.cleanup();
  await keyed?.cleanup();
});

async function run(command: string, ground: RealMigrationGround, app: EventsApp, options: Options = {}) {
  const rec = recorder();
  const ex = await execute(command, { from: ground.exportDir, ...options }, rec, app.root);
  const said = [...rec.lines, JSON.stringify(ex.result), renderText(ex.presentation.summary), JSON.stringify(ex.presentation.outputs)].join(
    '\n',
  );
  return { ex, said };
}

async function rollback(ground: RealMigrationGround, app: EventsApp, options: Options = {}) {
  const { ex, said } = await run('rollback', ground, app, options);
  const result = ex.result as RollbackResult;
  const report = result.report ? await readFile(result.report, 'utf8') : '';
  return { ex, result, said: `${said}\n${report}` };
}

const fileText = (app: EventsApp, name: string) => readFile(path.join(app.dataDir, name), 'utf8');
const of = (r: RollbackResult, c: Collection) => r.collections.find((x) => x.collection === c)!;

/** The report's migration counts, generatedIds sorted (the export's order is the table's, not the migration's). */
const migrationOf = (r: RollbackResult, c: Collection) => {
  const m = of(r, c).migration;
  return { ...m, generatedIds: [...m.generatedIds].sort() };
};
const expectedMigration = (rules: 'on' | 'off', c: Collection, extra: object = {}) => {
  const m = EXPECTED_MIGRATION[rules][c];
  return { ...m, generatedIds: [...m.generatedIds].sort(), ...extra };
};

async function expectMergedFiles(app: EventsApp): Promise<void> {
  for (const c of MIGRATED) expect({ c, text: await fileText(app, `${c}.json`) }).toEqual({ c, text: appFormat(EXPECTED_MERGE[c]) });
  for (const [name, text] of Object.entries(UNMIGRATED)) expect({ name, text: await fileText(app, name) }).toEqual({ name, text });
}

/** A second config beside the app's, for the same run with other settings. */
async function otherConfig(app: EventsApp, ground: RealMigrationGround, migration: Record<string, boolean>): Promise<string> {
  const file = path.join(app.root, '.github', 'other-rules.yml');
  await writeFile(file, configYaml(ground.stack, ground.stage, migration));
  return file;
}

const RULES_OFF = { emptyStringsAsNull: false, rewroteUpdatedAt: false, generatedIds: false };

describe('merge after the real migration (tables keyed by id)', () => {
  it('gives exactly the expected files: every "" back, untouched updatedAt back, file edits kept, DynamoDB changes taken', async () => {
    const app = await plain.freshApp();
    const { ex, result } = await rollback(plain, app);
    expect(ex.presentation.ok).toBe(true);
    await expectMergedFiles(app);
    expect(result.collections.map((c) => [c.collection, c.written])).toEqual(MIGRATED.map((c) => [c, true]));
  });

  it('reports a conflict only where both sides really changed an item (u-2), and counts by hand', async () => {
    const app = await plain.freshApp();
    const { result } = await rollback(plain, app);
    expect(result.collections.flatMap((c) => c.conflicts.map((k) => ({ collection: c.collection, ...k })))).toEqual([
      { collection: 'users', id: 'u-2', kind: 'changed-both', took: 'dynamodb', result: 'kept', reason: 'prefer-dynamodb' },
    ]);
    expect(of(result, 'events').counts).toEqual({
      items: 3,
      fromBackup: 0,
      fromExport: 2,
      keptFromFiles: 1,
      added: 1,
      changed: 1,
      deleted: 1,
      unchanged: 1,
      conflicts: 0,
    });
    expect(of(result, 'participants').counts).toEqual({
      items: 3,
      fromBackup: 1,
      fromExport: 2,
      keptFromFiles: 0,
      added: 1,
      changed: 1,
      deleted: 1,
      unchanged: 1,
      conflicts: 0,
    });
    expect(of(result, 'users').counts).toEqual({
      items: 2,
      fromBackup: 1,
      fromExport: 1,
      keptFromFiles: 0,
      added: 0,
      changed: 1,
      deleted: 0,
      unchanged: 1,
      conflicts: 1,
    });
    expect(of(result, 'talks').counts).toEqual({
      items: 6,
      fromBackup: 1,
      fromExport: 2,
      keptFromFiles: 3,
      added: 1,
      changed: 1,
      deleted: 0,
      unchanged: 4,
      conflicts: 0,
    });
    expect(of(result, 'events').deletedIds).toEqual(['ev-3']);
    expect(of(result, 'participants').deletedIds).toEqual(['p-2']);
    // Only the real conflict set a version aside.
    expect(result.collections.map((c) => [c.collection, c.lost])).toEqual([
      ['events', { addedInExport: [], changedInExport: [], addedInFiles: [], changedInFiles: [] }],
      ['participants', { addedInExport: [], changedInExport: [], addedInFiles: [], changedInFiles: [] }],
      ['users', { addedInExport: [], changedInExport: [], addedInFiles: [], changedInFiles: ['u-2'] }],
      ['talks', { addedInExport: [], changedInExport: [], addedInFiles: [], changedInFiles: [] }],
    ]);
  });

  it("reports per collection exactly what it undid of the migration, in the window of the progress file's startTime and endTime", async () => {
    const app = await plain.freshApp();
    const { ex, result } = await rollback(plain, app);
    for (const c of MIGRATED) expect({ c, m: migrationOf(result, c) }).toEqual({ c, m: expectedMigration('on', c) });
    expect(result.migration).toMatchObject({
      emptyStringsAsNull: true,
      rewroteUpdatedAt: true,
      generatedIds: true,
      windowStart: START_TIME,
      windowEnd: END_TIME,
    });
    expect(result.migration.window).toContain("the progress file's startTime and endTime");
    const undone = ex.presentation.summary.tables.find((t) => t.caption?.startsWith('Undone of the migration'));
    expect(undone?.rows).toEqual([
      ['events', '1', '5', '1', '0', '0', '0'],
      ['participants', '2', '3', '3', '0', '0', '0'],
      ['users', '1', '3', '1', '0', '0', '0'],
      ['talks', '3', '4', '4', '2', '0', '0'],
    ]);
  });

  it('says the same counts on a dry run, and writes nothing', async () => {
    const app = await plain.freshApp();
    const before = await Promise.all(MIGRATED.map((c) => fileText(app, `${c}.json`)));
    const { result } = await rollback(plain, app, { 'dry-run': true });
    expect(result.dryRun).toBe(true);
    for (const c of MIGRATED) expect({ c, m: migrationOf(result, c) }).toEqual({ c, m: expectedMigration('on', c) });
    expect(await Promise.all(MIGRATED.map((c) => fileText(app, `${c}.json`)))).toEqual(before);
  });

  it('writes no invented id into an item that never had one, and keeps the hand edit of one', async () => {
    const app = await plain.freshApp();
    await rollback(plain, app);
    const text = await fileText(app, 'talks.json');
    const talks = JSON.parse(text) as Record<string, unknown>[];
    expect(talks.filter((t) => !('id' in t)).map((t) => t.title)).toEqual(['Edge Caching', FILE_EDITS.whyCrdts.title]);
    for (const id of GENERATED_IDS) expect(text).not.toContain(id);
  });

  it('with --prefer file, the one real conflict takes the file version and nothing else moves', async () => {
    const app = await plain.freshApp();
    const { result } = await rollback(plain, app, { prefer: 'file' });
    expect(await fileText(app, 'users.json')).toBe(appFormat([EXPECTED_MERGE.users[0], FILE_EDITS.u2]));
    for (const c of ['events', 'participants', 'talks'] as const)
      expect(await fileText(app, `${c}.json`)).toBe(appFormat(EXPECTED_MERGE[c]));
    expect(result.collections.flatMap((c) => c.conflicts.map((k) => [k.id, k.took]))).toEqual([['u-2', 'file']]);
  });

  it.each([
    ['foreign-path', 'progress-file', 'which is not on this machine'],
    ['rolled-back', 'newest-folder', 'says rolled_back'],
  ] as const)('finds the migration backup (progress file: %s), says how, and merges the same', async (variant, via, note) => {
    const app = await plain.freshApp();
    await rewriteProgress(app, variant);
    const { result } = await rollback(plain, app);
    expect(result.backup).toMatchObject({ dir: app.backupDir, via, note: expect.stringContaining(note) });
    expect(result.migration).toMatchObject({ windowStart: START_TIME, windowEnd: END_TIME });
    await expectMergedFiles(app);
  });

  it('says no fixture value in its messages, summary, outputs or report', async () => {
    const app = await plain.freshApp();
    const { said } = await rollback(plain, app);
    expect(said).toContain('u-2');
    expect(personalValues().filter((v) => said.includes(v))).toEqual([]);
  });
});

describe('merge after the real migration with the rules switched off', () => {
  it('sees every artifact as a change made in DynamoDB: false conflicts, file edits set aside', async () => {
    const app = await plain.freshApp();
    const config = await otherConfig(app, plain, RULES_OFF);
    const { result } = await rollback(plain, app, { config });
    expect(result.migration).toMatchObject({ emptyStringsAsNull: false, rewroteUpdatedAt: false, generatedIds: false });
    expect(result.collections.flatMap((c) => c.conflicts.map((k) => [c.collection, k.id, k.kind]))).toEqual([
      ['events', 'ev-1', 'changed-both'],
      ['participants', 'p-4', 'changed-in-dynamodb-deleted-in-file'],
      ['users', 'u-2', 'changed-both'],
      ['talks', 't-4', 'changed-both'],
    ]);
    expect(result.collections.flatMap((c) => c.lost.changedInFiles)).toEqual(['ev-1', 'u-2', 't-4']);
    // DynamoDB's ev-1 won: NULLs where the file had "", the migration's updatedAt.
    const ev1 = (JSON.parse(await fileText(app, 'events.json')) as Record<string, unknown>[]).find((e) => e.id === 'ev-1')!;
    expect(ev1.description).toBeNull();
    expect(Date.parse(ev1.updatedAt as string)).toBeGreaterThan(Date.parse(START_TIME));
    expect(Date.parse(ev1.updatedAt as string)).toBeLessThan(Date.parse(END_TIME));
    // The talks without id come back as new items with the migration's uuids.
    expect(of(result, 'talks').counts.added).toBe(3);
    const talks = await fileText(app, 'talks.json');
    for (const id of GENERATED_IDS) expect(talks).toContain(id);
  });

  it('reports, per collection, what each rule would have undone', async () => {
    const app = await plain.freshApp();
    const config = await otherConfig(app, plain, RULES_OFF);
    const { ex, result } = await rollback(plain, app, { config });
    for (const c of MIGRATED) expect({ c, m: migrationOf(result, c) }).toEqual({ c, m: expectedMigration('off', c) });
    const undone = ex.presentation.summary.tables.find((t) => t.caption?.startsWith('Undone of the migration'));
    expect(undone?.headers.slice(2, 5)).toEqual([
      '"" from NULL (rule off: counted as changes)',
      'timestamps (rule off: counted as changes)',
      'generated ids (rule off: counted as changes)',
    ]);
    expect(undone?.rows).toEqual([
      ['events', '0', '5', '1', '0', '0', '0'],
      ['participants', '0', '3', '3', '0', '0', '0'],
      ['users', '0', '3', '1', '0', '0', '0'],
      ['talks', '0', '2', '1', '2', '0', '0'],
    ]);
    expect(ex.presentation.summary.notes).toContain(
      'talks: rules that are off would have undone 2 NULLs as "" (migration.emptyStringsAsNull), 1 timestamps as the backup\'s (migration.rewroteUpdatedAt), 2 generated ids matched back (migration.generatedIds)',
    );
  });

  // One rule off at a time: only its own count moves to notApplied (by hand, from the fixture's artifacts).
  it.each([
    ['emptyStringsAsNull', { events: 5, participants: 3, users: 3, talks: 4 }],
    ['rewroteUpdatedAt', { events: 1, participants: 3, users: 1, talks: 4 }],
    ['generatedIds', { events: 0, participants: 0, users: 0, talks: 2 }],
  ] as const)('with only %s off, counts what that rule would have undone and applies the others', async (rule, expected) => {
    const app = await plain.freshApp();
    const config = await otherConfig(app, plain, { [rule]: false });
    const { result } = await rollback(plain, app, { config });
    const notApplied = Object.fromEntries(MIGRATED.map((c) => [c, of(result, c).migration.notApplied]));
    for (const c of MIGRATED) {
      expect({ c, notApplied: notApplied[c] }).toEqual({
        c,
        notApplied: { emptyStringsAsNull: 0, rewroteUpdatedAt: 0, generatedIds: 0, [rule]: expected[c] },
      });
    }
  });
});

describe('merge after the real migration into tables keyed by other attributes', () => {
  it('maps id from participantId and drops eventId: the same files as with tables keyed by id', async () => {
    const app = await keyed.freshApp();
    const { ex, result } = await rollback(keyed, app);
    expect(ex.presentation.ok).toBe(true);
    await expectMergedFiles(app);
    expect(result.collections.flatMap((c) => c.conflicts.map((k) => k.id))).toEqual(['u-2']);
  });

  it('counts the dropped attributes and renamed ids beside what it undid', async () => {
    const app = await keyed.freshApp();
    const { result, said } = await rollback(keyed, app);
    expect(migrationOf(result, 'events')).toEqual(expectedMigration('on', 'events', { droppedAttributes: 3 }));
    expect(migrationOf(result, 'participants')).toEqual(expectedMigration('on', 'participants', { renamedIds: 4 }));
    expect(migrationOf(result, 'users')).toEqual(expectedMigration('on', 'users'));
    expect(migrationOf(result, 'talks')).toEqual(expectedMigration('on', 'talks'));
    expect(personalValues().filter((v) => said.includes(v))).toEqual([]);
  });
});

// verify reads the same rules with its own code: the rollback's result must pass it.
describe('verify after a merge of the real migration', () => {
  it.each([
    ['keyed by id', () => plain],
    ['keyed by other attributes', () => keyed],
  ] as const)('passes on the merged files (tables %s)', async (_name, ground) => {
    const app = await ground().freshApp();
    await rollback(ground(), app);
    const { ex, said } = await run('verify', ground(), app);
    // On failure, verify's own summary says which ids and paths it took for differences.
    expect({ ok: ex.presentation.ok, summary: ex.presentation.ok ? '' : renderText(ex.presentation.summary) }).toEqual({
      ok: true,
      summary: '',
    });
    expect(personalValues().filter((v) => said.includes(v))).toEqual([]);
  });
});
