/**
 * The drill's fixed setting (the repository's name, the region, the
 * bucket) and what it gives the runner: the repository variables the
 * workflows read, the adapters for what cannot run here, the environment
 * every step starts from.
 */
import type { ActionAdapter } from './runner/options.js';

export const BUCKET = 'drill-rollback';
export const REGION = 'us-east-1';
export const REPOSITORY = 'drill/events-app';

/** The repository variables the workflows read, as the drill sets them. */
export function drillVars(stage: string, dynamoEndpoint: string, s3Endpoint: string): Record<string, string> {
  return {
    DYNAMODB_ROLLBACK_ROLE_ARN: 'arn:aws:iam::000000000000:role/dynamodb-rollback-drill',
    DYNAMODB_ROLLBACK_READ_ROLE_ARN: 'arn:aws:iam::000000000000:role/dynamodb-rollback-drill-read',
    DYNAMODB_ROLLBACK_REGION: REGION,
    DYNAMODB_ROLLBACK_S3: `s3://${BUCKET}/${stage}`,
    DYNAMODB_ROLLBACK_ENDPOINT: dynamoEndpoint,
    DYNAMODB_ROLLBACK_S3_ENDPOINT: s3Endpoint,
  };
}

/** What cannot run here, by command: shown as skipped, never as done. */
export const ADAPTERS: Record<string, ActionAdapter> = {
  backup: {
    after: (_inputs, outputs) =>
      outputs.skipped === 'true'
        ? { skipped: 'CreateBackup: dynalite has no backups (the tool found it unsupported and said so); on AWS it runs' }
        : null,
  },
  'config-pr': {
    after: (_inputs, outputs) => ({
      note: `${outputs.branch ?? 'the branch'} pushed to the local origin; GitHub API not called: the pull request was recorded locally`,
    }),
  },
};

/** The environment every step starts from: this machine's basics, never its AWS or GitHub credentials. */
export function baseEnv(appStateDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'USER', 'LANG', 'LC_ALL', 'TERM', 'TMPDIR', 'SHELL']) if (process.env[k]) env[k] = process.env[k]!;
  env.APP_STATE_DIR = appStateDir;
  return env;
}
