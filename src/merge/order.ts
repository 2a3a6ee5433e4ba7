/** Items new since the migration go after the base's, by `createdAt` (readable times first), then by id. Pure. */
import type { PlainObject } from '../convert/plain.js';
import { timeOf } from './settle.js';

export interface Keyed {
  key: string;
  item: PlainObject;
}

export function sortNewItems<T extends Keyed>(items: T[]): T[] {
  const times = new Map<string, number | undefined>(items.map((e) => [e.key, timeOf(e.item.createdAt)]));
  return items.sort((a, b) => {
    const ta = times.get(a.key);
    const tb = times.get(b.key);
    if (ta !== tb) {
      if (ta === undefined) return 1;
      if (tb === undefined) return -1;
      return ta - tb;
    }
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
}
