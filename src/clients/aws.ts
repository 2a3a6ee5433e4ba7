/**
 * What the DynamoDB and S3 wrappers share: where the calls go (region,
 * endpoint, credentials for a local endpoint), and the one call path that
 * every request takes: the adaptive in-flight gate, our retry (the SDK's is
 * off), and the classifier, so a failure means the same in every command.
 */
import { explain, type Request, type Scope, ServiceFailedError, whereOf } from './errors.js';
import { createGate, type Gate } from './gate.js';
import { type RetryEvent, type RetryPolicy, retryPolicy, withRetry } from './retry.js';
import { opt } from '../core/option-name.js';

export interface AwsClientOptions {
  region: string;
  /** A local endpoint (dynalite, s3rver); absent means AWS itself. */
  endpoint?: string;
  env?: NodeJS.ProcessEnv;
  retry?: Partial<RetryPolicy>;
  /** Most requests in flight at once; throttling lowers it for a while. */
  maxInFlight?: number;
  onRetry?(event: RetryEvent): void;
}

export interface ClientStats {
  /** Requests sent again after a retryable failure. */
  retries: number;
  /** Of which the service asked us to slow down. */
  throttled: number;
}

export interface AwsClient<Sdk> {
  readonly scope: Scope;
  readonly stats: ClientStats;
  /** The in-flight limit now (lowered by throttling). */
  readonly inFlightLimit: number;
  /**
   * Runs one request through the gate, retries and classifier. fn must send
   * exactly one request and may be called again: it must not consume
   * anything it cannot make anew.
   */
  call<T>(request: Request, fn: (sdk: Sdk) => Promise<T>): Promise<T>;
}

export const DEFAULT_MAX_IN_FLIGHT = 64;

/** Endpoints are checked where options are read (commands/parse-value.ts, the url type); here only told apart. */
function isLoopback(endpoint: string): boolean {
  if (!URL.canParse(endpoint)) return false;
  const host = new URL(endpoint).hostname;
  return host === 'localhost' || host === '::1' || host === '[::1]' || host.startsWith('127.');
}

/** A loopback endpoint needs no real credentials (s3rver's well-known pair; dynalite takes any); AWS does. */
export function localCredentials(endpoint: string | undefined, env: NodeJS.ProcessEnv) {
  if (!endpoint || env.AWS_ACCESS_KEY_ID || !isLoopback(endpoint)) return {};
  return { credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } };
}

export function wrapClient<Sdk>(
  sdk: Sdk,
  scope: Scope,
  options: Pick<AwsClientOptions, 'retry' | 'maxInFlight' | 'onRetry'> = {},
): AwsClient<Sdk> {
  const policy = retryPolicy(options.retry);
  const gate: Gate = createGate(options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
  const stats: ClientStats = { retries: 0, throttled: 0 };
  return {
    scope,
    stats,
    get inFlightLimit() {
      return gate.limit;
    },
    call<T>(request: Request, fn: (sdk: Sdk) => Promise<T>): Promise<T> {
      const what = request.resource ? `${request.operation} on ${request.resource}` : request.operation;
      return withRetry(
        request.operation,
        () =>
          gate.run(async () => {
            const out = await fn(sdk);
            gate.succeeded();
            return out;
          }),
        policy,
        {
          onRetry(event) {
            stats.retries++;
            if (event.kind === 'throttling') {
              stats.throttled++;
              gate.throttled();
            }
            options.onRetry?.(event);
          },
          onFatal: (err) => explain(err, scope, request),
          onExhausted: ({ attempts, elapsedMs, kind, code, last }) =>
            new ServiceFailedError(
              `${whereOf(scope)}: ${what} still failing after ${attempts} attempts over ${Math.round(elapsedMs / 1000)}s (${kind}: ${code}); the retry budget is spent: try again when it is less busy, or allow more time with ${opt('retry-budget')}`,
              'exhausted',
              code,
              { cause: last },
            ),
        },
      );
    },
  };
}
