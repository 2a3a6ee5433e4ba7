import { parseRepository } from '../config-pr/repository.js';
import type { PendingPullResult } from '../config-pr/pending-pull.js';
import { InputError } from '../core/errors.js';
import { OPTION_SPECS } from './options.js';
import { defineCommand } from './types.js';

/** preflight's second question: is a rollback of this stage already under review? */
export const prCheckCommand = defineCommand<PendingPullResult>({
  name: 'pr-check',
  description: "Refuse while a rollback pull request of the stage is open (branch dynamodb-rollback/<stage>), naming it, unless --supersede",
  options: ['branch', 'supersede', 'token', 'repository', 'github-api-url', 'retry-budget'],
  outputs: {
    'open-pull-request': 'Number of the open rollback pull request of the stage (empty: none)',
    superseded: 'true when an open one is superseded (--supersede)',
  },
  async run(ctx) {
    const { options: o, env, config } = ctx;
    const token = o.token || env.GITHUB_TOKEN || env.GH_TOKEN;
    if (!token) throw new InputError('pr-check needs a GitHub token: give --token, or set GITHUB_TOKEN (in Actions: permissions pull-requests: read)');
    const named = o.repository ?? env.GITHUB_REPOSITORY;
    const repository = parseRepository(named ?? '', o.repository ? '--repository' : 'GITHUB_REPOSITORY');
    const budgetMs = (o['retry-budget'] ?? Number(OPTION_SPECS['retry-budget'].default)) * 1000;
    const [{ createGitHub, PUBLIC_API_URL }, { runPendingPull }] = await Promise.all([import('../clients/github.js'), import('../config-pr/pending-pull.js')]);
    return runPendingPull(
      { repository, stage: config.stage, branch: o.branch ?? `dynamodb-rollback/${config.stage}`, supersede: o.supersede === true },
      {
        github: createGitHub({
          token,
          apiUrl: o['github-api-url'] || env.GITHUB_API_URL || PUBLIC_API_URL,
          retry: { budgetMs },
          onRetry: (e) => ctx.reporter.warning(`GitHub: ${e.operation} failed (${e.code}); retrying with back-off`),
        }),
      },
    );
  },
  present(r) {
    return {
      ok: true,
      outputs: { 'open-pull-request': r.open ? String(r.open.number) : '', superseded: String(r.superseded) },
      summary: {
        title: 'pr-check',
        headline: r.open ? `superseding pull request #${r.open.number} (${r.open.url}): this rollback's config-pr pushes a new commit to ${r.branch}` : `no rollback pull request of ${r.stage} is open`,
        tables: [],
        notes: [],
      },
    };
  },
});
