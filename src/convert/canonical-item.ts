/**
 * An item's id read from its text without parsing it, for an item whose
 * text is provably the one itemText would write for it: the text of a
 * collection file's element (at indent 2) that is exactly
 * JSON.stringify(item, null, 2) re-indented. Such an element need not be
 * parsed to be indexed, nor serialised again to be found canonical.
 *
 * The proof is the grammar below, which only such a text passes: every
 * newline followed by exactly the indentation JSON.stringify gives its
 * depth, ": " after a key, strings without a backslash or a control
 * character (JSON.stringify escapes nothing else), numbers written back
 * digit for digit (when the element is parsed exactly, every number is
 * kept as its digits; else each is one JSON.stringify gives back), keys
 * without a duplicate (JSON.parse keeps the last), none that V8 would move
 * to the front (an array index: anything starting with a digit is left to
 * the parse). Anything else gives null, and the caller
 * parses the item as before: the fast path decides nothing the parse would
 * decide differently. Pure.
 */
import { writesBackAsIs } from './json-number.js';

/**
 * The top-level "id" as its JSON text (a string's content, or a number's
 * digits), and whether it is a number. The text is a view of the text read
 * (V8 keeps a slice of a long text as one): copy it to keep it
 * (own-copy.ts); the base's key table copies its bytes.
 */
export interface CanonicalId {
  text: string;
  numeric: boolean;
}

const MAX_DEPTH = 64;
/** Keys of one object are compared pairwise: with more than this, the parse decides (it costs less then). */
const MAX_KEYS = 64;
/** A control character other than the newlines between lines: never in the written form (JSON.stringify escapes them). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_FROM = /[\u0000-\u0009\u000b-\u001f]/g;

/** Where the next backslash is in s at or after from (s.length when none): what writtenItemAt's caller checks. */
export function nextBackslash(s: string, from: number): number {
  const at = s.indexOf('\\', from);
  return at === -1 ? s.length : at;
}

/** Where the next control character other than "\n" is in s at or after from (s.length when none). */
export function nextControl(s: string, from: number): number {
  CONTROL_FROM.lastIndex = from;
  const m = CONTROL_FROM.exec(s);
  return m === null ? s.length : m.index;
}

/**
 * The id of a canonical item text with a string or numeric id; null when
 * the text is not provably canonical or the item has no such id (the
 * caller then parses it). inexact: the element is parsed with the exact
 * parser (json-array-stream's RawElement.inexact), which keeps every number's digits.
 */
export function canonicalItemId(s: string, inexact: boolean): CanonicalId | null {
  // No escapes at all: a string is then its characters between two quotes.
  if (s.indexOf('\\') !== -1 || CONTROL.test(s)) return null;
  const found = writtenItemAt(s, 0, inexact);
  return found !== null && found.end === s.length ? found.id : null;
}

export interface WrittenItem {
  /** Where the item's text ends in s. */
  end: number;
  id: CanonicalId | null;
  /** It holds a number JSON.parse would write another way (taken only when the walk is exact): what the scanner's flag says. */
  inexact: boolean;
  /** The newlines in the item's text, and where in s the last one is (-1: none). */
  lines: number;
  lastLine: number;
}

/**
 * The grammar of canonicalItemId read from s[from] (a "{") on, in a longer
 * text (a collection file's chunk): where the item ends, and its id (null
 * when it has none). null when the text there is not the written form, or
 * the item goes on past the end of s. The caller must still find no
 * backslash and no control character in s[from, end): the walk takes a
 * string to end at the next quote, so an escape inside one is caught only
 * then (it lies before end: the walk either stops or goes past it).
 */
export function writtenItemAt(s: string, from: number, inexact: boolean): WrittenItem | null {
  if (codeAt(s, from) !== 123 /* { */) return null;
  rounded = false;
  // The walk's stacks, shared by every walk (one at a time): no four arrays per item.
  keyCount = 0;
  let depth = 0;
  let i = from;
  let id: CanonicalId | null = null;
  /** Where the top-level "id" value starts, while it is being read. */
  let idAt = -1;
  // The newlines are the line breaks the grammar reads (strings and keys hold none): counted for the scanner's positions.
  let lines = 0;
  let lastLine = -1;
  for (;;) {
    // A value at i.
    const c = codeAt(s, i);
    let open = false;
    if (c === 34 /* " */) {
      const q = s.indexOf('"', i + 1);
      if (q === -1) return null;
      const nl = s.indexOf('\n', i + 1);
      if (nl !== -1 && nl < q) return null;
      i = q + 1;
    } else if (c === 123 || c === 91 /* [ */) {
      if (idAt !== -1) return null;
      const close = c === 123 ? 125 : 93;
      if (codeAt(s, i + 1) === close) i += 2;
      else {
        if (depth === MAX_DEPTH) return null;
        depth++;
        isObject[depth] = c === 123;
        keysFrom[depth] = keyCount;
        i++;
        open = true;
      }
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      i = numberEnd(s, i, inexact);
      if (i === -1) return null;
    } else if (idAt !== -1) return null;
    else if (c === 116 && s.startsWith('true', i)) i += 4;
    else if (c === 102 && s.startsWith('false', i)) i += 5;
    else if (c === 110 && s.startsWith('null', i)) i += 4;
    else return null;
    if (idAt !== -1) {
      id = codeAt(s, idAt) === 34 ? { text: s.slice(idAt + 1, i - 1), numeric: false } : { text: s.slice(idAt, i), numeric: true };
      idAt = -1;
    }
    // After a value, or at the start of an open container: close containers that end here, then the next member.
    for (; !open;) {
      if (depth === 0) return { end: i, id, inexact: rounded, lines, lastLine };
      if (codeAt(s, i) === 44 /* , */) {
        i++;
        break;
      }
      // "\n" and the indentation of the line the container opened on, then its closing bracket.
      if (!lineBreak(s, i, 2 * depth)) return null;
      lines++;
      lastLine = i;
      i += 1 + 2 * depth;
      if (codeAt(s, i) !== (isObject[depth] ? 125 : 93)) return null;
      i++;
      keyCount = keysFrom[depth]!;
      depth--;
    }
    // A member: a newline and the indentation of its depth, then (in an object) the key and ": ".
    if (!lineBreak(s, i, 2 + 2 * depth)) return null;
    lines++;
    lastLine = i;
    i += 3 + 2 * depth;
    if (!isObject[depth]) continue;
    if (codeAt(s, i) !== 34) return null;
    const q = s.indexOf('"', i + 1);
    if (q === -1 || codeAt(s, q + 1) !== 58 /* : */ || codeAt(s, q + 2) !== 32) return null;
    const start = i + 1;
    const length = q - start;
    if (!newKey(s, start, length, keysFrom[depth]!)) return null;
    i = q + 3;
    if (depth === 1 && length === 2 && codeAt(s, start) === 105 /* i */ && codeAt(s, start + 1) === 100 /* d */) idAt = i;
  }
}

