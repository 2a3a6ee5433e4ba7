/**
 * Our own retry for AWS calls (the SDK's is off, see aws/clients.ts): only
 * throttling, 5xx and dropped connections are retried, with exponential
 * backoff and full jitter; anything else is thrown at once. Sleep and random
 * are injectable so tests run without waiting.
 */
import { FailedError } from '../core/errors.js';

export type RetryKind = 'throttling' | 'server' | 'connection';

const THROTTLING_CODES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'SlowDown',
]);

const SERVER_CODES = new Set(['InternalServerError', 'InternalFailure', 'ServiceUnavailable', 'ServiceUnavailableException']);

/** Network errors where the connection was made and then lost: the request may be sent again. */
const DROPPED_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'UND_ERR_SOCKET']);

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

/** Why an error may be retried, or null when it must not be. */
export function retryKind(err: unknown): RetryKind | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as ErrorLike;
  const name = typeof e.name === 'string' ? e.name : '';
  const code = typeof e.code === 'string' ? e.code : '';
  if (THROTTLING_CODES.has(name) || THROTTLING_CODES.has(code) || e.$retryable?.throttling === true) return 'throttling';
  const status = e.$metadata?.httpStatusCode;
  if (SERVER_CODES.has(name) || (typeof status === 'number' && status >= 500)) return 'server';
  if (DROPPED_CODES.has(code) || name === 'TimeoutError' || name === 'RequestTimeout') return 'connection';
  // A network error from another realm (e.g. a test VM) reaches us flattened into a message.
  if (typeof e.message === 'string' && /socket hang up|\b(ECONNRESET|EPIPE|ETIMEDOUT|ECONNABORTED)\b/.test(e.message)) return 'connection';
  return null;
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseMs: number;
  capMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 10,
  baseMs: 50,
  capMs: 20_000,
  sleep: defaultSleep,
  random: Math.random,
};

export function retryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return { ...DEFAULT_RETRY, ...overrides };
}

/** Full jitter: a uniform delay between 0 and the capped exponential bound. */
export function backoffMs(retry: number, policy: Pick<RetryPolicy, 'baseMs' | 'capMs' | 'random'>): number {
  const bound = Math.min(policy.capMs, policy.baseMs * 2 ** retry);
  return Math.floor(policy.random() * bound);
}

export interface RetryEvent {
  /** What was being done, for messages. */
  what: string;
  /** The attempt that failed (1-based). */
  attempt: number;
  kind: RetryKind;
  delayMs: number;
  error: unknown;
}

/**
 * Runs fn until it succeeds, a non-retryable error is thrown (rethrown as
 * is), or maxAttempts retryable failures in a row (a FailedError naming what
 * was being done and why).
 */
export async function withRetry<T>(
  what: string,
  fn: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
  onRetry?: (event: RetryEvent) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const kind = retryKind(error);
      if (kind === null) throw error;
      if (attempt >= policy.maxAttempts) {
        throw new FailedError(`${what}: still failing after ${attempt} attempts (${kind}: ${errorName(error)})`, { cause: error });
      }
      const delayMs = backoffMs(attempt - 1, policy);
      onRetry?.({ what, attempt, kind, delayMs, error });
      await policy.sleep(delayMs);
    }
  }
}

export function errorName(err: unknown): string {
  if (typeof err !== 'object' || err === null) return String(err);
  const e = err as ErrorLike;
  if (typeof e.code === 'string' && e.code) return e.code;
  if (typeof e.name === 'string' && e.name && e.name !== 'Error') return e.name;
  return typeof e.message === 'string' ? e.message : 'Error';
}
