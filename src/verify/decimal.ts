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

/** True when both texts are decimals of the same value. */
export function sameDecimal(a: string, b: string): boolean {
  const ca = canonicalDecimal(a);
  return ca !== null && ca === canonicalDecimal(b);
}
