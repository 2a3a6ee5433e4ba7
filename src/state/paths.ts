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

/** A rollback report's file name: its start time, so name order is time order. */
export function rollbackReportName(startedAt: Date): string {
  return `rollback-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`;
}

export const ROLLBACK_REPORT_NAME = /^rollback-.+\.json$/;
