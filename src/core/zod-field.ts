/** A zod issue as "field.path: what is wrong", naming the field, never echoing the value. */
import type { z } from 'zod';

export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  return `${field}: ${issue.message}`;
}