/**
 * s's code unit at i, or -1 past its end, where the walk stops on a chunk's last item. Not s.charCodeAt alone: V8
 * compiles each of its calls as in bounds, and one read past the end throws the whole walk back to the interpreter,
 * once per call site and thread (a dozen times a run, each costing thousands of items walked slowly).
 */
function codeAt(s: string, i: number): number {
  return i < s.length ? s.charCodeAt(i) : -1;
}

/** A newline at i followed by this many spaces (what follows them, a key, a value or a bracket, is never a space). */
function lineBreak(s: string, i: number, spaces: number): boolean {
  if (codeAt(s, i) !== 10) return false;
  for (let k = 1; k <= spaces; k++) if (codeAt(s, i + k) !== 32) return false;
  return true;
}

/** A key (its characters at start, length long) that no earlier key of its object has, and that JSON.parse keeps in place. */
function newKey(s: string, start: number, length: number, from: number): boolean {
  const first = codeAt(s, start);
  // A newline inside the key (no JSON), or a key V8 would move to the front (an array index starts with a digit).
  if (length > 0 && first >= 48 && first <= 57) return false;
  const nl = s.indexOf('\n', start);
  if (nl !== -1 && nl < start + length) return false;
  const n = keyCount;
  if (n - from >= MAX_KEYS) return false;
  for (let k = from; k < n; k++) {
    if (keyLength[k] !== length) continue;
    const other = keyStart[k]!;
    let j = 0;
    while (j < length && codeAt(s, other + j) === codeAt(s, start + j)) j++;
    if (j === length) return false;
  }
  keyStart[n] = start;
  keyLength[n] = length;
  keyCount = n + 1;
  return true;
}

/**
 * Per open container (1 = the item itself): an object? and where its keys start in keyStart/keyLength (set as it
 * opens); the keys of the open objects are the first keyCount entries (a count, not the arrays' lengths, which cost a call to set).
 */
const isObject: boolean[] = [false];
const keysFrom: number[] = [0];
const keyStart: number[] = [];
const keyLength: number[] = [];
let keyCount = 0;

/** Set by numberEnd when a number JSON.parse would write another way was taken (the walk is exact): read back by writtenItemAt. */
let rounded = false;

/** The end of a JSON number at i that is written back as these digits, or -1. */
function numberEnd(s: string, i: number, inexact: boolean): number {
  const from = i;
  if (codeAt(s, i) === 45) i++;
  const lead = codeAt(s, i);
  if (lead === 48) i++;
  else if (lead >= 49 && lead <= 57) i = digitsEnd(s, i);
  else return -1;
  let plain = !(lead === 48 && from !== i - 1); // "-0..." is never written back as such
  if (codeAt(s, i) === 46 /* . */) {
    const end = digitsEnd(s, i + 1);
    if (end === i + 1) return -1;
    i = end;
    plain = false;
  }
  const e = codeAt(s, i);
  if (e === 101 || e === 69) {
    i++;
    const sign = codeAt(s, i);
    if (sign === 43 || sign === 45) i++;
    const end = digitsEnd(s, i);
    if (end === i) return -1;
    i = end;
    plain = false;
  }
  // Exactly parsed, every number keeps its digits; else short integers are what JSON.stringify writes, and the rest is checked.
  if ((plain && i - from < 16) || writesBackAsIs(s, from, i)) return i;
  const t = s.slice(from, i);
  if (JSON.stringify(Number(t)) === t) return i;
  // One JSON.parse would write another way: only the exact parse keeps its digits.
  if (!inexact) return -1;
  rounded = true;
  return i;
}

function digitsEnd(s: string, i: number): number {
  for (;;) {
    const c = codeAt(s, i);
    if (c < 48 || c > 57) return i;
    i++;
  }
}
