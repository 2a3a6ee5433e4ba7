import { JsonNumber } from '../../src/convert/json-number.js';
import type { PlainObject } from '../../src/convert/plain.js';
import { InputError } from '../../src/core/errors.js';
import { deepEqual } from '../../src/merge/equal.js';
import { type CollectionPlan, planCollection, type Strategy } from '../../src/merge/plan.js';
import { type Prefer, settle } from '../../src/merge/settle.js';
import { BaseIndex, SideCollector, unchangedSide } from '../../src/merge/side.js';

type Item = PlainObject;

function plan(
  base: Item[],
  theirs: Item[],
  ours: Item[] | null,
  strategy: Strategy = 'merge',
  prefer: Prefer = 'dynamodb',
): CollectionPlan {
  const b = new BaseIndex(base, 'backup/x.json');
  const t = new SideCollector(b, 'export table x');
  theirs.forEach((i) => t.add(i));
  let o: SideCollector;
  if (ours === null) o = unchangedSide(b, 'data/x.json');
  else {
    o = new SideCollector(b, 'data/x.json');
    ours.forEach((i) => o.add(i));
  }
  return planCollection({ base: b, theirs: t, ours: o, currentMissing: ours === null }, strategy, prefer);
}

const ids = (p: CollectionPlan) => p.items.map((i) => i.id);
const byId = (p: CollectionPlan, id: string) => p.items.find((i) => i.id === id);

const A = { id: 'a', v: 1, updatedAt: '2024-01-01T00:00:00Z' };
const B = { id: 'b', v: 1, updatedAt: '2024-01-01T00:00:00Z' };
const C = { id: 'c', v: 1, updatedAt: '2024-01-01T00:00:00Z' };

