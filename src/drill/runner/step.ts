/**
 * One step of a job: its `if:`, then its env and `with:` evaluated, its
 * files and log made, then the kind of step it is run (a script, the action
 * under test, an action of the table) and its outcome recorded.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluateCondition, evaluateMap, evaluateValue, ExpressionProblem, type Json, type Scope } from './expressions.js';
import type { JobState, StepOutcome, StepRun } from './job-state.js';
import { NO_STATUS, type WorkflowRun } from './run-context.js';
import { stepProcessEnv } from './runner-env.js';
import { collectStepFiles, createStepFiles } from './runner-files.js';
import type { StepRecord } from './step-result.js';
import { runScript } from './step-run.js';
import { runTableAction } from './step-table-action.js';
import { isThisAction, runThisAction } from './step-this-action.js';
import type { StepSpec } from './workflow.js';

/** The step's id, else its name, else what it runs. */
export function stepLabel(step: StepSpec, index: number): string {
  return (
    step.id ??
    step.name ??
    (step.uses
      ? step.uses.split('@')[0]!
      : `run ${index + 1}: ${String(step.run ?? '')
          .trim()
          .split('\n')[0]!
          .slice(0, 40)}`)
  );
}

export async function runStep(run: WorkflowRun, job: JobState, step: StepSpec, index: number): Promise<void> {
  const label = stepLabel(step, index);
  const started = Date.now();
  const where = `job ${job.name}, step ${label}`;
  const scope = (field: string, env: Record<string, string>): Scope => ({
    contexts: { ...job.contexts(), steps: job.stepsContext as unknown as Json, env },
    status: job.status,
    known: job.known,
    where: `${where}, ${field}`,
  });
  const outcome = await attempt();
  recordStep(run, job, step, { label, where, started }, outcome);
  registerStep(run, job, step);

  async function attempt(): Promise<StepOutcome> {
    const envSoFar = { ...job.env, ...job.fileEnv };
    try {
      if (!evaluateCondition(step.if, scope('if', envSoFar)))
        return { status: 'skipped', note: `if: ${step.if === undefined ? 'success(), and an earlier step failed' : String(step.if)}` };
    } catch (err) {
      return { status: 'failed', note: (err as Error).message };
    }
    run.options.onLine(`running  ${job.name} › ${label}`);
    let stepEnv: Record<string, string>;
    let withValues: Record<string, string>;
    try {
      stepEnv = { ...envSoFar, ...evaluateMap(step.env, (k) => scope(`env.${k}`, envSoFar)) };
      withValues = evaluateMap(step.with, (k) => scope(`with.${k}`, stepEnv));
    } catch (err) {
      return { status: 'failed', note: err instanceof ExpressionProblem ? err.message : `${where}: ${(err as Error).message}` };
    }
    const files = await createStepFiles(job.runnerTemp, index);
    const log = path.join(job.dir, `${String(index + 1).padStart(2, '0')}-${label.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 40)}.log`);
    await writeFile(log, '');
    const env = stepProcessEnv({
      baseEnv: run.options.baseEnv,
      github: run.options.github,
      job: job.name,
      workspace: job.workspace,
      runnerTemp: job.runnerTemp,
      eventName: run.eventName,
      eventFile: run.eventFile,
      files,
      stepEnv,
      extraPath: job.extraPath,
    });
    const timeoutMs = step['timeout-minutes'] ? step['timeout-minutes'] * 60_000 : job.timeoutMs;
    const collect = () =>
      collectStepFiles(files, {
        fileEnv: job.fileEnv,
        extraPath: job.extraPath,
        summaryFile: run.summaryFile,
        heading: `${job.name} › ${label}`,
      });
    const s: StepRun = { run, job, step, index, label, where, stepEnv, with: withValues, env, files, log, timeoutMs, scope, collect };
    if (step.run !== undefined) return runScript(s);
    if (step.uses && isThisAction(step.uses, run.options.actionNames)) return runThisAction(s);
    if (step.uses) return runTableAction(s);
    return { status: 'failed', note: `${where}: neither run: nor uses:` };
  }
}

/** The step's record and line, its steps context, and the job failed by it unless continue-on-error. */
function recordStep(
  run: WorkflowRun,
  job: JobState,
  step: StepSpec,
  at: { label: string; where: string; started: number },
  r: StepOutcome,
): void {
  const { status, note, outputs = {} } = r;
  const outcome = r.outcome ?? (status === 'ok' ? 'success' : status === 'failed' ? 'failure' : 'skipped');
  const continueOnError = status === 'failed' && evaluateContinue(run, step, at.where);
  if (step.id) job.stepsContext[step.id] = { outputs, outcome, conclusion: continueOnError ? 'success' : outcome };
  if (status === 'failed' && !continueOnError) job.status.failed = true;
  const rec: StepRecord = { job: job.name, step: at.label, status, note, seconds: (Date.now() - at.started) / 1000, outputs };
  job.steps.push(rec);
  run.options.onLine(`${status.padEnd(8)} ${job.name} › ${at.label} (${rec.seconds.toFixed(1)} s)${note ? `: ${note}` : ''}`);
}

/** Later steps may reference this one; the action under test's outputs are known from its action.yml. */
function registerStep(run: WorkflowRun, job: JobState, step: StepSpec): void {
  if (!step.id) return;
  const o = run.options;
  job.known.steps.set(step.id, step.uses && isThisAction(step.uses, o.actionNames) ? new Set([...o.action.outputs, 'ok']) : null);
}

function evaluateContinue(run: WorkflowRun, step: StepSpec, where: string): boolean {
  const v = step['continue-on-error'];
  if (v === undefined) return false;
  if (typeof v === 'boolean') return v;
  try {
    return evaluateValue(v, { contexts: run.base, status: NO_STATUS, where: `${where}, continue-on-error` }) === 'true';
  } catch {
    return false;
  }
}
