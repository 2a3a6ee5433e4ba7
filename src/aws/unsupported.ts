/**
 * Local endpoints lack some DynamoDB operations (dynalite: backups, PITR)
 * and answer UnknownOperationException; callers report "unknown" or skip
 * rather than fail as if AWS had refused. (Network errors the SDK re-wraps
 * are recognised by explainAwsError itself.)
 */
import { errorName } from './retry.js';

const UNSUPPORTED = new Set(['UnknownOperationException', 'UnsupportedOperationException', 'NotImplemented']);

export function isUnsupportedOperation(err: unknown): boolean {
  return UNSUPPORTED.has(errorName(err));
}
