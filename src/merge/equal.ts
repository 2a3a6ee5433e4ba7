/**
 * Deep equality of plain values as the merge sees them: object key order
 * does not matter, array order does, numbers are equal by decimal value
 * (1.5, 1.50 and a 38-digit JsonNumber compare exactly). Pure.
 */
import { canonicalDecimal, JsonNumber } from '../convert/json-number.js';
import type { PlainValue } from '../convert/plain.js';

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export function deepEqual(a: PlainValue | undefined, b: PlainValue | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  const na = typeof a === 'number' || a instanceof JsonNumber;
  const nb = typeof b === 'number' || b instanceof JsonNumber;
  if (na || nb) {
    if (!(na && nb)) return false;
    if (typeof a === 'number' && typeof b === 'number') return false; // === failed above (NaN never occurs in JSON)
    return canonicalDecimal(String(a)) === canonicalDecimal(String(b));
  }
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!hasOwn(b, k) || !deepEqual(a[k], b[k])) return false;
  }
  return true;
}
