/**
 * An export line (`{"Item":{...}}`) read into a tape of positions instead
 * of objects: verify's own reading, so that an item the file holds exactly
 * as written (written-as-line.ts) is proven equal without JSON.parse of the
 * line, which was verify's largest cost at a million items. Only the
 * compact form the export writes is taken: no whitespace, no backslash or
 * control character anywhere (so a string is the characters between its
 * quotes), each typed value with exactly one of DynamoDB's type keys and a
 * payload of its type, NULL only as true, each name once in its map. What
 * the tape takes is therefore valid JSON whose JSON.parse gives an object
 * with an "Item" object, so `wireOf` never fails; anything else gives
 * undefined and the caller parses the line as before. Pure.
 *
 * The tape: records of four numbers [kind, a, b, next], next being where
 * the record's subtree ends on the tape.
 *   map (the item, or M)  a: member count; its members follow, each a NAME
 *                         record (a, b: the name's span; next: the next
 *                         member) and then that member's value.
 *   S, N, B               a, b: the text between the quotes.
 *   BOOL                  a: 1 for true, 0 for false.  NULL: no payload.
 *   L                     a: element count; the elements' values follow.
 *   SS, NS, BS            a: member count; STR records follow (a, b: span).
 */
import type { WireItem } from '../dynamo/wire.js';

/** A record's kind (plain numbers: the tape is an Int32Array). */
export const Kind = { Map: 1, Name: 2, S: 3, N: 4, B: 5, Bool: 6, Null: 7, List: 8, SS: 9, NS: 10, BS: 11, Str: 12 } as const;

export const REC = 4;

export interface WireLine {
  /** The whole line. */
  readonly text: string;
  /** The records; the item's map is the first. */
  readonly tape: Int32Array;
}

// eslint-disable-next-line no-control-regex -- a control character is not JSON inside a string: the parse decides
const CONTROL = /[\u0000-\u001f]/;
const PREFIX = '{"Item":';
/** Deeper than DynamoDB nests (32): left to the parse. */
const MAX_DEPTH = 40;
/** Above this many members, names are checked for repeats with a Set rather than pairwise. */
const PAIRWISE = 24;

const NOT_TAKEN = -1;

/** The line as a tape, or undefined: not the compact form this reading takes (the caller parses it). */
export function readWireLine(text: string): WireLine | undefined {
  if (!text.startsWith(PREFIX) || text.indexOf('\\') !== -1 || CONTROL.test(text)) return undefined;
  const b = new Builder(text);
  const end = b.map(PREFIX.length, 0);
  if (end === NOT_TAKEN || end !== text.length - 1 || text.charCodeAt(end) !== 125 /* } */) return undefined;
  return { text, tape: b.tape.slice(0, b.size) };
}

/** The line's item, parsed: for the items the tape cannot prove equal. Never throws for a line readWireLine took. */
export function wireOf(line: WireLine): WireItem {
  return (JSON.parse(line.text) as { Item: WireItem }).Item;
}

/** The item's own text, `{...}`, as in the line. */
export function itemText(line: WireLine): string {
  return line.text.slice(PREFIX.length, -1);
}

/** The tape index of the value of the item's member `name`, or -1. */
export function memberValue(line: WireLine, name: string): number {
  const { tape, text } = line;
  const n = tape[1]!;
  let r = REC;
  for (let j = 0; j < n; j++) {
    const a = tape[r + 1]!;
    if (tape[r + 2]! - a === name.length && text.startsWith(name, a)) return r + REC;
    r = tape[r + 3]!;
  }
  return -1;
}

/** The item's members of these names that hold a string or a number, as wire values (the rest left out). */
export function scalarMembers(line: WireLine, names: readonly string[]): WireItem {
  const out: WireItem = {};
  for (const name of names) {
    const r = memberValue(line, name);
    const kind = r === -1 ? 0 : line.tape[r];
    if (kind === Kind.S) out[name] = { S: spanText(line, r) };
    else if (kind === Kind.N) out[name] = { N: spanText(line, r) };
  }
  return out;
}

/** The text of a string-like record (S, N, B, Str). */
export function spanText(line: WireLine, r: number): string {
  return line.text.slice(line.tape[r + 1], line.tape[r + 2]);
}

