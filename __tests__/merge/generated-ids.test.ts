/**
 * The merge on data that went through the migration: items that had no id
 * (the migration gave them a uuid in DynamoDB) and artifacts undone before
 * the comparison, so an item whose only differences are the migration's
 * own is unchanged in DynamoDB and a file edit wins without a conflict.
 */
import type { PlainObject } from '../../src/convert/plain.js';
import { type MigrationRules, undoMigration } from '../../src/merge/migration.js';
import { planCollection } from '../../src/merge/plan.js';
import { BaseIndex, SideCollector } from '../../src/merge/side.js';

const T = Date.parse('2024-06-01T00:00:00.000Z');
const RULES: MigrationRules = { emptyStringsAsNull: true, rewroteUpdatedAt: true, window: { start: T, end: T + 300_000 } };
const AT_MIGRATION = '2024-06-01T00:01:00.000Z';

function merge(base: PlainObject[], exported: PlainObject[], files: PlainObject[], rules: MigrationRules = RULES) {
  const b = new BaseIndex(base, 'backup/x.json');
  const ours = new SideCollector(b, 'data/x.json');
  files.forEach((i) => ours.add(i));
  const refs = (at: number | undefined, key: string) => (at === undefined ? [ours.added.get(key)] : [b.items[at], ours.atBase(at)]);
  const found = { items: 0 };
  const theirs = new SideCollector(b, 'export table x', {
    matchGeneratedIds: true,
    undo: (item, at, key) => {
      const u = undoMigration(item, refs(at, key), rules);
      if (u.found.emptyStrings.length || u.found.updatedAt || u.found.createdAt) found.items++;
      return u.item;
    },
  });
  exported.forEach((i) => theirs.add(i));
  return { plan: planCollection({ base: b, theirs, ours }, 'merge', 'dynamodb'), theirs, ours, found };
}

describe('a merge that undoes the migration', () => {
  const base: PlainObject[] = [
    { id: 'a', title: 'A', note: '', updatedAt: '2024-05-01T00:00:00.000Z' },
    { title: 'no id', note: '' },
    { id: 'c', title: 'C', updatedAt: '2024-05-01T00:00:00.000Z' },
  ];
  const exported: PlainObject[] = [
    { id: 'a', title: 'A', note: null, updatedAt: AT_MIGRATION },
    { id: '3f2b0c1e-uuid', title: 'no id', note: null, createdAt: AT_MIGRATION, updatedAt: AT_MIGRATION },
    { id: 'c', title: 'C changed in DynamoDB', updatedAt: '2024-06-10T00:00:00.000Z' },
  ];

  it('sees only the real change in DynamoDB, keeps the base shape of the item that had no id, and takes a file edit without a conflict', () => {
    const files = [{ id: 'a', title: 'A edited in the file', note: '', updatedAt: '2024-06-05T00:00:00.000Z' }, base[1]!, base[2]!];
    const { plan, theirs } = merge(base, exported, files);
    expect(plan.items).toEqual([files[0], base[1], exported[2]]);
    expect(plan.conflicts).toEqual([]);
    expect([...theirs.generated.entries()]).toEqual([[1, '3f2b0c1e-uuid']]);
    expect(plan.counts).toMatchObject({ fromExport: 1, keptFromFiles: 1, fromBackup: 1, conflicts: 0 });
  });

  it('with the rules off, sees the artifacts as changes in DynamoDB (and conflicts with the file edit)', () => {
    const files = [{ id: 'a', title: 'A edited in the file', note: '', updatedAt: '2024-06-05T00:00:00.000Z' }, base[1]!, base[2]!];
    const { plan } = merge(base, exported, files, { ...RULES, emptyStringsAsNull: false, rewroteUpdatedAt: false });
    expect(plan.conflicts.map((c) => c.id)).toEqual(['a']);
    expect(plan.items[0]).toEqual(exported[0]);
  });

  it('keeps an item without an id that the file edited, and drops the base version, not inventing an id', () => {
    const edited = { title: 'no id, edited in the file', note: '' };
    const { plan } = merge(base, exported, [base[0]!, edited, base[2]!]);
    expect(plan.items).toContainEqual(edited);
    expect(plan.items.filter((i) => i.id === undefined)).toEqual([edited]);
    expect(plan.items.some((i) => i.id === '3f2b0c1e-uuid')).toBe(false);
  });

  it('an item with a generated id that DynamoDB changed since is kept with that id (the app served it so)', () => {
    const changed = { ...exported[1]!, title: 'renamed in DynamoDB', updatedAt: '2024-06-11T00:00:00.000Z' };
    const { plan } = merge(base, [exported[0]!, changed, exported[2]!], base);
    expect(plan.items.find((i) => i.id === '3f2b0c1e-uuid')).toEqual(changed);
    expect(plan.items.some((i) => i.title === 'no id' && i.id === undefined)).toBe(false);
  });

  it('matches two identical items without id one to one', () => {
    const twin = { title: 'same' };
    const b = [twin, { ...twin }];
    const e = [
      { id: 'u1', ...twin, createdAt: AT_MIGRATION },
      { id: 'u2', ...twin, createdAt: AT_MIGRATION },
    ];
    const { plan, theirs } = merge(b, e, b);
    expect(plan.items).toEqual(b);
    expect(theirs.generated.size).toBe(2);
  });
});
