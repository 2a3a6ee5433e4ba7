/**
 * status counts, per collection, what the rollback will undo of the
 * migration: tables in dynalite seeded as the events app's migration left
 * them (written through marshall with convertEmptyValues, as its
 * DocumentClient did: NULL where the file held ""; updatedAt set to the
 * migration's time; a uuid, createdAt and updatedAt for an item that had no
 * id), then changed by the app since (an edit, an add, a delete). Every
 * expected count is worked out by hand in the comments beside the data.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { wrapDynamo } from '../../src/clients/dynamodb.js';
import { dynamoFor } from '../../src/commands/clients.js';
import { statusCommand, statusOptions } from '../../src/commands/status.js';
import type { Options } from '../../src/commands/options.js';
import { renderText } from '../../src/core/summary.js';
import type { CollectionArtifacts } from '../../src/status/artifacts.js';
import { runStatus, type StatusResult } from '../../src/status/status.js';
import { createTable, dynamoEndpoint, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { contextFor } from '../verify/context.js';

type Doc = Record<string, unknown>;

const BACKUP = '2024-06-01T00-00-00-000Z';
const START = '2024-06-01T00:00:00.000Z';
/** When the migration wrote each item. */
const MIGRATED_AT = '2024-06-01T00:02:00.000Z';
const END = '2024-06-01T00:05:00.000Z';
const LATER = '2024-06-03T09:00:00.000Z';
const OLD = '2024-05-01T00:00:00.000Z';
const NOW = new Date('2024-06-05T00:00:00Z');

/** The files as the migration copied them. */
function backup(): Record<string, Doc[]> {
  return {
    events: [
      // Untouched since: three "" (one nested, one in a list) and updatedAt are the migration's.
      {
        id: 'ev-1',
        title: 'Lightning Night',
        description: '',
        venue: { name: 'Hall', room: '' },
        tags: ['tokyo', ''],
        createdAt: OLD,
        updatedAt: OLD,
      },
      // Untouched since: only updatedAt is the migration's.
      { id: 'ev-2', title: 'Serverless Evening', createdAt: OLD, updatedAt: OLD },
      // Edited by the app since (a real change); its "" is still an artifact.
      { id: 'ev-3', title: 'Nagoya Meetup', note: '', createdAt: OLD, updatedAt: OLD },
      // Deleted by the app since.
      { id: 'ev-4', title: 'Cancelled', createdAt: OLD, updatedAt: OLD },
      // Put back by the app since exactly as the backup holds it: unchanged, no artifact at all.
      { id: 'ev-5', title: 'Kyoto Night', createdAt: OLD, updatedAt: OLD },
    ],
    participants: [
      // Untouched since: email "" and the updatedAt the migration added.
      { id: 'p-1', eventId: 'ev-1', name: 'Taro', email: '', createdAt: OLD },
      // Checked in since (a real change).
      { id: 'p-2', eventId: 'ev-1', name: 'Jiro', status: 'registered', createdAt: OLD },
    ],
    users: [{ id: 'u-1', role: 'admin', createdAt: OLD, updatedAt: OLD }],
    talks: [
      { id: 't-1', title: 'Five Minutes of Rust', speaker: '', createdAt: OLD, updatedAt: OLD },
      // No id in the file: the migration gave it a uuid, createdAt and updatedAt.
      { title: 'Open Mic', speaker: 'Anyone', duration: 5 },
    ],
  };
}

/** What the migration wrote for one file item (before marshall's convertEmptyValues). */
function migrated(item: Doc): Doc {
  return { ...item, id: item.id ?? randomUUID(), createdAt: item.createdAt ?? MIGRATED_AT, updatedAt: MIGRATED_AT };
}

/** The tables now: the migration's items, then the app's writes since. */
function tablesNow(): Record<string, Doc[]> {
  const b = backup();
  const m = (c: string, id: string) => migrated(b[c]!.find((x) => x.id === id)!);
  return {
    events: [
      m('events', 'ev-1'),
      m('events', 'ev-2'),
      { ...m('events', 'ev-3'), title: 'Nagoya Meetup (new venue)', updatedAt: LATER },
      b.events!.find((x) => x.id === 'ev-5')!,
      { id: 'ev-6', title: 'Summer Special', description: '', createdAt: LATER, updatedAt: LATER },
    ],
    // The table's key is participantId (the file's id), which the file never had: config drops it.
    participants: [
      { ...m('participants', 'p-1'), participantId: 'p-1' },
      { ...m('participants', 'p-2'), participantId: 'p-2', status: 'checked-in', updatedAt: LATER },
      { id: 'p-3', participantId: 'p-3', eventId: 'ev-6', name: 'Goro', createdAt: LATER, updatedAt: LATER },
    ],
    users: b.users!.map(migrated),
    talks: b.talks!.map(migrated),
  };
}

