/**
 * What one collection's file becomes under each strategy (DESIGN.md
 * "Rollback strategies"), with counts, conflicts and deletions. Pure: the
 * inputs are the base index and the two sides already collected.
 *
 *   backup  the base as it was;
 *   export  exactly the export;
 *   merge   three-way by id: base = migration backup, theirs = export,
 *           ours = current files.
 *
 * Order: base order, then new items by createdAt, then id.
 * Counts added/changed/deleted/unchanged are relative to the current file
 * (what the rollback does to it); fromBackup/fromExport/keptFromFiles say
 * where each resulting item came from.
 */
import type { PlainObject } from '../convert/plain.js';
import { deepEqual } from './equal.js';
import { idOfKey } from './identity.js';
import { type Keyed, sortNewItems } from './order.js';
import { type ConflictKind, type Prefer, type SettleReason, settle } from './settle.js';
import { ABSENT, type Base, BASE_VERSION, CHANGED, SAME, type SideCollector } from './side.js';

export type Strategy = 'merge' | 'export' | 'backup';
export type Source = 'backup' | 'export' | 'files';

export interface MergeInput {
  base: Base;
  /** The export. */
  theirs: SideCollector;
  /** The current files; unchangedSide(base) when there is no current file. */
  ours: SideCollector;
  /** No current file exists: every resulting item counts as added. */
  currentMissing?: boolean;
}

export interface ConflictRecord {
  id: string;
  kind: ConflictKind;
  /** Whose version was taken (a deletion counts as a version). */
  took: 'dynamodb' | 'file';
  result: 'kept' | 'deleted';
  reason: SettleReason;
}

/** Versions written since the migration that the result does not hold, by id. */
export interface Lost {
  addedInExport: string[];
  changedInExport: string[];
  addedInFiles: string[];
  changedInFiles: string[];
}

export interface CollectionCounts {
  /** Items in the result. */
  items: number;
  fromBackup: number;
  fromExport: number;
  keptFromFiles: number;
  /** Relative to the current file. */
  added: number;
  changed: number;
  deleted: number;
  unchanged: number;
  conflicts: number;
}

/** One item of the result: a base position (the base's version, read when written) or the item itself. */
export type PlannedItem = number | PlainObject;

export interface CollectionPlan {
  strategy: Strategy;
  /** The result in order, base versions by position (what the writer streams). */
  entries: PlannedItem[];
  /** The result as objects, every base version read (for callers that want them all at once; not the rollback's writer). */
  readonly items: PlainObject[];
  counts: CollectionCounts;
  conflicts: ConflictRecord[];
  /** Ids in the current file that the result drops. */
  deletedIds: string[];
  lost: Lost;
  /**
   * Ids whose final state did not come from the export (verify reads these
   * from the report): kept from the current files (changed or added there,
   * conflicts settled toward the file included), dropped because the file
   * side deleted them, and restored from the backup although the export
   * lacks them (strategy backup).
   */
  fromFiles: string[];
  deletedByFiles: string[];
  restoredFromBackup: string[];
}

export function lostCount(lost: Lost): number {
  return lost.addedInExport.length + lost.changedInExport.length + lost.addedInFiles.length + lost.changedInFiles.length;
}

interface Pick {
  item: PlainObject | undefined;
  source: Source;
}