/** Whether s holds the same len characters at a and at b. */
function sameChars(s: string, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

/** The kind a type key between a and end stands for, or 0 for any other: by its characters, no new string per value. */
function kindOf(s: string, a: number, end: number): number {
  const c = s.charCodeAt(a);
  switch (end - a) {
    case 1:
      return c === 83 ? Kind.S : c === 78 ? Kind.N : c === 77 ? Kind.Map : c === 76 ? Kind.List : c === 66 ? Kind.B : 0;
    case 2:
      if (s.charCodeAt(a + 1) !== 83 /* S */) return 0;
      return c === 83 ? Kind.SS : c === 78 ? Kind.NS : c === 66 ? Kind.BS : 0;
    case 4:
      return s.startsWith('BOOL', a) ? Kind.Bool : s.startsWith('NULL', a) ? Kind.Null : 0;
    default:
      return 0;
  }
}

/** The scratch tape, grown as needed and kept between lines. */
let scratch = new Int32Array(1024);

class Builder {
  tape = scratch;
  size = 0;

  constructor(private readonly s: string) {}

  private record(kind: number, a: number, b: number): number {
    if (this.size + REC > this.tape.length) {
      const bigger = new Int32Array(this.tape.length * 2);
      bigger.set(this.tape);
      this.tape = scratch = bigger;
    }
    const r = this.size;
    this.tape[r] = kind;
    this.tape[r + 1] = a;
    this.tape[r + 2] = b;
    this.size += REC;
    return r;
  }

  /** A string at i ("..."): its record's span is the text between the quotes; returns past the closing quote. */
  private string(i: number, kind: number): number {
    if (this.s.charCodeAt(i) !== 34 /* " */) return NOT_TAKEN;
    const close = this.s.indexOf('"', i + 1);
    if (close === -1) return NOT_TAKEN;
    const r = this.record(kind, i + 1, close);
    this.tape[r + 3] = this.size;
    return close + 1;
  }

  /** A map at i; returns past its "}". */
  map(i: number, depth: number): number {
    const s = this.s;
    if (s.charCodeAt(i) !== 123 /* { */ || depth > MAX_DEPTH) return NOT_TAKEN;
    const m = this.record(Kind.Map, 0, 0);
    let count = 0;
    i++;
    if (s.charCodeAt(i) === 125 /* } */) {
      this.tape[m + 3] = this.size;
      return i + 1;
    }
    for (;;) {
      const name = this.size;
      i = this.string(i, Kind.Name);
      if (i === NOT_TAKEN || s.charCodeAt(i) !== 58 /* : */) return NOT_TAKEN;
      i = this.value(i + 1, depth + 1);
      if (i === NOT_TAKEN) return NOT_TAKEN;
      this.tape[name + 3] = this.size;
      count++;
      const c = s.charCodeAt(i);
      if (c === 44 /* , */) {
        i++;
        continue;
      }
      if (c !== 125 /* } */) return NOT_TAKEN;
      break;
    }
    this.tape[m + 1] = count;
    this.tape[m + 3] = this.size;
    return this.namesOnce(m, count) ? i + 1 : NOT_TAKEN;
  }

  /** JSON.parse keeps the last of a repeated name; the parse decides such a map. */
  private namesOnce(m: number, count: number): boolean {
    if (count < 2) return true;
    const t = this.tape;
    const s = this.s;
    if (count > PAIRWISE) {
      const seen = new Set<string>();
      for (let r = m + REC; r !== t[m + 3]; r = t[r + 3]!) seen.add(s.slice(t[r + 1], t[r + 2]));
      return seen.size === count;
    }
    for (let r = m + REC; r !== t[m + 3]; r = t[r + 3]!) {
      const a = t[r + 1]!;
      const len = t[r + 2]! - a;
      for (let q = t[r + 3]!; q !== t[m + 3]; q = t[q + 3]!) {
        if (t[q + 2]! - t[q + 1]! === len && sameChars(s, a, t[q + 1]!, len)) return false;
      }
    }
    return true;
  }

  /** A typed value at i ({"T":payload}); returns past its "}". */
  private value(i: number, depth: number): number {
    const s = this.s;
    if (s.charCodeAt(i) !== 123 /* { */ || s.charCodeAt(i + 1) !== 34 /* " */) return NOT_TAKEN;
    const close = s.indexOf('"', i + 2);
    if (close === -1 || s.charCodeAt(close + 1) !== 58 /* : */) return NOT_TAKEN;
    const p = close + 2;
    const kind = kindOf(s, i + 2, close);
    let end: number;
    switch (kind) {
      case Kind.S:
      case Kind.N:
      case Kind.B:
        end = this.string(p, kind);
        break;
      case Kind.Bool:
        end = this.bool(p);
        break;
      case Kind.Null:
        // NULL false is not a NULL DynamoDB writes: the parse and the comparator decide.
        if (!s.startsWith('true', p)) return NOT_TAKEN;
        this.tape[this.record(Kind.Null, 0, 0) + 3] = this.size;
        end = p + 4;
        break;
      case Kind.Map:
        end = this.map(p, depth);
        break;
      case Kind.List:
      case Kind.SS:
      case Kind.NS:
      case Kind.BS:
        end = this.sequence(p, kind, depth);
        break;
      default:
        return NOT_TAKEN;
    }
    return end !== NOT_TAKEN && s.charCodeAt(end) === 125 /* } */ ? end + 1 : NOT_TAKEN;
  }

  private bool(i: number): number {
    const s = this.s;
    const yes = s.startsWith('true', i);
    if (!yes && !s.startsWith('false', i)) return NOT_TAKEN;
    this.tape[this.record(Kind.Bool, yes ? 1 : 0, 0) + 3] = this.size;
    return i + (yes ? 4 : 5);
  }

  /** A list at i: L's typed values, or a set's strings (kind SS, NS or BS); returns past its "]". */
  private sequence(i: number, kind: number, depth: number): number {
    const s = this.s;
    if (s.charCodeAt(i) !== 91 /* [ */ || depth > MAX_DEPTH) return NOT_TAKEN;
    const r = this.record(kind, 0, 0);
    let count = 0;
    i++;
    if (s.charCodeAt(i) !== 93 /* ] */) {
      for (;;) {
        i = kind === Kind.List ? this.value(i, depth + 1) : this.string(i, Kind.Str);
        if (i === NOT_TAKEN) return NOT_TAKEN;
        count++;
        const c = s.charCodeAt(i);
        if (c === 44 /* , */) {
          i++;
          continue;
        }
        if (c !== 93 /* ] */) return NOT_TAKEN;
        break;
      }
    }
    this.tape[r + 1] = count;
    this.tape[r + 3] = this.size;
    return i + 1;
  }
}