interface GroundOptions {
  migration?: Doc;
  skipTable?: string;
  backup?: 'none' | { omit?: string; broken?: string };
}

async function ground(opts: GroundOptions = {}): Promise<{ dir: string; stage: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'artifacts-'));
  dirs.push(dir);
  const stage = uniqueName('ar');
  const table = (c: string) => `lightningtalk-circle-${stage}-${c}`;
  const config = {
    stage,
    tables: {
      events: table('events'),
      participants: { table: table('participants'), drop: ['participantId'] },
      users: table('users'),
      talks: table('talks'),
    },
    ...(opts.migration ? { migration: opts.migration } : {}),
  };
  await mkdir(path.join(dir, '.github'));
  await writeFile(path.join(dir, '.github/dynamodb-rollback.yml'), JSON.stringify(config));
  const files = backup();
  await mkdir(path.join(dir, 'server/data'), { recursive: true });
  // No edits in the files: the current files are the backup, as the app (writing to DynamoDB) left them.
  for (const [c, items] of Object.entries(files))
    await writeFile(path.join(dir, 'server/data', `${c}.json`), JSON.stringify(items, null, 2));
  if (opts.backup !== 'none') {
    const folder = path.join(dir, 'migration-backups', BACKUP);
    await mkdir(folder, { recursive: true });
    for (const [c, items] of Object.entries(files)) {
      if (c === opts.backup?.omit) continue;
      await writeFile(path.join(folder, `${c}.json`), c === opts.backup?.broken ? '[{"id": "ev-1",' : JSON.stringify(items, null, 2));
    }
    // As the app's migration wrote it, on another machine.
    const progress = {
      status: 'completed',
      startTime: START,
      endTime: END,
      collections: Object.keys(files),
      backupPath: `/home/deploy/app/migration-backups/${BACKUP}`,
    };
    await writeFile(path.join(dir, 'migration-progress.json'), JSON.stringify(progress, null, 2));
  }
  const client = testDynamo();
  for (const [c, items] of Object.entries(tablesNow())) {
    if (c === opts.skipTable) continue;
    await createTable(client, table(c), c === 'participants' ? 'participantId' : 'id');
    await untilActive(client, table(c));
    await seedItems(
      client,
      table(c),
      items.map((i) => marshall(i, { convertEmptyValues: true })),
    );
  }
  return { dir, stage };
}

