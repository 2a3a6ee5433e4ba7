/**
 * The drill end to end: the real rollback.yml (and rollback-finish.yml when
 * it is beside it) on embedded services. It runs the file, not a list of
 * its own: a copy with a step removed, or an output name misspelt, fails at
 * the step that depends on it, naming it. --app copies a repository with a
 * config of its own and never touches the original. Each full run takes
 * several seconds, so the cases are few.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDynamo } from '../../src/clients/dynamodb.js';
import { createS3 } from '../../src/clients/s3.js';
import { InputError } from '../../src/core/errors.js';
import { type DrillOptions, type DrillResult, runDrill } from '../../src/drill/run-drill.js';
import { scratchAppFiles, git } from '../../src/drill/scratch-app/write-app.js';
import { presentDrill } from '../../src/commands/drill-present.js';
import { startExportStandIn } from '../../src/local/export-stand-in.js';
import { startLocalServices, type LocalServices } from '../../src/local/services.js';
import { readTree } from '../fixtures/events-app.js';
import { personalValues, realMigrationGround } from '../fixtures/real-migration.js';
import { testDynamo } from '../harness/aws.js';
import { ROOT } from '../harness/run-dist.js';
import { asLocation } from '../harness/location.js';

// The committed bundle is what the drill runs; DRILL_PACKAGE points at another build of this package (all of it: action.yml, dist/, workflows).
const PACKAGE = process.env.DRILL_PACKAGE ?? ROOT;
const WORKFLOWS = path.join(PACKAGE, '.github', 'workflows');

let dir: string;
beforeAll(async () => {
  if (!readFileSync(path.join(PACKAGE, 'dist', 'index.js'), 'utf8').includes('app-command')) {
    throw new Error(`${PACKAGE}/dist is older than the workflows (no app-command in it): npm run build`);
  }
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-drill-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function drill(more: Partial<DrillOptions> = {}): Promise<{ result: DrillResult; lines: string[] }> {
  const lines: string[] = [];
  const local = { region: 'us-east-1', env: {} };
  // Fresh services per drill, as the command starts its own.
  const services: LocalServices = await startLocalServices();
  const workflow = more.workflow ?? path.join(WORKFLOWS, 'rollback.yml');
  const finish = path.join(path.dirname(workflow), 'rollback-finish.yml');
  const result = await runDrill(
    {
      packageRoot: PACKAGE,
      workflow,
      finishWorkflow: existsSync(finish) ? finish : null,
      approve: true,
      interactive: false,
      keep: false,
      inputs: {},
      node: process.execPath,
      dynamoEndpoint: services.dynamoEndpoint,
      s3Endpoint: services.s3Endpoint,
      onLine: (l) => lines.push(l),
      ...more,
    },
    { dynamo: createDynamo({ ...local, endpoint: services.dynamoEndpoint }), s3: createS3({ ...local, endpoint: services.s3Endpoint }) },
  ).finally(() => services.stop());
  return { result, lines };
}

const steps = (r: DrillResult) =>
  r.workflows.flatMap((w) => w.jobs.flatMap((j) => j.steps.map((s) => ({ ...s, file: path.basename(w.file) }))));

/** A copy of rollback.yml, changed, alone in a folder (so no finish runs after it). */
async function copyOfRollback(change: (text: string) => string): Promise<string> {
  const folder = await mkdtemp(path.join(dir, 'wf-'));
  const text = await readFile(path.join(WORKFLOWS, 'rollback.yml'), 'utf8');
  const changed = change(text);
  expect(changed).not.toBe(text);
  await writeFile(path.join(folder, 'rollback.yml'), changed);
  return path.join(folder, 'rollback.yml');
}

