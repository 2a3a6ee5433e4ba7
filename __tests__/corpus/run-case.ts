/**
 * One bad input, run through the CLI in process (`main(argv, cwd)`), and
 * what the contract asks of it: exit 2 (1 only for a runtime
 * failure, with the reason written in the case), exactly one error line
 * naming the thing and saying what to do, no stack trace or error class,
 * no item value, and nothing changed: not the repository, not the tables,
 * not the buckets.
 */
import { cp, rm } from 'node:fs/promises';
import { jest } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { personalValues } from '../fixtures/events-app.js';
import { copyRepo, listing, PAGE_SECRET, remoteState, type World } from './world.js';

export interface BadCase {
  /** What is wrong, as a test title. */
  name: string;
  /** The command line; repo is the scratch repository (also the cwd). */
  argv: (w: World, repo: string) => string[];
  /** Makes the repository bad; the case then runs on its own copy. */
  setup?: (repo: string, w: World) => Promise<unknown>;
  /** The error line must match: it names the option, file or field and says what to do. */
  error: RegExp | ((w: World) => RegExp);
  /** 2 unless given; 1 must come with why. */
  code?: 1 | 2;
  why?: string;
}

const STACK_LINE = /^\s+at /m;
const ERROR_CLASS = /\b(?:[A-Z][A-Za-z]*Error|Error|AggregateError)(?: \[[A-Z_]+\])?: /;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function capture(run: () => Promise<number>): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    stdout += String(chunk);
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await run(), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Runs the CLI for a case's setup (a real rollback before an undo case, say), its output dropped; it must succeed. */
export async function runQuietly(argv: string[], cwd: string): Promise<void> {
  const outcome = await capture(() => main(argv, cwd));
  if (outcome.code !== 0) throw new Error(`setup: ${argv.join(' ')} exited ${outcome.code}: ${outcome.stderr}`);
}

/** Everything wrong with the outcome of one case; empty when it meets the contract. */
export async function problemsOf(world: World, c: BadCase): Promise<{ problems: string[]; outcome: Outcome }> {
  if (c.code === 1 && !c.why) throw new Error(`corpus case "${c.name}": exit 1 needs a why`);
  const repo = c.setup ? await copyRepo(world) : world.app.root;
  try {
    if (c.setup) await c.setup(repo, world);
    const before = await listing(repo);
    const argv = c.argv(world, repo);
    const outcome = await capture(() => main(argv, repo));
    const problems: string[] = [];
    const expected = c.code ?? 2;
    if (outcome.code !== expected) problems.push(`exit ${outcome.code}, expected ${expected}`);
    const errorLines = outcome.stderr.split('\n').filter((l) => /^\s*error: /.test(l));
    if (errorLines.length !== 1) problems.push(`${errorLines.length} error lines on stderr, expected 1`);
    else {
      const wanted = typeof c.error === 'function' ? c.error(world) : c.error;
      if (!wanted.test(errorLines[0]!)) problems.push(`error line does not match ${wanted}`);
    }
    if (outcome.stdout !== '') problems.push('stdout is not empty');
    const both = `${outcome.stdout}\n${outcome.stderr}`;
    if (STACK_LINE.test(both)) problems.push('a stack trace line');
    if (ERROR_CLASS.test(both)) problems.push(`an error class prefix (${ERROR_CLASS.exec(both)![0]})`);
    const leaked = personalValues().filter((v) => both.includes(v));
    if (leaked.length > 0) problems.push(`${leaked.length} item values in the output`);
    if (both.includes(PAGE_SECRET) || /<html|<body/i.test(both)) problems.push("the fake endpoint's response body in the output");
    const after = await listing(repo);
    for (const p of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (before[p] !== after[p]) problems.push(`${p}: ${before[p] ?? 'absent'} -> ${after[p] ?? 'absent'}`);
    }
    // Only the two endpoints reach dynalite and s3rver (the loopback guard stops anything else, and no
    // AWS_ENDPOINT_URL is set), so a case that names neither cannot have changed them.
    const viaEnv = Object.keys(process.env).some((k) => k.startsWith('AWS_ENDPOINT_URL'));
    if (viaEnv || argv.some((a) => a.includes(world.endpoint) || a.includes(world.s3Endpoint))) {
      const remoteAfter = await remoteState(world);
      for (const k of new Set([...Object.keys(world.remote), ...Object.keys(remoteAfter)])) {
        if (world.remote[k] !== remoteAfter[k]) problems.push(`${k} changed`);
      }
    }
    if (!c.setup && problems.some((p) => p.includes(' -> '))) await restoreBase(world);
    return { problems, outcome };
  } finally {
    if (c.setup) await rm(repo, { recursive: true, force: true });
  }
}

/** A case that wrongly wrote into the shared repository must not spoil the next ones. */
async function restoreBase(world: World): Promise<void> {
  await rm(world.app.root, { recursive: true, force: true });
  await cp(world.template, world.app.root, { recursive: true, verbatimSymlinks: true });
}

/** Declares one test per case in the current describe block. */
export function runCorpus(getWorld: () => World, cases: readonly BadCase[]): void {
  const names = new Set<string>();
  for (const c of cases) {
    if (names.has(c.name)) throw new Error(`corpus: two cases named "${c.name}"`);
    names.add(c.name);
  }
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { problems, outcome } = await problemsOf(getWorld(), c);
    // On failure the output is shown too, so the diff says what the command did.
    expect(problems.length === 0 ? [] : [...problems, `stdout: ${outcome.stdout}`, `stderr: ${outcome.stderr}`]).toEqual([]);
  });
}
