/**
 * The clients a command needs, built from its options: the only place
 * outside src/clients/ that decides where AWS calls go. Retries are logged
 * through the reporter: the first, then at most one line every 10 s, with
 * counts, so a long throttled export shows why it slowed down.
 */
import type { CloudWatch } from '../clients/cloudwatch.js';
import type { GitHubClient, Repo } from '../clients/github.js';
import type { DynamoClient, WorkerDynamo } from '../clients/dynamodb.js';
import type { RetryEvent } from '../clients/retry.js';
import type { S3 } from '../clients/s3.js';
import { InputError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { readOption } from './read-option.js';
import { parseEndpointVariable } from './parse-value.js';
import type { CommandContext } from './types.js';
import { opt } from '../core/option-name.js';

const RETRY_LINE_MS = 10_000;

function retryLog(reporter: Reporter, service: string, limit: () => number, now: () => number = Date.now): (e: RetryEvent) => void {
  let last = -Infinity;
  let count = 0;
  return (e) => {
    count++;
    const t = now();
    if (t - last < RETRY_LINE_MS) return;
    last = t;
    reporter.warning(
      `${service}: ${e.operation} ${e.kind === 'throttling' ? 'throttled' : 'failed'} (${e.code}); retrying with back-off (${count} retries so far, ${limit()} requests in flight at most)`,
    );
  };
}

function common(ctx: CommandContext) {
  const budget = readOption(ctx.options, 'retry-budget');
  return { region: ctx.config.region, env: ctx.env, retry: { budgetMs: budget * 1000 } };
}

/**
 * The option, else the SDK's own variables for a service's endpoint
 * (AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL), so a workflow step
 * configured by its environment (the drill's embedded services among them)
 * reaches the same endpoint the SDK would, and the messages name it.
 */
function endpointOf(ctx: CommandContext, option: 'endpoint' | 's3-endpoint', service: 'DYNAMODB' | 'S3'): string | undefined {
  const given = ctx.options[option];
  if (given) return given;
  for (const variable of [`AWS_ENDPOINT_URL_${service}`, 'AWS_ENDPOINT_URL']) {
    const raw = ctx.env[variable];
    if (raw && raw.trim() !== '') return parseEndpointVariable(variable, raw);
  }
  return undefined;
}

/** Its SDK loaded only here, as S3's: a rollback from a folder, or verify without --live, starts without it (about 0.1 s). */
export function dynamoFor(ctx: CommandContext): Promise<DynamoClient> {
  return dynamoFromSettings(dynamoSettings(ctx), () => ctx.reporter);
}

/** What a DynamoDB client is built from, as plain data: dynamoFor builds from it, and so does a worker thread (dynamoFromSettings). */
export function dynamoSettings(ctx: CommandContext): WorkerDynamo {
  const c = common(ctx);
  return { region: c.region, endpoint: endpointOf(ctx, 'endpoint', 'DYNAMODB'), retryBudgetMs: c.retry.budgetMs, env: { ...c.env } };
}

/** The DynamoDB client of these settings (dynamoFor's, or a worker thread's); its retries are logged to whichever reporter reporter() gives at the time. */
export async function dynamoFromSettings(s: WorkerDynamo, reporter: () => Reporter): Promise<DynamoClient> {
  const { createDynamo } = await import('../clients/dynamodb.js');
  let log: ((e: RetryEvent) => void) | undefined;
  let logTo: Reporter | undefined;
  const client: DynamoClient = createDynamo({
    region: s.region,
    env: s.env,
    retry: { budgetMs: s.retryBudgetMs },
    endpoint: s.endpoint,
    onRetry: (e) => {
      // A job's log is its own: a new reporter starts the count and the 10 s spacing afresh.
      if (logTo !== reporter()) {
        logTo = reporter();
        log = retryLog(logTo, 'DynamoDB', () => client.inFlightLimit);
      }
      log!(e);
    },
  });
  return client;
}

/** Its SDK loaded only here: a command whose locations are all local starts without it. */
export async function s3For(ctx: CommandContext): Promise<S3> {
  const { createS3 } = await import('../clients/s3.js');
  const client: S3 = createS3({
    ...common(ctx),
    endpoint: endpointOf(ctx, 's3-endpoint', 'S3'),
    onRetry: retryLog(ctx.reporter, 'S3', () => client.inFlightLimit),
  });
  return client;
}

/** Its SDK loaded only here: only assess reads CloudWatch, and every other command would pay for it at start-up. */
export async function cloudWatchFor(ctx: CommandContext): Promise<CloudWatch> {
  const { createCloudWatch } = await import('../clients/cloudwatch.js');
  const client: CloudWatch = createCloudWatch({
    ...common(ctx),
    endpoint: ctx.options['cloudwatch-endpoint'],
    onRetry: retryLog(ctx.reporter, 'CloudWatch', () => client.inFlightLimit),
  });
  return client;
}

/** The token a GitHub command uses: --token, else the runner's GITHUB_TOKEN or GH_TOKEN. */
export function gitHubToken(ctx: CommandContext): string | undefined {
  return ctx.options.token || ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN || undefined;
}

/** owner/name: --repository, else the run's GITHUB_REPOSITORY; the message names whichever was read. */
export async function gitHubRepository(ctx: CommandContext): Promise<Repo> {
  const { parseRepository } = await import('../config-pr/repository.js');
  const named = ctx.options.repository ?? ctx.env.GITHUB_REPOSITORY;
  return parseRepository(named ?? '', ctx.options.repository ? opt('repository') : 'GITHUB_REPOSITORY');
}

/**
 * The GitHub client of a command (its SDK, Octokit, loaded only here), with
 * its retry budget; `needs` says which permissions the token must carry when
 * there is none.
 */
export async function gitHubFor(ctx: CommandContext, command: string, needs: string): Promise<GitHubClient> {
  const token = gitHubToken(ctx);
  if (!token)
    throw new InputError(`${command} needs a GitHub token: give ${opt('token')}, or set GITHUB_TOKEN (in Actions: permissions ${needs})`);
  const { createGitHub, PUBLIC_API_URL } = await import('../clients/github.js');
  return createGitHub({
    token,
    apiUrl: ctx.options['github-api-url'] || ctx.env.GITHUB_API_URL || PUBLIC_API_URL,
    retry: common(ctx).retry,
    onRetry: (e) => ctx.reporter.warning(`GitHub: ${e.operation} failed (${e.code}); retrying with back-off`),
  });
}
