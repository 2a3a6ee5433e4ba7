/**
 * A JSON array read piece by piece: the text is fed in chunks and each
 * element is handed over as soon as it is complete, so a collection file
 * never has to be one string (Node caps strings at about 512 MB; a million
 * items in the app's format is more) and its items can be compared and
 * dropped as they come. Each element's text is parsed by JSON.parse, or by
 * the exact parser when it holds a number JSON.parse would round (found
 * while scanning). Errors give line and column, never the text.
 */
import { type CanonicalId, nextBackslash, nextControl, type WrittenItem, writtenItemAt } from './canonical-item.js';
import { writesBackAsIs } from './json-number.js';
import { JsonTextError, parseJsonText, parseJsonTextExact } from './json-text.js';
import type { PlainValue } from './plain.js';

/** The file is valid JSON-so-far but not an array. */
export class NotAnArrayError extends Error {
  constructor(readonly found: string) {
    super(`expected a JSON array, found ${found}`);
    this.name = 'NotAnArrayError';
  }
}

type Phase = 'start' | 'first' | 'value' | 'after' | 'done';

/** One element as text, for a reader that parses only what it needs (scanner option raw). */
export interface RawElement {
  text: string;
  /** The text holds a number JSON.parse would round: parse() then keeps its digits. */
  inexact: boolean;
  /** Where the text is in the whole input, in UTF-8 bytes. */
  byteStart: number;
  byteLength: number;
  /** The element parsed (errors positioned in the whole input). */
  parse(): PlainValue;
  /** Set when the scan found the text to be the writer's form (scanner option written): its id, as canonicalItemId gives it. */
  written: CanonicalId | undefined;
}

/** An element the reader expects next, read before (e.g. the same item in another file): valid JSON, starting with "{". */
export interface ExpectedElement {
  text: string;
  /** Its inexact flag as the scanner found it then. */
  inexact: boolean;
}

