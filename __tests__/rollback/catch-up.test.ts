/**
 * rollback --base <export>: the catch-up merge. After a first rollback from
 * one export, the app wrote to DynamoDB again and someone edited a file;
 * a newer export merged with the first export as the base picks up the
 * DynamoDB writes and keeps the file edit, with no conflict even under
 * --prefer file, and reads no migration backup.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { execute } from '../../src/commands/execute.js';
import type { Options } from '../../src/commands/options.js';
import { exitCodeOf } from '../../src/core/errors.js';
import { silentReporter } from '../../src/core/reporter.js';
import type { RollbackResult } from '../../src/rollback/result.js';
import { testDynamo } from '../harness/aws.js';
import { appFormat, type Doc, exportEventsApp, readTree, type SeededGround, seededGround, toItem } from '../fixtures/events-app.js';

let ground: SeededGround;
let export1: string;
let export2: string;
const t2 = {
  id: 't-2',
  eventId: 'ev-1',
  title: 'Why CRDTs',
  speaker: 'Ichiro Speaker',
  duration: 5,
  createdAt: '2024-05-21T00:00:00.000Z',
};
beforeAll(async () => {
  ground = await seededGround('ddbrb-catch-up-', testDynamo());
  const first = await ground.freshApp();
  const client = testDynamo();
  const put = (table: string, d: Doc) => client.send(new PutItemCommand({ TableName: table, Item: toItem(d) }));
  // t-2 as the migration left it: its updatedAt the migration's own time (inside the window), undone by the first rollback.
  await put(first.tables.talks, { ...t2, updatedAt: '2024-06-01T00:30:00.000Z' });
  export1 = path.join(ground.scratch, 'export1');
  await exportEventsApp(ground.seeded, export1);
  // Written to DynamoDB after the first export: a new event, a changed participant, t-1 changed once more, t-2 changed by the app.
  await put(first.tables.talks, { ...t2, title: 'Why CRDTs, revisited', updatedAt: '2024-08-04T00:00:00.000Z' });
  await put(first.tables.events, {
    id: 'ev-5',
    title: 'Autumn Extra',
    date: '2024-09-01',
    createdAt: '2024-08-01T00:00:00.000Z',
    updatedAt: '2024-08-01T00:00:00.000Z',
  });
  await put(first.tables.participants, {
    id: 'p-3',
    eventId: 'ev-2',
    name: 'Saburo Participant',
    email: 'saburo.private@example.com',
    status: 'cancelled',
    createdAt: '2024-05-12T00:00:00.000Z',
  });
  await put(first.tables.talks, {
    id: 't-1',
    eventId: 'ev-1',
    title: 'Five Minutes of Rust, third take',
    speaker: 'Hanako Speaker',
    duration: 5,
    createdAt: '2024-05-20T00:00:00.000Z',
    updatedAt: '2024-08-02T00:00:00.000Z',
  });
  export2 = path.join(ground.scratch, 'export2');
  await exportEventsApp(ground.seeded, export2);
});
afterAll(() => ground.cleanup());

const run = (cwd: string, options: Options) => execute('rollback', options, silentReporter, cwd);

/** A fresh app rolled back from the first export, then u-1 edited in its file by hand. */
async function rolledBackAndEdited() {
  const app = await ground.freshApp();
  await run(app.root, { from: export1 });
  const usersFile = path.join(app.dataDir, 'users.json');
  const users = JSON.parse(await readFile(usersFile, 'utf8')) as Doc[];
  users.find((u) => u.id === 'u-1')!.role = 'owner';
  await writeFile(usersFile, appFormat(users));
  return app;
}

const items = async (dataDir: string, c: string) => JSON.parse(await readFile(path.join(dataDir, `${c}.json`), 'utf8')) as Doc[];
const byId = (docs: Doc[], id: string) => docs.find((d) => d.id === id);

describe('rollback --base <export> (catch-up)', () => {
  it('picks up the writes made in DynamoDB after the first export and keeps the file edit, without the migration backup', async () => {
    const app = await rolledBackAndEdited();
    // The catch-up needs no migration backup.
    await rm(path.join(app.root, 'migration-backups'), { recursive: true });
    const ex = await run(app.root, { from: export2, base: export1, prefer: 'file' });
    const r = ex.result as RollbackResult;
    expect(r.strategy).toBe('merge');
    expect(r.base).toMatchObject({ location: export1, format: 'dynamodb-rollback' });
    expect(r.backup).toBeNull();
    expect(ex.presentation.outputs.base).toBe(export1);
    expect(r.collections.map((c) => c.counts.conflicts)).toEqual([0, 0, 0, 0]);
    expect(byId(await items(app.dataDir, 'events'), 'ev-5')).toMatchObject({ title: 'Autumn Extra' });
    expect(byId(await items(app.dataDir, 'participants'), 'p-3')).toMatchObject({ status: 'cancelled' });
    // DynamoDB changed t-1 since the base and the file did not: taken, although --prefer file.
    expect(byId(await items(app.dataDir, 'talks'), 't-1')).toMatchObject({ title: 'Five Minutes of Rust, third take' });
    expect(byId(await items(app.dataDir, 'users'), 'u-1')).toMatchObject({ role: 'owner' });
    // t-2's migration timestamp in the base is undone with the window the first rollback's report recorded, so the app's change is no conflict.
    expect(byId(await items(app.dataDir, 'talks'), 't-2')).toMatchObject({
      title: 'Why CRDTs, revisited',
      updatedAt: '2024-08-04T00:00:00.000Z',
    });
    expect(r.migration.window).toContain('the report of the rollback from the base export');
    const users = r.collections.find((c) => c.collection === 'users')!;
    expect(users.fromFiles).toContain('u-1');
  });

  it('keeps the order of the files: an unchanged collection is not rewritten, a second catch-up changes nothing', async () => {
    const app = await rolledBackAndEdited();
    const users = await readFile(path.join(app.dataDir, 'users.json'));
    const first = (await run(app.root, { from: export2, base: export1 })).result as RollbackResult;
    expect(first.collections.find((c) => c.collection === 'users')!.written).toBe(false);
    expect(await readFile(path.join(app.dataDir, 'users.json'))).toEqual(users);
    const tree = await readTree(app.dataDir);
    const again = (await run(app.root, { from: export2, base: export1 })).result as RollbackResult;
    expect(again.collections.map((c) => c.written)).toEqual([false, false, false, false]);
    expect(await readTree(app.dataDir)).toEqual(tree);
  });

  it('refuses --base with another strategy, the same export twice, the two exports swapped, and a base in the data dir; nothing written', async () => {
    const app = await rolledBackAndEdited();
    const before = await readTree(app.dataDir);
    const refused = async (options: Options, says: string) => {
      const err = await run(app.root, options).catch((e: unknown) => e);
      expect(exitCodeOf(err)).toBe(2);
      expect((err as Error).message).toContain(says);
      expect(await readTree(app.dataDir)).toEqual(before);
    };
    await refused({ from: export2, base: export1, strategy: 'export' }, 'does not go with --strategy export');
    await refused({ from: export2, base: export2 }, 'is the export --from names');
    await refused({ from: export1, base: export2 }, 'they are swapped');
    await refused({ from: export2, base: app.dataDir }, 'the base export');
  });
});
