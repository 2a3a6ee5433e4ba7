/**
 * rollback and undo end to end on the events app: dynalite tables exported
 * by the export command's own code, a scratch repository with the migration
 * backup, the current files and files the rollback must not touch.
 */
import { jest } from '@jest/globals';
import { appendFile, cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import type { Options } from '../../src/commands/options.js';
import { exitCodeOf } from '../../src/core/errors.js';
import type { Reporter } from '../../src/core/reporter.js';
import { renderText } from '../../src/core/summary.js';
import { main } from '../../src/cli/main.js';
import type { RollbackResult } from '../../src/rollback/result.js';
import { statePaths } from '../../src/state/paths.js';
import type { UndoResult } from '../../src/rollback/undo.js';
import { createBucket, ourS3, testDynamo, testS3 } from '../harness/aws.js';
import {
  appFormat,
  atMigration,
  BACKUP_NAME,
  type Collection,
  DECOY_BACKUP_NAME,
  type EventsApp,
  EXPECTED,
  expectedFileText,
  exportEventsApp,
  MIGRATED,
  personalValues,
  readTree,
  UNMIGRATED,
  rollbackOptionsFor,
  type SeededGround,
  seededGround,
} from '../fixtures/events-app.js';
import { runCrashChild } from '../harness/crash.js';

function recorder(): Reporter & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => void lines.push(`info: ${m}`),
    warning: (m) => void lines.push(`warning: ${m}`),
    error: (m) => void lines.push(`error: ${m}`),
    group: (_n, fn) => fn(),
    progress: (label) => ({ add: () => {}, detail: () => {}, done: (t) => void lines.push(`done: ${label} ${t ?? ''}`) }),
  };
}

let ground: SeededGround;
let seeded: EventsApp;
let exportDir: string;
let scratch: string;

beforeAll(async () => {
  ground = await seededGround('ddbrb-rollback-', testDynamo());
  ({ seeded, exportDir, scratch } = ground);
});

afterAll(() => ground.cleanup());

const freshApp = (stage?: string) => ground.freshApp(stage);

async function rollback(app: EventsApp, options: Options = {}) {
  const rec = recorder();
  const ex = await execute('rollback', { from: exportDir, ...options }, rec, app.root);
  const result = ex.result as RollbackResult;
  const said = [...rec.lines, JSON.stringify(result), renderText(ex.presentation.summary), JSON.stringify(ex.presentation.outputs)].join(
    '\n',
  );
  return { ex, rec, result, said };
}

async function fileText(app: EventsApp, c: string): Promise<string> {
  return readFile(path.join(app.dataDir, `${c}.json`), 'utf8');
}

async function expectFiles(app: EventsApp, key: keyof typeof EXPECTED): Promise<void> {
  for (const c of MIGRATED) expect({ c, text: await fileText(app, c) }).toEqual({ c, text: expectedFileText(EXPECTED[key][c]) });
  for (const [name, text] of Object.entries(UNMIGRATED)) expect(await readFile(path.join(app.dataDir, name), 'utf8')).toBe(text);
}

const countsOf = (r: RollbackResult, c: Collection) => r.collections.find((x) => x.collection === c)!;

/** Everything the rollback might touch: the data dir and the state folder beside it. */
async function repoPicture(app: EventsApp) {
  const state = statePaths(app.dataDir).root;
  return {
    data: await readTree(app.dataDir),
    state: await stat(state).then(
      () => readTree(state),
      () => null,
    ),
  };
}

