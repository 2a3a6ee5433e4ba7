/**
 * What a verify run is given: its typed options (commands/verify.ts reads
 * them from the command line or the action's inputs) and its deps.
 */
import type { DepsOf } from '../clients/deps.js';
import type { TableRef } from '../config/tables.js';
import type { Location } from '../core/location.js';
import type { FileKeys } from './file-keys.js';
import type { RuleSwitches } from './migration-facts.js';

export interface VerifyOptions {
  /** Export folder (absolute) or s3://bucket/prefix. */
  from: Location;
  /** Repository root. */
  cwd: string;
  /** Data dir as configured (relative to cwd), for messages. */
  dataDir: string;
  /** The config's collection -> table map. */
  configTables: Record<string, string>;
  /** collection -> the attribute that is the file's id and the attributes the migration added; default id, none. */
  collections?: Record<string, FileKeys>;
  /** The config's migration rules; default all off. */
  rules?: RuleSwitches;
  /** Collections picked with --tables; undefined for all the export holds. */
  selected?: readonly TableRef[];
  live: boolean;
  /** Parallel scan segments for the live re-read. */
  segments: number;
  /** --live from this incremental export (export --native --since --from) instead of a scan. */
  since?: Location;
  /** Rollback report (absolute); undefined for the newest beside the data dir. */
  report?: string;
  /** The stage this run is for; an export of another stage is refused. */
  stage: string;
  /** Worker threads to check collections in (core/worker-pool.ts); default 1: all in this thread. */
  workers?: number;
  /** true: the workers only for at least WORKERS_MIN_ITEMS items in all (the count is the default, not one given). */
  workersWhereTheyPay?: boolean;
  /** The longest text the app can read from one file; default Node's own limit (tests give a small one). */
  maxStringLength?: number;
}

/** s3: for an s3:// export (or --since); dynamo: for --live's scan. */
export type VerifyDeps = DepsOf<'reporter', 's3' | 'dynamo'>;

export const DEFAULT_LIVE_SEGMENTS = 4;
