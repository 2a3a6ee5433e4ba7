/**
 * config-pr: flip the switch in every target, push a branch, open or update
 * the pull request whose body is the rollback record.
 *
 *   check    the report, the repository, the base and the branch
 *   apply    every target, in a throwaway worktree of the base (the
 *            checkout the operator works in is never touched, and nothing
 *            is left behind on refusal: no local branch, no commit)
 *   commit   one commit with our identity; no commit when nothing changed
 *   push     only when the branch's tree differs; force-with-lease, and only
 *            on a branch whose commits are ours; with --sign the commit is
 *            made through GitHub's API instead (sign.ts), signed by GitHub
 *   PR       find the open one for the branch, else create it; update title
 *            and body when they changed; labels and reviewers
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DepsOf } from '../clients/deps.js';
import { kindOf } from '../clients/errors.js';
import type { GitClient } from '../clients/git.js';
import type { GitHubClient, PullRequest, Repo } from '../clients/github.js';
import type { PullRequestConfig, SwitchTarget } from '../config/types.js';
import { InputError } from '../core/errors.js';
import type { Switch } from '../switch/edit.js';
import type { StageTable } from '../config/stages.js';
import { applyTargets } from './apply-targets.js';
import { withChecksNote } from './checks-note.js';
import { pushSigned } from './sign.js';
import { pullBody, pullTitle, type TargetOutcome } from './body.js';
import { commitMessage } from './message.js';
import { findReport, manifestSums, readRollbackRecord, readVerifyRecord } from '../record/contents.js';
import { recordTrailers, trailersOf } from './trailers.js';
import { previewBody, withShared } from './preview-body.js';
import { parseRepository, repositoryFromUrl } from './repository.js';
import { resolveTargets } from './resolve-targets.js';
import { checkScopes } from './scope-check.js';
import { opt } from '../core/option-name.js';

export const REMOTE = 'origin';

export interface ConfigPrOptions {
  /** The repository's working tree (absolute). */
  repoDir: string;
  /** Folder the report, verify result and export paths are relative to (absolute). */
  cwd: string;
  stage: string;
  /** Absent: the remote's default branch, else main. */
  base?: string;
  branch: string;
  /** owner/name; absent: from the origin URL. */
  repository?: string;
  reason?: string;
  actor?: string;
  runUrl?: string;
  /** The workflow run (GITHUB_RUN_ID) whose record artifact holds the report. */
  runId?: string;
  /** Its attempt (GITHUB_RUN_ATTEMPT); a re-run is a new attempt with its own record. */
  runAttempt?: number;
  /** The record folder (the artifact's files, absolute): its digest goes into the commit's trailer. */
  recordDir?: string;
  draft: boolean;
  dryRun: boolean;
  switch: Switch & { targets: SwitchTarget[] };
  /** Every stage's names: `${stage}` in a target resolves through them, and a target naming another stage is refused. */
  stages: StageTable;
  pullRequest: PullRequestConfig;
  /** The rollback report (absolute); absent: the newest beside dataDir. */
  report?: string;
  dataDir: string;
  verifyResult?: string;
  /** The release publish wrote (s3://...), named in the body for pull and the finish workflow. */
  release?: string;
  /** What a `command:` target runs with: childEnv's, never the job's whole environment. */
  commandEnv: NodeJS.ProcessEnv;
  /** Whether the token's pull request starts the app's checks (not the workflow's own GITHUB_TOKEN); the body says so when not. */
  checksRun: boolean;
  /** Commit through GitHub's API (signed by GitHub) instead of git push. */
  sign: boolean;
}

/** github: absent on a dry run. */
export type ConfigPrDeps = DepsOf<'git' | 'reporter', 'github'>;

export type Operation = 'created' | 'updated' | 'unchanged' | 'dry-run';

export interface ConfigPrResult {
  operation: Operation;
  repository: string | null;
  base: string;
  branch: string;
  /** The branch's commit; null when nothing needed changing (or on a dry run). */
  commit: string | null;
  pushed: boolean;
  pullRequest: { number: number; url: string } | null;
  changedFiles: string[];
  targets: TargetOutcome[];
  notes: string[];
  /** null: a dry run with no rollback report, a preview of the switch. */
  report: string | null;
  /** The unified diff of every target; filled on a dry run. */
  diff: string;
  title: string;
  body: string;
}

