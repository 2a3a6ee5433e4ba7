/**
 * The OIDC trust policies of the two roles, one exact subject each, never a
 * wildcard (docs/workflows.md "The OIDC trust policies"). GitHub creates an
 * environment a workflow names and that does not exist yet, unprotected: a
 * pattern such as environment:dynamodb-rollback-* would hand the write role
 * to any writer's branch that names a new one. So:
 *
 *   write role, one per stage: StringEquals on
 *     repo:<owner>/<repo>:environment:dynamodb-rollback-<stage>
 *   read role: StringEquals on the default branch's ref (preflight, export,
 *     assess, dispatched or scheduled there) and on each stage's environment
 *     (the finish, approved)
 *
 * The hardening pins job_workflow_ref too, through GitHub's subject
 * customization (include_claim_keys repo, context, job_workflow_ref), as
 * the token's sub then carries it.
 */

export const OIDC_HOST = 'token.actions.githubusercontent.com';
export const ENVIRONMENT_PREFIX = 'dynamodb-rollback-';

export interface TrustInput {
  /** owner/name; placeholders when unknown. */
  repository: string;
  defaultBranch: string;
  account: string;
}

export const environmentOf = (stage: string): string => `${ENVIRONMENT_PREFIX}${stage}`;

/** GitHub's default sub for a job in the stage's environment. */
export const environmentSubject = (repository: string, stage: string): string => `repo:${repository}:environment:${environmentOf(stage)}`;

/** GitHub's default sub for a job with no environment on the default branch (dispatched there, or scheduled). */
export const branchSubject = (repository: string, branch: string): string => `repo:${repository}:ref:refs/heads/${branch}`;

/** The sub once the repository's template is [repo, context, job_workflow_ref]: the workflow file on the default branch pinned too. */
export const pinnedSubject = (subject: string, repository: string, workflowFile: string, branch: string): string =>
  `${subject}:job_workflow_ref:${repository}/${workflowFile}@refs/heads/${branch}`;

export function trustPolicy(input: TrustInput, subjects: readonly string[]): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${input.account}:oidc-provider/${OIDC_HOST}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            [`${OIDC_HOST}:aud`]: 'sts.amazonaws.com',
            [`${OIDC_HOST}:sub`]: subjects.length === 1 ? subjects[0]! : [...subjects],
          },
        },
      },
    ],
  };
}

/** The stage's write role: its environment only (the approval), never a branch. */
export function writeRoleSubjects(input: TrustInput, stage: string): string[] {
  return [environmentSubject(input.repository, stage)];
}

/** The read role: the default branch (what runs without approval) and every stage's environment (the finish). */
export function readRoleSubjects(input: TrustInput, stages: readonly string[]): string[] {
  return [branchSubject(input.repository, input.defaultBranch), ...stages.map((s) => environmentSubject(input.repository, s))];
}

/** The same subjects with job_workflow_ref: each workflow file that assumes the role, on the default branch. */
export function pinnedSubjects(input: TrustInput, subjects: readonly string[], workflowFiles: readonly string[]): string[] {
  return subjects.flatMap((s) => workflowFiles.map((f) => pinnedSubject(s, input.repository, f, input.defaultBranch)));
}
