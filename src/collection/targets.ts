/**
 * Which export table feeds which collection file. Pure. An export table's
 * collection is the one the export recorded, else the config's entry for
 * that table name; an export table with neither, a selected collection the
 * export lacks, or two tables for one collection, is an InputError: a
 * partial or foreign export must not silently skip a collection.
 */
import type { TableRef } from '../config/tables.js';
import { InputError } from '../core/errors.js';
import type { ExportedTable } from '../export-format/source.js';
import { opt } from '../core/option-name.js';

export interface Target {
  collection: string;
  table: string;
  exported: ExportedTable;
}

const SAFE_NAME = /^[A-Za-z0-9_.-]+$/;

export function matchTargets(
  selected: readonly TableRef[],
  exported: readonly ExportedTable[],
  configTables: Record<string, string>,
  location: string,
): Target[] {
  const byTable = new Map(Object.entries(configTables).map(([c, t]) => [t, c]));
  const collectionOf = new Map<ExportedTable, string>();
  for (const t of exported) {
    const c = t.collection ?? byTable.get(t.table);
    if (c === undefined) {
      throw new InputError(
        `export ${location}: table ${t.table} belongs to no collection (the export does not record one and the config's tables map lacks it); add it to tables: in the config`,
      );
    }
    if (!SAFE_NAME.test(c) || c === '.' || c === '..')
      throw new InputError(`export ${location}: table ${t.table} names collection ${JSON.stringify(c)}, which is not a safe file name`);
    collectionOf.set(t, c);
  }
  return selected.map((ref) => {
    const hits = exported.filter((t) => t.table === ref.table);
    const byCollection = hits.length > 0 ? hits : exported.filter((t) => collectionOf.get(t) === ref.collection);
    if (byCollection.length === 0) {
      throw new InputError(
        `export ${location} has no table for collection ${ref.collection} (${ref.table}); export it too, or leave the collection out with ${opt('tables')}`,
      );
    }
    if (byCollection.length > 1) {
      throw new InputError(
        `export ${location} has ${byCollection.length} tables for collection ${ref.collection} (${byCollection.map((t) => t.table).join(', ')}); export one table per collection`,
      );
    }
    const exportedTable = byCollection[0]!;
    const collection = ref.configured ? ref.collection : collectionOf.get(exportedTable)!;
    return { collection, table: exportedTable.table, exported: exportedTable };
  });
}
