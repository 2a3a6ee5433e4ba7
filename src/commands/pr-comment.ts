import path from 'node:path';
import { InputError } from '../core/errors.js';
import type { CommentResult } from '../finish/comment.js';
import { gitHubFor, gitHubRepository } from './clients.js';
import { readOption } from './read-option.js';
import { defineCommand } from './types.js';
import { opt } from '../core/option-name.js';

/** The finish's outcome on the rollback's pull request (DESIGN.md "The chain", rollback-finish.yml's last step). */
export const prCommentCommand = defineCommand<CommentResult>({
  name: 'pr-comment',
  description:
    "Comment the finish's outcome on the rollback's pull request: verify --live's verdict, each step, and the catch-up when writes slipped in",
  options: [
    'pull-request',
    'from',
    'release',
    'outcomes',
    'verify-result',
    'token',
    'repository',
    'github-api-url',
    'dry-run',
    'retry-budget',
  ],
  outputs: {
    verdict: 'finished, writes-slipped-in, or not-finished',
    'comment-url': 'Web URL of the comment (empty on a dry run)',
  },
  async run(ctx) {
    const { options: o, env, config } = ctx;
    const dryRun = readOption(o, 'dry-run');
    if (!o['pull-request']) throw new InputError(`pr-comment needs ${opt('pull-request')}: the number of the rollback's pull request`);
    // Checked before anything else; a dry run posts nothing, so it needs no token, nor a repository unless one is named.
    const github = dryRun ? undefined : await gitHubFor(ctx, 'pr-comment', 'pull-requests: write');
    const repository = dryRun && !(o.repository ?? env.GITHUB_REPOSITORY) ? undefined : await gitHubRepository(ctx);
    const runUrl =
      env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    const { runComment } = await import('../finish/comment.js');
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
      github ? { github } : {},
    );
  },
  present(r) {
    const headline =
      r.verdict === 'finished'
        ? 'finished: the switch lost nothing'
        : r.verdict === 'writes-slipped-in'
          ? 'writes reached DynamoDB after the export: catch-up needed, maintenance stays on'
          : 'not finished: maintenance stays on';
    return {
      // The comment was made; the verdict is the finish job's to fail on, not the comment's.
      ok: true,
      outputs: { verdict: r.verdict, 'comment-url': r.url ?? '' },
      summary: {
        title: 'pr-comment',
        headline: `${headline}${r.url ? `; commented: ${r.url}` : ' (dry run: not posted)'}`,
        tables: [],
        notes: r.url ? [] : ['comment body:', ...r.body.split('\n')],
      },
    };
  },
});
