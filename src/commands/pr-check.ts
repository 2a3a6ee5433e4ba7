import type { PendingPullResult } from '../config-pr/pending-pull.js';
import { gitHubFor, gitHubRepository } from './clients.js';
import { readOption } from './read-option.js';
import { defineCommand } from './types.js';

/** preflight's second question: is a rollback of this stage already under review? */
export const prCheckCommand = defineCommand<PendingPullResult>({
  name: 'pr-check',
  description:
    'Refuse while a rollback pull request of the stage is open (branch dynamodb-rollback/<stage>), naming it, unless --supersede',
  options: ['branch', 'supersede', 'token', 'repository', 'github-api-url', 'retry-budget'],
  outputs: {
    'open-pull-request': 'Number of the open rollback pull request of the stage (empty: none)',
    superseded: 'true when an open one is superseded (--supersede)',
  },
  async run(ctx) {
    const { options: o, config } = ctx;
    // Checked before anything else: a missing token or repository changes nothing anywhere.
    const github = await gitHubFor(ctx, 'pr-check', 'pull-requests: read');
    const repository = await gitHubRepository(ctx);
    const { runPendingPull } = await import('../config-pr/pending-pull.js');
    return runPendingPull(
      { repository, stage: config.stage, branch: o.branch ?? `dynamodb-rollback/${config.stage}`, supersede: readOption(o, 'supersede') },
      { github },
    );
  },
  present(r) {
    return {
      ok: true,
      outputs: { 'open-pull-request': r.open ? String(r.open.number) : '', superseded: String(r.superseded) },
      summary: {
        title: 'pr-check',
        headline: r.open
          ? `superseding pull request #${r.open.number} (${r.open.url}): this rollback's config-pr pushes a new commit to ${r.branch}`
          : `no rollback pull request of ${r.stage} is open`,
        tables: [],
        notes: [],
      },
    };
  },
});
