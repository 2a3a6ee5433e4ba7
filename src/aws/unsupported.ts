/**
 * Two quirks of where the SDK runs. Local endpoints lack some DynamoDB
 * operations (dynalite: backups, PITR) and answer UnknownOperationException;
 * callers report "unknown" or skip rather than fail as if AWS had refused.
 * And a network error from another JavaScript realm (jest's VM modules) is
 * re-wrapped by the SDK as "AWS SDK error wrapper for Error: connect
 * ECONNREFUSED ...", losing its code; the code is recovered from the message
 * so explainAwsError still sees an unreachable endpoint.
 */
import { errorName } from './retry.js';

const UNSUPPORTED = new Set(['UnknownOperationException', 'UnsupportedOperationException', 'NotImplemented']);

export function isUnsupportedOperation(err: unknown): boolean {
  return UNSUPPORTED.has(errorName(err));
}

const NETWORK_CODE = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET|ETIMEDOUT)\b/;

/** The error with its network code restored when only the message still holds it; otherwise unchanged. */
export function withNetworkCode(err: unknown): unknown {
  if (typeof err !== 'object' || err === null) return err;
  const e = err as { code?: unknown; message?: unknown };
  if (typeof e.code === 'string' || typeof e.message !== 'string') return err;
  const m = NETWORK_CODE.exec(e.message);
  return m ? Object.assign(Object.create(Object.getPrototypeOf(err) as object) as object, err, { code: m[1], message: e.message }) : err;
}
