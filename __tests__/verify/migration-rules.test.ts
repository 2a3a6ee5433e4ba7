/**
 * verify's own reading of the migration rules, pure, on hand-written items:
 * each rule accepts exactly its artifact when on and nothing when off, a
 * null left where the reference held "" fails naming id and path, and ids
 * the migration generated are matched to file items without one by content.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { WireItem } from '../../src/dynamo/wire.js';
import { CollectionCheck, type CheckContext } from '../../src/verify/collection-check.js';
import { fileItemsOf } from '../../src/verify/ids.js';
import { keylessOrigins } from '../../src/verify/keyless-origins.js';
import { fileContentKey } from '../../src/verify/content-key.js';
import { fileShapeOf, PLAIN_KEYS } from '../../src/verify/file-keys.js';
import { factsFor, migrationFacts } from '../../src/verify/migration-facts.js';
import { compareWithRules, type RuleSet } from '../../src/verify/migration-rules.js';
import { JsonObject, parseRawJson } from '../../src/verify/raw-json.js';
import { loadReferences, type References } from '../../src/verify/references.js';
import { loadRollbackReport, type RollbackReportView } from '../../src/verify/rollback-report.js';

const obj = (text: string): JsonObject => {
  const v = parseRawJson(text);
  if (!(v instanceof JsonObject)) throw new Error('not an object');
  return v;
};
const items = (text: string): JsonObject[] => {
  const r = fileItemsOf(parseRawJson(text));
  if ('problem' in r) throw new Error(r.problem);
  return r.items;
};

const MIGRATED_AT = '2024-06-01T00:02:00.000Z';
const WINDOW = { start: Date.parse('2024-06-01T00:00:00.000Z'), end: Date.parse('2024-06-01T00:05:00.000Z') };
const ON: RuleSet = { emptyStringsAsNull: true, rewroteUpdatedAt: true, window: WINDOW };
const OFF: RuleSet = { emptyStringsAsNull: false, rewroteUpdatedAt: false, window: WINDOW };

/** What the backup held, what DynamoDB holds after the migration, what the rollback wrote. */
const ref = obj('{"id":"a","bio":"","tags":["x",""],"profile":{"note":""},"updatedAt":"2024-05-01T00:00:00.000Z"}');
const exported: WireItem = {
  id: { S: 'a' },
  bio: { NULL: true },
  tags: { L: [{ S: 'x' }, { NULL: true }] },
  profile: { M: { note: { NULL: true } } },
  updatedAt: { S: MIGRATED_AT },
};
const restored = obj('{"id":"a","bio":"","tags":["x",""],"profile":{"note":""},"updatedAt":"2024-05-01T00:00:00.000Z"}');

describe('compareWithRules: emptyStringsAsNull', () => {
  it('accepts "" for NULL where the reference holds "" at that path (nested and in lists too), with the rule on', () => {
    const o = compareWithRules(restored, exported, [ref], ON);
    expect(o.paths).toEqual([]);
    expect(o.emptyStrings).toEqual(['bio', 'tags[1]', 'profile.note']);
    expect(o.timestamps).toEqual(['updatedAt']);
  });

  it('accepts nothing with the rule off: each "" is a difference', () => {
    const o = compareWithRules(restored, exported, [ref], { ...OFF, rewroteUpdatedAt: true });
    expect(o.paths).toEqual(['bio', 'tags[1]', 'profile.note']);
    expect(o.emptyStrings).toEqual([]);
  });

  it('refuses a "" where the reference holds something else, or nothing, at that path', () => {
    const other = obj('{"id":"a","bio":"was text","tags":["x"],"profile":{},"updatedAt":"2024-05-01T00:00:00.000Z"}');
    expect(compareWithRules(restored, exported, [other], ON).paths).toEqual(['bio', 'tags[1]', 'profile.note']);
    // No reference at all: nothing is the migration's.
    expect(compareWithRules(restored, exported, [], ON).paths).toEqual(['bio', 'tags[1]', 'profile.note', 'updatedAt']);
  });

  it('takes the first reference that holds the path: the backup, else the file before the rollback', () => {
    const backup = obj('{"id":"a","tags":["x",""],"profile":{"note":""},"updatedAt":"2024-05-01T00:00:00.000Z"}');
    const before = obj('{"id":"a","bio":""}');
    expect(compareWithRules(restored, exported, [backup, before], ON).paths).toEqual([]);
    const beforeSays = obj('{"id":"a","bio":"text"}');
    const backupEmpty = obj('{"id":"a","bio":"","tags":["x",""],"profile":{"note":""},"updatedAt":"2024-05-01T00:00:00.000Z"}');
    // The backup holds bio, so it decides, whatever the file before said.
    expect(compareWithRules(restored, exported, [backupEmpty, beforeSays], ON).paths).toEqual([]);
  });

  it('fails a null left where the reference held "" (the rule on), naming the path; with the rule off it is no difference', () => {
    const left = obj('{"id":"a","bio":null,"tags":["x",""],"profile":{"note":""},"updatedAt":"2024-05-01T00:00:00.000Z"}');
    const on = compareWithRules(left, exported, [ref], ON);
    expect(on.paths).toEqual(['bio']);
    expect(on.nullsLeft).toEqual(['bio']);
    const off = compareWithRules(left, exported, [ref], { ...ON, emptyStringsAsNull: false });
    expect(off.paths).toEqual(['tags[1]', 'profile.note']);
    expect(off.nullsLeft).toEqual([]);
  });

  it('keeps a null where the reference held null or nothing', () => {
    const file = obj('{"id":"a","bio":null}');
    const item: WireItem = { id: { S: 'a' }, bio: { NULL: true } };
    expect(compareWithRules(file, item, [obj('{"id":"a","bio":null}')], ON).paths).toEqual([]);
    expect(compareWithRules(file, item, [obj('{"id":"a"}')], ON).paths).toEqual([]);
  });
});

