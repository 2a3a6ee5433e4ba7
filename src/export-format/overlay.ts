/**
 * A table export with an incremental export's changes laid over it: the
 * tables as they were at the incremental export's end, read from an
 * earlier export (the base) and only the changed items (each item's latest
 * record: its new image, or, without one, a deletion). What a catch-up
 * merges as "theirs" without scanning DynamoDB again.
 */
import { InputError } from '../core/errors.js';
import type { WireItem } from '../dynamo/wire.js';
import { type ChangeSource, keyOfItem, latestChanges } from './changes-reader.js';
import type { ExportSource } from './source.js';

export function withChanges(base: ExportSource, changes: ChangeSource): ExportSource {
  const baseTime = Date.parse(base.startTime ?? '');
  if (Number.isNaN(baseTime))
    throw new InputError(`${base.location}: the export records no time, so no incremental export can be laid over it`);
  if (Date.parse(changes.fromTime) > baseTime) {
    throw new InputError(
      `${changes.location} holds the changes from ${changes.fromTime}, after ${base.location} was taken (${base.startTime}): writes in between would be missed; export --native --since ${base.location} again`,
    );
  }
  for (const t of base.tables) {
    if (!changes.tables.some((c) => c.table === t.table)) {
      throw new InputError(
        `${changes.location} holds no changes of table ${t.table}, which ${base.location} holds; export --native --since it again with every table`,
      );
    }
  }
  return {
    location: changes.location,
    format: 'aws',
    stage: changes.stage,
    startTime: changes.toTime,
    ...(changes.endTime ? { endTime: changes.endTime } : {}),
    // The counts are the base's: the changes' effect on them is known only once they are read.
    tables: base.tables,
    changes,
    items(table: string): AsyncIterable<WireItem> {
      const info = base.tables.find((t) => t.table === table || t.collection === table);
      if (!info) throw new InputError(`table ${table} is not in the export at ${base.location}`);
      return (async function* () {
        const changed = await latestChanges(changes.records(info.table));
        const first = changed.values().next().value;
        const names = first ? Object.keys(first.keys) : [];
        for await (const item of base.items(info.table)) {
          const key = names.length > 0 ? keyOfItem(item, names) : null;
          const change = key === null ? undefined : changed.get(key);
          if (!change) {
            yield item;
            continue;
          }
          changed.delete(key!);
          if (change.newImage) yield change.newImage;
        }
        // Items new since the base (or deleted again: no image).
        for (const change of changed.values()) if (change.newImage) yield change.newImage;
      })();
    },
  };
}
