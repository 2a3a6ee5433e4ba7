/**
 * Where rollback and undo keep their state for one data dir: beside it,
 * never inside it (the app reads the data dir, and a snapshot must not
 * contain itself). Neutral ground: the rollback writes here and verify
 * reads the rollback's report from here, without sharing any other code.
 *
 *   <parent>/.dynamodb-rollback/<data dir name>/lock
 *   <parent>/.dynamodb-rollback/<data dir name>/snapshots/<timestamp>/
 *   <parent>/.dynamodb-rollback/<data dir name>/reports/rollback-<timestamp>.json
 */
import path from 'node:path';

export interface StatePaths {
  root: string;
  lock: string;
  snapshots: string;
  reports: string;
}

export function statePaths(dataDir: string): StatePaths {
  const abs = path.resolve(dataDir);
  const root = path.join(path.dirname(abs), '.dynamodb-rollback', path.basename(abs));
  return { root, lock: path.join(root, 'lock'), snapshots: path.join(root, 'snapshots'), reports: path.join(root, 'reports') };
}

/** A time as a file name (ISO 8601, : and . made -), so name order is time order. */
export function timestampName(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/** A rollback report's file name: its start time. */
export function rollbackReportName(startedAt: Date): string {
  return `rollback-${timestampName(startedAt)}.json`;
}

export const ROLLBACK_REPORT_NAME = /^rollback-.+\.json$/;
