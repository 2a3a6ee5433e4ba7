/**
 * The drill: the rollback workflow itself, run here against embedded
 * DynamoDB and S3, a scratch events app (or a copy of the user's) and a
 * bare origin; then the pull request "merged" into that origin and the
 * finish workflow run the same way. Plan (app, tables, variables), run,
 * report. Nothing outside the scratch folder is written.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import type { DynamoClient } from '../clients/dynamodb.js';
import type { S3 } from '../clients/s3.js';
import type { Location } from '../core/location.js';
import { ADAPTERS, baseEnv, BUCKET, drillVars, REGION, REPOSITORY } from './drill-setting.js';
import { appState, type DrillFigures, figuresOf } from './drill-figures.js';
import { gateFor, refuseUnanswerable } from './gate.js';
import { startGitHubRecorder } from './github-recorder.js';
import { prepareApp } from './prepare-app.js';
import { readActionManifest } from './runner/action-manifest.js';
import { type DrillWorld, localActions } from './runner/actions-table.js';
import type { WorkflowRecord } from './runner/step-result.js';
import { loadWorkflow, type Workflow } from './runner/workflow.js';
import { resolveInputs } from './runner/workflow-inputs.js';
import { git } from './scratch-app/write-app.js';
import { type ChainRunnerOptions, runChain } from './workflow-chain.js';

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
  figures: DrillFigures;
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

export async function runDrill(o: DrillOptions, deps: DrillDeps): Promise<DrillResult> {
  const started = Date.now();
  const workflows: Workflow[] = [await loadWorkflow(o.workflow)];
  const noFinish = o.finishWorkflow ? null : `no rollback-finish.yml beside ${o.workflow}`;
  if (o.finishWorkflow) workflows.push(await loadWorkflow(o.finishWorkflow));
  refuseUnanswerable(workflows, { approve: o.approve, interactive: o.interactive });
  // Bad --input is refused before anything is made or seeded.
  resolveInputs(workflows[0]!, { stage: 'drill', reason: 'drill', ...o.inputs });

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-drill-'));
  o.onScratch?.(scratch);
  let kept = o.keep;
  try {
    const { repo, stage, tables, seeded } = await prepareApp(o, deps, scratch);
    await deps.s3.call({ operation: 'CreateBucket', resource: `s3://${BUCKET}` }, (sdk) =>
      sdk.send(new CreateBucketCommand({ Bucket: BUCKET })),
    );

    const recorder = await startGitHubRecorder(scratch, REPOSITORY, {
      origin: repo.origin,
      defaultBranch: repo.branch,
      artifacts: path.join(scratch, 'artifacts'),
    });
    try {
      const sha = (await git(repo.dir, 'rev-parse', 'HEAD')).stdout.trim();
      const world: DrillWorld = {
        origin: repo.origin,
        defaultBranch: repo.branch,
        dynamoEndpoint: o.dynamoEndpoint,
        s3Endpoint: o.s3Endpoint,
        region: REGION,
        artifacts: path.join(scratch, 'artifacts'),
      };
      const runner: ChainRunnerOptions = {
        vars: drillVars(stage, o.dynamoEndpoint, o.s3Endpoint),
        secrets: {},
        github: {
          repository: REPOSITORY,
          repository_owner: 'drill',
          sha,
          ref: `refs/heads/${repo.branch}`,
          ref_name: repo.branch,
          actor: 'drill',
          triggering_actor: 'drill',
          run_id: '1',
          run_number: '1',
          run_attempt: '1',
          server_url: 'https://github.com',
          api_url: recorder.url,
          token: 'drill-token-not-a-secret',
        },
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
      const { records, finishSkipped, branch, merged } = await runChain({
        packageRoot: o.packageRoot,
        workflows,
        inputs,
        runner,
        scratch,
        repo,
        recorder,
        finishSkipped: noFinish,
        onLine: o.onLine,
      });
      const ok = records.every((r) => r.ok) && finishSkipped === null;
      if (!ok) kept = true;
      return {
        ok,
        scratch,
        kept,
        app: { source: o.app ? 'copy' : 'scratch', ...(o.app ? { from: path.resolve(o.app) } : {}), stage, tables, seeded },
        workflows: records,
        finishSkipped,
        figures: figuresOf(records[0]),
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
