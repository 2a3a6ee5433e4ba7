/**
 * canonicalItem's text (digest.ts) read straight from an item's DynamoDB
 * JSON, with no objects in between: a live scan's page is hashed item by
 * item, without JSON.parse of the page and the garbage of its objects.
 * Only the compact form the service writes is taken: no whitespace, no
 * backslash or control character anywhere (so a string is the characters
 * between its quotes), one type key per value, each name once, BOOL and
 * NULL as literals. Anything else gives undefined, and the caller parses
 * the text and takes canonicalItem of it, which then decides. Pure.
 */
import { b64, num, quoted, sortedList } from './digest.js';

// eslint-disable-next-line no-control-regex -- a control character sends the text to JSON.parse
const CONTROL = /[\u0000-\u001f]/;

/** Thrown inside the pass for what it does not take on. */
const NOT_TAKEN = new Error('not taken');

export function canonicalFromWire(text: string): string | undefined {
  if (text.indexOf('\\') !== -1 || CONTROL.test(text)) return undefined;
  const pass = new Pass(text);
  try {
    const out = pass.map(0);
    return pass.at === text.length ? out : undefined;
  } catch {
    // NOT_TAKEN, or nesting deeper than the stack: either way the parse decides.
    return undefined;
  }
}

class Pass {
  at = 0;

  constructor(private readonly s: string) {}

  /** A map at i ({ name: value, ... }): its canonical text; at is then past its "}". */
  map(i: number): string {
    const s = this.s;
    this.expect(i, 123 /* { */);
    const pairs: [string, string][] = [];
    if (s.charCodeAt(i + 1) === 125 /* } */) {
      this.at = i + 2;
      return '{}';
    }
    this.at = i + 1;
    for (;;) {
      const name = this.string();
      this.expect(this.at, 58 /* : */);
      pairs.push([name, this.value(this.at + 1)]);
      const c = s.charCodeAt(this.at);
      if (c === 44 /* , */) {
        this.at++;
        continue;
      }
      this.expect(this.at, 125 /* } */);
      this.at++;
      break;
    }
    if (pairs.length > 1) {
      pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      // JSON.parse keeps the last of a repeated name: the parse decides.
      for (let k = 1; k < pairs.length; k++) if (pairs[k]![0] === pairs[k - 1]![0]) throw NOT_TAKEN;
    }
    let out = '{';
    for (let k = 0; k < pairs.length; k++) out += `${k > 0 ? ',' : ''}${quoted(pairs[k]![0])}:${pairs[k]![1]}`;
    return `${out}}`;
  }

  /** A typed value at i ({"T": payload}): canonicalValue's text. */
  value(i: number): string {
    const s = this.s;
    this.expect(i, 123 /* { */);
    this.at = i + 1;
    const type = this.string();
    this.expect(this.at, 58 /* : */);
    const p = this.at + 1;
    let out: string;
    switch (type) {
      case 'S':
        this.at = p;
        out = `S${quoted(this.string())}`;
        break;
      case 'N':
        this.at = p;
        out = `N${num(this.string())}`;
        break;
      case 'B':
        this.at = p;
        out = `B${b64(this.string())}`;
        break;
      case 'BOOL':
        out = this.literal(p, 'true') ? 'T' : this.literal(p, 'false') ? 'F' : fail();
        break;
      case 'NULL':
        out = this.literal(p, 'true') ? 'Z' : fail();
        break;
      case 'SS':
        out = `SS${sortedList(this.strings(p).map(quoted))}`;
        break;
      case 'NS':
        out = `NS${sortedList(this.strings(p).map(num))}`;
        break;
      case 'BS':
        out = `BS${sortedList(this.strings(p).map(b64))}`;
        break;
      case 'M':
        out = `M${this.map(p)}`;
        break;
      case 'L': {
        this.expect(p, 91 /* [ */);
        out = 'L[';
        if (s.charCodeAt(p + 1) === 93 /* ] */) this.at = p + 2;
        else {
          this.at = p + 1;
          for (let k = 0; ; k++) {
            out += (k > 0 ? ',' : '') + this.value(this.at);
            if (s.charCodeAt(this.at) === 44 /* , */) {
              this.at++;
              continue;
            }
            this.expect(this.at, 93 /* ] */);
            this.at++;
            break;
          }
        }
        out += ']';
        break;
      }
      default:
        return fail();
    }
    // One type key only: a second would be canonicalValue's choice to make.
    this.expect(this.at, 125 /* } */);
    this.at++;
    return out;
  }

  /** A list of strings at i: the strings; at is then past its "]". */
  private strings(i: number): string[] {
    this.expect(i, 91 /* [ */);
    const out: string[] = [];
    if (this.s.charCodeAt(i + 1) === 93 /* ] */) {
      this.at = i + 2;
      return out;
    }
    this.at = i + 1;
    for (;;) {
      out.push(this.string());
      const c = this.s.charCodeAt(this.at);
      if (c === 44 /* , */) {
        this.at++;
        continue;
      }
      this.expect(this.at, 93 /* ] */);
      this.at++;
      return out;
    }
  }

  /** The string whose quote is at `at` (no backslash in the text: its characters as they are); at is then past it. */
  private string(): string {
    const s = this.s;
    this.expect(this.at, 34 /* " */);
    const end = s.indexOf('"', this.at + 1);
    if (end === -1) throw NOT_TAKEN;
    const out = s.slice(this.at + 1, end);
    this.at = end + 1;
    return out;
  }

  private literal(i: number, word: string): boolean {
    if (!this.s.startsWith(word, i)) return false;
    this.at = i + word.length;
    return true;
  }

  private expect(i: number, code: number): void {
    if (this.s.charCodeAt(i) !== code) throw NOT_TAKEN;
  }
}

function fail(): never {
  throw NOT_TAKEN;
}
