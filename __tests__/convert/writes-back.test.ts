import { isDeepStrictEqual } from 'node:util';
import { exactNumber, wireItemToPlain } from '../../src/convert/attribute.js';
import { isExactInJs, JsonNumber, numberFromText, parseDecimal, writesBackAsIs } from '../../src/convert/json-number.js';
import { JsonArrayScanner } from '../../src/convert/json-array-stream.js';

/** What the fast check stands in for: JavaScript writes the number back as these very characters. */
const slow = (t: string) => {
  const n = Number(t);
  return Number.isFinite(n) && String(n) === t && JSON.stringify(n) === t;
};
const fast = (t: string) => writesBackAsIs(`[${t},`, 1, t.length + 1);

/** Small seeded PRNG so the random cases are the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('writesBackAsIs: numbers known from their characters to be written back as they are', () => {
  it('takes plain decimals of up to 15 significant digits', () => {
    for (const t of ['0', '7', '-12', '1500', '0.25', '-0.5', '35.7919', '139.4729', '0.000001', '123456789012345', '99999999999999.9']) {
      expect([t, fast(t)]).toEqual([t, true]);
      expect(slow(t)).toBe(true);
    }
  });

  // Each is a guard: without it the check would say "as is" for a number JavaScript writes otherwise.
  it.each([
    ['-0', 'negative zero is written 0'],
    ['1.50', 'a fraction ending in zero'],
    ['10.0', 'a fraction of zeros'],
    ['0.0000001', 'smaller than 0.000001: written with an exponent'],
    ['-0.00000012', 'likewise, negative'],
    ['9007199254740993', '16 digits: rounded'],
    ['0.12345678901234567', '17 significant digits: rounded'],
    ['123456789012.345678', '18 significant digits with an integer part'],
    ['0.00000123456789012345678', '18 significant digits after the zeros'],
    ['1e5', 'an exponent'],
    ['1.5e3', 'an exponent after a fraction'],
    ['01', 'a leading zero'],
    ['.5', 'no integer part'],
    ['5.', 'no fraction digits'],
    ['+1', 'a plus sign'],
    ['-', 'a sign alone'],
    ['', 'nothing'],
  ])('refuses %s (%s)', (t) => {
    expect(slow(t)).toBe(false);
    expect(fast(t)).toBe(false);
  });

  it('never says "as is" for a number JavaScript writes otherwise (random decimals of every shape)', () => {
    const r = rng(22);
    const digits = (n: number, first = '0123456789') => {
      let s = first[Math.floor(r() * first.length)]!;
      for (let k = 1; k < n; k++) s += String(Math.floor(r() * 10));
      return s;
    };
    let accepted = 0;
    for (let k = 0; k < 200_000; k++) {
      const sign = r() < 0.3 ? '-' : '';
      const int = r() < 0.4 ? '0' : digits(1 + Math.floor(r() * 18), '123456789');
      const zeros = '0'.repeat(Math.floor(r() * 9));
      const frac = r() < 0.3 ? '' : `.${r() < 0.5 ? zeros : ''}${digits(1 + Math.floor(r() * 18))}`;
      const t = sign + int + frac;
      const f = fast(t);
      if (f !== slow(t) && f) throw new Error(`${t}: said "as is", but JavaScript writes ${String(Number(t))}`);
      if (f) accepted++;
    }
    // It is a fast path: most short numbers take it.
    expect(accepted).toBeGreaterThan(50_000);
  });

  it('keeps the conversion and the scan the same for numbers written two ways', () => {
    const paths: string[] = [];
    const plain = wireItemToPlain(
      {
        a: { N: '35.7919' },
        b: { N: '1.50' },
        c: { N: '9007199254740993' },
        d: { N: '-0' },
        e: { N: '0.0000001' },
        f: { N: '12' },
      },
      (p) => paths.push(p),
    );
    expect(plain).toEqual({
      a: 35.7919,
      b: new JsonNumber('1.50'),
      c: new JsonNumber('9007199254740993'),
      d: new JsonNumber('-0'),
      e: new JsonNumber('0.0000001'),
      f: 12,
    });
    expect(paths).toEqual(['c']);
    const flags = (text: string) => {
      const seen: boolean[] = [];
      const s = new JsonArrayScanner(
        () => {},
        (el) => seen.push(el.inexact),
      );
      s.write(text);
      s.end();
      return seen;
    };
    expect(flags('[{"x": 35.7919}, {"x": 0.0000001}, {"x": 10.0}, {"x": -0}, {"x": 0.25}]')).toEqual([false, true, true, true, false]);
    // A number cut by a chunk's end is judged whole.
    const cut = new JsonArrayScanner(
      () => {},
      (el) => expect([el.text, el.inexact]).toEqual(['{"x": 0.0000001}', true]),
    );
    cut.write('[{"x": 0.0000');
    cut.write('001}]');
    expect(cut.end()).toBe(1);
  });
});

describe('exactNumber: an N kept exactly, found from its characters where it can be', () => {
  /** The checks it stands in for: JavaScript writes it back; else a decimal it keeps exactly, as its digits. */
  const checked = (t: string) => {
    const n = Number(t);
    if (Number.isFinite(n) && String(n) === t) return n;
    if (!parseDecimal(t) || !isExactInJs(t)) return undefined;
    return numberFromText(t);
  };

  it.each([
    ['30.30', new JsonNumber('30.30')],
    ['0.00', new JsonNumber('0.00')],
    ['10.0', new JsonNumber('10.0')],
    ['35.990', new JsonNumber('35.990')],
    ['-2.500', new JsonNumber('-2.500')],
    ['-0.0', new JsonNumber('-0.0')], // "-0" is not written back as it is: the checks decide, the same way
    ['1.0e10', new JsonNumber('1.0e10')],
    ['00.0', new JsonNumber('0.0')], // not a JSON number: the checks give it another text
    [' 1.0', new JsonNumber('1.0')],
    ['0.0000001000', new JsonNumber('0.0000001000')],
    ['12345678901234567.0', undefined], // rounded: reported
    ['.0', new JsonNumber('0.0')],
    ['35.7919', 35.7919],
  ])('%s', (t, want) => {
    expect(exactNumber(t)).toEqual(want);
    expect(isDeepStrictEqual(exactNumber(t), checked(t))).toBe(true);
  });

  it('gives what the checks give, for random decimals with and without zeros ending them', () => {
    const r = rng(2200);
    for (let k = 0; k < 100_000; k++) {
      const int = r() < 0.3 ? '0' : r() < 0.1 ? '00' : String(Math.floor(r() * 10 ** Math.floor(r() * 19)));
      const frac =
        r() < 0.2 ? '' : `.${String(Math.floor(r() * 1e6)).padStart(Math.floor(r() * 9), '0')}${'0'.repeat(Math.floor(r() * 4))}`;
      const t = `${r() < 0.3 ? '-' : ''}${int}${frac}${r() < 0.05 ? 'e2' : ''}`;
      if (!isDeepStrictEqual(exactNumber(t), checked(t)))
        throw new Error(`${t}: ${String(exactNumber(t))}, the checks give ${String(checked(t))}`);
    }
  });
});
