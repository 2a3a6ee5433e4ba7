/**
 * Runs a workflow file as GitHub would: jobs in `needs` order, each job's
 * and step's `if:`, `env:` and `with:` through GitHub's expression library,
 * `run:` in bash with the step's shell, this package's action through its
 * committed bundle (INPUT_*, GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STEP_SUMMARY,
 * GITHUB_PATH), third-party actions through their local equivalents, job
 * outputs wired into `needs`. The file is what runs: a step removed or an
 * output misspelt fails where it is used.
 */
import { spawn } from 'node:child_process';
import { appendFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../core/errors.js';
import { type ActionManifest, inputVariable } from './action-manifest.js';
import { evaluateCondition, evaluateValue, ExpressionProblem, type JobStatus, type Json, type Known, type Scope } from './expressions.js';
import { actionName, type LocalAction } from './local-action.js';
import { readCommandFile, readPathFile } from './runner-files.js';
import type { JobRecord, JobResult, StepRecord, WorkflowRecord } from './step-result.js';
import { jobOrder, type JobSpec, needsOf, type StepSpec, type Workflow } from './workflow.js';

/** What a step of this package's action may change before and after it runs (what cannot run here). */
export interface ActionAdapter {
  /** Inputs to add (never to override) for a command, with the reason shown. */
  before?(inputs: Record<string, string>): { add: Record<string, string>; note: string } | null;
  /** After a step that succeeded: skipped (it did not really do its work here, the reason given) or a note on what it did here. */
  after?(inputs: Record<string, string>, outputs: Record<string, string>): { skipped: string } | { note: string } | null;
}

export interface RunWorkflowOptions {
  workflow: Workflow;
  inputs: Record<string, string>;
  /** The event that started the run; default workflow_dispatch with the inputs. */
  event?: { name: string; payload: Record<string, Json> };
  vars: Record<string, string>;
  secrets: Record<string, string>;
  /** The github context (repository, sha, ref, actor...); event, job and workspace are added per job. */
  github: Record<string, Json>;
  /** This run's folder: step logs, the collected summaries, the event. */
  work: string;
  /**
   * The runner's folder. As on a GitHub-hosted runner, every job gets the
   * same workspace path (<runner>/work/<repo>/<repo>) and temp folder
   * (<runner>/work/_temp), emptied before it starts: an absolute path one
   * job records is the same path in the next, and nothing else carries over.
   */
  runner: string;
  /** The environment every step starts from (PATH, HOME...). */
  baseEnv: Record<string, string>;
  action: ActionManifest;
  /** Names this action goes by besides ./ (owner/dynamodb-rollback; "*" as the owner for any). */
  actionNames: readonly string[];
  localActions: Readonly<Record<string, LocalAction>>;
  /** Keyed by the action's `command` input. */
  adapters?: Readonly<Record<string, ActionAdapter>>;
  /** The environment gate: true lets the job run. */
  gate(job: string, environment: string): Promise<boolean>;
  /** Makes a job's workspace folder before its steps (checkout fills it). */
  prepareWorkspace?(job: string, workspace: string): Promise<void>;
  node: string;
  onLine(line: string): void;
}

// As the runner runs them: a step with no shell gets `bash -e {0}`; `shell: bash` gets pipefail and no profile.
const UNSPECIFIED_SHELL = 'bash -e {0}';
const SHELLS: Record<string, string> = { bash: 'bash --noprofile --norc -eo pipefail {0}', sh: 'sh -e {0}', python: 'python {0}' };

function stepLabel(step: StepSpec, index: number): string {
  return step.id ?? step.name ?? (step.uses ? step.uses.split('@')[0]! : `run ${index + 1}: ${String(step.run ?? '').trim().split('\n')[0]!.slice(0, 40)}`);
}

function environmentName(job: JobSpec): string | undefined {
  if (!job.environment) return undefined;
  return typeof job.environment === 'string' ? job.environment : job.environment.name;
}

/** Typed dispatch inputs: defaults, then --input k=v; booleans and numbers as their types. */
export function resolveInputs(workflow: Workflow, given: Record<string, string>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const name of Object.keys(given)) {
    if (!workflow.inputs[name]) throw new WorkflowInputError(`--input ${name}: ${workflow.file} has no input ${name} (it has: ${Object.keys(workflow.inputs).join(', ') || 'none'})`);
  }
  for (const [name, spec] of Object.entries(workflow.inputs)) {
    const raw = given[name] ?? (spec.default === undefined ? undefined : String(spec.default));
    if (raw === undefined) {
      if (spec.required) throw new WorkflowInputError(`--input ${name}: ${workflow.file} requires input ${name}; give --input ${name}=...`);
      out[name] = spec.type === 'boolean' ? false : '';
      continue;
    }
    if (spec.type === 'boolean') {
      if (raw !== 'true' && raw !== 'false') throw new WorkflowInputError(`--input ${name}: expected true or false, got ${JSON.stringify(raw)}`);
      out[name] = raw === 'true';
    } else if (spec.type === 'number') {
      if (!Number.isFinite(Number(raw))) throw new WorkflowInputError(`--input ${name}: expected a number, got ${JSON.stringify(raw)}`);
      out[name] = Number(raw);
    } else if (spec.type === 'choice' && spec.options && !spec.options.map(String).includes(raw)) {
      throw new WorkflowInputError(`--input ${name}: expected one of ${spec.options.join(', ')}, got ${JSON.stringify(raw)}`);
    } else {
      out[name] = raw;
    }
  }
  return out;
}