export function planCollection(input: MergeInput, strategy: Strategy, prefer: Prefer = 'dynamodb'): CollectionPlan {
  const { base, theirs, ours } = input;
  const entries: PlannedItem[] = [];
  const counts: CollectionCounts = {
    items: 0,
    fromBackup: 0,
    fromExport: 0,
    keptFromFiles: 0,
    added: 0,
    changed: 0,
    deleted: 0,
    unchanged: 0,
    conflicts: 0,
  };
  const conflicts: ConflictRecord[] = [];
  const deletedIds: string[] = [];
  const lost: Lost = { addedInExport: [], changedInExport: [], addedInFiles: [], changedInFiles: [] };
  const fromFiles: string[] = [];
  const deletedByFiles: string[] = [];
  const restoredFromBackup: string[] = [];
  const newItems: (Keyed & { source: Source })[] = [];

  const conflict = (key: string, kind: ConflictKind, t: PlainObject | undefined, o: PlainObject | undefined): Pick => {
    const s = settle(t, o, prefer);
    const item = s.took === 'dynamodb' ? t : o;
    conflicts.push({ id: idOfKey(key), kind, took: s.took, result: item ? 'kept' : 'deleted', reason: s.reason });
    return { item, source: s.took === 'dynamodb' ? 'export' : 'files' };
  };

  // BASE_VERSION stands for the base's version of an item: it is only ever the same as itself.
  const decideAtBase = (i: number, key: string): Pick => {
    const b = BASE_VERSION;
    const ts = theirs.state[i];
    const os = ours.state[i];
    const t = theirs.versionAt(i);
    const o = ours.versionAt(i);
    if (strategy === 'backup') return { item: b, source: 'backup' };
    if (strategy === 'export') return { item: ts === SAME ? b : t, source: 'export' };
    if (ts === SAME && os === SAME) return { item: o, source: 'backup' };
    if (ts === SAME) return { item: o, source: 'files' }; // changed or deleted in the file
    if (os === SAME) return { item: t, source: 'export' }; // changed or deleted in DynamoDB
    if (ts === ABSENT && os === ABSENT) return { item: undefined, source: 'export' };
    if (ts === CHANGED && os === CHANGED) {
      return deepEqual(t, o) ? { item: o, source: 'export' } : conflict(key, 'changed-both', t, o);
    }
    return conflict(key, ts === CHANGED ? 'changed-in-dynamodb-deleted-in-file' : 'deleted-in-dynamodb-changed-in-file', t, o);
  };

  const decideNew = (t: PlainObject | undefined, o: PlainObject | undefined, key: string): Pick => {
    if (strategy === 'backup') return { item: undefined, source: 'backup' };
    if (strategy === 'export') return { item: t, source: 'export' };
    if (t && o) return deepEqual(t, o) ? { item: o, source: 'export' } : conflict(key, 'added-both', t, o);
    return t ? { item: t, source: 'export' } : { item: o, source: 'files' };
  };

  /**
   * Counts one resulting (or dropped) item against the current file and the
   * two sides. t/o: the sides' versions that differ from the base; exported:
   * the export's version whatever it is (undefined when the export lacks it).
   */
  const account = (
    key: string,
    pick: Pick,
    current: PlainObject | undefined,
    t: PlainObject | undefined,
    o: PlainObject | undefined,
    isNew: boolean,
    exported: PlainObject | undefined,
  ) => {
    const r = pick.item;
    const same = (x: PlainObject) => r !== undefined && (r === x || (r !== BASE_VERSION && x !== BASE_VERSION && deepEqual(r, x)));
    if (t && !same(t)) (isNew ? lost.addedInExport : lost.changedInExport).push(idOfKey(key));
    if (o && !same(o)) (isNew ? lost.addedInFiles : lost.changedInFiles).push(idOfKey(key));
    if (pick.source === 'files') (r === undefined ? deletedByFiles : fromFiles).push(idOfKey(key));
    else if (pick.source === 'backup' && r !== undefined && exported === undefined) restoredFromBackup.push(idOfKey(key));
    if (r === undefined) {
      if (current) {
        counts.deleted++;
        deletedIds.push(idOfKey(key));
      }
      return;
    }
    counts.items++;
    if (pick.source === 'backup') counts.fromBackup++;
    else if (pick.source === 'export') counts.fromExport++;
    else counts.keptFromFiles++;
    if (!current) counts.added++;
    else if (same(current)) counts.unchanged++;
    else counts.changed++;
  };

  for (let i = 0; i < base.size; i++) {
    const key = base.keys.at(i);
    const pick = decideAtBase(i, key);
    const current = input.currentMissing ? undefined : ours.versionAt(i);
    // Only versions that differ from the base can be lost; unchanged ones are the base itself.
    const t = theirs.state[i] === CHANGED ? theirs.versionAt(i) : undefined;
    const o = ours.state[i] === CHANGED ? ours.versionAt(i) : undefined;
    account(key, pick, current, t, o, false, theirs.versionAt(i));
    if (pick.item) entries.push(pick.item === BASE_VERSION ? i : pick.item);
  }

  const newKeys = new Set([...theirs.added.keys(), ...ours.added.keys()]);
  for (const key of newKeys) {
    const t = theirs.added.get(key);
    const o = ours.added.get(key);
    const pick = decideNew(t, o, key);
    account(key, pick, input.currentMissing ? undefined : o, t, o, true, t);
    if (pick.item) newItems.push({ key, item: pick.item, source: pick.source });
  }
  for (const e of sortNewItems(newItems)) entries.push(e.item);
  counts.conflicts = conflicts.length;
  const plan = { strategy, entries, counts, conflicts, deletedIds, lost, fromFiles, deletedByFiles, restoredFromBackup } as Omit<
    CollectionPlan,
    'items'
  >;
  return Object.defineProperty(plan, 'items', { get: () => plannedItems(entries, base), enumerable: false }) as CollectionPlan;
}

/** Every planned item as an object, base versions read. */
export function plannedItems(entries: readonly PlannedItem[], base: Base): PlainObject[] {
  return entries.map((e) => (typeof e === 'number' ? base.item(e) : e));
}