describe('compareWithRules: rewroteUpdatedAt', () => {
  const file = obj('{"id":"a","updatedAt":"2024-05-01T00:00:00.000Z"}');
  const item = (updatedAt: string): WireItem => ({ id: { S: 'a' }, updatedAt: { S: updatedAt } });
  const base = [obj('{"id":"a","updatedAt":"2024-05-01T00:00:00.000Z"}')];

  it("accepts the reference's updatedAt where the export's is inside the window (bounds included)", () => {
    expect(compareWithRules(file, item(MIGRATED_AT), base, ON)).toMatchObject({ paths: [], timestamps: ['updatedAt'] });
    expect(compareWithRules(file, item('2024-06-01T00:00:00.000Z'), base, ON).paths).toEqual([]);
    expect(compareWithRules(file, item('2024-06-01T00:05:00.000Z'), base, ON).paths).toEqual([]);
  });

  it('refuses it with the rule off, outside the window, without a window, or when the file holds another time', () => {
    expect(compareWithRules(file, item(MIGRATED_AT), base, OFF).paths).toEqual(['updatedAt']);
    // A later write by the app is a real change: the file must hold it.
    expect(compareWithRules(file, item('2024-06-01T00:05:00.001Z'), base, ON).paths).toEqual(['updatedAt']);
    expect(compareWithRules(file, item(MIGRATED_AT), base, { ...ON, window: null }).paths).toEqual(['updatedAt']);
    const edited = obj('{"id":"a","updatedAt":"2024-05-02T00:00:00.000Z"}');
    expect(compareWithRules(edited, item(MIGRATED_AT), base, ON).paths).toEqual(['updatedAt']);
  });

  it('accepts updatedAt and createdAt absent from the file only where the reference had none', () => {
    const bare = obj('{"id":"a"}');
    const both: WireItem = { id: { S: 'a' }, updatedAt: { S: MIGRATED_AT }, createdAt: { S: MIGRATED_AT } };
    expect(compareWithRules(bare, both, [obj('{"id":"a"}')], ON)).toMatchObject({ paths: [], timestamps: ['updatedAt', 'createdAt'] });
    expect(compareWithRules(bare, both, [obj('{"id":"a","createdAt":"2024-01-01T00:00:00.000Z"}')], ON).paths).toEqual(['createdAt']);
  });

  it("fails the migration's time left in the file where the reference holds another or none", () => {
    const left = obj(`{"id":"a","updatedAt":"${MIGRATED_AT}","createdAt":"${MIGRATED_AT}"}`);
    const both: WireItem = { id: { S: 'a' }, updatedAt: { S: MIGRATED_AT }, createdAt: { S: MIGRATED_AT } };
    const o = compareWithRules(left, both, [obj('{"id":"a","updatedAt":"2024-05-01T00:00:00.000Z"}')], ON);
    expect(o.paths).toEqual(['updatedAt', 'createdAt']);
    expect(o.timestampsLeft).toEqual(['updatedAt', 'createdAt']);
    // A createdAt the reference holds was kept by the migration; one equal to the reference's is no artifact.
    expect(
      compareWithRules(left, both, [obj(`{"id":"a","updatedAt":"${MIGRATED_AT}","createdAt":"2024-01-01T00:00:00.000Z"}`)], ON).paths,
    ).toEqual([]);
    // With the rule off, the file holding the export's value is simply equal.
    expect(compareWithRules(left, both, [obj('{"id":"a"}')], OFF).paths).toEqual([]);
  });

  it('puts back no createdAt: the migration wrote one only where the item had none', () => {
    const file2 = obj('{"id":"a","createdAt":"2024-01-01T00:00:00.000Z"}');
    const it2: WireItem = { id: { S: 'a' }, createdAt: { S: MIGRATED_AT } };
    expect(compareWithRules(file2, it2, [obj('{"id":"a","createdAt":"2024-01-01T00:00:00.000Z"}')], ON).paths).toEqual(['createdAt']);
  });
});

