/**
 * Compares a file item (as written in <collection>.json) with its typed
 * DynamoDB item. Deliberately shares no code with the rollback's conversion:
 * an error there must not be repeated here and cancel out. Returns the
 * attribute paths that differ, never the values.
 *
 * Rules: S string; N number by decimal value (never a string); BOOL boolean;
 * NULL null; M object by key; L array in order; SS/NS/BS arrays compared as
 * sets (NS by value, BS by bytes); B base64 string.
 */
import type { WireItem, WireValue } from '../dynamo/wire.js';
import { canonicalDecimal, sameDecimal } from './decimal.js';
import { JsonNumber, JsonObject, type RawJson } from './raw-json.js';

const SIMPLE_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

export function childPath(parent: string, key: string): string {
  if (SIMPLE_KEY.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

/**
 * A rule's say on one scalar attribute both items hold, given whether the
 * comparator found it the same and the references' values at that path
 * (those that hold it, the most authoritative first): true when it counts
 * as a difference. Without one, a difference is exactly "not the same".
 */
export type Judge = (path: string, file: RawJson, wire: WireValue, same: boolean, refs: readonly RawJson[]) => boolean;

interface Walk {
  out: string[];
  judge?: Judge;
}

/** The attribute paths where the file item and the DynamoDB item differ; empty when equal. refs: reference items, for the judge. */
export function itemDifferences(file: JsonObject, item: WireItem, judge?: Judge, refs: readonly JsonObject[] = []): string[] {
  const walk: Walk = { out: [], judge };
  diffMap('', file, item, refs, walk);
  return walk.out;
}

function diffMap(path: string, file: JsonObject, map: WireItem, refs: readonly RawJson[], walk: Walk): void {
  for (const [key, value] of file.entries) {
    const wire = Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
    if (wire === undefined) walk.out.push(childPath(path, key));
    else diffValue(childPath(path, key), value, wire, refsAt(refs, key), walk);
  }
  for (const key of Object.keys(map)) {
    if (!file.entries.has(key)) walk.out.push(childPath(path, key));
  }
}

/** The references' values under key (or index), keeping only those that hold it. */
function refsAt(refs: readonly RawJson[], key: string | number): RawJson[] {
  const out: RawJson[] = [];
  for (const r of refs) {
    if (typeof key === 'string' && r instanceof JsonObject && r.entries.has(key)) out.push(r.entries.get(key)!);
    else if (typeof key === 'number' && Array.isArray(r) && key < r.length) out.push(r[key]!);
  }
  return out;
}

function diffValue(path: string, file: RawJson, wire: WireValue, refs: readonly RawJson[], walk: Walk): void {
  const keys = Object.keys(wire);
  const type = keys.length === 1 ? keys[0] : undefined;
  const v = wire as Record<string, unknown>;
  let same: boolean;
  switch (type) {
    case 'S':
      same = typeof file === 'string' && file === v.S;
      break;
    case 'N':
      same = file instanceof JsonNumber && typeof v.N === 'string' && sameDecimal(file.text, v.N);
      break;
    case 'BOOL':
      same = typeof file === 'boolean' && file === v.BOOL;
      break;
    case 'NULL':
      same = file === null && v.NULL === true;
      break;
    case 'B':
      same = typeof file === 'string' && typeof v.B === 'string' && sameBytes(file, v.B);
      break;
    case 'SS':
      same = sameSet(
        file,
        v.SS,
        (x) => (typeof x === 'string' ? x : null),
        (w) => w,
      );
      break;
    case 'NS':
      same = sameSet(file, v.NS, (x) => (x instanceof JsonNumber ? canonicalDecimal(x.text) : null), canonicalDecimal);
      break;
    case 'BS':
      same = sameSet(file, v.BS, (x) => (typeof x === 'string' ? strictBase64(x) : null), lenientBase64);
      break;
    case 'M':
      if (file instanceof JsonObject && isPlainRecord(v.M)) {
        diffMap(path, file, v.M as WireItem, refs, walk);
        return;
      }
      same = false;
      break;
    case 'L':
      if (Array.isArray(file) && Array.isArray(v.L) && file.length === v.L.length) {
        const list = v.L as WireValue[];
        file.forEach((element, i) => diffValue(`${path}[${i}]`, element, list[i]!, refsAt(refs, i), walk));
        return;
      }
      // A different length is one difference at the list itself.
      same = false;
      break;
    default:
      same = false;
  }
  if (walk.judge ? walk.judge(path, file, wire, same, refs) : !same) walk.out.push(path);
}

/** Canonical base64 of valid base64 text, or null; the file must hold real base64, not text Buffer would forgive. */
function strictBase64(text: string): string | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const canonical = Buffer.from(text, 'base64').toString('base64');
  return canonical === text ? canonical : null;
}

function sameBytes(fileText: string, wireText: string): boolean {
  const f = strictBase64(fileText);
  if (f === null) return false;
  return f === lenientBase64(wireText);
}

/** The export's base64 is the reference; accept it whatever its padding. */
function lenientBase64(text: string): string {
  return Buffer.from(text, 'base64').toString('base64');
}

/** Set equality: no duplicates in the file's array, every element matched, same size. */
function sameSet(file: RawJson, wire: unknown, keyOfFile: (x: RawJson) => string | null, keyOfWire: (w: string) => string | null): boolean {
  if (!Array.isArray(file) || !Array.isArray(wire)) return false;
  const wireKeys = new Set<string>();
  for (const w of wire) {
    const k = typeof w === 'string' ? keyOfWire(w) : null;
    if (k === null) return false;
    wireKeys.add(k);
  }
  const fileKeys = new Set<string>();
  for (const x of file) {
    const k = keyOfFile(x);
    if (k === null || !wireKeys.has(k)) return false;
    fileKeys.add(k);
  }
  return fileKeys.size === file.length && fileKeys.size === wireKeys.size;
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
