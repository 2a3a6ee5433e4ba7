/**
 * The finish's comment end to end: a real rollback and verify --live
 * (dynalite) whose --result-file the comment reads, GitHub as the local
 * server that checks every call against GitHub's OpenAPI description.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { execute } from '../../src/commands/execute.js';
import { InputError } from '../../src/core/errors.js';
import { catchUpCommands, COMMENT_MARKER, commentBody, verdictOf } from '../../src/finish/comment-body.js';
import { dynamoEndpoint, testDynamo, uniqueName } from '../harness/aws.js';
import { type FakeGitHub, startFakeGitHub } from '../harness/github-api.js';
import { createEventsApp, type EventsApp, exportEventsApp, personalValues, seedEventsTables } from '../fixtures/events-app.js';
import { recorder } from '../verify/recorder.js';

const TOKEN = 'ghs_test_token';
const EXPORT = 's3://bucket/exports/prod/77-1';
let app: EventsApp;
let api: FakeGitHub;
let unchangedResult: string;
let changedResult: string;

const ENV = () => ({
  GITHUB_TOKEN: TOKEN,
  GITHUB_API_URL: api.url,
  GITHUB_REPOSITORY: 'acme/events-app',
  GITHUB_RUN_ID: '99',
  GITHUB_SERVER_URL: 'https://github.example',
});
const DONE = {
  pull: 'success',
  'health-check': 'skipped: not configured (commands.healthCheck is empty)',
  'integration-tests': 'ran',
  verify: 'success',
  'maintenance-off': 'ran',
  'jobs-start': 'skipped: npm script jobs:start is not in package.json',
};

beforeAll(async () => {
  app = await createEventsApp(uniqueName('fin'));
  await seedEventsTables(app, testDynamo());
  await exportEventsApp(app, path.join(app.root, 'exports', 'run1'));
  const rolled = await execute('rollback', { from: 'exports/run1' }, recorder(), app.root);
  expect(rolled.presentation.ok).toBe(true);
  const verify = (file: string) =>
    execute('verify', { from: 'exports/run1', live: true, endpoint: dynamoEndpoint(), 'result-file': file }, recorder(), app.root);
  unchangedResult = path.join(app.root, 'record', 'verify.json');
  expect((await verify(unchangedResult)).presentation.ok).toBe(true);
  // A write that slipped in after the export: the app kept writing to DynamoDB.
  await testDynamo().send(
    new PutItemCommand({
      TableName: app.tables.participants,
      Item: { id: { S: 'p-late' }, eventId: { S: 'ev-1' }, name: { S: 'Late Comer' } },
    }),
  );
  changedResult = path.join(app.root, 'record', 'verify-after-write.json');
  expect((await verify(changedResult)).presentation.ok).toBe(false);
});
afterAll(async () => {
  await app.cleanup();
});
beforeEach(async () => {
  api = await startFakeGitHub({ token: TOKEN, owner: 'acme', repo: 'events-app' });
  api.pulls.push({
    number: 7,
    title: 'Switch',
    body: '',
    state: 'closed',
    draft: false,
    head: 'dynamodb-rollback/prod',
    base: 'main',
    labels: [],
    reviewers: [],
    teamReviewers: [],
  });
});
afterEach(async () => {
  expect(api.mismatches).toEqual([]);
  await api.close();
});

const comment = (options: Record<string, unknown>, env: NodeJS.ProcessEnv = ENV()) =>
  execute(
    'pr-comment',
    { 'pull-request': 7, from: EXPORT, release: 's3://bucket/releases/prod/2026-12-01T23-00-00-000Z', ...options },
    recorder(),
    app.root,
    env,
  );

describe('verify --result-file', () => {
  it('writes what --json prints, which config-pr and pr-comment read', async () => {
    const data = JSON.parse(await readFile(unchangedResult, 'utf8')) as {
      command: string;
      ok: boolean;
      outputs: Record<string, string>;
      result: { live: unknown[] };
    };
    expect(data).toMatchObject({ command: 'verify', ok: true, outputs: { live: 'unchanged' } });
    expect(data.result.live).toHaveLength(4);
  });

  it('refuses a path it cannot write, exit 2', async () => {
    const err = await execute(
      'verify',
      { from: 'exports/run1', 'result-file': path.join(app.root, 'exports', 'run1', 'export.json', 'x.json') },
      recorder(),
      app.root,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(String(err)).toMatch(/--result-file .* cannot be written/);
  });
});

describe('pr-comment', () => {
  it('says the switch lost nothing when verify --live found every table unchanged and maintenance went off', async () => {
    const { presentation } = await comment({ 'verify-result': unchangedResult, outcomes: JSON.stringify(DONE) });
    expect(presentation.outputs).toMatchObject({ verdict: 'finished', 'comment-url': expect.stringMatching(/#issuecomment-1$/) });
    expect(api.comments).toHaveLength(1);
    const body = api.comments[0]!.body;
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toMatch(/Finished: the switch of \*\*.+\*\* lost nothing/);
    expect(body).toContain("| health check (the app's) | skipped: not configured (commands.healthCheck is empty) |");
    expect(body).not.toMatch(/catch-up/i);
    expect(api.calls.map((c) => c.operation)).toEqual(['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']);
  });

  it("says writes slipped in, with counts per table and the catch-up against the rollback's export; no item value", async () => {
    const { presentation } = await comment({
      'verify-result': changedResult,
      outcomes: JSON.stringify({ ...DONE, verify: 'failure', 'maintenance-off': '', 'jobs-start': '' }),
    });
    expect(presentation.outputs.verdict).toBe('writes-slipped-in');
    const body = api.comments[0]!.body;
    expect(body).toMatch(/Writes reached DynamoDB after the export: maintenance stays on/);
    expect(body).toMatch(/1 of 4 tables changed/);
    expect(body).toContain(`| ${app.tables.participants} | 4 | 5 | **changed** |`);
    expect(body).toContain(`--base ${EXPORT}`);
    expect(body).toContain('| maintenance off | did not run |');
    for (const v of [...personalValues(), 'Late Comer']) expect(body).not.toContain(v);
  });

  it('says not finished when verify did not run', async () => {
    const { presentation } = await comment({ outcomes: JSON.stringify({ pull: 'failure' }) });
    expect(presentation.outputs.verdict).toBe('not-finished');
    expect(api.comments[0]!.body).toMatch(/verify --live did not run/);
  });

  it('on a dry run composes the comment and posts nothing', async () => {
    const { presentation } = await comment(
      { 'verify-result': unchangedResult, outcomes: JSON.stringify(DONE), 'dry-run': true },
      { GITHUB_REPOSITORY: 'acme/events-app' },
    );
    expect(presentation.outputs['comment-url']).toBe('');
    expect(presentation.summary.notes.join('\n')).toContain(COMMENT_MARKER);
    expect(api.calls).toEqual([]);
  });

  it.each([
    ['no token', {}, { GITHUB_REPOSITORY: 'acme/events-app' }, /needs a GitHub token/],
    ['no pull request', { 'pull-request': undefined }, undefined, /needs --pull-request/],
    ['outcomes that are not JSON', { outcomes: '{nope' }, undefined, /--outcomes is not JSON/],
    ['no repository', {}, { GITHUB_TOKEN: TOKEN }, /expected owner\/name/],
  ])('refuses %s with one line, exit 2, nothing posted', async (_what, options, env, message) => {
    const err = await comment(options, env ?? ENV()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(String(err)).toMatch(message);
    expect(api.calls).toEqual([]);
  });

  it('a pull request GitHub does not know is bad input, exit 2', async () => {
    const err = await comment({ 'pull-request': 8, outcomes: '{}' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(String(err)).toMatch(/found no such pull request \(HTTP 404\).*check --pull-request/);
  });
});

describe('the comment body', () => {
  const verify = { path: 'v.json', ok: true, collections: [], live: [{ table: 't', same: true, exportItems: 3, liveItems: 3 }] };
  it('is not finished while a step failed or maintenance did not go off', () => {
    expect(verdictOf({ stage: 's', exportUri: EXPORT, outcomes: DONE, verify })).toBe('finished');
    expect(verdictOf({ stage: 's', exportUri: EXPORT, outcomes: { ...DONE, 'health-check': 'failed: exited with 1' }, verify })).toBe(
      'not-finished',
    );
    expect(verdictOf({ stage: 's', exportUri: EXPORT, outcomes: { ...DONE, 'maintenance-off': '' }, verify })).toBe('not-finished');
    expect(verdictOf({ stage: 's', exportUri: EXPORT, outcomes: DONE, verify: { ...verify, live: null } })).toBe('not-finished');
  });

  it('names a table that is gone, and the catch-up pulls the release first', () => {
    const body = commentBody({
      stage: 's',
      exportUri: EXPORT,
      outcomes: {},
      verify: { ...verify, ok: false, live: [{ table: 't', same: false, exportItems: 3, liveItems: null }] },
    });
    expect(body).toContain('| t | 3 | table gone | **changed** |');
    expect(catchUpCommands({ stage: 's', exportUri: EXPORT, release: 's3://b/r/1' })[0]).toMatch(
      /^npx dynamodb-rollback pull .*--from s3:\/\/b\/r\/1/,
    );
  });
});
