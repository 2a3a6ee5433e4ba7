/**
 * Decimal numbers as text. DynamoDB numbers have up to 38 significant
 * digits; a JavaScript number has about 17. These helpers compare and
 * normalise decimal text exactly, without going through a double.
 */
import { ownCopy } from './own-copy.js';

/** A number kept as its decimal text because Number() would change it. */
export class JsonNumber {
  readonly text: string;
  constructor(text: string) {
    // Often cut from a longer text (an item's, a chunk's) and kept long after it (own-copy.ts).
    this.text = ownCopy(text);
  }
  toString(): string {
    return this.text;
  }
  /** Lets the serializer use the native JSON.stringify and notice when a value held one (see serialize.ts). */
  toJSON(): string {
    jsonNumberSeen = true;
    return this.text;
  }
}

let jsonNumberSeen = false;

/** Whether JSON.stringify met a JsonNumber since the last call. */
export function takeJsonNumberSeen(): boolean {
  const seen = jsonNumberSeen;
  jsonNumberSeen = false;
  return seen;
}

/** sign, significant digits (no leading or trailing zeros) and exponent: value = 0.digits x 10^(exp). */
export interface Decimal {
  negative: boolean;
  digits: string;
  /** Position of the decimal point relative to the first significant digit. */
  point: number;
}

const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Parses decimal text (DynamoDB N or a JSON number); null when it is not one. Zero has digits "". */
export function parseDecimal(text: string): Decimal | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  if (int.length + frac.length === 0) return null;
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  if (!Number.isSafeInteger(exp)) return null;
  const all = int + frac;
  const lead = all.search(/[1-9]/);
  if (lead === -1) return { negative: false, digits: '', point: 0 };
  const digits = all.slice(lead).replace(/0+$/, '');
  return { negative: m[1] === '-', digits, point: int.length - lead + exp };
}

/** One text per decimal value: "0", or "[-]0.<digits>e<point>". */
export function canonicalDecimal(text: string): string | null {
  const d = parseDecimal(text);
  if (!d) return null;
  if (d.digits === '') return '0';
  return `${d.negative ? '-' : ''}0.${d.digits}e${d.point}`;
}

/** Exact order of two decimal texts (both must parse). */
export function compareDecimal(a: string, b: string): number {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  if (!x || !y) throw new Error('compareDecimal: not a decimal');
  const sx = x.digits === '' ? 0 : x.negative ? -1 : 1;
  const sy = y.digits === '' ? 0 : y.negative ? -1 : 1;
  if (sx !== sy) return sx < sy ? -1 : 1;
  if (sx === 0) return 0;
  let mag: number;
  if (x.point !== y.point) mag = x.point < y.point ? -1 : 1;
  else {
    const len = Math.max(x.digits.length, y.digits.length);
    const dx = x.digits.padEnd(len, '0');
    const dy = y.digits.padEnd(len, '0');
    mag = dx === dy ? 0 : dx < dy ? -1 : 1;
  }
  return sx * mag;
}

/**
 * True only when JavaScript writes the number in s[from, to) back as those
 * very characters (String(Number(t)) === t, and so JSON.stringify), decided
 * from the characters without converting: a plain decimal ("-12", "0.25",
 * "35.7919") with at most 15 significant digits (every such decimal comes
 * back from a double as itself, and the shortest form is then its own
 * digits), no zero ending a fraction, no "-0", and at least 0.000001 in
 * size (smaller ones are written with an exponent). false says nothing:
 * the caller converts and compares as before.
 */
export function writesBackAsIs(s: string, from: number, to: number): boolean {
  let i = from;
  if (s.charCodeAt(i) === 45 /* - */) i++;
  const lead = s.charCodeAt(i);
  let digits = 0;
  if (lead === 48 /* 0 */) {
    i++;
    // "-0" alone is written back as "0".
    if (i === to) return i - from === 1;
  } else {
    if (lead < 49 || lead > 57) return false;
    for (; i < to; i++, digits++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
    }
    if (i === to) return digits <= 15;
  }
  if (s.charCodeAt(i) !== 46 /* . */ || i + 1 === to || s.charCodeAt(to - 1) === 48) return false;
  i++;
  if (digits === 0) {
    // 0.000001 is the smallest written without an exponent: at most five zeros before the first significant digit.
    const zeros = i;
    while (i < to && s.charCodeAt(i) === 48) i++;
    if (i - zeros > 5) return false;
  }
  for (; i < to; i++, digits++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return digits <= 15;
}

/** True when Number(text) has exactly the decimal value of text. */
export function isExactInJs(text: string): boolean {
  const n = Number(text);
  if (!Number.isFinite(n)) return false;
  return canonicalDecimal(String(n)) === canonicalDecimal(text);
}

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** The text as a valid JSON number with the same digits (".5" -> "0.5", "+1" -> "1"). */
export function toJsonNumberText(text: string): string {
  const t = text.trim();
  if (JSON_NUMBER.test(t)) return t;
  const m = DECIMAL.exec(t);
  if (!m) throw new Error('toJsonNumberText: not a decimal');
  const int = (m[2] ?? '').replace(/^0+(?=\d)/, '') || '0';
  const frac = m[3] ? `.${m[3]}` : '';
  const exp = m[4] === undefined ? '' : `e${m[4]}`;
  return `${m[1] === '-' ? '-' : ''}${int}${frac}${exp}`;
}

/**
 * The value a file should hold for decimal text: a plain number when
 * JSON.stringify would write back these very digits, else a JsonNumber.
 */
export function numberFromText(text: string): number | JsonNumber {
  const n = Number(text);
  if (Number.isFinite(n) && JSON.stringify(n) === text) return n;
  return new JsonNumber(toJsonNumberText(text));
}
