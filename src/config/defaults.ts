import type { ConfigFile } from './schema.js';

/** Defaults that fit the events app (DESIGN.md). */
export const DEFAULTS = {
  stage: 'production',
  // Added to the built-in names of src/config/stages.ts.
  stages: {},
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
    targets: [
      '.env.${stage}.template',
      'environments/${stage}/${stage}.env',
      { path: 'cdk/lib/config/environment.js', property: '${stage}.database.type' },
    ],
  },
  pullRequest: {
    labels: ['rollback'],
    reviewers: [],
    teamReviewers: [],
    draft: false,
    // The identity the workflow token acts as, so commits read as the workflow's on a runner with no git user.
    committer: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
  },
  assess: {
    // DynamoDB Standard in us-east-1 from 2024-11-01 (on-demand halved that day). Other regions cost more: set yours.
    prices: {
      onDemandReadPerMillion: 0.125,
      onDemandWritePerMillion: 0.625,
      provisionedReadPerHour: 0.00013,
      provisionedWritePerHour: 0.00065,
      storagePerGbMonth: 0.25,
    },
  },
  commands: {
    maintenanceOn: 'npm run maintenance:enable',
    maintenanceOff: 'npm run maintenance:disable',
    jobsStop: 'npm run jobs:stop',
    jobsStart: 'npm run jobs:start',
    healthCheck: 'npm run health:check',
    integrationTests: 'npm run test:integration',
    passEnv: [],
  },
  // publish has no default: a bucket is the user's to name.
} as const satisfies Required<Omit<ConfigFile, 'publish'>>;

/** Said wherever the default prices are used, so an estimate never passes for a quote. */
export const DEFAULT_PRICES_SOURCE = 'default prices: us-east-1, DynamoDB Standard, as of 2024-11-01';

export const DEFAULT_CONFIG_PATH = '.github/dynamodb-rollback.yml';
