/**
 * The finish believes only the rollback's own record (issue 19, finding 2):
 * trusted-record reads the merged commit's trailers, looks the run up and
 * downloads its artifact, all through GitHub as the local server that
 * checks every call against GitHub's OpenAPI description. Each refusal
 * names what did not match and writes nothing.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import { exitCodeOf } from '../../src/core/errors.js';
import { combineDigest, sha256Bytes } from '../../src/record/digest.js';
import { trailerLines } from '../../src/record/trailer.js';
import { writeZip } from '../../src/record/zip.js';
import { type FakeGitHub, type RunState, startFakeGitHub } from '../harness/github-api.js';
import { recorder } from '../verify/recorder.js';

const TOKEN = 'ghs_test_token';
const STAGE = 'prod';
const COMMIT = 'c0ffee'.padEnd(40, '0');
const RUN = 4242;
const FILES = [
  {
    name: 'locations.json',
    bytes: Buffer.from(
      JSON.stringify({
        export: 's3://bucket/exports/prod/4242-1',
        release: 's3://bucket/releases/prod/2026-12-01T23-00-00-000Z',
        backups: {},
      }),
    ),
  },
  { name: 'rollback-report.json', bytes: Buffer.from(JSON.stringify({ command: 'rollback', collections: [] })) },
  { name: 'verify.json', bytes: Buffer.from(JSON.stringify({ command: 'verify', ok: true })) },
];
const DIGEST = combineDigest(FILES.map((f) => ({ name: f.name, sha256: sha256Bytes(f.bytes) })));
const GENUINE: RunState = {
  id: RUN,
  attempt: 1,
  path: '.github/workflows/rollback.yml',
  event: 'workflow_dispatch',
  headBranch: 'main',
  status: 'completed',
  conclusion: 'success',
};
const message = (trailers: string[]) =>
  `Switch ${STAGE} back to the file database (DATABASE_TYPE=file)\n\nReason: p99\n\n${trailers.join('\n')}\n`;

let api: FakeGitHub;
let dir: string;
const ENV = () => ({ GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/events-app' });

beforeEach(async () => {
  api = await startFakeGitHub({ token: TOKEN, owner: 'acme', repo: 'events-app' });
  api.pulls.push({
    number: 7,
    title: 'Switch',
    body: `<!-- dynamodb-rollback:run ${RUN} -->`,
    state: 'closed',
    draft: false,
    head: `dynamodb-rollback/${STAGE}`,
    base: 'main',
    labels: [],
    reviewers: [],
    teamReviewers: [],
  });
  api.commits.set(COMMIT, message(trailerLines({ stage: STAGE, runId: String(RUN), attempt: 1, sha256: DIGEST })));
  api.runs.push({ ...GENUINE });
  api.artifacts.push({ id: 11, runId: RUN, name: `dynamodb-rollback-record-${STAGE}`, zip: writeZip(FILES, { deflate: true }) });
  dir = await mkdtemp(path.join(os.tmpdir(), 'trusted-record-'));
});
afterEach(async () => {
  expect(api.mismatches).toEqual([]);
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

const fetchRecord = (options: Record<string, unknown> = { commit: COMMIT }) =>
  execute('trusted-record', { stage: STAGE, 'record-dir': 'record', ...options }, recorder(), dir, ENV());

async function refusal(options?: Record<string, unknown>): Promise<{ code: number; message: string }> {
  const err = await fetchRecord(options).then(
    () => {
      throw new Error('trusted-record did not refuse');
    },
    (e: Error) => e,
  );
  // Nothing written: the record folder was never made.
  expect(await readdir(dir)).toEqual([]);
  return { code: exitCodeOf(err), message: err.message };
}

describe('trusted-record (the rollback record)', () => {
  it('accepts the genuine record: writes its files and names the export, the release and the pull request', async () => {
    const { presentation } = await fetchRecord();
    expect(presentation.outputs).toMatchObject({
      'run-id': String(RUN),
      'run-attempt': '1',
      sha256: DIGEST,
      'export-uri': 's3://bucket/exports/prod/4242-1',
      'release-uri': 's3://bucket/releases/prod/2026-12-01T23-00-00-000Z',
      'pull-request': '7',
    });
    expect((await readdir(path.join(dir, 'record'))).sort()).toEqual(['locations.json', 'rollback-report.json', 'verify.json']);
    expect(await readFile(path.join(dir, 'record', 'verify.json'), 'utf8')).toBe(FILES[2]!.bytes.toString());
    expect(api.calls.map((c) => c.operation)).toContain('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}');
  });

  it.each<[string, Partial<RunState>, string]>([
    [
      'another workflow',
      { path: '.github/workflows/forged.yml' },
      'workflow .github/workflows/forged.yml, not .github/workflows/rollback.yml',
    ],
    ['another branch', { headBranch: 'attacker' }, 'branch attacker, not the default branch main'],
    ['another event', { event: 'push' }, 'event push, not workflow_dispatch'],
    ['a failed run', { conclusion: 'failure' }, 'conclusion failure, not success'],
    ['a run still going', { status: 'in_progress', conclusion: null }, 'status in_progress, not completed'],
    ['a fork', { headRepository: 'mallory/events-app' }, 'head repository mallory/events-app, not acme/events-app'],
  ])('refuses a record from %s, exit 2, naming it', async (_what, change, named) => {
    Object.assign(api.runs[0]!, change);
    const { code, message } = await refusal();
    expect(code).toBe(2);
    expect(message).toContain(`run ${RUN} attempt 1`);
    expect(message).toContain(named);
  });

  it('refuses an artifact whose digest is not the committed one, exit 1, naming both', async () => {
    api.artifacts[0]!.zip = writeZip([
      FILES[0]!,
      { name: 'rollback-report.json', bytes: Buffer.from('{"command":"rollback","collections":[],"widened":true}') },
      FILES[2]!,
    ]);
    const { code, message } = await refusal();
    expect(code).toBe(1);
    expect(message).toContain(`not the ${DIGEST} commit ${COMMIT.slice(0, 12)} carries`);
  });

  it('refuses a run id that only the pull request body names: the commit has no trailer, exit 2', async () => {
    api.commits.set(COMMIT, 'Switch prod back to the file database\n\nReason: p99\n');
    const { code, message } = await refusal();
    expect(code).toBe(2);
    expect(message).toContain('no Dynamodb-Rollback-Run trailer');
    expect(message).toContain("a run id in the pull request's body is not read");
    expect(api.calls.map((c) => c.operation)).not.toContain('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}');
  });

  it('reads the trailer block only: trailers quoted in the body above it do not count', async () => {
    api.commits.set(
      COMMIT,
      `Switch\n\n${trailerLines({ stage: STAGE, runId: String(RUN), attempt: 1, sha256: DIGEST }).join('\n')}\n\nSigned-off-by: someone <a@example.com>\n`,
    );
    expect((await refusal()).message).toContain('no Dynamodb-Rollback-Stage trailer');
  });

  it("refuses another stage's record, exit 2", async () => {
    const { code, message } = await refusal({ commit: COMMIT, stage: 'staging' });
    expect(code).toBe(2);
    expect(message).toContain('records a rollback of stage prod, not staging; finish it with stage prod');
  });

  it('refuses a zip entry that would leave the record folder', async () => {
    api.artifacts[0]!.zip = writeZip([...FILES, { name: '../escape.json', bytes: Buffer.from('{}') }]);
    const { code, message } = await refusal();
    expect(code).toBe(1);
    expect(message).toContain('"../escape.json" names a path outside');
  });

  it('needs exactly one of --commit and --mitigate-run, and a full sha', async () => {
    expect((await refusal({})).code).toBe(2);
    expect((await refusal({ commit: COMMIT, 'mitigate-run': '5' })).code).toBe(2);
    expect((await refusal({ commit: 'c0ffee' })).message).toContain('is not a full commit sha');
  });
});

describe("trusted-record --mitigate-run (mitigate's report for --revert)", () => {
  const REPORT = { name: 'report.json', bytes: Buffer.from(JSON.stringify({ command: 'mitigate', tables: [] })) };
  beforeEach(() => {
    api.runs.push({
      id: 77,
      attempt: 1,
      path: '.github/workflows/mitigate.yml',
      event: 'workflow_dispatch',
      headBranch: 'main',
      status: 'completed',
      conclusion: 'failure',
    });
    const zip = writeZip([REPORT]);
    api.artifacts.push({ id: 12, runId: 77, name: `dynamodb-rollback-mitigate-${STAGE}`, zip, digest: `sha256:${sha256Bytes(zip)}` });
  });

  it("accepts a mitigate.yml run's report, a failed run's too (its report is what a revert reads)", async () => {
    const { presentation } = await fetchRecord({ 'mitigate-run': '77' });
    expect(presentation.outputs['run-id']).toBe('77');
    expect(await readFile(path.join(dir, 'record', 'report.json'), 'utf8')).toBe(REPORT.bytes.toString());
  });

  it('refuses a report from another workflow or branch, and a download that is not what GitHub recorded', async () => {
    api.runs[1]!.path = '.github/workflows/rollback.yml';
    expect((await refusal({ 'mitigate-run': '77' })).message).toContain(
      'workflow .github/workflows/rollback.yml, not .github/workflows/mitigate.yml',
    );
    api.runs[1]!.path = '.github/workflows/mitigate.yml';
    api.runs[1]!.headBranch = 'topic';
    expect((await refusal({ 'mitigate-run': '77' })).message).toContain('branch topic, not the default branch main');
    api.runs[1]!.headBranch = 'main';
    api.artifacts[1]!.digest = `sha256:${'0'.repeat(64)}`;
    const { code, message } = await refusal({ 'mitigate-run': '77' });
    expect(code).toBe(1);
    expect(message).toContain('is not the sha256:0000');
  });
});
