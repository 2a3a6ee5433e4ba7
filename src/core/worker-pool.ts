/**
 * Work split over worker threads. A worker re-enters the program's own
 * entry file (the CLI or action bundle, registered by that entry) with a
 * role in workerData, so the bundle needs no second file. Results come back
 * in the order of the jobs whatever order the workers finish in; the first
 * failure ends every worker and is the one error the caller sees.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InputError } from './errors.js';

/** The env var that sets how many worker threads a command may use; 1: none, all in the main thread. */
export const WORKERS_ENV = 'DYNAMODB_ROLLBACK_WORKERS';

let entry: string | undefined;

/** Called by an entry point (CLI, action) with its own file: without one (tests, a library), work stays in the main thread. */
export function setWorkerEntry(file: string | undefined): void {
  entry = file;
}

/** The message a worker posts back. */
export type WorkerReply<R> = { ok: R } | { failed: { message: string; input: boolean; stack?: string } };

/** What a worker receives in workerData. */
export interface WorkerJob<S, J> {
  role: string;
  shared: S;
  job: J;
}

/**
 * How many workers a command may use: the env var when set (a whole
 * number above 0), else two at most and never more than the cores; 1 when
 * no entry is registered. inWorkers never starts more than it has jobs.
 */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const given = env[WORKERS_ENV];
  let wanted = Math.min(2, availableParallelism());
  if (given !== undefined && given !== '') {
    if (!/^[1-9][0-9]*$/.test(given)) throw new InputError(`${WORKERS_ENV}=${given}: give a whole number above 0 (1: no worker threads)`);
    wanted = Number(given);
  }
  if (entry === undefined) return 1;
  return Math.max(1, wanted);
}

/**
 * Runs each job in a worker of `role`, at most `count` at once; onResult is
 * called for job 0, 1, 2, ... in that order as soon as each and all before
 * it are done. Rejects once, with the first failure (an InputError when the
 * worker's error was one), after ending the other workers.
 */
export async function inWorkers<S, J, R>(role: string, shared: S, jobs: readonly J[], count: number, onResult: (result: R, index: number) => void, describe: (job: J) => string): Promise<void> {
  if (entry === undefined) throw new Error('internal: no worker entry registered');
  const file = entry;
  const results = new Map<number, R>();
  const running = new Set<Worker>();
  let next = 0;
  let delivered = 0;
  let failed = false;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const w of running) void w.terminate();
      reject(error);
    };
    const deliver = () => {
      while (results.has(delivered)) {
        const r = results.get(delivered)!;
        results.delete(delivered);
        try {
          onResult(r, delivered);
        } catch (error) {
          fail(error as Error);
          return;
        }
        delivered++;
      }
      if (delivered === jobs.length) resolve();
    };
    const start = () => {
      if (failed || next >= jobs.length) return;
      const index = next++;
      const job = jobs[index]!;
      const data: WorkerJob<S, J> = { role, shared, job };
      const worker = new Worker(file, { workerData: data });
      running.add(worker);
      let replied = false;
      worker.on('message', (reply: WorkerReply<R>) => {
        replied = true;
        if ('failed' in reply) {
          const { message, input } = reply.failed;
          fail(input ? new InputError(message) : new Error(`${describe(job)}: ${message}`));
          return;
        }
        results.set(index, reply.ok);
      });
      worker.on('error', (error: Error) => fail(new Error(`${describe(job)}: the worker thread failed: ${error.message}`)));
      worker.on('exit', (code) => {
        running.delete(worker);
        if (failed) return;
        if (!replied) {
          fail(new Error(`${describe(job)}: the worker thread ended (exit code ${code}) without a result`));
          return;
        }
        deliver();
        start();
      });
    };
    if (jobs.length === 0) resolve();
    for (let i = 0; i < count; i++) start();
  });
}
