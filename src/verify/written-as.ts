/**
 * Whether a file element's text is exactly what its export item would be
 * written as by the app's JSON.stringify(data, null, 2), its keys in any
 * order (the rollback keeps the file's order, DynamoDB keeps none). Such a
 * text is valid JSON, holds no repeated key, and parses to the export's
 * values, so the item is equal without being parsed or diffed. Anything
 * else (other spacing, digits written otherwise, an escape JSON.stringify
 * would not write, a repeated key, a set or binary value) answers false,
 * and the caller compares it as before. Pure; verify's own code, not the
 * rollback's writer.
 */
import type { WireItem, WireValue } from '../dynamo/wire.js';
import { canonicalDecimal } from './decimal.js';

/** JSON's number grammar: what JSON.parse takes as a number. */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** Characters JSON.stringify may escape (surrogates: when alone); a string without any is written as it is. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
/** Without an exponent: a decimal the comparator always takes. */
const JSON_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** A number JSON.parse takes and the comparator can compare (an exponent too large for it is neither equal nor here). */
export function comparableNumber(v: unknown): v is string {
  return typeof v === 'string' && (JSON_DECIMAL.test(v) || (JSON_NUMBER.test(v) && canonicalDecimal(v) !== null));
}

/** Whether the last writtenAs that answered true met a NULL on its way (it visits every value then). */
let metNull = false;

/** True when text (one element of a top-level array, from its "{" to its "}") is the item as written. */
export function writtenAs(text: string, item: WireItem): boolean {
  metNull = false;
  return objectAt(text, 0, item, 1) === text.length;
}

/** After writtenAs answered true: whether the item holds a NULL anywhere (what the rule emptyStringsAsNull looks for). */
export function writtenHeldNull(): boolean {
  return metNull;
}

/** The indentation of each depth, made once (depth 1: an element of the top-level array). */
const INDENTS: string[] = [];
export function indentOf(depth: number): string {
  return (INDENTS[depth] ??= '  '.repeat(depth));
}

/** Key names as written, for the few names a collection has (bounded: hostile data may hold many). */
const NAMES = new Map<string, string>();

function nameOf(key: string): string {
  let name = NAMES.get(key);
  if (name === undefined) {
    name = JSON.stringify(key);
    if (NAMES.size < 4096) NAMES.set(key, name);
  }
  return name;
}

/** Where the object written at pos ends, or -1 when the text there is not map as written at this indentation. */
function objectAt(text: string, pos: number, map: Record<string, WireValue>, depth: number): number {
  const keys = Object.keys(map);
  const n = keys.length;
  if (n === 0) return text.startsWith('{}', pos) ? pos + 2 : -1;
  const inner = indentOf(depth + 1);
  if (!text.startsWith('{\n', pos)) return -1;
  pos += 2;
  // Keys found so far: bits of a number for the usual few, else an array (no allocation per object for most).
  const many = n > 30 ? new Uint8Array(n) : null;
  let bits = 0;
  // The file's order is the same from item to item, often the export's: look first where the last key found leaves off.
  let from = 0;
  for (let left = n; ;) {
    if (!text.startsWith(inner, pos)) return -1;
    pos += inner.length;
    // A string token is never a prefix of another at the same place, so startsWith finds the key exactly; each once.
    let j = from;
    let name = nameOf(keys[j]!);
    for (let tried = 0; (many ? many[j] === 1 : (bits & (1 << j)) !== 0) || !text.startsWith(name, pos); tried++) {
      if (tried === n - 1) return -1;
      if (++j === n) j = 0;
      name = nameOf(keys[j]!);
    }
    if (many) many[j] = 1;
    else bits |= 1 << j;
    from = j + 1 === n ? 0 : j + 1;
    pos += name.length;
    if (text.charCodeAt(pos) !== 58 || text.charCodeAt(pos + 1) !== 32) return -1;
    pos = valueAt(text, pos + 2, map[keys[j]!]!, depth + 1);
    if (pos === -1) return -1;
    if (--left === 0) break;
    if (text.charCodeAt(pos) !== 44 || text.charCodeAt(pos + 1) !== 10) return -1;
    pos += 2;
  }
  return closed(text, pos, indentOf(depth), 125);
}

/** After the last member: a newline, the indentation and the bracket; where it ends, or -1. */
export function closed(text: string, pos: number, indent: string, bracket: number): number {
  if (text.charCodeAt(pos) !== 10 || !text.startsWith(indent, pos + 1) || text.charCodeAt(pos + 1 + indent.length) !== bracket) return -1;
  return pos + 2 + indent.length;
}

