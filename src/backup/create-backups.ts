/**
 * An on-demand backup (CreateBackup) of every table, then DescribeBackup
 * until each is AVAILABLE or the timeout passes. Tables are checked first,
 * and a refusal on the first CreateBackup (no permission, unsupported
 * endpoint) is an InputError, so bad input leaves nothing behind in AWS.
 * Once a backup exists, a later failure is reported per table instead, with
 * the ARNs of those that were made.
 */
import { CreateBackupCommand, DescribeBackupCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { awsTarget, dynamoClient } from '../aws/clients.js';
import { explainAwsError } from '../aws/errors.js';
import { defaultSleep, errorName, type RetryPolicy, retryPolicy, withRetry } from '../aws/retry.js';
import { isUnsupportedOperation } from '../aws/unsupported.js';
import { OPTION_SPECS } from '../commands/options.js';
import { selectTables } from '../commands/tables.js';
import type { CommandContext } from '../commands/types.js';
import { describeError, InputError } from '../core/errors.js';
import { describeTables } from '../export/preflight.js';
import { backupName } from './backup-name.js';

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

export interface BackupDeps {
  client?: DynamoDBClient;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  retry?: RetryPolicy;
  /** Wait between DescribeBackup rounds. */
  pollMs?: number;
}

const DEFAULT_POLL_MS = 5_000;

export async function runBackup(ctx: CommandContext, deps: BackupDeps = {}): Promise<BackupResult> {
  const { config, options, reporter } = ctx;
  const now = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? defaultSleep;
  const retry = deps.retry ?? retryPolicy({ sleep });
  const timeoutSeconds = options.timeout ?? Number(OPTION_SPECS.timeout.default);
  if (!Number.isInteger(timeoutSeconds) || timeoutSeconds <= 0) {
    throw new InputError(`--timeout ${timeoutSeconds}: give a whole number of seconds above 0`);
  }
  const where = awsTarget(config.region, options);
  const client = deps.client ?? dynamoClient(where, ctx.env);
  const refs = selectTables(config, options.tables);

  // Every table must exist before any backup is made.
  await describeTables(client, refs, where, retry);

  const started = now();
  const result: BackupResult = {
    ok: false,
    skipped: false,
    endpoint: options.endpoint ?? null,
    startedAt: started.toISOString(),
    timeoutSeconds,
    tables: refs.map((ref) => ({ collection: ref.collection, table: ref.table, name: backupName(ref.table, started), arn: null, status: 'failed', seconds: null, problem: null })),
  };
  const progress = reporter.progress('backups', { unit: 'tables', total: refs.length });

  for (const [i, ref] of refs.entries()) {
    const entry = result.tables[i]!;
    try {
      const out = await withRetry(
        `CreateBackup ${ref.table}`,
        () => client.send(new CreateBackupCommand({ TableName: ref.table, BackupName: entry.name })),
        retry,
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
      if (isUnsupportedOperation(err) && !anyMade) {
        if (options['skip-unsupported']) {
          progress.done('skipped: the endpoint does not support CreateBackup');
          return skippedResult(result, where.endpoint);
        }
        throw new InputError(
          `${where.endpoint ? `endpoint ${where.endpoint}` : 'this DynamoDB endpoint'} does not support CreateBackup; use --skip-unsupported to skip the backup step`,
          { cause: err },
        );
      }
      const explained = explainAwsError(err, {
        service: 'DynamoDB',
        endpoint: where.endpoint,
        region: where.region,
        resource: `table ${ref.table} (CreateBackup needs dynamodb:CreateBackup)`,
      });
      if (!anyMade && explained instanceof InputError) throw explained;
      entry.problem = `CreateBackup failed: ${describeError(explained)}`;
      reporter.error(`backup of ${ref.table}: ${entry.problem}`);
      progress.add(1);
    }
  }

  await waitUntilAvailable(client, result, { now, sleep, retry, pollMs: deps.pollMs ?? DEFAULT_POLL_MS, deadline: now().getTime() + timeoutSeconds * 1000 }, (n) => progress.add(n));
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
  retry: RetryPolicy;
  pollMs: number;
  deadline: number;
}

async function waitUntilAvailable(client: DynamoDBClient, result: BackupResult, w: Waiting, finished: (n: number) => void): Promise<void> {
  const created = Date.parse(result.startedAt);
  let pending = result.tables.filter((t) => t.status === 'CREATING');
  while (pending.length > 0) {
    for (const t of pending) {
      try {
        const out = await withRetry(`DescribeBackup ${t.name}`, () => client.send(new DescribeBackupCommand({ BackupArn: t.arn! })), w.retry);
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
        t.problem = `DescribeBackup failed: ${errorName(err) === 'BackupNotFoundException' ? 'the backup no longer exists' : describeError(explainAwsError(err, { service: 'DynamoDB', resource: `backup ${t.name}` }))}`;
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
