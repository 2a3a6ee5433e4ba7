/**
 * The migration's timestamps on an item as DynamoDB holds it: updatedAt and
 * createdAt, an ISO string or epoch milliseconds, at the top level (where
 * the migration writes them). Pure.
 */
import type { WireItem, WireValue } from '../dynamo/wire.js';

const FIELDS = ['updatedAt', 'createdAt'] as const;

function timeOf(v: WireValue | undefined): number | null {
  if (v === undefined) return null;
  const t = 'S' in v ? Date.parse(v.S) : 'N' in v ? Number(v.N) : NaN;
  return Number.isFinite(t) ? t : null;
}

export interface ItemTimes {
  updatedAt: number | null;
  createdAt: number | null;
}

export function migrationTimes(item: WireItem): ItemTimes {
  const [updatedAt, createdAt] = FIELDS.map((f) => (Object.prototype.hasOwnProperty.call(item, f) ? timeOf(item[f]) : null));
  return { updatedAt: updatedAt ?? null, createdAt: createdAt ?? null };
}
