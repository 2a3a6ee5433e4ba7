/**
 * A message made in a worker thread names an option as the caller's run
 * spells it: the pool hands the spelling over with the worker's start, and
 * serveJobs runs each job with it. The worker loads the real pool and
 * option-name through tsx (jest cannot load .ts in a worker).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../../src/core/errors.js';
import { spellOptions } from '../../src/core/option-name.js';
import { inWorkers, setWorkerEntry } from '../../src/core/worker-pool.js';
import { ROOT } from '../harness/run-dist.js';

const src = (file: string) => pathToFileURL(path.join(ROOT, 'src', file)).href;

// Each job waits a turn of the event loop first: the spelling must hold across awaits, as in a real job.
const ENTRY = `
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
register();
const { serveJobs } = await import(${JSON.stringify(src('core/worker-pool.ts'))});
const { opt } = await import(${JSON.stringify(src('core/option-name.ts'))});
const { InputError } = await import(${JSON.stringify(src('core/errors.ts'))});
serveJobs(parentPort, workerData, async (shared, job) => {
  await new Promise((r) => setTimeout(r, 1));
  if (job.bad) throw new InputError('give ' + opt(job.name) + ' again');
  return opt(job.name);
});
`;

let dir: string;
beforeAll(async () => {
  // Inside the repository, so the entry finds tsx in its node_modules.
  dir = await mkdtemp(path.join(ROOT, 'node_modules', '.ddbrb-spelling-'));
  await writeFile(path.join(dir, 'entry.mjs'), ENTRY);
  setWorkerEntry(path.join(dir, 'entry.mjs'));
});
afterAll(async () => {
  setWorkerEntry(undefined);
  await rm(dir, { recursive: true, force: true });
});

type Job = { name: string; bad?: boolean };

async function inTwo(jobs: Job[]): Promise<{ got: string[]; error: Error | null }> {
  const got: string[] = [];
  const error = await inWorkers<null, Job, string>(
    'test',
    null,
    jobs,
    2,
    (r) => got.push(r),
    (j) => `job ${j.name}`,
  ).then(
    () => null,
    (e: Error) => e,
  );
  return { got, error };
}

const jobs: Job[] = [{ name: 'resume' }, { name: 'from' }, { name: 'since' }];

describe('a worker names an option as the caller spells it', () => {
  it("the action's run: input x, in every worker", async () => {
    expect(await spellOptions('input', () => inTwo(jobs))).toEqual({ got: ['input resume', 'input from', 'input since'], error: null });
  });

  it("the CLI's run (and a run no front end set): --x", async () => {
    expect(await spellOptions('flag', () => inTwo(jobs))).toEqual({ got: ['--resume', '--from', '--since'], error: null });
    expect((await inTwo(jobs)).got).toEqual(['--resume', '--from', '--since']);
  });

  it("a worker's error says it the caller's way too", async () => {
    const { error } = await spellOptions('input', () => inTwo([{ name: 'resume' }, { name: 'from', bad: true }]));
    expect(error).toBeInstanceOf(InputError);
    expect(error?.message).toBe('give input from again');
  });
});
