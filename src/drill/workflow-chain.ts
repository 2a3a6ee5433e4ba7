/**
 * The two-workflow chain: rollback.yml dispatched on the default branch;
 * its pull request merged into the local origin as GitHub's merge button
 * would; then rollback-finish.yml on the push of that merge, as GitHub
 * starts it.
 */
import path from 'node:path';
import { REPOSITORY } from './drill-setting.js';
import type { GitHubRecorder } from './github-recorder.js';
import type { Json } from './runner/expressions.js';
import type { RunWorkflowOptions } from './runner/options.js';
import { runWorkflow } from './runner/run-workflow.js';
import type { WorkflowRecord } from './runner/step-result.js';
import type { Workflow } from './runner/workflow.js';
import { git, type ScratchRepo } from './scratch-app/write-app.js';

/** What both runs share: the contexts, the action, the table, the gate. */
export type ChainRunnerOptions = Omit<RunWorkflowOptions, 'workflow' | 'inputs' | 'event' | 'work' | 'runner'>;

export interface ChainOptions {
  packageRoot: string;
  /** The rollback workflow, then the finish workflow when there is one. */
  workflows: Workflow[];
  inputs: Record<string, string>;
  runner: ChainRunnerOptions;
  scratch: string;
  repo: ScratchRepo;
  recorder: GitHubRecorder;
  /** Why the finish will not run, when already known (no finish workflow). */
  finishSkipped: string | null;
  onLine(line: string): void;
}

export interface ChainResult {
  records: WorkflowRecord[];
  /** Why the finish workflow did not run, when it did not. */
  finishSkipped: string | null;
  /** The pull request's branch, when one was opened. */
  branch: string | null;
  merged: boolean;
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

export async function runChain(c: ChainOptions): Promise<ChainResult> {
  const { repo, recorder, scratch } = c;
  const records: WorkflowRecord[] = [];
  let finishSkipped = c.finishSkipped;
  let merged = false;
  c.onLine(`drill: ${path.relative(c.packageRoot, c.workflows[0]!.file) || c.workflows[0]!.file}`);
  const first = await runWorkflow({
    ...c.runner,
    workflow: c.workflows[0]!,
    inputs: c.inputs,
    work: path.join(scratch, 'run-1'),
    runner: path.join(scratch, 'runner'),
  });
  records.push(first);
  // The run the finish looks up: this workflow, dispatched on the default branch.
  recorder.runs.push({
    id: 1,
    attempt: 1,
    path: `.github/workflows/${path.basename(c.workflows[0]!.file)}`,
    event: 'workflow_dispatch',
    headBranch: repo.branch,
    conclusion: first.ok ? 'success' : 'failure',
  });
  const branch = recorder.pulls[0]?.head ?? null;
  const finish = c.workflows[1];
  if (finish) {
    if (!first.ok) finishSkipped = 'the rollback workflow did not pass';
    else if (!branch) finishSkipped = 'no pull request was opened';
    else {
      const before = (await git(repo.origin, 'rev-parse', repo.branch)).stdout.trim();
      await mergePull(scratch, repo, branch);
      merged = true;
      c.onLine(`drill: pull request #1 (${branch}) merged into ${repo.branch} of the local origin`);
      const mergeSha = (await git(repo.origin, 'rev-parse', repo.branch)).stdout.trim();
      const pull = recorder.pulls[0]!;
      // The event GitHub sends when the merge reaches the default branch: the finish finds config-pr's trailers in the pushed commits.
      const event = { name: 'push', payload: await pushPayload(repo, before, mergeSha) };
      c.onLine(`drill: ${path.relative(c.packageRoot, finish.file) || finish.file} (on the push of pull request #${pull.number}'s merge)`);
      records.push(
        await runWorkflow({
          ...c.runner,
          github: { ...c.runner.github, sha: mergeSha, run_id: '2', run_number: '2' },
          event,
          workflow: finish,
          inputs: {},
          work: path.join(scratch, 'run-2'),
          runner: path.join(scratch, 'runner'),
        }),
      );
    }
  }
  return { records, finishSkipped, branch, merged };
}
