/**
 * verify after a real rollback of data that went through the app's
 * migration, on dynalite: DynamoDB holds NULL where the files held "", the
 * migration's time in updatedAt (and createdAt where an item had none), a
 * uuid for an item that had no id, and a key attribute the file never had
 * (dropped by the collection's `drop`). Rolled back with execute('rollback'),
 * verify passes and says what each rule accepted; a file tampered with
 * after (a "" back to null, an updatedAt changed) fails naming id and path.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import { renderText } from '../../src/core/summary.js';
import type { VerifyResult } from '../../src/verify/run-verify.js';
import { createTable, dynamoEndpoint, type Item, REGION, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { rawDigest } from '../../src/verify/canonical-json.js';
import { parseRawJson, type RawJson } from '../../src/verify/raw-json.js';
import { recorder } from './recorder.js';

const BACKUP = 'migration-backups/2024-06-01T00-00-00-000Z';
const MIGRATED_AT = '2024-06-01T00:02:00.000Z';
const UUID = '6f1c2d3e-4b5a-4c6d-9e8f-0a1b2c3d4e5f';
const SECRETS = ['Quiet Night', 'Draft without an id', 'taro.private@example.com'];

type Doc = Record<string, unknown>;

/** The files as the migration copied them (and as they still are: the app ran on DynamoDB since). */
const FILES: Record<'events' | 'participants', Doc[]> = {
  events: [
    { id: 'ev-1', title: 'Quiet Night', description: '', createdAt: '2024-05-01T10:00:00.000Z', updatedAt: '2024-05-01T10:00:00.000Z' },
    {
      id: 'ev-2',
      title: 'Evening',
      description: 'Talks',
      venue: { room: '' },
      createdAt: '2024-05-02T10:00:00.000Z',
      updatedAt: '2024-05-02T10:00:00.000Z',
    },
    { title: 'Draft without an id', description: '' },
  ],
  participants: [{ id: 'p-1', eventId: 'ev-1', email: 'taro.private@example.com', note: '', createdAt: '2024-05-10T00:00:00.000Z' }],
};

const S = (s: string) => ({ S: s });
const NULL = { NULL: true as const };

/** What DynamoDB holds: the migration's doing, and one real write since (ev-2 moved). */
const TABLES: Record<'events' | 'participants', Item[]> = {
  events: [
    { id: S('ev-1'), title: S('Quiet Night'), description: NULL, createdAt: S('2024-05-01T10:00:00.000Z'), updatedAt: S(MIGRATED_AT) },
    {
      id: S('ev-2'),
      title: S('Evening (moved)'),
      description: S('Talks'),
      venue: { M: { room: NULL } },
      createdAt: S('2024-05-02T10:00:00.000Z'),
      updatedAt: S('2024-06-03T00:00:00.000Z'),
    },
    { id: S(UUID), title: S('Draft without an id'), description: NULL, createdAt: S(MIGRATED_AT), updatedAt: S(MIGRATED_AT) },
  ],
  participants: [
    {
      participantKey: S('ev-1#p-1'),
      id: S('p-1'),
      eventId: S('ev-1'),
      email: S('taro.private@example.com'),
      note: NULL,
      createdAt: S('2024-05-10T00:00:00.000Z'),
      updatedAt: S(MIGRATED_AT),
    },
  ],
};

let root: string;
let stage: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'verify-migration-'));
  stage = uniqueName('vm');
  const client = testDynamo();
  await createTable(client, `lightningtalk-circle-${stage}-events`);
  await createTable(client, `lightningtalk-circle-${stage}-participants`, 'participantKey');
  await seedItems(client, `lightningtalk-circle-${stage}-events`, TABLES.events);
  await seedItems(client, `lightningtalk-circle-${stage}-participants`, TABLES.participants);
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function appRepo(name: string, rules = ''): Promise<string> {
  const repo = path.join(root, name);
  await mkdir(path.join(repo, 'server/data'), { recursive: true });
  await mkdir(path.join(repo, BACKUP), { recursive: true });
  for (const [c, items] of Object.entries(FILES)) {
    await writeFile(path.join(repo, 'server/data', `${c}.json`), JSON.stringify(items, null, 2));
    await writeFile(path.join(repo, BACKUP, `${c}.json`), JSON.stringify(items, null, 2));
  }
  await writeFile(
    path.join(repo, 'migration-progress.json'),
    JSON.stringify({ status: 'completed', startTime: '2024-06-01T00:00:00.000Z', endTime: '2024-06-01T00:05:00.000Z', backupPath: BACKUP }),
  );
  await mkdir(path.join(repo, '.github'), { recursive: true });
  await writeFile(
    path.join(repo, '.github/dynamodb-rollback.yml'),
    [
      `stage: ${stage}`,
      `region: ${REGION}`,
      'tables:',
      '  events: lightningtalk-circle-${stage}-events',
      '  participants:',
      '    table: lightningtalk-circle-${stage}-participants',
      '    id: id',
      '    drop: [participantKey]',
      rules,
      '',
    ].join('\n'),
  );
  return repo;
}

