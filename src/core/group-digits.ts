/**
 * An integer with its thousands grouped as en-US writes it (12,345), without
 * Intl: a command's first toLocaleString loads the locale data, some 30 ms
 * of its start, for a comma. Anything but a safe integer (and -0, which
 * en-US writes "-0") is left to toLocaleString, so the text is the same.
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}
