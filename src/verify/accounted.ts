/**
 * Which of a collection's differences from the export the rollback itself
 * accounts for, pure. After a merge the files legitimately keep what the
 * file side changed, added or deleted; after `backup` the migration
 * backup's versions stand where the export moved on. Each such id is
 * accepted only for the difference its reason explains: kept from the files
 * (changed, or not in the export), deleted on the file side (missing),
 * restored from the backup (not in the export), dropped with
 * --allow-data-loss (changed, or missing). Anything else stays a failure,
 * and so does an id the rollback deleted that is in the file again.
 */
import { type ChangedItem, type CollectionDiff, noItemDifferences } from './diff.js';
import { opt } from '../core/option-name.js';

export type AccountedBecause = 'kept-from-files' | 'deleted-by-files' | 'restored-from-backup' | 'dropped-with-allow-data-loss';

export interface AccountedItem {
  id: string;
  difference: 'changed' | 'missing' | 'extra';
  because: AccountedBecause;
  /** For a changed item: the attribute paths that differ. */
  paths?: string[];
}

/** One collection's ids from the rollback report. */
export interface RollbackAccount {
  fromFiles: readonly string[];
  deletedByFiles: readonly string[];
  restoredFromBackup: readonly string[];
  /** lost.* of a backup rollback the operator let drop writes; empty otherwise. */
  acceptedLoss: readonly string[];
}

export interface Accounting {
  /** The differences left: each one a failure. */
  diff: CollectionDiff;
  accounted: AccountedItem[];
  /** Ids the rollback deleted (the file side had) that the file holds again. */
  deletedButPresent: string[];
}

/** How a table names why a difference is accounted for (a function: the option is spelled as the caller spells it). */
export function becauseLabel(because: AccountedBecause): string {
  switch (because) {
    case 'kept-from-files':
      return 'kept from the files';
    case 'deleted-by-files':
      return 'deleted on the file side';
    case 'restored-from-backup':
      return 'restored from the migration backup';
    case 'dropped-with-allow-data-loss':
      return `DynamoDB write dropped with ${opt('allow-data-loss')}`;
  }
}

/**
 * aliases: verify's name of an item without an id (a generated id, `(no id:
 * item N)`) -> the report's name of it, where verify found which it is.
 */
export function applyAccount(
  diff: CollectionDiff,
  fileIds: { has(id: string): boolean },
  account: RollbackAccount,
  aliases: ReadonlyMap<string, string> = new Map(),
): Accounting {
  const named = (ids: readonly string[]) => {
    const set = new Set(ids);
    return { has: (id: string) => set.has(id) || (aliases.has(id) && set.has(aliases.get(id)!)) };
  };
  const fromFiles = named(account.fromFiles);
  const deleted = named(account.deletedByFiles);
  const restored = named(account.restoredFromBackup);
  const loss = named(account.acceptedLoss);
  const accounted: AccountedItem[] = [];

  const changed: ChangedItem[] = [];
  for (const c of diff.changed) {
    const because = fromFiles.has(c.id) ? 'kept-from-files' : loss.has(c.id) ? 'dropped-with-allow-data-loss' : null;
    if (because) accounted.push({ id: c.id, difference: 'changed', because, paths: c.paths });
    else changed.push(c);
  }
  const missing: string[] = [];
  for (const id of diff.missing) {
    const because = deleted.has(id) ? 'deleted-by-files' : loss.has(id) ? 'dropped-with-allow-data-loss' : null;
    if (because) accounted.push({ id, difference: 'missing', because });
    else missing.push(id);
  }
  const extra: string[] = [];
  for (const id of diff.extra) {
    const because = fromFiles.has(id) ? 'kept-from-files' : restored.has(id) ? 'restored-from-backup' : null;
    if (because) accounted.push({ id, difference: 'extra', because });
    else extra.push(id);
  }
  const deletedButPresent = account.deletedByFiles.filter((id) => fileIds.has(id));
  return { diff: { ...diff, changed, missing, extra }, accounted, deletedButPresent };
}

/** Nothing left that is not accounted for. */
export function isSettled(a: Accounting): boolean {
  const d = a.diff;
  const missingAll = d.missing.length + a.accounted.filter((x) => x.difference === 'missing').length;
  const extraAll = d.extra.length + a.accounted.filter((x) => x.difference === 'extra').length;
  return (
    noItemDifferences(d) &&
    a.deletedButPresent.length === 0 &&
    // The counts must agree with the ids, as isClean asks expected === found.
    d.found === d.expected - missingAll + extraAll
  );
}