describe('drill', () => {
  describe('the scratch app, the workflows as committed', () => {
    let run: { result: DrillResult; lines: string[] };
    beforeAll(async () => {
      run = await drill({ keep: true });
    });
    afterAll(() => (run ? rm(run.result.scratch, { recursive: true, force: true }) : undefined));

    it('runs rollback.yml end to end and passes: every job, the figures, the branch, the pull request body without item values', async () => {
      const { result, lines } = run;
      const all = steps(result).filter((s) => s.file === 'rollback.yml');
      expect(all.filter((s) => s.status === 'failed')).toEqual([]);
      expect(result.workflows[0]!.jobs.map((j) => [j.job, j.result])).toEqual([
        ['preflight', 'success'],
        ['rollback', 'success'],
        ['config-pr', 'success'],
        ['on-failure', 'skipped'],
      ]);
      expect(all.find((s) => s.step === 'backup')).toMatchObject({ status: 'skipped', note: expect.stringContaining('CreateBackup') });
      expect(result.figures).toMatchObject({ exported: 14, rolledBack: 14, verified: 14, live: 'unchanged' });
      expect(result.branch).toBe('dynamodb-rollback/drill');
      const body = await readFile(result.pullRequestBody!, 'utf8');
      expect(body).toContain('DATABASE_TYPE=file');
      for (const value of personalValues()) expect(body).not.toContain(value);
      // A progress line per step as it ran.
      expect(lines.filter((l) => l.startsWith('ok ')).length).toBe(steps(result).filter((s) => s.status === 'ok').length);
    });

    it('merges the pull request into the origin and runs rollback-finish.yml on it: the chain passes, maintenance ends', () => {
      const { result } = run;
      expect(result.finishSkipped).toBeNull();
      expect(result.merged).toBe(true);
      expect(steps(result).filter((s) => s.status === 'failed')).toEqual([]);
      expect(result.workflows.map((w) => path.basename(w.file))).toEqual(['rollback.yml', 'rollback-finish.yml']);
      // Started by the push of the merge; the record believed only after the recorder answered the run lookup and the artifact's zip.
      expect(steps(result).find((s) => s.file === 'rollback-finish.yml' && s.step === 'record')).toMatchObject({ status: 'ok' });
      expect(result.ok).toBe(true);
      expect(result.appState).toEqual({ maintenance: false, 'jobs-stopped': false });
    });
  });

  it('--export-mode native: the export API answered by the stand-in (shown as such), the rollback made from its export, the finish scanning for a window under 15 minutes', async () => {
    const bundle = readdirSync(path.join(PACKAGE, 'dist'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(PACKAGE, 'dist', f), 'utf8'));
    if (!bundle.some((text) => text.includes('native export of every table'))) {
      throw new Error(`${PACKAGE}/dist is older than export --native (no export --native in it): npm run build`);
    }
    const local = { region: 'us-east-1', env: {} };
    const services = await startLocalServices();
    const standIn = await startExportStandIn({
      dynamoEndpoint: services.dynamoEndpoint,
      dynamo: createDynamo({ ...local, endpoint: services.dynamoEndpoint }),
      s3: createS3({ ...local, endpoint: services.s3Endpoint }),
    });
    try {
      const result = await runDrill(
        {
          packageRoot: PACKAGE,
          workflow: path.join(WORKFLOWS, 'rollback.yml'),
          finishWorkflow: path.join(WORKFLOWS, 'rollback-finish.yml'),
          approve: true,
          interactive: false,
          keep: true,
          inputs: { 'export-mode': 'native' },
          node: process.execPath,
          dynamoEndpoint: standIn.endpoint,
          s3Endpoint: services.s3Endpoint,
          standIn: 'answered by a stand-in for AWS',
          onLine: () => {},
        },
        {
          dynamo: createDynamo({ ...local, endpoint: services.dynamoEndpoint }),
          s3: createS3({ ...local, endpoint: services.s3Endpoint }),
        },
      );
      expect(result.ok).toBe(true);
      expect(presentDrill(result).summary.tables![0]!.rows[0]).toEqual([
        '',
        '',
        'DynamoDB export API',
        'stand-in for AWS',
        '',
        'answered by a stand-in for AWS',
      ]);
      expect(standIn.counts.ExportTableToPointInTime).toBe(4);
      const log = (job: string, step: string) => readFileSync(path.join(result.scratch, job, 'jobs', step), 'utf8');
      expect(log('run-1', path.join('rollback', '07-export.log'))).toContain('native export of every table at');
      expect(log('run-2', path.join('finish', '08-changes.log'))).toContain('so the tables are scanned instead');
      await rm(result.scratch, { recursive: true, force: true });
    } finally {
      await standIn.stop();
      await services.stop();
    }
  });

  it("fails at the step that reads a removed step's outputs, naming it", async () => {
    const workflow = await copyOfRollback((t) =>
      t.replace(/ {6}- name: export \(folder and S3, encrypted\)\n[\s\S]*?(?= {6}- name: rollback\n)/, ''),
    );
    const { result } = await drill({ workflow });
    expect(result.ok).toBe(false);
    const failed = steps(result).filter((s) => s.status === 'failed');
    expect(failed[0]).toMatchObject({ job: 'rollback', step: 'rollback' });
    expect(failed[0]!.note).toContain('steps.export is not a step before this one');
    await rm(result.scratch, { recursive: true, force: true });
  });

  it('fails at the step that reads a misspelt output, naming it', async () => {
    const workflow = await copyOfRollback((t) =>
      t.replace(
        'from: ${{ steps.export.outputs.s3-uri || steps.export.outputs.path }}',
        'from: ${{ steps.export.outputs.s3-url || steps.export.outputs.path }}',
      ),
    );
    const { result } = await drill({ workflow });
    const failed = steps(result).filter((s) => s.status === 'failed');
    expect(failed[0]).toMatchObject({ job: 'rollback', step: 'rollback' });
    expect(failed[0]!.note).toContain('steps.export.outputs.s3-url is not an output of step export');
    await rm(result.scratch, { recursive: true, force: true });
  });

  it('--app: a copy of a repository with its own config (stage, table names) rolls back; the original is untouched', async () => {
    const app = path.join(dir, 'my-app');
    const stage = 'staging';
    const files = scratchAppFiles(stage, 'us-east-1');
    files['.github/dynamodb-rollback.yml'] = files['.github/dynamodb-rollback.yml']!.replace(
      'stage: staging',
      'stage: staging\ntables:\n  events: my-app-${stage}-events\n  participants: my-app-${stage}-participants\n  users: my-app-${stage}-users\n  talks: my-app-${stage}-talks',
    );
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(app, name)), { recursive: true });
      await writeFile(path.join(app, name), text);
    }
    await git(dir, 'init', '--quiet', app);
    await git(app, 'add', '--all');
    await git(app, 'commit', '--quiet', '-m', 'my app');
    await writeFile(path.join(app, 'uncommitted-note.txt'), 'work in progress\n');
    const before = await readTree(app);
    const { result } = await drill({
      app,
      workflow: await copyOfRollback((t) => t.replace('# The rollback:', '# A copy of the rollback:')),
    });
    expect(steps(result).filter((s) => s.status === 'failed')).toEqual([]);
    expect(result.app).toMatchObject({ source: 'copy', stage: 'staging', tables: { events: 'my-app-staging-events' } });
    expect(result.branch).toBe('dynamodb-rollback/staging');
    expect(await readTree(app)).toEqual(before);
    await rm(result.scratch, { recursive: true, force: true });
  });

  it('--data: a real export loaded into the embedded DynamoDB is what the workflow rolls back, under its own stage', async () => {
    const ground = await realMigrationGround('ddbrb-drill-data-', testDynamo(), 'plain');
    try {
      const { result } = await drill({
        data: asLocation(ground.exportDir),
        workflow: await copyOfRollback((t) => t.replace('# The rollback:', '# A copy of the rollback:')),
      });
      expect(result.app).toMatchObject({ stage: ground.stage, seeded: expect.stringContaining('14 items') });
      expect(result.workflows[0]!.jobs.filter((j) => j.result === 'failure')).toEqual([]);
      expect(result.figures).toMatchObject({ exported: 14, rolledBack: 14 });
      await rm(result.scratch, { recursive: true, force: true });
    } finally {
      await ground.cleanup();
    }
  });

  it('refuses, with nothing run, when the gate cannot be answered (no --approve, no terminal)', async () => {
    const lines: string[] = [];
    await expect(drill({ approve: false, onLine: (l) => lines.push(l) })).rejects.toThrow(InputError);
    await expect(drill({ approve: false })).rejects.toThrow(
      /waits for approval \(environment dynamodb-rollback-\$\{\{ inputs.stage \}\}\).*give --approve.*nothing was run/,
    );
    expect(lines).toEqual([]);
  });
});
