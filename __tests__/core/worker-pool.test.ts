/**
 * The worker pool with a plain JavaScript entry (jest cannot load .ts in a
 * worker; the real entry, the CLI bundle, is tested in
 * integration/dist-workers.test.ts): results in job order whatever order
 * the workers end in, and one failure, whatever kind, ends the run once.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../src/core/errors.js';
import { recordingReporter, replay } from '../../src/core/recorded-reporter.js';
import { terminalReporter } from '../../src/cli/reporter.js';
import { inWorkers, setWorkerEntry, WORKERS_ENV, workerCount, workersByDefault } from '../../src/core/worker-pool.js';
import { recorder } from '../verify/recorder.js';

// job.wait: block until job.signal's slot is set (by another job), so the later job ends first without any timing.
const ENTRY = `
import { parentPort, workerData } from 'node:worker_threads';
const flags = new Int32Array(workerData.shared.flags);
parentPort.on('message', (message) => {
  if (message === null) return parentPort.close();
  const { index, job } = message;
  if (job.wait !== undefined) Atomics.wait(flags, job.wait, 0);
  if (job.signal !== undefined) { Atomics.store(flags, job.signal, 1); Atomics.notify(flags, job.signal); }
  if (job.throws) throw new Error('boom in ' + job.name);
  if (job.exits) process.exit(3);
  if (job.input) parentPort.postMessage({ index, failed: { message: 'bad input in ' + job.name, input: true } });
  else parentPort.postMessage({ index, ok: job.name });
});
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-pool-'));
  await writeFile(path.join(dir, 'entry.mjs'), ENTRY);
  setWorkerEntry(path.join(dir, 'entry.mjs'));
});
afterAll(async () => {
  setWorkerEntry(undefined);
  await rm(dir, { recursive: true, force: true });
});

type Job = { name: string; wait?: number; signal?: number; throws?: boolean; exits?: boolean; input?: boolean };
const flags = () => ({ flags: new SharedArrayBuffer(16) });

async function run(jobs: Job[], count = 2, handOut?: number[]) {
  const got: string[] = [];
  const outcome = await inWorkers<{ flags: SharedArrayBuffer }, Job, string>(
    'test',
    flags(),
    jobs,
    count,
    (r, i) => got.push(`${i}:${r}`),
    (j) => `job ${j.name}`,
    handOut,
  ).then(
    () => null,
    (e: Error) => e,
  );
  return { got, error: outcome };
}

describe('inWorkers', () => {
  it('hands results over in job order when a later job ends first', async () => {
    const { got, error } = await run([{ name: 'a', wait: 0 }, { name: 'b', signal: 0 }, { name: 'c' }]);
    expect(error).toBeNull();
    expect(got).toEqual(['0:a', '1:b', '2:c']);
  });

  it('hands jobs out in the order given, and still hands results over in job order', async () => {
    // One worker: c must be handed out first, or a waits for a signal that never comes.
    const { got, error } = await run([{ name: 'a', wait: 0 }, { name: 'b' }, { name: 'c', signal: 0 }], 1, [2, 0, 1]);
    expect(error).toBeNull();
    expect(got).toEqual(['0:a', '1:b', '2:c']);
  });

  it('runs every job with one worker, and more jobs than workers', async () => {
    expect((await run([{ name: 'a' }, { name: 'b' }, { name: 'c' }], 1)).got).toEqual(['0:a', '1:b', '2:c']);
    expect((await run([{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }, { name: 'e' }], 2)).got).toEqual([
      '0:a',
      '1:b',
      '2:c',
      '3:d',
      '4:e',
    ]);
  });

  it('a worker that throws: one error naming the job, nothing after it handed over', async () => {
    const { got, error } = await run([{ name: 'a' }, { name: 'b', throws: true }, { name: 'c' }], 1);
    expect(got).toEqual(['0:a']);
    expect(error?.message).toBe('job b: the worker thread failed: boom in b');
  });

  it('a worker that ends without a result is a failure, not a hang', async () => {
    const { error } = await run([{ name: 'a', exits: true }, { name: 'b' }]);
    expect(error?.message).toBe('job a: the worker thread ended (exit code 3) without a result');
  });

  it("a worker's bad input stays bad input (exit 2)", async () => {
    const { error } = await run([{ name: 'a', input: true }]);
    expect(error).toBeInstanceOf(InputError);
    expect(error?.message).toBe('bad input in a');
  });
});

describe('inWorkers with the main thread as one of the count', () => {
  async function runHere(jobs: Job[], shared: { flags: SharedArrayBuffer }, here: (job: Job) => Promise<string>) {
    const got: string[] = [];
    const outcome = await inWorkers<{ flags: SharedArrayBuffer }, Job, string>(
      'test',
      shared,
      jobs,
      2,
      (r, i) => got.push(`${i}:${r}`),
      (j) => `job ${j.name}`,
      undefined,
      here,
    ).then(
      () => null,
      (e: Error) => e,
    );
    return { got, error: outcome };
  }

  it('takes the first job here while a worker takes the next, results in job order', async () => {
    const shared = flags();
    const waits = new Int32Array(shared.flags);
    // Job a, here, blocks this thread until job b has run: b can only have run in the worker.
    const { got, error } = await runHere(
      [
        { name: 'a', wait: 0 },
        { name: 'b', signal: 0 },
      ],
      shared,
      async (job) => {
        await Promise.resolve();
        if (job.wait !== undefined) Atomics.wait(waits, job.wait, 0);
        return `here ${job.name}`;
      },
    );
    expect(error).toBeNull();
    expect(got).toEqual(['0:here a', '1:b']);
  });

  it("a job that fails here is the caller's own error, as with no workers", async () => {
    const boom = new InputError('bad input here');
    const { got, error } = await runHere([{ name: 'a' }, { name: 'b' }], flags(), async (job) => {
      if (job.name === 'a') throw boom;
      return job.name;
    });
    expect(error).toBe(boom);
    expect(got).toEqual([]);
  });
});

describe('workersByDefault', () => {
  it('is the default count only when none is given (then a command starts workers only where they pay)', () => {
    expect(workersByDefault({})).toBe(true);
    expect(workersByDefault({ [WORKERS_ENV]: '' })).toBe(true);
    expect(workersByDefault({ [WORKERS_ENV]: '2' })).toBe(false);
    expect(workersByDefault({ [WORKERS_ENV]: '1' })).toBe(false);
  });
});

describe('workerCount', () => {
  it('takes the env var, and refuses one that is no whole number above 0', () => {
    expect(workerCount({ [WORKERS_ENV]: '3' })).toBe(3);
    expect(workerCount({ [WORKERS_ENV]: '1' })).toBe(1);
    for (const bad of ['0', '-1', '1.5', 'two']) expect(() => workerCount({ [WORKERS_ENV]: bad })).toThrow(InputError);
  });

  it('is 1 without a registered entry (tests, a library)', () => {
    setWorkerEntry(undefined);
    try {
      expect(workerCount({ [WORKERS_ENV]: '4' })).toBe(1);
    } finally {
      setWorkerEntry(path.join(dir, 'entry.mjs'));
    }
  });
});

describe('recordingReporter and replay', () => {
  it('replays what was recorded, in order, into a real reporter', async () => {
    const direct = recorder();
    const { reporter, events } = recordingReporter();
    for (const r of [direct, reporter]) {
      r.info('one');
      r.warning('two', 'f.json');
      const p = r.progress('verify x', { unit: 'items', total: 3 });
      p.add(2);
      p.detail('d');
      r.error('three');
      p.done('done');
      await r.group('g', async () => r.info('inside'));
    }
    const replayed = recorder();
    replay(structuredClone(events), replayed);
    // A group only folds the log: recorded flat.
    expect(replayed.lines).toEqual(direct.lines.filter((l) => !l.startsWith('group:')));
  });

  it("replays progress at the recorded times: the work's own rates, periodic lines and duration, however late the replay", () => {
    let t = 1_000_000;
    const { reporter, events } = recordingReporter(() => t);
    const p = reporter.progress('events: reading table', { unit: 'items', total: 60_000 });
    for (let i = 0; i < 6; i++) {
      t += 1000;
      p.add(10_000);
    }
    p.done('events: 60000 items read');
    // Replayed much later, in a reporter writing a line every 2.5 s of the clock it is given.
    const lines: string[] = [];
    const late = terminalReporter({ write: (s: string) => lines.push(s.trimEnd()), isTTY: false } as unknown as NodeJS.WriteStream, 2500);
    replay(structuredClone(events), late);
    expect(lines).toEqual([
      'events: reading table: 30,000/60,000 items, 10,000 items/s',
      'events: reading table: 60,000/60,000 items, 10,000 items/s',
      'events: reading table: 60,000/60,000 items, 10,000 items/s, done in 6.0s, events: 60000 items read',
    ]);
  });
});
