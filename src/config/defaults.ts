import type { ConfigFile } from './schema.js';

/** Defaults that fit the events app (DESIGN.md). */
export const DEFAULTS = {
  stage: 'production',
  region: 'ap-northeast-1',
  tables: {
    events: 'lightningtalk-circle-${stage}-events',
    participants: 'lightningtalk-circle-${stage}-participants',
    users: 'lightningtalk-circle-${stage}-users',
    talks: 'lightningtalk-circle-${stage}-talks',
  },
  migration: { emptyStringsAsNull: true, rewroteUpdatedAt: true, generatedIds: true, windowMinutes: 60 },
  dataDir: 'server/data',
  backupDir: 'migration-backups',
  progressFile: 'migration-progress.json',
  retentionDays: 30,
  switch: {
    key: 'DATABASE_TYPE',
    from: 'dynamodb',
    to: 'file',
    // The events app's committed files; `.env` itself is gitignored, so no pull request can carry it.
    targets: ['.env.production.template', 'environments/${stage}/${stage}.env', { path: 'cdk/lib/config/environment.js', property: '${stage}.database.type' }],
  },
  pullRequest: {
    labels: ['rollback'],
    reviewers: [],
    teamReviewers: [],
    draft: false,
    // The identity the workflow token acts as, so commits read as the workflow's on a runner with no git user.
    committer: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
  },
  commands: {
    maintenanceOn: 'npm run maintenance:enable',
    maintenanceOff: 'npm run maintenance:disable',
    jobsStop: 'npm run jobs:stop',
    jobsStart: 'npm run jobs:start',
    healthCheck: 'npm run health:check',
    integrationTests: 'npm run test:integration',
  },
  // publish has no default: a bucket is the user's to name.
} as const satisfies Required<Omit<ConfigFile, 'publish'>>;

export const DEFAULT_CONFIG_PATH = '.github/dynamodb-rollback.yml';
