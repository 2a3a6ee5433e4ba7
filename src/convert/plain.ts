/**
 * The file database's item form: plain JSON values, except that a number
 * whose exact digits JavaScript would not reproduce is held as a JsonNumber
 * (its decimal text), so writing it back keeps every digit.
 */
import type { JsonNumber } from './json-number.js';

export type PlainValue = null | boolean | number | string | JsonNumber | PlainValue[] | PlainObject;

export interface PlainObject {
  [key: string]: PlainValue;
}

export function isPlainObject(v: unknown): v is PlainObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}
