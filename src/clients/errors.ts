/**
 * The one classifier of failures from external systems (AWS now; git and
 * GitHub reuse the kinds). It follows `cause` and AggregateError's `errors`,
 * decides whether an error may be retried, and turns it into one error
 * carrying its kind, its code, an exit code and a line that names the
 * system, the endpoint and what to do. Server response text never reaches a
 * message: only error codes and HTTP statuses do, since a response can echo
 * item values.
 */
import { FailedError, InputError } from '../core/errors.js';

export type ErrorKind =
  /** Retryable: the service asked us to slow down. */
  | 'throttling'
  /** Retryable: a 5xx or an internal error. */
  | 'server'
  /** Retryable: the connection was made and then lost. */
  | 'dropped'
  /** Retries ran out (the last failure was one of the three above). */
  | 'exhausted'
  | 'unreachable'
  | 'no-credentials'
  | 'bad-credentials'
  | 'denied'
  | 'not-found'
  | 'unsupported'
  /** Something answered, but not as the service does (a web server, a proxy). */
  | 'not-the-service'
  /** The service refused the request as invalid (a bad table name, say). */
  | 'invalid'
  | 'other';

const RETRYABLE: ReadonlySet<ErrorKind> = new Set(['throttling', 'server', 'dropped']);

export function isRetryable(kind: ErrorKind): boolean {
  return RETRYABLE.has(kind);
}

const THROTTLING = new Set([
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
const SERVER = new Set([
  'InternalServerError',
  'InternalFailure',
  'InternalServiceError',
  'InternalServiceFault',
  'ServiceUnavailable',
  'ServiceUnavailableException',
]);
/** Connected, then lost: the request may be sent again. */
const DROPPED = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'TimeoutError',
  'RequestTimeout',
  'TruncatedBody',
]);
/** Never connected: the endpoint or the network is wrong; retrying will not help. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const BAD_CREDENTIALS = new Set([
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'InvalidAccessKeyId',
  'ExpiredToken',
  'ExpiredTokenException',
  'MissingAuthenticationToken',
  'InvalidClientTokenId',
]);
const DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'Forbidden']);
const NOT_FOUND = new Set([
  'ResourceNotFoundException',
  'TableNotFoundException',
  'NoSuchBucket',
  'NotFound',
  'NoSuchKey',
  'BackupNotFoundException',
  'ExportNotFoundException',
]);
const UNSUPPORTED = new Set(['UnknownOperationException', 'UnsupportedOperationException', 'NotImplemented']);
// CloudWatch names its refusals of a bad query InvalidParameter*, MissingParameter and InvalidNextToken.
// DynamoDB's export: PITR off, a time outside its window, a client token reused with other parameters.
const INVALID = new Set([
  'PointInTimeRecoveryUnavailableException',
  'InvalidExportTimeException',
  'ExportConflictException',
  'ValidationException',
  'InvalidBucketName',
  'InvalidParameterValue',
  'InvalidParameterCombination',
  'MissingParameter',
  'InvalidNextToken',
  'SerializationException',
]);

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  $retryable?: { throttling?: unknown };
}

const asObject = (err: unknown): ErrorLike | null => (typeof err === 'object' && err !== null ? (err as ErrorLike) : null);

/** Every code and name in the error, its cause chain and its aggregated errors, outermost first. */
export function codesOf(err: unknown, seen = new Set<unknown>()): string[] {
  const e = asObject(err);
  if (!e || seen.has(err)) return [];
  seen.add(err);
  const out: string[] = [];
  if (typeof e.code === 'string') out.push(e.code);
  if (typeof e.name === 'string') out.push(e.name);
  // A Node error from another realm (jest's VM modules) reaches us flattened into a message by the SDK:
  // "AWS SDK error wrapper for Error: connect ECONNREFUSED ...".
  if (typeof e.message === 'string') {
    out.push(...(e.message.match(/\bE[A-Z]{4,}\b/g) ?? []));
    if (/socket hang up/.test(e.message)) out.push('ECONNRESET');
  }
  if (Array.isArray(e.errors)) for (const inner of e.errors) out.push(...codesOf(inner, seen));
  if (e.cause !== undefined) out.push(...codesOf(e.cause, seen));
  return out;
}

function statusOf(err: unknown, seen = new Set<unknown>()): number | undefined {
  const e = asObject(err);
  if (!e || seen.has(err)) return undefined;
  seen.add(err);
  const s = e.$metadata?.httpStatusCode ?? (e as { status?: unknown }).status;
  return typeof s === 'number' ? s : statusOf(e.cause, seen);
}

/** An answer the SDK could not read as the service's: a foreign content type, or a body that is not its JSON or XML. */
function isForeignAnswer(err: unknown, codes: string[]): boolean {
  if (codes.includes('NotTheServiceError')) return true;
  const e = asObject(err);
  return typeof e?.message === 'string' && e.message.includes('Deserialization error') && e.$fault === undefined;
}

export interface Classification {
  kind: ErrorKind;
  /** The error code or name shown in messages ("ThrottlingException", "ECONNREFUSED", "HTTP 404"). */
  code: string;
  status?: number;
}

