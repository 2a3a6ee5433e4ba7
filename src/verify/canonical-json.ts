/**
 * verify's own printer of the canonical form the rollback report's digests
 * of items without an id are taken over (docs/formats.md, "The canonical
 * form"): keys sorted by UTF-16 code unit, numbers as their source digits,
 * strings as JSON.stringify writes them, arrays in order, no whitespace.
 * Over verify's parser's values (and an export item, as the file would hold
 * it), never the rollback's code: the two printers are checked to agree.
 * Pure.
 */
import { createHash } from 'node:crypto';
import type { WireItem, WireValue } from '../dynamo/wire.js';
import { JsonNumber, JsonObject, type RawJson } from './raw-json.js';

export function canonicalRaw(v: RawJson): string {
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof JsonNumber) return v.text;
  if (Array.isArray(v)) return `[${v.map(canonicalRaw).join(',')}]`;
  // Map keys are unique (the parser keeps the last of a repeated key); sort() orders by UTF-16 code units.
  const keys = [...v.entries.keys()].sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalRaw(v.entries.get(k)!)}`).join(',')}}`;
}

/** SHA-256 of the canonical text's UTF-8 bytes, 64 lowercase hex digits. */
export function rawDigest(v: RawJson): string {
  return createHash('sha256').update(canonicalRaw(v), 'utf8').digest('hex');
}

/**
 * An export item as the file would hold it, for its digest: only where that
 * is one value (no sets or binary, whose file form a digest cannot guess);
 * null otherwise. N is DynamoDB's text of the number, so a file that wrote
 * other digits for it (1.50 for 1.5) does not match: accepting less, never
 * more.
 */
export function wireAsRaw(item: WireItem): JsonObject | null {
  const out = new JsonObject();
  for (const [k, v] of Object.entries(item)) {
    const raw = valueAsRaw(v);
    if (raw === undefined) return null;
    out.entries.set(k, raw);
  }
  return out;
}

function valueAsRaw(v: WireValue): RawJson | undefined {
  if ('S' in v) return v.S;
  if ('N' in v) return new JsonNumber(v.N);
  if ('BOOL' in v) return v.BOOL;
  if ('NULL' in v) return null;
  if ('L' in v) {
    const out: RawJson[] = [];
    for (const x of v.L) {
      const r = valueAsRaw(x);
      if (r === undefined) return undefined;
      out.push(r);
    }
    return out;
  }
  if ('M' in v) return wireAsRaw(v.M) ?? undefined;
  return undefined;
}
