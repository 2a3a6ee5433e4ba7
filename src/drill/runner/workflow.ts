/**
 * The parts of a workflow file the drill runs, read from its YAML. Shapes
 * are checked only as far as running needs; GitHub's parser and actionlint
 * check the rest in the workflow tests.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { InputError } from '../../core/errors.js';
import { opt } from '../../core/option-name.js';

export interface InputSpec {
  description?: string;
  required?: boolean;
  default?: unknown;
  type?: string;
  options?: unknown[];
}

export interface StepSpec {
  id?: string;
  name?: string;
  if?: unknown;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'working-directory'?: string;
  'continue-on-error'?: unknown;
  'timeout-minutes'?: number;
}

export interface JobSpec {
  name?: string;
  needs?: string | string[];
  if?: unknown;
  environment?: string | { name?: string; url?: string };
  env?: Record<string, unknown>;
  outputs?: Record<string, string>;
  steps?: StepSpec[];
  uses?: string;
  defaults?: { run?: { shell?: string; 'working-directory'?: string } };
  'timeout-minutes'?: number;
  'continue-on-error'?: unknown;
}

export interface WorkflowSpec {
  name?: string;
  on?: unknown;
  env?: Record<string, unknown>;
  defaults?: { run?: { shell?: string; 'working-directory'?: string } };
  jobs: Record<string, JobSpec>;
}

export interface Workflow {
  file: string;
  spec: WorkflowSpec;
  /** workflow_dispatch inputs (workflow_call's when it has none). */
  inputs: Record<string, InputSpec>;
}

function triggers(on: unknown): Record<string, unknown> {
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((t) => [String(t), null]));
  if (on && typeof on === 'object') return on as Record<string, unknown>;
  return {};
}

export function needsOf(job: JobSpec): string[] {
  if (job.needs === undefined) return [];
  return Array.isArray(job.needs) ? job.needs.map(String) : [String(job.needs)];
}

export async function loadWorkflow(file: string): Promise<Workflow> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(
      `${opt('workflow')} ${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); give the path of a workflow file`,
    );
  }
  let spec: WorkflowSpec;
  try {
    spec = parse(text) as WorkflowSpec;
  } catch (err) {
    throw new InputError(`${opt('workflow')} ${file}: not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  if (!spec || typeof spec !== 'object' || !spec.jobs || typeof spec.jobs !== 'object')
    throw new InputError(`${opt('workflow')} ${file}: no jobs: this is not a workflow file`);
  const on = triggers(spec.on);
  const pick = (t: string) => (on[t] as { inputs?: Record<string, InputSpec> } | null)?.inputs ?? undefined;
  const inputs = pick('workflow_dispatch') ?? pick('workflow_call') ?? {};
  for (const [name, job] of Object.entries(spec.jobs)) {
    for (const need of needsOf(job))
      if (!spec.jobs[need])
        throw new InputError(`${opt('workflow')} ${file}: job ${name} needs ${need}, which is not a job of the workflow`);
  }
  return { file, spec, inputs };
}

/** The jobs in an order that honours every `needs` (file order among equals); a cycle is refused. */
export function jobOrder(spec: WorkflowSpec, file: string): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, chain: string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting')
      throw new InputError(`${opt('workflow')} ${file}: the jobs' needs form a cycle: ${[...chain, name].join(' -> ')}`);
    state.set(name, 'visiting');
    for (const need of needsOf(spec.jobs[name]!)) visit(need, [...chain, name]);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of Object.keys(spec.jobs)) visit(name, []);
  return order;
}