describe('deepEqual', () => {
  it('ignores key order, not array order, and compares numbers by decimal value', () => {
    expect(deepEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(deepEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(deepEqual({ a: 1.5 }, { a: new JsonNumber('1.50') })).toBe(true);
    expect(deepEqual({ a: new JsonNumber('12345678901234567890') }, { a: new JsonNumber('12345678901234567891') })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(deepEqual({ a: '1' }, { a: 1 })).toBe(false);
    expect(deepEqual({ a: null }, { a: {} })).toBe(false);
  });
});

describe('three-way merge (strategy merge)', () => {
  it("takes whichever side changed, and either side's deletion of an untouched item", () => {
    const a2 = { ...A, v: 2 };
    const b2 = { ...B, v: 2 };
    const p = plan([A, B, C, { id: 'd' }], [a2, B, { id: 'd' }], [A, b2, C]);
    expect(ids(p)).toEqual(['a', 'b']);
    expect(byId(p, 'a')).toEqual(a2);
    expect(byId(p, 'b')).toEqual(b2);
    expect(p.conflicts).toEqual([]);
    // c deleted in DynamoDB, d deleted in the file: both gone; only c was still in the file.
    expect(p.deletedIds).toEqual(['c']);
    expect(p.counts).toMatchObject({
      items: 2,
      fromBackup: 0,
      fromExport: 1,
      keptFromFiles: 1,
      added: 0,
      changed: 1,
      deleted: 1,
      unchanged: 1,
      conflicts: 0,
    });
  });

  it('takes a change both sides made alike, without a conflict', () => {
    const a2 = { ...A, v: 2 };
    const p = plan([A], [{ v: 2, updatedAt: A.updatedAt, id: 'a' }], [a2]);
    expect(p.items).toEqual([a2]);
    expect(p.conflicts).toEqual([]);
    expect(p.counts.unchanged).toBe(1);
  });

  describe('conflicts', () => {
    const older = { ...A, v: 'file', updatedAt: '2024-02-01T00:00:00Z' };
    const newer = { ...A, v: 'dynamo', updatedAt: '2024-03-01T00:00:00Z' };

    it.each<[Prefer, Item, Item, 'dynamodb' | 'file', string]>([
      ['dynamodb', newer, older, 'dynamodb', 'prefer-dynamodb'],
      ['file', newer, older, 'file', 'prefer-file'],
      ['newest', newer, older, 'dynamodb', 'newer-updatedAt'],
      ['newest', older, newer, 'file', 'newer-updatedAt'],
    ])('changed on both sides, prefer %s', (prefer, theirs, ours, took, reason) => {
      const p = plan([A], [theirs], [ours], 'merge', prefer);
      expect(p.items).toEqual([took === 'dynamodb' ? theirs : ours]);
      expect(p.conflicts).toEqual([{ id: 'a', kind: 'changed-both', took, result: 'kept', reason }]);
      expect(p.counts.conflicts).toBe(1);
    });

    it('with newest, equal or missing updatedAt falls back to DynamoDB, and says so', () => {
      const t = { ...A, v: 't' };
      const o = { ...A, v: 'o' };
      const tie = plan([A], [t], [o], 'merge', 'newest');
      expect(tie.items).toEqual([t]);
      expect(tie.conflicts[0]).toMatchObject({ took: 'dynamodb', reason: 'same-updatedAt-dynamodb' });
      const noTime = plan([A], [{ id: 'a', v: 't' }], [{ id: 'a', v: 'o', updatedAt: 'not a date' }], 'merge', 'newest');
      expect(noTime.items).toEqual([{ id: 'a', v: 't' }]);
      expect(noTime.conflicts[0]).toMatchObject({ took: 'dynamodb', reason: 'no-updatedAt-dynamodb' });
    });

    it('deleted on one side and changed on the other is a conflict; newest keeps the changed one', () => {
      const a2 = { ...A, v: 2 };
      const delInDynamo = (prefer: Prefer) => plan([A], [], [a2], 'merge', prefer);
      expect(delInDynamo('dynamodb').items).toEqual([]);
      expect(delInDynamo('dynamodb').conflicts[0]).toEqual({
        id: 'a',
        kind: 'deleted-in-dynamodb-changed-in-file',
        took: 'dynamodb',
        result: 'deleted',
        reason: 'prefer-dynamodb',
      });
      expect(delInDynamo('dynamodb').deletedIds).toEqual(['a']);
      expect(delInDynamo('file').items).toEqual([a2]);
      expect(delInDynamo('newest').items).toEqual([a2]);
      expect(delInDynamo('newest').conflicts[0]?.reason).toBe('changed-beats-deleted');

      const delInFile = (prefer: Prefer) => plan([A], [a2], [], 'merge', prefer);
      expect(delInFile('dynamodb').items).toEqual([a2]);
      expect(delInFile('dynamodb').counts.added).toBe(1);
      expect(delInFile('file').items).toEqual([]);
      expect(delInFile('file').conflicts[0]).toMatchObject({
        kind: 'changed-in-dynamodb-deleted-in-file',
        took: 'file',
        result: 'deleted',
      });
      expect(delInFile('newest').items).toEqual([a2]);
    });

    it('added on both sides with different content is a conflict; alike is not', () => {
      const t = { id: 'n', v: 't', createdAt: '2024-05-01' };
      const o = { id: 'n', v: 'o', createdAt: '2024-05-01' };
      const p = plan([A], [A, t], [A, o], 'merge', 'file');
      expect(p.items).toEqual([A, o]);
      expect(p.conflicts).toEqual([{ id: 'n', kind: 'added-both', took: 'file', result: 'kept', reason: 'prefer-file' }]);
      expect(p.lost.addedInExport).toEqual(['n']);
      expect(plan([A], [A, t], [A, { ...t }]).conflicts).toEqual([]);
    });
  });

  it('orders base items as the backup had them, then new ones by createdAt, then id', () => {
    const p = plan(
      [C, A, B],
      [B, A, C, { id: 'z', createdAt: '2024-03-01T00:00:00Z' }, { id: 'y' }, { id: 'x', createdAt: '2024-01-01T00:00:00Z' }],
      [C, A, B, { id: 'w', createdAt: '2024-02-01T00:00:00Z' }, { id: 'v' }],
    );
    expect(ids(p)).toEqual(['c', 'a', 'b', 'x', 'w', 'z', 'v', 'y']);
    expect(p.counts).toMatchObject({ added: 3, unchanged: 5, fromExport: 3, keptFromFiles: 2, fromBackup: 3 });
  });

  it('treats a missing current file as unchanged since the migration, and every result item as added', () => {
    const a2 = { ...A, v: 2 };
    const p = plan([A, B], [a2, B], null);
    expect(p.items).toEqual([a2, B]);
    expect(p.counts).toMatchObject({ added: 2, changed: 0, deleted: 0, unchanged: 0 });
  });
});

describe('strategies export and backup', () => {
  const a2 = { ...A, v: 2 };
  const bFile = { ...B, v: 'file' };
  const N = { id: 'n', createdAt: '2024-06-01' };
  const F = { id: 'f', createdAt: '2024-06-02' };

  it('export: exactly the export, in base order; file-side writes listed as lost', () => {
    const p = plan([A, B, C], [C, a2, B, N], [A, bFile, C, F], 'export');
    expect(p.items).toEqual([a2, B, C, N]);
    expect(p.counts).toMatchObject({ items: 4, fromExport: 4, added: 1, changed: 2, deleted: 1, unchanged: 1 });
    expect(p.deletedIds).toEqual(['f']);
    expect(p.lost).toEqual({ addedInExport: [], changedInExport: [], addedInFiles: ['f'], changedInFiles: ['b'] });
  });

  it('backup: the backup as it was; everything written since is listed as lost', () => {
    const p = plan([A, B, C], [a2, B, N], [A, bFile, C, F], 'backup');
    expect(p.items).toEqual([A, B, C]);
    expect(p.counts).toMatchObject({ items: 3, fromBackup: 3, changed: 1, deleted: 1, unchanged: 2 });
    expect(p.lost).toEqual({ addedInExport: ['n'], changedInExport: ['a'], addedInFiles: ['f'], changedInFiles: ['b'] });
  });

  it('backup with nothing written since the migration loses nothing', () => {
    const p = plan([A, B], [B, A], [A, B], 'backup');
    expect(p.lost).toEqual({ addedInExport: [], changedInExport: [], addedInFiles: [], changedInFiles: [] });
  });
});

describe('identity', () => {
  it('rejects items with an unusable id and duplicate ids, naming where and which', () => {
    expect(() => new BaseIndex([{ id: true }], 'backup/events.json')).toThrow(
      new InputError(
        'backup/events.json: item 1 has an id that is neither a string nor a number; every item needs a string or numeric "id"',
      ),
    );
    expect(() => new BaseIndex([A, { ...A }], 'backup/events.json')).toThrow('backup/events.json: id "a" occurs more than once');
    const side = new SideCollector(new BaseIndex([A], 'b'), 'export table t');
    side.add(A);
    expect(() => side.add(A)).toThrow('export table t: id "a" occurs more than once');
    // The rejected duplicate was the second item the side saw.
    expect(() => side.add([] as never)).toThrow('export table t: item 3 is not a JSON object');
  });

  it('keeps numeric and string ids apart', () => {
    const p = plan(
      [{ id: 5, v: 1 }],
      [
        { id: 5, v: 1 },
        { id: '5', v: 2 },
      ],
      [{ id: 5, v: 1 }],
    );
    expect(p.items).toEqual([
      { id: 5, v: 1 },
      { id: '5', v: 2 },
    ]);
    expect(p.counts.added).toBe(1);
  });
});

describe('settle', () => {
  it('reads updatedAt as an ISO string or epoch number', () => {
    expect(settle({ updatedAt: 2000 }, { updatedAt: 1000 }, 'newest').took).toBe('dynamodb');
    expect(settle({ updatedAt: '2024-01-01' }, { updatedAt: '2024-01-02' }, 'newest').took).toBe('file');
    expect(settle(undefined, { updatedAt: '2024-01-02' }, 'dynamodb')).toEqual({ took: 'dynamodb', reason: 'prefer-dynamodb' });
  });
});