/** dynalite makes a table ACTIVE on a timer: under a loaded machine a write can come first and miss it. */
async function untilActive(client: DynamoDBClient, name: string): Promise<void> {
  for (;;) {
    const d = await client.send(new DescribeTableCommand({ TableName: name }));
    if (d.Table?.TableStatus === 'ACTIVE') return;
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function status(g: { dir: string; stage: string }, extra: Options = {}): Promise<StatusResult> {
  const ctx = await contextFor(g.dir, { stage: g.stage, endpoint: dynamoEndpoint(), ...extra });
  return runStatus(statusOptions(ctx), { dynamo: await dynamoFor(ctx), now: () => NOW });
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const of = (r: StatusResult, c: string): CollectionArtifacts => r.artifacts.collections.find((x) => x.collection === c)!;
/** The counts and the artifacts by rule, applied and not, as one object. */
function tally(r: StatusResult, c: string) {
  const a = of(r, c);
  const m = a.migration!;
  return {
    ...a.counts,
    emptyStrings: m.emptyStrings,
    timestamps: m.updatedAt + m.createdAt,
    generatedIds: m.generatedIds.length,
    notApplied: m.notApplied,
  };
}
const NONE_OFF = { emptyStringsAsNull: 0, rewroteUpdatedAt: 0, generatedIds: 0 };

describe('status: what the rollback will undo of the migration', () => {
  it('counts, per collection, items unchanged, differing only by migration artifacts, changed, added and deleted', async () => {
    const g = await ground();
    const r = await status(g);
    expect(r.reasons).toEqual([]);
    expect(r.artifacts.window).toBe(`${START} to ${END} (the progress file's startTime and endTime)`);
    expect(tally(r, 'events')).toEqual({
      items: 5,
      unchanged: 1, // ev-5
      artifactsOnly: 2, // ev-1, ev-2
      changed: 1, // ev-3
      added: 1, // ev-6
      deleted: 1, // ev-4
      emptyStrings: 4, // ev-1's three, ev-3's one
      timestamps: 2, // ev-1, ev-2 (ev-3's is the app's)
      generatedIds: 0,
      notApplied: NONE_OFF,
    });
    // participants: keyed by participantId, dropped as the config says, so p-1 is the backup's but for its artifacts.
    expect(tally(r, 'participants')).toEqual({
      items: 3,
      unchanged: 0,
      artifactsOnly: 1,
      changed: 1,
      added: 1,
      deleted: 0,
      emptyStrings: 1,
      timestamps: 1, // the updatedAt the migration added to p-1
      generatedIds: 0,
      notApplied: NONE_OFF,
    });
    expect(of(r, 'participants').migration!.droppedAttributes).toBe(3);
    expect(tally(r, 'users')).toEqual({
      items: 1,
      unchanged: 0,
      artifactsOnly: 1,
      changed: 0,
      added: 0,
      deleted: 0,
      emptyStrings: 0,
      timestamps: 1,
      generatedIds: 0,
      notApplied: NONE_OFF,
    });
    // The item without an id is matched back by content: its uuid, createdAt and updatedAt are the migration's.
    expect(tally(r, 'talks')).toEqual({
      items: 2,
      unchanged: 0,
      artifactsOnly: 2,
      changed: 0,
      added: 0,
      deleted: 0,
      emptyStrings: 1,
      timestamps: 3,
      generatedIds: 1,
      notApplied: NONE_OFF,
    });
    for (const c of r.artifacts.collections)
      expect(c.counts!.items).toBe(c.counts!.unchanged + c.counts!.artifactsOnly + c.counts!.changed + c.counts!.added);
    // The backup was found under backupDir by the name of the foreign absolute backupPath: said so.
    expect(r.warnings).toContain(
      `migration backup: migration-progress.json names /home/deploy/app/migration-backups/${BACKUP}, which is not on this machine; took the folder of that name in migration-backups`,
    );

    const p = statusCommand.present(r);
    expect(JSON.parse(p.outputs['migration-artifacts']!).events).toEqual({
      items: 5,
      unchanged: 1,
      artifactsOnly: 2,
      changed: 1,
      added: 1,
      deleted: 1,
      emptyStrings: 4,
      timestamps: 2,
      generatedIds: 0,
      droppedAttributes: 0,
      renamedIds: 0,
      notApplied: NONE_OFF,
    });
    const table = p.summary.tables.find((t) => t.caption?.startsWith('Against the migration backup'))!;
    expect(table.caption).toContain(r.artifacts.window);
    expect(table.headers).toEqual([
      'collection',
      'items',
      'unchanged',
      'migration artifacts only',
      '"" stored as NULL',
      'timestamps',
      'generated ids',
      'changed',
      'added',
      'deleted',
    ]);
    expect(table.rows).toEqual([
      ['events', '5', '1', '2', '4', '2', '0', '1', '1', '1'],
      ['participants', '3', '0', '1', '1', '1', '0', '1', '1', '0'],
      ['users', '1', '0', '1', '0', '1', '0', '0', '0', '0'],
      ['talks', '2', '0', '2', '1', '3', '1', '0', '0', '0'],
    ]);
    // Ids and counts only: no value of any item reaches the result, the outputs or the summary.
    const shown = renderText(p.summary) + JSON.stringify(p.outputs) + JSON.stringify(r);
    for (const value of ['Lightning Night', 'Nagoya', 'Taro', 'Open Mic', 'Anyone', 'checked-in', 'tokyo'])
      expect(shown).not.toContain(value);
  });

  it('counts the artifacts of a rule that is off as changes, and says which rule would take them', async () => {
    const g = await ground({ migration: { emptyStringsAsNull: false } });
    const r = await status(g);
    // ev-1 keeps its NULLs: changed; ev-2's only artifact is its timestamp, still undone.
    expect(tally(r, 'events')).toMatchObject({
      unchanged: 1,
      artifactsOnly: 1,
      changed: 2,
      added: 1,
      deleted: 1,
      emptyStrings: 0,
      timestamps: 2,
      notApplied: { ...NONE_OFF, emptyStringsAsNull: 4 },
    });
    expect(tally(r, 'talks')).toMatchObject({ artifactsOnly: 1, changed: 1, notApplied: { ...NONE_OFF, emptyStringsAsNull: 1 } });
    expect(r.warnings).toContain(
      `events: 4 NULLs where the backup has "" count as changes; migration.emptyStringsAsNull (off) would take them for the migration's`,
    );
    expect(r.ready).toBe(true);
    const table = statusCommand.present(r).summary.tables.find((t) => t.caption?.startsWith('Against the migration backup'))!;
    expect(table.headers[4]).toBe('"" stored as NULL (emptyStringsAsNull off: counted as changes)');
    expect(table.rows[0]).toEqual(['events', '5', '1', '1', '4', '2', '0', '2', '1', '1']);
  });

  it('with every rule off, every migrated item is a change and an item with a generated id is added (its backup item deleted)', async () => {
    const g = await ground({ migration: { emptyStringsAsNull: false, rewroteUpdatedAt: false, generatedIds: false } });
    const r = await status(g);
    expect(tally(r, 'events')).toMatchObject({
      unchanged: 1,
      artifactsOnly: 0,
      changed: 3,
      added: 1,
      deleted: 1,
      notApplied: { emptyStringsAsNull: 4, rewroteUpdatedAt: 2, generatedIds: 0 },
    });
    // The generated item has no reference when unmatched, so only t-1's timestamp is counted for rewroteUpdatedAt.
    expect(tally(r, 'talks')).toMatchObject({
      unchanged: 0,
      artifactsOnly: 0,
      changed: 1,
      added: 1,
      deleted: 1,
      generatedIds: 0,
      notApplied: { emptyStringsAsNull: 1, rewroteUpdatedAt: 1, generatedIds: 1 },
    });
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        `events: 2 timestamps inside the migration's window count as changes; migration.rewroteUpdatedAt (off) would take them for the migration's`,
        `talks: 1 items whose id the migration generated count as added (their backup items as deleted); migration.generatedIds (off) would match them back`,
      ]),
    );
    const headers = statusCommand.present(r).summary.tables.find((t) => t.caption?.startsWith('Against the migration backup'))!.headers;
    expect(headers.slice(4, 7)).toEqual([
      '"" stored as NULL (emptyStringsAsNull off: counted as changes)',
      'timestamps (rewroteUpdatedAt off: counted as changes)',
      'generated ids (generatedIds off: counted as changes)',
    ]);
  });

  it('reports a missing table and compares the others', async () => {
    const g = await ground({ skipTable: 'users' });
    const r = await status(g);
    expect(of(r, 'users')).toMatchObject({ compared: false, note: 'table missing', counts: null });
    expect(of(r, 'events').counts).toMatchObject({ items: 5, artifactsOnly: 2 });
    expect(r.reasons).toEqual([`table lightningtalk-circle-${g.stage}-users (collection users) missing`]);
    expect(statusCommand.present(r).summary.tables.find((t) => t.caption?.startsWith('Against'))!.rows[2]).toEqual([
      'users',
      'not compared',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
    ]);
  });

  it('reports a missing migration backup, and compares nothing', async () => {
    const g = await ground({ backup: 'none' });
    const r = await status(g);
    expect(r.ready).toBe(false);
    expect(r.artifacts.collections.map((c) => [c.collection, c.compared, c.note])).toEqual(
      ['events', 'participants', 'users', 'talks'].map((c) => [c, false, 'no migration backup to compare with']),
    );
    expect(JSON.parse(statusCommand.present(r).outputs['migration-artifacts']!)).toEqual({});
    expect(statusCommand.present(r).summary.notes).toContain(
      'events: not compared with the migration backup (no migration backup to compare with)',
    );
  });

  it('says so when the backup lacks a collection file: the rollback takes it as empty, every item added', async () => {
    const g = await ground({ backup: { omit: 'users' } });
    const r = await status(g);
    expect(of(r, 'users').counts).toEqual({ items: 1, unchanged: 0, artifactsOnly: 0, changed: 0, added: 1, deleted: 0 });
    expect(r.warnings).toContain(
      'users: the migration backup has no users.json: the rollback takes it as empty, so every item counts as added',
    );
  });

  it('turns a backup file the rollback would refuse into a reason, not a crash', async () => {
    const g = await ground({ backup: { broken: 'events' } });
    const r = await status(g);
    expect(of(r, 'events')).toMatchObject({ compared: false, counts: null });
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]).toMatch(
      /^events: .*migration-backups\/2024-06-01T00-00-00-000Z\/events\.json: not valid JSON .*\(the rollback would refuse it\)$/,
    );
    expect(of(r, 'talks').counts).toMatchObject({ artifactsOnly: 2 });
  });

  it('compares without current files when the data dir does not exist (the rollback takes none)', async () => {
    const g = await ground();
    await rm(path.join(g.dir, 'server/data'), { recursive: true });
    const r = await status(g);
    expect(r.reasons).toEqual(['data dir server/data does not exist']);
    expect(tally(r, 'events')).toMatchObject({ unchanged: 1, artifactsOnly: 2, changed: 1, added: 1, deleted: 1 });
  });

  it('does not scan with --scan=false: a quick preflight for huge tables', async () => {
    const g = await ground();
    const r = await status(g, { scan: false });
    expect(r.artifacts.scanned).toBe(false);
    expect(r.artifacts.collections.every((c) => !c.compared && c.counts === null && c.note === 'not scanned (--scan false)')).toBe(true);
    const p = statusCommand.present(r);
    expect(p.summary.tables.some((t) => t.caption?.startsWith('Against'))).toBe(false);
    expect(p.summary.notes).toContain(
      'migration artifacts: not counted (--scan=false); run status without it to see what the rollback will undo',
    );
    expect(r.ready).toBe(true);
  });

  it('gives the same counts with one segment or many', async () => {
    const g = await ground();
    const one = await status(g, { segments: 1 });
    const many = await status(g, { segments: 7 });
    expect(many.artifacts.collections.map((c) => c.counts)).toEqual(one.artifacts.collections.map((c) => c.counts));
  });
});