/** A collection check with references, generated ids and settings as given. */
function check(fileText: string, exportItems: WireItem[], ctx: Partial<CheckContext> & { refItems?: string } = {}) {
  const byId = new Map<string, JsonObject[]>();
  const refs: References = { byId, keyless: new Map(), keylessAt: [], read: new Set() };
  for (const r of ctx.refItems ? items(ctx.refItems) : []) {
    const id = r.entries.get('id');
    if (typeof id === 'string') byId.set(`S:${id}`, [r]);
    else refs.keyless.set(fileContentKey(r), [...(refs.keyless.get(fileContentKey(r)) ?? []), r]);
  }
  const c = new CollectionCheck(items(fileText), { keys: PLAIN_KEYS, rules: ON, refs, generated: new Set(), ...ctx });
  for (const i of exportItems) c.add(i);
  return c.finish();
}

describe('CollectionCheck under the rules', () => {
  it('counts what each rule accepted, by id and path', () => {
    const d = check(
      '[{"id":"a","bio":"","updatedAt":"2024-05-01T00:00:00.000Z"}]',
      [{ id: { S: 'a' }, bio: { NULL: true }, updatedAt: { S: MIGRATED_AT } }],
      {
        refItems: '[{"id":"a","bio":"","updatedAt":"2024-05-01T00:00:00.000Z"}]',
      },
    );
    expect(d.changed).toEqual([]);
    expect(d.migration).toMatchObject({ emptyStringsAsNull: 1, rewroteUpdatedAt: 1, generatedIds: 0 });
    expect(d.migration.items).toEqual([
      { id: 'a', rule: 'emptyStringsAsNull', paths: ['bio'] },
      { id: 'a', rule: 'rewroteUpdatedAt', paths: ['updatedAt'] },
    ]);
  });

  it('fails a null left where the backup held "", naming the id and the path', () => {
    const d = check('[{"id":"a","bio":null}]', [{ id: { S: 'a' }, bio: { NULL: true } }], { refItems: '[{"id":"a","bio":""}]' });
    expect(d.changed).toEqual([{ id: 'a', paths: ['bio'] }]);
    expect(d.migration.notUndone).toEqual([{ id: 'a', rule: 'emptyStringsAsNull', paths: ['bio'] }]);
  });

  const uuid = '0b7e5a3c-1f2d-4e5f-8a9b-0c1d2e3f4a5b';
  const generatedItem: WireItem = {
    id: { S: uuid },
    name: { S: 'x' },
    bio: { NULL: true },
    createdAt: { S: MIGRATED_AT },
    updatedAt: { S: MIGRATED_AT },
  };

  it('matches an export item with a generated id to the file item without one of the same content', () => {
    const d = check('[{"name":"x","bio":""}]', [generatedItem], { refItems: '[{"name":"x","bio":""}]', generated: new Set([uuid]) });
    expect(d).toMatchObject({ missing: [], extra: [], changed: [], expected: 1, found: 1 });
    expect(d.migration).toMatchObject({ generatedIds: 1, emptyStringsAsNull: 1, rewroteUpdatedAt: 2 });
    expect(d.migration.items[0]).toEqual({ id: uuid, rule: 'generatedIds', paths: [], fileItem: '(no id: item 1)' });
  });

  it('leaves it missing and the item without an id extra when nothing matches, or when the id is not a generated one', () => {
    let d = check('[{"name":"y"}]', [generatedItem], { refItems: '[{"name":"x","bio":""}]', generated: new Set([uuid]) });
    expect(d).toMatchObject({ missing: [uuid], extra: ['(no id: item 1)'] });
    expect(d.migration.generatedIds).toBe(0);
    // Not in the report's generated ids (or the rule off): matched by id only.
    d = check('[{"name":"x","bio":""}]', [generatedItem], { refItems: '[{"name":"x","bio":""}]' });
    expect(d).toMatchObject({ missing: [uuid], extra: ['(no id: item 1)'] });
  });

  it('reports a file item of the same content that differs beyond the rules as changed under the generated id', () => {
    const d = check('[{"name":"x","bio":null}]', [generatedItem], { refItems: '[{"name":"x","bio":""}]', generated: new Set([uuid]) });
    expect(d).toMatchObject({ missing: [], extra: [], changed: [{ id: uuid, paths: ['bio'] }] });
    expect(d.migration.generatedIds).toBe(0);
    expect(d.migration.notUndone).toEqual([{ id: uuid, rule: 'emptyStringsAsNull', paths: ['bio'] }]);
  });

  it('takes the id from the attribute the settings name and expects the dropped ones absent', () => {
    const keys = { id: 'participantId', drop: ['eventKey'] };
    const item: WireItem = { participantId: { S: 'p-1' }, id: { S: 'old' }, eventKey: { S: 'ev-1#p-1' }, name: { S: 'n' } };
    let d = check('[{"id":"p-1","name":"n"}]', [item], { keys });
    expect(d).toMatchObject({ missing: [], extra: [], changed: [] });
    expect(d.migration.droppedAttributes).toBe(1);
    d = check('[{"id":"p-1","name":"n","eventKey":"ev-1#p-1"}]', [item], { keys });
    expect(d.changed).toEqual([{ id: 'p-1', paths: ['eventKey'] }]);
    // Without the settings the export's own id is the id.
    d = check('[{"id":"p-1","name":"n"}]', [item]);
    expect(d).toMatchObject({ missing: ['old'], extra: ['p-1'] });
  });

  it('matches a numeric id by id even when its digits are listed as generated (the migration generated string uuids)', () => {
    const d = check('[{"id":5,"v":1}]', [{ id: { N: '5' }, v: { N: '1' } }], { generated: new Set(['5']) });
    expect(d).toMatchObject({ missing: [], extra: [], changed: [] });
  });

  it('shapes an export item as the settings say: an item lacking the id attribute has no id', () => {
    expect(fileShapeOf({ id: { S: 'x' }, n: { N: '1' } }, { id: 'participantId', drop: [] }).item).toEqual({ n: { N: '1' } });
  });
});

