/**
 * The entry of a worker thread. An entry point (CLI, action) calls this
 * first: in the main thread it returns false and the program runs as
 * usual; in a worker it runs the role workerData names (core/worker-pool.ts),
 * posts the result or the failure back, and returns true.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { describeError, exitCodeOf } from '../core/errors.js';
import type { WorkerJob, WorkerReply } from '../core/worker-pool.js';

export async function runWorkerRole(): Promise<boolean> {
  if (isMainThread || !parentPort) return false;
  const data = workerData as WorkerJob<unknown, unknown> | undefined;
  let reply: WorkerReply<unknown>;
  try {
    if (data?.role !== 'verify-collection') throw new Error(`internal: unknown worker role ${String(data?.role)}`);
    const { verifyInWorker } = await import('../verify/verify-worker.js');
    reply = { ok: await verifyInWorker(data.shared as Parameters<typeof verifyInWorker>[0], data.job as Parameters<typeof verifyInWorker>[1]) };
  } catch (error) {
    reply = { failed: { message: describeError(error), input: exitCodeOf(error) === 2 } };
  }
  parentPort.postMessage(reply);
  return true;
}
