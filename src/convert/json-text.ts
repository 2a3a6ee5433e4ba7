/**
 * JSON text to plain values, keeping every number's digits. JSON.parse
 * turns 12345678901234567890 into 12345678901234567000; a file the app
 * wrote by hand or from DynamoDB may hold such numbers, so where one occurs
 * the text is parsed by a small exact parser instead (JsonNumber for those
 * numbers). Errors give line and column only: V8's messages quote the text,
 * which can be personal data.
 */
import { JsonNumber, numberFromText } from './json-number.js';
import type { PlainValue } from './plain.js';

export class JsonTextError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${reason} at line ${line}, column ${column}`);
    this.name = 'JsonTextError';
  }
}

const TOKENS = /"[^"\\]*(?:\\.[^"\\]*)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/** True when some number in the (valid) JSON text would not be written back with the same digits. */
export function hasInexactNumber(text: string): boolean {
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(text); m !== null; m = TOKENS.exec(text)) {
    const t = m[0];
    if (t.charCodeAt(0) === 34 /* " */) continue;
    if (t.length < 16 && /^-?[1-9]\d*$|^0$/.test(t)) continue;
    if (JSON.stringify(Number(t)) !== t) return true;
  }
  return false;
}

export function parseJsonText(text: string): PlainValue {
  let value: PlainValue;
  try {
    value = JSON.parse(text) as PlainValue;
  } catch {
    new ExactParser(text).parse();
    // The exact parser accepted what JSON.parse refused: report without detail rather than guess.
    throw new JsonTextError(1, 1, 'not valid JSON');
  }
  return hasInexactNumber(text) ? new ExactParser(text).parse() : value;
}

/** Parses with the exact parser only (JsonNumber where JSON.stringify would not give the digits back). */
export function parseJsonTextExact(text: string): PlainValue {
  return new ExactParser(text).parse();
}

class ExactParser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): PlainValue {
    this.ws();
    const v = this.value();
    this.ws();
    if (this.i < this.s.length) this.fail('unexpected text after the JSON value');
    return v;
  }

  private value(): PlainValue {
    const c = this.s.charCodeAt(this.i);
    if (c === 123 /* { */) return this.object();
    if (c === 91 /* [ */) return this.array();
    if (c === 34 /* " */) return this.string();
    if (c === 45 /* - */ || (c >= 48 && c <= 57)) return this.number();
    if (this.s.startsWith('true', this.i)) return ((this.i += 4), true);
    if (this.s.startsWith('false', this.i)) return ((this.i += 5), false);
    if (this.s.startsWith('null', this.i)) return ((this.i += 4), null);
    return this.fail(this.i >= this.s.length ? 'unexpected end of JSON' : 'unexpected character');
  }

  private object(): PlainValue {
    this.i++;
    const out: Record<string, PlainValue> = {};
    this.ws();
    if (this.s.charCodeAt(this.i) === 125) return (this.i++, out);
    for (;;) {
      this.ws();
      if (this.s.charCodeAt(this.i) !== 34) this.fail('expected a property name');
      const key = this.string();
      this.ws();
      if (this.s.charCodeAt(this.i) !== 58) this.fail('expected ":"');
      this.i++;
      this.ws();
      const v = this.value();
      if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
      this.ws();
      const c = this.s.charCodeAt(this.i);
      this.i++;
      if (c === 125) return out;
      if (c !== 44) this.fail('expected "," or "}"', -1);
    }
  }

  private array(): PlainValue {
    this.i++;
    const out: PlainValue[] = [];
    this.ws();
    if (this.s.charCodeAt(this.i) === 93) return (this.i++, out);
    for (;;) {
      this.ws();
      out.push(this.value());
      this.ws();
      const c = this.s.charCodeAt(this.i);
      this.i++;
      if (c === 93) return out;
      if (c !== 44) this.fail('expected "," or "]"', -1);
    }
  }

  private string(): string {
    const start = this.i;
    this.i++;
    for (;;) {
      const c = this.s.charCodeAt(this.i);
      if (Number.isNaN(c)) this.fail('unterminated string');
      if (c < 32) this.fail('control character in string');
      if (c === 92) this.i += 2;
      else if (c === 34) break;
      else this.i++;
    }
    this.i++;
    try {
      return JSON.parse(this.s.slice(start, this.i)) as string;
    } catch {
      return this.fail('bad escape in string', start - this.i);
    }
  }

  private number(): PlainValue {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = this.i;
    const hit = m.exec(this.s);
    if (!hit) return this.fail('malformed number');
    this.i += hit[0].length;
    const v = numberFromText(hit[0]);
    return v instanceof JsonNumber || typeof v === 'number' ? v : this.fail('malformed number');
  }

  private ws(): void {
    // Bounded: a read past the end (after the last value) would throw the compiled parse back to the interpreter.
    for (const n = this.s.length; this.i < n;) {
      const c = this.s.charCodeAt(this.i);
      if (c === 32 || c === 10 || c === 13 || c === 9) this.i++;
      else return;
    }
  }

  private fail(reason: string, offset = 0): never {
    const at = Math.max(0, Math.min(this.i + offset, this.s.length));
    let line = 1;
    let lineStart = 0;
    for (let k = this.s.indexOf('\n'); k !== -1 && k < at; k = this.s.indexOf('\n', k + 1)) {
      line++;
      lineStart = k + 1;
    }
    throw new JsonTextError(line, at - lineStart + 1, reason);
  }
}