describe('keylessOrigins', () => {
  const backupItem = obj('{"name":"x","bio":""}');
  const beforeItem = obj('{"name":"x (edited)","bio":""}');
  const refs: References = {
    byId: new Map(),
    keyless: new Map(),
    read: new Set(['backup', 'before']),
    keylessAt: [
      // The same content in the file before: not where a generated id came from (the migration copied the backup).
      { item: obj('{"name":"x","bio":""}'), from: 'before', position: 1 },
      { item: obj('{"name":"other"}'), from: 'backup', position: 1 },
      { item: backupItem, from: 'backup', position: 2 },
      { item: beforeItem, from: 'before', position: 3 },
    ],
  };
  const ctx: CheckContext = { keys: PLAIN_KEYS, rules: ON, refs, generated: new Set() };
  const missing = { id: 'uuid-1', item: { name: { S: 'x' }, bio: { NULL: true } } as WireItem };

  it('finds the backup item a missing generated id was (equal under the rules) and the place an extra item had before', () => {
    expect(
      keylessOrigins({ missing: [missing], extra: [{ id: '(no id: item 1)', item: obj('{"name":"x (edited)","bio":""}') }] }, ctx),
    ).toEqual([
      { id: 'uuid-1', from: 'backup', position: 2, ref: backupItem },
      { id: '(no id: item 1)', from: 'before', position: 3, ref: beforeItem },
    ]);
  });

  it('finds none for items that are not there as they are, and uses each place once', () => {
    expect(
      keylessOrigins(
        {
          missing: [{ ...missing, item: { name: { S: 'y' } } }],
          extra: [{ id: '(no id: item 1)', item: obj('{"name":"x (edited)","bio":null}') }],
        },
        ctx,
      ),
    ).toEqual([]);
    expect(keylessOrigins({ missing: [missing, { ...missing, id: 'uuid-2' }], extra: [] }, ctx)).toEqual([
      { id: 'uuid-1', from: 'backup', position: 2, ref: backupItem },
    ]);
    // With the rules off the backup item is not what the export holds.
    expect(keylessOrigins({ missing: [missing], extra: [] }, { ...ctx, rules: OFF })).toEqual([]);
  });
});