/** What kind of failure err is. Pure. */
export function classify(err: unknown): Classification {
  const known = kindOf(err);
  if (known) return { kind: known, code: codeOf(err) };
  const codes = codesOf(err);
  const status = statusOf(err);
  const first = (set: ReadonlySet<string>) => codes.find((c) => set.has(c));
  const e = asObject(err);
  const hit = (kind: ErrorKind, code: string | undefined): Classification => ({
    kind,
    code: code ?? fallbackCode(codes, status),
    ...(status !== undefined ? { status } : {}),
  });
  // A foreign 5xx may be AWS's own edge having a bad moment: retried like any 5xx.
  if (isForeignAnswer(err, codes))
    return hit(
      status !== undefined && status >= 500 ? 'server' : 'not-the-service',
      status !== undefined ? `HTTP ${status}` : 'unreadable answer',
    );
  if (first(THROTTLING) || e?.$retryable?.throttling === true) return hit('throttling', first(THROTTLING));
  if (first(UNREACHABLE)) return hit('unreachable', first(UNREACHABLE));
  if (first(DROPPED)) return hit('dropped', first(DROPPED));
  if (codes.includes('CredentialsProviderError')) return hit('no-credentials', 'CredentialsProviderError');
  if (first(BAD_CREDENTIALS)) return hit('bad-credentials', first(BAD_CREDENTIALS));
  if (first(DENIED)) return hit('denied', first(DENIED));
  if (first(NOT_FOUND)) return hit('not-found', first(NOT_FOUND));
  if (first(UNSUPPORTED)) return hit('unsupported', first(UNSUPPORTED));
  if (first(INVALID)) return hit('invalid', first(INVALID));
  if (first(SERVER) || (status !== undefined && status >= 500)) return hit('server', first(SERVER));
  // A 4xx without a code the service uses: a refused HEAD (S3 sends HEAD errors without a body), else something else answered.
  if (status !== undefined && status >= 400 && (codes.includes('Unknown') || codes.includes('UnknownError'))) {
    return hit(status === 403 ? 'denied' : 'not-the-service', `HTTP ${status}`);
  }
  return hit('other', undefined);
}

function fallbackCode(codes: string[], status: number | undefined): string {
  const named = codes.find((c) => c !== 'Error' && c !== 'Unknown' && c !== 'UnknownError');
  return named ?? (status !== undefined ? `HTTP ${status}` : 'Error');
}

/** An error already classified: carries its kind and code so callers can act on them (a missing table is a finding). */
export interface Classified {
  readonly kind: ErrorKind;
  readonly code: string;
}

export class ServiceInputError extends InputError implements Classified {
  constructor(
    message: string,
    readonly kind: ErrorKind,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class ServiceFailedError extends FailedError implements Classified {
  constructor(
    message: string,
    readonly kind: ErrorKind,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The kind of an error classified here, else null. */
export function kindOf(err: unknown): ErrorKind | null {
  return err instanceof ServiceInputError || err instanceof ServiceFailedError ? err.kind : null;
}

function codeOf(err: unknown): string {
  return err instanceof ServiceInputError || err instanceof ServiceFailedError ? err.code : 'Error';
}

/** Who was asked: a system, its endpoint (or AWS in a region), and the option that sets the endpoint. */
export interface Scope {
  service: string;
  endpoint?: string;
  region?: string;
  /** The option that points at the endpoint, for "check --endpoint". */
  option: string;
  /** The permission an operation needs, for "grant the role ...". */
  permission?(operation: string): string;
}

export function whereOf(scope: Scope): string {
  return scope.endpoint
    ? `${scope.service} endpoint ${scope.endpoint}`
    : `AWS ${scope.service} in ${scope.region ?? 'the configured region'}`;
}

/** Kinds the operator fixes (exit 2); the rest are failures of the run (exit 1). */
const OPERATOR_KINDS: ReadonlySet<ErrorKind> = new Set([
  'unreachable',
  'no-credentials',
  'bad-credentials',
  'denied',
  'not-found',
  'unsupported',
  'not-the-service',
  'invalid',
]);

export interface Request {
  /** The operation, e.g. "DescribeTable". */
  operation: string;
  /** What it was about, e.g. "table events", "s3://bucket/key". */
  resource?: string;
  /** Said after a missing resource, e.g. "check --stage and --tables". */
  notFoundHint?: string;
}

/** The one error for a failure: its line, its exit code, its kind. Our own errors (already clear) pass through. */
export function explain(err: unknown, scope: Scope, request: Request): InputError | FailedError {
  if (err instanceof InputError || err instanceof FailedError) return err;
  const c = classify(err);
  const where = whereOf(scope);
  const on = request.resource ? `${request.operation} on ${request.resource}` : request.operation;
  const message = ((): string => {
    switch (c.kind) {
      case 'unreachable':
        return `${where} is unreachable (${c.code}); check ${scope.option} and the network`;
      case 'no-credentials':
        return `no AWS credentials found for ${scope.service}; set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE (in Actions: aws-actions/configure-aws-credentials)`;
      case 'bad-credentials':
        return `${where} rejected the AWS credentials (${c.code}); check the credentials and the region`;
      case 'denied':
        return `${where} denied ${on} (${c.code}); grant the role ${scope.permission?.(request.operation) ?? 'that permission'}`;
      case 'not-found':
        return `${request.resource ?? 'the resource'} not found in ${where}${request.notFoundHint ? `; ${request.notFoundHint}` : ''}`;
      case 'unsupported':
        return `${where} does not support ${request.operation} (${c.code})`;
      case 'not-the-service':
        return `${where} answered ${request.operation} (${c.code}), but not as ${scope.service} does; check ${scope.option}`;
      case 'invalid':
        return `${where} refused ${on} as invalid (${c.code}); check the name in the config or the options`;
      default:
        return `${where}: ${on} failed (${c.code})`;
    }
  })();
  return OPERATOR_KINDS.has(c.kind)
    ? new ServiceInputError(message, c.kind, c.code, { cause: err })
    : new ServiceFailedError(message, c.kind, c.code, { cause: err });
}
