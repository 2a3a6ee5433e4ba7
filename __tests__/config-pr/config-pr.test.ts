/**
 * config-pr end to end: a real rollback report and verify result (dynalite),
 * the app's repository with a bare origin, and GitHub as a local server that
 * checks every call against GitHub's OpenAPI description.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import { renderText } from '../../src/core/summary.js';
import { InputError } from '../../src/core/errors.js';
import { dynamoEndpoint, testDynamo, uniqueName } from '../harness/aws.js';
import { type FakeGitHub, startFakeGitHub } from '../harness/github-api.js';
import { APP_CONFIG, APP_FILES, type AppRepo, createAppRepo, git } from '../fixtures/app-repo.js';
import { createEventsApp, type EventsApp, exportEventsApp, personalValues, seedEventsTables } from '../fixtures/events-app.js';
import { type Recorder, recorder } from '../verify/recorder.js';
import { recordDigest } from '../../src/record/digest.js';
import { readTrailers } from '../../src/record/trailer.js';

const TOKEN = 'ghs_test_token';
const BOT = '41898282+github-actions[bot]@users.noreply.github.com';
let app: EventsApp;
let stage: string;
let report: string;
let verifyResult: string;
let api: FakeGitHub;
const repos: AppRepo[] = [];

beforeAll(async () => {
  stage = uniqueName('app');
  app = await createEventsApp(stage);
  await seedEventsTables(app, testDynamo());
  await exportEventsApp(app, path.join(app.root, 'exports', 'run1'));
  const rolled = await execute('rollback', { from: 'exports/run1' }, recorder(), app.root);
  report = rolled.presentation.outputs.report!;
  const verified = await execute('verify', { from: 'exports/run1', live: true, endpoint: dynamoEndpoint() }, recorder(), app.root);
  expect(verified.presentation.ok).toBe(true);
  verifyResult = path.join(app.root, 'verify.json');
  await writeFile(
    verifyResult,
    JSON.stringify({ command: 'verify', ok: true, outputs: verified.presentation.outputs, result: verified.result }),
  );
});
afterAll(async () => {
  await app.cleanup();
  for (const r of repos) await r.cleanup();
});
beforeEach(async () => {
  api = await startFakeGitHub({ token: TOKEN, owner: 'acme', repo: 'events-app' });
});
afterEach(async () => {
  expect(api.mismatches).toEqual([]);
  await api.close();
});

async function repo(options: Parameters<typeof createAppRepo>[1] = {}): Promise<AppRepo> {
  const r = await createAppRepo(stage, options);
  repos.push(r);
  return r;
}

const ENV = () => ({
  GITHUB_TOKEN: TOKEN,
  GITHUB_API_URL: api.url,
  GITHUB_REPOSITORY: 'acme/events-app',
  GITHUB_ACTOR: 'operator-sam',
  GITHUB_RUN_ID: '4242',
  GITHUB_SERVER_URL: 'https://github.example',
});

async function configPr(r: AppRepo, options: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = ENV(), rec: Recorder = recorder()) {
  const ex = await execute(
    'config-pr',
    { report, 'verify-result': verifyResult, reason: 'p99 latency on DynamoDB', ...options },
    rec,
    r.dir,
    env,
  );
  return { ...ex, rec, text: renderText(ex.presentation.summary) };
}

async function failure(r: AppRepo, options: Record<string, unknown> = {}, env?: NodeJS.ProcessEnv): Promise<Error> {
  return configPr(r, options, env).then(
    () => {
      throw new Error('config-pr did not refuse');
    },
    (err: Error) => err,
  );
}

/** The one stretch of characters that differs between two texts. */
function changedSpan(before: string, after: string): { removed: string; added: string } {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end])
    end++;
  return { removed: before.slice(start, before.length - end), added: after.slice(start, after.length - end) };
}

const show = (r: AppRepo, ref: string, file: string) => git(r.dir, 'show', `${ref}:${file}`);
const remoteBranches = async (r: AppRepo) =>
  (await git(r.dir, 'ls-remote', '--heads', 'origin'))
    .trim()
    .split('\n')
    .map((l) => l.split('\t')[1]);