describe('migrationFacts', () => {
  const switches = { emptyStringsAsNull: true, rewroteUpdatedAt: true, generatedIds: true };
  const view = (migration: RollbackReportView['migration']): RollbackReportView => ({
    path: '/r.json',
    strategy: 'merge',
    prefer: 'dynamodb',
    dryRun: false,
    refused: false,
    failed: false,
    allowDataLoss: false,
    dataDir: '/d',
    export: { location: '/e' },
    startedAt: '2024-06-02T00:00:00.000Z',
    collections: [
      {
        collection: 'events',
        fromFiles: [],
        deletedByFiles: [],
        restoredFromBackup: [],
        lost: [],
        generatedIds: ['g-1'],
        file: '/d/events.json',
        keylessDigests: new Map(),
        run: null,
      },
    ],
    migration,
    backupDir: '/b',
    snapshot: '/s',
  });
  const facts = {
    emptyStringsAsNull: true,
    rewroteUpdatedAt: true,
    generatedIds: true,
    windowStart: '2024-06-01T00:00:00.000Z',
    windowEnd: '2024-06-01T00:05:00.000Z',
  };

  it('has nothing to say with every rule off', () => {
    expect(migrationFacts({ emptyStringsAsNull: false, rewroteUpdatedAt: false, generatedIds: false }, null, null).use.notes).toEqual([]);
    expect(
      migrationFacts({ emptyStringsAsNull: false, rewroteUpdatedAt: false, generatedIds: false }, view(facts), null).sources,
    ).toBeNull();
  });

  it('without a usable report uses no references and says so', () => {
    for (const f of [
      migrationFacts(switches, null, null),
      migrationFacts(switches, null, { ignored: 'it is a dry run' }),
      migrationFacts(switches, view(null), null),
    ]) {
      expect(f.sources).toBeNull();
      expect(f.rules).toEqual({ emptyStringsAsNull: false, rewroteUpdatedAt: false, window: null });
      expect(f.generated.size).toBe(0);
      expect(f.use.notes.join()).toMatch(/migration rules not applied: .*every migration artifact counts as a difference/);
    }
    expect(migrationFacts(switches, null, { ignored: 'it is a dry run' }).use.notes[0]).toContain('set aside (it is a dry run)');
  });

  it('takes the window, generated ids and references from the report, the rules from the config', () => {
    const f = migrationFacts(switches, view(facts), null);
    expect(f.rules).toEqual({ emptyStringsAsNull: true, rewroteUpdatedAt: true, window: WINDOW });
    expect(f.sources).toEqual({ backupDir: '/b', snapshot: '/s' });
    expect([...f.generated.get('events')!]).toEqual(['g-1']);
    expect(f.use.notes).toEqual([]);
    const off = migrationFacts({ emptyStringsAsNull: false, rewroteUpdatedAt: true, generatedIds: false }, view(facts), null);
    expect(off.rules.emptyStringsAsNull).toBe(false);
    expect(off.generated.size).toBe(0);
  });

  it('says when a rule is on in the config but the rollback ran with it off, and when there is no window', () => {
    const f = migrationFacts(switches, view({ ...facts, emptyStringsAsNull: false, windowStart: null, windowEnd: null }), null);
    expect(f.rules.window).toBeNull();
    expect(f.use.notes).toEqual([
      expect.stringContaining('emptyStringsAsNull is on in the config but the rollback ran with it off'),
      expect.stringContaining('no migration window'),
    ]);
  });
});