export async function runConfigPr(options: ConfigPrOptions, deps: ConfigPrDeps): Promise<ConfigPrResult> {
  const { git, reporter } = deps;
  if (!options.dryRun && !deps.github) throw new Error('internal: config-pr needs a GitHub client unless it is a dry run');

  // check: everything that can refuse, before the worktree exists.
  // A dry run may preview the switch before any rollback: no report there is no refusal, and the body says so.
  const reportPath =
    options.dryRun && !options.report
      ? await findReport(undefined, options.dataDir).catch((err) => (err instanceof InputError ? null : Promise.reject(err)))
      : await findReport(options.report, options.dataDir);
  const record = reportPath === null ? null : await readRollbackRecord(reportPath);
  const verify = options.verifyResult ? await readVerifyRecord(options.verifyResult) : null;
  const trailers = await recordTrailers(options);
  await git.topLevel();
  const repo = await repositoryOf(options, git);
  const base = options.base ?? (await git.remoteDefaultBranch(REMOTE)) ?? 'main';
  if (options.branch === base)
    throw new InputError(`${opt('branch')} ${options.branch} is the base branch; config-pr pushes only a branch of its own`);
  const baseSha = await git.fetchBranch(REMOTE, base);

  const folder = await mkdtemp(path.join(os.tmpdir(), 'dynamodb-rollback-config-pr-'));
  let worktree: GitClient | null = null;
  try {
    worktree = await git.addWorktree(path.join(folder, 'tree'), baseSha);
    const targets = await resolveTargets(options.switch.targets, options.stage, options.stages, worktree.dir, options.switch.key);
    const shared = checkScopes(targets, options.stage, options.stages);
    const applied = await applyTargets(targets, options.switch, worktree, reporter, options.commandEnv);
    const changedFiles = await worktree.changedFiles();
    const title = pullTitle({ stage: options.stage, switch: options.switch }, options.pullRequest.title);
    const preview = {
      stage: options.stage,
      reason: options.reason,
      switch: options.switch,
      targets: applied.outcomes,
      files: changedFiles,
      shared,
    };
    const body = withChecksNote(
      record === null
        ? withShared(previewBody(preview), shared, options.stage)
        : withShared(
            pullBody({
              stage: options.stage,
              reason: options.reason,
              actor: options.actor,
              runUrl: options.runUrl,
              runId: options.runId,
              release: options.release,
              switch: options.switch,
              record,
              verify,
              manifests: await manifestSums(
                record.export.location,
                record.collections.map((c) => c.table),
                options.cwd,
              ),
              targets: applied.outcomes,
              files: changedFiles,
            }),
            shared,
            options.stage,
          ),
      options.checksRun,
    );
    const common = {
      repository: repo ? `${repo.owner}/${repo.repo}` : null,
      base,
      branch: options.branch,
      changedFiles,
      targets: applied.outcomes,
      notes: applied.notes,
      report: reportPath,
      title,
      body,
    };

    if (options.dryRun) {
      return { ...common, operation: 'dry-run', commit: null, pushed: false, pullRequest: null, diff: await worktree.diff(changedFiles) };
    }
    if (changedFiles.length === 0) {
      const notes = [
        ...applied.notes,
        `every target already has ${options.switch.key}=${options.switch.to} on ${base}: nothing to change, no pull request`,
      ];
      return { ...common, notes, operation: 'unchanged', commit: null, pushed: false, pullRequest: null, diff: '' };
    }
    if (!repo) throw new InputError(`cannot tell the GitHub repository from the origin URL; give ${opt('repository')} owner/name`);
    if (record === null || reportPath === null) throw new Error('internal: config-pr without a rollback report is a dry run only');

    const message = commitMessage({
      stage: options.stage,
      reason: options.reason,
      runUrl: options.runUrl,
      switch: options.switch,
      report: reportPath,
      targets: applied.outcomes,
      trailers,
    });
    const made = await worktree.commit(changedFiles, message);
    const github = deps.github!;
    const signNotes: string[] = [];
    const publish = async (local: string, remoteSha: string | null): Promise<string> => {
      if (!options.sign) {
        await git.push(REMOTE, local, options.branch, remoteSha);
        return local;
      }
      const signed = await pushSigned(github, repo, worktree!, {
        local,
        baseSha,
        message,
        files: changedFiles,
        branch: options.branch,
        branchExists: remoteSha !== null,
        committer: options.pullRequest.committer,
      });
      signNotes.push(...signed.notes);
      return signed.sha;
    };
    const { commit, pushed } = await pushIfChanged(
      git,
      worktree,
      made,
      options.branch,
      baseSha,
      options.pullRequest.committer,
      trailers,
      publish,
    );
    const { pull, operation, notes } = await upsertPull(
      github,
      repo,
      { branch: options.branch, base, title, body, draft: options.draft || options.pullRequest.draft },
      pushed,
      options.pullRequest,
    );
    return {
      ...common,
      notes: [...common.notes, ...signNotes, ...notes],
      operation,
      commit,
      pushed,
      pullRequest: { number: pull.number, url: pull.url },
      diff: '',
    };
  } finally {
    if (worktree) await git.removeWorktree(worktree.dir).catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
  }
}