/** Nothing left behind in the operator's checkout: no branch, no commit, no worktree, no edit. */
async function expectUntouched(r: AppRepo, head: string) {
  expect((await git(r.dir, 'rev-parse', 'HEAD')).trim()).toBe(head);
  expect((await git(r.dir, 'branch', '--list')).trim()).toBe('* main');
  expect((await git(r.dir, 'worktree', 'list')).trim().split('\n')).toHaveLength(1);
  expect((await git(r.dir, 'status', '--porcelain')).trim()).toBe('');
}

describe('config-pr', () => {
  it('flips exactly the value characters in every target, pushes one commit and opens the pull request', async () => {
    const r = await repo();
    const head = (await git(r.dir, 'rev-parse', 'HEAD')).trim();
    const { presentation, rec, text } = await configPr(r);
    const branch = `dynamodb-rollback/${stage}`;
    expect(presentation.outputs).toMatchObject({
      operation: 'created',
      branch,
      'pull-request-number': '1',
      'pull-request-url': 'https://github.example/acme/events-app/pull/1',
    });
    const targets = [
      `.env.${stage}.template`,
      `cdk/config/${stage}.json`,
      'cdk/lib/config/environment.js',
      `environments/${stage}/${stage}.env`,
    ];
    expect(JSON.parse(presentation.outputs['changed-files']!)).toEqual(targets);

    const commit = presentation.outputs.commit!;
    expect((await git(r.dir, 'ls-remote', 'origin', `refs/heads/${branch}`)).split('\t')[0]).toBe(commit);
    await git(r.dir, 'fetch', '--quiet', 'origin', branch);
    expect((await git(r.dir, 'rev-parse', 'FETCH_HEAD^')).trim()).toBe(head);
    expect((await git(r.dir, 'diff', '--name-only', 'main', 'FETCH_HEAD')).trim().split('\n')).toEqual(targets);
    for (const file of targets) {
      const span = changedSpan(await show(r, 'main', file), await show(r, 'FETCH_HEAD', file));
      expect({ file, ...span }).toEqual({ file, removed: 'dynamodb', added: 'file' });
    }
    expect(await show(r, 'FETCH_HEAD', `.env.${stage}.template`)).toContain('DATABASE_TYPE="file"  # Options: file, dynamodb\n');
    expect(await show(r, 'FETCH_HEAD', `environments/${stage}/${stage}.env`)).toBe(
      'NODE_ENV=production\r\nexport DATABASE_TYPE=file\r\nLOG_LEVEL=info',
    );
    const js = await show(r, 'FETCH_HEAD', 'cdk/lib/config/environment.js');
    expect(js).toContain("development: { ...common, database: { type: 'file' } }");
    expect(js).toContain("database: { type: 'file' }, // switched by the migration");

    const [committer, author, subject] = (await git(r.dir, 'show', '-s', '--format=%ce%n%ae%n%s', 'FETCH_HEAD')).trim().split('\n');
    expect([committer, author]).toEqual([BOT, BOT]);
    expect(subject).toBe(`Switch ${stage} back to the file database (DATABASE_TYPE=file)`);
    const message = await git(r.dir, 'show', '-s', '--format=%B', 'FETCH_HEAD');
    expect(message).toContain('Reason: p99 latency on DynamoDB');
    expect(message).toContain('Run: https://github.example/acme/events-app/actions/runs/4242');
    await expectUntouched(r, head);

    const pr = api.pulls[0]!;
    expect(pr).toMatchObject({ head: branch, base: 'main', labels: ['rollback', 'database'], reviewers: ['oncall-lead'], draft: false });
    expect(pr.body).toContain('Run by:** operator-sam in [this workflow run](https://github.example/acme/events-app/actions/runs/4242)');
    // The fixture's merge settles two conflicts toward DynamoDB: the file side's versions are not kept, and the box stays open.
    expect(pr.body).toContain('- [ ] No data loss occurred: **2 versions written since the migration are not kept**');
    expect(pr.body).toContain('- users, changedInFiles: `u-2`');
    expect(pr.body).toContain('- [x] All migrated data restored to the files: verify matched 12 items against the export');
    expect(pr.body).toContain('- [x] No writes reached DynamoDB after the export (verify --live)');
    expect(pr.body).toContain('- [ ] After the deploy: the app starts and serves from the file database');
    expect(pr.body).toMatch(/\| events \| lightningtalk-circle-app-[0-9a-f]+-events \| 3 \| `[0-9a-f]{64}` \|/);
    expect(pr.body).toContain('Strategy `merge`');

    const everything = [pr.body, pr.title, message, text, JSON.stringify(presentation.outputs), ...rec.lines].join('\n');
    for (const value of personalValues()) expect(everything).not.toContain(value);
  });

  it('is idempotent: a second run makes no commit and no pull request, and says unchanged', async () => {
    const r = await repo();
    const first = await configPr(r);
    const calls = api.calls.length;
    const second = await configPr(r);
    expect(second.presentation.outputs.operation).toBe('unchanged');
    expect(second.presentation.outputs.commit).toBe(first.presentation.outputs.commit);
    expect(second.presentation.summary.headline).toContain('already up to date');
    expect(api.pulls).toHaveLength(1);
    expect(api.calls.slice(calls).map((c) => c.operation)).toEqual(['GET /repos/{owner}/{repo}/pulls']);
  });

  it('is idempotent in a shallow clone too, as actions/checkout makes one', async () => {
    const r = await repo();
    const shallow = path.join(path.dirname(r.dir), 'shallow');
    await git(path.dirname(r.dir), 'clone', '--quiet', '--depth=1', `file://${r.origin}`, shallow);
    const first = await configPr(r, { 'repo-dir': shallow });
    expect(first.presentation.outputs.operation).toBe('created');
    const second = await configPr(r, { 'repo-dir': shallow });
    expect(second.presentation.outputs).toMatchObject({ operation: 'unchanged', commit: first.presentation.outputs.commit });
  });

  it('updates the pull request body, not the branch, for a changed report', async () => {
    const r = await repo();
    const first = await configPr(r);
    const rolled = await execute(
      'rollback',
      { from: 'exports/run1', strategy: 'export', report: path.join(app.root, 'second-report.json') },
      recorder(),
      app.root,
    );
    const second = await configPr(r, { report: rolled.presentation.outputs.report });
    expect(second.presentation.outputs.operation).toBe('updated');
    expect(second.presentation.outputs.commit).toBe(first.presentation.outputs.commit);
    expect(api.pulls).toHaveLength(1);
    expect(api.pulls[0]!.body).toContain('Strategy `export`');
    expect(api.calls.at(-1)!.operation).toBe('PATCH /repos/{owner}/{repo}/pulls/{pull_number}');
  });

  it('moves its own branch onto a new base with force-with-lease, and says updated', async () => {
    const r = await repo();
    const first = await configPr(r);
    await writeFile(path.join(r.dir, 'server/index.js'), "module.exports = 'file';\n");
    await git(r.dir, 'commit', '--quiet', '-am', 'unrelated change');
    await git(r.dir, 'push', '--quiet', 'origin', 'main');
    const second = await configPr(r);
    expect(second.presentation.outputs.operation).toBe('updated');
    expect(second.presentation.outputs.commit).not.toBe(first.presentation.outputs.commit);
    await git(r.dir, 'fetch', '--quiet', 'origin', `dynamodb-rollback/${stage}`);
    expect((await git(r.dir, 'rev-parse', 'FETCH_HEAD^')).trim()).toBe((await git(r.dir, 'rev-parse', 'main')).trim());
  });

  it('refuses a value that is neither from nor to, naming file and value, with nothing pushed or left behind', async () => {
    const files = {
      'cdk/lib/config/environment.js': APP_FILES(stage)['cdk/lib/config/environment.js']!.replace("type: 'dynamodb'", "type: 'postgresql'"),
    };
    const r = await repo({ files });
    const head = (await git(r.dir, 'rev-parse', 'HEAD')).trim();
    const err = await failure(r);
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(
      `cdk/lib/config/environment.js:8: ${stage}.database.type is "postgresql", neither "dynamodb" nor "file"; refusing to flip a value the config does not expect`,
    );
    expect(await remoteBranches(r)).toEqual(['refs/heads/main']);
    expect(api.calls).toEqual([]);
    await expectUntouched(r, head);
  });

  it('refuses a gitignored target: no pull request can carry it', async () => {
    const r = await repo({
      config: APP_CONFIG(stage).replace('    - .env.${stage}.template\n', '    - path: .env\n      scope: shared\n'),
    });
    const err = await failure(r);
    expect(err.message).toBe(
      'switch target .env is ignored by git, so no pull request can carry it; remove it from switch.targets and set it where the app is deployed',
    );
    expect(await remoteBranches(r)).toEqual(['refs/heads/main']);
  });

  it('refuses a missing target the config names, and skips one marked optional or a missing default', async () => {
    const r = await repo({
      config: APP_CONFIG(stage).replace('    - .env.${stage}.template\n', '    - path: config/missing.env\n      scope: shared\n'),
    });
    expect((await failure(r)).message).toBe(
      'switch target config/missing.env is not in the repository at the base branch; fix the path in switch.targets, or mark it optional: true',
    );
    const optional = await repo({
      config: APP_CONFIG(stage).replace(
        '    - .env.${stage}.template\n',
        '    - path: config/missing.env\n      scope: shared\n      optional: true\n',
      ),
    });
    const { presentation } = await configPr(optional);
    expect(presentation.summary.notes).toContain('config/missing.env: not in the repository; skipped (optional)');
    const noKey = await repo({
      config: APP_CONFIG(stage).replace('      pointer: /database/type\n', '      pointer: /database/engine\n      optional: true\n'),
    });
    const k = await configPr(noKey);
    expect(k.presentation.summary.notes).toContain(`cdk/config/${stage}.json: /database/engine not found; skipped (optional)`);
    const defaults = await repo({ config: `stage: ${stage}\nregion: us-east-1\n` });
    await git(defaults.dir, 'rm', '--quiet', `environments/${stage}/${stage}.env`);
    await git(defaults.dir, 'commit', '--quiet', '-m', 'no stage env file');
    await git(defaults.dir, 'push', '--quiet', 'origin', 'main');
    const d = await configPr(defaults, { branch: 'rollback-defaults' });
    // The built-in targets: the two dotenv files and the CDK object; the JSON config is not one of them.
    expect(JSON.parse(d.presentation.outputs['changed-files']!)).toEqual([`.env.${stage}.template`, 'cdk/lib/config/environment.js']);
    expect(d.presentation.summary.notes).toContain(
      `environments/${stage}/${stage}.env: not in the repository; skipped (a built-in default target)`,
    );
  });

  it('needs a token unless it is a dry run, and says so before git runs', async () => {
    const r = await repo();
    const err = await failure(r, {}, { ...ENV(), GITHUB_TOKEN: '' });
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/^config-pr needs a GitHub token: give --token, or set GITHUB_TOKEN/);
    expect(await remoteBranches(r)).toEqual(['refs/heads/main']);
  });

  it('refuses a report of a rollback that did not write', async () => {
    const r = await repo();
    const text = JSON.parse(await readFile(report, 'utf8')) as Record<string, unknown>;
    const failed = path.join(app.root, 'failed-report.json');
    await writeFile(failed, JSON.stringify({ ...text, failed: 'disk full' }));
    expect((await failure(r, { report: failed })).message).toMatch(/that rollback stopped partway; run undo/);
    await writeFile(failed, JSON.stringify({ ...text, refused: 'would lose writes' }));
    expect((await failure(r, { report: failed })).message).toMatch(/that rollback refused and wrote nothing; the switch stays/);
    await writeFile(failed, JSON.stringify({ ...text, dryRun: true }));
    expect((await failure(r, { report: failed })).message).toMatch(/is a dry run: nothing was rolled back/);
    expect(await remoteBranches(r)).toEqual(['refs/heads/main']);
  });

  it('refuses to push over a branch of the same name that it did not make', async () => {
    const r = await repo();
    await git(r.dir, 'push', '--quiet', 'origin', `main:refs/heads/dynamodb-rollback/${stage}`);
    const err = await failure(r);
    expect(err.message).toBe(
      `branch dynamodb-rollback/${stage} on origin has a commit config-pr did not make (committer dev@example.com); pick another --branch or delete that branch`,
    );
    expect(api.calls).toEqual([]);
  });

  it('refuses a target outside the repository', async () => {
    const r = await repo({
      config: APP_CONFIG(stage).replace('    - .env.${stage}.template\n', '    - path: ../outside.env\n      scope: shared\n'),
    });
    expect((await failure(r)).message).toBe('switch target ../outside.env: give a path inside the repository, relative to its root');
  });

  it('refuses a verify result that is not one', async () => {
    const r = await repo();
    const bogus = path.join(app.root, 'bogus-verify.json');
    await writeFile(bogus, JSON.stringify({ ok: true }));
    expect((await failure(r, { 'verify-result': bogus })).message).toMatch(
      /not verify's result \(no ok and collections\); give the output of verify --json/,
    );
  });

  it('needs the repository when the origin URL does not name one', async () => {
    const r = await repo();
    const err = await failure(r, {}, { ...ENV(), GITHUB_REPOSITORY: '' });
    expect(err.message).toBe('cannot tell the GitHub repository from the origin URL; give --repository owner/name');
    expect(await remoteBranches(r)).toEqual(['refs/heads/main']);
  });

  it('stops when a command: target fails, with nothing committed or pushed', async () => {
    const r = await repo({ config: APP_CONFIG(stage, '    - command: node -e "process.exit(3)"\n') });
    const head = (await git(r.dir, 'rev-parse', 'HEAD')).trim();
    const err = await failure(r);
    expect(err.message).toBe('switch command "node -e "process.exit(3)"" exited with 3; nothing was committed or pushed');
    expect(await remoteBranches(r)).toEqual(['refs/heads/main']);
    await expectUntouched(r, head);
  });

  it('adds labels the pull request lost, and says updated', async () => {
    const r = await repo();
    await configPr(r);
    api.pulls[0]!.labels = ['rollback'];
    const again = await configPr(r);
    expect(again.presentation.outputs.operation).toBe('updated');
    expect(api.pulls[0]!.labels).toEqual(['rollback', 'database']);
  });

  it('opens the pull request even when GitHub will not take a reviewer, and says so', async () => {
    const r = await repo();
    api.failOn('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', 422);
    const { presentation } = await configPr(r);
    expect(presentation.outputs.operation).toBe('created');
    expect(presentation.summary.notes.join('\n')).toMatch(
      /^reviewers not requested: GitHub API .* refused request reviewers on acme\/events-app as invalid \(HTTP 422\).*; ask them on the pull request$/m,
    );
  });

  it('refuses --branch equal to the base', async () => {
    const r = await repo();
    expect((await failure(r, { branch: 'main' })).message).toBe(
      '--branch main is the base branch; config-pr pushes only a branch of its own',
    );
  });

  it('--dry-run prints the diff of every target and the body, pushes nothing, needs no token', async () => {
    const r = await repo();
    const head = (await git(r.dir, 'rev-parse', 'HEAD')).trim();
    const { presentation, text } = await configPr(r, { 'dry-run': true }, { GITHUB_REPOSITORY: 'acme/events-app' });
    expect(presentation.outputs.operation).toBe('dry-run');
    expect(text).toContain('-DATABASE_TYPE="dynamodb"  # Options: file, dynamodb');
    expect(text).toContain('+DATABASE_TYPE="file"  # Options: file, dynamodb');
    expect(text).toContain("+    database: { type: 'file' }, // switched by the migration");
    expect(text).toContain('### Rollback verification checklist');
    expect(await remoteBranches(r)).toEqual(['refs/heads/main']);
    expect(api.calls).toEqual([]);
    await expectUntouched(r, head);
  });

  it('runs a command: target in the repository and commits what it changed', async () => {
    const command = `node -e "const f=require('fs');const p='cdk/cdk.json';f.writeFileSync(p,f.readFileSync(p,'utf8').replace('dynamodb','file'))"`;
    const r = await repo({
      files: { 'cdk/cdk.json': '{ "context": { "databaseType": "dynamodb" } }\n' },
      config: APP_CONFIG(stage, `    - command: ${JSON.stringify(command)}\n`),
    });
    const { presentation } = await configPr(r);
    expect(JSON.parse(presentation.outputs['changed-files']!)).toContain('cdk/cdk.json');
    expect(presentation.summary.tables[0]!.rows.at(-1)).toEqual([`command: ${command}`, 'ran', 'changed cdk/cdk.json']);
  });

  it('says unchanged and opens nothing when the base already has the switch flipped', async () => {
    const flipped = Object.fromEntries(
      Object.entries(APP_FILES(stage)).map(([k, v]) => [
        k,
        k === '.env'
          ? v
          : v
              .replace("type: 'dynamodb'", "type: 'file'")
              .replace(/dynamodb"/, 'file"')
              .replace('DATABASE_TYPE=dynamodb', 'DATABASE_TYPE=file'),
      ]),
    );
    const r = await repo({ files: flipped });
    const { presentation } = await configPr(r);
    expect(presentation.outputs).toMatchObject({ operation: 'unchanged', commit: '', 'pull-request-number': '' });
    expect(api.calls).toEqual([]);
  });

  it("commits the record's trailers: the stage, the run and attempt, the record folder's sha256", async () => {
    const r = await repo();
    const recordDir = path.dirname(verifyResult);
    const { presentation } = await configPr(r, { 'record-dir': recordDir }, { ...ENV(), GITHUB_RUN_ATTEMPT: '3' });
    const message = await git(r.dir, 'show', '-s', '--format=%B', presentation.outputs.commit!);
    expect(readTrailers(message)).toEqual({
      ok: true,
      trailers: { stage, runId: '4242', attempt: 3, sha256: await recordDigest(recordDir) },
    });
  });

  it('a superseding rollback pushes a new commit though the files are byte for byte the same (stale approvals go)', async () => {
    const r = await repo();
    const recordDir = path.dirname(verifyResult);
    const first = await configPr(r, { 'record-dir': recordDir });
    const second = await configPr(r, { 'record-dir': recordDir }, { ...ENV(), GITHUB_RUN_ID: '4343' });
    expect(second.presentation.outputs.operation).toBe('updated');
    expect(second.presentation.outputs.commit).not.toBe(first.presentation.outputs.commit);
    expect(await git(r.dir, 'rev-parse', `${second.presentation.outputs.commit}^{tree}`)).toBe(
      await git(r.dir, 'rev-parse', `${first.presentation.outputs.commit}^{tree}`),
    );
    expect((await git(r.dir, 'ls-remote', 'origin', `refs/heads/dynamodb-rollback/${stage}`)).split('\t')[0]).toBe(
      second.presentation.outputs.commit,
    );
    const message = await git(r.dir, 'show', '-s', '--format=%B', second.presentation.outputs.commit!);
    expect(message).toContain('Dynamodb-Rollback-Run: 4343/1');
    expect(api.pulls).toHaveLength(1);
  });
});