function arrayAt(text: string, pos: number, list: readonly WireValue[], depth: number): number {
  if (list.length === 0) return text.startsWith('[]', pos) ? pos + 2 : -1;
  const inner = indentOf(depth + 1);
  if (!text.startsWith('[\n', pos)) return -1;
  pos += 2;
  for (let i = 0; i < list.length; i++) {
    if (i > 0) {
      if (!text.startsWith(',\n', pos)) return -1;
      pos += 2;
    }
    if (!text.startsWith(inner, pos)) return -1;
    pos = valueAt(text, pos + inner.length, list[i]!, depth + 1);
    if (pos === -1) return -1;
  }
  return closed(text, pos, indentOf(depth), 93);
}

/**
 * A set as an array of its members written in any order, each once. The
 * members must be distinct as the comparator tells them (SS by text, NS by
 * value): with a repeated one the file's array would hold a repeat, which
 * the comparator counts as a difference.
 */
function setAt(text: string, pos: number, members: readonly string[], depth: number): number {
  if (members.length === 0) return text.startsWith('[]', pos) ? pos + 2 : -1;
  if (members.length > 256) return -1;
  const inner = indentOf(depth + 1);
  if (!text.startsWith('[\n', pos)) return -1;
  pos += 2;
  const used = new Uint8Array(members.length);
  for (let i = 0; i < members.length; i++) {
    if (i > 0) {
      if (!text.startsWith(',\n', pos)) return -1;
      pos += 2;
    }
    if (!text.startsWith(inner, pos)) return -1;
    pos += inner.length;
    // The member ends where the array goes on (a number's digits must all be the member's).
    let j = 0;
    for (; j < members.length; j++) {
      if (used[j] === 1 || !text.startsWith(members[j]!, pos)) continue;
      const next = text.charCodeAt(pos + members[j]!.length);
      if (next === 44 || next === 10) break;
    }
    if (j === members.length) return -1;
    used[j] = 1;
    pos += members[j]!.length;
  }
  return closed(text, pos, indentOf(depth), 93);
}

function stringMembers(v: unknown): string[] | null {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string') || new Set(v).size !== v.length) return null;
  return v.map((x: string) => JSON.stringify(x));
}

function numberMembers(v: unknown): string[] | null {
  if (!Array.isArray(v)) return null;
  const values = new Set<string>();
  for (const x of v) {
    const c = comparableNumber(x) ? canonicalDecimal(x) : null;
    if (c === null || values.has(c)) return null;
    values.add(c);
  }
  return v as string[];
}

/**
 * Only the types whose file form is one text (a set's, one per order) and
 * which the comparator finds equal to themselves: S, N (in JSON's grammar,
 * a decimal it can compare), BOOL, NULL, M, L, SS, NS. A value with more
 * or fewer than one type is not one the comparator accepts, so not here
 * either; binary is left to the comparator.
 */
function valueAt(text: string, pos: number, wire: WireValue, depth: number): number {
  if (typeof wire !== 'object' || wire === null) return -1;
  // Exactly one type (an inherited key counted too: then the comparator decides).
  let type: string | undefined;
  for (const k in wire) {
    if (type !== undefined) return -1;
    type = k;
  }
  const v = (wire as Record<string, unknown>)[type ?? ''];
  let written: string;
  switch (type) {
    case 'S':
      if (typeof v !== 'string') return -1;
      if (!NEEDS_ESCAPE.test(v)) {
        // Written as it is between quotes: compared in place.
        const end = pos + 1 + v.length;
        return text.charCodeAt(pos) === 34 && text.startsWith(v, pos + 1) && text.charCodeAt(end) === 34 ? end + 1 : -1;
      }
      written = JSON.stringify(v);
      break;
    case 'N':
      if (!comparableNumber(v)) return -1;
      written = v;
      break;
    case 'BOOL':
      if (typeof v !== 'boolean') return -1;
      written = v ? 'true' : 'false';
      break;
    case 'NULL':
      if (v !== true) return -1;
      metNull = true;
      written = 'null';
      break;
    case 'M':
      return typeof v === 'object' && v !== null && !Array.isArray(v) ? objectAt(text, pos, v as Record<string, WireValue>, depth) : -1;
    case 'L':
      return Array.isArray(v) ? arrayAt(text, pos, v as WireValue[], depth) : -1;
    case 'SS':
    case 'NS': {
      const members = type === 'SS' ? stringMembers(v) : numberMembers(v);
      return members ? setAt(text, pos, members, depth) : -1;
    }
    default:
      return -1;
  }
  return text.startsWith(written, pos) ? pos + written.length : -1;
}