async function repositoryOf(options: ConfigPrOptions, git: GitClient): Promise<Repo | null> {
  if (options.repository) return parseRepository(options.repository, opt('repository'));
  const url = await git.remoteUrl(REMOTE);
  return url ? repositoryFromUrl(url) : null;
}

/**
 * Pushes the commit unless the branch already holds the same tree on the
 * same base, from the same run (its trailers): a superseding rollback's
 * commit is new even when its files are byte for byte the old ones, so
 * branch protection dismisses approvals given to the old record.
 * Force-with-lease, expecting the branch where we saw it, and only when its
 * tip was committed by us: someone else's branch of the same name is
 * refused, never overwritten.
 */
async function pushIfChanged(
  git: GitClient,
  worktree: GitClient,
  made: string,
  branch: string,
  baseSha: string,
  committer: string,
  trailers: string[],
  publish: (local: string, remoteSha: string | null) => Promise<string>,
): Promise<{ commit: string; pushed: boolean }> {
  const remoteSha = await git.remoteBranchSha(REMOTE, branch);
  if (remoteSha) {
    // Two deep: in a shallow clone (actions/checkout's default) the tip's parent must be known to compare bases.
    const tip = await git.fetchBranch(REMOTE, branch, 2);
    const info = await git.commitInfo(tip);
    const ours = /<([^>]+)>/.exec(committer)?.[1];
    if (info.committerEmail !== ours) {
      throw new InputError(
        `branch ${branch} on ${REMOTE} has a commit config-pr did not make (committer ${info.committerEmail}); pick another ${opt('branch')} or delete that branch`,
      );
    }
    const sameRun = trailersOf(info.message).join('\n') === trailers.join('\n');
    if (sameRun && info.parents.length === 1 && info.parents[0] === baseSha && (await git.tree(tip)) === (await worktree.tree(made))) {
      return { commit: tip, pushed: false };
    }
  }
  return { commit: await publish(made, remoteSha), pushed: true };
}

async function upsertPull(
  github: GitHubClient,
  repo: Repo,
  want: { branch: string; base: string; title: string; body: string; draft: boolean },
  pushed: boolean,
  config: PullRequestConfig,
): Promise<{ pull: PullRequest; operation: Operation; notes: string[] }> {
  const notes: string[] = [];
  const open = await github.findOpenPull(repo, want.branch, want.base);
  if (!open) {
    const pull = await github.createPull(repo, want);
    await github.addLabels(repo, pull.number, config.labels);
    try {
      await github.requestReviewers(repo, pull.number, config.reviewers, config.teamReviewers);
    } catch (err) {
      // The pull request exists by now; a reviewer GitHub will not take (the author, a non-collaborator)
      // must not fail the rollback job. Said, so someone asks them by hand.
      if (kindOf(err) !== 'invalid' && kindOf(err) !== 'not-found') throw err;
      notes.push(`reviewers not requested: ${(err as Error).message}; ask them on the pull request`);
    }
    return { pull, operation: 'created', notes };
  }
  const edited = open.title !== want.title || open.body !== want.body;
  const pull = edited ? await github.updatePull(repo, open.number, { title: want.title, body: want.body }) : open;
  const missing = config.labels.filter((l) => !open.labels.includes(l));
  await github.addLabels(repo, open.number, missing);
  return { pull, operation: edited || pushed || missing.length > 0 ? 'updated' : 'unchanged', notes };
}
