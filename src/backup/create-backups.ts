/**
 * An on-demand backup (CreateBackup) of every table, then DescribeBackup
 * until each is AVAILABLE or the timeout passes. Tables are checked first,
 * and a refusal on the first CreateBackup (no permission, unsupported
 * endpoint) is an InputError, so bad input leaves nothing behind in AWS.
 * Once a backup exists, a later failure is reported per table instead, with
 * the ARNs of those that were made.
 */
import { CreateBackupCommand, DescribeBackupCommand } from '@aws-sdk/client-dynamodb';
import type { DepsOf } from '../clients/deps.js';
import type { DynamoClient } from '../clients/dynamodb.js';
import { kindOf, whereOf } from '../clients/errors.js';
import { defaultSleep } from '../clients/retry.js';
import type { TableRef } from '../config/tables.js';
import { describeError, InputError } from '../core/errors.js';
import { describeTables } from '../clients/dynamodb-describe.js';
import { backupName } from './backup-name.js';
import { opt } from '../core/option-name.js';

export type BackupOutcome = 'AVAILABLE' | 'CREATING' | 'skipped' | 'timeout' | 'DELETED' | 'failed';

export interface TableBackup {
  collection: string;
  table: string;
  name: string;
  arn: string | null;
  /** CREATING only while the run is under way; a finished run has none. */
  status: BackupOutcome;
  /** Seconds from CreateBackup until AVAILABLE. */
  seconds: number | null;
  problem: string | null;
}

export interface BackupResult {
  ok: boolean;
  /** The endpoint lacks CreateBackup and --skip-unsupported was given. */
  skipped: boolean;
  endpoint: string | null;
  startedAt: string;
  timeoutSeconds: number;
  tables: TableBackup[];
}

export interface BackupOptions {
  tables: readonly TableRef[];
  /** Seconds to wait for every backup to become AVAILABLE. */
  timeoutSeconds: number;
  skipUnsupported: boolean;
}

export interface BackupDeps extends DepsOf<'dynamo' | 'reporter', 'now' | 'sleep'> {
  /** Wait between DescribeBackup rounds. */
  pollMs?: number;
}

const DEFAULT_POLL_MS = 5_000;

export async function runBackup(options: BackupOptions, deps: BackupDeps): Promise<BackupResult> {
  const { dynamo: client, reporter } = deps;
  const now = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? defaultSleep;
  const { timeoutSeconds } = options;
  if (!Number.isInteger(timeoutSeconds) || timeoutSeconds <= 0) {
    throw new InputError(`${opt('timeout')} ${timeoutSeconds}: give a whole number of seconds above 0`);
  }
  const refs = options.tables;
  const endpoint = client.scope.endpoint;

  // Every table must exist before any backup is made.
  await describeTables(client, refs);

  const started = now();
  const result: BackupResult = {
    ok: false,
    skipped: false,
    endpoint: endpoint ?? null,
    startedAt: started.toISOString(),
    timeoutSeconds,
    tables: refs.map((ref) => ({
      collection: ref.collection,
      table: ref.table,
      name: backupName(ref.table, started),
      arn: null,
      status: 'failed',
      seconds: null,
      problem: null,
    })),
  };
  const progress = reporter.progress('backups', { unit: 'tables', total: refs.length });

  for (const [i, ref] of refs.entries()) {
    const entry = result.tables[i]!;
    try {
      const out = await client.call({ operation: 'CreateBackup', resource: `table ${ref.table}` }, (sdk) =>
        sdk.send(new CreateBackupCommand({ TableName: ref.table, BackupName: entry.name })),
      );
      const details = out.BackupDetails;
      if (!details?.BackupArn) {
        entry.problem = 'CreateBackup answered without a backup ARN';
        progress.add(1);
        continue;
      }
      entry.arn = details.BackupArn;
      entry.status = details.BackupStatus === 'AVAILABLE' ? 'AVAILABLE' : 'CREATING';
      if (entry.status === 'AVAILABLE') {
        entry.seconds = 0;
        progress.add(1);
      }
      reporter.info(`backup ${entry.name} of ${ref.table}: ${details.BackupStatus ?? 'status unknown'}`);
    } catch (err) {
      const anyMade = result.tables.some((t) => t.arn !== null);
      if (kindOf(err) === 'unsupported' && !anyMade) {
        if (options.skipUnsupported) {
          progress.done('skipped: the endpoint does not support CreateBackup');
          return skippedResult(result, endpoint);
        }
        throw new InputError(
          `${whereOf(client.scope)} does not support CreateBackup; use ${opt('skip-unsupported')} to skip the backup step`,
          { cause: err },
        );
      }
      // Before any backup exists, a refusal is bad input and leaves nothing behind; after, it is one table's failure.
      if (!anyMade && err instanceof InputError) throw err;
      entry.problem = `CreateBackup failed: ${describeError(err)}`;
      reporter.error(`backup of ${ref.table}: ${entry.problem}`);
      progress.add(1);
    }
  }

  await waitUntilAvailable(
    client,
    result,
    { now, sleep, pollMs: deps.pollMs ?? DEFAULT_POLL_MS, deadline: now().getTime() + timeoutSeconds * 1000 },
    (n) => progress.add(n),
  );
  result.ok = result.tables.every((t) => t.status === 'AVAILABLE');
  progress.done(`${result.tables.filter((t) => t.status === 'AVAILABLE').length}/${refs.length} AVAILABLE`);
  return result;
}

function skippedResult(result: BackupResult, endpoint: string | undefined): BackupResult {
  for (const t of result.tables) {
    t.status = 'skipped';
    t.problem = `${endpoint ? `endpoint ${endpoint}` : 'the endpoint'} does not support CreateBackup`;
  }
  return { ...result, ok: true, skipped: true };
}

interface Waiting {
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  pollMs: number;
  deadline: number;
}

async function waitUntilAvailable(client: DynamoClient, result: BackupResult, w: Waiting, finished: (n: number) => void): Promise<void> {
  const created = Date.parse(result.startedAt);
  let pending = result.tables.filter((t) => t.status === 'CREATING');
  while (pending.length > 0) {
    for (const t of pending) {
      try {
        const out = await client.call({ operation: 'DescribeBackup', resource: `backup ${t.name}` }, (sdk) =>
          sdk.send(new DescribeBackupCommand({ BackupArn: t.arn! })),
        );
        const status = out.BackupDescription?.BackupDetails?.BackupStatus;
        if (status === 'AVAILABLE') {
          t.status = 'AVAILABLE';
          t.seconds = Math.max(0, Math.round((w.now().getTime() - created) / 1000));
        } else if (status === 'DELETED') {
          t.status = 'DELETED';
          t.problem = 'the backup was deleted before it became AVAILABLE';
        }
      } catch (err) {
        t.status = 'failed';
        t.problem = `DescribeBackup failed: ${kindOf(err) === 'not-found' ? 'the backup no longer exists' : describeError(err)}`;
      }
      if (t.status !== 'CREATING') finished(1);
    }
    pending = pending.filter((t) => t.status === 'CREATING');
    if (pending.length === 0) break;
    const left = w.deadline - w.now().getTime();
    if (left <= 0) {
      for (const t of pending) {
        t.status = 'timeout';
        t.problem = `not AVAILABLE within ${result.timeoutSeconds} s (still CREATING; it may finish later, see its ARN)`;
      }
      finished(pending.length);
      break;
    }
    await w.sleep(Math.min(w.pollMs, left));
  }
}
