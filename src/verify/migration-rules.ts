/**
 * verify's own reading of the migration rules (DESIGN.md "The first user"),
 * pure: which differences between a file item and its export item are the
 * migration's doing, undone by the rollback, and so accepted. Exactly these
 * and nothing more:
 *
 *   emptyStringsAsNull  a file "" where the export holds NULL, when the
 *                       reference (the first of them holding that path)
 *                       holds "" there; and a file null where the export
 *                       holds NULL but the reference holds "" fails: the
 *                       rollback should have put the "" back.
 *   rewroteUpdatedAt    with the export's updatedAt (or createdAt) inside
 *                       the migration's window: a file updatedAt equal to
 *                       the reference's, or the attribute absent from the
 *                       file where the reference has none. The file still
 *                       holding the migration's time there fails.
 *
 * The reference of an item is what it came from: the migration backup's
 * version, else the file's version before the rollback. No reference, no
 * window, or a rule off: nothing is accepted.
 */
import type { WireItem, WireValue } from '../dynamo/wire.js';
import { itemDifferences, type Judge } from './compare.js';
import { sameDecimal } from './decimal.js';
import { JsonNumber, JsonObject, type RawJson } from './raw-json.js';

export interface RuleSet {
  emptyStringsAsNull: boolean;
  rewroteUpdatedAt: boolean;
  /** When the migration wrote (epoch ms, inclusive); null when unknown. */
  window: { start: number; end: number } | null;
}

export const NO_RULES: RuleSet = { emptyStringsAsNull: false, rewroteUpdatedAt: false, window: null };

export interface RuleOutcome {
  /** Attribute paths that differ after the rules. */
  paths: string[];
  /** Paths where a file "" stands for the export's NULL. */
  emptyStrings: string[];
  /** Timestamps (updatedAt, createdAt) put back or left out as the reference has them. */
  timestamps: string[];
  /** Paths where the file still holds null but the reference held "" (also in paths). */
  nullsLeft: string[];
  /** Timestamps the file still holds as the migration wrote them, where the reference holds another or none (also in paths). */
  timestampsLeft: string[];
}

export const TIMESTAMPS = ['updatedAt', 'createdAt'] as const;

/**
 * Whether compareWithRules could come out otherwise for some references
 * than for none: only through a NULL the export holds (emptyStringsAsNull)
 * or a timestamp of it inside the migration's window (rewroteUpdatedAt).
 * When not, the references need not be read.
 */
export function refsMatter(expected: WireItem, rules: RuleSet): boolean {
  return timestampsMatter(expected, rules) || (rules.emptyStringsAsNull && mapHoldsNull(expected));
}

/** refsMatter's first half: a timestamp of the export's inside the migration's window, with rewroteUpdatedAt on. */
export function timestampsMatter(expected: WireItem, rules: RuleSet): boolean {
  if (rules.rewroteUpdatedAt && rules.window !== null) {
    for (const field of TIMESTAMPS) {
      if (!Object.prototype.hasOwnProperty.call(expected, field)) continue;
      const t = timeOf(expected[field]!);
      if (t !== undefined && t >= rules.window.start && t <= rules.window.end) return true;
    }
  }
  return false;
}

// Loops rather than Object.values(...).some(): this runs for every item compared, and allocates nothing.
function mapHoldsNull(m: Record<string, WireValue>): boolean {
  for (const k in m) if (Object.prototype.hasOwnProperty.call(m, k) && holdsNull(m[k]!)) return true;
  return false;
}

function holdsNull(v: WireValue): boolean {
  if ('NULL' in v) return true;
  if ('M' in v && v.M) return mapHoldsNull(v.M as Record<string, WireValue>);
  if ('L' in v && Array.isArray(v.L)) {
    for (const x of v.L as WireValue[]) if (holdsNull(x)) return true;
  }
  return false;
}

