/**
 * verify after a rollback that rightly kept file-side changes: the events
 * app (edits in its files since the migration) on dynalite, exported by the
 * export command's code, rolled back by the real rollback, then verified.
 * The rollback's report tells verify which differences are the rollback's
 * own doing; any other difference still fails.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import type { Options } from '../../src/commands/options.js';
import { exitCodeOf } from '../../src/core/errors.js';
import { renderText } from '../../src/core/summary.js';
import type { RollbackResult } from '../../src/rollback/result.js';
import type { VerifyResult } from '../../src/verify/run-verify.js';
import { testDynamo } from '../harness/aws.js';
import {
  appFormat,
  atMigration,
  createEventsApp,
  type EventsApp,
  exportEventsApp,
  personalValues,
  seedEventsTables,
} from '../fixtures/events-app.js';
import { recorder } from './recorder.js';

let seeded: EventsApp;
let scratch: string;
let exportDir: string;
const apps: EventsApp[] = [];
/** Everything said or returned, for the leak check at the end. */
const seen: string[] = [];

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-verify-report-'));
  seeded = await createEventsApp();
  await seedEventsTables(seeded, testDynamo());
  exportDir = path.join(scratch, 'export');
  await exportEventsApp(seeded, exportDir);
});

afterAll(async () => {
  // Ids do appear (so the capture really holds the output); values never do.
  expect(seen.join('\n')).toContain('ev-1');
  expect(personalValues().filter((v) => seen.join('\n').includes(v))).toEqual([]);
  for (const app of [seeded, ...apps]) await app.cleanup();
  await rm(scratch, { recursive: true, force: true });
});

async function freshApp(): Promise<EventsApp> {
  const app = await createEventsApp(seeded.stage);
  apps.push(app);
  return app;
}

async function run(app: EventsApp, command: string, options: Options) {
  const rec = recorder();
  const ex = await execute(command, options, rec, app.root);
  seen.push(...rec.lines, JSON.stringify(ex.result), renderText(ex.presentation.summary), JSON.stringify(ex.presentation.outputs));
  return { ex, rec, text: renderText(ex.presentation.summary) };
}

async function rollback(app: EventsApp, options: Options = {}): Promise<RollbackResult> {
  const { ex } = await run(app, 'rollback', { from: exportDir, ...options });
  return ex.result as RollbackResult;
}

async function verify(app: EventsApp, options: Options = {}) {
  const out = await run(app, 'verify', { from: exportDir, ...options });
  return { ...out, r: out.ex.result as VerifyResult };
}

const byCollection = (r: VerifyResult, c: string) => r.collections.find((x) => x.collection === c)!;
const accountedOf = (r: VerifyResult) =>
  Object.fromEntries(
    r.collections
      .filter((c) => c.table !== null)
      .map((c) => [c.collection, c.accounted.map((a) => [a.id, a.difference, a.because, ...(a.paths ?? [])])]),
  );
const statuses = (r: VerifyResult) => r.collections.filter((c) => c.table !== null).map((c) => [c.collection, c.status]);

/** What a merge leaves differing from the export, by prefer (worked out by hand from the fixture). */
const KEPT_FROM_FILES = {
  dynamodb: {
    events: [['ev-1', 'changed', 'kept-from-files', 'title', 'updatedAt']],
    participants: [['p-4', 'missing', 'deleted-by-files']],
    users: [],
    talks: [['t-3', 'extra', 'kept-from-files']],
  },
  file: {
    events: [['ev-1', 'changed', 'kept-from-files', 'title', 'updatedAt']],
    participants: [['p-4', 'missing', 'deleted-by-files']],
    users: [['u-2', 'extra', 'kept-from-files']],
    talks: [
      ['t-1', 'changed', 'kept-from-files', 'title', 'updatedAt'],
      ['t-3', 'extra', 'kept-from-files'],
    ],
  },
};

