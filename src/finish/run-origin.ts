/**
 * Where a record may come from: the checks on the run that made it, each
 * naming what it found and what it wanted. Pure; trusted-record.ts asks
 * the API and acts on the answer.
 */
import type { WorkflowRun } from '../clients/github.js';

export interface Origin {
  /** owner/name of this repository. */
  repository: string;
  /** .github/workflows/rollback.yml */
  workflowPath: string;
  defaultBranch: string;
  /** Conclusions accepted: rollback success only; mitigate success or failure (its report is kept on failure). */
  conclusions: readonly string[];
}

/** What does not match, one line each; empty when the run is the one a record may come from. */
export function originMismatches(run: WorkflowRun, want: Origin): string[] {
  const found: string[] = [];
  // A run of a called workflow carries its caller's path and event: the record would not be the dispatched workflow's own.
  if (run.path !== want.workflowPath) found.push(`workflow ${run.path}, not ${want.workflowPath}`);
  if (run.repository !== want.repository) found.push(`repository ${run.repository}, not ${want.repository}`);
  if (run.headRepository !== want.repository) found.push(`head repository ${run.headRepository ?? 'none'}, not ${want.repository}`);
  if (run.event !== 'workflow_dispatch') found.push(`event ${run.event}, not workflow_dispatch`);
  if (run.headBranch !== want.defaultBranch) found.push(`branch ${run.headBranch ?? 'none'}, not the default branch ${want.defaultBranch}`);
  if (run.status !== 'completed') found.push(`status ${run.status ?? 'none'}, not completed`);
  else if (!run.conclusion || !want.conclusions.includes(run.conclusion))
    found.push(`conclusion ${run.conclusion ?? 'none'}, not ${want.conclusions.join(' or ')}`);
  return found;
}
