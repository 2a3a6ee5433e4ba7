/**
 * The drill: the rollback workflow itself, run here against embedded
 * DynamoDB and S3, a scratch events app (or a copy of the user's) and a
 * bare origin; then the pull request "merged" into that origin and the
 * finish workflow run the same way. Plan (app, tables, variables), run,
 * report. Nothing outside the scratch folder is written.
 */
import { cp, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import type { DynamoClient } from '../clients/dynamodb.js';
import type { S3 } from '../clients/s3.js';
import { loadConfig } from '../config/load.js';
import { InputError } from '../core/errors.js';
import { describeLocation, type Location } from '../core/location.js';
import { readActionManifest } from './action-manifest.js';
import { type DrillWorld, localActions } from './actions-table.js';
import type { Json } from './expressions.js';
import { gateFor, refuseUnanswerable } from './gate.js';
import { startGitHubRecorder } from './github-recorder.js';
import { loadExport } from './load-export.js';
import type { ActionAdapter } from './run-workflow.js';
import { resolveInputs, runWorkflow } from './run-workflow.js';
import { createTables, LAYOUTS, migrate, monthOfUse, type TableClient, type TableLayout } from './scratch-app/migrate.js';
import { filesAtMigration, MIGRATED } from './scratch-app/data.js';
import { provideMigrationState } from './scratch-app/migration-state.js';
import { git, type ScratchRepo, withOrigin, writeScratchApp } from './scratch-app/write-app.js';
import type { WorkflowRecord } from './step-result.js';
import { loadWorkflow, type Workflow } from './workflow.js';

export interface DrillOptions {
  /** This package: action.yml, dist/index.js, .github/workflows/. */
  packageRoot: string;
  workflow: string;
  /** The finish workflow; null: none is run. */
  finishWorkflow: string | null;
  app?: string;
  /** --data: an export to load instead of the scratch data. */
  data?: Location;
  approve: boolean;
  /** A terminal to ask on. */
  interactive: boolean;
  keep: boolean;
  inputs: Record<string, string>;
  node: string;
  dynamoEndpoint: string;
  s3Endpoint: string;
  /** When the export API is answered by the local stand-in: what the drill's table says of it. */
  standIn?: string;
  onLine(line: string): void;
  /** Told the scratch folder as soon as it exists (so a signal's handler can remove it). */
  onScratch?(dir: string): void;
}

export interface DrillDeps {
  /** The embedded DynamoDB. */
  dynamo: DynamoClient;
  /** The embedded S3. */
  s3: S3;
  /** Where an s3:// --data is read from (the user's S3). */
  dataS3?: S3;
}

export interface DrillResult {
  ok: boolean;
  scratch: string;
  kept: boolean;
  app: { source: 'scratch' | 'copy'; from?: string; stage: string; tables: Record<string, string>; seeded: string };
  workflows: WorkflowRecord[];
  /** Why the finish workflow did not run, when it did not. */
  finishSkipped: string | null;
  figures: { exported: number | null; rolledBack: number | null; verified: number | null; live: string | null };
  branch: string | null;
  pullRequestBody: string | null;
  /** The finish's comments on the pull request, as files. */
  comments: string[];
  merged: boolean;
  appState: Record<string, boolean>;
  seconds: number;
  /** The stand-in for AWS's export API, when one answered it (--export-mode native). */
  standIn: string | null;
}

export const RUNBOOK_ESTIMATE = 'Immediate rollback: 5–10 minutes';
const BUCKET = 'drill-rollback';
const REGION = 'us-east-1';
const REPOSITORY = 'drill/events-app';

/** The repository variables the workflows read, as the drill sets them. */
export function drillVars(stage: string, dynamoEndpoint: string, s3Endpoint: string): Record<string, string> {
  return {
    DYNAMODB_ROLLBACK_ROLE_ARN: 'arn:aws:iam::000000000000:role/dynamodb-rollback-drill',
    DYNAMODB_ROLLBACK_READ_ROLE_ARN: 'arn:aws:iam::000000000000:role/dynamodb-rollback-drill-read',
    DYNAMODB_ROLLBACK_REGION: REGION,
    DYNAMODB_ROLLBACK_S3: `s3://${BUCKET}/${stage}`,
    DYNAMODB_ROLLBACK_ENDPOINT: dynamoEndpoint,
    DYNAMODB_ROLLBACK_S3_ENDPOINT: s3Endpoint,
  };
}

/** What cannot run here, by command: shown as skipped, never as done. */
const ADAPTERS: Record<string, ActionAdapter> = {
  backup: {
    after: (_inputs, outputs) => (outputs.skipped === 'true' ? { skipped: 'CreateBackup: dynalite has no backups (the tool found it unsupported and said so); on AWS it runs' } : null),
  },
  'config-pr': {
    after: (_inputs, outputs) => ({ note: `${outputs.branch ?? 'the branch'} pushed to the local origin; GitHub API not called: the pull request was recorded locally` }),
  },
};

function tableClient(dynamo: DynamoClient): TableClient {
  return {
    send: ((command: { constructor: { name: string }; input?: { TableName?: string } }) =>
      dynamo.call({ operation: command.constructor.name.replace(/Command$/, ''), resource: `table ${command.input?.TableName ?? ''}` }, (sdk) => sdk.send(command as never))) as TableClient['send'],
  };
}

async function copyApp(from: string, scratch: string): Promise<ScratchRepo> {
  const source = path.resolve(from);
  const s = await stat(source).catch(() => null);
  if (!s?.isDirectory()) throw new InputError(`--app ${from}: ${s ? 'a file, not a folder' : 'no such folder'}; give your app repository's folder (it is copied; the original is never touched)`);
  const dir = path.join(scratch, 'app');
  await cp(source, dir, { recursive: true, filter: (p) => !p.split(path.sep).includes('node_modules') });
  const isRepo = await stat(path.join(dir, '.git')).then(() => true, () => false);
  if (!isRepo) {
    await git(scratch, 'init', '--quiet', dir);
    await git(dir, 'add', '--all');
    await git(dir, 'commit', '--quiet', '-m', 'The app, as copied for the drill');
  }
  return withOrigin(scratch, dir);
}

/** The scratch data into the app's own tables (keyed by id), the migration and the month of use reproduced. */
async function seedTables(client: TableClient, stage: string, tables: Record<string, string>): Promise<void> {
  const layouts = Object.fromEntries(
    MIGRATED.map((c) => [c, { ...LAYOUTS.plain[c], name: () => tables[c] ?? LAYOUTS.plain[c].name(stage) }]),
  ) as unknown as Record<(typeof MIGRATED)[number], TableLayout>;
  await createTables(client, stage, layouts);
  await migrate(client, stage, layouts, filesAtMigration());
  await monthOfUse(client, stage, layouts);
}

const sum = (json: string | undefined, pick: (v: unknown) => number): number | null => {
  if (!json) return null;
  try {
    return Object.values(JSON.parse(json) as Record<string, unknown>).reduce<number>((s, v) => s + pick(v), 0);
  } catch {
    return null;
  }
};

function figuresOf(run: WorkflowRecord | undefined): DrillResult['figures'] {
  const out = (id: string) => run?.jobs.flatMap((j) => j.steps).find((s) => s.step === id)?.outputs ?? {};
  return {
    exported: sum(out('export').items, (v) => Number(v) || 0),
    rolledBack: sum(out('rollback').counts, (v) => Number((v as { items?: number }).items) || 0),
    verified: sum(out('verify').counts, (v) => Number((v as { expected?: number }).expected) || 0),
    live: out('verify').live ?? null,
  };
}

/** GitHub's merge button, locally: the branch merged into the default branch of the origin. */
async function mergePull(scratch: string, repo: ScratchRepo, branch: string): Promise<void> {
  const dir = path.join(scratch, 'merge');
  await git(scratch, 'clone', '--quiet', `file://${repo.origin}`, dir);
  await git(dir, 'merge', '--quiet', '--no-ff', '-m', `Merge pull request #1 from ${branch}`, `origin/${branch}`);
  await git(dir, 'push', '--quiet', 'origin', `HEAD:${repo.branch}`);
}

/** A push event's payload, as GitHub sends it: the pushed commits (oldest first) with their messages. */
async function pushPayload(repo: ScratchRepo, before: string, after: string): Promise<Record<string, Json>> {
  const log = (await git(repo.origin, 'log', '--reverse', '--format=%H%x00%B%x1e', `${before}..${after}`)).stdout;
  const commits = log
    .split('\x1e')
    .map((e) => e.replace(/^\n/, ''))
    .filter(Boolean)
    .map((e) => {
      const [id, message] = e.split('\0');
      return { id: id!, message: message!.replace(/\n$/, ''), distinct: true };
    });
  return {
    ref: `refs/heads/${repo.branch}`,
    before,
    after,
    repository: { full_name: REPOSITORY, name: REPOSITORY.split('/')[1]!, default_branch: repo.branch },
    commits,
    head_commit: commits.at(-1) ?? null,
  };
}

async function appState(dir: string): Promise<Record<string, boolean>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return { maintenance: names.includes('maintenance'), 'jobs-stopped': names.includes('jobs-stopped') };
}