/** A dispatch input the workflow does not take, or lacks: bad usage (exit 2). */
export class WorkflowInputError extends InputError {}

function evaluateMap(map: Record<string, unknown> | undefined, scope: (key: string) => Scope): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map ?? {})) out[k] = evaluateValue(v, scope(k));
  return out;
}

interface ChildRun {
  code: number | null;
  timedOut: boolean;
}

function runChild(command: string, args: string[], cwd: string, env: Record<string, string>, log: string, timeoutMs: number): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const write = (d: Buffer) => void appendFile(log, d);
    child.stdout.on('data', write);
    child.stderr.on('data', write);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      void appendFile(log, `${err.message}\n`).then(() => resolve({ code: 127, timedOut }));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut });
    });
  });
}

/** The shell line of a step, split into a command and its arguments with the script's path for {0}. */
function shellCommand(shell: string, script: string): [string, string[]] {
  const template = SHELLS[shell] ?? shell;
  const parts = template.includes('{0}') ? template.split(/\s+/) : [...template.split(/\s+/), '{0}'];
  const args = parts.slice(1).map((a) => a.replace('{0}', script));
  return [parts[0]!, args];
}

/** The first `::error::` line a step printed, else its last lines: why it failed, without the item values it never prints. */
async function failureLine(log: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(log, 'utf8').catch(() => '');
  const error = /^::error(?: [^:]*)?::(.*)$/m.exec(text);
  if (error) return error[1]!.replace(/%0A/g, ' ').replace(/%25/g, '%').slice(0, 400);
  const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('::'));
  return lines.slice(-2).join(' | ').slice(0, 400);
}

