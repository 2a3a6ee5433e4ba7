/**
 * The trust rules of issue 19 in the workflows and the docs: every trust
 * policy the docs show takes exact subjects (StringEquals, no pattern); the
 * roles' block of docs/workflows.md is what the code renders (policies,
 * sessions); no job names both roles; a checkout in a job that runs the
 * app's commands or config-pr persists no credentials.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { jobRoles } from '../../src/init/workflow-roles.js';
import { WORKFLOW_TEMPLATES } from '../../src/init/workflow-templates.js';
import { DOC_FILE, withRoleDocs } from '../../scripts/role-docs.js';
import { ROOT } from '../harness/run-dist.js';

const page = readFileSync(path.join(ROOT, DOC_FILE), 'utf8');
const jsonBlocks = (text: string) => [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
type Policy = { Statement?: Array<{ Action?: unknown; Condition?: Record<string, Record<string, unknown>> }> };

describe('the trust rules', () => {
  it('docs/workflows.md shows the roles as the code renders them (run npx tsx scripts/gen-role-docs.ts)', () => {
    expect(withRoleDocs(page)).toBe(page);
  });

  it('every trust policy in the docs takes exact subjects: StringEquals only, no wildcard', () => {
    const trusts = jsonBlocks(page)
      .map((b) => JSON.parse(b) as Policy)
      .filter((p) => p.Statement?.some((s) => s.Action === 'sts:AssumeRoleWithWebIdentity'));
    expect(trusts.length).toBeGreaterThanOrEqual(2);
    for (const t of trusts) {
      for (const s of t.Statement!) {
        expect(Object.keys(s.Condition ?? {})).toEqual(['StringEquals']);
        const sub = [s.Condition!.StringEquals!['token.actions.githubusercontent.com:sub']].flat() as string[];
        expect(sub.length).toBeGreaterThan(0);
        for (const v of sub) expect(v).not.toMatch(/[*?]/);
      }
    }
    for (const block of jsonBlocks(page)) expect(block).not.toMatch(/StringLike|dynamodb-rollback-\*/);
  });

  it('the write role trusts only environments, never a branch', () => {
    const write = jobRoles(Object.entries(WORKFLOW_TEMPLATES).map(([file, text]) => ({ file, text }))).filter((j) => j.role === 'write');
    expect(write.length).toBeGreaterThan(0);
    for (const j of write)
      expect({ job: `${j.file} ${j.job}`, inEnvironment: j.inEnvironment }).toEqual({ job: `${j.file} ${j.job}`, inEnvironment: true });
    const trust = jsonBlocks(page.slice(page.indexOf('Trust, for each stage'))).map((b) => JSON.parse(b) as Policy)[0]!;
    expect(trust.Statement![0]!.Condition!.StringEquals!['token.actions.githubusercontent.com:sub']).toBe(
      'repo:<owner>/<repo>:environment:dynamodb-rollback-<stage>',
    );
  });

  it('names one role per job, never a fallback from the read role to the write role', () => {
    for (const [file, text] of Object.entries(WORKFLOW_TEMPLATES)) {
      expect({ file, fallback: /DYNAMODB_ROLLBACK_READ_ROLE_ARN\s*\|\|/.test(text) }).toEqual({ file, fallback: false });
    }
    expect(() =>
      jobRoles([
        {
          file: 'x.yml',
          text: 'jobs:\n  a:\n    steps:\n      - uses: aws-actions/configure-aws-credentials@0\n        with:\n          role-to-assume: ${{ vars.DYNAMODB_ROLLBACK_READ_ROLE_ARN || vars.DYNAMODB_ROLLBACK_ROLE_ARN }}\n',
        },
      ]),
    ).toThrow(/exactly one/);
  });

  it('persists no credentials in a checkout of a job that runs the app commands or config-pr', () => {
    const checked: string[] = [];
    for (const [file, text] of Object.entries(WORKFLOW_TEMPLATES)) {
      const jobs = (parse(text) as { jobs: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }> }).jobs;
      for (const [name, job] of Object.entries(jobs)) {
        const steps = job.steps ?? [];
        const runsCommands = steps.some((s) => s.uses === './' && ['app-command', 'config-pr'].includes(String(s.with?.command)));
        if (!runsCommands) continue;
        for (const s of steps.filter((x) => x.uses?.startsWith('actions/checkout@'))) {
          expect({ job: `${file} ${name}`, persist: s.with?.['persist-credentials'] }).toEqual({ job: `${file} ${name}`, persist: false });
          checked.push(`${path.basename(file)} ${name}`);
        }
      }
    }
    expect(checked).toEqual(expect.arrayContaining(['rollback.yml rollback', 'rollback.yml config-pr', 'rollback-finish.yml finish']));
  });

  it("mints the GitHub App's token only when the App is configured, with a pinned action, and config-pr falls back to the workflow token", () => {
    const jobs = (
      parse(WORKFLOW_TEMPLATES['.github/workflows/rollback.yml']!) as {
        jobs: Record<string, { steps: Array<{ id?: string; if?: string; uses?: string; with?: Record<string, string> }> }>;
      }
    ).jobs;
    const steps = jobs['config-pr']!.steps;
    const app = steps.find((s) => s.id === 'app-token')!;
    expect(app.if).toBe("vars.DYNAMODB_ROLLBACK_APP_ID != ''");
    expect(app.uses).toMatch(/^actions\/create-github-app-token@[0-9a-f]{40}$/);
    const pr = steps.find((s) => s.with?.command === 'config-pr')!;
    expect(pr.with).toMatchObject({
      token: '${{ steps.app-token.outputs.token || github.token }}',
      'app-token': "${{ steps.app-token.outputs.token != '' }}",
    });
  });
});
