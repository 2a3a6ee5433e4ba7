/**
 * config-pr under issue 19's trust rules: a `command:` target runs without
 * the job's secrets; the push leaves no token in .git/config; --sign makes
 * the commit through GitHub's git data API (the OpenAPI-checked stand-in,
 * backed by the real origin); without a GitHub App's token the body says
 * the app's checks did not run, and why.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import { CHECKS_NOT_RUN_HEADING } from '../../src/config-pr/checks-note.js';
import { dynamoEndpoint, testDynamo, uniqueName } from '../harness/aws.js';
import { type FakeGitHub, startFakeGitHub } from '../harness/github-api.js';
import { ACTIONS_BOT, gitDataHandlers } from '../harness/github-git-data.js';
import { JOB_SECRETS } from '../harness/job-secrets.js';
import { APP_CONFIG, type AppRepo, createAppRepo, git } from '../fixtures/app-repo.js';
import { createEventsApp, type EventsApp, exportEventsApp, seedEventsTables } from '../fixtures/events-app.js';
import { recorder } from '../verify/recorder.js';

const TOKEN = 'ghs_test_token';
let app: EventsApp;
let stage: string;
let report: string;
let verifyResult: string;
let scratch: string;
const repos: AppRepo[] = [];
const apis: FakeGitHub[] = [];

beforeAll(async () => {
  stage = uniqueName('app');
  app = await createEventsApp(stage);
  await seedEventsTables(app, testDynamo());
  await exportEventsApp(app, path.join(app.root, 'exports', 'run1'));
  report = (await execute('rollback', { from: 'exports/run1' }, recorder(), app.root)).presentation.outputs.report!;
  const verified = await execute('verify', { from: 'exports/run1', live: true, endpoint: dynamoEndpoint() }, recorder(), app.root);
  verifyResult = path.join(app.root, 'verify.json');
  await writeFile(
    verifyResult,
    JSON.stringify({ command: 'verify', ok: true, outputs: verified.presentation.outputs, result: verified.result }),
  );
  scratch = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-trust-'));
});
afterAll(async () => {
  await app.cleanup();
  for (const r of repos) await r.cleanup();
  await rm(scratch, { recursive: true, force: true });
});
afterEach(async () => {
  for (const api of apis.splice(0)) {
    expect(api.mismatches).toEqual([]);
    await api.close();
  }
});

async function setUp(config?: string, identity = ACTIONS_BOT): Promise<{ r: AppRepo; api: FakeGitHub }> {
  const r = await createAppRepo(stage, config ? { config } : {});
  repos.push(r);
  const api = await startFakeGitHub({ token: TOKEN, owner: 'acme', repo: 'events-app', handlers: gitDataHandlers(r.origin, identity) });
  apis.push(api);
  return { r, api };
}

const ENV = (api: FakeGitHub, extra: NodeJS.ProcessEnv = {}) => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  ...extra,
  GITHUB_TOKEN: TOKEN,
  GITHUB_API_URL: api.url,
  GITHUB_REPOSITORY: 'acme/events-app',
  GITHUB_RUN_ID: '4242',
});
const configPr = (r: AppRepo, api: FakeGitHub, options: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = ENV(api)) =>
  execute('config-pr', { report, 'verify-result': verifyResult, reason: 'p99 latency', ...options }, recorder(), r.dir, env);

describe('config-pr and the trust rules', () => {
  it('runs a command: target without the job secrets, and leaves no token in .git/config', async () => {
    const seen = path.join(scratch, 'command-env.txt');
    const { r, api } = await setUp(APP_CONFIG(stage, `    - command: ${JSON.stringify(`env | cut -d= -f1 > ${seen}`)}\n`));
    const before = await readFile(path.join(r.dir, '.git', 'config'), 'utf8');
    const { presentation } = await configPr(r, api, {}, ENV(api, JOB_SECRETS));
    expect(presentation.outputs.operation).toBe('created');
    const names = (await readFile(seen, 'utf8')).trim().split('\n');
    for (const secret of [...Object.keys(JOB_SECRETS), 'GITHUB_TOKEN']) expect(names).not.toContain(secret);
    expect(names).toContain('PATH');
    const after = await readFile(path.join(r.dir, '.git', 'config'), 'utf8');
    expect(after).toBe(before);
    expect(after).not.toContain(TOKEN);
  });

  it('--sign makes the commit through the git data API: the flipped files on the branch, made by the token identity, on the base', async () => {
    const { r, api } = await setUp();
    const base = (await git(r.dir, 'rev-parse', 'HEAD')).trim();
    const { presentation } = await configPr(r, api, { sign: true });
    const branch = `dynamodb-rollback/${stage}`;
    const commit = presentation.outputs.commit!;
    expect(presentation.outputs.operation).toBe('created');
    expect(api.calls.map((c) => c.operation)).toEqual(
      expect.arrayContaining([
        'POST /repos/{owner}/{repo}/git/blobs',
        'POST /repos/{owner}/{repo}/git/trees',
        'POST /repos/{owner}/{repo}/git/commits',
        'POST /repos/{owner}/{repo}/git/refs',
      ]),
    );
    // The commit request names no author or committer: GitHub signs only what it makes as the token's identity.
    const made = api.calls.find((c) => c.operation === 'POST /repos/{owner}/{repo}/git/commits')!;
    expect(Object.keys(made.body as object).sort()).toEqual(['message', 'parents', 'tree']);
    expect((await git(r.dir, 'ls-remote', 'origin', `refs/heads/${branch}`)).split('\t')[0]).toBe(commit);
    await git(r.dir, 'fetch', '--quiet', 'origin', branch);
    expect((await git(r.dir, 'rev-parse', 'FETCH_HEAD^')).trim()).toBe(base);
    expect(await git(r.dir, 'show', `FETCH_HEAD:.env.${stage}.template`)).toContain('DATABASE_TYPE="file"');
    expect((await git(r.dir, 'show', '-s', '--format=%ce', 'FETCH_HEAD')).trim()).toBe(ACTIONS_BOT.email);
    expect(presentation.summary.notes.join('\n')).toContain('signed by GitHub (verified)');

    // Run again: the signed tip is config-pr's own and already holds the tree, so nothing moves.
    const again = await configPr(r, api, { sign: true });
    expect(again.presentation.outputs).toMatchObject({ operation: 'unchanged', commit });
  });

  it('moves an existing branch of its own through the API (update ref) when the tree changed', async () => {
    const { r, api } = await setUp();
    await configPr(r, api, { sign: true });
    // The base moves on: the branch needs a new commit on the new base.
    await writeFile(path.join(r.dir, 'NOTES.md'), 'more\n');
    await git(r.dir, 'add', 'NOTES.md');
    await git(r.dir, 'commit', '--quiet', '-m', 'notes');
    await git(r.dir, 'push', '--quiet', 'origin', 'main');
    const { presentation } = await configPr(r, api, { sign: true });
    expect(presentation.outputs.operation).toBe('updated');
    expect(api.calls.map((c) => c.operation)).toContain('PATCH /repos/{owner}/{repo}/git/refs/{ref}');
    expect((await git(r.dir, 'ls-remote', 'origin', `refs/heads/dynamodb-rollback/${stage}`)).split('\t')[0]).toBe(
      presentation.outputs.commit,
    );
  });

  it('--sign with an App: says whose commit GitHub recorded when it is not pullRequest.committer, as the next run will not know it', async () => {
    const app = { name: 'rollback-app[bot]', email: '1234+rollback-app[bot]@users.noreply.github.com' };
    const { r, api } = await setUp(undefined, app);
    const first = await configPr(r, api, { sign: true });
    expect(first.presentation.summary.notes.join('\n')).toContain(
      `GitHub recorded the commit's committer as ${app.email}; set pullRequest.committer`,
    );
    await expect(configPr(r, api, { sign: true })).rejects.toThrow(/has a commit config-pr did not make/);
  });

  it('says in the body that the checks did not run when the workflow token opened it in Actions, and not with an App token', async () => {
    const { r, api } = await setUp();
    await configPr(r, api, {}, ENV(api, { GITHUB_ACTIONS: 'true' }));
    expect(api.pulls[0]!.body).toContain(CHECKS_NOT_RUN_HEADING);
    expect(api.pulls[0]!.body).toContain('GitHub starts no workflow for what that token does');
    const other = await setUp();
    await configPr(other.r, other.api, { 'app-token': true }, ENV(other.api, { GITHUB_ACTIONS: 'true' }));
    expect(other.api.pulls[0]!.body).not.toContain(CHECKS_NOT_RUN_HEADING);
  });
});
