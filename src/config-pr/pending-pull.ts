/**
 * One rollback per stage at a time, visibly: while a rollback's pull
 * request of the stage is open, another rollback would redo everything and
 * rewrite what its reviewers are looking at. preflight refuses, naming the
 * pull request, unless the operator says to supersede it (then config-pr
 * pushes a new commit to that pull request, and branch protection dismisses
 * approvals given to the old record).
 */
import type { DepsOf } from '../clients/deps.js';
import type { Repo } from '../clients/github.js';
import { InputError } from '../core/errors.js';

export interface PendingPullOptions {
  repository: Repo;
  stage: string;
  /** dynamodb-rollback/<stage>, as config-pr pushes it. */
  branch: string;
  supersede: boolean;
}

export interface PendingPullResult {
  stage: string;
  branch: string;
  open: { number: number; url: string } | null;
  superseded: boolean;
}

export async function runPendingPull(o: PendingPullOptions, deps: DepsOf<'github'>): Promise<PendingPullResult> {
  const open = await deps.github.findOpenPull(o.repository, o.branch);
  if (open && !o.supersede) {
    throw new InputError(
      `a rollback of ${o.stage} is already under review: pull request #${open.number} (${open.url}) from ${o.branch} is open. Merge it and let rollback-finish run, or close it, or dispatch again with supersede to replace its record with a new commit`,
    );
  }
  return { stage: o.stage, branch: o.branch, open: open ? { number: open.number, url: open.url } : null, superseded: open !== null };
}
