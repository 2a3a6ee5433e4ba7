/**
 * One collection's check run directly (verify-collection.ts) on a data dir
 * the test writes and an export held in memory: the job and the source.
 */
import type { WireItem, WireValue } from '../../src/dynamo/wire.js';
import type { ExportSource } from '../../src/export-format/source.js';
import { PLAIN_KEYS } from '../../src/verify/file-keys.js';
import { type MigrationFacts, migrationFacts } from '../../src/verify/migration-facts.js';
import type { CollectionJob } from '../../src/verify/verify-collection.js';

export type Obj = Record<string, unknown>;

/** The export's form of a flat item of strings, numbers and nulls. */
export function wireOf(x: Obj): WireItem {
  const out: Record<string, WireValue> = {};
  for (const [k, v] of Object.entries(x))
    out[k] = v === null ? { NULL: true } : typeof v === 'number' ? { N: String(v) } : { S: String(v) };
  return out as WireItem;
}

/** An export of the given items, one table. */
export function sourceOf(list: Obj[]): ExportSource {
  return {
    items: async function* () {
      for (const x of list) yield wireOf(x);
    },
  } as unknown as ExportSource;
}

export const NO_FACTS = (): MigrationFacts =>
  migrationFacts({ emptyStringsAsNull: false, rewroteUpdatedAt: false, generatedIds: false }, null, null);

export function jobFor(dataDir: string, collection: string, count: number, facts = NO_FACTS()): CollectionJob {
  return {
    collection,
    info: { table: `t-${collection}`, itemCount: count, keySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] } as CollectionJob['info'],
    dataDirAbs: dataDir,
    dataDir: 'server/data',
    keys: PLAIN_KEYS,
    maxLength: 1 << 30,
    digest: false,
    facts,
    account: undefined,
    inReport: undefined,
  };
}