describe('verify with the rollback report', () => {
  it.each(['dynamodb', 'file', 'newest'] as const)(
    'passes after a merge rollback (prefer %s), listing the ids the rollback kept from the files',
    async (prefer) => {
      const app = await freshApp();
      const rb = await rollback(app, { prefer });
      expect(rb.refused).toBeNull();
      const expected = KEPT_FROM_FILES[prefer === 'dynamodb' ? 'dynamodb' : 'file'];

      // The report lists them, ids only.
      const report = JSON.parse(await readFile(rb.report!, 'utf8')) as RollbackResult;
      expect(
        Object.fromEntries(report.collections.map((c) => [c.collection, { fromFiles: c.fromFiles, deletedByFiles: c.deletedByFiles }])),
      ).toEqual({
        events: { fromFiles: ['ev-1'], deletedByFiles: [] },
        participants: { fromFiles: [], deletedByFiles: ['p-4'] },
        users: { fromFiles: prefer === 'dynamodb' ? [] : ['u-2'], deletedByFiles: [] },
        talks: { fromFiles: prefer === 'dynamodb' ? ['t-3'] : ['t-1', 't-3'], deletedByFiles: [] },
      });

      const { ex, r, rec, text } = await verify(app);
      expect(ex.presentation.ok).toBe(true);
      expect(r.rollbackReport).toMatchObject({ path: rb.report, used: true, ignored: null, strategy: 'merge', prefer });
      expect(accountedOf(r)).toEqual(expected);
      expect(statuses(r)).toEqual([
        ['events', 'accounted'],
        ['participants', 'accounted'],
        ['users', prefer === 'dynamodb' ? 'ok' : 'accounted'],
        ['talks', 'accounted'],
      ]);
      for (const c of r.collections) expect([c.missing, c.extra, c.changed, c.deletedButPresent]).toEqual([[], [], [], []]);
      // Never migrated, in their own formats (an object; items without ids): they only have to parse.
      expect(r.collections.filter((c) => c.table === null).map((c) => [c.collection, c.status])).toEqual([
        ['analytics', 'not exported'],
        ['settings', 'not exported'],
      ]);
      expect(rec.lines.filter((l) => l.startsWith('error:'))).toEqual([]);
      const n = Object.values(expected).flat().length;
      expect(ex.presentation.summary.headline).toContain(`except ${n} accounted for by the rollback (kept from files)`);
      expect(text).toContain('Accounted for by the rollback (kept from files)');
      expect(text).toMatch(/events\s+ev-1\s+differs\s+kept from the files\s+title, updatedAt/);
      expect(text).toMatch(/participants\s+p-4\s+not in the file\s+deleted on the file side/);
      expect(JSON.parse(ex.presentation.outputs.counts!).events).toMatchObject({ changed: 0, accounted: 1 });
    },
  );

  it('--report naming a file that does not exist is an InputError', async () => {
    const app = await freshApp();
    await rollback(app);
    const missing = path.join(scratch, 'no-such-report.json');
    const err = await verify(app, { report: missing }).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toBe(
      `rollback report ${missing} does not exist; give the report the rollback wrote (its report output), or leave --report out to use the newest beside the data dir`,
    );
  });

  it('takes a copy of the same export run (as --out and --s3-uri make) as the same export', async () => {
    const copy = path.join(scratch, 'same-run-copy');
    await cp(exportDir, copy, { recursive: true });
    const app = await freshApp();
    await rollback(app, { from: copy });
    const { ex } = await verify(app);
    expect(ex.presentation.ok).toBe(true);
  });

  it('ignores, with a warning, a report of another export, and fails on the ids it would have accounted for', async () => {
    // Another run of the export (its own times), not a copy of the same run.
    const other = path.join(scratch, 'export-copy');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await exportEventsApp(seeded, other);
    const app = await freshApp();
    const rb = await rollback(app, { from: other });
    expect(rb.export.location).toBe(other);

    for (const options of [{}, { report: rb.report! }]) {
      const { ex, r, rec } = await verify(app, options);
      expect(ex.presentation.ok).toBe(false);
      expect(r.rollbackReport).toMatchObject({ path: rb.report, used: false, ignored: `it is for export ${other}, not ${exportDir}` });
      expect(rec.lines).toContainEqual(
        expect.stringMatching(
          /^warning: +rollback report .* ignored: it is for export .*export-copy, not .*; every difference from the export counts$/,
        ),
      );
      expect(byCollection(r, 'events')).toMatchObject({
        status: 'differs',
        changed: [{ id: 'ev-1', paths: ['title', 'updatedAt'] }],
        accounted: [],
      });
      expect(byCollection(r, 'participants')).toMatchObject({ status: 'differs', missing: ['p-4'] });
      expect(byCollection(r, 'talks')).toMatchObject({ status: 'differs', extra: ['t-3'] });
    }
  });

  it('still fails on a file edited after the rollback, and on an id the rollback deleted that is back', async () => {
    const app = await freshApp();
    await rollback(app);
    const file = (c: string) => path.join(app.dataDir, `${c}.json`);
    // Text edits: the file holds a 30-digit number that a JSON round trip would round.
    const events = await readFile(file('events'), 'utf8');
    await writeFile(file('events'), events.replace('"title": "Serverless Evening (moved online)"', '"title": "Edited after the rollback"'));
    const p4 = atMigration().participants.find((p) => p.id === 'p-4')!;
    const participants = await readFile(file('participants'), 'utf8');
    await writeFile(file('participants'), participants.replace(/\n\]\n?$/, `,\n${appFormat(p4).replace(/^/gm, '  ')}\n]`));

    const { ex, r, text } = await verify(app);
    expect(ex.presentation.ok).toBe(false);
    expect(byCollection(r, 'events')).toMatchObject({
      status: 'differs',
      changed: [{ id: 'ev-2', paths: ['title'] }],
      accounted: [{ id: 'ev-1', difference: 'changed', because: 'kept-from-files', paths: ['title', 'updatedAt'] }],
    });
    expect(byCollection(r, 'participants')).toMatchObject({
      status: 'differs',
      missing: [],
      changed: [],
      deletedButPresent: ['p-4'],
      accounted: [],
    });
    expect(byCollection(r, 'talks').status).toBe('accounted');
    expect(text).toContain('participants: deleted by the rollback (the file side had deleted them) but in the file again: p-4');
    expect(ex.presentation.summary.headline).toBe('2 collections differ (events, participants)');
  });

  it('takes the newest report of a rollback that wrote: a later refusal changed nothing', async () => {
    const app = await freshApp();
    const merged = await rollback(app);
    const refused = await rollback(app, { strategy: 'backup' });
    expect(refused.refused).not.toBeNull();
    expect(refused.report).not.toBe(merged.report);
    const { ex, r } = await verify(app);
    expect(ex.presentation.ok).toBe(true);
    expect(r.rollbackReport?.path).toBe(merged.report);
    // Given explicitly, the refused one is set aside.
    const explicit = await verify(app, { report: refused.report! });
    expect(explicit.ex.presentation.ok).toBe(false);
    expect(explicit.r.rollbackReport).toMatchObject({ used: false, ignored: 'that rollback refused and wrote nothing' });
  });

  it('after backup --allow-data-loss, accepts what the operator let go and what came back from the backup, labelled so', async () => {
    const app = await freshApp();
    const rb = await rollback(app, { strategy: 'backup', 'allow-data-loss': true });
    expect(rb.refused).toBeNull();
    const { ex, r, text } = await verify(app);
    expect(ex.presentation.ok).toBe(true);
    expect(accountedOf(r)).toEqual({
      events: [
        ['ev-2', 'changed', 'dropped-with-allow-data-loss', 'title', 'updatedAt'],
        ['ev-4', 'missing', 'dropped-with-allow-data-loss'],
        ['ev-3', 'extra', 'restored-from-backup'],
      ],
      participants: [
        ['p-1', 'changed', 'dropped-with-allow-data-loss', 'status'],
        ['p-5', 'missing', 'dropped-with-allow-data-loss'],
        ['p-2', 'extra', 'restored-from-backup'],
      ],
      users: [
        ['u-3', 'missing', 'dropped-with-allow-data-loss'],
        ['u-2', 'extra', 'restored-from-backup'],
      ],
      talks: [
        ['t-1', 'changed', 'dropped-with-allow-data-loss', 'title', 'updatedAt'],
        ['t-4', 'missing', 'dropped-with-allow-data-loss'],
      ],
    });
    expect(ex.presentation.summary.headline).toContain(
      'except 10 accounted for by the rollback (backup: restored from it, or dropped with --allow-data-loss)',
    );
    expect(text).toMatch(/events\s+ev-4\s+not in the file\s+DynamoDB write dropped with --allow-data-loss/);
    expect(text).toMatch(/users\s+u-2\s+not in the export\s+restored from the migration backup/);
  });
});