/** The file item against its export item (already mapped to the file's keys), under the rules. refs: most authoritative first. */
export function compareWithRules(file: JsonObject, expected: WireItem, refs: readonly JsonObject[], rules: RuleSet): RuleOutcome {
  const outcome: RuleOutcome = { paths: [], emptyStrings: [], timestamps: [], nullsLeft: [], timestampsLeft: [] };
  let wire = expected;
  if (rules.rewroteUpdatedAt && refs.length > 0) {
    const ref = refs[0]!;
    for (const field of TIMESTAMPS) {
      const verdict = timestampVerdict(field, file, expected, ref, rules.window);
      if (verdict === 'left') outcome.timestampsLeft.push(field);
      if (verdict !== 'accepted') continue;
      outcome.timestamps.push(field);
      if (wire === expected) wire = { ...expected };
      // Compared no further: the file holds what the rule says.
      delete wire[field];
    }
  }
  const fileView = outcome.timestamps.length > 0 ? without(file, outcome.timestamps) : file;
  const judge: Judge = (path, f, w, same, at) => {
    if (!rules.emptyStringsAsNull) return !same;
    const isNull = 'NULL' in w && w.NULL === true;
    const refHadEmpty = at[0] === '';
    if (!same && f === '' && isNull && refHadEmpty) {
      outcome.emptyStrings.push(path);
      return false;
    }
    if (same && f === null && isNull && refHadEmpty) {
      outcome.nullsLeft.push(path);
      return true;
    }
    return !same;
  };
  outcome.paths = [...itemDifferences(fileView, wire, judge, refs), ...outcome.timestampsLeft];
  return outcome;
}

/**
 * accepted: an updatedAt the migration wrote that the rollback put back
 * (or removed, where the reference had none), or a createdAt it removed
 * (the migration wrote one only where the item had none). left: the file
 * holds the migration's time where the reference says otherwise. none:
 * not the rule's business (compared as it is).
 */
function timestampVerdict(
  field: (typeof TIMESTAMPS)[number],
  file: JsonObject,
  expected: WireItem,
  ref: JsonObject,
  window: RuleSet['window'],
): 'accepted' | 'left' | 'none' {
  const own = Object.prototype.hasOwnProperty.call(expected, field);
  if (!own || window === null) return 'none';
  const t = timeOf(expected[field]!);
  if (t === undefined || t < window.start || t > window.end) return 'none';
  const inFile = file.entries.has(field);
  const inRef = ref.entries.has(field);
  if (!inFile) return inRef ? 'none' : 'accepted';
  const value = file.entries.get(field)!;
  const refSame = inRef && sameScalar(value, ref.entries.get(field)!);
  if (sameAsWire(value, expected[field]!)) {
    // The export's own time is right where the reference holds it too, or (createdAt) holds one at all: the migration kept it.
    return refSame || (field === 'createdAt' && inRef) ? 'none' : 'left';
  }
  return field === 'updatedAt' && refSame ? 'accepted' : 'none';
}

/** A timestamp's time: an ISO string, or epoch milliseconds. */
function timeOf(v: WireValue): number | undefined {
  let t: number;
  if ('S' in v && typeof v.S === 'string') t = Date.parse(v.S);
  else if ('N' in v && typeof v.N === 'string') t = Number(v.N);
  else return undefined;
  return Number.isFinite(t) ? t : undefined;
}

function sameAsWire(f: RawJson, w: WireValue): boolean {
  if ('S' in w) return f === w.S;
  if ('N' in w) return f instanceof JsonNumber && sameDecimal(f.text, w.N);
  return false;
}

function sameScalar(a: RawJson, b: RawJson): boolean {
  if (a instanceof JsonNumber && b instanceof JsonNumber) return sameDecimal(a.text, b.text);
  return (typeof a === 'string' || typeof a === 'boolean' || a === null) && a === b;
}

function without(item: JsonObject, keys: readonly string[]): JsonObject {
  const out = new JsonObject();
  for (const [k, v] of item.entries) if (!keys.includes(k)) out.entries.set(k, v);
  return out;
}