describe('loadReferences', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'verify-refs-'));
    await mkdir(path.join(dir, 'backup'));
    await mkdir(path.join(dir, 'snap/files'), { recursive: true });
    await writeFile(path.join(dir, 'backup/events.json'), '[{"id":"a","bio":""},{"title":"no id"},{"id":null,"title":"bad id"}]');
    await writeFile(path.join(dir, 'snap/files/events.json'), '[{"id":"a","bio":"later"},{"id":"b"}]');
    await writeFile(path.join(dir, 'backup/users.json'), '{"id":"a"}');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("holds the backup's version first, then the one before the rollback; items without an id by content", async () => {
    const { refs, notes } = await loadReferences('events', { backupDir: path.join(dir, 'backup'), snapshot: path.join(dir, 'snap') }, 1e6);
    expect(notes).toEqual([]);
    expect(refs.byId.get('S:a')!.map((o) => o.entries.get('bio'))).toEqual(['', 'later']);
    expect(refs.byId.get('S:b')).toHaveLength(1);
    expect([...refs.keyless.values()].flat()).toHaveLength(1);
  });

  it('uses no reference it cannot read as a collection, and says so; a collection a folder lacks has none there', async () => {
    const sources = { backupDir: path.join(dir, 'backup'), snapshot: path.join(dir, 'snap') };
    const users = await loadReferences('users', sources, 1e6);
    expect(users.refs.byId.size).toBe(0);
    expect(users.notes).toEqual([expect.stringContaining('is not a JSON array; not used as a reference')]);
    const s3 = await loadReferences('events', { backupDir: 's3://bucket/backups', snapshot: null }, 1e6);
    expect(s3.refs.byId.size).toBe(0);
    expect(s3.notes).toEqual([expect.stringContaining('is in S3 and not read by verify')]);
    expect((await loadReferences('talks', sources, 1e6)).notes).toEqual([]);
    const gone = await loadReferences('events', { backupDir: path.join(dir, 'gone'), snapshot: path.join(dir, 'snap') }, 1e6);
    expect(gone.notes).toEqual([expect.stringContaining('the migration backup')]);
    expect(gone.notes[0]).toContain('is not there any more');
    expect(gone.refs.byId.get('S:a')).toHaveLength(1);
  });
});

describe("the rollback report's migration facts", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'verify-report-facts-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const good = {
    command: 'rollback',
    strategy: 'merge',
    prefer: 'dynamodb',
    dataDir: '/d',
    startedAt: '2024-06-02T00:00:00.000Z',
    dryRun: false,
    refused: null,
    failed: null,
    export: { location: '/e' },
    backup: { dir: '/b' },
    snapshot: '/s',
    migration: {
      emptyStringsAsNull: true,
      rewroteUpdatedAt: true,
      generatedIds: true,
      window: 'w',
      windowStart: '2024-06-01T00:00:00.000Z',
      windowEnd: '2024-06-01T00:05:00.000Z',
    },
    collections: [{ collection: 'events', migration: { generatedIds: ['g-1'] } }],
  };
  const load = async (report: unknown) => {
    const file = path.join(dir, `r-${Math.random()}.json`);
    await writeFile(file, JSON.stringify(report));
    return loadRollbackReport(file, '/d');
  };

  it('reads the rules, window, backup, snapshot and generated ids', async () => {
    const read = await load(good);
    expect('report' in read && read.report).toMatchObject({
      backupDir: '/b',
      snapshot: '/s',
      migration: { windowStart: '2024-06-01T00:00:00.000Z', generatedIds: true },
      collections: [{ generatedIds: ['g-1'] }],
    });
    const older = await load({ ...good, migration: undefined, backup: null, snapshot: undefined, collections: [{ collection: 'events' }] });
    expect('report' in older && older.report).toMatchObject({
      migration: null,
      backupDir: null,
      snapshot: null,
      collections: [{ generatedIds: [] }],
    });
    const sha = 'a'.repeat(64);
    const digests = await load({
      ...good,
      collections: [{ collection: 'events', keylessDigests: [{ id: '(no id: migration backup item 1)', sha256: sha }] }],
    });
    expect('report' in digests && digests.report.collections[0]!.keylessDigests).toEqual(
      new Map([['(no id: migration backup item 1)', sha]]),
    );
    expect('report' in older && older.report.collections[0]!.keylessDigests).toEqual(new Map());
  });

  it.each([
    [{ ...good, migration: { ...good.migration, windowEnd: 5 } }, 'migration.windowEnd is neither null nor a time'],
    [{ ...good, migration: { ...good.migration, generatedIds: 'yes' } }, 'migration.generatedIds is not true or false'],
    [{ ...good, backup: { dir: 1 } }, 'backup.dir is not a string'],
    [{ ...good, snapshot: {} }, 'snapshot is neither null nor a string'],
    [
      { ...good, collections: [{ collection: 'events', migration: { generatedIds: [1] } }] },
      'collections[0].migration.generatedIds is not a list of ids',
    ],
    [{ ...good, collections: [{ collection: 'events', migration: ['g-1'] }] }, 'collections[0].migration is not an object'],
    [{ ...good, collections: [{ collection: 'events', file: 7 }] }, 'collections[0].file is not a string'],
    [{ ...good, collections: [{ collection: 'events', keylessDigests: {} }] }, 'collections[0].keylessDigests is not an array'],
    [
      { ...good, collections: [{ collection: 'events', keylessDigests: [{ id: '(no id: migration backup item 1)', sha256: 'ABC' }] }] },
      'collections[0].keylessDigests[0] is not an id and a sha256 of 64 hex digits',
    ],
  ])('refuses a report whose facts are damaged (%#): %s', async (report, problem) => {
    await expect(load(report)).rejects.toThrow(`not a rollback report (${problem})`);
  });
});

