/**
 * The entry of a worker thread. An entry point (CLI, action) calls this
 * first: in the main thread it returns false and the program runs as
 * usual; in a worker it serves the jobs of the role workerData names
 * (core/worker-pool.ts), each with the caller's spelling of options
 * (serveJobs), and returns true.
 */
import { serveJobs, WORKER_ARGV, type WorkerStart } from '../core/worker-pool.js';

export async function runWorkerRole(): Promise<boolean> {
  // Checked first so the CLI's own start does not load node:worker_threads.
  if (process.argv[2] !== WORKER_ARGV) return false;
  const { isMainThread, parentPort, workerData } = await import('node:worker_threads');
  if (isMainThread || !parentPort) return false;
  const start = workerData as WorkerStart<unknown> | undefined;
  if (start?.role === 'rollback-collection') {
    const { planInWorker } = await import('../rollback/plan-worker.js');
    serveJobs(parentPort, start as WorkerStart<Parameters<typeof planInWorker>[0]>, (shared, job) =>
      planInWorker(shared, job as Parameters<typeof planInWorker>[1]),
    );
    return true;
  }
  if (start?.role === 'verify-collection') {
    const { verifyInWorker } = await import('../verify/verify-worker.js');
    serveJobs(parentPort, start as WorkerStart<Parameters<typeof verifyInWorker>[0]>, (shared, job) =>
      verifyInWorker(shared, job as Parameters<typeof verifyInWorker>[1]),
    );
    return true;
  }
  if (start?.role === 'status-collection') {
    const [{ statusInWorker }, { dynamoFromSettings }, { silentReporter }] = await Promise.all([
      import('../status/status-worker.js'),
      import('./clients.js'),
      import('../core/reporter.js'),
    ]);
    type Shared = import('../status/status-worker.js').StatusShared;
    type Job = Parameters<typeof statusInWorker>[1];
    // One client per worker thread, built as the main thread's (commands/clients.ts); its retries go to the job's log.
    let reporter = silentReporter;
    const client = await dynamoFromSettings((start.shared as Shared).dynamo, () => reporter);
    serveJobs(parentPort, start as WorkerStart<Shared>, (_shared, job) => statusInWorker(client, job as Job, (r) => (reporter = r)));
    return true;
  }
  throw new Error(`internal: unknown worker role ${String(start?.role)}`);
}
