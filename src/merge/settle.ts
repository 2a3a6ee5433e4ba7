/**
 * How a conflict (both sides changed the same item differently) is settled:
 * prefer dynamodb, prefer file, or newest by `updatedAt`. With newest, an
 * item deleted on one side and changed on the other keeps the changed one
 * (a deletion has no time to compare, and keeping loses nothing); when
 * either `updatedAt` is missing or unreadable, or both are equal, DynamoDB's
 * version wins (it is what the app served last). Pure.
 */
import { JsonNumber } from '../convert/json-number.js';
import type { PlainObject, PlainValue } from '../convert/plain.js';

export type Prefer = 'dynamodb' | 'file' | 'newest';

export type ConflictKind =
  /** Both changed since the migration, differently. */
  | 'changed-both'
  /** Added on both sides (same id, different content). */
  | 'added-both'
  | 'changed-in-dynamodb-deleted-in-file'
  | 'deleted-in-dynamodb-changed-in-file';

export type SettleReason =
  'prefer-dynamodb' | 'prefer-file' | 'newer-updatedAt' | 'changed-beats-deleted' | 'same-updatedAt-dynamodb' | 'no-updatedAt-dynamodb';

export interface Settlement {
  took: 'dynamodb' | 'file';
  reason: SettleReason;
}

/** dynamodb/file: that side's version; undefined means it deleted the item. */
export function settle(dynamodb: PlainObject | undefined, file: PlainObject | undefined, prefer: Prefer): Settlement {
  if (prefer === 'dynamodb') return { took: 'dynamodb', reason: 'prefer-dynamodb' };
  if (prefer === 'file') return { took: 'file', reason: 'prefer-file' };
  if (!dynamodb) return { took: 'file', reason: 'changed-beats-deleted' };
  if (!file) return { took: 'dynamodb', reason: 'changed-beats-deleted' };
  const td = timeOf(dynamodb.updatedAt);
  const tf = timeOf(file.updatedAt);
  if (td === undefined || tf === undefined) return { took: 'dynamodb', reason: 'no-updatedAt-dynamodb' };
  if (td === tf) return { took: 'dynamodb', reason: 'same-updatedAt-dynamodb' };
  return { took: td > tf ? 'dynamodb' : 'file', reason: 'newer-updatedAt' };
}

/** Milliseconds (or the number itself) from an ISO date string or a number; undefined when unreadable. */
export function timeOf(v: PlainValue | undefined): number | undefined {
  let t: number;
  if (typeof v === 'string') t = Date.parse(v);
  else if (typeof v === 'number') t = v;
  else if (v instanceof JsonNumber) t = Number(v.text);
  else return undefined;
  return Number.isFinite(t) ? t : undefined;
}