describe('status: the scan where dynalite cannot go', () => {
  it('reads every page of every segment, consistently, and says so when Scan is not allowed', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'artifacts-mock-'));
    dirs.push(dir);
    await mkdir(path.join(dir, 'server/data'), { recursive: true });
    await mkdir(path.join(dir, 'migration-backups', BACKUP), { recursive: true });
    await writeFile(path.join(dir, 'migration-backups', BACKUP, 'events.json'), JSON.stringify([{ id: 'a' }, { id: 'b' }, { id: 'c' }]));
    const client = new DynamoDBClient({ region: 'us-east-1' });
    const mock = mockClient(client);
    mock.on(ScanCommand).callsFake((input: { TableName: string; Segment: number; ExclusiveStartKey?: unknown }) => {
      if (input.TableName.endsWith('-talks'))
        return Promise.reject(new ResourceNotFoundException({ message: 'Requested resource not found', $metadata: {} }));
      if (input.TableName.endsWith('-users')) {
        return Promise.reject(
          Object.assign(new Error('not authorized'), {
            name: 'AccessDeniedException',
            $fault: 'client',
            $metadata: { httpStatusCode: 400 },
          }),
        );
      }
      if (!input.TableName.endsWith('-events') || input.Segment !== 1) return Promise.resolve({ Items: [] });
      // Segment 1 answers in two pages.
      return Promise.resolve(
        input.ExclusiveStartKey
          ? { Items: [marshall({ id: 'c' })] }
          : { Items: [marshall({ id: 'a' }), marshall({ id: 'b' })], LastEvaluatedKey: marshall({ id: 'b' }) },
      );
    });
    mock
      .on(DescribeTableCommand)
      .callsFake((input: { TableName: string }) =>
        Promise.resolve({ Table: { TableName: input.TableName, TableStatus: 'ACTIVE', ItemCount: 3 } }),
      );
    mock.on(DescribeContinuousBackupsCommand).resolves({});
    const ctx = await contextFor(dir, { stage: 'prod', tables: ['events', 'users', 'talks'], segments: 3 });
    const r = await runStatus(statusOptions(ctx), { dynamo: wrapDynamo(client, { region: 'us-east-1' }), now: () => NOW });
    expect(of(r, 'events').counts).toEqual({ items: 3, unchanged: 3, artifactsOnly: 0, changed: 0, added: 0, deleted: 0 });
    const scans = mock.commandCalls(ScanCommand).map((c) => c.args[0].input);
    expect(scans.every((s) => s.ConsistentRead === true && s.TotalSegments === 3)).toBe(true);
    expect(
      scans
        .filter((s) => s.TableName!.endsWith('-events'))
        .map((s) => s.Segment)
        .sort(),
    ).toEqual([0, 1, 1, 2]);
    expect(of(r, 'users')).toMatchObject({ compared: false, note: 'no permission for dynamodb:Scan' });
    // Deleted between DescribeTable and the scan.
    expect(of(r, 'talks')).toMatchObject({ compared: false, note: 'table missing (gone during the scan)' });
    expect(r.warnings).toContain(
      'users: not compared with the migration backup: no permission for dynamodb:Scan on lightningtalk-circle-prod-users (or run status with --scan=false)',
    );
  });
});
