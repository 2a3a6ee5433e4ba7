import path from 'node:path';
import { parseRepository } from '../config-pr/repository.js';
import { InputError } from '../core/errors.js';
import type { CommentResult } from '../finish/comment.js';
import { OPTION_SPECS } from './options.js';
import { defineCommand } from './types.js';

/** The finish's outcome on the rollback's pull request (DESIGN.md "The chain", rollback-finish.yml's last step). */
export const prCommentCommand = defineCommand<CommentResult>({
  name: 'pr-comment',
  description: "Comment the finish's outcome on the rollback's pull request: verify --live's verdict, each step, and the catch-up when writes slipped in",
  options: ['pull-request', 'from', 'release', 'outcomes', 'verify-result', 'token', 'repository', 'github-api-url', 'dry-run', 'retry-budget'],
  outputs: {
    verdict: 'finished, writes-slipped-in, or not-finished',
    'comment-url': 'Web URL of the comment (empty on a dry run)',
  },
  async run(ctx) {
    const { options: o, env, config } = ctx;
    const dryRun = o['dry-run'] === true;
    if (!o['pull-request']) throw new InputError('pr-comment needs --pull-request: the number of the rollback\'s pull request');
    const token = o.token || env.GITHUB_TOKEN || env.GH_TOKEN;
    if (!dryRun && !token) throw new InputError('pr-comment needs a GitHub token: give --token, or set GITHUB_TOKEN (in Actions: permissions pull-requests: write)');
    const named = o.repository ?? env.GITHUB_REPOSITORY;
    // A dry run posts nothing, so it needs no repository.
    const repository = dryRun && !named ? undefined : parseRepository(named ?? '', o.repository ? '--repository' : 'GITHUB_REPOSITORY');
    const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
    const budgetMs = (o['retry-budget'] ?? Number(OPTION_SPECS['retry-budget'].default)) * 1000;
    const [{ createGitHub, PUBLIC_API_URL }, { runComment }] = await Promise.all([import('../clients/github.js'), import('../finish/comment.js')]);
    return runComment(
      {
        ...(repository ? { repository } : {}),
        pullRequest: o['pull-request'],
        stage: config.stage,
        ...(o.from ? { exportUri: o.from } : {}),
        ...(o.release ? { release: o.release } : {}),
        ...(runUrl ? { runUrl } : {}),
        outcomes: o.outcomes ?? '{}',
        ...(o['verify-result'] ? { verifyResult: path.resolve(ctx.cwd, o['verify-result']) } : {}),
        dryRun,
      },
      {
        ...(dryRun
          ? {}
          : {
              github: createGitHub({
                token: token!,
                apiUrl: o['github-api-url'] || env.GITHUB_API_URL || PUBLIC_API_URL,
                retry: { budgetMs },
                onRetry: (e) => ctx.reporter.warning(`GitHub: ${e.operation} failed (${e.code}); retrying with back-off`),
              }),
            }),
      },
    );
  },
  present(r) {
    const headline = r.verdict === 'finished' ? 'finished: the switch lost nothing' : r.verdict === 'writes-slipped-in' ? 'writes reached DynamoDB after the export: catch-up needed, maintenance stays on' : 'not finished: maintenance stays on';
    return {
      // The comment was made; the verdict is the finish job's to fail on, not the comment's.
      ok: true,
      outputs: { verdict: r.verdict, 'comment-url': r.url ?? '' },
      summary: { title: 'pr-comment', headline: `${headline}${r.url ? `; commented: ${r.url}` : ' (dry run: not posted)'}`, tables: [], notes: r.url ? [] : ['comment body:', ...r.body.split('\n')] },
    };
  },
});
