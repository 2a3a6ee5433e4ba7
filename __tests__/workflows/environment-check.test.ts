/**
 * The step that refuses a stage whose environment is not set up (issue 19,
 * finding 1): GitHub creates an environment a job names and that does not
 * exist, unprotected, so the write role's job would run unapproved. The
 * step's own bash, taken from each workflow, runs against the
 * OpenAPI-checked GitHub stand-in: missing, unreviewed or open to every
 * branch is refused; a protected one passes. It comes before any AWS step.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { WORKFLOW_TEMPLATES } from '../../src/init/workflow-templates.js';
import { type FakeGitHub, type FakeHandler, sample, startFakeGitHub } from '../harness/github-api.js';

const TOKEN = 'ghs_environment_check';
const STEP = 'Check the environment (protected, before any AWS call)';
type Step = { name?: string; uses?: string; run?: string; env?: Record<string, string> };
type Job = { steps: Step[]; environment?: string; needs?: string | string[] };

const jobsOf = (file: string) => (parse(WORKFLOW_TEMPLATES[file]!) as { jobs: Record<string, Job> }).jobs;
const CHECKED = [
  ['.github/workflows/rollback.yml', 'preflight'],
  ['.github/workflows/mitigate.yml', 'assess'],
] as const;

type Rule = { type: string; reviewers?: number };
function environmentHandler(rules: Rule[], branchPolicy: boolean): Record<string, FakeHandler> {
  return {
    'GET /repos/{owner}/{repo}/environments/{environment_name}': (_m, _q, _b, pathname) => {
      const name = decodeURIComponent(pathname.split('/').pop()!);
      return {
        status: 200,
        body: {
          ...(sample({ $ref: '#/components/schemas/environment' }) as object),
          name,
          protection_rules: rules.map((r, i) => ({
            id: i + 1,
            node_id: `GA_${i + 1}`,
            type: r.type,
            ...(r.type === 'required_reviewers'
              ? {
                  prevent_self_review: true,
                  reviewers: Array.from({ length: r.reviewers ?? 1 }, () => ({
                    type: 'User',
                    reviewer: sample({ $ref: '#/components/schemas/simple-user' }),
                  })),
                }
              : {}),
          })),
          deployment_branch_policy: branchPolicy ? { protected_branches: false, custom_branch_policies: true } : null,
        },
      };
    },
  };
}

let dir: string;
const apis: FakeGitHub[] = [];
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-envcheck-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(async () => {
  for (const api of apis.splice(0)) {
    expect(api.mismatches).toEqual([]);
    await api.close();
  }
});

async function runStep(
  file: string,
  job: string,
  api: FakeGitHub,
  stage = 'production',
): Promise<{ code: number; out: string; summary: string }> {
  const step = jobsOf(file)[job]!.steps.find((s) => s.name === STEP)!;
  // The step's env as the runner would give it: the expressions it names, evaluated for this dispatch.
  expect(step.env).toEqual({ GH_TOKEN: '${{ github.token }}', ENVIRONMENT: 'dynamodb-rollback-${{ inputs.stage }}' });
  const summary = path.join(dir, `summary-${Math.random().toString(36).slice(2)}.md`);
  await writeFile(summary, '');
  // Asynchronously: the stand-in answers from this process.
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
    env: {
      PATH: process.env.PATH,
      GH_TOKEN: TOKEN,
      ENVIRONMENT: `dynamodb-rollback-${stage}`,
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: 'acme/events-app',
      RUNNER_TEMP: dir,
      GITHUB_STEP_SUMMARY: summary,
    },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return { code, out, summary: await readFile(summary, 'utf8') };
}

async function fake(handlers: Record<string, FakeHandler> = {}): Promise<FakeGitHub> {
  const api = await startFakeGitHub({ token: TOKEN, owner: 'acme', repo: 'events-app', handlers });
  apis.push(api);
  return api;
}

describe.each(CHECKED)('the environment check of %s job %s', (file, job) => {
  it('comes before any AWS step, in a job allowed to read environments (actions: read)', () => {
    const steps = jobsOf(file)[job]!.steps;
    const check = steps.findIndex((s) => s.name === STEP);
    const aws = steps.findIndex((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    expect(check).toBeGreaterThanOrEqual(0);
    expect(check).toBeLessThan(aws);
    expect(
      (parse(WORKFLOW_TEMPLATES[file]!) as { jobs: Record<string, { permissions: Record<string, string> }> }).jobs[job]!.permissions
        .actions,
    ).toBe('read');
  });

  it('refuses a stage whose environment does not exist', async () => {
    const api = await fake();
    api.failNext(404, {}, 1, 'Not Found');
    const r = await runStep(file, job, api, 'stagin');
    expect(r.code).toBe(1);
    expect(r.out).toContain('environment dynamodb-rollback-stagin does not exist');
    expect(r.summary).toContain('### Not started');
    expect(api.calls.map((c) => c.path)).toEqual(['/repos/acme/events-app/environments/dynamodb-rollback-stagin']);
  });

  it('refuses an environment without required reviewers (only a wait timer)', async () => {
    const r = await runStep(file, job, await fake(environmentHandler([{ type: 'wait_timer' }], true)));
    expect(r.code).toBe(1);
    expect(r.out).toContain('has no required reviewers');
  });

  it('refuses an environment any branch may deploy from', async () => {
    const r = await runStep(file, job, await fake(environmentHandler([{ type: 'required_reviewers' }], false)));
    expect(r.code).toBe(1);
    expect(r.out).toContain('lets any branch deploy');
  });

  it('refuses when GitHub does not answer, naming the permission', async () => {
    const api = await fake();
    api.failNext(403, {}, 1, 'Resource not accessible by integration');
    const r = await runStep(file, job, api);
    expect(r.code).toBe(1);
    expect(r.out).toContain('(HTTP 403); this job needs permissions actions: read');
  });

  it('passes a protected environment: required reviewers, deployment branches limited', async () => {
    const api = await fake(environmentHandler([{ type: 'required_reviewers', reviewers: 2 }, { type: 'branch_policy' }], true));
    const r = await runStep(file, job, api);
    expect(r.out).toContain('environment dynamodb-rollback-production: required reviewers, deployment branches limited');
    expect(r.code).toBe(0);
  });
});