describe('rollback --strategy merge', () => {
  it('merges the export, the backup and the current files, reports it, and leaves other files byte for byte', async () => {
    const app = await freshApp();
    const { ex, rec, result, said } = await rollback(app);
    expect(ex.presentation.ok).toBe(true);
    await expectFiles(app, 'merge-dynamodb');

    expect(result.backup).toMatchObject({ dir: path.join(app.root, 'migration-backups', BACKUP_NAME), via: 'progress-file' });
    expect(result.leftAsIs).toEqual(['analytics.json', 'settings.json']);
    expect(countsOf(result, 'events').counts).toEqual({
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
    expect(countsOf(result, 'participants').counts).toEqual({
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
    expect(countsOf(result, 'events').deletedIds).toEqual(['ev-3']);
    expect(countsOf(result, 'participants').deletedIds).toEqual(['p-2']);
    expect(countsOf(result, 'users').deletedIds).toEqual(['u-2']);
    expect(countsOf(result, 'users').conflicts).toEqual([
      { id: 'u-2', kind: 'deleted-in-dynamodb-changed-in-file', took: 'dynamodb', result: 'deleted', reason: 'prefer-dynamodb' },
    ]);
    expect(countsOf(result, 'talks').conflicts).toEqual([
      { id: 't-1', kind: 'changed-both', took: 'dynamodb', result: 'kept', reason: 'prefer-dynamodb' },
    ]);
    expect(result.collections.every((c) => c.written === true)).toBe(true);

    // The 30-digit number: written exactly, warned about by collection, id and path.
    expect(result.precisionWarnings).toEqual([{ collection: 'events', id: 'ev-4', path: 'viewCount' }]);
    // And each conflict, warned of: the other side's version is set aside.
    expect(rec.lines.filter((l) => l.startsWith('warning:'))).toEqual([
      expect.stringMatching(/^warning: events ev-4: number at viewCount /),
      "warning: users u-2: conflict deleted-in-dynamodb-changed-in-file, took DynamoDB's version (prefer-dynamodb); the other is set aside (lost in the report)",
      "warning: talks t-1: conflict changed-both, took DynamoDB's version (prefer-dynamodb); the other is set aside (lost in the report)",
    ]);

    // Report file and presentation: counts and ids, never values.
    expect(result.report).toMatch(new RegExp(`^${statePaths(app.dataDir).reports}/rollback-.*\\.json$`));
    const reportText = await readFile(result.report!, 'utf8');
    const report = JSON.parse(reportText) as RollbackResult & { tool: string };
    expect(report.tool).toBe('dynamodb-rollback');
    expect(report.collections.map((c) => [c.collection, c.counts.conflicts, c.deletedIds])).toEqual([
      ['events', 0, ['ev-3']],
      ['participants', 0, ['p-2']],
      ['users', 1, ['u-2']],
      ['talks', 1, []],
    ]);
    expect(ex.presentation.outputs).toMatchObject({ strategy: 'merge', conflicts: '2', report: result.report, snapshot: result.snapshot });
    expect(JSON.parse(ex.presentation.outputs.counts!).talks.conflicts).toBe(1);
    const table = ex.presentation.summary.tables[0]!;
    expect(table.rows.map((r) => r[0])).toEqual([...MIGRATED]);
    expect(ex.presentation.summary.tables[1]?.rows).toEqual([
      ['users', 'u-2', 'deleted-in-dynamodb-changed-in-file', 'dynamodb', 'deleted', 'prefer-dynamodb'],
      ['talks', 't-1', 'changed-both', 'dynamodb', 'kept', 'prefer-dynamodb'],
    ]);
    const everything = `${said}\n${reportText}`;
    expect(personalValues().filter((v) => everything.includes(v))).toEqual([]);

    // Nothing left behind: no lock, no temp files.
    expect(await readdir(statePaths(app.dataDir).root)).toEqual(['reports', 'snapshots']);
    expect((await readdir(app.dataDir)).sort()).toEqual([
      'analytics.json',
      'events.json',
      'participants.json',
      'settings.json',
      'talks.json',
      'users.json',
    ]);
  });

  it.each([
    [
      'file',
      'merge-file',
      [
        ['users', 'u-2', 'file', 'kept', 'prefer-file'],
        ['talks', 't-1', 'file', 'kept', 'prefer-file'],
      ],
    ],
    [
      'newest',
      'merge-newest',
      [
        ['users', 'u-2', 'file', 'kept', 'changed-beats-deleted'],
        ['talks', 't-1', 'file', 'kept', 'newer-updatedAt'],
      ],
    ],
    [
      'dynamodb',
      'merge-dynamodb',
      [
        ['users', 'u-2', 'dynamodb', 'deleted', 'prefer-dynamodb'],
        ['talks', 't-1', 'dynamodb', 'kept', 'prefer-dynamodb'],
      ],
    ],
  ] as const)('settles conflicts with --prefer %s and reports each', async (prefer, key, conflicts) => {
    const app = await freshApp();
    const { result } = await rollback(app, { prefer });
    await expectFiles(app, key);
    expect(result.collections.flatMap((c) => c.conflicts.map((k) => [c.collection, k.id, k.took, k.result, k.reason]))).toEqual(conflicts);
  });

  it('rewrites only files whose bytes change', async () => {
    const app = await freshApp();
    await rollback(app);
    const again = await rollback(app);
    expect(again.result.collections.map((c) => c.written)).toEqual([false, false, false, false]);
    expect(again.result.collections.every((c) => c.counts.added + c.counts.changed + c.counts.deleted === 0)).toBe(true);
  });

  it('with --tables, touches only the collections named', async () => {
    const app = await freshApp();
    const before = await readTree(app.dataDir);
    const { result } = await rollback(app, { tables: ['events'] });
    expect(result.collections.map((c) => c.collection)).toEqual(['events']);
    const after = await readTree(app.dataDir);
    expect(await fileText(app, 'events')).toBe(expectedFileText(EXPECTED['merge-dynamodb'].events));
    for (const name of Object.keys(before).filter((n) => n !== 'events.json')) expect(after[name]).toBe(before[name]);
  });

  it('reads the export from S3', async () => {
    const bucket = await createBucket(testS3());
    await exportEventsApp(seeded, path.join(scratch, 'for-s3'), { s3Uri: `s3://${bucket}/exports/run1`, s3: ourS3() });
    const app = await freshApp();
    const { result } = await rollback(app, { from: `s3://${bucket}/exports/run1`, 's3-endpoint': process.env.TEST_S3_ENDPOINT });
    expect(result.export.location).toBe(`s3://${bucket}/exports/run1`);
    await expectFiles(app, 'merge-dynamodb');
  });

  it('finds the newest backup folder when there is no progress file', async () => {
    const app = await freshApp();
    await rm(path.join(app.root, 'migration-progress.json'));
    await rm(path.join(app.root, 'migration-backups', DECOY_BACKUP_NAME), { recursive: true });
    const { result } = await rollback(app);
    expect(result.backup).toMatchObject({ dir: path.join(app.root, 'migration-backups', BACKUP_NAME), via: 'newest-folder' });
    await expectFiles(app, 'merge-dynamodb');
  });
});

describe('rollback --strategy export', () => {
  it('makes the migrated collections exactly the export, and lists the file edits it drops', async () => {
    const app = await freshApp();
    const { result, ex } = await rollback(app, { strategy: 'export' });
    expect(ex.presentation.ok).toBe(true);
    await expectFiles(app, 'export');
    expect(Object.fromEntries(result.collections.map((c) => [c.collection, c.lost]))).toEqual({
      events: { addedInExport: [], changedInExport: [], addedInFiles: [], changedInFiles: ['ev-1'] },
      participants: { addedInExport: [], changedInExport: [], addedInFiles: [], changedInFiles: [] },
      users: { addedInExport: [], changedInExport: [], addedInFiles: [], changedInFiles: ['u-2'] },
      talks: { addedInExport: [], changedInExport: [], addedInFiles: ['t-3'], changedInFiles: ['t-1'] },
    });
  });

  it('needs no migration backup (the current files give the order)', async () => {
    const app = await freshApp();
    await rm(path.join(app.root, 'migration-progress.json'));
    await rm(path.join(app.root, 'migration-backups'), { recursive: true });
    const { result } = await rollback(app, { strategy: 'export' });
    expect(result.backup).toBeNull();
    await expectFiles(app, 'export');
  });
});

describe('rollback --strategy backup', () => {
  it('refuses when the export holds writes the backup lacks, naming how many per collection, and changes nothing', async () => {
    const app = await freshApp();
    const before = await readTree(app.dataDir);
    const { ex, result } = await rollback(app, { strategy: 'backup' });
    expect(ex.presentation.ok).toBe(false);
    expect(result.refused).toContain('events 1 added in DynamoDB, 1 changed in DynamoDB, 1 changed in the file');
    expect(result.refused).toContain('participants 1 added in DynamoDB, 1 changed in DynamoDB');
    expect(result.refused).toContain('--allow-data-loss');
    expect(result.snapshot).toBeNull();
    expect(result.collections.every((c) => c.written === null)).toBe(true);
    expect(await readTree(app.dataDir)).toEqual(before);
    expect(await readdir(statePaths(app.dataDir).snapshots).catch(() => [])).toEqual([]);
    // The report names what would be lost, by id.
    const report = JSON.parse(await readFile(result.report!, 'utf8')) as RollbackResult;
    expect(report.collections.find((c) => c.collection === 'events')?.lost).toEqual({
      addedInExport: ['ev-4'],
      changedInExport: ['ev-2'],
      addedInFiles: [],
      changedInFiles: ['ev-1'],
    });
  });

  it('with --allow-data-loss, puts back the backup as it was', async () => {
    const app = await freshApp();
    const { ex } = await rollback(app, { strategy: 'backup', 'allow-data-loss': true });
    expect(ex.presentation.ok).toBe(true);
    for (const c of MIGRATED) expect(await fileText(app, c)).toBe(appFormat(atMigration()[c]));
    for (const [name, text] of Object.entries(UNMIGRATED)) expect(await readFile(path.join(app.dataDir, name), 'utf8')).toBe(text);
  });
});

describe('rollback --dry-run', () => {
  it('writes nothing and reports the plan per collection', async () => {
    const app = await freshApp();
    const before = await repoPicture(app);
    const { ex, result } = await rollback(app, { 'dry-run': true });
    expect(await repoPicture(app)).toEqual(before);
    expect(before.state).toBeNull();
    expect(result.report).toBeNull();
    expect(result.snapshot).toBeNull();
    expect(ex.presentation.summary.headline).toMatch(
      /^dry run \(merge\): plan only, nothing written; 4 added, 3 changed, 3 deleted, 2 conflicts$/,
    );
    expect(
      result.collections.map((c) => [
        c.collection,
        c.counts.fromBackup,
        c.counts.fromExport,
        c.counts.keptFromFiles,
        c.counts.added,
        c.counts.changed,
        c.counts.deleted,
        c.counts.conflicts,
      ]),
    ).toEqual([
      ['events', 0, 2, 1, 1, 1, 1, 0],
      ['participants', 1, 2, 0, 1, 1, 1, 0],
      ['users', 1, 1, 0, 1, 0, 1, 1],
      ['talks', 1, 2, 1, 1, 1, 0, 1],
    ]);
    // The real run does what the dry run said.
    const real = await rollback(app);
    expect(real.result.collections.map((c) => c.counts)).toEqual(result.collections.map((c) => c.counts));
  });
});

describe('rollback --dry-run --report', () => {
  it('writes the report where asked, and nothing else', async () => {
    const app = await freshApp();
    const before = await repoPicture(app);
    const { result } = await rollback(app, { 'dry-run': true, report: 'plan.json' });
    expect(result.report).toBe(path.join(app.root, 'plan.json'));
    const report = JSON.parse(await readFile(result.report!, 'utf8')) as RollbackResult;
    expect(report.dryRun).toBe(true);
    expect(report.collections.map((c) => c.counts.conflicts)).toEqual([0, 0, 1, 1]);
    expect(await repoPicture(app)).toEqual(before);
  });
});

describe('undo', () => {
  it('puts the data dir back byte for byte, removing files the rollback created', async () => {
    const app = await freshApp();
    await rm(path.join(app.dataDir, 'users.json')); // the rollback will create it
    await mkdir(path.join(app.dataDir, 'uploads'));
    await writeFile(path.join(app.dataDir, 'uploads', 'a.bin'), Buffer.from([0, 1, 2, 255]));
    const before = await readTree(app.dataDir);
    const { result } = await rollback(app);
    expect(countsOf(result, 'users').currentFile).toBe('missing');
    expect(await readTree(app.dataDir)).not.toEqual(before);

    const rec = recorder();
    const ex = await execute('undo', {}, rec, app.root);
    const undo = ex.result as UndoResult;
    expect(await readTree(app.dataDir)).toEqual(before);
    expect(undo.snapshot).toBe(result.snapshot);
    expect(undo.removed).toEqual(['users.json']);
    expect(undo.restored.sort()).toEqual(['events.json', 'participants.json', 'talks.json']);
    expect(ex.presentation.outputs).toEqual({ 'data-dir': app.dataDir, snapshot: result.snapshot });
  });

  it('with no snapshot is a clear error (exit 2)', async () => {
    const app = await freshApp();
    const err = await execute('undo', {}, recorder(), app.root).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toMatch(/^nothing to undo: no snapshot for /);
  });
});

describe('a crash during the write', () => {
  it('injected after two files: every file is whole (old or new), and undo restores byte for byte', async () => {
    const { runRollback } = await import('../../src/rollback/run.js');
    const app = await freshApp();
    const before = await readTree(app.dataDir);
    let renames = 0;
    const err = await runRollback(rollbackOptionsFor(app, exportDir), {
      reporter: recorder(),
      hooks: {
        beforeRename: () => {
          if (++renames === 3) throw new Error('disk on fire');
        },
      },
    }).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(1);
    expect((err as Error).message).toMatch(
      /rollback stopped after 2 of 4 collection files \(disk on fire\); every file is whole, old or new\. Run undo/,
    );
    // The failure leaves a report of what was written.
    const reportPath = /; report: (.+)$/.exec((err as Error).message)?.[1];
    const report = JSON.parse(await readFile(reportPath!, 'utf8')) as { failed: string; collections: { written: boolean | null }[] };
    expect(report.failed).toMatch(/stopped after 2 of 4/);
    expect(report.collections.map((c) => c.written)).toEqual([true, true, null, null]);
    const after = await readTree(app.dataDir);
    const hex = (t: string) => Buffer.from(t).toString('hex');
    for (const [i, c] of MIGRATED.entries()) {
      const expected = i < 2 ? expectedFileText(EXPECTED['merge-dynamodb'][c]) : Buffer.from(before[`${c}.json`]!, 'hex').toString();
      expect({ c, bytes: after[`${c}.json`] }).toEqual({ c, bytes: hex(expected) });
    }
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    await execute('undo', {}, recorder(), app.root);
    expect(await readTree(app.dataDir)).toEqual(before);
  });

  it('no file is renamed before the snapshot is whole; the temp files written meanwhile are not in it', async () => {
    const { runRollback } = await import('../../src/rollback/run.js');
    const { latestSnapshot } = await import('../../src/fsafe/snapshot.js');
    const { TEMP_PATTERN } = await import('../../src/fsafe/atomic-write.js');
    const app = await freshApp();
    const seen: { snapshot: string[] | null; temps: number }[] = [];
    await runRollback(rollbackOptionsFor(app, exportDir), {
      reporter: recorder(),
      hooks: {
        beforeRename: async () => {
          const snap = await latestSnapshot(statePaths(app.dataDir).snapshots);
          const temps = (await readdir(app.dataDir)).filter((n) => TEMP_PATTERN.test(n)).length;
          seen.push({ snapshot: snap ? snap.manifest.entries.map((e) => e.path) : null, temps });
        },
      },
    });
    expect(seen).toHaveLength(MIGRATED.length);
    // At the first rename every collection's temp file is already written, and the snapshot holds the data dir without them.
    expect(seen[0]!.temps).toBe(MIGRATED.length);
    for (const { snapshot } of seen) {
      expect(snapshot).not.toBeNull();
      expect(snapshot!.filter((p) => TEMP_PATTERN.test(path.basename(p)))).toEqual([]);
      expect(snapshot).toEqual(expect.arrayContaining(MIGRATED.map((c) => `${c}.json`)));
    }
  });

  it('a killed process leaves whole files and its lock; the next run takes the lock over, says so, and finishes', async () => {
    const app = await freshApp();
    const before = await readTree(app.dataDir);
    const options = rollbackOptionsFor(app, exportDir);
    const run = await runCrashChild(['rollback', JSON.stringify(options), '1']);
    expect(run.signal).toBe('SIGKILL');
    const after = await readTree(app.dataDir);
    expect(after['events.json']).toBe(Buffer.from(expectedFileText(EXPECTED['merge-dynamodb'].events)).toString('hex'));
    for (const c of ['participants', 'users', 'talks']) expect(after[`${c}.json`]).toBe(before[`${c}.json`]);

    const again = await rollback(app);
    expect(
      again.rec.lines.filter((l) => l.startsWith(`warning: took over the lock ${statePaths(app.dataDir).lock} from rollback (pid `)),
    ).toHaveLength(1);
    await expectFiles(app, 'merge-dynamodb');
    await expect(readFile(statePaths(app.dataDir).lock)).rejects.toThrow(/ENOENT/);

    // undo puts back what the second run found, without the killed run's temp file.
    await execute('undo', {}, recorder(), app.root);
    const temps = Object.keys(after).filter((n) => !(n in before));
    expect(temps.length).toBeGreaterThan(0);
    for (const t of temps) delete after[t];
    expect(await readTree(app.dataDir)).toEqual(after);
  });
});

describe('bad input: exit 2, nothing changed', () => {
  const cases: [string, (app: EventsApp) => Promise<Options | void>, RegExp][] = [
    [
      'no migration backup',
      async (app) => {
        await rm(path.join(app.root, 'migration-progress.json'));
        await rm(path.join(app.root, 'migration-backups'), { recursive: true });
      },
      /^no migration backup found: .*migration-progress\.json names no backupPath and .*migration-backups holds no backup folder/,
    ],
    [
      'a progress file naming a missing backup',
      async (app) => void (await rm(path.join(app.root, 'migration-backups', BACKUP_NAME), { recursive: true })),
      /names backupPath migration-backups\/2024-06-01T00-00-00-000Z, which is not a folder/,
    ],
    [
      'a tampered export',
      async () => {
        const bad = path.join(scratch, `tampered-${Math.random().toString(16).slice(2)}`);
        await cp(exportDir, bad, { recursive: true });
        const table = (await readdir(bad)).find((n) => n.endsWith('-events'))!;
        const data = path.join(bad, table, 'data');
        await appendFile(path.join(data, (await readdir(data))[0]!), 'x');
        return { from: bad };
      },
      /checksum|sha256|gzip|corrupt/i,
    ],
    ['an export folder that does not exist', async () => ({ from: path.join(scratch, 'nope') }), /no such folder/],
    [
      'an export lacking a collection',
      async () => {
        const partial = path.join(scratch, `partial-${Math.random().toString(16).slice(2)}`);
        await exportEventsApp(seeded, partial, { collections: ['events', 'participants', 'users'] });
        return { from: partial };
      },
      /has no table for collection talks .*; export it too, or leave the collection out with --tables/,
    ],
    [
      'a malformed current file',
      async (app) => void (await writeFile(path.join(app.dataDir, 'talks.json'), '[\n  {"id": "t-1", "title": "Five Minutes of Rust"\n]')),
      /talks\.json: not valid JSON \(expected "," or "}" at line 3, column 1\)/,
    ],
    [
      'a backup file that is not an array',
      async (app) => void (await writeFile(path.join(app.root, 'migration-backups', BACKUP_NAME, 'users.json'), '{"id": "u-1"}')),
      /users\.json: expected a JSON array of items, found object/,
    ],
    [
      'an unwritable folder for the snapshot and lock',
      async (app) => void (await writeFile(path.join(app.root, 'server', '.dynamodb-rollback'), 'in the way')),
      /^cannot create .*\.dynamodb-rollback\/data for the snapshot and lock \(ENOTDIR: .*\.dynamodb-rollback is a file, not a folder\)/,
    ],
    ['a data dir that is not a folder', async () => ({ 'data-dir': '.env' }), /^data dir .*\.env is not a folder/],
    [
      'a lock held by a running rollback',
      async (app) => {
        await mkdir(statePaths(app.dataDir).root, { recursive: true });
        await writeFile(
          statePaths(app.dataDir).lock,
          JSON.stringify({ pid: process.pid, hostname: os.hostname(), command: 'rollback', startedAt: '2024-06-01T00:00:00.000Z' }),
        );
      },
      /^the data dir is locked by .*\/lock: rollback \(pid \d+ on .*\) holds it; wait for it to finish, or if no rollback or undo is running, delete .*\/lock and run again$/,
    ],
  ];

  it.each(cases)('%s', async (_name, arrange, message) => {
    const app = await freshApp();
    const options = (await arrange(app)) ?? {};
    const before = await readTree(app.dataDir);
    const err = await rollback(app, options).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toMatch(message);
    expect(personalValues().filter((v) => (err as Error).message.includes(v))).toEqual([]);
    expect(await readTree(app.dataDir)).toEqual(before);
    const snaps = await readdir(statePaths(app.dataDir).snapshots).catch(() => []);
    expect(snaps).toEqual([]);
  });
});

describe('CLI', () => {
  it('exits 0 on success, 1 on a refusal, 2 on bad input', async () => {
    const app = await freshApp();
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(['rollback', '--from', exportDir, '--dry-run'], app.root)).toBe(0);
      expect(await main(['rollback', '--from', exportDir, '--strategy', 'backup'], app.root)).toBe(1);
      expect(await main(['rollback', '--from', path.join(scratch, 'missing')], app.root)).toBe(2);
      expect(await main(['rollback', '--from', exportDir, '--prefer', 'nobody'], app.root)).toBe(2);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });
});
