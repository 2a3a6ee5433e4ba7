/**
 * The report's digests of the items without an id it names: such an item
 * is named only by where it was (the migration backup, or the collection
 * file before the rollback, and its position), which verify cannot look up
 * once that place is gone (a finish job on a new runner has no snapshot).
 * A digest of its content lets verify recognise it all the same. Pure.
 */
import { contentDigest } from '../convert/canonical-json.js';
import type { PlainObject } from '../convert/plain.js';
import { idOfKey, isKeyless } from '../merge/identity.js';
import type { CollectionPlan, MergeInput } from '../merge/plan.js';

export interface KeylessDigest {
  /** The item as the report names it, e.g. `(no id: migration backup item 3)`. */
  id: string;
  /** contentDigest of the item at that place. */
  sha256: string;
}

/** One per item without an id that the plan's lists name, in the order they are first named. */
export function keylessDigests(input: MergeInput, plan: CollectionPlan): KeylessDigest[] {
  const items = new Map<string, PlainObject>();
  // A file-backed base reads back only these.
  for (const positions of input.base.keyless.values()) {
    for (const i of positions) {
      const key = input.base.keys.at(i);
      items.set(idOfKey(key), input.base.item(i));
    }
  }
  // The current file's items without an id that match no base item: kept by key, as the file held them.
  for (const [key, item] of input.ours.added) if (isKeyless(key)) items.set(idOfKey(key), item);
  if (items.size === 0) return [];
  const { lost } = plan;
  const named = [
    ...plan.fromFiles,
    ...plan.deletedByFiles,
    ...plan.restoredFromBackup,
    ...plan.deletedIds,
    ...lost.addedInExport,
    ...lost.changedInExport,
    ...lost.addedInFiles,
    ...lost.changedInFiles,
    ...plan.conflicts.map((c) => c.id),
  ];
  const out: KeylessDigest[] = [];
  const seen = new Set<string>();
  for (const id of named) {
    const item = items.get(id);
    if (item === undefined || seen.has(id)) continue;
    seen.add(id);
    out.push({ id, sha256: contentDigest(item) });
  }
  return out;
}
