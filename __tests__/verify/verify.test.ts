/**
 * verify end to end on dynalite: tables seeded with events-app data, a real
 * export (the export command), data files written by a test-only writer and
 * then broken in each way verify must catch.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DeleteItemCommand, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { execute, type Execution } from '../../src/commands/execute.js';
import type { Options } from '../../src/commands/options.js';
import { InputError } from '../../src/core/errors.js';
import { renderText } from '../../src/core/summary.js';
import { fromWire, type WireItem } from '../../src/dynamo/wire.js';
import type { VerifyResult } from '../../src/verify/run-verify.js';
import { createBucket, createTable, dynamoEndpoint, s3Endpoint, seedItems, testDynamo, testS3, uniqueName } from '../harness/aws.js';
import { COLLECTIONS, eventsData, secretValues } from './events-data.js';
import { Num, type Plain, plainItem, toText } from './plain.js';
import { type Recorder, recorder } from './recorder.js';

type Obj = { [k: string]: Plain };

const data = eventsData();
const SENTINEL = 'Changed-Value-Sentinel-9481';
const secrets = [...secretValues(data), SENTINEL];

let root: string;
let stage: string;
const table = (c: string) => `lightningtalk-circle-${stage}-${c}`;
/** Everything any run said or returned, for the leak check at the end. */
const seen: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'verify-'));
  stage = uniqueName('vf');
  const client = testDynamo();
  for (const c of COLLECTIONS) {
    await createTable(client, table(c));
    await seedItems(
      client,
      table(c),
      data[c].map((i) => fromWire(i)),
    );
  }
  const { presentation } = await execute('export', { stage, endpoint: dynamoEndpoint(), out: 'export' }, recorder(), root);
  expect(presentation.ok).toBe(true);
});
afterAll(() => rm(root, { recursive: true, force: true }));

function goodFiles(): Record<string, Obj[]> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, data[c].map((i: WireItem) => plainItem(i))]));
}

let n = 0;
/** A fresh repository folder holding the export link and a data dir with the given files. */
async function repo(files: Record<string, Obj[] | string>): Promise<string> {
  const dir = path.join(root, `repo-${++n}`);
  await mkdir(path.join(dir, 'server/data'), { recursive: true });
  for (const [c, content] of Object.entries(files)) {
    await writeFile(path.join(dir, 'server/data', `${c}.json`), typeof content === 'string' ? content : `${toText(content)}\n`);
  }
  return dir;
}

async function verify(dir: string, extra: Options = {}): Promise<{ ex: Execution; r: VerifyResult; rec: Recorder; text: string }> {
  const rec = recorder();
  const ex = await execute('verify', { stage, endpoint: dynamoEndpoint(), from: path.join(root, 'export'), ...extra }, rec, dir);
  const text = renderText(ex.presentation.summary);
  seen.push(...rec.lines, JSON.stringify(ex.result), JSON.stringify(ex.presentation));
  return { ex, r: ex.result as VerifyResult, rec, text };
}

const byCollection = (r: VerifyResult, c: string) => r.collections.find((x) => x.collection === c)!;