async function run(repo: string, command: string, options: Record<string, unknown>, lines: string[]) {
  const rec = recorder();
  const ex = await execute(command, { stage, endpoint: dynamoEndpoint(), ...options }, rec, repo);
  lines.push(...rec.lines, JSON.stringify(ex.result), renderText(ex.presentation.summary));
  return ex;
}

/** Export, roll back (merge), and the repository with its output lines. before: edits to the files before the rollback. */
async function rolledBack(name: string, rules = '', before?: (repo: string) => Promise<void>): Promise<{ repo: string; lines: string[] }> {
  const repo = await appRepo(name, rules);
  await before?.(repo);
  const lines: string[] = [];
  expect((await run(repo, 'export', { out: 'export' }, lines)).presentation.ok).toBe(true);
  expect((await run(repo, 'rollback', { from: 'export' }, lines)).presentation.ok).toBe(true);
  return { repo, lines };
}

/** Scan order is the table's, not the file's. */
const byId = <T extends { id: string }>(xs: T[]): T[] => [...xs].sort((a, b) => a.id.localeCompare(b.id));
const events = (r: VerifyResult) => r.collections.find((c) => c.collection === 'events')!;
const participants = (r: VerifyResult) => r.collections.find((c) => c.collection === 'participants')!;

describe('verify after rolling back migrated data', () => {
  it('passes, and counts per collection and rule what the migration rules accepted', async () => {
    const { repo, lines } = await rolledBack('good');
    // The rollback gave the files back as the app wrote them, with ev-2's real change.
    const back = JSON.parse(await readFile(path.join(repo, 'server/data/events.json'), 'utf8')) as Doc[];
    expect(back).toEqual([
      FILES.events[0],
      { ...FILES.events[1], title: 'Evening (moved)', updatedAt: '2024-06-03T00:00:00.000Z' },
      FILES.events[2],
    ]);

    const ex = await run(repo, 'verify', { from: 'export' }, lines);
    const r = ex.result as VerifyResult;
    expect(r.collections.map((c) => [c.collection, c.status])).toEqual([
      ['events', 'ok'],
      ['participants', 'ok'],
    ]);
    expect(ex.presentation.ok).toBe(true);
    expect(events(r).migration).toMatchObject({
      emptyStringsAsNull: 3,
      rewroteUpdatedAt: 3,
      generatedIds: 1,
      droppedAttributes: 0,
      notUndone: [],
    });
    expect(events(r).migration.items).toEqual(
      expect.arrayContaining([
        { id: 'ev-1', rule: 'emptyStringsAsNull', paths: ['description'] },
        { id: 'ev-1', rule: 'rewroteUpdatedAt', paths: ['updatedAt'] },
        { id: 'ev-2', rule: 'emptyStringsAsNull', paths: ['venue.room'] },
        { id: UUID, rule: 'generatedIds', paths: [], fileItem: '(no id: item 3)' },
        { id: UUID, rule: 'rewroteUpdatedAt', paths: ['updatedAt', 'createdAt'] },
      ]),
    );
    expect(participants(r).migration).toMatchObject({ emptyStringsAsNull: 1, rewroteUpdatedAt: 1, generatedIds: 0, droppedAttributes: 1 });
    expect(r.migrationRules).toMatchObject({
      emptyStringsAsNull: true,
      rewroteUpdatedAt: true,
      generatedIds: true,
      windowStart: '2024-06-01T00:00:00.000Z',
      windowEnd: '2024-06-01T00:05:00.000Z',
      notes: [],
    });
    expect(r.migrationRules.backup).toBe(path.join(repo, BACKUP));
    const text = renderText(ex.presentation.summary);
    expect(text).toContain('9 migration artifacts undone as the rules say');
    expect(text).toMatch(/events +3 +3 +1 +0\n/);
    expect(text).toContain(
      'migration rules on: emptyStringsAsNull, rewroteUpdatedAt, generatedIds; window 2024-06-01T00:00:00.000Z to 2024-06-01T00:05:00.000Z',
    );
    const all = lines.join('\n');
    expect(SECRETS.filter((v) => all.includes(v))).toEqual([]);
  });

  it('fails a file tampered with after the rollback, naming the id and the path', async () => {
    const { repo, lines } = await rolledBack('tampered');
    const file = path.join(repo, 'server/data/events.json');
    const items = JSON.parse(await readFile(file, 'utf8')) as Doc[];
    items[0] = { ...items[0], description: null };
    items[1] = { ...items[1], updatedAt: '2024-06-04T00:00:00.000Z' };
    await writeFile(file, JSON.stringify(items, null, 2));
    const pfile = path.join(repo, 'server/data/participants.json');
    const ps = JSON.parse(await readFile(pfile, 'utf8')) as Doc[];
    // The migration's updatedAt left in, where the item had none.
    ps[0] = { ...ps[0], updatedAt: MIGRATED_AT };
    await writeFile(pfile, JSON.stringify(ps, null, 2));

    const ex = await run(repo, 'verify', { from: 'export' }, lines);
    const r = ex.result as VerifyResult;
    expect(ex.presentation.ok).toBe(false);
    expect(events(r).status).toBe('differs');
    expect(byId(events(r).changed)).toEqual([
      { id: 'ev-1', paths: ['description'] },
      { id: 'ev-2', paths: ['updatedAt'] },
    ]);
    expect(events(r).migration.notUndone).toEqual([{ id: 'ev-1', rule: 'emptyStringsAsNull', paths: ['description'] }]);
    expect(participants(r).changed).toEqual([{ id: 'p-1', paths: ['updatedAt'] }]);
    const text = renderText(ex.presentation.summary);
    expect(text).toContain('events: ev-1 holds null where the reference held "" at description');
    expect(text).toContain('events: ev-2 differs at updatedAt');
    expect(text).toContain("participants: p-1 holds the migration's time at updatedAt");
    const all = lines.join('\n');
    expect(SECRETS.filter((v) => all.includes(v))).toEqual([]);
  });

  it("takes a null the files kept on purpose (the item kept from them) for the rollback's doing, not a rule's failure", async () => {
    const { repo, lines } = await rolledBack('kept', '', async (at) => {
      const file = path.join(at, 'server/data/events.json');
      const items = JSON.parse(await readFile(file, 'utf8')) as Doc[];
      items[0] = { ...items[0], title: 'Quiet Night, edited', description: null, updatedAt: '2024-06-05T00:00:00.000Z' };
      await writeFile(file, JSON.stringify(items, null, 2));
    });
    const ex = await run(repo, 'verify', { from: 'export' }, lines);
    const r = ex.result as VerifyResult;
    expect(ex.presentation.ok).toBe(true);
    expect(events(r).status).toBe('accounted');
    expect(events(r).accounted).toEqual([
      { id: 'ev-1', difference: 'changed', because: 'kept-from-files', paths: ['title', 'description', 'updatedAt'] },
    ]);
    expect(events(r).migration.notUndone).toEqual([]);
    expect(renderText(ex.presentation.summary)).not.toContain('holds null where the reference held');
  });

  it('accounts for an item without an id edited in the files: the report names it by its place, verify finds which it is', async () => {
    const { repo, lines } = await rolledBack('keyless-edit', '', async (at) => {
      const file = path.join(at, 'server/data/events.json');
      const items = JSON.parse(await readFile(file, 'utf8')) as Doc[];
      items[2] = { ...items[2], title: 'Draft without an id, edited' };
      await writeFile(file, JSON.stringify(items, null, 2));
    });
    const ex = await run(repo, 'verify', { from: 'export' }, lines);
    const r = ex.result as VerifyResult;
    expect(events(r).accounted).toEqual([
      { id: UUID, difference: 'missing', because: 'deleted-by-files' },
      { id: '(no id: item 3)', difference: 'extra', because: 'kept-from-files' },
    ]);
    expect(events(r)).toMatchObject({ status: 'accounted', missing: [], extra: [] });
    expect(ex.presentation.ok).toBe(true);
  });

  /** The keyless-edit rollback, and its report (as JSON, and where it is). */
  async function keylessEdited(name: string) {
    const { repo, lines } = await rolledBack(name, '', async (at) => {
      const file = path.join(at, 'server/data/events.json');
      const items = JSON.parse(await readFile(file, 'utf8')) as Doc[];
      items[2] = { ...items[2], title: 'Draft without an id, edited' };
      await writeFile(file, JSON.stringify(items, null, 2));
    });
    const dir = path.join(repo, 'server/.dynamodb-rollback/data/reports');
    const [name_] = await readdir(dir);
    const reportFile = path.join(dir, name_!);
    const report = JSON.parse(await readFile(reportFile, 'utf8')) as {
      snapshot: string;
      collections: Array<Doc & { collection: string; file: string; keylessDigests: Array<{ id: string; sha256: string }> }>;
    };
    return { repo, lines, reportFile, report, ev: report.collections.find((c) => c.collection === 'events')! };
  }

  it("records a digest of each item without an id the report names, that verify's own reading of the file gives again", async () => {
    const { repo, ev } = await keylessEdited('digest-round-trip');
    const kept = `(no id: ${ev.file} item 3)`;
    expect(ev.fromFiles).toEqual([kept]);
    // In the order the report first names them: kept from the files, then the backup item the files dropped (deletedByFiles).
    expect(ev.keylessDigests.map((d) => d.id)).toEqual([kept, '(no id: migration backup item 3)']);
    const after = parseRawJson(await readFile(path.join(repo, 'server/data/events.json'), 'utf8')) as RawJson[];
    const backup = parseRawJson(await readFile(path.join(repo, BACKUP, 'events.json'), 'utf8')) as RawJson[];
    const digest = (id: string) => ev.keylessDigests.find((d) => d.id === id)!.sha256;
    expect(digest(kept)).toBe(rawDigest(after[2]!));
    expect(digest('(no id: migration backup item 3)')).toBe(rawDigest(backup[2]!));
    expect(digest(kept)).not.toBe(digest('(no id: migration backup item 3)'));
  });

  it("without the snapshot (a finish job on a new runner) takes the item kept from the files by the report's digest, and says so", async () => {
    const { repo, lines, report } = await keylessEdited('no-snapshot');
    await rm(report.snapshot, { recursive: true, force: true });
    const ex = await run(repo, 'verify', { from: 'export' }, lines);
    const r = ex.result as VerifyResult;
    expect(events(r).accounted).toEqual([
      { id: UUID, difference: 'missing', because: 'deleted-by-files' },
      { id: '(no id: item 3)', difference: 'extra', because: 'kept-from-files' },
    ]);
    expect(events(r)).toMatchObject({ status: 'accounted', missing: [], extra: [], keylessDigestMismatches: [] });
    expect(events(r).keylessNotes).toEqual([
      expect.stringContaining("(no id: item 3) in server/data/events.json is the report's (no id: "),
    ]);
    expect(events(r).keylessNotes[0]).toContain("accounted for by the report's digest; the snapshot is not here");
    expect(ex.presentation.ok).toBe(true);
    expect(SECRETS.filter((v) => lines.join('\n').includes(v))).toEqual([]);
  });

  it('without the snapshot refuses an item without an id changed after the rollback (one attribute), naming it and the file', async () => {
    const { repo, lines, report } = await keylessEdited('no-snapshot-tampered');
    await rm(report.snapshot, { recursive: true, force: true });
    const file = path.join(repo, 'server/data/events.json');
    const items = JSON.parse(await readFile(file, 'utf8')) as Doc[];
    items[2] = { ...items[2], description: 'changed after' };
    await writeFile(file, JSON.stringify(items, null, 2));
    const ex = await run(repo, 'verify', { from: 'export' }, lines);
    const r = ex.result as VerifyResult;
    expect(ex.presentation.ok).toBe(false);
    expect(events(r)).toMatchObject({ status: 'differs', extra: ['(no id: item 3)'] });
    const line =
      '(no id: item 3) in server/data/events.json matches no digest the report gives for an item without an id whose place is not here';
    expect(events(r).keylessNotes).toEqual([expect.stringContaining(line)]);
    expect(lines.some((l) => l.startsWith('warning: ') && l.includes(line))).toBe(true);
    expect(renderText(ex.presentation.summary)).toContain(line);
  });

  it('with the snapshot fails a report whose digest of an item without an id was changed, naming the item and its place', async () => {
    const { repo, lines, reportFile, report, ev } = await keylessEdited('tampered-digest');
    const kept = `(no id: ${ev.file} item 3)`;
    ev.keylessDigests = ev.keylessDigests.map((d) => (d.id === kept ? { ...d, sha256: '0'.repeat(64) } : d));
    await writeFile(reportFile, JSON.stringify(report));
    const ex = await run(repo, 'verify', { from: 'export' }, lines);
    const r = ex.result as VerifyResult;
    expect(ex.presentation.ok).toBe(false);
    expect(events(r)).toMatchObject({
      status: 'differs',
      extra: ['(no id: item 3)'],
      keylessDigestMismatches: [{ id: '(no id: item 3)', reportId: kept }],
    });
    expect(
      lines.some(
        (l) =>
          l.startsWith('error: ') &&
          l.includes(`(no id: item 3) in server/data/events.json is the report's ${kept}, but the report's digest of it does not match`),
      ),
    ).toBe(true);
  });

  it('with a report of an older version (no digests) and no snapshot, is as strict as before', async () => {
    const { repo, lines, reportFile, report } = await keylessEdited('older-report');
    for (const c of report.collections) delete (c as Doc).keylessDigests;
    await writeFile(reportFile, JSON.stringify(report));
    await rm(report.snapshot, { recursive: true, force: true });
    const ex = await run(repo, 'verify', { from: 'export' }, lines);
    const r = ex.result as VerifyResult;
    expect(ex.presentation.ok).toBe(false);
    expect(events(r)).toMatchObject({ status: 'differs', extra: ['(no id: item 3)'], keylessNotes: [] });
  });

  it('sets aside a report whose migration facts are damaged, and then applies no rule', async () => {
    const { repo, lines } = await rolledBack('damaged');
    const dir = path.join(repo, 'server/.dynamodb-rollback/data/reports');
    const [name] = await readdir(dir);
    const report = JSON.parse(await readFile(path.join(dir, name!), 'utf8')) as { migration: Doc };
    report.migration.windowStart = 'soon';
    await writeFile(path.join(dir, name!), JSON.stringify(report));
    const ex = await run(repo, 'verify', { from: 'export' }, lines);
    const r = ex.result as VerifyResult;
    expect(ex.presentation.ok).toBe(false);
    expect(r.rollbackReport).toMatchObject({
      used: false,
      ignored: 'not a rollback report (migration.windowStart is neither null nor a time)',
    });
    expect(r.migrationRules.notes[0]).toContain('migration rules not applied: the rollback report was set aside');
    expect(
      lines.filter((l) => /^(info|warning): /.test(l) && l.includes('migration rules not applied')).map((l) => l.split(':')[0]),
    ).toEqual(['warning']);
    expect(events(r).missing).toEqual([UUID]);
  });

  it('without a usable rollback report counts every artifact as a difference, and says so', async () => {
    const { repo, lines } = await rolledBack('no-report');
    await rm(path.join(repo, 'server/.dynamodb-rollback'), { recursive: true, force: true });
    const ex = await run(repo, 'verify', { from: 'export' }, lines);
    const r = ex.result as VerifyResult;
    expect(ex.presentation.ok).toBe(false);
    expect(events(r)).toMatchObject({ missing: [UUID], extra: ['(no id: item 3)'] });
    expect(byId(events(r).changed)).toEqual([
      { id: 'ev-1', paths: ['description', 'updatedAt'] },
      { id: 'ev-2', paths: ['venue.room'] },
    ]);
    // The collection's settings need no report: participantKey is still expected absent.
    expect(participants(r).changed).toEqual([{ id: 'p-1', paths: ['note', 'updatedAt'] }]);
    expect(r.migrationRules.notes).toEqual([
      expect.stringMatching(
        /^migration rules not applied: there is no rollback report, .*every migration artifact counts as a difference$/,
      ),
    ]);
    expect(renderText(ex.presentation.summary)).toContain('migration rules not applied');
    // Verify before any rollback is expected to lack a report: said, not warned.
    expect(
      lines.filter((l) => /^(info|warning): /.test(l) && l.includes('migration rules not applied')).map((l) => l.split(':')[0]),
    ).toEqual(['info']);
  });

  it('with the rules off in the config accepts none of it', async () => {
    // Rolled back with the rules on; verified with them off: the restored "" and timestamps are differences now.
    const { repo, lines } = await rolledBack('rules-off');
    const config = path.join(repo, '.github/dynamodb-rollback.yml');
    await writeFile(
      config,
      `${await readFile(config, 'utf8')}migration:\n  emptyStringsAsNull: false\n  rewroteUpdatedAt: false\n  generatedIds: false\n`,
    );
    const ex = await run(repo, 'verify', { from: 'export' }, lines);
    const r = ex.result as VerifyResult;
    expect(ex.presentation.ok).toBe(false);
    expect(byId(events(r).changed)).toEqual([
      { id: 'ev-1', paths: ['description', 'updatedAt'] },
      { id: 'ev-2', paths: ['venue.room'] },
    ]);
    expect(events(r)).toMatchObject({ missing: [UUID], extra: ['(no id: item 3)'] });
    expect(events(r).migration).toMatchObject({ emptyStringsAsNull: 0, rewroteUpdatedAt: 0, generatedIds: 0 });
  });
});
