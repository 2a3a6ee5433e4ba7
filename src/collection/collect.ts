/**
 * Loads one collection's three versions into the merge's structures: the
 * migration backup (base), the current file (ours) and the export
 * (theirs, streamed and converted item by item). Only items that differ
 * from the base are kept, so memory is about one copy of the collection
 * plus the changes.
 */
import path from 'node:path';
import { ConversionError, wireItemToPlain } from '../convert/attribute.js';
import { orderLike } from '../convert/order-keys.js';
import { wireLineToPlain } from '../convert/wire-line.js';
import type { PlainObject } from '../convert/plain.js';
import { InputError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { type ExportSource, parsedReads } from '../export-format/source.js';
import { idOfKey, keyOf, requireKey } from '../merge/identity.js';
import { type CollectionKeys, mapKeys } from '../merge/collection-keys.js';
import { type MigrationRules, NO_RULES, undoMigration } from '../merge/migration.js';
import { ABSENT, type Base, BaseIndex, SAME, SideCollector, unchangedSide } from '../merge/side.js';
import type { ExpectedElement, RawElement } from '../convert/json-array-stream.js';
import { FileBase } from './file-base.js';
import { MAX_STRING_LENGTH } from './size-limit.js';
import { MigrationTally, type MigrationUndone } from './migration-tally.js';
import type { MergeInput } from '../merge/plan.js';
import { type CollectionFile, readCollectionFile, readCollectionFileRaw } from './collection-file.js';
import type { Target } from './targets.js';

export interface PrecisionWarning {
  collection: string;
  id: string;
  /** Attribute path, e.g. stats.total or scores[2]. */
  path: string;
}

export interface LoadedCollection {
  /** Closes the base file the plan reads from; call once the plan is written or dropped. */
  release(): void;
  target: Target;
  input: MergeInput;
  current: CollectionFile;
  backupFile: 'present' | 'missing' | 'none';
  exportItems: number;
  migration: MigrationUndone;
}

/** How the collection's items map back and what the migration did to them (config `tables` long form, `migration`). */
export interface Fidelity {
  keys: CollectionKeys;
  rules: MigrationRules;
  generatedIds: boolean;
}

export async function loadCollection(
  target: Target,
  dataDir: string,
  backupDir: string | null,
  source: ExportSource,
  reporter: Reporter,
  onPrecision: (w: PrecisionWarning) => void,
  fidelity: Fidelity = { keys: { id: 'id', drop: [] }, rules: NO_RULES, generatedIds: false },
  /** Catch-up: the earlier export's table as the base, instead of the migration backup. */
  baseExport?: { source: ExportSource; table: string },
  /** The longest text the app can read from one file. */
  maxChars: number = MAX_STRING_LENGTH,
  /** 'count': only the sides' states are read (status), nothing is written: the backup's texts are not checked for what the write needs. */
  use: 'write' | 'count' = 'write',
): Promise<LoadedCollection> {
  const { collection } = target;
  const currentPath = path.join(dataDir, `${collection}.json`);
  let base: Base;
  let ours: SideCollector;
  let current: CollectionFile;
  let backupFile: LoadedCollection['backupFile'] = 'none';
  let release = () => {};
  // New items take the key order of the collection's first item with an id (one from before the app gave ids would put id last), when there is one.
  let withId: PlainObject | undefined;
  let firstItem: PlainObject | undefined;
  const seen = (item: PlainObject | undefined) => {
    if (item === undefined) return;
    firstItem ??= item;
    if (withId === undefined && item.id !== undefined) withId = item;
  };
  // Once an item with an id is found, no later one is looked at: the base indexes the rest without parsing what it need not.
  const addTo = (b: FileBase, el: RawElement) => seen(b.add(el, withId === undefined));
  if (baseExport) {
    const items: PlainObject[] = [];
    current = await readCollectionFile(currentPath, (item) => items.push(item as PlainObject), maxChars);
    const b = await baseFromExport(baseExport, items, fidelity);
    for (const item of b.items) seen(item);
    const side = new SideCollector(b, currentPath);
    for (const item of items) side.add(item);
    base = b;
    ours = current.exists ? side : unchangedSide(b, currentPath);
  } else if (backupDir !== null) {
    const backupPath = path.join(backupDir, `${collection}.json`);
    const b = new FileBase(backupPath, backupPath, use === 'write');
    release = () => b.release();
    try {
      const backup = await readCollectionFileRaw(backupPath, (el) => addTo(b, el), maxChars, undefined, true);
      backupFile = backup.exists ? 'present' : 'missing';
      if (!backup.exists) reporter.warning(`${collection}: the migration backup has no ${collection}.json; taking it as empty`);
      const side = new SideCollector(b, currentPath);
      current = await readCollectionFileRaw(
        currentPath,
        (el) => sameOrAdd(side, b, el),
        maxChars,
        () => expectedNext(side, b),
      );
      base = b;
      // No current file: nothing was changed in it since the migration (it counts as all added).
      ours = current.exists ? side : unchangedSide(b, currentPath);
    } catch (err) {
      release();
      throw err;
    }
  } else {
    // Without a backup (strategy export) the current file is the base, for order and key order.
    const b = new FileBase(currentPath, currentPath);
    release = () => b.release();
    try {
      current = await readCollectionFileRaw(currentPath, (el) => addTo(b, el), maxChars, undefined, true);
    } catch (err) {
      release();
      throw err;
    }
    base = b;
    ours = unchangedSide(b, currentPath);
  }
  try {
    return await compareExport();
  } catch (err) {
    release();
    throw err;
  }

  async function compareExport(): Promise<LoadedCollection> {
    const template = withId ?? firstItem ?? ours.added.values().next().value;
    const tally = new MigrationTally();
    const theirs = new SideCollector(base, `export table ${target.table}`, {
      shape: (item, baseVersion) => orderLike(item, baseVersion ?? template) as PlainObject,
      matchGeneratedIds: fidelity.generatedIds,
      // Against what the item came from: the backup's version, then the current file's (or, for an item new since, the file's).
      undo: (item, at, key, baseItem) => {
        const refs = at === undefined ? [ours.added.get(key)] : [baseItem, ours.state[at] === SAME ? baseItem : ours.atBase(at)];
        const undone = undoMigration(item, refs, fidelity.rules);
        tally.add(undone.found, fidelity.rules, at);
        return undone.item;
      },
    });
    const progress = reporter.progress(`${collection}: reading ${target.table}`, { unit: 'items', total: target.exported.itemCount });
    let n = 0;
    const read = source.readItems ? source.readItems(target.table, wireLineToPlain) : parsedReads<PlainObject>(source.items(target.table));
    for await (const { wire, plain: direct } of read) {
      n++;
      const paths: string[] = [];
      let plain: PlainObject;
      // Read straight from its line: what wireItemToPlain would give, and no number in it to report.
      if (direct !== undefined) plain = direct;
      else
        try {
          plain = wireItemToPlain(wire, (p) => paths.push(p));
        } catch (err) {
          if (err instanceof ConversionError) {
            throw new InputError(`export table ${target.table}: item ${n}: ${err.message}; the export is damaged or not DynamoDB JSON`);
          }
          throw err;
        }
      if (paths.length > 0) {
        const key = keyOf(mapKeys(plain, fidelity.keys).item);
        const id = typeof key === 'string' ? idOfKey(key) : `(item ${n})`;
        for (const p of paths) onPrecision({ collection, id, path: p });
      }
      const mapped = mapKeys(plain, fidelity.keys);
      tally.mapped(mapped);
      theirs.add(mapped.item);
      if (n % 10_000 === 0) progress.add(10_000);
    }
    const migration = tally.finish(theirs, fidelity.generatedIds);
    if (migration.keylessNotFound > 0 && theirs.added.size > 0) {
      reporter.warning(
        `${collection}: ${migration.keylessNotFound} backup items without an id matched no DynamoDB item by content (deleted or changed there since); ${theirs.added.size} items are new in DynamoDB, and a changed one keeps the id the migration gave it: check the file for an item that now stands twice`,
      );
    }
    progress.add(n % 10_000);
    progress.done(`${collection}: ${n} items read from ${target.table}`);
    return {
      target,
      input: { base, theirs, ours, currentMissing: !current.exists },
      current,
      backupFile,
      exportItems: n,
      migration,
      release,
    };
  }
}

/**
 * An item of the current file whose text is, byte for byte, that of the
 * base item after the last one matched (the usual case: the file kept the
 * backup's order and most items unchanged) is the same item, unchanged:
 * it is not parsed. Any other is parsed and matched by id. A base item
 * without an id is never matched by text, only by content as before.
 */
function sameOrAdd(side: SideCollector, base: FileBase, el: RawElement): void {
  const next = side.lastAt + 1;
  if (
    next < base.size &&
    side.state[next] === ABSENT &&
    base.byteLengthOf(next) === el.byteLength &&
    !base.keylessAt(next) &&
    base.text(next) === el.text
  ) {
    side.addSame(next);
  } else side.add(el.parse());
}

/** The base item sameOrAdd would take the next element for by its text, if any: the scan then checks for that text first. */
function expectedNext(side: SideCollector, base: FileBase): ExpectedElement | undefined {
  const next = side.lastAt + 1;
  if (next >= base.size || side.state[next] !== ABSENT || base.keylessAt(next)) return undefined;
  return { text: base.text(next), inexact: base.inexactAt(next) };
}

/**
 * The catch-up's base: the earlier export's items, mapped and with the
 * migration's artifacts undone as the first rollback undid them (against
 * the current file's version, which that rollback wrote), in the current
 * file's order and key order, so the merge reorders nothing; items the
 * files dropped since come after, in the export's order.
 */
async function baseFromExport(
  baseExport: { source: ExportSource; table: string },
  current: readonly PlainObject[],
  fidelity: Fidelity,
): Promise<BaseIndex> {
  const where = `base export table ${baseExport.table}`;
  const byKey = new Map<string, PlainObject>();
  for (const item of current) {
    const key = keyOf(item);
    if (typeof key === 'string') byKey.set(key, item);
  }
  const fromBase = new Map<string, PlainObject>();
  let n = 0;
  for await (const wire of baseExport.source.items(baseExport.table)) {
    let plain: PlainObject;
    try {
      plain = wireItemToPlain(wire, () => {});
    } catch (err) {
      if (err instanceof ConversionError)
        throw new InputError(`${where}: item ${n + 1}: ${err.message}; the export is damaged or not DynamoDB JSON`);
      throw err;
    }
    const { key, item } = requireKey(mapKeys(plain, fidelity.keys).item, where, n++);
    if (fromBase.has(key)) throw new InputError(`${where}: id ${idOfKey(key)} appears twice; the export is damaged`);
    const ref = byKey.get(key);
    fromBase.set(key, orderLike(undoMigration(item, [ref], fidelity.rules).item, ref ?? current[0]) as PlainObject);
  }
  const base = new BaseIndex([], where);
  for (const item of current) {
    const key = keyOf(item);
    if (typeof key !== 'string' || !fromBase.has(key)) continue;
    base.add(fromBase.get(key)!);
    fromBase.delete(key);
  }
  for (const item of fromBase.values()) base.add(item);
  return base;
}