describe('verify', () => {
  it('passes when every file matches the export', async () => {
    const { ex, r, text } = await verify(await repo(goodFiles()));
    expect(ex.presentation.ok).toBe(true);
    expect(r.collections.map((c) => [c.collection, c.status, c.expected, c.found])).toEqual([
      ['events', 'ok', 2, 2],
      ['participants', 'ok', 30, 30],
      ['users', 'ok', 2, 2],
      ['talks', 'ok', 1, 1],
    ]);
    expect(text).toMatch(/^verify: 4 collections, 35 items match the export/);
    expect(text).toMatch(/participants\s+30\s+30\s+0\s+0\s+0\s+ok/);
    expect(JSON.parse(ex.presentation.outputs.collections!)).toEqual({ events: 'ok', participants: 'ok', users: 'ok', talks: 'ok' });
  });

  it('passes reordered items, keys and set elements, and numbers written another way', async () => {
    const files = goodFiles();
    for (const c of COLLECTIONS) files[c]!.reverse();
    const ev = files.events!.find((e) => e.id === 'ev-1')!;
    files.events![files.events!.indexOf(ev)] = Object.fromEntries(Object.entries(ev).reverse());
    const reordered = files.events!.find((e) => e.id === 'ev-1')!;
    (reordered.tags as string[]).reverse();
    (reordered.thumbs as string[]).reverse();
    reordered.capacity = new Num('1.20e2');
    reordered.fee = new Num('1500.50');
    const { ex, r } = await verify(await repo(files));
    expect(r.collections.every((c) => c.status === 'ok')).toBe(true);
    expect(ex.presentation.ok).toBe(true);
  });

  it('fails on a changed value, naming the collection, id and path', async () => {
    const files = goodFiles();
    const p = files.participants!.find((x) => x.id === 'p-07')!;
    p.email = SENTINEL;
    ((files.events![0]!.venue as Obj).address as Obj).city = SENTINEL;
    const { ex, r, text } = await verify(await repo(files));
    expect(ex.presentation.ok).toBe(false);
    expect(byCollection(r, 'participants')).toMatchObject({
      status: 'differs',
      changed: [{ id: 'p-07', paths: ['email'] }],
      missing: [],
      extra: [],
    });
    expect(byCollection(r, 'events').changed).toEqual([{ id: 'ev-1', paths: ['venue.address.city'] }]);
    expect(text).toContain('participants: p-07 differs at email');
    expect(text).toContain('events: ev-1 differs at venue.address.city');
    expect(ex.presentation.summary.headline).toBe('2 collections differ (events, participants)');
  });

  it('fails on a changed type: the number 5 written as the string "5"', async () => {
    const files = goodFiles();
    files.talks![0]!.duration = '5';
    const { ex, r, text } = await verify(await repo(files));
    expect(ex.presentation.ok).toBe(false);
    expect(byCollection(r, 'talks').changed).toEqual([{ id: 't-1', paths: ['duration'] }]);
    expect(text).toMatch(/talks\s+1\s+1\s+0\s+0\s+1\s+DIFFERS/);
  });

  it('fails on a change in the 38th digit', async () => {
    const files = goodFiles();
    files.events![0]!.counter = new Num('12345678901234567890123456789012345679');
    const { r } = await verify(await repo(files));
    expect(byCollection(r, 'events').changed).toEqual([{ id: 'ev-1', paths: ['counter'] }]);
  });

  it('fails on a missing item', async () => {
    const files = goodFiles();
    files.users = files.users!.filter((u) => u.id !== 'u-2');
    const { ex, r, text } = await verify(await repo(files));
    expect(ex.presentation.ok).toBe(false);
    expect(byCollection(r, 'users')).toMatchObject({ status: 'differs', expected: 2, found: 1, missing: ['u-2'] });
    expect(text).toContain('users: missing from the file: u-2');
  });

  it('fails on an extra item', async () => {
    const files = goodFiles();
    files.talks!.push({ id: 't-extra', title: SENTINEL });
    const { ex, r, text } = await verify(await repo(files));
    expect(ex.presentation.ok).toBe(false);
    expect(byCollection(r, 'talks')).toMatchObject({ expected: 1, found: 2, extra: ['t-extra'] });
    expect(text).toContain('talks: not in the export: t-extra');
  });

  it('fails on a duplicate id', async () => {
    const files = goodFiles();
    files.participants!.push({ ...files.participants![3]! });
    const { ex, r, text } = await verify(await repo(files));
    expect(ex.presentation.ok).toBe(false);
    expect(byCollection(r, 'participants')).toMatchObject({
      status: 'differs',
      duplicateIds: ['p-03'],
      missing: [],
      extra: [],
      changed: [],
    });
    expect(text).toContain('participants: duplicate ids in the file: p-03');
  });

  it('fails on a broken JSON file, naming the file and where, not what', async () => {
    const files: Record<string, Obj[] | string> = goodFiles();
    const good = toText(files.users as Obj[]);
    files.users = good.replace('"role": "organizer"', '"role": "organizer",');
    const { ex, r, text } = await verify(await repo(files));
    expect(ex.presentation.ok).toBe(false);
    const users = byCollection(r, 'users');
    expect(users.status).toBe('invalid');
    expect(users.problem).toMatch(/^not valid JSON \(expected a property name at line \d+, column \d+\)$/);
    expect(text).toContain('users: server/data/users.json not valid JSON');
    expect(byCollection(r, 'events').status).toBe('ok');
  });

  it.each([
    ['an object', '{"id": "u-admin"}', 'not a JSON array (the file holds an object)'],
    ['an item whose id is not a string or number', '[{"id": true}]', 'element 0 has an id that is neither a string nor a number'],
    ['a missing file', null, 'missing'],
  ])('fails on a data file that is %s', async (_what, content, problem) => {
    const files: Record<string, Obj[] | string> = goodFiles();
    if (content === null) delete files.users;
    else files.users = content;
    const { ex, r } = await verify(await repo(files));
    expect(ex.presentation.ok).toBe(false);
    expect(byCollection(r, 'users')).toMatchObject({ status: 'invalid', problem });
  });

  it('checks that data files outside the export still parse', async () => {
    const files: Record<string, Obj[] | string> = { ...goodFiles(), settings: '[{"id": "s1"}]' };
    let { ex, r } = await verify(await repo(files));
    expect(ex.presentation.ok).toBe(true);
    expect(byCollection(r, 'settings')).toMatchObject({ status: 'not exported', table: null, found: 1 });
    files.settings = '[{"id": "s1"}';
    ({ ex, r } = await verify(await repo(files)));
    expect(ex.presentation.ok).toBe(false);
    expect(byCollection(r, 'settings').status).toBe('invalid');
  });

  it('verifies only the collections given with --tables', async () => {
    const files = goodFiles();
    files.users = [];
    const { ex, r } = await verify(await repo(files), { tables: ['events', 'talks'] });
    expect(ex.presentation.ok).toBe(true);
    expect(r.collections.map((c) => c.collection)).toEqual(['events', 'talks']);
  });

  it('reads the export from S3 as well', async () => {
    const bucket = await createBucket(testS3());
    const uri = `s3://${bucket}/runs/r1`;
    const up = await execute(
      'export',
      { stage, endpoint: dynamoEndpoint(), out: 'export-s3', 's3-uri': uri, 's3-endpoint': s3Endpoint() },
      recorder(),
      root,
    );
    expect(up.presentation.ok).toBe(true);
    const files = goodFiles();
    files.users = files.users!.filter((u) => u.id !== 'u-admin');
    const { ex, r } = await verify(await repo(files), { from: uri, 's3-endpoint': s3Endpoint() });
    expect(r.from).toBe(uri);
    expect(ex.presentation.ok).toBe(false);
    expect(byCollection(r, 'users').missing).toEqual(['u-admin']);
    expect(r.collections.filter((c) => c.status === 'ok').map((c) => c.collection)).toEqual(['events', 'participants', 'talks']);
  });

  it('is an InputError without --from, or with a tampered export', async () => {
    const dir = await repo(goodFiles());
    await expect(execute('verify', { stage, endpoint: dynamoEndpoint() }, recorder(), dir)).rejects.toThrow(InputError);
    const tampered = path.join(root, 'export-tampered');
    await cp(path.join(root, 'export'), tampered, { recursive: true });
    const manifest = path.join(tampered, table('users'), 'manifest-summary.json');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace(/"itemCount":\s*2/, '"itemCount": 3'));
    const err = await execute('verify', { stage, endpoint: dynamoEndpoint(), from: tampered }, recorder(), dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
  });

  describe('--live', () => {
    it('passes when the tables are as exported', async () => {
      const { ex, r, text } = await verify(await repo(goodFiles()), { live: true });
      expect(ex.presentation.ok).toBe(true);
      expect(r.live?.map((l) => [l.collection, l.same, l.live?.count])).toEqual([
        ['events', true, 2],
        ['participants', true, 30],
        ['users', true, 2],
        ['talks', true, 1],
      ]);
      expect(ex.presentation.outputs.live).toBe('unchanged');
      expect(text).toMatch(/live tables unchanged since the export/);
    });

    it('catches writes made after the export, naming the tables', async () => {
      const client = testDynamo();
      // An update (same count), an insert and a delete, each in its own table.
      await client.send(
        new UpdateItemCommand({
          TableName: table('users'),
          Key: { id: { S: 'u-2' } },
          UpdateExpression: 'SET #r = :r',
          ExpressionAttributeNames: { '#r': 'role' },
          ExpressionAttributeValues: { ':r': { S: SENTINEL } },
        }),
      );
      await client.send(new PutItemCommand({ TableName: table('talks'), Item: { id: { S: 't-late' }, title: { S: SENTINEL } } }));
      await client.send(new DeleteItemCommand({ TableName: table('participants'), Key: { id: { S: 'p-29' } } }));
      try {
        const { ex, r, text } = await verify(await repo(goodFiles()), { live: true });
        // The files still match the export; the tables do not.
        expect(r.collections.every((c) => c.status === 'ok')).toBe(true);
        expect(ex.presentation.ok).toBe(false);
        expect(r.live?.filter((l) => !l.same).map((l) => l.table)).toEqual([table('participants'), table('users'), table('talks')]);
        expect(JSON.parse(ex.presentation.outputs['live-changed']!)).toEqual([table('participants'), table('users'), table('talks')]);
        expect(text).toContain(`${table('users')}: same item count (2) but the content differs from the export: written after the export`);
        expect(text).toContain(`${table('talks')}: 2 items now, 1 in the export (+1): written after the export`);
        expect(text).toContain(`${table('participants')}: 29 items now, 30 in the export (-1): written after the export`);
        expect(ex.presentation.summary.headline).toContain(
          `written after the export: ${table('participants')}, ${table('users')}, ${table('talks')}`,
        );
      } finally {
        await client.send(new PutItemCommand({ TableName: table('users'), Item: fromWire(data.users[1]!) }));
        await client.send(new DeleteItemCommand({ TableName: table('talks'), Key: { id: { S: 't-late' } } }));
        await client.send(new PutItemCommand({ TableName: table('participants'), Item: fromWire(data.participants[29]!) }));
      }
      // Put back as exported, the digests agree again.
      const { ex } = await verify(await repo(goodFiles()), { live: true });
      expect(ex.presentation.ok).toBe(true);
    });
  });

  it('never prints an item value: reporter lines, result and summary of every run above', () => {
    expect(seen.length).toBeGreaterThan(30);
    const all = seen.join('\n');
    const leaked = secrets.filter((v) => all.includes(v));
    expect(leaked).toEqual([]);
    // The check can fail: ids are printed, so it would see one if asked.
    expect(all).toContain('p-07');
  });
});
