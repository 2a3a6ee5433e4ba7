import path from 'node:path';
import { childEnv } from '../clients/child-env.js';
import type { ConfigPrResult } from '../config-pr/run.js';
import { InputError } from '../core/errors.js';
import { gitHubToken } from './clients.js';
import { readOption } from './read-option.js';
import { type CommandContext, defineCommand } from './types.js';
import { opt } from '../core/option-name.js';

/** Who ran it and where, from the Actions environment (or the shell's user). */
function runOf(env: NodeJS.ProcessEnv): { actor?: string; runUrl?: string; runId?: string; runAttempt?: number } {
  const actor = env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || env.USER || undefined;
  const runUrl =
    env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const attempt = Number(env.GITHUB_RUN_ATTEMPT);
  return {
    actor,
    runUrl,
    ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
    ...(Number.isInteger(attempt) && attempt > 0 ? { runAttempt: attempt } : {}),
  };
}

function retryBudgetMs(ctx: CommandContext): number {
  return readOption(ctx.options, 'retry-budget') * 1000;
}

/** Flips the switch in every target, pushes a branch, opens or updates the pull request (DESIGN.md "The chain", step 3). */
export const configPrCommand = defineCommand<ConfigPrResult>({
  name: 'config-pr',
  description:
    'Flip the switch (DATABASE_TYPE) in every target, push a branch, open or update the pull request carrying the rollback record',
  options: [
    'repo-dir',
    'base-branch',
    'branch',
    'token',
    'repository',
    'github-api-url',
    'reason',
    'config-pr-report-in',
    'verify-result',
    'record-dir',
    'release',
    'data-dir',
    'draft',
    'sign',
    'app-token',
    'dry-run',
    'retry-budget',
  ],
  outputs: {
    'pull-request-number': 'Number of the pull request opened or updated',
    'pull-request-url': 'Web URL of the pull request',
    operation: 'created, updated, unchanged (nothing to do), or dry-run',
    branch: 'Branch pushed',
    commit: 'Commit the branch points at',
    'changed-files': 'JSON array of the files the pull request changes',
  },
  async run(ctx) {
    const { options: o, config, env } = ctx;
    const dryRun = readOption(o, 'dry-run');
    // Checked before git runs, so a missing token changes nothing anywhere.
    const token = gitHubToken(ctx);
    if (!dryRun && !token)
      throw new InputError(
        `config-pr needs a GitHub token: give ${opt('token')}, or set GITHUB_TOKEN (in Actions: permissions contents: write and pull-requests: write)`,
      );
    const resolve = (p: string) => path.resolve(ctx.cwd, p);
    const repoDir = resolve(readOption(o, 'repo-dir'));
    const reportFrom = readOption(o, 'config-pr-report-in');
    const budgetMs = retryBudgetMs(ctx);
    const onRetry = (service: string) => (e: { operation: string; code: string }) =>
      ctx.reporter.warning(`${service}: ${e.operation} failed (${e.code}); retrying with back-off`);
    // Loaded for this command only: git, Octokit and the JS parser would otherwise sit in every command's memory (an export's peak RSS among them).
    const [{ createGit }, { createGitHub, PUBLIC_API_URL }, { runConfigPr }] = await Promise.all([
      import('../clients/git.js'),
      import('../clients/github.js'),
      import('../config-pr/run.js'),
    ]);
    return runConfigPr(
      {
        repoDir,
        cwd: ctx.cwd,
        stage: config.stage,
        base: readOption(o, 'base-branch'),
        branch: o.branch ?? `dynamodb-rollback/${config.stage}`,
        repository: o.repository ?? (env.GITHUB_REPOSITORY || undefined),
        reason: o.reason,
        ...runOf(env),
        draft: readOption(o, 'draft'),
        dryRun,
        switch: config.switch,
        stages: config.stages,
        pullRequest: config.pullRequest,
        report: reportFrom ? resolve(reportFrom) : undefined,
        dataDir: resolve(config.dataDir),
        verifyResult: o['verify-result'] ? resolve(o['verify-result']) : undefined,
        ...(o['record-dir'] ? { recordDir: resolve(o['record-dir']) } : {}),
        ...(o.release ? { release: o.release } : {}),
        // A switch target's command gets no credentials or tokens (the token above among them).
        commandEnv: childEnv(env, config.commands.passEnv),
        // In Actions the default token is the workflow's own, whose pull requests start no checks.
        checksRun: readOption(o, 'app-token') || env.GITHUB_ACTIONS !== 'true',
        sign: readOption(o, 'sign'),
      },
      {
        // The token goes to the remote's commands only (checkout persists no credentials): never into .git/config.
        git: createGit({
          dir: repoDir,
          committer: config.pullRequest.committer,
          ...(token ? { token } : {}),
          retry: { budgetMs },
          onRetry: onRetry('git'),
        }),
        ...(dryRun
          ? {}
          : {
              github: createGitHub({
                token: token!,
                apiUrl: o['github-api-url'] || env.GITHUB_API_URL || PUBLIC_API_URL,
                retry: { budgetMs },
                onRetry: onRetry('GitHub'),
              }),
            }),
        reporter: ctx.reporter,
      },
    );
  },
  present(r) {
    const pr = r.pullRequest;
    const headline =
      r.operation === 'dry-run'
        ? `dry run: ${r.changedFiles.length} files would change on ${r.branch} (base ${r.base}); nothing pushed`
        : pr
          ? `pull request #${pr.number} ${r.operation}${r.pushed ? `, ${r.branch} pushed` : `, ${r.branch} already up to date`}: ${pr.url}`
          : `unchanged: nothing to change on ${r.base}`;
    const notes = [
      ...r.notes,
      r.report === null ? 'rollback report: none given; a preview of the switch (the body says so)' : `rollback report: ${r.report}`,
    ];
    if (r.operation === 'dry-run')
      notes.push('', 'diff:', ...r.diff.split('\n'), '', `pull request title: ${r.title}`, 'pull request body:', ...r.body.split('\n'));
    return {
      ok: true,
      outputs: {
        'pull-request-number': pr ? String(pr.number) : '',
        'pull-request-url': pr?.url ?? '',
        operation: r.operation,
        branch: r.branch,
        commit: r.commit ?? '',
        'changed-files': JSON.stringify(r.changedFiles),
      },
      summary: {
        title: 'config-pr',
        headline,
        tables: [{ headers: ['target', 'result', 'detail'], rows: r.targets.map((t) => [t.target, t.status, t.detail]) }],
        notes,
      },
    };
  },
});