describe('factsFor (a resumed migration)', () => {
  const view = (run: { backup: string; windowStart: string; windowEnd: string } | null): RollbackReportView => ({
    path: '/r.json',
    strategy: 'merge',
    prefer: 'dynamodb',
    dryRun: false,
    refused: false,
    failed: false,
    allowDataLoss: false,
    dataDir: '/d',
    export: { location: '/e' },
    startedAt: '2024-06-02T00:00:00.000Z',
    collections: [
      {
        collection: 'events',
        fromFiles: [],
        deletedByFiles: [],
        restoredFromBackup: [],
        lost: [],
        generatedIds: [],
        file: '/d/events.json',
        keylessDigests: new Map(),
        run,
      },
      {
        collection: 'users',
        fromFiles: [],
        deletedByFiles: [],
        restoredFromBackup: [],
        lost: [],
        generatedIds: [],
        file: '/d/users.json',
        keylessDigests: new Map(),
        run: null,
      },
    ],
    migration: {
      emptyStringsAsNull: true,
      rewroteUpdatedAt: true,
      generatedIds: true,
      windowStart: '2024-06-01T06:00:00.000Z',
      windowEnd: '2024-06-01T06:05:00.000Z',
    },
    backupDir: '/b/second',
    snapshot: '/s',
  });
  const on = { emptyStringsAsNull: true, rewroteUpdatedAt: true, generatedIds: true };

  it("takes a collection's own run from the report: its window, and its backup as the reference; the others keep the report's one", () => {
    const facts = migrationFacts(
      on,
      view({ backup: '/b/first', windowStart: '2024-06-01T03:00:00.000Z', windowEnd: '2024-06-01T03:01:00.000Z' }),
      null,
    );
    expect(factsFor(facts, 'events')).toEqual({
      rules: {
        emptyStringsAsNull: true,
        rewroteUpdatedAt: true,
        window: { start: Date.parse('2024-06-01T03:00:00.000Z'), end: Date.parse('2024-06-01T03:01:00.000Z') },
      },
      sources: { backupDir: '/b/first', snapshot: '/s' },
    });
    expect(factsFor(facts, 'users')).toEqual({
      rules: {
        emptyStringsAsNull: true,
        rewroteUpdatedAt: true,
        window: { start: Date.parse('2024-06-01T06:00:00.000Z'), end: Date.parse('2024-06-01T06:05:00.000Z') },
      },
      sources: { backupDir: '/b/second', snapshot: '/s' },
    });
    expect(facts.use.runs).toEqual([
      { collection: 'events', windowStart: '2024-06-01T03:00:00.000Z', windowEnd: '2024-06-01T03:01:00.000Z', backup: '/b/first' },
    ]);
  });
});
