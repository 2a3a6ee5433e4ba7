/**
 * AttributeValue (wire form, B/BS base64) to the file database's plain JSON
 * (DESIGN.md "Formats"): S string, N number with its exact digits, BOOL,
 * NULL null, M object, L array, SS/NS/BS sorted arrays, B base64. Pure.
 */
import type { WireItem, WireValue } from '../dynamo/wire.js';
import { childPath, indexPath } from './attribute-path.js';
import { compareDecimal, isExactInJs, JsonNumber, numberFromText, parseDecimal, writesBackAsIs } from './json-number.js';
import type { PlainObject, PlainValue } from './plain.js';

/** A value that is not valid DynamoDB JSON; path names where, never the value. */
export class ConversionError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path || '(item)'}: ${reason}`);
    this.name = 'ConversionError';
  }
}

/** Called once per number that JavaScript's Number() would change (the file keeps its digits). */
export type OnImprecise = (path: string) => void;

export function wireItemToPlain(item: WireItem, onImprecise: OnImprecise = () => {}): PlainObject {
  return new Converter(onImprecise).map(item);
}

/** One conversion; the attribute path is kept as a stack and only rendered for a warning or an error. */
class Converter {
  private readonly at: (string | number)[] = [];

  constructor(private readonly onImprecise: OnImprecise) {}

  map(m: WireItem): PlainObject {
    if (typeof m !== 'object' || m === null || Array.isArray(m)) this.fail('M is not a map');
    const out: PlainObject = {};
    for (const name of Object.keys(m)) {
      this.at.push(name);
      const value = this.value(m[name]!);
      this.at.pop();
      // A "__proto__" attribute must become a key, not the prototype.
      if (name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      else out[name] = value;
    }
    return out;
  }

  private value(v: WireValue): PlainValue {
    if (typeof v !== 'object' || v === null) this.fail('not an AttributeValue');
    let tag: string | undefined;
    let count = 0;
    for (const k in v) {
      if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
      tag = k;
      count++;
    }
    if (count !== 1) this.fail(`an AttributeValue has one type key, found ${count}`);
    const x = v as Record<string, unknown>;
    switch (tag) {
      case 'S':
        return this.expect<string>(x.S, 'string', 'S');
      case 'N':
        return this.number(this.expect<string>(x.N, 'string', 'N'));
      case 'BOOL':
        return this.expect<boolean>(x.BOOL, 'boolean', 'BOOL');
      case 'NULL':
        return null;
      case 'B':
        return this.expect<string>(x.B, 'string', 'B');
      case 'M':
        return this.map(x.M as WireItem);
      case 'L': {
        if (!Array.isArray(x.L)) this.fail('L is not a list');
        return this.elements(x.L as unknown[], (e) => this.value(e as WireValue));
      }
      case 'SS':
        return this.strings(x.SS, 'SS').sort(byCodeUnits);
      case 'BS':
        return this.strings(x.BS, 'BS').sort(byBytes);
      case 'NS': {
        const texts = this.strings(x.NS, 'NS');
        for (const t of texts) if (!parseDecimal(t)) this.fail('NS holds a value that is not a number');
        return this.elements(texts.sort(compareDecimal), (t) => this.number(t));
      }
      default:
        return this.fail(`unknown AttributeValue type ${tag ?? ''}`);
    }
  }

  private elements<T>(list: T[], convert: (e: T) => PlainValue): PlainValue[] {
    const out: PlainValue[] = new Array<PlainValue>(list.length);
    for (let i = 0; i < list.length; i++) {
      this.at.push(i);
      out[i] = convert(list[i]!);
      this.at.pop();
    }
    return out;
  }

  private number(text: string): PlainValue {
    const exact = exactNumber(text);
    if (exact !== undefined) return exact;
    if (!parseDecimal(text)) this.fail('N is not a number');
    this.onImprecise(this.path());
    return numberFromText(text);
  }

  private expect<T>(v: unknown, type: string, tag: string): T {
    if (typeof v !== type) this.fail(`${tag} is not a ${type}`);
    return v as T;
  }

  private strings(v: unknown, tag: string): string[] {
    if (!Array.isArray(v) || v.some((e) => typeof e !== 'string')) this.fail(`${tag} is not a list of strings`);
    return [...(v as string[])];
  }

  private path(): string {
    let p = '';
    for (const k of this.at) p = typeof k === 'number' ? indexPath(p, k) : childPath(p, k);
    return p;
  }

  private fail(reason: string): never {
    throw new ConversionError(this.path(), reason);
  }
}

/**
 * An N's value when it is a number JavaScript keeps exactly (a number, or a
 * JsonNumber keeping its digits); undefined when it is not a number or
 * JavaScript would round it (the converter then fails, or reports it).
 */
export function exactNumber(text: string): PlainValue | undefined {
  // The usual case, cheaply: JavaScript writes this very text back, so it is exact (known from the characters, or by writing it).
  if (writesBackAsIs(text, 0, text.length)) return Number(text);
  // Zeros ending a fraction ("30.30", "0.00"): the value of the text without them, which JavaScript writes back as it is, so
  // exact; the text is a JSON number, kept as its digits (what the checks below find, without their regular expressions).
  if (text.charCodeAt(text.length - 1) === 48 /* 0 */) {
    const dot = text.indexOf('.');
    if (dot !== -1) {
      let end = text.length;
      while (end > dot + 1 && text.charCodeAt(end - 1) === 48) end--;
      if (writesBackAsIs(text, 0, end === dot + 1 ? dot : end)) return new JsonNumber(text);
    }
  }
  const n = Number(text);
  if (Number.isFinite(n) && String(n) === text) return n;
  if (!parseDecimal(text) || !isExactInJs(text)) return undefined;
  return numberFromText(text);
}

/** The order of SS (by UTF-16 code units) and BS (by bytes) as the file holds them. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'base64'), Buffer.from(b, 'base64'));
}
