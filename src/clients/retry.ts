/**
 * The retry policy every client in this folder uses, and the only layer of
 * retries (the SDKs' own are off: maxAttempts 1). Ours because it decides by
 * the error's kind (errors.ts), gives up on a time budget rather than after a
 * fixed count, shares one adaptive in-flight limit across every call of a
 * client (gate.ts), counts each retry for the report, and takes its sleep,
 * clock and randomness from the caller so tests never wait.
 */
import { classify, type ErrorKind, isRetryable } from './errors.js';

export interface RetryPolicy {
  /** Milliseconds a failing call keeps being retried, from its first failure. */
  budgetMs: number;
  baseMs: number;
  capMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
}

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Five minutes: long enough to ride out a burst of throttling, short enough that an operator learns of a real outage. */
export const DEFAULT_RETRY_BUDGET_MS = 300_000;

export const DEFAULT_RETRY: RetryPolicy = {
  budgetMs: DEFAULT_RETRY_BUDGET_MS,
  baseMs: 50,
  capMs: 20_000,
  sleep: defaultSleep,
  now: Date.now,
  random: Math.random,
};

export function retryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return { ...DEFAULT_RETRY, ...overrides };
}

/** Full jitter: a uniform delay between 0 and the capped exponential bound. */
export function backoffMs(retry: number, policy: Pick<RetryPolicy, 'baseMs' | 'capMs' | 'random'>): number {
  const bound = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(retry, 30));
  return Math.floor(policy.random() * bound);
}

export interface RetryEvent {
  operation: string;
  /** The attempt that failed (1-based). */
  attempt: number;
  kind: ErrorKind;
  code: string;
  delayMs: number;
}

export interface Exhausted {
  attempts: number;
  elapsedMs: number;
  kind: ErrorKind;
  code: string;
  last: unknown;
}

export interface RetryHooks {
  onRetry?(event: RetryEvent): void;
  /** Turns the last failure, once the budget is spent, into the error to throw. */
  onExhausted(info: Exhausted): unknown;
  /** Turns a failure that must not be retried into the error to throw. */
  onFatal(err: unknown): unknown;
  /** The least wait the service asked for (GitHub's retry-after), in milliseconds; 0 for none. */
  delayFloorMs?(err: unknown): number;
}

/**
 * Runs fn until it succeeds, fails in a way that must not be retried, or has
 * failed retryably for longer than the budget (the next sleep included).
 */
export async function withRetry<T>(operation: string, fn: () => Promise<T>, policy: RetryPolicy, hooks: RetryHooks): Promise<T> {
  let first: number | null = null;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const { kind, code } = classify(err);
      if (!isRetryable(kind)) throw hooks.onFatal(err);
      const now = policy.now();
      first ??= now;
      const delayMs = Math.max(backoffMs(attempt - 1, policy), hooks.delayFloorMs?.(err) ?? 0);
      const elapsedMs = now - first;
      if (elapsedMs + delayMs > policy.budgetMs) throw hooks.onExhausted({ attempts: attempt, elapsedMs, kind, code, last: err });
      hooks.onRetry?.({ operation, attempt, kind, code, delayMs });
      await policy.sleep(delayMs);
    }
  }
}
