/**
 * DynamoDB does not keep attribute order, so an item from the export would
 * land in the file with its keys shuffled and every changed item would be a
 * noisy diff. orderLike gives it the key order of a reference (the same item
 * as the file had it, or another item of the collection), new keys after,
 * alphabetically. Pure; the value is unchanged but for key order.
 */
import { isPlainObject, type PlainObject, type PlainValue } from './plain.js';

export function orderLike(value: PlainValue, reference: PlainValue | undefined): PlainValue {
  if (Array.isArray(value)) {
    const refs = Array.isArray(reference) ? reference : [];
    return value.map((v, i) => orderLike(v, refs[i] ?? refs[0]));
  }
  if (!isPlainObject(value)) return value;
  const ref = isPlainObject(reference) ? reference : undefined;
  const keys = Object.keys(value);
  const refKeys = ref ? Object.keys(ref).filter((k) => Object.prototype.hasOwnProperty.call(value, k)) : [];
  const known = new Set(refKeys);
  const rest = keys.filter((k) => !known.has(k)).sort(ref ? byCodeUnits : idFirst);
  const out: PlainObject = {};
  for (const k of [...refKeys, ...rest]) {
    Object.defineProperty(out, k, {
      value: orderLike(value[k] as PlainValue, ref?.[k]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** With nothing to follow: id first, then alphabetical. */
function idFirst(a: string, b: string): number {
  if (a === 'id') return -1;
  if (b === 'id') return 1;
  return byCodeUnits(a, b);
}
