/**
 * A data-file line read straight to the file's form: {"Item":{...}} in the
 * compact form our export and DynamoDB's write, parsed and converted in one
 * pass, with no wire objects in between (they were most of the export's
 * reading time and garbage). The result is the one JSON.parse and
 * wireItemToPlain give, key order included (values are assigned as the
 * converter assigns them). Anything the pass does not take on gives
 * undefined and the caller parses the line as before, which then decides:
 * a backslash or control character anywhere (so a string is its characters
 * between two quotes, and JSON.parse would take it as they are), whitespace,
 * a type key it does not read or a second one, NULL other than true, an
 * attribute named __proto__, a number JavaScript would round (the converter
 * reports those), a line of any other shape. A value the pass cannot take,
 * even one JSON.parse would drop (the first of two same-named attributes),
 * sends the whole line to the parse. Pure.
 */
import { byBytes, byCodeUnits, exactNumber } from './attribute.js';
import { compareDecimal, parseDecimal } from './json-number.js';
import type { PlainObject, PlainValue } from './plain.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/;
const HEAD = '{"Item":';

/** Thrown inside the pass for what it does not take on; caught by wireLineToPlain. */
class NotTaken {}
const NOT_TAKEN = new NotTaken();

export function wireLineToPlain(line: string): PlainObject | undefined {
  if (!line.startsWith(HEAD) || line.indexOf('\\') !== -1 || CONTROL.test(line)) return undefined;
  const pass = new LinePass(line);
  try {
    const item = pass.map(HEAD.length);
    return pass.at === line.length - 1 && line.charCodeAt(pass.at) === 125 /* } */ ? item : undefined;
  } catch {
    // NOT_TAKEN, or nesting deeper than the stack: either way the parse decides.
    return undefined;
  }
}

class LinePass {
  /** The next character to read. */
  at = 0;

  constructor(private readonly s: string) {}

  /** An M's body at i ("{" name ":" value, ...): the object. */
  map(i: number): PlainObject {
    const s = this.s;
    this.expect(i, 123 /* { */);
    const out: PlainObject = {};
    if (s.charCodeAt(i + 1) === 125) {
      this.at = i + 2;
      return out;
    }
    this.at = i + 1;
    for (;;) {
      const name = this.string();
      // Assigned, it would set the prototype: the converter defines it; the parse decides.
      if (name === '__proto__') throw NOT_TAKEN;
      this.expect(this.at, 58 /* : */);
      out[name] = this.value(this.at + 1);
      const c = s.charCodeAt(this.at++);
      if (c === 125) return out;
      if (c !== 44 /* , */) throw NOT_TAKEN;
    }
  }

  /** An AttributeValue at i ({"<type>":<value>}): its plain value. */
  private value(i: number): PlainValue {
    this.expect(i, 123);
    this.at = i + 1;
    const tag = this.string();
    this.expect(this.at, 58);
    const v = this.ofType(tag, this.at + 1);
    // One type key only: a second one goes to the parse (JSON.parse keeps the last of two the same).
    this.expect(this.at, 125);
    this.at++;
    return v;
  }

  private ofType(tag: string, i: number): PlainValue {
    this.at = i;
    switch (tag) {
      case 'S':
      case 'B':
        return this.string();
      case 'N': {
        const v = exactNumber(this.string());
        if (v === undefined) throw NOT_TAKEN;
        return v;
      }
      case 'BOOL':
        if (this.s.startsWith('true', i)) return ((this.at = i + 4), true);
        if (this.s.startsWith('false', i)) return ((this.at = i + 5), false);
        throw NOT_TAKEN;
      case 'NULL':
        if (this.s.startsWith('true', i)) return ((this.at = i + 4), null);
        throw NOT_TAKEN;
      case 'M':
        return this.map(i);
      case 'L': {
        this.expect(i, 91 /* [ */);
        const out: PlainValue[] = [];
        if (this.s.charCodeAt(i + 1) === 93) {
          this.at = i + 2;
          return out;
        }
        this.at = i + 1;
        for (;;) {
          out.push(this.value(this.at));
          const c = this.s.charCodeAt(this.at++);
          if (c === 93 /* ] */) return out;
          if (c !== 44) throw NOT_TAKEN;
        }
      }
      case 'SS':
        return this.strings(i).sort(byCodeUnits);
      case 'BS':
        return this.strings(i).sort(byBytes);
      case 'NS': {
        const texts = this.strings(i);
        for (const t of texts) if (!parseDecimal(t)) throw NOT_TAKEN;
        texts.sort(compareDecimal);
        const out: PlainValue[] = new Array<PlainValue>(texts.length);
        for (let k = 0; k < texts.length; k++) {
          const v = exactNumber(texts[k]!);
          if (v === undefined) throw NOT_TAKEN;
          out[k] = v;
        }
        return out;
      }
      default:
        throw NOT_TAKEN;
    }
  }

  /** A list of strings at i. */
  private strings(i: number): string[] {
    this.expect(i, 91);
    const out: string[] = [];
    if (this.s.charCodeAt(i + 1) === 93) {
      this.at = i + 2;
      return out;
    }
    this.at = i + 1;
    for (;;) {
      out.push(this.string());
      const c = this.s.charCodeAt(this.at++);
      if (c === 93) return out;
      if (c !== 44) throw NOT_TAKEN;
    }
  }

  /** A string at this.at: its characters up to the next quote (the line holds no backslash). */
  private string(): string {
    const from = this.at;
    this.expect(from, 34 /* " */);
    const q = this.s.indexOf('"', from + 1);
    if (q === -1) throw NOT_TAKEN;
    this.at = q + 1;
    return this.s.slice(from + 1, q);
  }

  private expect(i: number, c: number): void {
    if (this.s.charCodeAt(i) !== c) throw NOT_TAKEN;
  }
}
