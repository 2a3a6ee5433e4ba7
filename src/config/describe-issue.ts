/**
 * One zod issue as a line an operator can act on: the field's path, what
 * it must be, and what the file holds instead (its kind, never its value).
 */
import type { z } from 'zod';

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (key: value)',
  record: 'a mapping (key: value)',
  array: 'a list',
};

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isFinite(value) ? (Number.isInteger(value) ? 'a whole number' : 'a fraction') : 'infinity';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

export function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === 'invalid_union') {
    // Name the failure of the form the value came closest to (an object's unknown key, not "expected text").
    const best = issue.errors
      .map((branch) => branch[0])
      .filter((x): x is z.core.$ZodIssue => x !== undefined)
      .sort((a, b) => b.path.length - a.path.length || Number(a.code === 'invalid_type') - Number(b.code === 'invalid_type'))[0];
    if (best) return describeIssue({ ...best, path: [...issue.path, ...best.path] } as z.core.$ZodIssue, data);
  }
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    return `${field === '(top level)' ? '' : `${field}: `}unknown key ${issue.keys.join(', ')}; remove or correct it`;
  }
  if (issue.code === 'invalid_key') {
    const parent = issue.path.slice(0, -1).map(String).join('.') || '(top level)';
    const key = String(issue.path[issue.path.length - 1]);
    return `${parent}: key ${JSON.stringify(key)}: ${issue.issues[0]?.message ?? issue.message}`;
  }
  if (issue.code === 'invalid_type') {
    const value = valueAt(data, issue.path);
    if (value === undefined) return `${field}: missing; add it (${EXPECTED[issue.expected] ?? issue.expected})`;
    const got = kindOf(value);
    if (issue.expected === 'int' && got === 'a whole number')
      return `${field}: expected a whole number no larger than ${Number.MAX_SAFE_INTEGER}`;
    return `${field}: expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${got}`;
  }
  if (issue.code === 'too_big') return `${field}: expected a number no larger than ${String(issue.maximum)}`;
  return `${field}: ${issue.message}`;
}
