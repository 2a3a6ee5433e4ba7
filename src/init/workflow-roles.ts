/**
 * Which role each job of the workflows assumes, read off the workflows
 * themselves: the configure-aws-credentials step's role-to-assume (the read
 * role's variable, or the write role's), whether the job runs in an
 * environment (its token's sub names the environment) or not (the branch),
 * the session it asks for, and the commands its `uses: ./` steps run. The
 * roles' policies and trust are rendered from this, so they follow the
 * workflows as they are.
 */
import { parse } from 'yaml';

export type RoleName = 'read' | 'write';

export interface JobRole {
  file: string;
  job: string;
  role: RoleName;
  /** The job names an environment (dynamodb-rollback-<stage>). */
  inEnvironment: boolean;
  /** role-duration-seconds, else configure-aws-credentials' default of an hour. */
  sessionSeconds: number;
  /** The commands of its `uses: ./` steps (app-command, status, ...). */
  commands: string[];
}

export const READ_ROLE_VARIABLE = 'DYNAMODB_ROLLBACK_READ_ROLE_ARN';
export const WRITE_ROLE_VARIABLE = 'DYNAMODB_ROLLBACK_ROLE_ARN';
const DEFAULT_SESSION_SECONDS = 3600;

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

export function jobRoles(workflows: ReadonlyArray<{ file: string; text: string }>): JobRole[] {
  const out: JobRole[] = [];
  for (const { file, text } of workflows) {
    const jobs = (parse(text) as { jobs?: Record<string, { environment?: unknown; steps?: Step[] }> } | null)?.jobs ?? {};
    for (const [job, spec] of Object.entries(jobs)) {
      const steps = spec?.steps ?? [];
      const creds = steps.find((s) => typeof s.uses === 'string' && s.uses.startsWith('aws-actions/configure-aws-credentials@'));
      if (!creds) continue;
      const roleText = String(creds.with?.['role-to-assume'] ?? '');
      const names = [READ_ROLE_VARIABLE, WRITE_ROLE_VARIABLE].filter((v) => new RegExp(`\\bvars\\.${v}\\b`).test(roleText));
      // One role per job, named plainly: a fallback from one to the other would blur what each may do.
      if (names.length !== 1)
        throw new Error(
          `internal: ${file} job ${job}: role-to-assume must name exactly one of ${READ_ROLE_VARIABLE}, ${WRITE_ROLE_VARIABLE} (it is "${roleText}")`,
        );
      out.push({
        file,
        job,
        role: names[0] === READ_ROLE_VARIABLE ? 'read' : 'write',
        inEnvironment: spec.environment !== undefined,
        sessionSeconds: Number(creds.with?.['role-duration-seconds'] ?? DEFAULT_SESSION_SECONDS),
        commands: [
          ...new Set(steps.filter((s) => s.uses === './' && typeof s.with?.command === 'string').map((s) => String(s.with!.command))),
        ],
      });
    }
  }
  return out;
}
