/**
 * The environment gate, as GitHub's required reviewers would hold it:
 * --approve answers yes; on a terminal the operator is asked; otherwise the
 * drill refuses before anything runs (checked up front by refuseUnanswerable).
 */
import { createInterface } from 'node:readline/promises';
import { InputError } from '../core/errors.js';
import type { Workflow } from './runner/workflow.js';
import { opt } from '../core/option-name.js';

export interface GateAnswer {
  approve: boolean;
  interactive: boolean;
}

/** The jobs that wait for an approval, with their environments. */
export function gatedJobs(workflow: Workflow): { job: string; environment: string }[] {
  return Object.entries(workflow.spec.jobs)
    .map(([job, spec]) => ({ job, environment: typeof spec.environment === 'string' ? spec.environment : spec.environment?.name }))
    .filter((g): g is { job: string; environment: string } => Boolean(g.environment));
}

export function refuseUnanswerable(workflows: Workflow[], answer: GateAnswer): void {
  if (answer.approve || answer.interactive) return;
  const gated = workflows.flatMap(gatedJobs);
  if (gated.length === 0) return;
  const g = gated[0]!;
  throw new InputError(
    `drill: job ${g.job} waits for approval (environment ${g.environment}) and there is no terminal to ask on; give ${opt('approve')} to answer it (nothing was run)`,
  );
}

export function gateFor(answer: GateAnswer, onLine: (line: string) => void): (job: string, environment: string) => Promise<boolean> {
  return async (job, environment) => {
    if (answer.approve) {
      onLine(`approval ${job}: environment ${environment} approved by ${opt('approve')}`);
      return true;
    }
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      const reply = await rl.question(`Job ${job} waits for approval (environment ${environment}). Approve? [y/N] `);
      return /^y(es)?$/i.test(reply.trim());
    } finally {
      rl.close();
    }
  };
}
