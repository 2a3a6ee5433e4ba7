/**
 * What the work is handed besides its options, in one shape: every
 * `runX(options, deps)` takes a pick of these, under these names, so a
 * command passes the same things the same way to every stage. A stage
 * names what it needs and what it may be given (now and sleep default to
 * the clock and a timer; tests give their own).
 */
import type { Reporter } from '../core/reporter.js';
import type { CloudWatch } from './cloudwatch.js';
import type { DynamoClient } from './dynamodb.js';
import type { GitClient } from './git.js';
import type { GitHubClient } from './github.js';
import type { S3 } from './s3.js';
import type { Shell } from './shell.js';

export interface Deps {
  reporter: Reporter;
  dynamo: DynamoClient;
  s3: S3;
  cloudwatch: CloudWatch;
  git: GitClient;
  github: GitHubClient;
  shell: Shell;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
}

/** A stage's deps: those it needs, and those it may be given. */
export type DepsOf<Needs extends keyof Deps, May extends keyof Deps = never> = Pick<Deps, Needs> & Partial<Pick<Deps, May>>;
