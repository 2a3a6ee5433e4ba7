/**
 * What init says about the AWS side: each role, the exact subjects its trust
 * policy takes (StringEquals, never a pattern), the IAM actions its commands
 * need and the session its longest job asks for, all read off the workflows
 * init writes (role-policies.ts). The full policies are in docs/workflows.md.
 */
import { type TrustInput, readRoleSubjects, trustPolicy, writeRoleSubjects } from '../init/trust-policy.js';
import { roleSummary } from './role-policies.js';

const hours = (s: number) => `${s / 3600} h`;

export function trustNotes(repository: string | null, stages: readonly string[]): string[] {
  const input: TrustInput = { repository: repository ?? '<owner>/<repo>', defaultBranch: '<default branch>', account: '<account>' };
  const read = roleSummary('read');
  const write = roleSummary('write');
  const out: string[] = [];
  for (const stage of stages) {
    out.push(
      `IAM write role of ${stage} (variable DYNAMODB_ROLLBACK_ROLE_ARN on environment dynamodb-rollback-${stage}): trust ${JSON.stringify(trustPolicy(input, writeRoleSubjects(input, stage)))}; ` +
        `permissions ${write.actions.join(', ')}; Maximum session duration at least ${hours(write.sessionSeconds)}. Never trust a branch with it: a job on a branch runs without approval`,
    );
  }
  out.push(
    `IAM read role, required (repository variable DYNAMODB_ROLLBACK_READ_ROLE_ARN; preflight, export.yml, assess and the finish): trust ${JSON.stringify(trustPolicy(input, readRoleSubjects(input, stages)))}; ` +
      `permissions ${read.actions.join(', ')}; Maximum session duration at least ${hours(read.sessionSeconds)}`,
  );
  out.push(
    `the roles' full policies, and the hardening that pins job_workflow_ref: docs/workflows.md of dynamodb-rollback${repository ? '' : ' (origin names no GitHub repository: put yours for <owner>/<repo>)'}; put your default branch for <default branch>`,
  );
  return out;
}
