/**
 * Error classes that carry their exit code, and one way to turn any thrown
 * value into a single clear line. Exit codes: 0 done, 1 failed or mismatch,
 * 2 bad usage or bad input.
 */

/** Bad usage or bad input: the operator must change something. Exit 2. */
export class InputError extends Error {
  readonly exitCode = 2;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InputError';
  }
}

/** The work was attempted and failed (or found a mismatch). Exit 1. */
export class FailedError extends Error {
  readonly exitCode = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FailedError';
  }
}

export function exitCodeOf(err: unknown): 1 | 2 {
  if (err instanceof InputError) return 2;
  return 1;
}

/** One line for any thrown value, not only Error instances. */
export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const name = err.name && err.name !== 'Error' && !(err instanceof InputError) && !(err instanceof FailedError) ? `${err.name}: ` : '';
    return `${name}${err.message || '(no message)'}`;
  }
  if (typeof err === 'string') return err || '(empty error)';
  if (err === undefined || err === null) return `unknown failure (${String(err)} was thrown)`;
  try {
    return `unknown failure: ${JSON.stringify(err)}`;
  } catch {
    return `unknown failure: ${String(err)}`;
  }
}
