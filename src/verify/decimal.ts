/**
 * Decimal numbers compared by value, from their text: `1`, `1.0`, `1e0` and
 * `10e-1` are one number. Works on the digits themselves (no float), so
 * 38-digit DynamoDB numbers compare exactly.
 */

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * The canonical text of a decimal: `0`, or `[-]<digits>e<exponent>` where
 * digits has no leading or trailing zeros and value = digits × 10^exponent.
 * Returns null for text that is not a decimal number.
 */
export function canonicalDecimal(text: string): string | null {
  // Most numbers are plain integers: their canonical text is known without the pattern.
  if (plainInteger(text)) return `${text}e0`;
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const [, sign = '', intPart = '', fracPart = '', expPart] = m;
  if (intPart === '' && fracPart === '') return null;
  let digits = intPart + fracPart;
  let exponent = (expPart === undefined ? 0 : Number(expPart)) - fracPart.length;
  if (!Number.isSafeInteger(exponent)) return null;
  digits = digits.replace(/^0+/, '');
  if (digits === '') return '0';
  const trailing = /0+$/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(0, digits.length - trailing);
  exponent += trailing;
  return `${sign === '-' ? '-' : ''}${digits}e${exponent}`;
}

/** -?[1-9][0-9]* not ending in 0: digits without leading or trailing zeros, exponent 0. */
function plainInteger(text: string): boolean {
  const n = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  if (i >= n) return false;
  const first = text.charCodeAt(i);
  if (first < 49 || first > 57) return false;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text.charCodeAt(n - 1) !== 48;
}

/** A decimal canonicalDecimal always takes (digits, perhaps a sign and a fraction): equal texts of it are the same value. */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** True when both texts are decimals of the same value. */
export function sameDecimal(a: string, b: string): boolean {
  // Most numbers compared are written alike on both sides: no need to canonicalise them.
  if (a === b && PLAIN_DECIMAL.test(a)) return true;
  const ca = canonicalDecimal(a);
  return ca !== null && ca === canonicalDecimal(b);
}
