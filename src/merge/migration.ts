/**
 * What the app's own migration did to each item on the way into DynamoDB,
 * and how it is undone on the way back (DESIGN.md "The first user"). Pure.
 *
 *   emptyStringsAsNull  DocumentClient's convertEmptyValues wrote every ""
 *                       as NULL: a null where a reference (the migration
 *                       backup's version, else the current file's) holds ""
 *                       at the same attribute path is "" again. A null at a
 *                       path no reference has stays null.
 *   rewroteUpdatedAt    the migration set updatedAt (and createdAt where it
 *                       was missing) to its own time: a timestamp inside the
 *                       migration's window is the reference's (or absent,
 *                       when the reference had none). A later updatedAt is
 *                       the app's own write and stays.
 *
 * Each artifact is found whether or not its rule is on: with a rule off the
 * item keeps it (the merge then sees a change) and the count says what the
 * rule would have undone, so switching a rule off is visible in the report.
 */
import { childPath, indexPath } from '../convert/attribute-path.js';
import { isPlainObject, type PlainObject, type PlainValue } from '../convert/plain.js';
import { timeOf } from './settle.js';

export interface MigrationRules {
  emptyStringsAsNull: boolean;
  rewroteUpdatedAt: boolean;
  /** When the migration wrote (epoch ms, inclusive); null when unknown: no timestamp is then taken for the migration's. */
  window: { start: number; end: number } | null;
}

export const NO_RULES: MigrationRules = { emptyStringsAsNull: false, rewroteUpdatedAt: false, window: null };

/** What was found on one item: attribute paths of nulls that were "", and the timestamps the migration wrote. */
export interface ItemArtifacts {
  emptyStrings: string[];
  updatedAt: boolean;
  createdAt: boolean;
}

export function hasArtifacts(a: ItemArtifacts): boolean {
  return a.emptyStrings.length > 0 || a.updatedAt || a.createdAt;
}

export interface Undone {
  /** The item with the artifacts of the rules that are on undone (the same object when none applied). */
  item: PlainObject;
  /** Every artifact found, applied or not. */
  found: ItemArtifacts;
}

/**
 * Undoes the migration's artifacts on an item read from DynamoDB. refs: the
 * versions it came from, most authoritative first (the migration backup's,
 * then the current file's); undefined entries are skipped.
 */
export function undoMigration(item: PlainObject, refs: readonly (PlainObject | undefined)[], rules: MigrationRules): Undone {
  const known = refs.filter((r): r is PlainObject => r !== undefined);
  const found: ItemArtifacts = { emptyStrings: [], updatedAt: false, createdAt: false };
  if (known.length === 0) return { item, found };
  let out: PlainObject = item;
  const copy = () => (out === item ? (out = { ...item }) : out);

  // Only a null can have been "": most items hold none, and the walk beside the references allocates at every level.
  if (hasNull(item)) {
    const restored = restoreEmptyStrings(item, known, '', found.emptyStrings);
    if (rules.emptyStringsAsNull && found.emptyStrings.length > 0) out = restored as PlainObject;
  }

  const inWindow = (v: PlainValue | undefined) => {
    const t = timeOf(v);
    return rules.window !== null && t !== undefined && t >= rules.window.start && t <= rules.window.end;
  };
  const ref = known[0]!;
  for (const field of ['updatedAt', 'createdAt'] as const) {
    if (!Object.prototype.hasOwnProperty.call(item, field)) continue;
    const had = Object.prototype.hasOwnProperty.call(ref, field);
    // createdAt was only written where the item had none; one the backup holds was kept as it was.
    // Both tests come before the window's (all are pure): most items skip the date parse.
    if (had && (field === 'createdAt' || ref[field] === item[field])) continue;
    if (!inWindow(item[field])) continue;
    found[field] = true;
    if (!rules.rewroteUpdatedAt) continue;
    if (had) copy()[field] = ref[field]!;
    else delete copy()[field];
  }
  return { item: out, found };
}

function hasNull(value: PlainValue): boolean {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (const v of value) if (hasNull(v)) return true;
    return false;
  }
  if (!isPlainObject(value)) return false;
  for (const k of Object.keys(value)) if (hasNull(value[k]!)) return true;
  return false;
}

/** value with "" back wherever it is null and the first reference holding that path has "" there. */
function restoreEmptyStrings(value: PlainValue, refs: readonly PlainValue[], path: string, paths: string[]): PlainValue {
  if (value === null) {
    if (refs[0] === '') {
      paths.push(path);
      return '';
    }
    return value;
  }
  if (Array.isArray(value)) {
    let out: PlainValue[] | null = null;
    value.forEach((v, i) => {
      const sub = refs.map((r) => (Array.isArray(r) ? r[i] : undefined)).filter((r) => r !== undefined) as PlainValue[];
      if (sub.length === 0) return;
      const w = restoreEmptyStrings(v, sub, indexPath(path, i), paths);
      if (w !== v) (out ??= [...value])[i] = w;
    });
    return out ?? value;
  }
  if (isPlainObject(value)) {
    let out: PlainObject | null = null;
    for (const k of Object.keys(value)) {
      const sub = refs
        .map((r) => (isPlainObject(r) && Object.prototype.hasOwnProperty.call(r, k) ? r[k] : undefined))
        .filter((r) => r !== undefined) as PlainValue[];
      if (sub.length === 0) continue;
      const v = value[k]!;
      const w = restoreEmptyStrings(v, sub, childPath(path, k), paths);
      if (w !== v) {
        out ??= { ...value };
        Object.defineProperty(out, k, { value: w, enumerable: true, writable: true, configurable: true });
      }
    }
    return out ?? value;
  }
  return value;
}
