/**
 * Turns the AWS errors an operator can fix (unreachable endpoint, missing
 * credentials, no access, missing table or bucket) into one InputError that
 * says what to do; anything else is returned unchanged.
 */
import { InputError } from '../core/errors.js';

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'ETIMEDOUT']);
const BAD_CREDENTIALS = new Set([
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'InvalidAccessKeyId',
  'ExpiredToken',
  'ExpiredTokenException',
  'MissingAuthenticationToken',
]);

function codesOf(err: unknown): string[] {
  if (typeof err !== 'object' || err === null) return [];
  const e = err as { name?: unknown; code?: unknown; errors?: unknown; cause?: unknown };
  const out: string[] = [];
  if (typeof e.code === 'string') out.push(e.code);
  if (typeof e.name === 'string') out.push(e.name);
  // A network error from another realm (e.g. jest's VM modules) reaches us flattened into a message:
  // the SDK re-wraps it as "AWS SDK error wrapper for Error: connect ECONNREFUSED ...". Callers pass errors as caught.
  const message = (err as { message?: unknown }).message;
  if (typeof message === 'string') out.push(...(message.match(/\bE[A-Z]{4,}\b/g) ?? []));
  // Node's happy-eyeballs connect reports an AggregateError of per-address failures.
  if (Array.isArray(e.errors)) for (const inner of e.errors) out.push(...codesOf(inner));
  if (e.cause) out.push(...codesOf(e.cause));
  return out;
}

export interface AwsErrorContext {
  /** "DynamoDB" or "S3". */
  service: string;
  /** The endpoint given, or undefined for AWS itself. */
  endpoint?: string;
  region?: string;
  /** What was being accessed: "table x", "bucket y". */
  resource: string;
  /** Hint for a missing resource. */
  notFoundHint?: string;
}

/** An InputError for what the operator can fix, else the original error. */
export function explainAwsError(err: unknown, ctx: AwsErrorContext): unknown {
  if (err instanceof InputError) return err;
  const codes = codesOf(err);
  const where = ctx.endpoint ? `endpoint ${ctx.endpoint}` : `AWS ${ctx.service} in ${ctx.region ?? 'the configured region'}`;
  const has = (set: Set<string>) => codes.some((c) => set.has(c));
  if (has(UNREACHABLE)) {
    return new InputError(`${ctx.service} ${where} is unreachable (${codes.find((c) => UNREACHABLE.has(c))}); check --${ctx.service === 'S3' ? 's3-endpoint' : 'endpoint'} and the network`, { cause: err });
  }
  if (codes.includes('CredentialsProviderError')) {
    return new InputError(`no AWS credentials found for ${ctx.service}; set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE (in Actions: aws-actions/configure-aws-credentials)`, { cause: err });
  }
  if (has(BAD_CREDENTIALS)) {
    return new InputError(`${ctx.service} rejected the AWS credentials (${codes.find((c) => BAD_CREDENTIALS.has(c))}); check the credentials and region`, { cause: err });
  }
  if (codes.includes('AccessDeniedException') || codes.includes('AccessDenied') || codes.includes('Forbidden')) {
    return new InputError(`${ctx.service} denied access to ${ctx.resource}; grant the role the needed permission`, { cause: err });
  }
  if (codes.includes('ResourceNotFoundException') || codes.includes('NoSuchBucket') || codes.includes('NotFound')) {
    return new InputError(`${ctx.resource} not found in ${where}${ctx.notFoundHint ? `; ${ctx.notFoundHint}` : ''}`, { cause: err });
  }
  return err;
}
