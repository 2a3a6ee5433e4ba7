/**
 * The entry of a worker thread. An entry point (CLI, action) calls this
 * first: in the main thread it returns false and the program runs as
 * usual; in a worker it serves the jobs of the role workerData names
 * (core/worker-pool.ts), each with the caller's spelling of options
 * (serveJobs), and returns true.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { serveJobs, type WorkerStart } from '../core/worker-pool.js';

export async function runWorkerRole(): Promise<boolean> {
  if (isMainThread || !parentPort) return false;
  const start = workerData as WorkerStart<unknown> | undefined;
  if (start?.role === 'rollback-collection') {
    const { planInWorker } = await import('../rollback/plan-worker.js');
    serveJobs(parentPort, start as WorkerStart<Parameters<typeof planInWorker>[0]>, (shared, job) => planInWorker(shared, job as Parameters<typeof planInWorker>[1]));
    return true;
  }
  if (start?.role !== 'verify-collection') throw new Error(`internal: unknown worker role ${String(start?.role)}`);
  const { verifyInWorker } = await import('../verify/verify-worker.js');
  serveJobs(parentPort, start as WorkerStart<Parameters<typeof verifyInWorker>[0]>, (shared, job) => verifyInWorker(shared, job as Parameters<typeof verifyInWorker>[1]));
  return true;
}
