/**
 * Work split over worker threads. A worker re-enters the program's own
 * entry file (the CLI or action bundle, registered by that entry) with a
 * role in workerData, so the bundle needs no second file; each worker is
 * started once and given jobs one after another. Results come back in the
 * order of the jobs whatever order the workers finish in; the first
 * failure ends every worker and is the one error the caller sees.
 */
import { availableParallelism } from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import { describeError, exitCodeOf, InputError } from './errors.js';
import { currentSpelling, type OptionSpelling, spellOptions } from './option-name.js';

/**
 * The argument a worker thread is started with (a worker's process.argv
 * holds only what it is given, never the user's): the entry recognises a
 * worker by it before it loads node:worker_threads, which a command that
 * starts no worker (most) need not pay for at start-up.
 */
export const WORKER_ARGV = '--dynamodb-rollback-worker-thread';

/** The env var that sets how many worker threads a command may use; 1: none, all in the main thread. */
export const WORKERS_ENV = 'DYNAMODB_ROLLBACK_WORKERS';

let entry: string | undefined;

/** Called by an entry point (CLI, action) with its own file: without one (tests, a library), work stays in the main thread. */
export function setWorkerEntry(file: string | undefined): void {
  entry = file;
}

/** A job's reply. */
export type WorkerReply<R> = { ok: R } | { failed: { message: string; input: boolean } };

/** What a worker receives in workerData; its jobs come as messages ({ index, job }, then null: stop). */
export interface WorkerStart<S> {
  role: string;
  shared: S;
  /** How the caller's run names an option (--x or input x): the worker's messages say it the same way. */
  spelling: OptionSpelling;
}

interface JobMessage<J> {
  index: number;
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
 * Whether the count of workers is workerCount's default (no WORKERS_ENV):
 * then a command starts workers only where they pay for their start (the
 * bundle compiled again, its code warmed up apart from the main thread's),
 * which costs what some tens of thousands of items cost. A count given in
 * WORKERS_ENV is used whatever the size, so a run can be made to take either path.
 */
export function workersByDefault(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env[WORKERS_ENV] ?? '') === '';
}

/**
 * The worker's side: runs each job it is sent, one at a time, and replies;
 * stops when told. Each job runs with the caller's spelling of options (a
 * worker has no front end of its own to set it).
 */
export function serveJobs<S>(port: MessagePort, start: WorkerStart<S>, run: (shared: S, job: unknown) => Promise<unknown>): void {
  port.on('message', (message: JobMessage<unknown> | null) => {
    if (message === null) {
      port.close();
      return;
    }
    const { index, job } = message;
    spellOptions(start.spelling, () => run(start.shared, job)).then(
      (ok) => port.postMessage({ index, ok }),
      (error: unknown) => port.postMessage({ index, failed: { message: describeError(error), input: exitCodeOf(error) === 2 } }),
    );
  });
}

/**
 * Runs the jobs in `count` workers of `role` (each started once, sent one
 * job after another, in the order handOut gives; with `here`, the main
 * thread is one of them); onResult is called for job 0, 1, 2, ... in that
 * order as soon as each and all before it are done. Rejects once, with the
 * first failure (an InputError when the job's error was one), after ending
 * every worker.
 */
export async function inWorkers<S, J, R>(
  role: string,
  shared: S,
  jobs: readonly J[],
  count: number,
  onResult: (result: R, index: number) => void,
  describe: (job: J) => string,
  /** The jobs' indexes in the order to hand them out (largest first packs best); default 0, 1, 2, ... */
  handOut: readonly number[] = jobs.map((_, i) => i),
  /**
   * The main thread as one of the count: it takes jobs from the same queue
   * (before the workers, which take a while to start), and a worker fewer is
   * started. Its error is the caller's own, as with no workers at all.
   */
  here?: (job: J) => Promise<R>,
): Promise<void> {
  if (entry === undefined) throw new Error('internal: no worker entry registered');
  if (jobs.length === 0) return;
  if (handOut.length !== jobs.length || new Set(handOut).size !== jobs.length || handOut.some((i) => jobs[i] === undefined))
    throw new Error('internal: handOut is not an order of the jobs');
  const file = entry;
  const { Worker } = await import('node:worker_threads');
  const results = new Map<number, R>();
  const workers: Worker[] = [];
  let next = 0;
  let delivered = 0;
  let settled = false;
  await new Promise<void>((resolve, reject) => {
    const end = (error?: Error) => {
      if (settled) return;
      settled = true;
      if (error) {
        for (const w of workers) void w.terminate();
        reject(error);
      } else resolve();
    };
    const deliver = () => {
      while (results.has(delivered)) {
        const r = results.get(delivered)!;
        results.delete(delivered);
        try {
          onResult(r, delivered);
        } catch (error) {
          end(error as Error);
          return;
        }
        delivered++;
      }
      if (delivered === jobs.length) end();
    };
    if (here) {
      void (async () => {
        while (!settled && next < jobs.length) {
          const index = handOut[next++]!;
          let result: R;
          try {
            result = await here(jobs[index]!);
          } catch (error) {
            end(error as Error);
            return;
          }
          results.set(index, result);
          deliver();
        }
      })();
    }
    for (let w = here ? 1 : 0; w < Math.min(count, jobs.length); w++) {
      const start: WorkerStart<S> = { role, shared, spelling: currentSpelling() };
      const worker = new Worker(file, { workerData: start, argv: [WORKER_ARGV] });
      workers.push(worker);
      let current: number | null = null;
      const give = () => {
        current = !settled && next < jobs.length ? handOut[next++]! : null;
        worker.postMessage(current === null ? null : ({ index: current, job: jobs[current]! } satisfies JobMessage<J>));
      };
      worker.on('message', (reply: WorkerReply<R> & { index: number }) => {
        const job = jobs[reply.index]!;
        if ('failed' in reply) {
          const { message, input } = reply.failed;
          end(input ? new InputError(message) : new Error(`${describe(job)}: ${message}`));
          return;
        }
        results.set(reply.index, reply.ok);
        give();
        deliver();
      });
      worker.on('error', (error: Error) =>
        end(new Error(`${current === null ? 'a worker thread' : describe(jobs[current]!)}: the worker thread failed: ${error.message}`)),
      );
      worker.on('exit', (code) => {
        if (current !== null) end(new Error(`${describe(jobs[current]!)}: the worker thread ended (exit code ${code}) without a result`));
      });
      give();
    }
  });
}