const WS = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const NUMBER_CHAR = (c: number) => (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 101 || c === 69;

export class JsonArrayScanner {
  private buf = '';
  /** Next char of buf to look at. */
  private i = 0;
  /** Chars dropped from the front of buf so far, and line bookkeeping, for error positions. */
  private dropped = 0;
  private line = 1;
  private lineStartAbs = 0;
  private phase: Phase = 'start';
  // Inside a value:
  private inValue = false;
  private start = 0;
  private startLine = 1;
  private startCol = 1;
  private depth = 0;
  private inString = false;
  private escape = false;
  private primitive = false;
  private numStart = -1;
  private inexact = false;
  private count = 0;
  /** Raw mode: where the last element ended (index into buf) and the UTF-8 bytes before that point. */
  private lastEnd = 0;
  private lastEndByte = 0;
  /** Option written: where the next backslash and control character are in buf (-1: not looked for since buf changed). */
  private backslashAt = -1;
  private controlAt = -1;

  /**
   * raw: hand each element over as text instead of parsed (onItem is then
   * not called), with its byte position, so a caller can skip parsing an
   * element it recognises by its text and find it again in the file.
   * expect (raw mode): the element the caller expects next, asked as each
   * object element begins; when the text there starts with it, the scan
   * jumps over it (the same element, the same positions, the text handed
   * over being that very string) instead of going through it character by character.
   * written (raw mode): an object element (not the expected one) whose text
   * is the writer's form with an id is read by that grammar
   * (canonical-item.ts), which finds its end and id in one walk, instead of
   * being scanned character by character and walked again by the reader.
   */
  constructor(
    private readonly onItem: (value: PlainValue, index: number) => void,
    private readonly raw?: (element: RawElement, index: number) => void,
    private readonly expect?: () => ExpectedElement | undefined,
    private readonly written = false,
  ) {}

  write(text: string): void {
    // Keep only what is still needed: the value in progress, or nothing.
    const keep = this.inValue ? this.start : this.i;
    if (keep > 0) {
      if (this.raw) {
        this.lastEndByte += Buffer.byteLength(this.buf.slice(this.lastEnd, keep));
        this.lastEnd = 0;
      }
      this.buf = this.buf.slice(keep);
      this.dropped += keep;
      this.i -= keep;
      this.start -= keep;
      this.numStart = this.numStart >= keep ? this.numStart - keep : -1;
    }
    this.buf += text;
    this.backslashAt = -1;
    this.controlAt = -1;
    this.scan(false);
  }

  /** Call once the whole text has been written; throws when the array is not closed. */
  end(): number {
    this.scan(true);
    if (this.phase !== 'done') {
      if (this.phase === 'start') this.fail('unexpected end of JSON');
      this.fail('unexpected end of JSON: the array is not closed');
    }
    return this.count;
  }

  private scan(final: boolean): void {
    const s = this.buf;
    const n = s.length;
    while (this.i < n || (final && this.inValue && this.primitive)) {
      if (this.inValue) {
        if (!this.scanValue(s, n, final)) return;
        continue;
      }
      const c = s.charCodeAt(this.i);
      if (WS(c)) {
        this.step(c);
        continue;
      }
      switch (this.phase) {
        case 'start':
          if (c !== 91 /* [ */)
            throw new NotAnArrayError(
              c === 123
                ? 'object'
                : c === 34
                  ? 'string'
                  : c === 110
                    ? 'null'
                    : c === 116 || c === 102
                      ? 'boolean'
                      : NUMBER_CHAR(c)
                        ? 'number'
                        : 'something else',
            );
          this.step(c);
          this.phase = 'first';
          break;
        case 'first':
          if (c === 93 /* ] */) {
            this.step(c);
            this.phase = 'done';
          } else this.beginOrSkip(s, c);
          break;
        case 'value':
          this.beginOrSkip(s, c);
          break;
        case 'after':
          if (c === 44 /* , */) this.phase = 'value';
          else if (c === 93) this.phase = 'done';
          else this.fail('expected "," or "]"');
          this.step(c);
          break;
        case 'done':
          this.fail('unexpected text after the JSON value');
      }
    }
  }

  /** A value begins at this.i: the expected element, or one in the writer's form, jumped over; any other, scanned. */
  private beginOrSkip(s: string, c: number): void {
    if (c === 123) {
      const known = this.expect ? this.expect() : undefined;
      // A slice compared whole, not startsWith: V8's startsWith compares a long text character by character, many times slower.
      if (known !== undefined && s.slice(this.i, this.i + known.text.length) === known.text) {
        this.jump(s, known.text, known.inexact, undefined, undefined);
        return;
      }
      if (this.written && this.raw) {
        // Walked as the exact parse reads it: the flag is the walk's (a number JSON.parse would write another way), as the scan's would be.
        const found = writtenItemAt(s, this.i, true);
        if (found !== null && found.id !== null && this.clean(s, found.end)) {
          this.jump(s, s.slice(this.i, found.end), found.inexact, found.id, found);
          return;
        }
      }
    }
    this.beginValue(c);
  }

  /** What the scan of the complete value t at this.i would find: it ends where t ends, with its lines (counted, or the walk's) and flag. */
  private jump(s: string, t: string, inexact: boolean, id: CanonicalId | undefined, walked: WrittenItem | undefined): void {
    this.start = this.i;
    this.startLine = this.line;
    this.startCol = this.dropped + this.i - this.lineStartAbs + 1;
    if (walked !== undefined) {
      this.line += walked.lines;
      if (walked.lastLine !== -1) this.lineStartAbs = this.dropped + walked.lastLine + 1;
    } else
      for (let k = t.indexOf('\n'); k !== -1; k = t.indexOf('\n', k + 1)) {
        this.line++;
        this.lineStartAbs = this.dropped + this.start + k + 1;
      }
    this.i += t.length;
    this.inexact = inexact;
    this.finishValue(s, t, id);
  }

  /** No backslash and no control character in buf from this.i up to end (each next one found once per chunk, not per element). */
  private clean(s: string, end: number): boolean {
    if (this.backslashAt < this.i) this.backslashAt = nextBackslash(s, this.i);
    if (this.controlAt < this.i) this.controlAt = nextControl(s, this.i);
    return this.backslashAt >= end && this.controlAt >= end;
  }

  private beginValue(c: number): void {
    if (c === 93 || c === 44) this.fail('expected a value');
    this.inValue = true;
    this.start = this.i;
    this.startLine = this.line;
    this.startCol = this.dropped + this.i - this.lineStartAbs + 1;
    this.depth = 0;
    this.inString = false;
    this.escape = false;
    this.inexact = false;
    this.numStart = -1;
    this.primitive = c !== 123 && c !== 91 && c !== 34;
  }

  /** Advances through the value in progress; true once it is complete (and handed over). */
  private scanValue(s: string, n: number, final: boolean): boolean {
    if (this.primitive) return this.scanPrimitive(s, n, final);
    if (this.numStart !== -1) {
      // A number cut by the end of the last chunk.
      while (this.i < n && NUMBER_CHAR(s.charCodeAt(this.i))) this.i++;
      if (this.i === n && !final) return false;
      this.endNumber(s);
    }
    // The position and depth are kept in locals while scanning (written back on every way out): most of the text passes here.
    let i = this.i;
    if (i >= n) return false;
    if (this.inString) {
      if (this.escape) {
        this.escape = false;
        i++;
      }
      const end = this.stringEnd(s, i, n);
      if (end === -1) return false;
      i = end;
      this.inString = false;
      if (this.depth === 0) {
        this.i = i;
        return this.finishValue(s);
      }
    }
    let depth = this.depth;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 32) {
        i++; // indentation: most of a pretty-printed file
        continue;
      }
      if (c === 34) {
        // Jump to the closing quote: strings are most of the text.
        const end = this.stringEnd(s, i + 1, n);
        if (end === -1) {
          this.depth = depth;
          return false;
        }
        i = end;
        if (depth === 0) {
          this.i = i;
          this.depth = depth;
          return this.finishValue(s);
        }
        continue;
      }
      if (c === 10) {
        this.line++;
        this.lineStartAbs = this.dropped + i + 1;
      } else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        depth--;
        if (depth === 0) {
          this.i = i + 1;
          this.depth = depth;
          return this.finishValue(s);
        }
      } else if (c === 45 || (c >= 48 && c <= 57)) {
        const from = i;
        let j = from + 1;
        let odd = c === 45 && s.charCodeAt(j) === 48; // "-0" is not written back as such
        for (; j < n; j++) {
          const d = s.charCodeAt(j);
          if (d >= 48 && d <= 57) continue;
          if (d === 46 || d === 101 || d === 69) odd = true;
          else if (d !== 43 && d !== 45) break;
        }
        if (j === n && !final) {
          this.numStart = from;
          this.i = n;
          this.depth = depth;
          return false;
        }
        if ((odd || j - from >= 16) && !writesBackAsIs(s, from, j)) {
          const t = s.slice(from, j);
          if (JSON.stringify(Number(t)) !== t) this.inexact = true;
        }
        i = j;
        continue;
      }
      i++;
    }
    this.i = i;
    this.depth = depth;
    return false;
  }

  /**
   * The index after the closing quote of the string that continues at
   * from, or -1 when it goes on past the end of s: then the scan waits for
   * more text inside the string (this.escape: the text ends inside an escape).
   */
  private stringEnd(s: string, from: number, n: number): number {
    const q = this.closingQuote(s, from);
    if (q !== -1) return q + 1;
    let back = 0;
    while (back < n - from && s.charCodeAt(n - 1 - back) === 92) back++;
    this.escape = back % 2 === 1;
    this.inString = true;
    this.i = n;
    return -1;
  }

  /** A value that is not an object, array or string: up to the next comma, bracket or whitespace. */
  private scanPrimitive(s: string, n: number, final: boolean): boolean {
    while (this.i < n) {
      const c = s.charCodeAt(this.i);
      if (c === 44 || c === 93 || WS(c)) {
        if (this.numStart !== -1) this.endNumber(s);
        return this.finishValue(s);
      }
      if (this.numStart === -1 && (c === 45 || (c >= 48 && c <= 57))) this.numStart = this.i;
      this.i++;
    }
    if (final) {
      if (this.numStart !== -1) this.endNumber(s);
      return this.finishValue(s);
    }
    return false;
  }

  /** Index of the unescaped quote ending the string that continues at from, or -1 when it is not in s yet. */
  private closingQuote(s: string, from: number): number {
    for (let q = s.indexOf('"', from); q !== -1; q = s.indexOf('"', q + 1)) {
      let back = 0;
      while (q - 1 - back >= from && s.charCodeAt(q - 1 - back) === 92) back++;
      if (back % 2 === 0) return q;
    }
    return -1;
  }

  /** A number token ended: is it one JSON.stringify would not give back digit for digit? */
  private endNumber(s: string): void {
    const len = this.i - this.numStart;
    const negativeZero = s.charCodeAt(this.numStart) === 45 && s.charCodeAt(this.numStart + 1) === 48;
    if ((len >= 16 || negativeZero || /[.eE]/.test(s.slice(this.numStart, this.i))) && !writesBackAsIs(s, this.numStart, this.i)) {
      const t = s.slice(this.numStart, this.i);
      if (JSON.stringify(Number(t)) !== t) this.inexact = true;
    }
    this.numStart = -1;
  }

  private finishValue(s: string, known?: string, written?: CanonicalId): true {
    const text = known ?? s.slice(this.start, this.i);
    if (this.raw) {
      const byteStart = this.lastEndByte + Buffer.byteLength(s.slice(this.lastEnd, this.start));
      const byteLength = Buffer.byteLength(text);
      this.lastEnd = this.i;
      this.lastEndByte = byteStart + byteLength;
      this.inValue = false;
      this.phase = 'after';
      const { inexact, startLine, startCol } = this;
      this.raw(
        { text, inexact, byteStart, byteLength, parse: () => parseElement(text, inexact, startLine, startCol), written },
        this.count++,
      );
      return true;
    }
    const value = parseElement(text, this.inexact, this.startLine, this.startCol);
    this.inValue = false;
    this.phase = 'after';
    this.onItem(value, this.count++);
    return true;
  }

  /** Moves past one char outside any value. */
  private step(c: number): void {
    if (c === 10) {
      this.line++;
      this.lineStartAbs = this.dropped + this.i + 1;
    }
    this.i++;
  }

  private fail(reason: string): never {
    throw new JsonTextError(this.line, this.dropped + this.i - this.lineStartAbs + 1, reason);
  }
}

/** One element's text parsed: JSON.parse, or the exact parser when a number would be rounded; errors positioned in the whole input. */
function parseElement(text: string, inexact: boolean, startLine: number, startCol: number): PlainValue {
  try {
    return inexact ? parseJsonTextExact(text) : (JSON.parse(text) as PlainValue);
  } catch {
    try {
      parseJsonText(text);
    } catch (err) {
      if (err instanceof JsonTextError) {
        throw err.line === 1
          ? new JsonTextError(startLine, startCol + err.column - 1, err.reason)
          : new JsonTextError(startLine + err.line - 1, err.column, err.reason);
      }
      throw err;
    }
    throw new JsonTextError(startLine, startCol, 'not valid JSON');
  }
}
