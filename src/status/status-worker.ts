/**
 * status's side of a worker thread: one collection's comparison with the
 * migration backup, scanned through a DynamoDB client the worker thread
 * builds for itself (commands/worker-role.ts, from the settings the main
 * thread's client was built from). The log is recorded and sent back with
 * the outcome for the parent to replay in collection order.
 */
import type { DynamoClient, WorkerDynamo } from '../clients/dynamodb.js';
import { type LogEvent, recordingReporter } from '../core/recorded-reporter.js';
import type { Reporter } from '../core/reporter.js';
import { type CompareJob, type CompareOutcome, compareCollection } from './compare-collection.js';

export const STATUS_ROLE = 'status-collection';

/** Worker threads status may use (set by commands/; absent: none). */
export interface StatusWorkers {
  count: number;
  dynamo: WorkerDynamo;
  /** false: the count was given (DYNAMODB_ROLLBACK_WORKERS), used whatever the tables' size; true: only where it pays (workersPay). */
  whereItPays: boolean;
}

/**
 * A worker thread's start costs about a CPU second here (the bundle and the
 * SDK compiled again), what comparing some 10,000 items costs: below this
 * many items in all, by DescribeTable's estimates, the tables are compared
 * in one thread.
 */
export const WORKERS_MIN_ITEMS = 20_000;

/** Whether workers pay for these tables: their estimates say so, or say nothing (all 0: AWS has not counted them yet, or dynalite, which never does). */
export function workersPay(itemCounts: readonly number[]): boolean {
  const total = itemCounts.reduce((n, c) => n + c, 0);
  return total === 0 || total >= WORKERS_MIN_ITEMS;
}

/** What every worker of one status shares. */
export interface StatusShared {
  dynamo: WorkerDynamo;
}

export interface StatusReply {
  outcome: CompareOutcome;
  events: LogEvent[];
}

/**
 * One job, its log recorded. In a worker thread, client is the worker's
 * own, built once, and onReporter points its retry log at the job's; the
 * main thread, taking jobs from the same queue, runs it too.
 */
export async function statusInWorker(
  client: DynamoClient,
  job: CompareJob,
  onReporter: (reporter: Reporter) => void,
): Promise<StatusReply> {
  const { reporter, events } = recordingReporter();
  onReporter(reporter);
  const outcome = await compareCollection(client, job, reporter);
  return { outcome, events };
}