export async function runWorkflow(o: RunWorkflowOptions): Promise<WorkflowRecord> {
  const started = Date.now();
  const { workflow } = o;
  const spec = workflow.spec;
  const eventName = o.event?.name ?? 'workflow_dispatch';
  // Only a dispatch (or a call) has inputs; on any other event the inputs context is empty.
  const inputs = eventName === 'workflow_dispatch' ? resolveInputs(workflow, o.inputs) : {};
  const event = o.event?.payload ?? { inputs: inputs as Json };
  const base = { github: { ...o.github, event_name: eventName, event }, inputs, vars: o.vars, secrets: o.secrets } as Record<string, Json>;
  const noStatus: JobStatus = { failed: false, cancelled: false };
  const workflowEnv = evaluateMap(spec.env, (k) => ({ contexts: base, status: noStatus, where: `env.${k}` }));
  const summaryFile = path.join(o.work, 'step-summaries.md');
  await mkdir(o.work, { recursive: true });
  await writeFile(summaryFile, '');
  const eventFile = path.join(o.work, 'event.json');
  await writeFile(eventFile, JSON.stringify(event, null, 2));
  const jobs: JobRecord[] = [];
  const done = new Map<string, JobRecord>();

  for (const name of jobOrder(spec, workflow.file)) {
    const job = spec.jobs[name]!;
    const record = await runJob(name, job);
    jobs.push(record);
    done.set(name, record);
  }
  const ok = jobs.every((j) => j.result === 'success' || (j.result === 'skipped' && !j.note.startsWith('not approved')));
  return { file: workflow.file, ok: ok && jobs.some((j) => j.result === 'success'), seconds: (Date.now() - started) / 1000, jobs, summaryFile };

  async function runJob(name: string, job: JobSpec): Promise<JobRecord> {
    const jobStarted = Date.now();
    const needs = needsOf(job);
    const needsCtx: Record<string, Json> = Object.fromEntries(needs.map((n) => [n, { result: done.get(n)!.result, outputs: done.get(n)!.outputs }]));
    const known: Known = { steps: new Map(), needs: new Map(needs.map((n) => [n, new Set(Object.keys(spec.jobs[n]!.outputs ?? {}))])) };
    // The job's if: sees its needs; its steps start from a clean status, as on GitHub.
    const needsStatus: JobStatus = { failed: needs.some((n) => done.get(n)!.result !== 'success'), cancelled: false };
    const jobStatus: JobStatus = { failed: false, cancelled: false };
    const record = (result: JobResult, note: string, steps: StepRecord[] = [], outputs: Record<string, string> = {}): JobRecord => ({ job: name, result, note, seconds: (Date.now() - jobStarted) / 1000, steps, outputs });
    const jobScope = (where: string): Scope => ({ contexts: { ...base, needs: needsCtx }, status: needsStatus, known, where: `job ${name}, ${where}` });

    if (job.uses) return fail(`job ${name} calls the reusable workflow ${job.uses}: the drill runs one workflow file at a time`);
    let run: boolean;
    try {
      run = evaluateCondition(job.if, jobScope('if'));
    } catch (err) {
      return fail((err as Error).message);
    }
    if (!run) {
      o.onLine(`skipped  ${name} (if: ${job.if === undefined ? 'success(), and a job it needs did not succeed' : String(job.if)})`);
      return record('skipped', `if: ${job.if === undefined ? 'a job it needs did not succeed' : String(job.if)}`);
    }
    let environment: string | undefined;
    try {
      const raw = environmentName(job);
      environment = raw === undefined ? undefined : evaluateValue(raw, jobScope('environment'));
    } catch (err) {
      return fail((err as Error).message);
    }
    if (environment) {
      const approved = await o.gate(name, environment);
      if (!approved) {
        o.onLine(`refused  ${name}: environment ${environment} not approved`);
        return record('skipped', `not approved: environment ${environment}`);
      }
      o.onLine(`approved ${name}: environment ${environment}`);
    }

    function fail(note: string): JobRecord {
      o.onLine(`failed   ${name}: ${note}`);
      return record('failure', note);
    }

    const jobDir = path.join(o.work, 'jobs', name);
    const repoName = String(o.github.repository ?? 'repo').split('/').pop()!;
    const workspace = path.join(o.runner, 'work', repoName, repoName);
    const runnerTemp = path.join(o.runner, 'work', '_temp');
    for (const d of [workspace, runnerTemp]) await rm(d, { recursive: true, force: true });
    await mkdir(runnerTemp, { recursive: true });
    await mkdir(workspace, { recursive: true });
    await mkdir(jobDir, { recursive: true });
    await o.prepareWorkspace?.(name, workspace);
    const github = { ...(base.github as Record<string, Json>), job: name, workspace, action_path: o.action.root };
    const runner = { os: 'Linux', arch: 'X64', name: 'drill', temp: runnerTemp, tool_cache: path.join(jobDir, 'tool-cache'), environment: 'self-hosted' };
    const contexts = (): Record<string, Json> => ({ ...base, github, needs: needsCtx, runner, job: { status: jobStatus.failed ? 'failure' : 'success' } });

    let jobEnv: Record<string, string>;
    try {
      jobEnv = { ...workflowEnv, ...evaluateMap(job.env, (k) => ({ ...jobScope(`env.${k}`), contexts: { ...contexts(), env: workflowEnv } })) };
    } catch (err) {
      return fail((err as Error).message);
    }
    const fileEnv: Record<string, string> = {};
    const extraPath: string[] = [];
    const stepsCtx: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
    const steps: StepRecord[] = [];
    const timeoutMs = (job['timeout-minutes'] ?? 360) * 60_000;

    for (const [index, step] of (job.steps ?? []).entries()) {
      const label = stepLabel(step, index);
      const stepStarted = Date.now();
      const where = `job ${name}, step ${label}`;
      const finish = (status: StepRecord['status'], note: string, outputs: Record<string, string> = {}, outcome = status === 'ok' ? 'success' : status === 'failed' ? 'failure' : 'skipped') => {
        const continueOnError = status === 'failed' && evaluateContinue(step, where);
        if (step.id) stepsCtx[step.id] = { outputs, outcome, conclusion: continueOnError ? 'success' : outcome };
        if (status === 'failed' && !continueOnError) jobStatus.failed = true;
        const rec: StepRecord = { job: name, step: label, status, note, seconds: (Date.now() - stepStarted) / 1000, outputs };
        steps.push(rec);
        o.onLine(`${status.padEnd(8)} ${name} › ${label} (${rec.seconds.toFixed(1)} s)${note ? `: ${note}` : ''}`);
      };
      const scope = (field: string, env: Record<string, string>): Scope => ({ contexts: { ...contexts(), steps: stepsCtx as unknown as Json, env }, status: jobStatus, known, where: `${where}, ${field}` });
      const envSoFar = { ...jobEnv, ...fileEnv };
      try {
        if (!evaluateCondition(step.if, scope('if', envSoFar))) {
          finish('skipped', `if: ${step.if === undefined ? 'success(), and an earlier step failed' : String(step.if)}`);
          registerStep(step);
          continue;
        }
      } catch (err) {
        finish('failed', (err as Error).message);
        registerStep(step);
        continue;
      }
      o.onLine(`running  ${name} › ${label}`);
      let stepEnv: Record<string, string>;
      let withValues: Record<string, string>;
      try {
        stepEnv = { ...envSoFar, ...evaluateMap(step.env, (k) => scope(`env.${k}`, envSoFar)) };
        withValues = evaluateMap(step.with, (k) => scope(`with.${k}`, stepEnv));
      } catch (err) {
        finish('failed', err instanceof ExpressionProblem ? err.message : `${where}: ${(err as Error).message}`);
        registerStep(step);
        continue;
      }
      const files = {
        GITHUB_OUTPUT: path.join(runnerTemp, `output-${index}`),
        GITHUB_ENV: path.join(runnerTemp, `env-${index}`),
        GITHUB_PATH: path.join(runnerTemp, `path-${index}`),
        GITHUB_STEP_SUMMARY: path.join(runnerTemp, `summary-${index}`),
        GITHUB_STATE: path.join(runnerTemp, `state-${index}`),
      };
      for (const f of Object.values(files)) await writeFile(f, '');
      const log = path.join(jobDir, `${String(index + 1).padStart(2, '0')}-${label.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 40)}.log`);
      await writeFile(log, '');
      const processEnv: Record<string, string> = {
        ...o.baseEnv,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_JOB: name,
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_RUN_ATTEMPT: String(o.github.run_attempt ?? '1'),
        GITHUB_RUN_NUMBER: String(o.github.run_number ?? '1'),
        GITHUB_TRIGGERING_ACTOR: String(o.github.triggering_actor ?? o.github.actor ?? ''),
        GITHUB_REPOSITORY: String(o.github.repository ?? ''),
        GITHUB_SHA: String(o.github.sha ?? ''),
        GITHUB_REF: String(o.github.ref ?? ''),
        GITHUB_ACTOR: String(o.github.actor ?? ''),
        GITHUB_RUN_ID: String(o.github.run_id ?? ''),
        GITHUB_SERVER_URL: String(o.github.server_url ?? ''),
        GITHUB_API_URL: String(o.github.api_url ?? ''),
        RUNNER_TEMP: runnerTemp,
        RUNNER_OS: 'Linux',
        ...files,
        ...stepEnv,
      };
      if (extraPath.length > 0) processEnv.PATH = [...extraPath, processEnv.PATH ?? ''].join(path.delimiter);
      const stepTimeout = step['timeout-minutes'] ? step['timeout-minutes'] * 60_000 : timeoutMs;

      if (step.run !== undefined) {
        const shell = step.shell ?? job.defaults?.run?.shell ?? spec.defaults?.run?.shell ?? UNSPECIFIED_SHELL;
        const dir = step['working-directory'] ?? job.defaults?.run?.['working-directory'] ?? spec.defaults?.run?.['working-directory'];
        const script = path.join(runnerTemp, `step-${index}.sh`);
        await writeFile(script, String(step.run));
        const [cmd, args] = shellCommand(shell, script);
        const res = await runChild(cmd, args, dir ? path.resolve(workspace, evaluateValue(dir, scope('working-directory', stepEnv))) : workspace, processEnv, log, stepTimeout);
        await collect();
        const outputs = await readCommandFile(files.GITHUB_OUTPUT);
        if (res.code === 0) finish('ok', '', outputs);
        else finish('failed', res.timedOut ? `timed out after ${stepTimeout / 60_000} min` : `exit ${res.code}: ${await failureLine(log)} (log: ${log})`, outputs);
      } else if (step.uses && isThisAction(step.uses)) {
        const given = { ...withValues };
        const command = given.command ?? '';
        const adapter = o.adapters?.[command];
        const before = adapter?.before?.(given) ?? null;
        // The runner evaluates action.yml's defaults too (the token's is ${{ github.token }}).
        const defaults = evaluateMap(o.action.defaults, (k) => scope(`action.yml default of ${k}`, stepEnv));
        const inputsForRun = { ...defaults, ...(before ? Object.fromEntries(Object.entries(before.add).filter(([k]) => given[k] === undefined)) : {}), ...given };
        const env = { ...processEnv };
        for (const [k, v] of Object.entries(inputsForRun)) env[inputVariable(k)] = v;
        const res = await runChild(o.node, [o.action.main], workspace, env, log, stepTimeout);
        await collect();
        const outputs = await readCommandFile(files.GITHUB_OUTPUT);
        if (res.code !== 0) {
          finish('failed', res.timedOut ? `timed out after ${stepTimeout / 60_000} min` : `${await failureLine(log)} (log: ${log})`, outputs);
        } else {
          const after = adapter?.after?.(inputsForRun, outputs) ?? null;
          if (after && 'skipped' in after) finish('skipped', after.skipped, outputs, 'success');
          else finish('ok', [before?.note, after?.note].filter(Boolean).join('; '), outputs);
        }
      } else if (step.uses) {
        const local = o.localActions[actionName(step.uses)];
        if (!local) {
          finish('failed', `${where}: uses ${step.uses}, which the drill has no local equivalent for (it runs this package's action, run: steps and the actions in its table: ${Object.keys(o.localActions).join(', ')})`);
        } else {
          try {
            const res = await local.run({ with: withValues, workspace, job: name, env: processEnv });
            Object.assign(fileEnv, res.env ?? {});
            finish(res.status, res.note, res.outputs ?? {}, res.status === 'ok' ? 'success' : 'skipped');
          } catch (err) {
            finish('failed', `${step.uses}: ${(err as Error).message}`);
          }
        }
      } else {
        finish('failed', `${where}: neither run: nor uses:`);
      }
      registerStep(step);

      async function collect(): Promise<void> {
        Object.assign(fileEnv, await readCommandFile(files.GITHUB_ENV));
        extraPath.unshift(...(await readPathFile(files.GITHUB_PATH)).reverse());
        const { readFile } = await import('node:fs/promises');
        const summary = await readFile(files.GITHUB_STEP_SUMMARY, 'utf8').catch(() => '');
        if (summary.trim()) await appendFile(summaryFile, `<!-- ${name} › ${label} -->\n${summary}\n`);
      }
    }

    let outputs: Record<string, string>;
    const allSteps: Known = { ...known, steps: new Map([...known.steps]) };
    try {
      outputs = evaluateMap(job.outputs, (k) => ({ contexts: { ...contexts(), steps: stepsCtx as unknown as Json, env: { ...jobEnv, ...fileEnv } }, status: jobStatus, known: allSteps, where: `job ${name}, outputs.${k}` }));
    } catch (err) {
      jobStatus.failed = true;
      o.onLine(`failed   ${name}: ${(err as Error).message}`);
      return record('failure', (err as Error).message, steps);
    }
    return record(jobStatus.failed ? 'failure' : 'success', jobStatus.failed ? `failed at ${steps.find((s) => s.status === 'failed')?.step ?? '?'}` : '', steps, outputs);

    function registerStep(step: StepSpec): void {
      if (!step.id) return;
      known.steps.set(step.id, step.uses && isThisAction(step.uses) ? new Set([...o.action.outputs, 'ok']) : null);
    }
  }

  function evaluateContinue(step: StepSpec, where: string): boolean {
    const v = step['continue-on-error'];
    if (v === undefined) return false;
    if (typeof v === 'boolean') return v;
    try {
      return evaluateValue(v, { contexts: base, status: noStatus, where: `${where}, continue-on-error` }) === 'true';
    } catch {
      return false;
    }
  }

  function isThisAction(uses: string): boolean {
    if (uses === './' || uses === '.') return true;
    const name = actionName(uses);
    return o.actionNames.some((n) => n === name || (n.startsWith('*/') && name.endsWith(n.slice(1))));
  }
}