describe('pr-check (one rollback per stage at a time)', () => {
  const check = (options: Record<string, unknown> = {}) => execute('pr-check', { stage, ...options }, recorder(), app.root, ENV());
  const openPull = () =>
    api.pulls.push({
      number: 9,
      title: 'Switch',
      body: '',
      state: 'open',
      draft: false,
      head: `dynamodb-rollback/${stage}`,
      base: 'main',
      labels: [],
      reviewers: [],
      teamReviewers: [],
    });

  it('proceeds when no rollback pull request of the stage is open', async () => {
    api.pulls.push({
      number: 8,
      title: 'Old',
      body: '',
      state: 'closed',
      draft: false,
      head: `dynamodb-rollback/${stage}`,
      base: 'main',
      labels: [],
      reviewers: [],
      teamReviewers: [],
    });
    const { presentation } = await check();
    expect(presentation.outputs).toEqual({ 'open-pull-request': '', superseded: 'false' });
  });

  it('refuses while one is open, naming its number and URL, exit 2', async () => {
    openPull();
    const err = await check().then(
      () => null,
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect(err!.message).toContain(
      `pull request #9 (https://github.example/acme/events-app/pull/9) from dynamodb-rollback/${stage} is open`,
    );
    expect(err!.message).toContain('supersede');
  });

  it('proceeds with supersede, and says which one it supersedes', async () => {
    openPull();
    const { presentation } = await check({ supersede: true });
    expect(presentation.outputs).toEqual({ 'open-pull-request': '9', superseded: 'true' });
    expect(presentation.summary.headline).toContain('superseding pull request #9');
  });
});