export async function runDrill(o: DrillOptions, deps: DrillDeps): Promise<DrillResult> {
  const started = Date.now();
  const workflows: Workflow[] = [await loadWorkflow(o.workflow)];
  let finishSkipped: string | null = o.finishWorkflow ? null : `no rollback-finish.yml beside ${o.workflow}`;
  if (o.finishWorkflow) workflows.push(await loadWorkflow(o.finishWorkflow));
  refuseUnanswerable(workflows, { approve: o.approve, interactive: o.interactive });
  // Bad --input is refused before anything is made or seeded.
  resolveInputs(workflows[0]!, { stage: 'drill', reason: 'drill', ...o.inputs });

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-drill-'));
  o.onScratch?.(scratch);
  let kept = o.keep;
  try {
    // An export is loaded first: its stage is the scratch app's (the app's own config decides for --app).
    const loaded = o.data ? await loadExport(o.data, { dynamo: deps.dynamo, ...(deps.dataS3 ? { s3: deps.dataS3 } : {}) }) : null;
    const repo = o.app ? await copyApp(o.app, scratch) : await writeScratchApp(scratch, o.inputs.stage ?? loaded?.stage ?? 'drill', REGION);
    const config = await loadConfig(undefined, repo.dir, {}, {});
    const provided = o.app && !loaded ? await provideMigrationState(repo.dir, config) : false;
    if (provided) o.onLine(`drill: the copy has no migration backup in ${config.backupDir}; the scratch migration's state (data dir, backup, progress file) written into it and committed`);
    let stage = o.inputs.stage ?? config.stage;
    let seeded: string;
    let tables = config.tables;
    if (loaded) {
      if (!o.inputs.stage && !o.app && loaded.stage) stage = loaded.stage;
      tables = Object.fromEntries(loaded.tables.map((t) => [t.collection ?? t.table, t.table]));
      seeded = `${loaded.tables.reduce((s, t) => s + t.items, 0)} items of ${describeLocation(o.data!)} in ${loaded.tables.length} tables`;
    } else {
      if (stage !== config.stage) tables = (await loadConfig(undefined, repo.dir, { stage }, {})).tables;
      await seedTables(tableClient(deps.dynamo), stage, tables);
      seeded = 'the migration reproduced and a month of use (the scratch data)';
    }
    o.onLine(`drill: app ${o.app ? `copy of ${path.resolve(o.app)}` : 'scratch events app'} (stage ${stage}); tables seeded with ${seeded}`);
    await deps.s3.call({ operation: 'CreateBucket', resource: `s3://${BUCKET}` }, (sdk) => sdk.send(new CreateBucketCommand({ Bucket: BUCKET })));

    const recorder = await startGitHubRecorder(scratch, REPOSITORY, { origin: repo.origin, defaultBranch: repo.branch, artifacts: path.join(scratch, 'artifacts') });
    const records: WorkflowRecord[] = [];
    let merged = false;
    let branch: string | null = null;
    try {
      const sha = (await git(repo.dir, 'rev-parse', 'HEAD')).stdout.trim();
      const world: DrillWorld = { origin: repo.origin, defaultBranch: repo.branch, dynamoEndpoint: o.dynamoEndpoint, s3Endpoint: o.s3Endpoint, region: REGION, artifacts: path.join(scratch, 'artifacts') };
      const common = {
        vars: drillVars(stage, o.dynamoEndpoint, o.s3Endpoint),
        secrets: {},
        github: { repository: REPOSITORY, repository_owner: 'drill', sha, ref: `refs/heads/${repo.branch}`, ref_name: repo.branch, actor: 'drill', triggering_actor: 'drill', run_id: '1', run_number: '1', run_attempt: '1', server_url: 'https://github.com', api_url: recorder.url, token: 'drill-token-not-a-secret' },
        baseEnv: baseEnv(path.join(scratch, 'app-state')),
        action: await readActionManifest(o.packageRoot),
        // This action by any owner's name (a fork's too), or ./.
        actionNames: ['*/dynamodb-rollback'],
        localActions: localActions(world),
        adapters: ADAPTERS,
        gate: gateFor({ approve: o.approve, interactive: o.interactive }, o.onLine),
        node: o.node,
        onLine: o.onLine,
      };
      const inputs = { stage, reason: 'drill: a rehearsal of the rollback', ...o.inputs };
      o.onLine(`drill: ${path.relative(o.packageRoot, o.workflow) || o.workflow}`);
      const first = await runWorkflow({ ...common, workflow: workflows[0]!, inputs, work: path.join(scratch, 'run-1'), runner: path.join(scratch, 'runner') });
      records.push(first);
      // The run the finish looks up: this workflow, dispatched on the default branch.
      recorder.runs.push({ id: 1, attempt: 1, path: `.github/workflows/${path.basename(o.workflow)}`, event: 'workflow_dispatch', headBranch: repo.branch, conclusion: first.ok ? 'success' : 'failure' });
      branch = recorder.pulls[0]?.head ?? null;
      if (workflows[1]) {
        if (!first.ok) finishSkipped = 'the rollback workflow did not pass';
        else if (!branch) finishSkipped = 'no pull request was opened';
        else {
          const before = (await git(repo.origin, 'rev-parse', repo.branch)).stdout.trim();
          await mergePull(scratch, repo, branch);
          merged = true;
          o.onLine(`drill: pull request #1 (${branch}) merged into ${repo.branch} of the local origin`);
          const mergeSha = (await git(repo.origin, 'rev-parse', repo.branch)).stdout.trim();
          const pull = recorder.pulls[0]!;
          // The event GitHub sends when the merge reaches the default branch: the finish finds config-pr's trailers in the pushed commits.
          const event = { name: 'push', payload: await pushPayload(repo, before, mergeSha) };
          o.onLine(`drill: ${path.relative(o.packageRoot, workflows[1].file) || workflows[1].file} (on the push of pull request #${pull.number}'s merge)`);
          records.push(await runWorkflow({ ...common, github: { ...common.github, sha: mergeSha, run_id: '2', run_number: '2' }, event, workflow: workflows[1], inputs: {}, work: path.join(scratch, 'run-2'), runner: path.join(scratch, 'runner') }));
        }
      }
      const ok = records.every((r) => r.ok) && finishSkipped === null;
      if (!ok) kept = true;
      return {
        ok,
        scratch,
        kept,
        app: { source: o.app ? 'copy' : 'scratch', ...(o.app ? { from: path.resolve(o.app) } : {}), stage, tables, seeded },
        workflows: records,
        finishSkipped,
        figures: figuresOf(first),
        branch,
        pullRequestBody: recorder.pulls[0]?.bodyFile ?? null,
        comments: recorder.comments.map((c) => c.file),
        merged,
        appState: await appState(path.join(scratch, 'app-state')),
        seconds: (Date.now() - started) / 1000,
        standIn: o.standIn ?? null,
      };
    } finally {
      await recorder.stop();
    }
  } catch (err) {
    kept = o.keep;
    throw err;
  } finally {
    if (!kept) await rm(scratch, { recursive: true, force: true });
  }
}

/** The environment every step starts from: this machine's basics, never its AWS or GitHub credentials. */
function baseEnv(appStateDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'USER', 'LANG', 'LC_ALL', 'TERM', 'TMPDIR', 'SHELL']) if (process.env[k]) env[k] = process.env[k]!;
  env.APP_STATE_DIR = appStateDir;
  return env;
}
