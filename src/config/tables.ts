import type { ResolvedConfig } from './types.js';
import { opt } from '../core/option-name.js';

export interface TableRef {
  /** Collection (file name without .json); for a table outside the config, the table name. */
  collection: string;
  table: string;
  /** false when the table was named on the command line but is not in the config's map. */
  configured: boolean;
  /** Where its name came from: the config's key, the default, or --tables. */
  source?: string;
}

/**
 * The tables a command works on: every configured one, or those named by
 * --tables. A name may be a collection or a table from the config; any other
 * name is taken as a table name outside the config.
 */
export function selectTables(config: ResolvedConfig, names?: readonly string[]): TableRef[] {
  const all = Object.entries(config.tables).map(([collection, table]) => ({
    collection,
    table,
    configured: true,
    source: config.tableSources?.[collection] ?? 'the config',
  }));
  if (!names || names.length === 0) return all;
  const out: TableRef[] = [];
  for (const name of names) {
    const hit = all.find((t) => t.collection === name || t.table === name);
    const ref = hit ?? { collection: name, table: name, configured: false, source: opt('tables') };
    if (!out.some((t) => t.table === ref.table)) out.push(ref);
  }
  return out;
}
