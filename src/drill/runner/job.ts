/**
 * One job: its `if:` over the jobs it needs, its environment's gate, the
 * runner's workspace and temp folder emptied, its env, its steps in order,
 * its outputs for the jobs that need it.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { evaluateCondition, evaluateMap, evaluateValue, type JobStatus, type Json, type Known, type Scope } from './expressions.js';
import type { JobState } from './job-state.js';
import type { WorkflowRun } from './run-context.js';
import { runStep } from './step.js';
import type { JobRecord, JobResult, StepRecord } from './step-result.js';
import { type JobSpec, needsOf } from './workflow.js';

function environmentName(job: JobSpec): string | undefined {
  if (!job.environment) return undefined;
  return typeof job.environment === 'string' ? job.environment : job.environment.name;
}

export async function runJob(run: WorkflowRun, name: string, job: JobSpec): Promise<JobRecord> {
  const o = run.options;
  const started = Date.now();
  const needs = needsOf(job);
  const needsCtx: Record<string, Json> = Object.fromEntries(
    needs.map((n) => [n, { result: run.done.get(n)!.result, outputs: run.done.get(n)!.outputs }]),
  );
  const known: Known = { steps: new Map(), needs: new Map(needs.map((n) => [n, new Set(Object.keys(run.spec.jobs[n]!.outputs ?? {}))])) };
  // The job's if: sees its needs; its steps start from a clean status, as on GitHub.
  const needsStatus: JobStatus = { failed: needs.some((n) => run.done.get(n)!.result !== 'success'), cancelled: false };
  const record = (result: JobResult, note: string, steps: StepRecord[] = [], outputs: Record<string, string> = {}): JobRecord => ({
    job: name,
    result,
    note,
    seconds: (Date.now() - started) / 1000,
    steps,
    outputs,
  });
  const jobScope = (where: string): Scope => ({
    contexts: { ...run.base, needs: needsCtx },
    status: needsStatus,
    known,
    where: `job ${name}, ${where}`,
  });
  const fail = (note: string): JobRecord => {
    o.onLine(`failed   ${name}: ${note}`);
    return record('failure', note);
  };

  if (job.uses) return fail(`job ${name} calls the reusable workflow ${job.uses}: the drill runs one workflow file at a time`);
  let admitted: boolean;
  let environment: string | undefined;
  try {
    admitted = evaluateCondition(job.if, jobScope('if'));
    const raw = environmentName(job);
    environment = admitted && raw !== undefined ? evaluateValue(raw, jobScope('environment')) : undefined;
  } catch (err) {
    return fail((err as Error).message);
  }
  if (!admitted) {
    o.onLine(`skipped  ${name} (if: ${job.if === undefined ? 'success(), and a job it needs did not succeed' : String(job.if)})`);
    return record('skipped', `if: ${job.if === undefined ? 'a job it needs did not succeed' : String(job.if)}`);
  }
  if (environment && !(await gate(environment))) return record('skipped', `not approved: environment ${environment}`);

  const state = await prepare();
  if ('result' in state) return state;
  for (const [index, step] of (job.steps ?? []).entries()) await runStep(run, state, step, index);

  let outputs: Record<string, string>;
  const allSteps: Known = { ...known, steps: new Map([...known.steps]) };
  try {
    outputs = evaluateMap(job.outputs, (k) => ({
      contexts: { ...state.contexts(), steps: state.stepsContext as unknown as Json, env: { ...state.env, ...state.fileEnv } },
      status: state.status,
      known: allSteps,
      where: `job ${name}, outputs.${k}`,
    }));
  } catch (err) {
    state.status.failed = true;
    o.onLine(`failed   ${name}: ${(err as Error).message}`);
    return record('failure', (err as Error).message, state.steps);
  }
  const failed = state.status.failed;
  return record(
    failed ? 'failure' : 'success',
    failed ? `failed at ${state.steps.find((s) => s.status === 'failed')?.step ?? '?'}` : '',
    state.steps,
    outputs,
  );

  /** The environment's gate, as its required reviewers would hold the job. */
  async function gate(environment: string): Promise<boolean> {
    if (!(await o.gate(name, environment))) {
      o.onLine(`refused  ${name}: environment ${environment} not approved`);
      return false;
    }
    o.onLine(`approved ${name}: environment ${environment}`);
    return true;
  }

  /** The workspace and temp folder emptied, the job's folder, contexts and env: its state, or a failure when its env cannot be evaluated. */
  async function prepare(): Promise<JobState | JobRecord> {
    const dir = path.join(o.work, 'jobs', name);
    const repoName = String(o.github.repository ?? 'repo')
      .split('/')
      .pop()!;
    const workspace = path.join(o.runner, 'work', repoName, repoName);
    const runnerTemp = path.join(o.runner, 'work', '_temp');
    for (const d of [workspace, runnerTemp]) await rm(d, { recursive: true, force: true });
    await mkdir(runnerTemp, { recursive: true });
    await mkdir(workspace, { recursive: true });
    await mkdir(dir, { recursive: true });
    await o.prepareWorkspace?.(name, workspace);
    const status: JobStatus = { failed: false, cancelled: false };
    const github = { ...(run.base.github as Record<string, Json>), job: name, workspace, action_path: o.action.root };
    const runner = {
      os: 'Linux',
      arch: 'X64',
      name: 'drill',
      temp: runnerTemp,
      tool_cache: path.join(dir, 'tool-cache'),
      environment: 'self-hosted',
    };
    const contexts = (): Record<string, Json> => ({
      ...run.base,
      github,
      needs: needsCtx,
      runner,
      job: { status: status.failed ? 'failure' : 'success' },
    });
    let env: Record<string, string>;
    try {
      env = {
        ...run.workflowEnv,
        ...evaluateMap(job.env, (k) => ({ ...jobScope(`env.${k}`), contexts: { ...contexts(), env: run.workflowEnv } })),
      };
    } catch (err) {
      return fail((err as Error).message);
    }
    return {
      name,
      job,
      dir,
      workspace,
      runnerTemp,
      known,
      status,
      contexts,
      env,
      fileEnv: {},
      extraPath: [],
      steps: [],
      stepsContext: {},
      timeoutMs: (job['timeout-minutes'] ?? 360) * 60_000,
    };
  }
}
