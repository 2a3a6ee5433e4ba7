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
    targets: ['.env', 'cdk/lib/main-stack.ts', { path: 'cdk/config/${stage}-config.json', pointer: '/database/type' }],
  },
  commands: {
    maintenanceOn: 'npm run maintenance:enable',
    maintenanceOff: 'npm run maintenance:disable',
    jobsStop: 'npm run jobs:stop',
    jobsStart: 'npm run jobs:start',
    integrationTests: 'npm run test:integration',
  },
  // publish has no default: a bucket is the user's to name.
} as const satisfies Required<Omit<ConfigFile, 'publish'>>;

export const DEFAULT_CONFIG_PATH = '.github/dynamodb-rollback.yml';
