/** Which collection each exported table is, from the export itself or the config's map; --tables picks some. */
import type { TableRef } from '../config/tables.js';
import { InputError } from '../core/errors.js';
import type { ExportedTable } from '../export-format/source.js';

export interface ExportedCollection {
  collection: string;
  info: ExportedTable;
}

export function collectionsOf(
  exported: readonly ExportedTable[],
  configTables: Record<string, string>,
  wanted: readonly TableRef[] | undefined,
): ExportedCollection[] {
  const byTable = new Map(Object.entries(configTables).map(([c, t]) => [t, c]));
  const out: ExportedCollection[] = [];
  for (const info of exported) {
    const collection = info.collection ?? byTable.get(info.table);
    if (!collection) {
      throw new InputError(
        `table ${info.table} in the export is not in the config's tables map, so its data file is unknown; add it (collection: table) to the config`,
      );
    }
    const twin = out.find((o) => o.collection === collection);
    if (twin)
      throw new InputError(
        `tables ${twin.info.table} and ${info.table} in the export are both collection ${collection}; export one of them`,
      );
    out.push({ collection, info });
  }
  if (!wanted || wanted.length === 0) return out;
  const picked = out.filter((o) => wanted.some((w) => w.collection === o.collection || w.table === o.info.table));
  const absent = wanted.filter((w) => !picked.some((o) => w.collection === o.collection || w.table === o.info.table));
  if (absent.length > 0) {
    throw new InputError(
      `${absent.map((w) => w.collection).join(', ')}: not in the export; it holds ${out.map((o) => o.collection).join(', ') || 'no tables'}`,
    );
  }
  return picked;
}
