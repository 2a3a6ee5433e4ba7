/**
 * Runs a workflow file as GitHub would: jobs in `needs` order, each job's
 * and step's `if:`, `env:` and `with:` through GitHub's expression library,
 * `run:` in bash with the step's shell, this package's action through its
 * committed bundle (INPUT_*, GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STEP_SUMMARY,
 * GITHUB_PATH), third-party actions through their local equivalents, job
 * outputs wired into `needs`. The file is what runs: a step removed or an
 * output misspelt fails where it is used.
 */
import { runJob } from './job.js';
import type { RunWorkflowOptions } from './options.js';
import { startRun } from './run-context.js';
import type { WorkflowRecord } from './step-result.js';
import { jobOrder } from './workflow.js';

export async function runWorkflow(o: RunWorkflowOptions): Promise<WorkflowRecord> {
  const started = Date.now();
  const run = await startRun(o);
  for (const name of jobOrder(run.spec, o.workflow.file)) run.done.set(name, await runJob(run, name, run.spec.jobs[name]!));
  const jobs = [...run.done.values()];
  // A job refused at its gate fails the run; one skipped by its if: does not, but one job at least must succeed.
  const ok = jobs.every((j) => j.result === 'success' || (j.result === 'skipped' && !j.note.startsWith('not approved')));
  return {
    file: o.workflow.file,
    ok: ok && jobs.some((j) => j.result === 'success'),
    seconds: (Date.now() - started) / 1000,
    jobs,
    summaryFile: run.summaryFile,
  };
}
