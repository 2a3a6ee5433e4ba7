/**
 * Which reference item each unmatched item without an id is, pure. The
 * rollback's report names such items only by their place (the migration
 * backup, or the collection file before the rollback, and a position), so
 * to take the report's word for them verify must first find which is
 * which: a missing generated id's backup item (the one it equals under the
 * rules), an extra file item's place before the rollback (equal as it is).
 */
import type { WireItem } from '../dynamo/wire.js';
import { compareWithRules, type RuleSet } from './migration-rules.js';
import { JsonNumber, JsonObject, type RawJson } from './raw-json.js';
import type { KeylessRef, References } from './references.js';

/** Where an item without an id (in the file, or missing from it under a generated id) was in a reference. */
export interface KeylessOrigin {
  /** As verify shows it: the generated id, or `(no id: item N)`. */
  id: string;
  from: KeylessRef['from'];
  position: number;
  /** The reference's item there: what the report's digest for that place is of. */
  ref: JsonObject;
}

/** Each place is taken once, by the first item that fits it. `ctx`: the check's references and rules (collection-check.ts's CheckContext). */
export function keylessOrigins(
  check: { missing: readonly { id: string; item: WireItem }[]; extra: readonly { id: string; item: JsonObject }[] },
  ctx: { refs: References; rules: RuleSet },
): KeylessOrigin[] {
  const out: KeylessOrigin[] = [];
  const used = new Set<KeylessRef>();
  const take = (id: string, pick: (r: KeylessRef) => boolean) => {
    const r = ctx.refs.keylessAt.find((x) => !used.has(x) && pick(x));
    if (!r) return;
    used.add(r);
    out.push({ id, from: r.from, position: r.position, ref: r.item });
  };
  for (const m of check.missing)
    take(m.id, (r) => r.from === 'backup' && compareWithRules(r.item, m.item, [r.item], ctx.rules).paths.length === 0);
  for (const e of check.extra) take(e.id, (r) => r.from === 'before' && sameRaw(r.item, e.item));
  return out;
}

/** Deep equality of two parsed values, numbers by their text (the file before and after the rollback write the same digits). */
function sameRaw(a: RawJson, b: RawJson): boolean {
  if (a instanceof JsonNumber) return b instanceof JsonNumber && a.text === b.text;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameRaw(x, b[i]!));
  if (a instanceof JsonObject) {
    if (!(b instanceof JsonObject) || a.entries.size !== b.entries.size) return false;
    for (const [k, v] of a.entries) if (!b.entries.has(k) || !sameRaw(v, b.entries.get(k)!)) return false;
    return true;
  }
  return a === b;
}
