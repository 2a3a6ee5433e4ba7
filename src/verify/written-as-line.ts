/**
 * writtenAs (written-as.ts) for an export line read as a tape
 * (wire-tape.ts) rather than parsed: whether a file element's text is
 * exactly what the line's item would be written as by the app's
 * JSON.stringify(data, null, 2), its keys in any order. The same rules,
 * answered from the line's characters: a string of the tape holds no
 * quote, backslash or control character, so it is written as it stands
 * between quotes. true proves the element valid JSON that parses to the
 * line's values; false says only that the caller must parse and compare.
 * Pure.
 */
import { canonicalDecimal } from './decimal.js';
import { closed, comparableNumber, indentOf } from './written-as.js';
import { Kind, REC, type WireLine } from './wire-tape.js';

/** Whether the last writtenAsLine that answered true met a NULL on its way. */
let metNull = false;

/** True when text (one element of a top-level array, from its "{" to its "}") is the line's item as written. */
export function writtenAsLine(text: string, line: WireLine): boolean {
  metNull = false;
  return objectAt(text, 0, line.text, line.tape, 0, 1) === text.length;
}

/** After writtenAsLine answered true: whether the item holds a NULL anywhere. */
export function lineHeldNull(): boolean {
  return metNull;
}

/** Whether text holds at pos the characters of s from a to b. */
function sameRun(text: string, pos: number, s: string, a: number, b: number): boolean {
  if (pos + (b - a) > text.length) return false;
  for (let i = a; i < b; i++, pos++) if (text.charCodeAt(pos) !== s.charCodeAt(i)) return false;
  return true;
}

/** A quoted run: text holds at pos the characters of s from a to b between quotes. */
function sameQuoted(text: string, pos: number, s: string, a: number, b: number): boolean {
  return text.charCodeAt(pos) === 34 && text.charCodeAt(pos + 1 + b - a) === 34 && sameRun(text, pos + 1, s, a, b);
}

/** Where the map m (a Map record) written at pos ends, or -1. */
function objectAt(text: string, pos: number, s: string, t: Int32Array, m: number, depth: number): number {
  const n = t[m + 1]!;
  if (n === 0) return text.startsWith('{}', pos) ? pos + 2 : -1;
  const inner = indentOf(depth + 1);
  if (!text.startsWith('{\n', pos)) return -1;
  pos += 2;
  const first = m + REC;
  const end = t[m + 3]!;
  const many = n > 30 ? new Uint8Array(n) : null;
  let bits = 0;
  // As writtenAs: look first where the last member found leaves off, the file's order being often the line's.
  let from = first;
  let fromJ = 0;
  for (let left = n; ;) {
    if (!text.startsWith(inner, pos)) return -1;
    pos += inner.length;
    let r = from;
    let j = fromJ;
    for (let tried = 0; ; tried++) {
      if (tried === n) return -1;
      if (!(many ? many[j] === 1 : (bits & (1 << j)) !== 0) && sameQuoted(text, pos, s, t[r + 1]!, t[r + 2]!)) break;
      r = t[r + 3]!;
      if (++j === n) {
        r = first;
        j = 0;
      }
    }
    if (many) many[j] = 1;
    else bits |= 1 << j;
    from = t[r + 3]!;
    fromJ = j + 1;
    if (from === end) {
      from = first;
      fromJ = 0;
    }
    pos += 2 + t[r + 2]! - t[r + 1]!;
    if (text.charCodeAt(pos) !== 58 || text.charCodeAt(pos + 1) !== 32) return -1;
    pos = valueAt(text, pos + 2, s, t, r + REC, depth + 1);
    if (pos === -1) return -1;
    if (--left === 0) break;
    if (text.charCodeAt(pos) !== 44 || text.charCodeAt(pos + 1) !== 10) return -1;
    pos += 2;
  }
  return closed(text, pos, indentOf(depth), 125);
}

function arrayAt(text: string, pos: number, s: string, t: Int32Array, l: number, depth: number): number {
  const count = t[l + 1]!;
  if (count === 0) return text.startsWith('[]', pos) ? pos + 2 : -1;
  const inner = indentOf(depth + 1);
  if (!text.startsWith('[\n', pos)) return -1;
  pos += 2;
  let r = l + REC;
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      if (!text.startsWith(',\n', pos)) return -1;
      pos += 2;
    }
    if (!text.startsWith(inner, pos)) return -1;
    pos = valueAt(text, pos + inner.length, s, t, r, depth + 1);
    if (pos === -1) return -1;
    r = t[r + 3]!;
  }
  return closed(text, pos, indentOf(depth), 93);
}

