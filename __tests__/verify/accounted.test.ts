/** Which differences the rollback report accounts for, pure: each id only for the difference its reason explains. */
import { type Accounting, applyAccount, isSettled, type RollbackAccount } from '../../src/verify/accounted.js';
import { type CollectionDiff, noneAccepted } from '../../src/verify/diff.js';

function diff(d: Partial<CollectionDiff>): CollectionDiff {
  return {
    expected: 0,
    found: 0,
    missing: [],
    extra: [],
    changed: [],
    duplicateIds: [],
    duplicateExportIds: [],
    exportItemsWithoutId: 0,
    migration: noneAccepted(),
    ...d,
  };
}
const none: RollbackAccount = { fromFiles: [], deletedByFiles: [], restoredFromBackup: [], acceptedLoss: [] };
const left = (a: Accounting) => ({ missing: a.diff.missing, extra: a.diff.extra, changed: a.diff.changed.map((c) => c.id) });

describe('applyAccount', () => {
  // Export: a b c d; file: a (changed) c' (changed) x y.
  const d = diff({
    expected: 4,
    found: 4,
    missing: ['b', 'd'],
    extra: ['x', 'y'],
    changed: [
      { id: 'a', paths: ['title'] },
      { id: 'c', paths: ['v'] },
    ],
  });
  const fileIds = new Set(['a', 'c', 'x', 'y']);

  it('accepts kept-from-files ids as changed or not in the export, and file deletions as missing', () => {
    const a = applyAccount(d, fileIds, { ...none, fromFiles: ['a', 'x'], deletedByFiles: ['b'] });
    expect(a.accounted).toEqual([
      { id: 'a', difference: 'changed', because: 'kept-from-files', paths: ['title'] },
      { id: 'b', difference: 'missing', because: 'deleted-by-files' },
      { id: 'x', difference: 'extra', because: 'kept-from-files' },
    ]);
    expect(left(a)).toEqual({ missing: ['d'], extra: ['y'], changed: ['c'] });
    expect(isSettled(a)).toBe(false);
  });

  it('settles when every difference is accounted for, and counts still agree', () => {
    const a = applyAccount(d, fileIds, { ...none, fromFiles: ['a', 'c', 'x', 'y'], deletedByFiles: ['b', 'd'] });
    expect(left(a)).toEqual({ missing: [], extra: [], changed: [] });
    expect(isSettled(a)).toBe(true);
    expect(isSettled({ ...a, diff: { ...a.diff, found: 5 } })).toBe(false);
  });

  it('does not accept an id for a difference its reason does not explain', () => {
    // Kept from the files yet missing from them; deleted by the files yet changed; restored yet changed.
    const a = applyAccount(d, fileIds, { ...none, fromFiles: ['b'], deletedByFiles: ['a'], restoredFromBackup: ['c'] });
    expect(a.accounted).toEqual([]);
    expect(left(a)).toEqual({ missing: ['b', 'd'], extra: ['x', 'y'], changed: ['a', 'c'] });
  });

  it('fails an id the rollback deleted that the file holds again, changed or not', () => {
    const a = applyAccount(diff({ expected: 2, found: 2 }), new Set(['a', 'b']), { ...none, deletedByFiles: ['b', 'z'] });
    expect(a.deletedButPresent).toEqual(['b']);
    expect(isSettled(a)).toBe(false);
  });

  it("accepts a backup rollback's restored and dropped ids", () => {
    const a = applyAccount(d, fileIds, { ...none, restoredFromBackup: ['x', 'y'], acceptedLoss: ['a', 'c', 'b', 'd'] });
    expect(a.accounted.map((x) => [x.id, x.difference, x.because])).toEqual([
      ['a', 'changed', 'dropped-with-allow-data-loss'],
      ['c', 'changed', 'dropped-with-allow-data-loss'],
      ['b', 'missing', 'dropped-with-allow-data-loss'],
      ['d', 'missing', 'dropped-with-allow-data-loss'],
      ['x', 'extra', 'restored-from-backup'],
      ['y', 'extra', 'restored-from-backup'],
    ]);
    expect(isSettled(a)).toBe(true);
  });

  it('keeps duplicates and export items without ids as failures', () => {
    expect(isSettled(applyAccount(diff({ expected: 1, found: 2, duplicateIds: ['a'] }), new Set(['a']), none))).toBe(false);
    expect(isSettled(applyAccount(diff({ expected: 1, found: 0, exportItemsWithoutId: 1 }), new Set(), none))).toBe(false);
  });
});

describe("applyAccount with the report's names of items without an id", () => {
  it('accounts for an item by the name the report gives it, where verify found which it is, and for nothing else', () => {
    const d = diff({ expected: 1, found: 1, missing: ['uuid-1'], extra: ['(no id: item 1)'] });
    const account: RollbackAccount = {
      ...none,
      fromFiles: ['(no id: /d/talks.json item 1)'],
      deletedByFiles: ['(no id: migration backup item 1)'],
    };
    const aliases = new Map([
      ['uuid-1', '(no id: migration backup item 1)'],
      ['(no id: item 1)', '(no id: /d/talks.json item 1)'],
    ]);
    const a = applyAccount(d, new Set(), account, aliases);
    expect(a.accounted.map((x) => [x.id, x.because])).toEqual([
      ['uuid-1', 'deleted-by-files'],
      ['(no id: item 1)', 'kept-from-files'],
    ]);
    expect(isSettled(a)).toBe(true);
    // Without the aliases, the report's names match nothing verify shows.
    expect(left(applyAccount(d, new Set(), account))).toEqual({ missing: ['uuid-1'], extra: ['(no id: item 1)'], changed: [] });
  });
});
