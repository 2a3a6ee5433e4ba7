/**
 * deepEqual (equal.ts) of an item and JSON.parse of a text, without the
 * parse: the base item's text against the export's version of it, which
 * is most often the same item. true only when the text is JSON that
 * JSON.parse reads to a value deepEqual finds equal; false when it is not,
 * or when this walk cannot tell (an escape in a string, a repeated key, a
 * JsonNumber, a number JSON.parse rounds): the caller then parses and
 * compares as before. Pure; allocates nothing for most items.
 */
import type { PlainObject, PlainValue } from '../convert/plain.js';

/** Thrown inside the walk for "not equal, or cannot tell". */
const UNSURE = new Error('unsure');

export function equalsText(value: PlainObject, text: string): boolean {
  const w = new Walk(text);
  try {
    w.value(w.ws(0), value, 0);
    return w.ws(w.at) === text.length;
  } catch {
    // UNSURE, or nesting deeper than the stack: the parse decides.
    return false;
  }
}

const MAX_DEPTH = 64;
/** Powers of ten a double holds exactly: digits / 10^k is then the correctly rounded value (what Number() gives). */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

class Walk {
  at = 0;

  constructor(private readonly s: string) {}

  /** Past any JSON whitespace from i. */
  ws(i: number): number {
    const s = this.s;
    for (;;) {
      const c = i < s.length ? s.charCodeAt(i) : -1;
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return i;
      i++;
    }
  }

  private code(i: number): number {
    return i < this.s.length ? this.s.charCodeAt(i) : -1;
  }

  /** The value at i equals v; at is then past it. */
  value(i: number, v: PlainValue, depth: number): void {
    const c = this.code(i);
    if (c === 123 /* { */) return this.object(i, v, depth);
    if (c === 91 /* [ */) return this.array(i, v, depth);
    if (c === 34 /* " */) {
      if (typeof v !== 'string') throw UNSURE;
      this.at = this.string(i, v);
      return;
    }
    if (c === 116 /* t */) return this.literal(i, 'true', v === true);
    if (c === 102 /* f */) return this.literal(i, 'false', v === false);
    if (c === 110 /* n */) return this.literal(i, 'null', v === null);
    if (typeof v !== 'number') throw UNSURE;
    this.at = this.number(i, v);
  }

  private literal(i: number, word: string, same: boolean): void {
    if (!same || !this.s.startsWith(word, i)) throw UNSURE;
    this.at = i + word.length;
  }

  /** A string at i with no escape, its characters those of v; returns past its closing quote. */
  private string(i: number, v: string): number {
    const s = this.s;
    const end = i + 1 + v.length;
    if (this.code(end) !== 34) throw UNSURE;
    for (let k = 0; k < v.length; k++) {
      const c = s.charCodeAt(i + 1 + k);
      // A quote would end the string; a control character is not JSON raw; a backslash starts an escape this walk does not decode.
      if (c !== v.charCodeAt(k) || c < 32 || c === 34 || c === 92) throw UNSURE;
    }
    return end + 1;
  }

  /** A number at i in JSON's grammar whose JSON.parse value is v; returns past it. */
  private number(i: number, v: number): number {
    const s = this.s;
    const start = i;
    let negative = false;
    if (this.code(i) === 45 /* - */) {
      negative = true;
      i++;
    }
    let digits = 0;
    let count = 0;
    const first = i;
    for (let c = this.code(i); c >= 48 && c <= 57; c = this.code(++i)) {
      digits = digits * 10 + (c - 48);
      count++;
    }
    if (i === first || (i - first > 1 && s.charCodeAt(first) === 48)) throw UNSURE;
    let fraction = 0;
    if (this.code(i) === 46 /* . */) {
      const from = ++i;
      for (let c = this.code(i); c >= 48 && c <= 57; c = this.code(++i)) {
        digits = digits * 10 + (c - 48);
        count++;
      }
      fraction = i - from;
      if (fraction === 0) throw UNSURE;
    }
    let read: number;
    const c = this.code(i);
    if (c === 101 || c === 69 /* e E */) {
      i++;
      if (this.code(i) === 43 || this.code(i) === 45) i++;
      const from = i;
      while (this.code(i) >= 48 && this.code(i) <= 57) i++;
      if (i === from) throw UNSURE;
      read = Number(s.slice(start, i));
    } else if (count <= 15 && fraction < POW10.length) {
      // Exact digits and an exact power of ten: one correctly rounded division, as Number() reads it.
      read = digits / POW10[fraction]!;
      if (negative) read = -read;
    } else read = Number(s.slice(start, i));
    if (read !== v) throw UNSURE;
    return i;
  }

  private array(i: number, v: PlainValue, depth: number): void {
    if (!Array.isArray(v) || depth > MAX_DEPTH) throw UNSURE;
    i = this.ws(i + 1);
    if (this.code(i) === 93 /* ] */) {
      if (v.length !== 0) throw UNSURE;
      this.at = i + 1;
      return;
    }
    for (let k = 0; ; k++) {
      if (k >= v.length) throw UNSURE;
      this.value(i, v[k]!, depth + 1);
      i = this.ws(this.at);
      const c = this.code(i);
      if (c === 44 /* , */) {
        i = this.ws(i + 1);
        continue;
      }
      if (c !== 93 || k !== v.length - 1) throw UNSURE;
      this.at = i + 1;
      return;
    }
  }

  /** An object with exactly v's keys, each once, in any order. */
  private object(i: number, v: PlainValue, depth: number): void {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype || depth > MAX_DEPTH) {
      throw UNSURE;
    }
    const o = v as PlainObject;
    const keys = Object.keys(o);
    const n = keys.length;
    i = this.ws(i + 1);
    if (this.code(i) === 125 /* } */) {
      if (n !== 0) throw UNSURE;
      this.at = i + 1;
      return;
    }
    const found = n > 30 ? new Uint8Array(n) : null;
    let bits = 0;
    let from = 0;
    for (let left = n; ; left--) {
      if (left === 0 || this.code(i) !== 34) throw UNSURE;
      // The key at i: the first of v's keys not met yet whose text is there, looked for from where the last one was.
      let j = from;
      for (let tried = 0; ; tried++) {
        if (tried === n) throw UNSURE;
        const met = found ? found[j] === 1 : (bits & (1 << j)) !== 0;
        if (!met && this.keyAt(i, keys[j]!)) break;
        if (++j === n) j = 0;
      }
      if (found) found[j] = 1;
      else bits |= 1 << j;
      from = j + 1 === n ? 0 : j + 1;
      i = this.ws(i + keys[j]!.length + 2);
      if (this.code(i) !== 58 /* : */) throw UNSURE;
      this.value(this.ws(i + 1), o[keys[j]!]!, depth + 1);
      i = this.ws(this.at);
      const c = this.code(i);
      if (c === 44 /* , */) {
        i = this.ws(i + 1);
        continue;
      }
      // A repeated key would have matched no key left (above); so all n keys are met here exactly when left is 1.
      if (c !== 125 || left !== 1) throw UNSURE;
      this.at = i + 1;
      return;
    }
  }

  /** Whether the string at i is exactly the key, unescaped. */
  private keyAt(i: number, key: string): boolean {
    if (this.code(i + 1 + key.length) !== 34) return false;
    const s = this.s;
    for (let k = 0; k < key.length; k++) {
      const c = s.charCodeAt(i + 1 + k);
      if (c !== key.charCodeAt(k) || c < 32 || c === 34 || c === 92) return false;
    }
    return true;
  }
}