/** A plain decimal (JSON's number grammar without an exponent): the comparator always takes it. */
function plainDecimal(s: string, a: number, b: number): boolean {
  let i = a;
  if (s.charCodeAt(i) === 45 /* - */) i++;
  const intStart = i;
  while (i < b && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const intLen = i - intStart;
  if (intLen === 0 || (intLen > 1 && s.charCodeAt(intStart) === 48)) return false;
  if (i === b) return true;
  if (s.charCodeAt(i) !== 46 /* . */) return false;
  const fracStart = ++i;
  while (i < b && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i === b && i > fracStart;
}

function comparableAt(s: string, a: number, b: number): boolean {
  return plainDecimal(s, a, b) || comparableNumber(s.slice(a, b));
}

/**
 * A set as an array of its members in any order, each once; the members
 * distinct as the comparator tells them (SS by text, NS by value), else
 * the file's array would hold a repeat, which the comparator counts.
 */
function setAt(text: string, pos: number, s: string, t: Int32Array, r: number, depth: number): number {
  const count = t[r + 1]!;
  if (count === 0) return text.startsWith('[]', pos) ? pos + 2 : -1;
  if (count > 256 || !distinct(s, t, r, count)) return -1;
  const quoted = t[r] === Kind.SS;
  const inner = indentOf(depth + 1);
  if (!text.startsWith('[\n', pos)) return -1;
  pos += 2;
  const used = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      if (!text.startsWith(',\n', pos)) return -1;
      pos += 2;
    }
    if (!text.startsWith(inner, pos)) return -1;
    pos += inner.length;
    // The member ends where the array goes on (a number's digits must all be the member's).
    let j = 0;
    let q = r + REC;
    let width = 0;
    for (; j < count; j++, q += REC) {
      if (used[j] === 1) continue;
      const a = t[q + 1]!;
      const b = t[q + 2]!;
      width = b - a + (quoted ? 2 : 0);
      if (!(quoted ? sameQuoted(text, pos, s, a, b) : sameRun(text, pos, s, a, b))) continue;
      const next = text.charCodeAt(pos + width);
      if (next === 44 || next === 10) break;
    }
    if (j === count) return -1;
    used[j] = 1;
    pos += width;
  }
  return closed(text, pos, indentOf(depth), 93);
}

/** SS: no two members the same text; NS: every member a number the comparator takes, no two of the same value. */
function distinct(s: string, t: Int32Array, r: number, count: number): boolean {
  const seen = new Set<string>();
  for (let q = r + REC, k = 0; k < count; k++, q += REC) {
    const a = t[q + 1]!;
    const b = t[q + 2]!;
    let key: string | null = s.slice(a, b);
    if (t[r] === Kind.NS) key = comparableAt(s, a, b) ? canonicalDecimal(key) : null;
    if (key === null || seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** Where the value record r written at pos ends, or -1 (binary is left to the comparator, as in writtenAs). */
function valueAt(text: string, pos: number, s: string, t: Int32Array, r: number, depth: number): number {
  switch (t[r]) {
    case Kind.S: {
      const a = t[r + 1]!;
      const b = t[r + 2]!;
      return sameQuoted(text, pos, s, a, b) ? pos + 2 + b - a : -1;
    }
    case Kind.N: {
      const a = t[r + 1]!;
      const b = t[r + 2]!;
      return comparableAt(s, a, b) && sameRun(text, pos, s, a, b) ? pos + b - a : -1;
    }
    case Kind.Bool:
      return t[r + 1] === 1 ? (text.startsWith('true', pos) ? pos + 4 : -1) : text.startsWith('false', pos) ? pos + 5 : -1;
    case Kind.Null:
      if (!text.startsWith('null', pos)) return -1;
      metNull = true;
      return pos + 4;
    case Kind.Map:
      return objectAt(text, pos, s, t, r, depth);
    case Kind.List:
      return arrayAt(text, pos, s, t, r, depth);
    case Kind.SS:
    case Kind.NS:
      return setAt(text, pos, s, t, r, depth);
    default:
      return -1;
  }
}
