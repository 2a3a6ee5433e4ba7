import { createGitHub } from '../../src/clients/github.js';
import { ServiceFailedError, ServiceInputError } from '../../src/clients/errors.js';
import { type FakeGitHub, startFakeGitHub } from '../harness/github-api.js';
import { writeZip } from '../../src/record/zip.js';

const repo = { owner: 'acme', repo: 'events-app' };
const TOKEN = 'test-token-123';
let api: FakeGitHub;
const sleeps: number[] = [];
const client = (token = TOKEN) =>
  createGitHub({ token, apiUrl: api.url, retry: { budgetMs: 60_000, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 } });

beforeEach(async () => {
  api = await startFakeGitHub({ token: TOKEN, ...repo });
  sleeps.length = 0;
});
afterEach(async () => {
  expect(api.mismatches).toEqual([]);
  await api.close();
});

describe('GitHub client against the OpenAPI-checked fake', () => {
  it('creates, finds, updates, labels and requests reviewers, every call valid', async () => {
    const gh = client();
    expect(await gh.findOpenPull(repo, 'dynamodb-rollback/production', 'main')).toBeNull();
    const pr = await gh.createPull(repo, { branch: 'dynamodb-rollback/production', base: 'main', title: 'T', body: 'B', draft: true });
    expect(pr).toMatchObject({ number: 1, title: 'T', body: 'B', draft: true });
    await gh.addLabels(repo, 1, ['rollback']);
    await gh.requestReviewers(repo, 1, ['alice'], ['ops']);
    const found = await gh.findOpenPull(repo, 'dynamodb-rollback/production', 'main');
    expect(found).toMatchObject({ number: 1, labels: ['rollback'] });
    expect((await gh.updatePull(repo, 1, { title: 'T2', body: 'B2' })).title).toBe('T2');
    expect(api.pulls[0]).toMatchObject({ title: 'T2', body: 'B2', reviewers: ['alice'], teamReviewers: ['ops'] });
    expect(api.calls.map((c) => c.operation)).toEqual([
      'GET /repos/{owner}/{repo}/pulls',
      'POST /repos/{owner}/{repo}/pulls',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
      'GET /repos/{owner}/{repo}/pulls',
      'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
    ]);
  });

  it("reads a run attempt, its artifacts, an artifact's zip through GitHub's redirect, a commit and its pull requests, every call valid", async () => {
    const gh = client();
    const zip = writeZip([{ name: 'a.json', bytes: Buffer.from('{}') }], { deflate: true });
    api.runs.push({
      id: 5,
      attempt: 2,
      path: '.github/workflows/rollback.yml',
      event: 'workflow_dispatch',
      headBranch: 'main',
      status: 'completed',
      conclusion: 'success',
    });
    api.artifacts.push({ id: 9, runId: 5, name: 'dynamodb-rollback-record-prod', zip, digest: 'sha256:abc' });
    api.commits.set('a'.repeat(40), 'Subject\n\nDynamodb-Rollback-Run: 5/2\n');
    expect(await gh.defaultBranch(repo)).toBe('main');
    expect(await gh.workflowRun(repo, 5, 2)).toMatchObject({
      id: 5,
      attempt: 2,
      path: '.github/workflows/rollback.yml',
      event: 'workflow_dispatch',
      headBranch: 'main',
      conclusion: 'success',
      repository: 'acme/events-app',
      headRepository: 'acme/events-app',
    });
    expect(await gh.latestWorkflowRun(repo, 5)).toMatchObject({ attempt: 2 });
    expect(await gh.runArtifacts(repo, 5, 'dynamodb-rollback-record-prod')).toEqual([
      { id: 9, name: 'dynamodb-rollback-record-prod', sizeInBytes: zip.length, expired: false, digest: 'sha256:abc' },
    ]);
    expect(Buffer.compare(await gh.downloadArtifact(repo, 9), zip)).toBe(0);
    expect(await gh.commitMessage(repo, 'a'.repeat(40))).toBe('Subject\n\nDynamodb-Rollback-Run: 5/2\n');
    expect(await gh.pullsOfCommit(repo, 'a'.repeat(40))).toEqual([]);
  });

  it('says which scope a read needs when GitHub denies it', async () => {
    api.failOn('GET /repos/{owner}/{repo}/actions/runs/{run_id}', 403);
    const err = await client()
      .latestWorkflowRun(repo, 5)
      .catch((e: Error) => e);
    expect((err as Error).message).toContain('the token needs actions: read');
  });

  it('retries a 5xx and a secondary rate limit, waiting at least retry-after', async () => {
    api.failNext(502);
    api.failNext(403, { 'retry-after': '7' });
    expect(await client().findOpenPull(repo, 'b', 'main')).toBeNull();
    expect(api.calls).toHaveLength(3);
    expect(sleeps[1]).toBeGreaterThanOrEqual(7000);
  });

  it('waits a minute on a secondary rate limit that names no retry-after', async () => {
    api.failNext(403, {}, 1, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.');
    expect(await client().findOpenPull(repo, 'b', 'main')).toBeNull();
    expect(sleeps[0]).toBeGreaterThanOrEqual(60_000);
  });

  it('waits for the rate limit reset when no requests are left', async () => {
    api.failNext(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 30) });
    expect(await client().findOpenPull(repo, 'b', 'main')).toBeNull();
    expect(sleeps[0]).toBeGreaterThan(25_000);
  });

  it.each([
    [401, 'bad-credentials', /rejected the token \(HTTP 401\); check --token/],
    [403, 'denied', /denied list pull requests on acme\/events-app \(HTTP 403\); the token needs contents: write and pull-requests: write/],
    [404, 'not-found', /acme\/events-app not found at GitHub API .* check --repository/],
    [422, 'invalid', /refused list pull requests on acme\/events-app as invalid \(HTTP 422\)/],
  ])('does not retry %i: bad input (exit 2) with what to do', async (status, kind, message) => {
    api.failNext(status);
    const err = await client()
      .findOpenPull(repo, 'b', 'main')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceInputError);
    expect((err as ServiceInputError).kind).toBe(kind);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('injected failure');
    expect(api.calls).toHaveLength(1);
  });

  it('classifies a wrong token from the server itself', async () => {
    await expect(client('wrong').findOpenPull(repo, 'b', 'main')).rejects.toThrow(/HTTP 401/);
  });

  it('gives up on a 5xx when the budget is spent (exit 1)', async () => {
    api.failNext(503, {}, 50);
    const gh = createGitHub({
      token: TOKEN,
      apiUrl: api.url,
      retry: {
        budgetMs: 1000,
        baseMs: 400,
        capMs: 400,
        sleep: async () => {},
        random: () => 1,
        now: (() => {
          let t = 0;
          return () => (t += 300);
        })(),
      },
    });
    const err = await gh.findOpenPull(repo, 'b', 'main').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceFailedError);
    expect((err as Error).message).toMatch(/still failing after \d+ attempts/);
  });

  it('says an unreachable API is unreachable', async () => {
    const closed = await startFakeGitHub({ token: TOKEN, ...repo });
    const gone = closed.url;
    await closed.close();
    const gh = createGitHub({ token: TOKEN, apiUrl: gone, retry: { sleep: async () => {} } });
    await expect(gh.findOpenPull(repo, 'b', 'main')).rejects.toThrow(/unreachable \(ECONNREFUSED\); check --github-api-url/);
  });
});

describe('the fake GitHub API itself', () => {
  it('records requests the OpenAPI description does not allow', async () => {
    const fake = await startFakeGitHub({ token: TOKEN, ...repo });
    const call = (method: string, p: string, body?: unknown) =>
      fetch(`${fake.url}${p}`, {
        method,
        headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    await call('POST', '/repos/acme/events-app/pulls', { title: 5, head: 'b', base: 'main' });
    await call('GET', '/repos/acme/events-app/pulls?colour=red');
    await call('GET', '/repos/acme/events-app/pulls?state=ajar');
    await call('DELETE', '/repos/acme/events-app/pulls/1/nowhere');
    expect(fake.mismatches).toEqual([
      expect.stringMatching(/^POST \/repos\/\{owner\}\/\{repo\}\/pulls request body: .*title must be string/),
      'GET /repos/{owner}/{repo}/pulls: query parameter colour is not declared',
      expect.stringMatching(/query state=ajar: .*must be equal to one of the allowed values/),
      'DELETE /repos/acme/events-app/pulls/1/nowhere: no such operation in the OpenAPI description',
    ]);
    await fake.close();
  });
});
