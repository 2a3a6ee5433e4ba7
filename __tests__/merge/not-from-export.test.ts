/**
 * The plan's lists of ids whose final state did not come from the export,
 * which the report carries for verify: kept from the files, deleted by the
 * files, restored from the backup. Pure.
 */
import type { PlainObject } from '../../src/convert/plain.js';
import { type CollectionPlan, planCollection, type Strategy } from '../../src/merge/plan.js';
import type { Prefer } from '../../src/merge/settle.js';
import { BaseIndex, SideCollector } from '../../src/merge/side.js';

function plan(
  base: PlainObject[],
  theirs: PlainObject[],
  ours: PlainObject[],
  strategy: Strategy,
  prefer: Prefer = 'dynamodb',
): CollectionPlan {
  const b = new BaseIndex(base, 'backup/x.json');
  const t = new SideCollector(b, 'export table x');
  theirs.forEach((i) => t.add(i));
  const o = new SideCollector(b, 'data/x.json');
  ours.forEach((i) => o.add(i));
  return planCollection({ base: b, theirs: t, ours: o }, strategy, prefer);
}

const lists = (p: CollectionPlan) => ({
  fromFiles: p.fromFiles,
  deletedByFiles: p.deletedByFiles,
  restoredFromBackup: p.restoredFromBackup,
});

// a: changed in the file; b: deleted in the file; c: changed in DynamoDB; d: deleted in DynamoDB;
// e: changed on both sides; f: deleted in DynamoDB, changed in the file; n: added in the file; m: added in DynamoDB.
const base = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, v: 0 }));
const theirs = [
  { id: 'a', v: 0 },
  { id: 'b', v: 0 },
  { id: 'c', v: 1 },
  { id: 'e', v: 1 },
  { id: 'm', v: 1 },
];
const ours = [
  { id: 'a', v: 2 },
  { id: 'c', v: 0 },
  { id: 'd', v: 0 },
  { id: 'e', v: 2 },
  { id: 'f', v: 2 },
  { id: 'n', v: 2 },
];

describe('ids not from the export', () => {
  it('merge, prefer dynamodb: only one-sided file changes', () => {
    expect(lists(plan(base, theirs, ours, 'merge'))).toEqual({ fromFiles: ['a', 'n'], deletedByFiles: ['b'], restoredFromBackup: [] });
  });

  it('merge, prefer file: conflicts settled toward the file too', () => {
    expect(lists(plan(base, theirs, ours, 'merge', 'file'))).toEqual({
      fromFiles: ['a', 'e', 'f', 'n'],
      deletedByFiles: ['b'],
      restoredFromBackup: [],
    });
  });

  it('merge, prefer file: a file deletion winning a conflict is deleted by the files', () => {
    const p = plan([{ id: 'g', v: 0 }], [{ id: 'g', v: 1 }], [], 'merge', 'file');
    expect(lists(p)).toEqual({ fromFiles: [], deletedByFiles: ['g'], restoredFromBackup: [] });
  });

  it('export: none', () => {
    expect(lists(plan(base, theirs, ours, 'export'))).toEqual({ fromFiles: [], deletedByFiles: [], restoredFromBackup: [] });
  });

  it('backup: the items DynamoDB deleted come back from the backup', () => {
    const p = plan(base, theirs, ours, 'backup');
    expect(lists(p)).toEqual({ fromFiles: [], deletedByFiles: [], restoredFromBackup: ['d', 'f'] });
    expect(p.lost).toEqual({ addedInExport: ['m'], changedInExport: ['c', 'e'], addedInFiles: ['n'], changedInFiles: ['a', 'e', 'f'] });
  });
});
