/**
 * The rollback report's digests of its items without an id, checked, pure.
 * The report names such an item only by where it was (the migration
 * backup, or the file before the rollback, and a position), and gives a
 * digest of its content there. Where verify found the place in a reference
 * (keyless-origins.ts), the digest must agree: if not, the report (or the
 * reference) was changed, a failure. Where the reference is not here (a
 * finish job on a new runner has no snapshot; a backup on S3), an unmatched
 * item is taken for the report's only when verify's own digest of it equals
 * the digest the report gives for a place in that reference, each place
 * once. A report without digests changes nothing.
 */
import { rawDigest, wireAsRaw } from './canonical-json.js';
import type { UnmatchedKeyless } from './diff.js';
import type { KeylessOrigin } from './keyless-origins.js';
import type { KeylessRef } from './references.js';
import { keylessFrom, keylessLabel } from './rollback-report.js';

export interface KeylessByDigest {
  /** verify's name of the item: `(no id: item N)` in the file, or the generated id. */
  id: string;
  /** The report's name of it. */
  reportId: string;
  /** The reference that is not here. */
  absent: KeylessRef['from'];
}

export interface KeylessDigestCheck {
  /** verify's name -> the report's, for the accounting. */
  aliases: Map<string, string>;
  /** Taken for the report's item by the digest alone. */
  byDigest: KeylessByDigest[];
  /** Found in a reference whose content's digest is not the one the report gives there. */
  mismatches: Array<{ id: string; reportId: string }>;
  /** Unmatched items that no digest of an absent reference fits: still differences, but worth naming. */
  unrecognised: string[];
}

export interface KeylessDigestInput {
  origins: readonly KeylessOrigin[];
  unmatched: UnmatchedKeyless;
  /** The collection file as the report names it. */
  file: string | null;
  /** The report's digests: its name of an item -> sha256. */
  digests: ReadonlyMap<string, string>;
  /** The references verify read. */
  read: ReadonlySet<KeylessRef['from']>;
}

export function checkKeylessDigests(input: KeylessDigestInput): KeylessDigestCheck {
  const { origins, unmatched, file, digests, read } = input;
  const out: KeylessDigestCheck = { aliases: new Map(), byDigest: [], mismatches: [], unrecognised: [] };
  const taken = new Set<string>();
  for (const o of origins) {
    const label = keylessLabel(o.from, o.position, file);
    if (label === null) continue;
    const want = digests.get(label);
    taken.add(label);
    if (want !== undefined && rawDigest(o.ref) !== want) {
      out.mismatches.push({ id: o.id, reportId: label });
      continue;
    }
    out.aliases.set(o.id, label);
  }
  // Places of the report in references that are not here, not yet taken.
  const open = [...digests].filter(([label]) => !taken.has(label) && !read.has(keylessFrom(label)));
  if (open.length === 0) return out;
  const found = new Set(origins.map((o) => o.id));
  const take = (id: string, digest: string | null, places: 'any' | 'backup') => {
    const at = digest === null ? -1 : open.findIndex(([label, d]) => d === digest && (places === 'any' || keylessFrom(label) === 'backup'));
    if (at < 0) {
      out.unrecognised.push(id);
      return;
    }
    const [label] = open.splice(at, 1)[0]!;
    out.aliases.set(id, label);
    out.byDigest.push({ id, reportId: label, absent: keylessFrom(label) });
  };
  for (const e of unmatched.extra) if (!found.has(e.id)) take(e.id, rawDigest(e.item), 'any');
  for (const m of unmatched.missing) {
    if (found.has(m.id)) continue;
    const raw = wireAsRaw(m.item);
    // The report names an item the migration gave an id by its place in the backup.
    take(m.id, raw === null ? null : rawDigest(raw), 'backup');
  }
  return out;
}
