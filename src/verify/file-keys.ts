/**
 * verify's own reading of a collection's settings (config `tables` long
 * form): the export item's `id` attribute is the one named there, and the
 * attributes the migration added (`drop`) are expected absent from the
 * file. Pure.
 */
import type { WireItem } from '../dynamo/wire.js';

export interface FileKeys {
  /** The export attribute that is the file's `id`. */
  id: string;
  /** Export attributes the file must not hold. */
  drop: readonly string[];
}

export const PLAIN_KEYS: FileKeys = { id: 'id', drop: [] };

/**
 * The export item as the file must hold it: `id` from keys.id (the export's
 * own `id` attribute, if any, is then not the file's, and an item lacking
 * keys.id has no id), drop removed. The id attribute itself is never
 * dropped. dropped: how many attributes went.
 */
export function fileShapeOf(item: WireItem, keys: FileKeys): { item: WireItem; dropped: number } {
  if (keys.id === 'id' && keys.drop.length === 0) return { item, dropped: 0 };
  const out: WireItem = {};
  let dropped = 0;
  for (const k of Object.keys(item)) {
    if (k === keys.id) define(out, 'id', item[k]!);
    else if (k === 'id') continue;
    else if (keys.drop.includes(k)) dropped++;
    else define(out, k, item[k]!);
  }
  return { item: out, dropped };
}

function define(o: WireItem, k: string, v: WireItem[string]): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}
