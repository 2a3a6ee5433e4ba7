export const id = 6954;
export const ids = [6954,7174,1036,7466,5192];
export const modules = {

/***/ 77224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ME: () => (/* binding */ localCredentials),
  ok: () => (/* binding */ wrapClient)
});

// UNUSED EXPORTS: DEFAULT_MAX_IN_FLIGHT

// EXTERNAL MODULE: ./src/clients/errors.ts
var errors = __webpack_require__(67137);
;// CONCATENATED MODULE: ./src/clients/gate.ts
function createGate(max) {
    let limit = max;
    let active = 0;
    let streak = 0;
    const waiting = [];
    const wake = () => {
        while (active < limit && waiting.length > 0) {
            active++;
            waiting.shift()();
        }
    };
    return {
        get limit() {
            return limit;
        },
        async run(task) {
            if (active < limit && waiting.length === 0)
                active++;
            else
                await new Promise((resolve) => waiting.push(resolve));
            try {
                return await task();
            }
            finally {
                active--;
                wake();
            }
        },
        throttled() {
            streak = 0;
            limit = Math.max(1, Math.floor(limit / 2));
        },
        succeeded() {
            if (limit >= max)
                return;
            if (++streak >= limit) {
                streak = 0;
                limit++;
                wake();
            }
        },
    };
}

// EXTERNAL MODULE: ./src/clients/retry.ts
var retry = __webpack_require__(83242);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/clients/aws.ts
/**
 * What the DynamoDB and S3 wrappers share: where the calls go (region,
 * endpoint, credentials for a local endpoint), and the one call path that
 * every request takes: the adaptive in-flight gate, our retry (the SDK's is
 * off), and the classifier, so a failure means the same in every command.
 */




const DEFAULT_MAX_IN_FLIGHT = 64;
/** Endpoints are checked where options are read (commands/parse-value.ts, the url type); here only told apart. */
function isLoopback(endpoint) {
    if (!URL.canParse(endpoint))
        return false;
    const host = new URL(endpoint).hostname;
    return host === 'localhost' || host === '::1' || host === '[::1]' || host.startsWith('127.');
}
/** A loopback endpoint needs no real credentials (s3rver's well-known pair; dynalite takes any); AWS does. */
function localCredentials(endpoint, env) {
    if (!endpoint || env.AWS_ACCESS_KEY_ID || !isLoopback(endpoint))
        return {};
    return { credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } };
}
function wrapClient(sdk, scope, options = {}) {
    const policy = (0,retry/* retryPolicy */.Jb)(options.retry);
    const gate = createGate(options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
    const stats = { retries: 0, throttled: 0 };
    return {
        scope,
        stats,
        get inFlightLimit() {
            return gate.limit;
        },
        call(request, fn) {
            const what = request.resource ? `${request.operation} on ${request.resource}` : request.operation;
            return (0,retry/* withRetry */.bD)(request.operation, () => gate.run(async () => {
                const out = await fn(sdk);
                gate.succeeded();
                return out;
            }), policy, {
                onRetry(event) {
                    stats.retries++;
                    if (event.kind === 'throttling') {
                        stats.throttled++;
                        gate.throttled();
                    }
                    options.onRetry?.(event);
                },
                onFatal: (err) => (0,errors/* explain */.WE)(err, scope, request),
                onExhausted: ({ attempts, elapsedMs, kind, code, last }) => new errors/* ServiceFailedError */.Tp(`${(0,errors/* whereOf */.de)(scope)}: ${what} still failing after ${attempts} attempts over ${Math.round(elapsedMs / 1000)}s (${kind}: ${code}); the retry budget is spent: try again when it is less busy, or allow more time with ${(0,option_name/* opt */.m7)('retry-budget')}`, 'exhausted', code, { cause: last }),
            });
        },
    };
}


/***/ }),

/***/ 37466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDynamo: () => (/* binding */ createDynamo)
/* harmony export */ });
/* unused harmony export wrapDynamo */
/* harmony import */ var _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64305);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77224);
/* harmony import */ var _foreign_answer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26359);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78440);
/**
 * The DynamoDB client: the only place a DynamoDBClient is made. Retries are
 * ours (aws.ts), so the SDK's are off. Responses that are not DynamoDB's
 * JSON (a web server or proxy at --endpoint) are refused before the SDK
 * parses them, so no command ever reads a foreign answer as data.
 */




function createDynamo(options) {
    const sdk = new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_3__/* .DynamoDBClient */ .MGV({
        region: options.region,
        maxAttempts: 1,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .localCredentials */ .ME)(options.endpoint, options.env ?? process.env),
    });
    // DynamoDB answers every request, errors included, with its JSON content type.
    sdk.middlewareStack.add((0,_foreign_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .foreignAnswerCheck */ .x)((type) => /json/i.test(type)), {
        step: 'deserialize',
        name: 'foreignAnswerCheck',
        priority: 'low',
    });
    return wrapDynamo(sdk, options);
}
/** Wraps an SDK client made elsewhere (a test's mock): same retries and classifier. */
function wrapDynamo(sdk, options) {
    const scope = {
        service: 'DynamoDB',
        endpoint: options.endpoint,
        region: options.region,
        option: (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7)('endpoint'),
        permission: (op) => `dynamodb:${op}`,
    };
    return (0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapClient */ .ok)(sdk, scope, options);
}


/***/ }),

/***/ 67137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Tp: () => (/* binding */ ServiceFailedError),
/* harmony export */   WE: () => (/* binding */ explain),
/* harmony export */   de: () => (/* binding */ whereOf),
/* harmony export */   os: () => (/* binding */ ServiceInputError),
/* harmony export */   r3: () => (/* binding */ isRetryable)
/* harmony export */ });
/* unused harmony export codesOf */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * The one classifier of failures from external systems (AWS now; git and
 * GitHub reuse the kinds). It follows `cause` and AggregateError's `errors`,
 * decides whether an error may be retried, and turns it into one error
 * carrying its kind, its code, an exit code and a line that names the
 * system, the endpoint and what to do. Server response text never reaches a
 * message: only error codes and HTTP statuses do, since a response can echo
 * item values.
 */

const RETRYABLE = new Set(['throttling', 'server', 'dropped']);
function isRetryable(kind) {
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
const asObject = (err) => (typeof err === 'object' && err !== null ? err : null);
/** Every code and name in the error, its cause chain and its aggregated errors, outermost first. */
function codesOf(err, seen = new Set()) {
    const e = asObject(err);
    if (!e || seen.has(err))
        return [];
    seen.add(err);
    const out = [];
    if (typeof e.code === 'string')
        out.push(e.code);
    if (typeof e.name === 'string')
        out.push(e.name);
    // A Node error from another realm (jest's VM modules) reaches us flattened into a message by the SDK:
    // "AWS SDK error wrapper for Error: connect ECONNREFUSED ...".
    if (typeof e.message === 'string') {
        out.push(...(e.message.match(/\bE[A-Z]{4,}\b/g) ?? []));
        if (/socket hang up/.test(e.message))
            out.push('ECONNRESET');
    }
    if (Array.isArray(e.errors))
        for (const inner of e.errors)
            out.push(...codesOf(inner, seen));
    if (e.cause !== undefined)
        out.push(...codesOf(e.cause, seen));
    return out;
}
function statusOf(err, seen = new Set()) {
    const e = asObject(err);
    if (!e || seen.has(err))
        return undefined;
    seen.add(err);
    const s = e.$metadata?.httpStatusCode ?? e.status;
    return typeof s === 'number' ? s : statusOf(e.cause, seen);
}
/** An answer the SDK could not read as the service's: a foreign content type, or a body that is not its JSON or XML. */
function isForeignAnswer(err, codes) {
    if (codes.includes('NotTheServiceError'))
        return true;
    const e = asObject(err);
    return typeof e?.message === 'string' && e.message.includes('Deserialization error') && e.$fault === undefined;
}
/** What kind of failure err is. Pure. */
function classify(err) {
    const known = kindOf(err);
    if (known)
        return { kind: known, code: codeOf(err) };
    const codes = codesOf(err);
    const status = statusOf(err);
    const first = (set) => codes.find((c) => set.has(c));
    const e = asObject(err);
    const hit = (kind, code) => ({
        kind,
        code: code ?? fallbackCode(codes, status),
        ...(status !== undefined ? { status } : {}),
    });
    // A foreign 5xx may be AWS's own edge having a bad moment: retried like any 5xx.
    if (isForeignAnswer(err, codes))
        return hit(status !== undefined && status >= 500 ? 'server' : 'not-the-service', status !== undefined ? `HTTP ${status}` : 'unreadable answer');
    if (first(THROTTLING) || e?.$retryable?.throttling === true)
        return hit('throttling', first(THROTTLING));
    if (first(UNREACHABLE))
        return hit('unreachable', first(UNREACHABLE));
    if (first(DROPPED))
        return hit('dropped', first(DROPPED));
    if (codes.includes('CredentialsProviderError'))
        return hit('no-credentials', 'CredentialsProviderError');
    if (first(BAD_CREDENTIALS))
        return hit('bad-credentials', first(BAD_CREDENTIALS));
    if (first(DENIED))
        return hit('denied', first(DENIED));
    if (first(NOT_FOUND))
        return hit('not-found', first(NOT_FOUND));
    if (first(UNSUPPORTED))
        return hit('unsupported', first(UNSUPPORTED));
    if (first(INVALID))
        return hit('invalid', first(INVALID));
    if (first(SERVER) || (status !== undefined && status >= 500))
        return hit('server', first(SERVER));
    // A 4xx without a code the service uses: a refused HEAD (S3 sends HEAD errors without a body), else something else answered.
    if (status !== undefined && status >= 400 && (codes.includes('Unknown') || codes.includes('UnknownError'))) {
        return hit(status === 403 ? 'denied' : 'not-the-service', `HTTP ${status}`);
    }
    return hit('other', undefined);
}
function fallbackCode(codes, status) {
    const named = codes.find((c) => c !== 'Error' && c !== 'Unknown' && c !== 'UnknownError');
    return named ?? (status !== undefined ? `HTTP ${status}` : 'Error');
}
class ServiceInputError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    kind;
    code;
    constructor(message, kind, code, options) {
        super(message, options);
        this.kind = kind;
        this.code = code;
    }
}
class ServiceFailedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FailedError */ .Kl {
    kind;
    code;
    constructor(message, kind, code, options) {
        super(message, options);
        this.kind = kind;
        this.code = code;
    }
}
/** The kind of an error classified here, else null. */
function kindOf(err) {
    return err instanceof ServiceInputError || err instanceof ServiceFailedError ? err.kind : null;
}
function codeOf(err) {
    return err instanceof ServiceInputError || err instanceof ServiceFailedError ? err.code : 'Error';
}
function whereOf(scope) {
    return scope.endpoint
        ? `${scope.service} endpoint ${scope.endpoint}`
        : `AWS ${scope.service} in ${scope.region ?? 'the configured region'}`;
}
/** Kinds the operator fixes (exit 2); the rest are failures of the run (exit 1). */
const OPERATOR_KINDS = new Set([
    'unreachable',
    'no-credentials',
    'bad-credentials',
    'denied',
    'not-found',
    'unsupported',
    'not-the-service',
    'invalid',
]);
/** The one error for a failure: its line, its exit code, its kind. Our own errors (already clear) pass through. */
function explain(err, scope, request) {
    if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz || err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FailedError */ .Kl)
        return err;
    const c = classify(err);
    const where = whereOf(scope);
    const on = request.resource ? `${request.operation} on ${request.resource}` : request.operation;
    const message = (() => {
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


/***/ }),

/***/ 26359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ foreignAnswerCheck)
/* harmony export */ });
/* unused harmony export NotTheServiceError */
/**
 * A middleware that refuses an HTTP answer whose content type the service
 * never sends, before the SDK tries to parse it: the error names the status
 * only, never the body (a foreign server's page could hold anything).
 */
class NotTheServiceError extends Error {
    status;
    contentType;
    constructor(status, contentType) {
        super(`HTTP ${status} answered with content type ${contentType || 'none'}`);
        this.status = status;
        this.contentType = contentType;
        this.name = 'NotTheServiceError';
    }
}
function foreignAnswerCheck(accepts) {
    return (next) => async (args) => {
        const result = await next(args);
        const response = result.response;
        const type = response?.headers?.['content-type'] ?? '';
        // A body-less answer (HEAD, 204) has nothing to misread.
        const length = response?.headers?.['content-length'];
        if (type === '' && (length === undefined || length === '0'))
            return result;
        if (!accepts(type)) {
            response.body?.destroy?.();
            throw new NotTheServiceError(response.statusCode ?? 0, type);
        }
        return result;
    };
}


/***/ }),

/***/ 83242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ defaultSleep),
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   bD: () => (/* binding */ withRetry)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY_BUDGET_MS, DEFAULT_RETRY, backoffMs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67137);
/**
 * The retry policy every client in this folder uses, and the only layer of
 * retries (the SDKs' own are off: maxAttempts 1). Ours because it decides by
 * the error's kind (errors.ts), gives up on a time budget rather than after a
 * fixed count, shares one adaptive in-flight limit across every call of a
 * client (gate.ts), counts each retry for the report, and takes its sleep,
 * clock and randomness from the caller so tests never wait.
 */

const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Five minutes: long enough to ride out a burst of throttling, short enough that an operator learns of a real outage. */
const DEFAULT_RETRY_BUDGET_MS = 300_000;
const DEFAULT_RETRY = {
    budgetMs: DEFAULT_RETRY_BUDGET_MS,
    baseMs: 50,
    capMs: 20_000,
    sleep: defaultSleep,
    now: Date.now,
    random: Math.random,
};
function retryPolicy(overrides = {}) {
    return { ...DEFAULT_RETRY, ...overrides };
}
/** Full jitter: a uniform delay between 0 and the capped exponential bound. */
function backoffMs(retry, policy) {
    const bound = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(retry, 30));
    return Math.floor(policy.random() * bound);
}
/**
 * Runs fn until it succeeds, fails in a way that must not be retried, or has
 * failed retryably for longer than the budget (the next sleep included).
 */
async function withRetry(operation, fn, policy, hooks) {
    let first = null;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (err) {
            const { kind, code } = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classify */ .L8)(err);
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRetryable */ .r3)(kind))
                throw hooks.onFatal(err);
            const now = policy.now();
            first ??= now;
            const delayMs = Math.max(backoffMs(attempt - 1, policy), hooks.delayFloorMs?.(err) ?? 0);
            const elapsedMs = now - first;
            if (elapsedMs + delayMs > policy.budgetMs)
                throw hooks.onExhausted({ attempts: attempt, elapsedMs, kind, code, last: err });
            hooks.onRetry?.({ operation, attempt, kind, code, delayMs });
            await policy.sleep(delayMs);
        }
    }
}


/***/ }),

/***/ 45192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createS3: () => (/* binding */ createS3)
/* harmony export */ });
/* unused harmony export wrapS3 */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53711);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77224);
/* harmony import */ var _foreign_answer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26359);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78440);
/**
 * The S3 client: the only place an S3Client is made. Retries are ours
 * (aws.ts), so the SDK's are off; lib-storage uploads retry as one request.
 */




function createS3(options) {
    const local = Boolean(options.endpoint);
    const sdk = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.S3Client({
        region: options.region,
        maxAttempts: 1,
        ...(local
            ? {
                endpoint: options.endpoint,
                forcePathStyle: true,
                // Local S3 servers do not implement the newer default checksums.
                requestChecksumCalculation: 'WHEN_REQUIRED',
                responseChecksumValidation: 'WHEN_REQUIRED',
            }
            : {}),
        ...(0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .localCredentials */ .ME)(options.endpoint, options.env ?? process.env),
    });
    // S3 never answers with a web page; objects carry their own types, so only HTML is foreign.
    sdk.middlewareStack.add((0,_foreign_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .foreignAnswerCheck */ .x)((type) => !/^text\/html/i.test(type)), {
        step: 'deserialize',
        name: 'foreignAnswerCheck',
        priority: 'low',
    });
    return wrapS3(sdk, options);
}
/** The IAM action behind each S3 call we make (HEAD and list calls need s3:ListBucket or s3:GetObject, not a namesake). */
function permission(operation) {
    const actions = {
        HeadBucket: 's3:ListBucket',
        ListObjectsV2: 's3:ListBucket',
        HeadObject: 's3:GetObject',
        GetObject: 's3:GetObject',
        Upload: 's3:PutObject',
        PutObject: 's3:PutObject',
        DeleteObject: 's3:DeleteObject',
    };
    return actions[operation] ?? `s3:${operation}`;
}
function wrapS3(sdk, options) {
    return (0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapClient */ .ok)(sdk, { service: 'S3', endpoint: options.endpoint, region: options.region, option: (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7)('s3-endpoint'), permission }, options);
}


/***/ }),

/***/ 67174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cloudWatchFor: () => (/* binding */ cloudWatchFor),
/* harmony export */   dynamoFor: () => (/* binding */ dynamoFor),
/* harmony export */   dynamoFromSettings: () => (/* binding */ dynamoFromSettings),
/* harmony export */   dynamoSettings: () => (/* binding */ dynamoSettings),
/* harmony export */   gitHubFor: () => (/* binding */ gitHubFor),
/* harmony export */   gitHubRepository: () => (/* binding */ gitHubRepository),
/* harmony export */   gitHubToken: () => (/* binding */ gitHubToken),
/* harmony export */   s3For: () => (/* binding */ s3For)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _read_option_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92304);
/* harmony import */ var _parse_value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82649);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78440);




const RETRY_LINE_MS = 10_000;
function retryLog(reporter, service, limit, now = Date.now) {
    let last = -Infinity;
    let count = 0;
    return (e) => {
        count++;
        const t = now();
        if (t - last < RETRY_LINE_MS)
            return;
        last = t;
        reporter.warning(`${service}: ${e.operation} ${e.kind === 'throttling' ? 'throttled' : 'failed'} (${e.code}); retrying with back-off (${count} retries so far, ${limit()} requests in flight at most)`);
    };
}
function common(ctx) {
    const budget = (0,_read_option_js__WEBPACK_IMPORTED_MODULE_1__/* .readOption */ .g)(ctx.options, 'retry-budget');
    return { region: ctx.config.region, env: ctx.env, retry: { budgetMs: budget * 1000 } };
}
/**
 * The option, else the SDK's own variables for a service's endpoint
 * (AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL), so a workflow step
 * configured by its environment (the drill's embedded services among them)
 * reaches the same endpoint the SDK would, and the messages name it.
 */
function endpointOf(ctx, option, service) {
    const given = ctx.options[option];
    if (given)
        return given;
    for (const variable of [`AWS_ENDPOINT_URL_${service}`, 'AWS_ENDPOINT_URL']) {
        const raw = ctx.env[variable];
        if (raw && raw.trim() !== '')
            return (0,_parse_value_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEndpointVariable */ .FK)(variable, raw);
    }
    return undefined;
}
/** Its SDK loaded only here, as S3's: a rollback from a folder, or verify without --live, starts without it (about 0.1 s). */
function dynamoFor(ctx) {
    return dynamoFromSettings(dynamoSettings(ctx), () => ctx.reporter);
}
/** What a DynamoDB client is built from, as plain data: dynamoFor builds from it, and so does a worker thread (dynamoFromSettings). */
function dynamoSettings(ctx) {
    const c = common(ctx);
    return { region: c.region, endpoint: endpointOf(ctx, 'endpoint', 'DYNAMODB'), retryBudgetMs: c.retry.budgetMs, env: { ...c.env } };
}
/** The DynamoDB client of these settings (dynamoFor's, or a worker thread's); its retries are logged to whichever reporter reporter() gives at the time. */
async function dynamoFromSettings(s, reporter) {
    const { createDynamo } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(4305), __webpack_require__.e(7466)]).then(__webpack_require__.bind(__webpack_require__, 37466));
    let log;
    let logTo;
    const client = createDynamo({
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
            log(e);
        },
    });
    return client;
}
/** Its SDK loaded only here: a command whose locations are all local starts without it. */
async function s3For(ctx) {
    const { createS3 } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3711), __webpack_require__.e(5192)]).then(__webpack_require__.bind(__webpack_require__, 45192));
    const client = createS3({
        ...common(ctx),
        endpoint: endpointOf(ctx, 's3-endpoint', 'S3'),
        onRetry: retryLog(ctx.reporter, 'S3', () => client.inFlightLimit),
    });
    return client;
}
/** Its SDK loaded only here: only assess reads CloudWatch, and every other command would pay for it at start-up. */
async function cloudWatchFor(ctx) {
    const { createCloudWatch } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(4085), __webpack_require__.e(1362)]).then(__webpack_require__.bind(__webpack_require__, 21362));
    const client = createCloudWatch({
        ...common(ctx),
        endpoint: ctx.options['cloudwatch-endpoint'],
        onRetry: retryLog(ctx.reporter, 'CloudWatch', () => client.inFlightLimit),
    });
    return client;
}
/** The token a GitHub command uses: --token, else the runner's GITHUB_TOKEN or GH_TOKEN. */
function gitHubToken(ctx) {
    return ctx.options.token || ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN || undefined;
}
/** owner/name: --repository, else the run's GITHUB_REPOSITORY; the message names whichever was read. */
async function gitHubRepository(ctx) {
    const { parseRepository } = await __webpack_require__.e(/* import() */ 1299).then(__webpack_require__.bind(__webpack_require__, 1299));
    const named = ctx.options.repository ?? ctx.env.GITHUB_REPOSITORY;
    return parseRepository(named ?? '', ctx.options.repository ? (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('repository') : 'GITHUB_REPOSITORY');
}
/**
 * The GitHub client of a command (its SDK, Octokit, loaded only here), with
 * its retry budget; `needs` says which permissions the token must carry when
 * there is none.
 */
async function gitHubFor(ctx, command, needs) {
    const token = gitHubToken(ctx);
    if (!token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${command} needs a GitHub token: give ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('token')}, or set GITHUB_TOKEN (in Actions: permissions ${needs})`);
    const { createGitHub, PUBLIC_API_URL } = await Promise.all(/* import() */[__webpack_require__.e(2413), __webpack_require__.e(705)]).then(__webpack_require__.bind(__webpack_require__, 80705));
    return createGitHub({
        token,
        apiUrl: ctx.options['github-api-url'] || ctx.env.GITHUB_API_URL || PUBLIC_API_URL,
        retry: common(ctx).retry,
        onRetry: (e) => ctx.reporter.warning(`GitHub: ${e.operation} failed (${e.code}); retrying with back-off`),
    });
}


/***/ }),

/***/ 5029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  drillCommand: () => (/* binding */ drillCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/clients/dynamodb.ts
var dynamodb = __webpack_require__(37466);
// EXTERNAL MODULE: ./src/clients/s3.ts
var s3 = __webpack_require__(45192);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/location.ts
var core_location = __webpack_require__(91324);
// EXTERNAL MODULE: ./src/commands/clients.ts
var clients = __webpack_require__(67174);
// EXTERNAL MODULE: ./src/drill/run-drill.ts + 30 modules
var run_drill = __webpack_require__(25886);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
// EXTERNAL MODULE: ./src/core/group-digits.ts
var group_digits = __webpack_require__(96199);
;// CONCATENATED MODULE: ./src/commands/drill-present.ts



const n = (v) => (v === null ? '-' : (0,group_digits/* groupDigits */.K)(v));
function presentDrill(r) {
    const rows = [];
    // Not AWS: said in the table itself, above every step that talked to it.
    if (r.standIn)
        rows.push(['', '', 'DynamoDB export API', 'stand-in for AWS', '', r.standIn]);
    for (const w of r.workflows) {
        const file = w.file.split('/').slice(-1)[0];
        for (const j of w.jobs) {
            rows.push([
                file,
                j.job,
                '',
                j.result === 'success' ? 'ok' : j.result === 'failure' ? 'FAILED' : j.result,
                j.seconds.toFixed(1),
                j.note,
            ]);
            for (const s of j.steps)
                rows.push(['', '', s.step, s.status === 'failed' ? 'FAILED' : s.status, s.seconds.toFixed(1), s.note]);
        }
    }
    const failed = r.workflows.flatMap((w) => w.jobs.flatMap((j) => j.steps.filter((s) => s.status === 'failed').map((s) => `${j.job} › ${s.step}`)));
    const minutes = (r.seconds / 60).toFixed(1);
    const headline = r.ok
        ? `the chain passed in ${r.seconds.toFixed(0)} s (${minutes} min; the runbook: "${run_drill.RUNBOOK_ESTIMATE}")`
        : `the chain did NOT pass${failed.length ? `: failed at ${failed.join(', ')}` : r.finishSkipped ? `: ${r.finishSkipped}` : ''}`;
    const notes = [
        `app: ${r.app.source === 'copy' ? `a copy of ${r.app.from}` : 'the scratch events app'}, stage ${r.app.stage}; tables ${Object.values(r.app.tables).join(', ')} seeded with ${r.app.seeded}`,
        `items exported ${n(r.figures.exported)}, rolled back ${n(r.figures.rolledBack)}, verified ${n(r.figures.verified)}; live tables since the export: ${r.figures.live ?? '-'}`,
        r.branch
            ? `branch ${r.branch} pushed to the local origin${r.merged ? ', then merged into its default branch' : ''}`
            : 'no branch pushed',
        r.pullRequestBody
            ? `pull request body (GitHub API not called): ${r.pullRequestBody}${r.kept ? '' : ` (removed with the scratch folder; ${(0,option_name/* opt */.m7)('keep')} keeps it)`}`
            : 'no pull request recorded',
        ...r.comments.map((c) => `comment on the pull request (GitHub API not called): ${c}`),
        `app state at the end: maintenance ${r.appState.maintenance ? 'on' : 'off'}, jobs ${r.appState['jobs-stopped'] ? 'stopped' : 'running'}`,
        ...(r.finishSkipped ? [`rollback-finish.yml not run: ${r.finishSkipped}`] : []),
        `total ${r.seconds.toFixed(1)} s, beside the runbook's estimate "${run_drill.RUNBOOK_ESTIMATE}"`,
        r.kept ? `scratch folder kept: ${r.scratch} (workspaces, step logs, artifacts)` : `scratch folder removed (${(0,option_name/* opt */.m7)('keep')} keeps it)`,
    ];
    return {
        ok: r.ok,
        outputs: { seconds: r.seconds.toFixed(1), scratch: r.kept ? r.scratch : '' },
        summary: { title: 'drill', headline, tables: [{ headers: ['workflow', 'job', 'step', 'status', 'seconds', 'note'], rows }], notes },
    };
}

// EXTERNAL MODULE: ./src/commands/read-option.ts
var read_option = __webpack_require__(92304);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
;// CONCATENATED MODULE: ./src/commands/drill.ts













/** This package's folder (action.yml, dist/, .github/workflows/), from the bundle or the sources. */
function packageRoot() {
    let dir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 5; i++) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'action.yml')) && (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'package.json')))
            return dir;
        dir = external_node_path_default().dirname(dir);
    }
    throw new Error(`internal: no action.yml above ${(0,external_node_url_.fileURLToPath)(import.meta.url)}`);
}
function inputsOf(list) {
    const out = {};
    for (const item of list ?? []) {
        const eq = item.indexOf('=');
        const name = item.slice(0, eq);
        if (name in out)
            throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('input')}: ${name} given twice`);
        out[name] = item.slice(eq + 1);
    }
    return out;
}
/** The rollback workflow itself, run here on embedded DynamoDB and S3 (DESIGN.md "drill"). */
const drillCommand = (0,types/* defineCommand */.N)({
    name: 'drill',
    largeHeap: true,
    description: 'Rehearse: run rollback.yml (then rollback-finish.yml) here, end to end, on embedded DynamoDB and S3, a scratch events app (or a copy of yours) and a local origin',
    options: ['workflow', 'app', 'data', 'approve', 'keep', 'input', 'export-mode'],
    outputs: {
        seconds: 'Seconds the drill took, from start to the last step',
        scratch: 'The scratch folder, when kept (--keep, or a failed drill)',
    },
    async run(ctx) {
        const o = ctx.options;
        // --data is an export the reader opens: its S3 URI is named "from" in the reader's messages.
        const data = o.data ? (0,core_location/* parseLocation */.zS)(o.data, 'from', ctx.cwd) : undefined;
        const root = packageRoot();
        const workflow = o.workflow ? external_node_path_default().resolve(ctx.cwd, o.workflow) : external_node_path_default().join(root, '.github', 'workflows', 'rollback.yml');
        const finish = external_node_path_default().join(external_node_path_default().dirname(workflow), 'rollback-finish.yml');
        // Loaded for the drill only: the services, the runner and the expression library stay out of every other command.
        const [{ startLocalServices }, { runDrill }] = await Promise.all([__webpack_require__.e(/* import() */ 103).then(__webpack_require__.bind(__webpack_require__, 90103)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 25886))]);
        const services = await startLocalServices();
        const local = { region: 'us-east-1', env: {} };
        // --export-mode native: DynamoDB's export API answered by a stand-in in front of the embedded DynamoDB (every other call passes to it).
        const standIn = (0,read_option/* readOption */.g)(o, 'export-mode') === 'native'
            ? await (await __webpack_require__.e(/* import() */ 8516).then(__webpack_require__.bind(__webpack_require__, 8516))).startExportStandIn({
                dynamoEndpoint: services.dynamoEndpoint,
                dynamo: (0,dynamodb.createDynamo)({ ...local, endpoint: services.dynamoEndpoint }),
                s3: (0,s3.createS3)({ ...local, endpoint: services.s3Endpoint }),
            })
            : null;
        let scratch;
        // Interrupted: the services stop and the scratch folder goes (unless --keep), as on any other way out.
        const onSignal = (signal) => {
            ctx.reporter.error(`drill: ${signal}: stopping the embedded services${scratch && o.keep !== true ? ' and removing the scratch folder' : ''}`);
            void Promise.all([services.stop(), standIn?.stop()])
                .then(() => (scratch && o.keep !== true ? (0,promises_.rm)(scratch, { recursive: true, force: true }) : undefined))
                .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
        };
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        try {
            return await runDrill({
                packageRoot: root,
                workflow,
                finishWorkflow: external_node_path_default().basename(workflow) === 'rollback.yml' && (0,external_node_fs_.existsSync)(finish) ? finish : null,
                ...(o.app ? { app: external_node_path_default().resolve(ctx.cwd, o.app) } : {}),
                ...(data ? { data } : {}),
                approve: (0,read_option/* readOption */.g)(o, 'approve'),
                interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
                keep: (0,read_option/* readOption */.g)(o, 'keep'),
                // --stage is the workflow's stage input, as a dispatch would give it.
                inputs: { ...(o.stage ? { stage: o.stage } : {}), ...(standIn ? { 'export-mode': 'native' } : {}), ...inputsOf(o.input) },
                node: process.execPath,
                dynamoEndpoint: standIn?.endpoint ?? services.dynamoEndpoint,
                ...(standIn
                    ? {
                        standIn: `DynamoDB's export API (ExportTableToPointInTime, DescribeExport, ListExports, DescribeContinuousBackups) answered by a stand-in for AWS (src/local/export-stand-in.ts) from the embedded tables, not by AWS`,
                    }
                    : {}),
                s3Endpoint: services.s3Endpoint,
                onLine: (line) => ctx.reporter.info(line),
                onScratch: (dir) => {
                    scratch = dir;
                },
            }, {
                dynamo: (0,dynamodb.createDynamo)({ ...local, endpoint: services.dynamoEndpoint }),
                s3: (0,s3.createS3)({ ...local, endpoint: services.s3Endpoint }),
                ...(data?.kind === 's3' ? { dataS3: await (0,clients.s3For)(ctx) } : {}),
            });
        }
        finally {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
            await standIn?.stop();
            await services.stop();
        }
    },
    present: presentDrill,
});


/***/ }),

/***/ 92304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readOption)
/* harmony export */ });
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26052);
/* harmony import */ var _parse_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82649);
/**
 * The one typed reader of a command's options: the value given, else the
 * options table's default (parsed as an action input's default is, so both
 * front ends see the same value). No command restates a default or casts.
 */


function readOption(options, name) {
    const given = options[(0,_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flagOf */ .iP)(name)];
    if (given !== undefined)
        return given;
    const spec = _options_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTION_SPECS */ .Fx[name];
    return (spec.default === undefined ? undefined : (0,_parse_value_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOptionValue */ .qL)(name, spec.default, 'input'));
}


/***/ }),

/***/ 68619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ defineCommand)
/* harmony export */ });
/** Keeps R for the author of a command while the registry holds Command<unknown>. */
function defineCommand(command) {
    return command;
}


/***/ }),

/***/ 31954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   XO: () => (/* binding */ DEFAULT_PRICES_SOURCE),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/** Defaults that fit the events app (DESIGN.md). */
const DEFAULTS = {
    stage: 'production',
    // Added to the built-in names of src/config/stages.ts.
    stages: {},
    region: 'ap-northeast-1',
    tables: {
        events: 'lightningtalk-circle-${stage}-events',
        participants: 'lightningtalk-circle-${stage}-participants',
        users: 'lightningtalk-circle-${stage}-users',
        talks: 'lightningtalk-circle-${stage}-talks',
    },
    migration: { emptyStringsAsNull: true, rewroteUpdatedAt: true, generatedIds: true, windowMinutes: 60 },
    dataDir: 'server/data',
    backupDir: 'migration-backups',
    progressFile: 'migration-progress.json',
    retentionDays: 30,
    switch: {
        key: 'DATABASE_TYPE',
        from: 'dynamodb',
        to: 'file',
        // The events app's committed files; `.env` itself is gitignored, so no pull request can carry it.
        targets: [
            '.env.${stage}.template',
            'environments/${stage}/${stage}.env',
            { path: 'cdk/lib/config/environment.js', property: '${stage}.database.type' },
        ],
    },
    pullRequest: {
        labels: ['rollback'],
        reviewers: [],
        teamReviewers: [],
        draft: false,
        // The identity the workflow token acts as, so commits read as the workflow's on a runner with no git user.
        committer: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    },
    assess: {
        // DynamoDB Standard in us-east-1 from 2024-11-01 (on-demand halved that day). Other regions cost more: set yours.
        prices: {
            onDemandReadPerMillion: 0.125,
            onDemandWritePerMillion: 0.625,
            provisionedReadPerHour: 0.00013,
            provisionedWritePerHour: 0.00065,
            storagePerGbMonth: 0.25,
        },
    },
    commands: {
        maintenanceOn: 'npm run maintenance:enable',
        maintenanceOff: 'npm run maintenance:disable',
        jobsStop: 'npm run jobs:stop',
        jobsStart: 'npm run jobs:start',
        healthCheck: 'npm run health:check',
        integrationTests: 'npm run test:integration',
        passEnv: [],
    },
    // publish has no default: a bucket is the user's to name.
};
/** Said wherever the default prices are used, so an estimate never passes for a quote. */
const DEFAULT_PRICES_SOURCE = 'default prices: us-east-1, DynamoDB Standard, as of 2024-11-01';
const DEFAULT_CONFIG_PATH = '.github/dynamodb-rollback.yml';


/***/ }),

/***/ 61036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadConfig: () => (/* binding */ loadConfig),
/* harmony export */   p: () => (/* binding */ resolveConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31954);
/* harmony import */ var _region_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41800);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7983);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78440);







/**
 * Reads, validates and resolves the config file. A missing file is fine only
 * at the default path (built-in defaults); one the operator named must exist.
 */
async function loadConfig(configPath, cwd, overrides = {}, env = process.env) {
    const relPath = configPath ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_PATH */ .Bi;
    const absPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, relPath);
    let text = null;
    try {
        // Sync: one small file, and node:fs is loaded at start while node:fs/promises would cost the start-up some ms.
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absPath, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code !== 'ENOENT' || (configPath !== undefined && configPath !== _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_PATH */ .Bi)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`config ${relPath}: cannot be read (${code ?? String(err)}); check the path given with ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_5__/* .opt */ .m7)('config')}`);
        }
    }
    // YAML and the schema (zod) load only when there is a file: a command in a folder without one starts without them.
    const file = text === null ? {} : (await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(8815), __webpack_require__.e(3088)]).then(__webpack_require__.bind(__webpack_require__, 83088))).parseConfigText(text, relPath);
    return resolveConfig(file, text === null ? null : relPath, overrides, env);
}
const STAGE = /^[A-Za-z0-9_-]+$/;
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;
/** The region from the option, the file, then the environment; a bad one is named by where it came from. */
function regionOf(option, fromFile, env) {
    const candidates = [
        [option, 'region'],
        [fromFile, 'region in the config'],
        [env.AWS_REGION, 'AWS_REGION'],
        [env.AWS_DEFAULT_REGION, 'AWS_DEFAULT_REGION'],
    ];
    const hit = candidates.find(([value]) => value !== undefined && value !== '');
    if (!hit)
        return _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.region;
    const [value, where] = hit;
    if (!_region_js__WEBPACK_IMPORTED_MODULE_6__/* .REGION */ .Z.test(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where} ${JSON.stringify(value)}: not an AWS region; give one such as us-east-1 or ap-northeast-1`);
    }
    return value;
}
function resolveConfig(file, fileName, overrides = {}, env = process.env) {
    const stage = overrides.stage ?? file.stage ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.stage;
    if (!STAGE.test(stage)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`stage ${JSON.stringify(stage)}: letters, digits, - and _ only`);
    }
    const sub = (s) => s.replaceAll('${stage}', stage);
    let stages;
    try {
        stages = (0,_stages_js__WEBPACK_IMPORTED_MODULE_4__/* .stageTable */ .JB)(file.stages ?? {});
    }
    catch (err) {
        if (err instanceof _stages_js__WEBPACK_IMPORTED_MODULE_4__/* .StageNameError */ .e_)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`config ${fileName ?? '(defaults)'}: ${err.message}`);
        throw err;
    }
    const entries = Object.entries(file.tables ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.tables);
    const tableSources = {};
    const tables = Object.fromEntries(entries.map(([collection, t]) => {
        const picked = tableOf(collection, typeof t === 'string' ? t : t.table, stage, stages, fileName);
        tableSources[collection] = file.tables ? `${picked.field} in ${fileName ?? 'the config'}` : `default ${picked.template}`;
        return [collection, sub(picked.template)];
    }));
    const collections = Object.fromEntries(entries.map(([collection, t]) => [
        collection,
        typeof t === 'string' ? { id: 'id', drop: [] } : { id: t.id ?? 'id', drop: [...(t.drop ?? [])] },
    ]));
    for (const [collection, table] of Object.entries(tables)) {
        if (!TABLE_NAME.test(table)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`config ${fileName ?? '(defaults)'}: tables.${collection}: ${JSON.stringify(table)} is not a DynamoDB table name (3 to 255 letters, digits, ., - and _, after \${stage} is substituted)`);
        }
    }
    for (const collection of Object.keys(file.migration?.windows ?? {})) {
        if (!(collection in tables)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`config ${fileName ?? '(defaults)'}: migration.windows.${collection}: ${collection} is not a collection in tables (${Object.keys(tables).join(', ')}); name a collection the migration moved`);
        }
    }
    const region = regionOf(overrides.region, file.region, env);
    const builtIn = file.switch?.targets === undefined;
    const listed = file.switch?.targets ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.switch.targets;
    const targets = listed.map((t) => {
        if (typeof t === 'string')
            return { path: sub(t), optional: builtIn, builtIn, ...(t.includes('${stage}') ? { template: { path: t } } : {}) };
        if (t.command !== undefined)
            return { command: sub(t.command), optional: t.optional ?? false, builtIn: false };
        const templated = [t.path, t.pointer, t.property].some((x) => x?.includes('${stage}'));
        return {
            path: sub(t.path),
            ...(t.kind ? { kind: t.kind } : {}),
            ...(t.pointer ? { pointer: sub(t.pointer) } : {}),
            ...(t.property ? { property: sub(t.property) } : {}),
            optional: t.optional ?? builtIn,
            builtIn,
            ...(t.scope === 'shared' ? { shared: true } : {}),
            ...(templated
                ? { template: { path: t.path, ...(t.pointer ? { pointer: t.pointer } : {}), ...(t.property ? { property: t.property } : {}) } }
                : {}),
        };
    });
    const pr = file.pullRequest ?? {};
    return {
        file: fileName,
        stage,
        stages,
        region,
        tables,
        tableSources,
        collections,
        migration: { ..._defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.migration, ...file.migration },
        dataDir: overrides.dataDir ?? sub(file.dataDir ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.dataDir),
        backupDir: overrides.backupDir ?? sub(file.backupDir ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.backupDir),
        progressFile: sub(file.progressFile ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.progressFile),
        retentionDays: file.retentionDays ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.retentionDays,
        publish: file.publish === undefined ? null : sub(file.publish),
        switch: {
            key: file.switch?.key ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.switch.key,
            from: file.switch?.from ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.switch.from,
            to: file.switch?.to ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.switch.to,
            targets,
        },
        pullRequest: {
            ...(pr.title ? { title: pr.title } : {}),
            labels: pr.labels ?? [..._defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.pullRequest.labels],
            reviewers: pr.reviewers ?? [..._defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.pullRequest.reviewers],
            teamReviewers: pr.teamReviewers ?? [..._defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.pullRequest.teamReviewers],
            draft: pr.draft ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.pullRequest.draft,
            committer: pr.committer ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.pullRequest.committer,
        },
        assess: {
            monthlyBudget: file.assess?.monthlyBudget ?? null,
            prices: { ..._defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.assess.prices, ...file.assess?.prices },
            pricesSource: file.assess?.prices === undefined
                ? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_PRICES_SOURCE */ .XO
                : `prices from ${fileName ?? 'the config'} (assess.prices), the rest ${_defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_PRICES_SOURCE */ .XO}`,
        },
        commands: { ..._defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.commands, ...file.commands, passEnv: [...(file.commands?.passEnv ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.commands.passEnv)] },
    };
}
/** A collection's table for this stage: the one name, or the per-stage entry named by any of the stage's names. */
function tableOf(collection, t, stage, stages, fileName) {
    if (typeof t === 'string')
        return { template: t, field: `tables.${collection}` };
    const names = (0,_stages_js__WEBPACK_IMPORTED_MODULE_4__/* .namesOf */ .eZ)(stage, stages).map((n) => n.toLowerCase());
    const hits = Object.keys(t).filter((k) => names.includes(k.toLowerCase()));
    const where = `config ${fileName ?? '(defaults)'}: tables.${collection}.table`;
    if (hits.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where} names no table for stage ${stage} (it has ${Object.keys(t).join(', ')}); add ${stage}: <table name> there`);
    if (hits.length > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where} names stage ${stage} twice (${hits.join(', ')}); keep one`);
    return { template: t[hits[0]], field: `tables.${collection}.table.${hits[0]}` };
}


/***/ }),

/***/ 41800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ REGION)
/* harmony export */ });
/** What the SDK can put in a host name: AWS regions, and the names local endpoints accept. Apart from the schema so a run without a config file never loads zod. */
const REGION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;


/***/ }),

/***/ 7983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JB: () => (/* binding */ stageTable),
/* harmony export */   eZ: () => (/* binding */ namesOf),
/* harmony export */   e_: () => (/* binding */ StageNameError),
/* harmony export */   gC: () => (/* binding */ otherStages),
/* harmony export */   gV: () => (/* binding */ stageOf),
/* harmony export */   gc: () => (/* binding */ stagesInPath),
/* harmony export */   lk: () => (/* binding */ resolveStageTemplate)
/* harmony export */ });
/* unused harmony exports BUILT_IN_STAGES, sameStage */
/**
 * Stages by all their names. One repository calls production `production`
 * in its dotenv files and `prod` in its CDK config; a rollback of one stage
 * must recognise every spelling of it, and every spelling of the others, so
 * it never flips another stage's file. Pure: a table in, answers out; used
 * wherever a stage is matched (file and folder names, object keys, `${stage}`
 * templates).
 */
/** Canonical stage -> its other names. The config's `stages` adds to these. */
const BUILT_IN_STAGES = {
    production: ['prod', 'prd'],
    staging: ['stg', 'stage'],
    development: ['dev', 'local'],
    test: [],
};
const NAME = /^[A-Za-z0-9_-]+$/;
/** The built-in table extended by the config's `stages` (each name claimed by one stage only; the error names the field). */
function stageTable(extra = {}, field = 'stages') {
    const table = {};
    const owner = new Map();
    const claim = (stage, name, where) => {
        const key = name.toLowerCase();
        const had = owner.get(key);
        if (had !== undefined && had !== stage)
            throw new StageNameError(`${where}: ${JSON.stringify(name)} is already a name of ${had}; a name can belong to one stage only`);
        if (had === undefined) {
            owner.set(key, stage);
            table[stage].push(name);
        }
    };
    for (const [stage, names] of Object.entries(BUILT_IN_STAGES)) {
        table[stage] = [];
        claim(stage, stage, 'built-in');
        for (const n of names)
            claim(stage, n, 'built-in');
    }
    for (const [given, names] of Object.entries(extra)) {
        if (!NAME.test(given))
            throw new StageNameError(`${field}.${given}: letters, digits, - and _ only`);
        // `stages: { prod: [live] }` extends production: a stage named by an alias is that stage.
        const stage = owner.get(given.toLowerCase()) ?? given;
        table[stage] ??= [];
        claim(stage, given, `${field}.${given}`);
        names.forEach((n, i) => {
            if (!NAME.test(n))
                throw new StageNameError(`${field}.${given}[${i}]: ${JSON.stringify(n)}: letters, digits, - and _ only`);
            claim(stage, n, `${field}.${given}[${i}]`);
        });
    }
    return table;
}
/** Thrown for a bad `stages` entry; the config loader turns it into its own InputError naming the file. */
class StageNameError extends Error {
}
/** The canonical stage a name belongs to (case-insensitive), or null. */
function stageOf(name, table) {
    const key = name.toLowerCase();
    for (const [stage, names] of Object.entries(table))
        if (names.some((n) => n.toLowerCase() === key))
            return stage;
    return null;
}
/** Every name of the stage given (itself first); a stage the table does not know goes by its own name only. */
function namesOf(stage, table) {
    const canonical = stageOf(stage, table);
    if (canonical === null)
        return [stage];
    return [stage, ...table[canonical].filter((n) => n.toLowerCase() !== stage.toLowerCase())];
}
/** Whether two names are the same stage. */
function sameStage(a, b, table) {
    if (a.toLowerCase() === b.toLowerCase())
        return true;
    const sa = stageOf(a, table);
    return sa !== null && sa === stageOf(b, table);
}
/**
 * The stages a repository path names: a whole folder name, or a whole
 * dot-separated part of the file name (`.env.production.template`,
 * `environments/staging/staging.env`, `prod-config.json`'s `prod` when
 * split by `-` too). Words inside longer words (`production-simulation`'s
 * `production` is a whole word; `product` is not) are whole words only.
 */
function stagesInPath(file, table) {
    const out = [];
    for (const part of file.split('/')) {
        for (const word of part.split(/[.\-_]/)) {
            if (word === '')
                continue;
            const stage = stageOf(word, table);
            if (stage !== null && !out.some((m) => m.stage === stage))
                out.push({ stage, word });
        }
    }
    return out;
}
/** The canonical stages other than the one given, in table order. */
function otherStages(stage, table) {
    const own = stageOf(stage, table) ?? stage;
    return Object.keys(table).filter((s) => s !== own);
}
/**
 * Substitutes `${stage}` with each name of the stage; `exists` says which
 * result is really there. Exactly one name may fit; none: null; more: the
 * names that fit, for the caller's error.
 */
function resolveStageTemplate(template, stage, table, exists) {
    if (!template.includes('${stage}'))
        return exists(template) ? { value: template, name: stage } : null;
    const fits = namesOf(stage, table)
        .map((name) => ({ name, value: template.replaceAll('${stage}', name) }))
        .filter((c) => exists(c.value));
    if (fits.length === 0)
        return null;
    if (fits.length === 1)
        return fits[0];
    // Two spellings of one stage both present: which one the app reads is not ours to guess.
    return { ambiguous: fits.map((f) => f.name) };
}


/***/ }),

/***/ 91324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ s3Key),
/* harmony export */   Hv: () => (/* binding */ namesS3),
/* harmony export */   a5: () => (/* binding */ S3_URI_WITH_BUCKET),
/* harmony export */   il: () => (/* binding */ s3UriOf),
/* harmony export */   kE: () => (/* binding */ S3_URI_NOT_EMPTY),
/* harmony export */   lR: () => (/* binding */ describeLocation),
/* harmony export */   yc: () => (/* binding */ parseS3Uri),
/* harmony export */   zS: () => (/* binding */ parseLocation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * A location: a local folder or an S3 prefix. Whether a text names one or
 * the other is decided here, once, where commands/ reads an option (or the
 * config) that holds one; the work receives the parsed Location and never
 * looks at the text again.
 */


/**
 * The location a text names. name is the option or field, for messages.
 * A folder is resolved against cwd; without one it stays as given (status
 * resolves its paths itself and prints them as the config gives them).
 */
function parseLocation(text, name, cwd) {
    if (namesS3(text))
        return { kind: 's3', ...parseS3Uri(text, name) };
    return { kind: 'dir', path: cwd === undefined ? text : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, text) };
}
/**
 * Whether a text names an S3 location. For a text read back from a record
 * (a report, the config) where a malformed URI is no input to refuse; an
 * option is parsed with parseLocation.
 */
function namesS3(text) {
    return text.startsWith('s3://');
}
/** The config's publish: an S3 URI naming a bucket (checked as text; publish parses it). */
const S3_URI_WITH_BUCKET = /^s3:\/\/[^/]+/;
/** A recorded export URI (the record's locations.json): s3:// and something after it. */
const S3_URI_NOT_EMPTY = /^s3:\/\/./;
/** The location as messages and reports print it: the folder's path, or s3://bucket/prefix. */
function describeLocation(loc) {
    return loc.kind === 's3' ? s3UriOf(loc) : loc.path;
}
/** Parses s3://bucket/prefix (the prefix may be empty). */
function parseS3Uri(uri, option = 's3-uri') {
    const m = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(uri.trim());
    if (!m || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(m[1])) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${option} "${uri}": expected s3://bucket/prefix with a valid bucket name`);
    }
    const prefix = (m[2] ?? '').replace(/^\/+|\/+$/g, '');
    if (prefix.split('/').some((part) => part === '.' || part === '..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${option} "${uri}": the prefix may not contain . or .. segments`);
    }
    return { bucket: m[1], prefix };
}
/** The key of rel under the location's prefix. */
function s3Key(loc, rel) {
    return loc.prefix ? `${loc.prefix}/${rel}` : rel;
}
function s3UriOf(loc, rel = '') {
    const key = rel ? s3Key(loc, rel) : loc.prefix;
    return `s3://${loc.bucket}${key ? `/${key}` : ''}`;
}


/***/ }),

/***/ 25886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RUNBOOK_ESTIMATE: () => (/* binding */ RUNBOOK_ESTIMATE),
  runDrill: () => (/* binding */ runDrill)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(53711);
;// CONCATENATED MODULE: ./src/drill/drill-setting.ts
const BUCKET = 'drill-rollback';
const REGION = 'us-east-1';
const REPOSITORY = 'drill/events-app';
/** The repository variables the workflows read, as the drill sets them. */
function drillVars(stage, dynamoEndpoint, s3Endpoint) {
    return {
        DYNAMODB_ROLLBACK_ROLE_ARN: 'arn:aws:iam::000000000000:role/dynamodb-rollback-drill',
        DYNAMODB_ROLLBACK_READ_ROLE_ARN: 'arn:aws:iam::000000000000:role/dynamodb-rollback-drill-read',
        DYNAMODB_ROLLBACK_REGION: REGION,
        DYNAMODB_ROLLBACK_S3: `s3://${BUCKET}/${stage}`,
        DYNAMODB_ROLLBACK_ENDPOINT: dynamoEndpoint,
        DYNAMODB_ROLLBACK_S3_ENDPOINT: s3Endpoint,
    };
}
/** What cannot run here, by command: shown as skipped, never as done. */
const ADAPTERS = {
    backup: {
        after: (_inputs, outputs) => outputs.skipped === 'true'
            ? { skipped: 'CreateBackup: dynalite has no backups (the tool found it unsupported and said so); on AWS it runs' }
            : null,
    },
    'config-pr': {
        after: (_inputs, outputs) => ({
            note: `${outputs.branch ?? 'the branch'} pushed to the local origin; GitHub API not called: the pull request was recorded locally`,
        }),
    },
};
/** The environment every step starts from: this machine's basics, never its AWS or GitHub credentials. */
function baseEnv(appStateDir) {
    const env = {};
    for (const k of ['PATH', 'HOME', 'USER', 'LANG', 'LC_ALL', 'TERM', 'TMPDIR', 'SHELL'])
        if (process.env[k])
            env[k] = process.env[k];
    env.APP_STATE_DIR = appStateDir;
    return env;
}

;// CONCATENATED MODULE: ./src/drill/drill-figures.ts
/** What the drill reads back after the chain: the rollback's figures from its steps' outputs, the app's state from its folder. */

const sum = (json, pick) => {
    if (!json)
        return null;
    try {
        return Object.values(JSON.parse(json)).reduce((s, v) => s + pick(v), 0);
    }
    catch {
        return null;
    }
};
function figuresOf(run) {
    const out = (id) => run?.jobs.flatMap((j) => j.steps).find((s) => s.step === id)?.outputs ?? {};
    return {
        exported: sum(out('export').items, (v) => Number(v) || 0),
        rolledBack: sum(out('rollback').counts, (v) => Number(v.items) || 0),
        verified: sum(out('verify').counts, (v) => Number(v.expected) || 0),
        live: out('verify').live ?? null,
    };
}
async function appState(dir) {
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    return { maintenance: names.includes('maintenance'), 'jobs-stopped': names.includes('jobs-stopped') };
}

// EXTERNAL MODULE: external "node:readline/promises"
var external_node_readline_promises_ = __webpack_require__(26848);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/drill/gate.ts
/**
 * The environment gate, as GitHub's required reviewers would hold it:
 * --approve answers yes; on a terminal the operator is asked; otherwise the
 * drill refuses before anything runs (checked up front by refuseUnanswerable).
 */



/** The jobs that wait for an approval, with their environments. */
function gatedJobs(workflow) {
    return Object.entries(workflow.spec.jobs)
        .map(([job, spec]) => ({ job, environment: typeof spec.environment === 'string' ? spec.environment : spec.environment?.name }))
        .filter((g) => Boolean(g.environment));
}
function refuseUnanswerable(workflows, answer) {
    if (answer.approve || answer.interactive)
        return;
    const gated = workflows.flatMap(gatedJobs);
    if (gated.length === 0)
        return;
    const g = gated[0];
    throw new errors/* InputError */.dz(`drill: job ${g.job} waits for approval (environment ${g.environment}) and there is no terminal to ask on; give ${(0,option_name/* opt */.m7)('approve')} to answer it (nothing was run)`);
}
function gateFor(answer, onLine) {
    return async (job, environment) => {
        if (answer.approve) {
            onLine(`approval ${job}: environment ${environment} approved by ${(0,option_name/* opt */.m7)('approve')}`);
            return true;
        }
        const rl = (0,external_node_readline_promises_.createInterface)({ input: process.stdin, output: process.stderr });
        try {
            const reply = await rl.question(`Job ${job} waits for approval (environment ${environment}). Approve? [y/N] `);
            return /^y(es)?$/i.test(reply.trim());
        }
        finally {
            rl.close();
        }
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/record/digest.ts
var digest = __webpack_require__(63697);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/record/zip.ts
/**
 * A zip of a few files in memory, as GitHub serves an artifact: what the
 * drill's GitHub stand-in answers a download with (src/drill), stored or
 * deflated. The reader is unzip.ts.
 */

function writeZip(files, options = {}) {
    const locals = [];
    const centrals = [];
    let offset = 0;
    for (const f of files) {
        const name = Buffer.from(f.name, 'utf8');
        const data = options.deflate ? (0,external_node_zlib_.deflateRawSync)(f.bytes) : f.bytes;
        const method = options.deflate ? 8 : 0;
        const crc = (0,external_node_zlib_.crc32)(f.bytes);
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(20, 4);
        // Bit 11: the name is UTF-8.
        local.writeUInt16LE(0x0800, 6);
        local.writeUInt16LE(method, 8);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(data.length, 18);
        local.writeUInt32LE(f.bytes.length, 22);
        local.writeUInt16LE(name.length, 26);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0);
        central.writeUInt16LE(20, 4);
        central.writeUInt16LE(20, 6);
        central.writeUInt16LE(0x0800, 8);
        central.writeUInt16LE(method, 10);
        central.writeUInt32LE(crc, 16);
        central.writeUInt32LE(data.length, 20);
        central.writeUInt32LE(f.bytes.length, 24);
        central.writeUInt16LE(name.length, 28);
        central.writeUInt32LE(offset, 42);
        locals.push(local, name, data);
        centrals.push(central, name);
        offset += local.length + name.length + data.length;
    }
    const directory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(files.length, 8);
    end.writeUInt16LE(files.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
}

;// CONCATENATED MODULE: ./src/drill/github-recorder.ts
/**
 * Where the drill points GITHUB_API_URL: a recorder on 127.0.0.1 for the
 * few calls preflight, config-pr and a finish make (list, create and update
 * a pull request, labels, reviewers, a comment; the repository's default
 * branch, a commit's message and pull requests, a workflow run, its
 * artifacts and their zip) and the environment check (the stage's
 * environment, protected as the drill's gate is). Nothing reaches GitHub:
 * each pull request body and comment is written to a file, and the drill
 * shows the API as not called. The branch itself is really pushed, to the
 * local origin; commits are read from it, runs are the drill's own,
 * artifacts its folders.
 */







const exec = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function startGitHubRecorder(dir, repository, world) {
    const runs = [];
    /** Artifact ids handed out, by name. */
    const artifactIds = [];
    const pulls = [];
    const comments = [];
    const calls = [];
    const htmlUrl = (n) => `https://github.com/${repository}/pull/${n}`;
    const pullJson = (p, body, labels = []) => ({
        id: p.number,
        node_id: `PR_${p.number}`,
        number: p.number,
        state: 'open',
        title: p.title,
        body,
        draft: false,
        html_url: htmlUrl(p.number),
        url: `${recorder.url}/repos/${repository}/pulls/${p.number}`,
        head: { ref: p.head, label: `${repository.split('/')[0]}:${p.head}` },
        base: { ref: p.base },
        labels: labels.map((name) => ({ name })),
    });
    const bodies = new Map();
    const server = external_node_http_default().createServer((req, res) => {
        let raw = '';
        req.on('data', (d) => (raw += d.toString()));
        req.on('end', () => {
            void (async () => {
                const url = new URL(req.url ?? '/', 'http://localhost');
                calls.push(`${req.method} ${url.pathname}`);
                const body = raw ? JSON.parse(raw) : {};
                const send = (status, value) => {
                    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
                    res.end(JSON.stringify(value));
                };
                const answered = await answerRunsAndCommits(url, res);
                if (answered)
                    return;
                const pullPath = /^\/repos\/[^/]+\/[^/]+\/pulls(?:\/(\d+))?(\/requested_reviewers)?$/.exec(url.pathname);
                const issuePath = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/(labels|comments)$/.exec(url.pathname);
                // The stage's environment as the drill's gate keeps it: required reviewers (the --approve answer), the default branch only.
                const environment = /^\/repos\/[^/]+\/[^/]+\/environments\/([^/]+)$/.exec(url.pathname);
                if (environment && req.method === 'GET') {
                    return send(200, {
                        id: 1,
                        node_id: 'EN_1',
                        name: decodeURIComponent(environment[1]),
                        url: `${recorder.url}${url.pathname}`,
                        html_url: `https://github.com/${repository}/deployments/activity_log?environment=${environment[1]}`,
                        created_at: '2026-01-01T00:00:00Z',
                        updated_at: '2026-01-01T00:00:00Z',
                        protection_rules: [
                            {
                                id: 1,
                                node_id: 'GA_1',
                                type: 'required_reviewers',
                                prevent_self_review: true,
                                reviewers: [{ type: 'User', reviewer: { login: 'drill-approver' } }],
                            },
                        ],
                        deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
                    });
                }
                if (pullPath && !pullPath[1] && req.method === 'GET') {
                    const head = (url.searchParams.get('head') ?? '').split(':').pop();
                    return send(200, pulls.filter((p) => p.head === head).map((p) => pullJson(p, bodies.get(p.number) ?? '')));
                }
                if (pullPath && !pullPath[1] && req.method === 'POST') {
                    const p = {
                        number: pulls.length + 1,
                        head: String(body.head),
                        base: String(body.base),
                        title: String(body.title),
                        body: String(body.body ?? ''),
                        bodyFile: external_node_path_default().join(dir, `pull-request-${pulls.length + 1}.md`),
                    };
                    pulls.push(p);
                    bodies.set(p.number, String(body.body ?? ''));
                    await (0,promises_.writeFile)(p.bodyFile, `# ${p.title}\n\n${String(body.body ?? '')}\n`);
                    return send(201, pullJson(p, String(body.body ?? '')));
                }
                if (pullPath && pullPath[1] && !pullPath[2] && req.method === 'PATCH') {
                    const p = pulls.find((x) => x.number === Number(pullPath[1]));
                    if (!p)
                        return send(404, { message: 'Not Found' });
                    if (body.title)
                        p.title = String(body.title);
                    if (body.body !== undefined) {
                        bodies.set(p.number, String(body.body));
                        p.body = String(body.body);
                    }
                    await (0,promises_.writeFile)(p.bodyFile, `# ${p.title}\n\n${bodies.get(p.number) ?? ''}\n`);
                    return send(200, pullJson(p, bodies.get(p.number) ?? ''));
                }
                if (pullPath && pullPath[2] && req.method === 'POST') {
                    const p = pulls.find((x) => x.number === Number(pullPath[1]));
                    return p ? send(201, pullJson(p, bodies.get(p.number) ?? '')) : send(404, { message: 'Not Found' });
                }
                if (issuePath && req.method === 'POST' && issuePath[2] === 'labels') {
                    return send(200, (body.labels ?? []).map((name, i) => ({ id: i + 1, name })));
                }
                if (issuePath && req.method === 'POST' && issuePath[2] === 'comments') {
                    const file = external_node_path_default().join(dir, `comment-${issuePath[1]}-${comments.length + 1}.md`);
                    comments.push({ number: Number(issuePath[1]), file });
                    await (0,promises_.writeFile)(file, `${String(body.body ?? '')}\n`);
                    return send(201, {
                        id: comments.length,
                        html_url: `${htmlUrl(Number(issuePath[1]))}#comment-${comments.length}`,
                        body: body.body,
                    });
                }
                send(404, { message: `the drill's GitHub recorder does not answer ${req.method} ${url.pathname}` });
            })().catch((err) => {
                res.writeHead(500, { 'content-type': 'application/json' });
                res.end(JSON.stringify({ message: err.message }));
            });
        });
    });
    const repoJson = () => ({ name: repository.split('/')[1], full_name: repository, default_branch: world.defaultBranch });
    const runJson = (r) => ({
        id: r.id,
        run_attempt: r.attempt,
        path: r.path,
        event: r.event,
        head_branch: r.headBranch,
        status: 'completed',
        conclusion: r.conclusion,
        html_url: `https://github.com/${repository}/actions/runs/${r.id}`,
        repository: repoJson(),
        head_repository: repoJson(),
    });
    const artifactJson = async (name) => {
        const folder = external_node_path_default().join(world.artifacts, name);
        if (!(await (0,promises_.stat)(folder).catch(() => null))?.isDirectory())
            return null;
        if (!artifactIds.includes(name))
            artifactIds.push(name);
        return { id: artifactIds.indexOf(name) + 1, name, size_in_bytes: (await zipOf(name)).length, expired: false };
    };
    const zipOf = async (name) => {
        const folder = external_node_path_default().join(world.artifacts, name);
        const files = await (0,digest/* recordFiles */.B5)(folder);
        return writeZip(await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await (0,promises_.readFile)(external_node_path_default().join(folder, ...f.name.split('/'))) }))), { deflate: true });
    };
    /** The reads the finish makes; true when answered. */
    async function answerRunsAndCommits(url, res) {
        const json = (status, value) => {
            res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
            res.end(JSON.stringify(value));
            return true;
        };
        const p = url.pathname;
        if (p === `/repos/${repository}`)
            return json(200, repoJson());
        let m = /^\/repos\/[^/]+\/[^/]+\/git\/commits\/([0-9a-f]{40})$/.exec(p);
        if (m) {
            const shown = await exec('git', ['--git-dir', world.origin, 'show', '-s', '--format=%B', m[1]]).catch(() => null);
            return shown ? json(200, { sha: m[1], message: shown.stdout.replace(/\n$/, '') }) : json(404, { message: 'Not Found' });
        }
        m = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]{40})\/pulls$/.exec(p);
        if (m)
            return json(200, pulls.slice(0, 1).map((x) => pullJson(x, bodies.get(x.number) ?? '')));
        m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)(?:\/attempts\/(\d+))?$/.exec(p);
        if (m) {
            const run = runs.find((r) => r.id === Number(m[1]) && (!m[2] || r.attempt === Number(m[2])));
            return run ? json(200, runJson(run)) : json(404, { message: 'Not Found' });
        }
        m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/.exec(p);
        if (m) {
            // The drill keeps one folder per artifact name, so a run's artifacts are the folders there are.
            const named = url.searchParams.get('name');
            const found = named && runs.some((r) => r.id === Number(m[1])) ? await artifactJson(named) : null;
            return json(200, { total_count: found ? 1 : 0, artifacts: found ? [found] : [] });
        }
        m = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(p);
        if (m) {
            // As GitHub does: a redirect to the storage holding the zip.
            res.writeHead(302, { location: `${recorder.url}/_storage/${m[1]}.zip` });
            res.end();
            return true;
        }
        m = /^\/_storage\/(\d+)\.zip$/.exec(p);
        if (m) {
            const name = artifactIds[Number(m[1]) - 1];
            if (!name)
                return json(404, { message: 'Not Found' });
            const zip = await zipOf(name);
            res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(zip.length) });
            res.end(zip);
            return true;
        }
        return false;
    }
    await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const recorder = {
        url: `http://127.0.0.1:${server.address().port}`,
        pulls,
        comments,
        calls,
        runs,
        stop: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        }),
    };
    return recorder;
}

// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(61036);
// EXTERNAL MODULE: ./src/core/location.ts
var core_location = __webpack_require__(91324);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var client_dynamodb_dist_cjs = __webpack_require__(64305);
// EXTERNAL MODULE: ./src/dynamo/wire.ts
var wire = __webpack_require__(97581);
// EXTERNAL MODULE: ./src/export-format/reader.ts
var reader = __webpack_require__(32535);
;// CONCATENATED MODULE: ./src/drill/load-export.ts
/**
 * --data: a real export (a folder or s3://) loaded into the embedded
 * DynamoDB, tables made with the export's key schema, every item written.
 * Items pass through as typed values; nothing of them is logged.
 */



function keyType(item, name) {
    const v = item?.[name];
    if (v && 'N' in v)
        return 'N';
    if (v && 'B' in v)
        return 'B';
    return 'S';
}
async function loadExport(from, deps) {
    const source = await (0,reader/* openExport */.V)(from, deps.s3 ? { s3: deps.s3 } : {});
    const tables = [];
    for (const t of source.tables) {
        let created = false;
        let batch = [];
        let count = 0;
        const flush = async () => {
            let requests = batch.map((item) => ({ PutRequest: { Item: (0,wire/* fromWire */.kn)(item) } }));
            batch = [];
            while (requests.length > 0) {
                const out = await deps.dynamo.call({ operation: 'BatchWriteItem', resource: `table ${t.table}` }, (sdk) => sdk.send(new client_dynamodb_dist_cjs/* BatchWriteItemCommand */.SZm({ RequestItems: { [t.table]: requests } })));
                requests = (out.UnprocessedItems?.[t.table] ?? []);
            }
        };
        const create = async (first) => {
            created = true;
            await deps.dynamo.call({ operation: 'CreateTable', resource: `table ${t.table}` }, (sdk) => sdk.send(new client_dynamodb_dist_cjs/* CreateTableCommand */.IxS({
                TableName: t.table,
                KeySchema: t.keySchema,
                AttributeDefinitions: t.keySchema.map((k) => ({
                    AttributeName: k.AttributeName,
                    AttributeType: keyType(first, k.AttributeName),
                })),
                BillingMode: 'PAY_PER_REQUEST',
            })));
        };
        for await (const item of source.items(t.table)) {
            if (!created)
                await create(item);
            batch.push(item);
            count++;
            if (batch.length === 25)
                await flush();
        }
        if (!created)
            await create(undefined);
        await flush();
        tables.push({ table: t.table, ...(t.collection ? { collection: t.collection } : {}), items: count });
    }
    return { ...(source.stage ? { stage: source.stage } : {}), tables };
}

;// CONCATENATED MODULE: ./src/drill/scratch-app/data.ts
/**
 * The events app's data as its migration really left it (DESIGN.md "The
 * first user, as it really is"), then a month of use on both sides. One
 * copy, for the drill's scratch app and for the tests' fixtures
 * (__tests__/fixtures/real-migration.ts adds the expected results).
 *
 *   1. The files at migration time: some items without an `id`, `""` at the
 *      top level and inside maps and lists, some without createdAt/updatedAt.
 *   2. The migration (migrate.ts): every item written through DocumentClient
 *      semantics (every "" stored as NULL) after a uuid where it had no id,
 *      createdAt where it had none, updatedAt set to the migration's time.
 *   3. A month of use: read-modify-writes, additions and deletions in
 *      DynamoDB; a few edits to the files by hand.
 */
const MIGRATED = ['events', 'participants', 'users', 'talks'];
/** The app's own file format. */
const appFormat = (value) => JSON.stringify(value, null, 2);
/** When the migration ran (the progress file's startTime and endTime). */
const START_TIME = '2024-06-01T03:00:00.000Z';
const END_TIME = '2024-06-01T03:01:00.000Z';
/** The migration's backup folder: its start time with ':' as '-', as the script names it. */
const BACKUP_NAME = START_TIME.replaceAll(':', '-');
/** The uuids the migration gave the two talks that had no id, in the order it met them. */
const GENERATED_IDS = ['6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b', '0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a'];
const HASH_A = '$2b$10$adminHashValueAdminHashValueAdminHashValu';
const HASH_B = '$2b$10$secondHashValueSecondHashValueSecondHas';
/** The four collections as the files held them when the migration copied them. */
function filesAtMigration() {
    return {
        events: [
            {
                id: 'ev-1',
                title: 'Lightning Night Tokyo',
                description: '',
                date: '2024-07-01',
                venue: { name: 'Shibuya Hall', address: '', capacity: 120 },
                tags: ['tokyo', ''],
                sessions: [
                    { slot: '19:00', note: '' },
                    { slot: '19:30', note: 'Questions from the floor' },
                ],
                organizerEmail: 'hana.organizer@example.com',
                createdAt: '2024-05-01T10:00:00.000Z',
                updatedAt: '2024-05-01T10:00:00.000Z',
            },
            // No updatedAt: the app never edited it.
            {
                id: 'ev-2',
                title: 'Serverless Evening',
                description: 'Functions all night long',
                date: '2024-07-15',
                venue: { name: 'Osaka Loft', address: '', capacity: 80 },
                tags: [],
                organizerEmail: 'ken.organizer@example.com',
                createdAt: '2024-05-02T10:00:00.000Z',
            },
            {
                id: 'ev-3',
                title: 'Cancelled Meetup',
                description: '',
                date: '2024-08-01',
                venue: { name: 'Nagoya Room', address: 'Sakae 1-1-1', capacity: 30 },
                tags: ['nagoya'],
                organizerEmail: 'yui.organizer@example.com',
                createdAt: '2024-05-03T10:00:00.000Z',
                updatedAt: '2024-05-03T10:00:00.000Z',
            },
        ],
        // The app never wrote updatedAt on participants; p-3 has no createdAt either.
        participants: [
            {
                id: 'p-1',
                eventId: 'ev-1',
                name: 'Taro Participant',
                email: 'taro.private@example.com',
                company: '',
                status: 'registered',
                createdAt: '2024-05-10T00:00:00.000Z',
            },
            {
                id: 'p-2',
                eventId: 'ev-1',
                name: 'Jiro Participant',
                email: 'jiro.private@example.com',
                company: 'Jiro Trading Company',
                status: 'registered',
                createdAt: '2024-05-11T00:00:00.000Z',
            },
            { id: 'p-3', eventId: 'ev-2', name: 'Saburo Participant', email: 'saburo.private@example.com', company: '', status: 'waitlist' },
            {
                id: 'p-4',
                eventId: 'ev-2',
                name: 'Shiro Participant',
                email: 'shiro.private@example.com',
                company: '',
                status: 'registered',
                createdAt: '2024-05-13T00:00:00.000Z',
            },
        ],
        users: [
            {
                id: 'u-1',
                email: 'admin.private@example.com',
                passwordHash: HASH_A,
                role: 'admin',
                profile: { displayName: 'Admin Person', bio: '' },
                createdAt: '2024-04-01T00:00:00.000Z',
                updatedAt: '2024-04-01T00:00:00.000Z',
            },
            {
                id: 'u-2',
                email: 'second.private@example.com',
                passwordHash: HASH_B,
                role: 'organizer',
                profile: { displayName: '', bio: '' },
                createdAt: '2024-04-02T00:00:00.000Z',
                updatedAt: '2024-04-02T00:00:00.000Z',
            },
        ],
        // Two talks from before the app gave ids (the oldest comes first): the migration gave them uuids.
        talks: [
            { eventId: 'ev-1', title: 'Why CRDTs', speaker: 'Ichiro Speaker', slidesUrl: '', duration: 5 },
            {
                id: 't-1',
                eventId: 'ev-1',
                title: 'Five Minutes of Rust',
                speaker: 'Hanako Speaker',
                slidesUrl: '',
                duration: 5,
                createdAt: '2024-05-20T00:00:00.000Z',
                updatedAt: '2024-05-20T00:00:00.000Z',
            },
            { eventId: 'ev-2', title: 'Edge Caching', speaker: 'Kei Speaker', slidesUrl: '', duration: 5, createdAt: '2024-05-22T00:00:00.000Z' },
            {
                id: 't-4',
                eventId: 'ev-2',
                title: 'Observability 101',
                speaker: 'Mai Speaker',
                slidesUrl: '',
                duration: 5,
                createdAt: '2024-05-23T00:00:00.000Z',
                updatedAt: '2024-05-23T00:00:00.000Z',
            },
        ],
    };
}
const at = filesAtMigration();
const item = (c, i) => at[c][i];
/** What the app wrote to DynamoDB after the migration (each a read-modify-write, or a put, or a delete). */
const APP_WRITES = {
    edits: [
        {
            collection: 'events',
            of: item('events', 1),
            set: { title: 'Serverless Evening (moved online)', updatedAt: '2024-06-10T09:00:00.000Z' },
        },
        { collection: 'participants', of: item('participants', 0), set: { status: 'checked-in', updatedAt: '2024-06-15T18:00:00.000Z' } },
        { collection: 'users', of: item('users', 1), set: { role: 'admin', updatedAt: '2024-06-20T00:00:00.000Z' } },
        { collection: 'talks', of: item('talks', 1), set: { title: 'Five Minutes of Rust, revised', updatedAt: '2024-06-08T00:00:00.000Z' } },
    ],
    added: {
        events: [
            {
                id: 'ev-4',
                title: 'Summer Special',
                description: '',
                date: '2024-08-20',
                venue: { name: 'Fukuoka Room', address: '', capacity: 200 },
                tags: ['summer'],
                organizerEmail: 'mio.organizer@example.com',
                createdAt: '2024-06-12T00:00:00.000Z',
                updatedAt: '2024-06-12T00:00:00.000Z',
            },
        ],
        participants: [
            {
                id: 'p-5',
                eventId: 'ev-4',
                name: 'Goro Participant',
                email: 'goro.private@example.com',
                company: '',
                status: 'registered',
                createdAt: '2024-06-12T01:00:00.000Z',
                updatedAt: '2024-06-12T01:00:00.000Z',
            },
        ],
        users: [],
        talks: [
            {
                id: 't-6',
                eventId: 'ev-4',
                title: 'Edge Functions',
                speaker: 'Jun Speaker',
                slidesUrl: '',
                duration: 5,
                createdAt: '2024-06-13T00:00:00.000Z',
                updatedAt: '2024-06-13T00:00:00.000Z',
            },
        ],
    },
    deleted: [
        { collection: 'events', of: item('events', 2) },
        { collection: 'participants', of: item('participants', 1) },
    ],
};
/** Made to the files by hand after the migration (the app kept its format). */
const FILE_EDITS = {
    /** DynamoDB holds only the migration's artifacts for ev-1: the edit wins, no conflict. */
    ev1: { ...item('events', 0), title: 'Lightning Night Tokyo (typo fixed)', updatedAt: '2024-06-06T00:00:00.000Z' },
    /** Conflicts with DynamoDB's u-2 (both really changed it). */
    u2: { ...item('users', 1), profile: { displayName: 'Second Organizer', bio: '' }, updatedAt: '2024-06-18T00:00:00.000Z' },
    /** The talk without id, edited: kept as the file has it, no id invented. */
    whyCrdts: { ...item('talks', 0), title: 'Why CRDTs (with a demo)' },
    t4: { ...item('talks', 3), duration: 10, updatedAt: '2024-06-09T00:00:00.000Z' },
    t5: {
        id: 't-5',
        eventId: 'ev-1',
        title: 'Accessible Forms',
        speaker: 'Nao Speaker',
        slidesUrl: '',
        duration: 5,
        createdAt: '2024-06-14T00:00:00.000Z',
        updatedAt: '2024-06-14T00:00:00.000Z',
    },
};
/** The current files: the backup plus FILE_EDITS (p-4 deleted by hand). */
function currentFiles() {
    return {
        events: [FILE_EDITS.ev1, item('events', 1), item('events', 2)],
        participants: at.participants.slice(0, 3),
        users: [item('users', 0), FILE_EDITS.u2],
        talks: [FILE_EDITS.whyCrdts, item('talks', 1), item('talks', 2), FILE_EDITS.t4, FILE_EDITS.t5],
    };
}
/** Files the migration never touched (settings: one object, no id), left byte for byte. */
const UNMIGRATED = {
    'settings.json': appFormat([{ siteName: 'Lightning Talk Circle', maintenance: false, contactEmail: 'office.private@example.com' }]),
    'analytics.json': appFormat([{ day: '2024-06-01', views: 1043 }]),
    'notifications.json': appFormat([]),
    'sponsors.json': appFormat([{ id: 's-1', name: 'Sponsor Of The Night', tier: 'gold' }]),
    'votes.json': appFormat([{ id: 'v-1', talkId: 't-1', score: 5 }]),
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/util-dynamodb/dist-cjs/index.js
var util_dynamodb_dist_cjs = __webpack_require__(55290);
;// CONCATENATED MODULE: ./src/drill/scratch-app/migrate.ts
/**
 * The migration reproduced step by step on real tables, then the app's
 * month of writes (data.ts holds the data). Tables keyed as one of the two
 * stacks the app has run on.
 */



const LAYOUTS = {
    plain: Object.fromEntries(MIGRATED.map((c) => [c, { name: (s) => `lightningtalk-circle-${s}-${c}`, hash: 'id' }])),
    keyed: {
        events: { name: (s) => `lightningtalk-${s}-events`, hash: 'eventId', range: 'createdAt', idAs: 'eventId', keepId: true },
        participants: {
            name: (s) => `lightningtalk-${s}-participants`,
            hash: 'participantId',
            range: 'eventId',
            idAs: 'participantId',
            keepId: false,
        },
        users: { name: (s) => `lightningtalk-${s}-users`, hash: 'id' },
        talks: { name: (s) => `lightningtalk-${s}-talks`, hash: 'id' },
    },
};
/** The document as the migration (or the app) stores it in the table: the id copied into the key attribute. */
function stored(doc, layout) {
    if (!layout.idAs)
        return doc;
    const out = { [layout.idAs]: doc.id, ...doc };
    if (!layout.keepId)
        delete out.id;
    return out;
}
/** DocumentClient's write: every "" (at any depth) stored as NULL. */
const documentClientItem = (doc) => (0,util_dynamodb_dist_cjs/* marshall */.Rf)(doc, { convertEmptyValues: true, removeUndefinedValues: true });
function keyOf(doc, layout) {
    const s = stored(doc, layout);
    const key = { [layout.hash]: s[layout.hash] };
    if (layout.range)
        key[layout.range] = s[layout.range];
    return (0,util_dynamodb_dist_cjs/* marshall */.Rf)(key);
}
async function createTables(client, stage, layouts) {
    for (const c of MIGRATED) {
        const l = layouts[c];
        const keys = [l.hash, ...(l.range ? [l.range] : [])];
        await client.send(new client_dynamodb_dist_cjs/* CreateTableCommand */.IxS({
            TableName: l.name(stage),
            KeySchema: keys.map((k, i) => ({ AttributeName: k, KeyType: i === 0 ? 'HASH' : 'RANGE' })),
            AttributeDefinitions: keys.map((k) => ({ AttributeName: k, AttributeType: 'S' })),
            BillingMode: 'PAY_PER_REQUEST',
        }));
    }
}
/**
 * The migration's writes: each item in file order, a second apart from
 * START_TIME, gets a uuid when it has no id, createdAt when it has none, and
 * updatedAt set to its write time; then it is put as DocumentClient puts it.
 */
async function migrate(client, stage, layouts, files) {
    const ids = [...GENERATED_IDS];
    let tick = 0;
    for (const c of MIGRATED) {
        for (const original of files[c]) {
            const time = new Date(Date.parse(START_TIME) + ++tick * 1000).toISOString();
            const doc = { ...original };
            if (doc.id === undefined) {
                const id = ids.shift();
                if (id === undefined)
                    throw new Error('fixture: more items without id than GENERATED_IDS');
                doc.id = id;
            }
            doc.createdAt ??= time;
            doc.updatedAt = time;
            await client.send(new client_dynamodb_dist_cjs/* PutItemCommand */.qnp({ TableName: layouts[c].name(stage), Item: documentClientItem(stored(doc, layouts[c])) }));
        }
    }
    if (ids.length > 0 || Date.parse(START_TIME) + tick * 1000 >= Date.parse(END_TIME))
        throw new Error('fixture: GENERATED_IDS or the window do not fit the files');
}
/** The app's month on DynamoDB: read-modify-write edits (what it read as null it writes back as NULL), puts, deletes. */
async function monthOfUse(client, stage, layouts) {
    for (const e of APP_WRITES.edits) {
        const l = layouts[e.collection];
        const got = await client.send(new client_dynamodb_dist_cjs/* GetItemCommand */.ZKh({ TableName: l.name(stage), Key: keyOf(e.of, l), ConsistentRead: true }));
        if (!got.Item)
            throw new Error(`fixture: ${e.collection} ${String(e.of.id)} is not in the table`);
        await client.send(new client_dynamodb_dist_cjs/* PutItemCommand */.qnp({ TableName: l.name(stage), Item: documentClientItem({ ...(0,util_dynamodb_dist_cjs/* unmarshall */._Y)(got.Item), ...e.set }) }));
    }
    for (const c of MIGRATED) {
        for (const doc of APP_WRITES.added[c]) {
            await client.send(new client_dynamodb_dist_cjs/* PutItemCommand */.qnp({ TableName: layouts[c].name(stage), Item: documentClientItem(stored(doc, layouts[c])) }));
        }
    }
    for (const d of APP_WRITES.deleted) {
        const l = layouts[d.collection];
        await client.send(new client_dynamodb_dist_cjs/* DeleteItemCommand */.gEv({ TableName: l.name(stage), Key: keyOf(d.of, l) }));
    }
}

;// CONCATENATED MODULE: ./src/drill/scratch-app/app-scripts.ts
/**
 * The scratch app's own commands (package.json scripts), each doing
 * something the drill can see: maintenance and jobs as flag files in the
 * app's state folder (APP_STATE_DIR; the drill points it outside the
 * runner's workspaces, as a real app's flag lives outside the runner), a
 * health check that reads every data file as JSON, and integration tests
 * that check the rebuilt files hang together (every id unique, every
 * eventId an event).
 */
const flag = `import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const [what, state] = process.argv.slice(2);
const dir = process.env.APP_STATE_DIR || path.resolve('.app-state');
mkdirSync(dir, { recursive: true });
const file = path.join(dir, what);
if (state === 'on') writeFileSync(file, new Date().toISOString() + '\\n');
else rmSync(file, { force: true });
console.log(what + ' ' + state + ' (' + file + ')');
`;
const health = `import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
const dir = path.resolve('server/data');
let items = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
  const value = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
  if (!Array.isArray(value)) throw new Error(name + ': not an array');
  items += value.length;
}
console.log('health: ' + items + ' items in ' + dir + ' read as JSON');
`;
const integration = `import { readdirSync, readFileSync } from 'node:fs';
const read = (c) => JSON.parse(readFileSync('server/data/' + c + '.json', 'utf8'));
const problems = [];
const events = new Set(read('events').map((e) => e.id));
for (const c of ['events', 'participants', 'users', 'talks']) {
  const ids = read(c).filter((x) => x.id !== undefined).map((x) => x.id);
  if (new Set(ids).size !== ids.length) problems.push(c + ': an id appears twice');
}
for (const c of ['participants', 'talks']) {
  for (const x of read(c)) if (!events.has(x.eventId)) problems.push(c + ' ' + (x.id ?? '(no id)') + ': eventId is no event');
}
const template = readdirSync('.').find((f) => /^\\.env\\..+\\.template$/.test(f));
if (!template || !/DATABASE_TYPE="file"/.test(readFileSync(template, 'utf8'))) problems.push((template ?? 'the .env.<stage>.template') + ': DATABASE_TYPE is not file');
if (problems.length) { console.error(problems.join('\\n')); process.exit(1); }
console.log('integration: ' + events.size + ' events, references and the switch agree');
`;
const APP_SCRIPTS = {
    'scripts/flag.mjs': flag,
    'scripts/health-check.mjs': health,
    'scripts/integration-test.mjs': integration,
};
const APP_PACKAGE_JSON = `${JSON.stringify({
    name: 'lightningtalk-circle',
    private: true,
    scripts: {
        'maintenance:enable': 'node scripts/flag.mjs maintenance on',
        'maintenance:disable': 'node scripts/flag.mjs maintenance off',
        'jobs:stop': 'node scripts/flag.mjs jobs-stopped on',
        'jobs:start': 'node scripts/flag.mjs jobs-stopped off',
        'health:check': 'node scripts/health-check.mjs',
        'test:integration': 'node scripts/integration-test.mjs',
    },
}, null, 2)}\n`;

;// CONCATENATED MODULE: ./src/drill/scratch-app/repo-files.ts
/**
 * The events app's committed files that set DATABASE_TYPE, shaped like the
 * real ones (a quoted dotenv value with a comment, an `export` line, a CRLF
 * file without a trailing newline, the CDK environment object literal, a
 * JSON config), and a gitignored `.env`. One copy, for the scratch app and
 * the config-pr fixtures.
 */
const APP_FILES = (stage) => ({
    '.gitignore': '.env\nnode_modules/\n',
    '.env': 'PORT=3000\nDATABASE_TYPE=dynamodb\n',
    // The stage's own template, its name in a dot part (the app's is .env.production.template).
    [`.env.${stage}.template`]: '# Production settings (copy to .env)\nPORT=3000\nDATABASE_TYPE="dynamodb"  # Options: file, dynamodb\nexport AWS_REGION=ap-northeast-1\n',
    [`environments/${stage}/${stage}.env`]: 'NODE_ENV=production\r\nexport DATABASE_TYPE=dynamodb\r\nLOG_LEVEL=info',
    'cdk/lib/config/environment.js': `// Per-stage settings for the CDK stacks
const common = { region: 'ap-northeast-1' };

module.exports = {
  development: { ...common, database: { type: 'file' } },
  '${stage}': {
    ...common,
    database: { type: 'dynamodb' }, // switched by the migration
  },
};
`,
    [`cdk/config/${stage}.json`]: '{\n  "database": {\n    "type": "dynamodb",\n    "tablePrefix": "lightningtalk-circle"\n  }\n}\n',
    'server/index.js': "const db = process.env.DATABASE_TYPE || 'file';\nmodule.exports = db;\n",
});
/** The config's switch targets: the four files of APP_FILES that set the switch (kept beside them so the two agree). */
const SWITCH_TARGETS_YAML = `switch:
  targets:
    - .env.\${stage}.template
    - environments/\${stage}/\${stage}.env
    - path: cdk/lib/config/environment.js
      property: \${stage}.database.type
    - path: cdk/config/\${stage}.json
      pointer: /database/type
`;

;// CONCATENATED MODULE: ./src/drill/scratch-app/write-app.ts
/**
 * The scratch events app, as a repository with a bare origin: the nine data
 * files as they are a month after the migration, the migration's backup
 * and progress file, the committed switch targets, the app's commands, the
 * config. Its tables are seeded by seed.ts.
 */







const write_app_exec = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const DRILL_GIT_IDENTITY = [
    '-c',
    'user.name=dynamodb-rollback drill',
    '-c',
    'user.email=drill@localhost',
    '-c',
    'init.defaultBranch=main',
    '-c',
    'commit.gpgsign=false',
];
function git(cwd, ...args) {
    return write_app_exec('git', [...DRILL_GIT_IDENTITY, ...args], { cwd });
}
function configYaml(stage, region) {
    return `# The scratch events app of dynamodb-rollback's drill
stage: ${stage}
region: ${region}
# The scratch data's migration ran in June 2024: its backup is kept as long as the drill is rehearsed.
retentionDays: 36500
${SWITCH_TARGETS_YAML}pullRequest:
  labels: [rollback]
# The app's commands get only the basics (no credentials, no tokens); its flag folder is named to pass on.
commands:
  passEnv: [APP_STATE_DIR]
`;
}
/** The app's files, relative path -> text. */
function scratchAppFiles(stage, region) {
    const files = { ...APP_FILES(stage), ...APP_SCRIPTS, 'package.json': APP_PACKAGE_JSON };
    files['.gitignore'] = '.env\nnode_modules/\nserver/.dynamodb-rollback/\n.app-state/\n';
    const current = currentFiles();
    const atMigration = filesAtMigration();
    for (const c of MIGRATED) {
        files[`server/data/${c}.json`] = appFormat(current[c]);
        files[`migration-backups/${BACKUP_NAME}/${c}.json`] = appFormat(atMigration[c]);
    }
    for (const [name, text] of Object.entries(UNMIGRATED))
        files[`server/data/${name}`] = text;
    const total = (c) => atMigration[c].length;
    // The path the migration wrote on the production host: the tool finds the backup by its name here.
    files['migration-progress.json'] = appFormat({
        startTime: START_TIME,
        endTime: END_TIME,
        status: 'completed',
        collections: Object.fromEntries(MIGRATED.map((c) => [c, { total: total(c), migrated: total(c) }])),
        backupPath: `/home/deploy/lightningtalk-circle/migration-backups/${BACKUP_NAME}`,
    });
    files['.github/dynamodb-rollback.yml'] = configYaml(stage, region);
    return files;
}
async function writeScratchApp(root, stage, region) {
    const dir = external_node_path_default().join(root, 'app');
    for (const [name, text] of Object.entries(scratchAppFiles(stage, region))) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().join(dir, name)), { recursive: true });
        await (0,promises_.writeFile)(external_node_path_default().join(dir, name), text);
    }
    await git(root, 'init', '--quiet', dir);
    await git(dir, 'add', '--all');
    await git(dir, 'commit', '--quiet', '-m', 'The events app, a month after its migration to DynamoDB');
    return withOrigin(root, dir);
}
/** A bare origin made from the repository's current branch, the repository's remote pointed at it. */
async function withOrigin(root, dir) {
    const origin = external_node_path_default().join(root, 'origin.git');
    const branch = (await git(dir, 'rev-parse', '--abbrev-ref', 'HEAD')).stdout.trim();
    await git(root, 'clone', '--quiet', '--bare', dir, origin);
    await git(origin, 'symbolic-ref', 'HEAD', `refs/heads/${branch}`);
    await git(dir, 'remote', 'remove', 'origin').catch(() => undefined);
    await git(dir, 'remote', 'add', 'origin', origin);
    return { dir, origin, branch };
}

;// CONCATENATED MODULE: ./src/drill/scratch-app/migration-state.ts
/**
 * A copy of the app (`drill --app`) rehearses against the scratch data the
 * drill seeds its tables with, so it needs the migration's state that data
 * belongs to: the files as they are now, the migration backup and the
 * progress file. An app repository commits none of them (its backups and
 * progress file live on the host that ran the migration), so where the copy
 * has no backup, the scratch one is written into it and committed, said so;
 * a copy that has its own is left as it is.
 */




/**
 * Not a timestamp: the scratch migration ran in 2024, and a backup named by
 * that date would fail the app's own retentionDays check, which is about
 * real backups. Named so, its age is the checkout's (status says "from its
 * mtime"), and the progress file still gives the migration's times.
 */
const COPY_BACKUP_NAME = 'dynamodb-rollback-drill-scratch';

/** Whether the state was written (false: the copy had a backup of its own, or keeps it on S3). */
async function provideMigrationState(dir, config) {
    if ((0,core_location/* namesS3 */.Hv)(config.backupDir))
        return false;
    // A backup is a folder in backupDir (a README beside none is no backup).
    const entries = await (0,promises_.readdir)(external_node_path_default().join(dir, config.backupDir), { withFileTypes: true }).catch(() => []);
    const backups = entries.filter((e) => e.isDirectory());
    const progress = await (0,promises_.stat)(external_node_path_default().join(dir, config.progressFile)).then(() => true, () => false);
    if (backups.length > 0 || progress)
        return false;
    const current = currentFiles();
    const atMigration = filesAtMigration();
    const files = {};
    for (const c of MIGRATED) {
        files[external_node_path_default().join(config.dataDir, `${c}.json`)] = appFormat(current[c]);
        files[external_node_path_default().join(config.backupDir, COPY_BACKUP_NAME, `${c}.json`)] = appFormat(atMigration[c]);
    }
    files[config.progressFile] = appFormat({
        startTime: START_TIME,
        endTime: END_TIME,
        status: 'completed',
        collections: Object.fromEntries(MIGRATED.map((c) => [c, { total: atMigration[c].length, migrated: atMigration[c].length }])),
        backupPath: `/drill/${config.backupDir}/${COPY_BACKUP_NAME}`,
    });
    for (const [name, text] of Object.entries(files)) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().join(dir, name)), { recursive: true });
        await (0,promises_.writeFile)(external_node_path_default().join(dir, name), text);
    }
    // -f: the app's .gitignore usually ignores its backups and progress file; in the copy they must reach the origin the workflows check out.
    await git(dir, 'add', '--force', '--', ...Object.keys(files));
    await git(dir, 'commit', '--quiet', '-m', "The drill's migration state: the scratch data its tables are seeded with");
    const branch = (await git(dir, 'rev-parse', '--abbrev-ref', 'HEAD')).stdout.trim();
    await git(dir, 'push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`);
    return true;
}

;// CONCATENATED MODULE: ./src/drill/prepare-app.ts
/**
 * The app the drill rehearses on: the scratch events app, or a copy of the
 * user's (given the scratch migration's state when it has none); its tables
 * seeded with the scratch data, or loaded from an export.
 */












function tableClient(dynamo) {
    return {
        send: ((command) => dynamo.call({ operation: command.constructor.name.replace(/Command$/, ''), resource: `table ${command.input?.TableName ?? ''}` }, (sdk) => sdk.send(command))),
    };
}
async function copyApp(from, scratch) {
    const source = external_node_path_default().resolve(from);
    const s = await (0,promises_.stat)(source).catch(() => null);
    if (!s?.isDirectory())
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('app')} ${from}: ${s ? 'a file, not a folder' : 'no such folder'}; give your app repository's folder (it is copied; the original is never touched)`);
    const dir = external_node_path_default().join(scratch, 'app');
    await (0,promises_.cp)(source, dir, { recursive: true, filter: (p) => !p.split((external_node_path_default()).sep).includes('node_modules') });
    const isRepo = await (0,promises_.stat)(external_node_path_default().join(dir, '.git')).then(() => true, () => false);
    if (!isRepo) {
        await git(scratch, 'init', '--quiet', dir);
        await git(dir, 'add', '--all');
        await git(dir, 'commit', '--quiet', '-m', 'The app, as copied for the drill');
    }
    return withOrigin(scratch, dir);
}
/** The scratch data into the app's own tables (keyed by id), the migration and the month of use reproduced. */
async function seedTables(client, stage, tables) {
    const layouts = Object.fromEntries(MIGRATED.map((c) => [c, { ...LAYOUTS.plain[c], name: () => tables[c] ?? LAYOUTS.plain[c].name(stage) }]));
    await createTables(client, stage, layouts);
    await migrate(client, stage, layouts, filesAtMigration());
    await monthOfUse(client, stage, layouts);
}
async function prepareApp(o, deps, scratch) {
    // An export is loaded first: its stage is the scratch app's (the app's own config decides for --app).
    const loaded = o.data ? await loadExport(o.data, { dynamo: deps.dynamo, ...(deps.dataS3 ? { s3: deps.dataS3 } : {}) }) : null;
    const repo = o.app ? await copyApp(o.app, scratch) : await writeScratchApp(scratch, o.inputs.stage ?? loaded?.stage ?? 'drill', REGION);
    const config = await (0,load.loadConfig)(undefined, repo.dir, {}, {});
    const provided = o.app && !loaded ? await provideMigrationState(repo.dir, config) : false;
    if (provided)
        o.onLine(`drill: the copy has no migration backup in ${config.backupDir}; the scratch migration's state (data dir, backup, progress file) written into it and committed`);
    let stage = o.inputs.stage ?? config.stage;
    let seeded;
    let tables = config.tables;
    if (loaded) {
        if (!o.inputs.stage && !o.app && loaded.stage)
            stage = loaded.stage;
        tables = Object.fromEntries(loaded.tables.map((t) => [t.collection ?? t.table, t.table]));
        seeded = `${loaded.tables.reduce((s, t) => s + t.items, 0)} items of ${(0,core_location/* describeLocation */.lR)(o.data)} in ${loaded.tables.length} tables`;
    }
    else {
        if (stage !== config.stage)
            tables = (await (0,load.loadConfig)(undefined, repo.dir, { stage }, {})).tables;
        await seedTables(tableClient(deps.dynamo), stage, tables);
        seeded = 'the migration reproduced and a month of use (the scratch data)';
    }
    o.onLine(`drill: app ${o.app ? `copy of ${external_node_path_default().resolve(o.app)}` : 'scratch events app'} (stage ${stage}); tables seeded with ${seeded}`);
    return { repo, stage, tables, seeded };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/drill/runner/action-manifest.ts
/** This package's action.yml as the runner reads it: the entry point, the inputs' defaults, the outputs. */



async function readActionManifest(root) {
    const file = external_node_path_default().join(root, 'action.yml');
    const doc = (0,dist/* parse */.qg)(await (0,promises_.readFile)(file, 'utf8'));
    if (!doc?.runs?.main)
        throw new Error(`${file}: no runs.main`);
    const defaults = {};
    for (const [name, spec] of Object.entries(doc.inputs ?? {}))
        if (spec?.default !== undefined)
            defaults[name] = String(spec.default);
    return { root, main: external_node_path_default().join(root, doc.runs.main), defaults, outputs: new Set(Object.keys(doc.outputs ?? {})) };
}
/** The variable the runner passes an input in: INPUT_ and the name uppercased, spaces as _ (dashes kept). */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

;// CONCATENATED MODULE: ./src/drill/runner/actions-table.ts
/**
 * The one table of third-party actions the drill knows, each with its local
 * equivalent. Any other action is an error naming it (step-table-action.ts).
 * Nothing here pretends: what cannot happen on this machine is skipped,
 * with the reason.
 */




const actions_table_exec = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
function commonAncestor(dirs) {
    if (dirs.length === 0)
        return '/';
    let common = dirs[0].split((external_node_path_default()).sep);
    for (const d of dirs.slice(1)) {
        const parts = d.split((external_node_path_default()).sep);
        let i = 0;
        while (i < common.length && common[i] === parts[i])
            i++;
        common = common.slice(0, i);
    }
    return common.join((external_node_path_default()).sep) || '/';
}
const FAKE_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };
function localActions(world) {
    return {
        'actions/checkout': {
            equivalent: "a clone of the app's origin (a bare repository here) into the workspace",
            async run(ctx) {
                const ref = ctx.with.ref || world.defaultBranch;
                const dest = ctx.with.path ? external_node_path_default().resolve(ctx.workspace, ctx.with.path) : ctx.workspace;
                if (ctx.with.repository && ctx.with.repository !== ctx.env.GITHUB_REPOSITORY)
                    throw new Error(`checkout of another repository (${ctx.with.repository}) has no local equivalent`);
                await (0,promises_.mkdir)(dest, { recursive: true });
                for (const e of await (0,promises_.readdir)(dest))
                    await (0,promises_.rm)(external_node_path_default().join(dest, e), { recursive: true, force: true });
                // The whole (small) history, so a branch, a tag or a commit sha can be checked out, as checkout takes any of them.
                await actions_table_exec('git', ['clone', '--quiet', '--no-local', `file://${world.origin}`, dest]);
                const isBranch = await actions_table_exec('git', ['rev-parse', '--verify', '--quiet', `refs/remotes/origin/${ref}`], { cwd: dest }).then(() => true, () => false);
                if (isBranch)
                    await actions_table_exec('git', ['checkout', '--quiet', '-B', ref, `origin/${ref}`], { cwd: dest });
                else
                    await actions_table_exec('git', ['checkout', '--quiet', '--detach', ref], { cwd: dest });
                return { status: 'ok', note: `cloned the local origin at ${ref.length === 40 ? ref.slice(0, 12) : ref}` };
            },
        },
        'aws-actions/configure-aws-credentials': {
            equivalent: 'the embedded DynamoDB and S3 endpoints (AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL_S3) with local credentials; no role is assumed',
            async run(ctx) {
                const region = ctx.with['aws-region'] || world.region;
                return {
                    status: 'ok',
                    note: `embedded endpoints, region ${region}${ctx.with['role-to-assume'] ? '; role-to-assume not assumed (no AWS here)' : ''}`,
                    env: {
                        AWS_REGION: region,
                        AWS_DEFAULT_REGION: region,
                        ...FAKE_CREDENTIALS,
                        AWS_ENDPOINT_URL_DYNAMODB: world.dynamoEndpoint,
                        AWS_ENDPOINT_URL_S3: world.s3Endpoint,
                    },
                };
            },
        },
        'actions/upload-artifact': {
            equivalent: 'a copy into the drill folder, artifacts/<name>/',
            async run(ctx) {
                const name = ctx.with.name || 'artifact';
                const dest = external_node_path_default().join(world.artifacts, name);
                const sources = (ctx.with.path ?? '')
                    .split('\n')
                    .map((s) => s.trim())
                    .filter((s) => s && !s.startsWith('!'));
                let copied = 0;
                await (0,promises_.mkdir)(dest, { recursive: true });
                const found = [];
                for (const s of sources) {
                    const from = external_node_path_default().resolve(ctx.workspace, s);
                    const st = await (0,promises_.stat)(from).catch(() => null);
                    if (st)
                        found.push({ from, dir: st.isDirectory() });
                }
                // As upload-artifact lays it out: one folder's contents at the root, else paths below their common ancestor.
                const root = found.length === 1 && found[0].dir ? found[0].from : commonAncestor(found.map((f) => external_node_path_default().dirname(f.from)));
                for (const f of found) {
                    await (0,promises_.cp)(f.from, external_node_path_default().join(dest, external_node_path_default().relative(root, f.from)), { recursive: true });
                    copied++;
                }
                if (copied === 0 && ctx.with['if-no-files-found'] === 'error')
                    throw new Error(`no files at ${sources.join(', ')}`);
                return {
                    status: 'ok',
                    note: `${copied} path${copied === 1 ? '' : 's'} copied to ${dest}`,
                    outputs: { 'artifact-id': '1', 'artifact-url': `file://${dest}` },
                };
            },
        },
        'actions/download-artifact': {
            equivalent: 'a copy from the drill folder, artifacts/<name>/',
            async run(ctx) {
                const name = ctx.with.name;
                if (!name)
                    throw new Error('download-artifact without name has no local equivalent');
                const dest = external_node_path_default().resolve(ctx.workspace, ctx.with.path || '.');
                await (0,promises_.mkdir)(dest, { recursive: true });
                await (0,promises_.cp)(external_node_path_default().join(world.artifacts, name), dest, { recursive: true });
                return { status: 'ok', note: `artifacts/${name} copied to the workspace`, outputs: { 'download-path': dest } };
            },
        },
        'actions/setup-node': {
            equivalent: "this machine's Node",
            async run() {
                return { status: 'ok', note: `node ${process.version} of this machine` };
            },
        },
        'actions/create-github-app-token': {
            equivalent: "nothing: it mints a GitHub App's token through the GitHub API",
            async run() {
                return {
                    status: 'skipped',
                    note: "mints a GitHub App's token through the GitHub API, which the drill does not reach; config-pr uses the workflow token",
                };
            },
        },
        'actions/github-script': {
            equivalent: 'nothing: it calls the GitHub API',
            async run() {
                return { status: 'skipped', note: 'calls the GitHub API, which the drill does not reach' };
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/drill/runner/workflow.ts
/**
 * The parts of a workflow file the drill runs, read from its YAML. Shapes
 * are checked only as far as running needs; GitHub's parser and actionlint
 * check the rest in the workflow tests.
 */




function triggers(on) {
    if (typeof on === 'string')
        return { [on]: null };
    if (Array.isArray(on))
        return Object.fromEntries(on.map((t) => [String(t), null]));
    if (on && typeof on === 'object')
        return on;
    return {};
}
function needsOf(job) {
    if (job.needs === undefined)
        return [];
    return Array.isArray(job.needs) ? job.needs.map(String) : [String(job.needs)];
}
async function loadWorkflow(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('workflow')} ${file}: cannot read it (${err.code ?? err.message}); give the path of a workflow file`);
    }
    let spec;
    try {
        spec = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('workflow')} ${file}: not valid YAML (${err.message.split('\n')[0]})`);
    }
    if (!spec || typeof spec !== 'object' || !spec.jobs || typeof spec.jobs !== 'object')
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('workflow')} ${file}: no jobs: this is not a workflow file`);
    const on = triggers(spec.on);
    const pick = (t) => on[t]?.inputs ?? undefined;
    const inputs = pick('workflow_dispatch') ?? pick('workflow_call') ?? {};
    for (const [name, job] of Object.entries(spec.jobs)) {
        for (const need of needsOf(job))
            if (!spec.jobs[need])
                throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('workflow')} ${file}: job ${name} needs ${need}, which is not a job of the workflow`);
    }
    return { file, spec, inputs };
}
/** The jobs in an order that honours every `needs` (file order among equals); a cycle is refused. */
function jobOrder(spec, file) {
    const order = [];
    const state = new Map();
    const visit = (name, chain) => {
        if (state.get(name) === 'done')
            return;
        if (state.get(name) === 'visiting')
            throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('workflow')} ${file}: the jobs' needs form a cycle: ${[...chain, name].join(' -> ')}`);
        state.set(name, 'visiting');
        for (const need of needsOf(spec.jobs[name]))
            visit(need, [...chain, name]);
        state.set(name, 'done');
        order.push(name);
    };
    for (const name of Object.keys(spec.jobs))
        visit(name, []);
    return order;
}

;// CONCATENATED MODULE: ./src/drill/runner/workflow-inputs.ts
/** A dispatch's inputs checked against the workflow's `inputs:` and typed, as GitHub types them. */


/** A dispatch input the workflow does not take, or lacks: bad usage (exit 2). */
class WorkflowInputError extends errors/* InputError */.dz {
}
/** Typed dispatch inputs: defaults, then --input k=v; booleans and numbers as their types. */
function resolveInputs(workflow, given) {
    const out = {};
    for (const name of Object.keys(given)) {
        if (!workflow.inputs[name])
            throw new WorkflowInputError(`${(0,option_name/* opt */.m7)('input')} ${name}: ${workflow.file} has no input ${name} (it has: ${Object.keys(workflow.inputs).join(', ') || 'none'})`);
    }
    for (const [name, spec] of Object.entries(workflow.inputs)) {
        const raw = given[name] ?? (spec.default === undefined ? undefined : String(spec.default));
        if (raw === undefined) {
            if (spec.required)
                throw new WorkflowInputError(`${(0,option_name/* opt */.m7)('input')} ${name}: ${workflow.file} requires input ${name}; give ${(0,option_name/* opt */.m7)('input')} ${name}=...`);
            out[name] = spec.type === 'boolean' ? false : '';
            continue;
        }
        if (spec.type === 'boolean') {
            if (raw !== 'true' && raw !== 'false')
                throw new WorkflowInputError(`${(0,option_name/* opt */.m7)('input')} ${name}: expected true or false, got ${JSON.stringify(raw)}`);
            out[name] = raw === 'true';
        }
        else if (spec.type === 'number') {
            if (!Number.isFinite(Number(raw)))
                throw new WorkflowInputError(`${(0,option_name/* opt */.m7)('input')} ${name}: expected a number, got ${JSON.stringify(raw)}`);
            out[name] = Number(raw);
        }
        else if (spec.type === 'choice' && spec.options && !spec.options.map(String).includes(raw)) {
            throw new WorkflowInputError(`${(0,option_name/* opt */.m7)('input')} ${name}: expected one of ${spec.options.join(', ')}, got ${JSON.stringify(raw)}`);
        }
        else {
            out[name] = raw;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 28 modules
var expressions_dist = __webpack_require__(34082);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/ast.js
var ast = __webpack_require__(12049);
;// CONCATENATED MODULE: ./src/drill/runner/expressions.ts
/**
 * `${{ }}` evaluated with GitHub's own expression library
 * (@actions/expressions): the contexts a workflow sees, plus the status
 * functions, which the library leaves to the runner. A reference to a step,
 * job or output that cannot exist (a step removed, an output name misspelt)
 * is an error naming it, where GitHub would quietly give ''.
 */


class ExpressionProblem extends Error {
    constructor(message) {
        super(message);
        this.name = 'ExpressionProblem';
    }
}
const CONTEXTS = ['github', 'env', 'vars', 'secrets', 'inputs', 'steps', 'needs', 'job', 'jobs', 'runner', 'strategy', 'matrix'];
const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'];
function toData(value) {
    return JSON.parse(JSON.stringify(value ?? null), expressions_dist/* data.reviver */.p.eD);
}
function functionsFor(status) {
    const fn = (name, value) => [
        name,
        { name, minArgs: 0, maxArgs: 0, call: () => new expressions_dist/* data.BooleanData */.p.bo(value()) },
    ];
    return new Map([
        fn('success', () => !status.failed && !status.cancelled),
        fn('failure', () => status.failed && !status.cancelled),
        fn('always', () => true),
        fn('cancelled', () => status.cancelled),
        // No file hashing is needed to rehearse (it keys caches); an empty hash, as for no files.
        ['hashfiles', { name: 'hashFiles', minArgs: 1, maxArgs: 255, call: () => new expressions_dist/* data.StringData */.p.uQ('') }],
    ]);
}
/** The literal path of an access chain (steps.export.outputs.dir), or null when an index is computed. */
function pathOf(e) {
    if (e instanceof ast/* ContextAccess */.QC)
        return [e.name.lexeme];
    if (e instanceof ast/* IndexAccess */.p_) {
        const head = pathOf(e.expr);
        if (!head || !(e.index instanceof ast/* Literal */.uS))
            return null;
        return [...head, e.index.literal.coerceString()];
    }
    return null;
}
/** Every access chain in an expression (the longest ones). */
function chains(e, out = []) {
    const p = pathOf(e);
    if (p) {
        out.push(p);
        return out;
    }
    const node = e;
    for (const key of ['expr', 'index', 'left', 'right', 'group']) {
        const child = node[key];
        if (child && typeof child === 'object' && 'accept' in child)
            chains(child, out);
    }
    for (const key of ['args']) {
        const list = node[key];
        if (Array.isArray(list))
            for (const child of list)
                chains(child, out);
    }
    return out;
}
/** The references that cannot resolve, as GitHub would never say. */
function checkReferences(e, scope) {
    const known = scope.known;
    if (!known)
        return;
    for (const p of chains(e)) {
        const [ctx, id, section, name] = p.map((s, i) => (i === 0 ? s.toLowerCase() : s));
        if (ctx === 'steps' && id !== undefined) {
            if (!known.steps.has(id))
                throw new ExpressionProblem(`${scope.where}: steps.${id} is not a step before this one in the job (a step removed, or its id misspelt?)`);
            const outputs = known.steps.get(id);
            if (section === 'outputs' && name !== undefined && outputs && !outputs.has(name)) {
                throw new ExpressionProblem(`${scope.where}: steps.${id}.outputs.${name} is not an output of step ${id} (it has: ${[...outputs].sort().join(', ') || 'none'})`);
            }
        }
        if (ctx === 'needs' && id !== undefined) {
            const outputs = known.needs.get(id);
            if (!outputs)
                throw new ExpressionProblem(`${scope.where}: needs.${id} is not a job this one needs (needs: ${[...known.needs.keys()].join(', ') || 'none'})`);
            if (section === 'outputs' && name !== undefined && !outputs.has(name)) {
                throw new ExpressionProblem(`${scope.where}: needs.${id}.outputs.${name} is not an output of job ${id} (it has: ${[...outputs].sort().join(', ') || 'none'})`);
            }
        }
    }
}
function parse(text, where) {
    try {
        const tokens = new expressions_dist/* Lexer */.JG(text).lex().tokens;
        return new expressions_dist/* Parser */.iX(tokens, CONTEXTS, [
            ...STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
            { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
        ]).parse();
    }
    catch (err) {
        throw new ExpressionProblem(`${where}: cannot parse \${{ ${text} }}: ${err.message}`);
    }
}
function usesStatus(e) {
    if (e instanceof ast/* FunctionCall */.R6 && STATUS_FUNCTIONS.includes(e.functionName.lexeme.toLowerCase()))
        return true;
    const node = e;
    return Object.values(node).some((v) => (Array.isArray(v) ? v : [v]).some((c) => c && typeof c === 'object' && 'accept' in c && usesStatus(c)));
}
function run(e, scope) {
    checkReferences(e, scope);
    const ctx = new expressions_dist/* data.Dictionary */.p.bT(...Object.entries(scope.contexts).map(([key, value]) => ({ key, value: toData(value) })));
    try {
        return new expressions_dist/* Evaluator */.oi(e, ctx, functionsFor(scope.status)).evaluate();
    }
    catch (err) {
        throw new ExpressionProblem(`${scope.where}: ${err.message}`);
    }
}
/** The value as JSON (what an `env:` or `with:` value becomes when it is only an expression). */
function plain(d) {
    if (d === undefined)
        return null;
    return JSON.parse(JSON.stringify(d, expressions_dist/* data.replacer */.p.$U));
}
function asString(d) {
    if (d === undefined || d.kind === expressions_dist/* data.Kind */.p.b8.Null)
        return '';
    if (d.kind === expressions_dist/* data.Kind */.p.b8.Dictionary || d.kind === expressions_dist/* data.Kind */.p.b8.Array)
        return JSON.stringify(plain(d), null, 2);
    return d.coerceString();
}
/** Splits "a ${{ x }} b" into literal text and expressions (a `}}` inside a string literal does not end one). */
function pieces(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        const start = text.indexOf('${{', i);
        if (start === -1)
            break;
        let j = start + 3;
        let quoted = false;
        for (; j < text.length; j++) {
            if (text[j] === "'")
                quoted = !quoted;
            else if (!quoted && text.startsWith('}}', j))
                break;
        }
        if (j >= text.length)
            break;
        if (start > i)
            out.push({ text: text.slice(i, start) });
        out.push({ expr: text.slice(start + 3, j).trim() });
        i = j + 2;
    }
    if (i < text.length)
        out.push({ text: text.slice(i) });
    return out;
}
/** A string field (env, with, name, run's working-directory...): its `${{ }}` replaced by their values. */
function interpolate(text, scope) {
    return pieces(text)
        .map((p) => ('text' in p ? p.text : asString(run(parse(p.expr, scope.where), scope))))
        .join('');
}
/** A value from YAML: strings interpolated, numbers and booleans as the runner passes them (as strings). */
function evaluateValue(value, scope) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return interpolate(value, scope);
    return String(value);
}
/**
 * An `if:` condition, with or without `${{ }}`. As on GitHub, a condition
 * that calls no status function is `success() && (condition)`.
 */
function evaluateCondition(condition, scope) {
    if (condition === undefined || condition === null || condition === '')
        return !scope.status.failed && !scope.status.cancelled;
    if (typeof condition === 'boolean')
        return condition && !scope.status.failed && !scope.status.cancelled;
    let text = String(condition).trim();
    const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(text);
    if (whole && pieces(text).length === 1)
        text = whole[1].trim();
    const e = parse(text, scope.where);
    const value = run(e, scope);
    const truthy = !(value.kind === expressions_dist/* data.Kind */.p.b8.Null ||
        (value.kind === expressions_dist/* data.Kind */.p.b8.Boolean && !value.coerceString().startsWith('t')) ||
        (value.kind === expressions_dist/* data.Kind */.p.b8.String && value.coerceString() === '') ||
        (value.kind === expressions_dist/* data.Kind */.p.b8.Number && (value.number() === 0 || Number.isNaN(value.number()))));
    if (usesStatus(e))
        return truthy;
    return truthy && !scope.status.failed && !scope.status.cancelled;
}
/** Every value of an `env:`, `with:` or `outputs:` map evaluated, each in its own scope (its key in `where`). */
function evaluateMap(map, scope) {
    const out = {};
    for (const [k, v] of Object.entries(map ?? {}))
        out[k] = evaluateValue(v, scope(k));
    return out;
}

;// CONCATENATED MODULE: ./src/drill/runner/run-context.ts
/** What every job of one run shares: the event and its file, the contexts every expression sees, the workflow's env, the jobs done so far. */




/** No step or job has failed: the status of what is evaluated outside a job's steps. */
const NO_STATUS = { failed: false, cancelled: false };
/** The run's inputs and contexts (bad inputs refused before anything is written), then its folder, summary file and event file. */
async function startRun(o) {
    const spec = o.workflow.spec;
    const eventName = o.event?.name ?? 'workflow_dispatch';
    // Only a dispatch (or a call) has inputs; on any other event the inputs context is empty.
    const inputs = eventName === 'workflow_dispatch' ? resolveInputs(o.workflow, o.inputs) : {};
    const event = o.event?.payload ?? { inputs: inputs };
    const base = { github: { ...o.github, event_name: eventName, event }, inputs, vars: o.vars, secrets: o.secrets };
    const workflowEnv = evaluateMap(spec.env, (k) => ({ contexts: base, status: NO_STATUS, where: `env.${k}` }));
    const summaryFile = external_node_path_default().join(o.work, 'step-summaries.md');
    await (0,promises_.mkdir)(o.work, { recursive: true });
    await (0,promises_.writeFile)(summaryFile, '');
    const eventFile = external_node_path_default().join(o.work, 'event.json');
    await (0,promises_.writeFile)(eventFile, JSON.stringify(event, null, 2));
    return { options: o, spec, eventName, eventFile, summaryFile, base, workflowEnv, done: new Map() };
}

;// CONCATENATED MODULE: ./src/drill/runner/runner-env.ts
/** The environment a step's process starts with, as the runner sets it: the base, CI, the GITHUB_* and RUNNER_* variables, the step's files, the step's env, GITHUB_PATH's folders before PATH. */

function stepProcessEnv(e) {
    const { github } = e;
    const env = {
        ...e.baseEnv,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: e.workspace,
        GITHUB_JOB: e.job,
        GITHUB_EVENT_NAME: e.eventName,
        GITHUB_EVENT_PATH: e.eventFile,
        GITHUB_RUN_ATTEMPT: String(github.run_attempt ?? '1'),
        GITHUB_RUN_NUMBER: String(github.run_number ?? '1'),
        GITHUB_TRIGGERING_ACTOR: String(github.triggering_actor ?? github.actor ?? ''),
        GITHUB_REPOSITORY: String(github.repository ?? ''),
        GITHUB_SHA: String(github.sha ?? ''),
        GITHUB_REF: String(github.ref ?? ''),
        GITHUB_ACTOR: String(github.actor ?? ''),
        GITHUB_RUN_ID: String(github.run_id ?? ''),
        GITHUB_SERVER_URL: String(github.server_url ?? ''),
        GITHUB_API_URL: String(github.api_url ?? ''),
        RUNNER_TEMP: e.runnerTemp,
        RUNNER_OS: 'Linux',
        ...e.files,
        ...e.stepEnv,
    };
    if (e.extraPath.length > 0)
        env.PATH = [...e.extraPath, env.PATH ?? ''].join((external_node_path_default()).delimiter);
    return env;
}

;// CONCATENATED MODULE: ./src/drill/runner/runner-files.ts
/**
 * The files a step writes its results to (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_PATH, GITHUB_STEP_SUMMARY, GITHUB_STATE), made empty before it and
 * read back the way the runner reads them: `name=value` lines and
 * `name<<DELIMITER` blocks.
 */


/** The step's files in the runner's temp folder, each empty. */
async function createStepFiles(runnerTemp, index) {
    const files = {
        GITHUB_OUTPUT: external_node_path_default().join(runnerTemp, `output-${index}`),
        GITHUB_ENV: external_node_path_default().join(runnerTemp, `env-${index}`),
        GITHUB_PATH: external_node_path_default().join(runnerTemp, `path-${index}`),
        GITHUB_STEP_SUMMARY: external_node_path_default().join(runnerTemp, `summary-${index}`),
        GITHUB_STATE: external_node_path_default().join(runnerTemp, `state-${index}`),
    };
    for (const f of Object.values(files))
        await (0,promises_.writeFile)(f, '');
    return files;
}
async function collectStepFiles(files, into) {
    Object.assign(into.fileEnv, await readCommandFile(files.GITHUB_ENV));
    into.extraPath.unshift(...(await readPathFile(files.GITHUB_PATH)).reverse());
    const summary = await (0,promises_.readFile)(files.GITHUB_STEP_SUMMARY, 'utf8').catch(() => '');
    if (summary.trim())
        await (0,promises_.appendFile)(into.summaryFile, `<!-- ${into.heading} -->\n${summary}\n`);
}
function parseCommandFile(text, file) {
    const out = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '')
            continue;
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        const eq = line.indexOf('=');
        if (heredoc && (eq === -1 || eq > line.indexOf('<<'))) {
            const [, name, delimiter] = heredoc;
            const value = [];
            let closed = false;
            for (i++; i < lines.length; i++) {
                if (lines[i] === delimiter) {
                    closed = true;
                    break;
                }
                value.push(lines[i]);
            }
            if (!closed)
                throw new Error(`${file}: ${name}<<${delimiter} is never closed by a line ${delimiter}`);
            out[name] = value.join('\n');
        }
        else if (eq > 0) {
            out[line.slice(0, eq)] = line.slice(eq + 1);
        }
        else {
            throw new Error(`${file}: a line that is neither name=value nor name<<DELIMITER: ${JSON.stringify(line.slice(0, 40))}`);
        }
    }
    return out;
}
async function readCommandFile(file) {
    return parseCommandFile(await (0,promises_.readFile)(file, 'utf8').catch(() => ''), file);
}
async function readPathFile(file) {
    return (await (0,promises_.readFile)(file, 'utf8').catch(() => '')).split(/\r?\n/).filter((l) => l.trim() !== '');
}

;// CONCATENATED MODULE: ./src/drill/runner/run-child.ts
/** A step's process: its output into the step's log, killed at its timeout; and why it failed, read back from that log. */


function runChild(command, args, cwd, env, log, timeoutMs) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        const write = (d) => void (0,promises_.appendFile)(log, d);
        child.stdout.on('data', write);
        child.stderr.on('data', write);
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, timeoutMs);
        child.on('error', (err) => {
            clearTimeout(timer);
            void (0,promises_.appendFile)(log, `${err.message}\n`).then(() => resolve({ code: 127, timedOut }));
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({ code, timedOut });
        });
    });
}
/** The first `::error::` line a step printed, else its last lines: why it failed, without the item values it never prints. */
async function failureLine(log) {
    const text = await (0,promises_.readFile)(log, 'utf8').catch(() => '');
    const error = /^::error(?: [^:]*)?::(.*)$/m.exec(text);
    if (error)
        return error[1].replace(/%0A/g, ' ').replace(/%25/g, '%').slice(0, 400);
    const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('::'));
    return lines.slice(-2).join(' | ').slice(0, 400);
}

;// CONCATENATED MODULE: ./src/drill/runner/step-run.ts
/** A `run:` step: its script in the shell the runner would use, in the workspace or its working-directory. */





// As the runner runs them: a step with no shell gets `bash -e {0}`; `shell: bash` gets pipefail and no profile.
const UNSPECIFIED_SHELL = 'bash -e {0}';
const SHELLS = { bash: 'bash --noprofile --norc -eo pipefail {0}', sh: 'sh -e {0}', python: 'python {0}' };
/** The shell line of a step, split into a command and its arguments with the script's path for {0}. */
function shellCommand(shell, script) {
    const template = SHELLS[shell] ?? shell;
    const parts = template.includes('{0}') ? template.split(/\s+/) : [...template.split(/\s+/), '{0}'];
    const args = parts.slice(1).map((a) => a.replace('{0}', script));
    return [parts[0], args];
}
async function runScript(s) {
    const { step, job } = s;
    const defaults = s.run.spec.defaults?.run;
    const shell = step.shell ?? job.job.defaults?.run?.shell ?? defaults?.shell ?? UNSPECIFIED_SHELL;
    const dir = step['working-directory'] ?? job.job.defaults?.run?.['working-directory'] ?? defaults?.['working-directory'];
    const script = external_node_path_default().join(job.runnerTemp, `step-${s.index}.sh`);
    await (0,promises_.writeFile)(script, String(step.run));
    const [cmd, args] = shellCommand(shell, script);
    const cwd = dir ? external_node_path_default().resolve(job.workspace, evaluateValue(dir, s.scope('working-directory', s.stepEnv))) : job.workspace;
    const res = await runChild(cmd, args, cwd, s.env, s.log, s.timeoutMs);
    await s.collect();
    const outputs = await readCommandFile(s.files.GITHUB_OUTPUT);
    if (res.code === 0)
        return { status: 'ok', note: '', outputs };
    return {
        status: 'failed',
        note: res.timedOut ? `timed out after ${s.timeoutMs / 60_000} min` : `exit ${res.code}: ${await failureLine(s.log)} (log: ${s.log})`,
        outputs,
    };
}

;// CONCATENATED MODULE: ./src/drill/runner/local-action.ts
/**
 * A third-party action's local equivalent: what the drill does in its place,
 * with its reason. The one table of them is actions-table.ts.
 */
/** owner/name of a `uses:` (without @ref or a subfolder), lowercased as GitHub matches them. */
function actionName(uses) {
    const [repo] = uses.split('@');
    return repo.split('/').slice(0, 2).join('/').toLowerCase();
}

;// CONCATENATED MODULE: ./src/drill/runner/step-table-action.ts

async function runTableAction(s) {
    const { localActions } = s.run.options;
    const uses = s.step.uses;
    const local = localActions[actionName(uses)];
    if (!local) {
        return {
            status: 'failed',
            note: `${s.where}: uses ${uses}, which the drill has no local equivalent for (it runs this package's action, run: steps and the actions in its table: ${Object.keys(localActions).join(', ')})`,
        };
    }
    try {
        const res = await local.run({ with: s.with, workspace: s.job.workspace, job: s.job.name, env: s.env });
        Object.assign(s.job.fileEnv, res.env ?? {});
        return { status: res.status, note: res.note, outputs: res.outputs ?? {} };
    }
    catch (err) {
        return { status: 'failed', note: `${uses}: ${err.message}` };
    }
}

;// CONCATENATED MODULE: ./src/drill/runner/step-this-action.ts
/**
 * A step that uses the action under test (`uses: ./`, or one of the names
 * it goes by): its committed bundle run with node, the inputs as INPUT_*
 * over action.yml's defaults; an adapter per command says what cannot run here.
 */





/** `./`, or a name the action goes by ("*" as the owner for any owner's). */
function isThisAction(uses, actionNames) {
    if (uses === './' || uses === '.')
        return true;
    const name = actionName(uses);
    return actionNames.some((n) => n === name || (n.startsWith('*/') && name.endsWith(n.slice(1))));
}
async function runThisAction(s) {
    const o = s.run.options;
    const given = { ...s.with };
    const command = given.command ?? '';
    const adapter = o.adapters?.[command];
    const before = adapter?.before?.(given) ?? null;
    // The runner evaluates action.yml's defaults too (the token's is ${{ github.token }}).
    const defaults = evaluateMap(o.action.defaults, (k) => s.scope(`action.yml default of ${k}`, s.stepEnv));
    const inputsForRun = {
        ...defaults,
        ...(before ? Object.fromEntries(Object.entries(before.add).filter(([k]) => given[k] === undefined)) : {}),
        ...given,
    };
    const env = { ...s.env };
    for (const [k, v] of Object.entries(inputsForRun))
        env[inputVariable(k)] = v;
    const res = await runChild(o.node, [o.action.main], s.job.workspace, env, s.log, s.timeoutMs);
    await s.collect();
    const outputs = await readCommandFile(s.files.GITHUB_OUTPUT);
    if (res.code !== 0)
        return {
            status: 'failed',
            note: res.timedOut ? `timed out after ${s.timeoutMs / 60_000} min` : `${await failureLine(s.log)} (log: ${s.log})`,
            outputs,
        };
    const after = adapter?.after?.(inputsForRun, outputs) ?? null;
    if (after && 'skipped' in after)
        return { status: 'skipped', note: after.skipped, outputs, outcome: 'success' };
    return { status: 'ok', note: [before?.note, after?.note].filter(Boolean).join('; '), outputs };
}

;// CONCATENATED MODULE: ./src/drill/runner/step.ts
/**
 * One step of a job: its `if:`, then its env and `with:` evaluated, its
 * files and log made, then the kind of step it is run (a script, the action
 * under test, an action of the table) and its outcome recorded.
 */









/** The step's id, else its name, else what it runs. */
function stepLabel(step, index) {
    return (step.id ??
        step.name ??
        (step.uses
            ? step.uses.split('@')[0]
            : `run ${index + 1}: ${String(step.run ?? '')
                .trim()
                .split('\n')[0]
                .slice(0, 40)}`));
}
async function runStep(run, job, step, index) {
    const label = stepLabel(step, index);
    const started = Date.now();
    const where = `job ${job.name}, step ${label}`;
    const scope = (field, env) => ({
        contexts: { ...job.contexts(), steps: job.stepsContext, env },
        status: job.status,
        known: job.known,
        where: `${where}, ${field}`,
    });
    const outcome = await attempt();
    recordStep(run, job, step, { label, where, started }, outcome);
    registerStep(run, job, step);
    async function attempt() {
        const envSoFar = { ...job.env, ...job.fileEnv };
        try {
            if (!evaluateCondition(step.if, scope('if', envSoFar)))
                return { status: 'skipped', note: `if: ${step.if === undefined ? 'success(), and an earlier step failed' : String(step.if)}` };
        }
        catch (err) {
            return { status: 'failed', note: err.message };
        }
        run.options.onLine(`running  ${job.name} › ${label}`);
        let stepEnv;
        let withValues;
        try {
            stepEnv = { ...envSoFar, ...evaluateMap(step.env, (k) => scope(`env.${k}`, envSoFar)) };
            withValues = evaluateMap(step.with, (k) => scope(`with.${k}`, stepEnv));
        }
        catch (err) {
            return { status: 'failed', note: err instanceof ExpressionProblem ? err.message : `${where}: ${err.message}` };
        }
        const files = await createStepFiles(job.runnerTemp, index);
        const log = external_node_path_default().join(job.dir, `${String(index + 1).padStart(2, '0')}-${label.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 40)}.log`);
        await (0,promises_.writeFile)(log, '');
        const env = stepProcessEnv({
            baseEnv: run.options.baseEnv,
            github: run.options.github,
            job: job.name,
            workspace: job.workspace,
            runnerTemp: job.runnerTemp,
            eventName: run.eventName,
            eventFile: run.eventFile,
            files,
            stepEnv,
            extraPath: job.extraPath,
        });
        const timeoutMs = step['timeout-minutes'] ? step['timeout-minutes'] * 60_000 : job.timeoutMs;
        const collect = () => collectStepFiles(files, {
            fileEnv: job.fileEnv,
            extraPath: job.extraPath,
            summaryFile: run.summaryFile,
            heading: `${job.name} › ${label}`,
        });
        const s = { run, job, step, index, label, where, stepEnv, with: withValues, env, files, log, timeoutMs, scope, collect };
        if (step.run !== undefined)
            return runScript(s);
        if (step.uses && isThisAction(step.uses, run.options.actionNames))
            return runThisAction(s);
        if (step.uses)
            return runTableAction(s);
        return { status: 'failed', note: `${where}: neither run: nor uses:` };
    }
}
/** The step's record and line, its steps context, and the job failed by it unless continue-on-error. */
function recordStep(run, job, step, at, r) {
    const { status, note, outputs = {} } = r;
    const outcome = r.outcome ?? (status === 'ok' ? 'success' : status === 'failed' ? 'failure' : 'skipped');
    const continueOnError = status === 'failed' && evaluateContinue(run, step, at.where);
    if (step.id)
        job.stepsContext[step.id] = { outputs, outcome, conclusion: continueOnError ? 'success' : outcome };
    if (status === 'failed' && !continueOnError)
        job.status.failed = true;
    const rec = { job: job.name, step: at.label, status, note, seconds: (Date.now() - at.started) / 1000, outputs };
    job.steps.push(rec);
    run.options.onLine(`${status.padEnd(8)} ${job.name} › ${at.label} (${rec.seconds.toFixed(1)} s)${note ? `: ${note}` : ''}`);
}
/** Later steps may reference this one; the action under test's outputs are known from its action.yml. */
function registerStep(run, job, step) {
    if (!step.id)
        return;
    const o = run.options;
    job.known.steps.set(step.id, step.uses && isThisAction(step.uses, o.actionNames) ? new Set([...o.action.outputs, 'ok']) : null);
}
function evaluateContinue(run, step, where) {
    const v = step['continue-on-error'];
    if (v === undefined)
        return false;
    if (typeof v === 'boolean')
        return v;
    try {
        return evaluateValue(v, { contexts: run.base, status: NO_STATUS, where: `${where}, continue-on-error` }) === 'true';
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/drill/runner/job.ts
/**
 * One job: its `if:` over the jobs it needs, its environment's gate, the
 * runner's workspace and temp folder emptied, its env, its steps in order,
 * its outputs for the jobs that need it.
 */





function environmentName(job) {
    if (!job.environment)
        return undefined;
    return typeof job.environment === 'string' ? job.environment : job.environment.name;
}
async function runJob(run, name, job) {
    const o = run.options;
    const started = Date.now();
    const needs = needsOf(job);
    const needsCtx = Object.fromEntries(needs.map((n) => [n, { result: run.done.get(n).result, outputs: run.done.get(n).outputs }]));
    const known = { steps: new Map(), needs: new Map(needs.map((n) => [n, new Set(Object.keys(run.spec.jobs[n].outputs ?? {}))])) };
    // The job's if: sees its needs; its steps start from a clean status, as on GitHub.
    const needsStatus = { failed: needs.some((n) => run.done.get(n).result !== 'success'), cancelled: false };
    const record = (result, note, steps = [], outputs = {}) => ({
        job: name,
        result,
        note,
        seconds: (Date.now() - started) / 1000,
        steps,
        outputs,
    });
    const jobScope = (where) => ({
        contexts: { ...run.base, needs: needsCtx },
        status: needsStatus,
        known,
        where: `job ${name}, ${where}`,
    });
    const fail = (note) => {
        o.onLine(`failed   ${name}: ${note}`);
        return record('failure', note);
    };
    if (job.uses)
        return fail(`job ${name} calls the reusable workflow ${job.uses}: the drill runs one workflow file at a time`);
    let admitted;
    let environment;
    try {
        admitted = evaluateCondition(job.if, jobScope('if'));
        const raw = environmentName(job);
        environment = admitted && raw !== undefined ? evaluateValue(raw, jobScope('environment')) : undefined;
    }
    catch (err) {
        return fail(err.message);
    }
    if (!admitted) {
        o.onLine(`skipped  ${name} (if: ${job.if === undefined ? 'success(), and a job it needs did not succeed' : String(job.if)})`);
        return record('skipped', `if: ${job.if === undefined ? 'a job it needs did not succeed' : String(job.if)}`);
    }
    if (environment && !(await gate(environment)))
        return record('skipped', `not approved: environment ${environment}`);
    const state = await prepare();
    if ('result' in state)
        return state;
    for (const [index, step] of (job.steps ?? []).entries())
        await runStep(run, state, step, index);
    let outputs;
    const allSteps = { ...known, steps: new Map([...known.steps]) };
    try {
        outputs = evaluateMap(job.outputs, (k) => ({
            contexts: { ...state.contexts(), steps: state.stepsContext, env: { ...state.env, ...state.fileEnv } },
            status: state.status,
            known: allSteps,
            where: `job ${name}, outputs.${k}`,
        }));
    }
    catch (err) {
        state.status.failed = true;
        o.onLine(`failed   ${name}: ${err.message}`);
        return record('failure', err.message, state.steps);
    }
    const failed = state.status.failed;
    return record(failed ? 'failure' : 'success', failed ? `failed at ${state.steps.find((s) => s.status === 'failed')?.step ?? '?'}` : '', state.steps, outputs);
    /** The environment's gate, as its required reviewers would hold the job. */
    async function gate(environment) {
        if (!(await o.gate(name, environment))) {
            o.onLine(`refused  ${name}: environment ${environment} not approved`);
            return false;
        }
        o.onLine(`approved ${name}: environment ${environment}`);
        return true;
    }
    /** The workspace and temp folder emptied, the job's folder, contexts and env: its state, or a failure when its env cannot be evaluated. */
    async function prepare() {
        const dir = external_node_path_default().join(o.work, 'jobs', name);
        const repoName = String(o.github.repository ?? 'repo')
            .split('/')
            .pop();
        const workspace = external_node_path_default().join(o.runner, 'work', repoName, repoName);
        const runnerTemp = external_node_path_default().join(o.runner, 'work', '_temp');
        for (const d of [workspace, runnerTemp])
            await (0,promises_.rm)(d, { recursive: true, force: true });
        await (0,promises_.mkdir)(runnerTemp, { recursive: true });
        await (0,promises_.mkdir)(workspace, { recursive: true });
        await (0,promises_.mkdir)(dir, { recursive: true });
        await o.prepareWorkspace?.(name, workspace);
        const status = { failed: false, cancelled: false };
        const github = { ...run.base.github, job: name, workspace, action_path: o.action.root };
        const runner = {
            os: 'Linux',
            arch: 'X64',
            name: 'drill',
            temp: runnerTemp,
            tool_cache: external_node_path_default().join(dir, 'tool-cache'),
            environment: 'self-hosted',
        };
        const contexts = () => ({
            ...run.base,
            github,
            needs: needsCtx,
            runner,
            job: { status: status.failed ? 'failure' : 'success' },
        });
        let env;
        try {
            env = {
                ...run.workflowEnv,
                ...evaluateMap(job.env, (k) => ({ ...jobScope(`env.${k}`), contexts: { ...contexts(), env: run.workflowEnv } })),
            };
        }
        catch (err) {
            return fail(err.message);
        }
        return {
            name,
            job,
            dir,
            workspace,
            runnerTemp,
            known,
            status,
            contexts,
            env,
            fileEnv: {},
            extraPath: [],
            steps: [],
            stepsContext: {},
            timeoutMs: (job['timeout-minutes'] ?? 360) * 60_000,
        };
    }
}

;// CONCATENATED MODULE: ./src/drill/runner/run-workflow.ts
/**
 * Runs a workflow file as GitHub would: jobs in `needs` order, each job's
 * and step's `if:`, `env:` and `with:` through GitHub's expression library,
 * `run:` in bash with the step's shell, this package's action through its
 * committed bundle (INPUT_*, GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STEP_SUMMARY,
 * GITHUB_PATH), third-party actions through their local equivalents, job
 * outputs wired into `needs`. The file is what runs: a step removed or an
 * output misspelt fails where it is used.
 */



async function runWorkflow(o) {
    const started = Date.now();
    const run = await startRun(o);
    for (const name of jobOrder(run.spec, o.workflow.file))
        run.done.set(name, await runJob(run, name, run.spec.jobs[name]));
    const jobs = [...run.done.values()];
    // A job refused at its gate fails the run; one skipped by its if: does not, but one job at least must succeed.
    const ok = jobs.every((j) => j.result === 'success' || (j.result === 'skipped' && !j.note.startsWith('not approved')));
    return {
        file: o.workflow.file,
        ok: ok && jobs.some((j) => j.result === 'success'),
        seconds: (Date.now() - started) / 1000,
        jobs,
        summaryFile: run.summaryFile,
    };
}

;// CONCATENATED MODULE: ./src/drill/workflow-chain.ts
/**
 * The two-workflow chain: rollback.yml dispatched on the default branch;
 * its pull request merged into the local origin as GitHub's merge button
 * would; then rollback-finish.yml on the push of that merge, as GitHub
 * starts it.
 */




/** GitHub's merge button, locally: the branch merged into the default branch of the origin. */
async function mergePull(scratch, repo, branch) {
    const dir = external_node_path_default().join(scratch, 'merge');
    await git(scratch, 'clone', '--quiet', `file://${repo.origin}`, dir);
    await git(dir, 'merge', '--quiet', '--no-ff', '-m', `Merge pull request #1 from ${branch}`, `origin/${branch}`);
    await git(dir, 'push', '--quiet', 'origin', `HEAD:${repo.branch}`);
}
/** A push event's payload, as GitHub sends it: the pushed commits (oldest first) with their messages. */
async function pushPayload(repo, before, after) {
    const log = (await git(repo.origin, 'log', '--reverse', '--format=%H%x00%B%x1e', `${before}..${after}`)).stdout;
    const commits = log
        .split('\x1e')
        .map((e) => e.replace(/^\n/, ''))
        .filter(Boolean)
        .map((e) => {
        const [id, message] = e.split('\0');
        return { id: id, message: message.replace(/\n$/, ''), distinct: true };
    });
    return {
        ref: `refs/heads/${repo.branch}`,
        before,
        after,
        repository: { full_name: REPOSITORY, name: REPOSITORY.split('/')[1], default_branch: repo.branch },
        commits,
        head_commit: commits.at(-1) ?? null,
    };
}
async function runChain(c) {
    const { repo, recorder, scratch } = c;
    const records = [];
    let finishSkipped = c.finishSkipped;
    let merged = false;
    c.onLine(`drill: ${external_node_path_default().relative(c.packageRoot, c.workflows[0].file) || c.workflows[0].file}`);
    const first = await runWorkflow({
        ...c.runner,
        workflow: c.workflows[0],
        inputs: c.inputs,
        work: external_node_path_default().join(scratch, 'run-1'),
        runner: external_node_path_default().join(scratch, 'runner'),
    });
    records.push(first);
    // The run the finish looks up: this workflow, dispatched on the default branch.
    recorder.runs.push({
        id: 1,
        attempt: 1,
        path: `.github/workflows/${external_node_path_default().basename(c.workflows[0].file)}`,
        event: 'workflow_dispatch',
        headBranch: repo.branch,
        conclusion: first.ok ? 'success' : 'failure',
    });
    const branch = recorder.pulls[0]?.head ?? null;
    const finish = c.workflows[1];
    if (finish) {
        if (!first.ok)
            finishSkipped = 'the rollback workflow did not pass';
        else if (!branch)
            finishSkipped = 'no pull request was opened';
        else {
            const before = (await git(repo.origin, 'rev-parse', repo.branch)).stdout.trim();
            await mergePull(scratch, repo, branch);
            merged = true;
            c.onLine(`drill: pull request #1 (${branch}) merged into ${repo.branch} of the local origin`);
            const mergeSha = (await git(repo.origin, 'rev-parse', repo.branch)).stdout.trim();
            const pull = recorder.pulls[0];
            // The event GitHub sends when the merge reaches the default branch: the finish finds config-pr's trailers in the pushed commits.
            const event = { name: 'push', payload: await pushPayload(repo, before, mergeSha) };
            c.onLine(`drill: ${external_node_path_default().relative(c.packageRoot, finish.file) || finish.file} (on the push of pull request #${pull.number}'s merge)`);
            records.push(await runWorkflow({
                ...c.runner,
                github: { ...c.runner.github, sha: mergeSha, run_id: '2', run_number: '2' },
                event,
                workflow: finish,
                inputs: {},
                work: external_node_path_default().join(scratch, 'run-2'),
                runner: external_node_path_default().join(scratch, 'runner'),
            }));
        }
    }
    return { records, finishSkipped, branch, merged };
}

;// CONCATENATED MODULE: ./src/drill/run-drill.ts
/**
 * The drill: the rollback workflow itself, run here against embedded
 * DynamoDB and S3, a scratch events app (or a copy of the user's) and a
 * bare origin; then the pull request "merged" into that origin and the
 * finish workflow run the same way. Plan (app, tables, variables), run,
 * report. Nothing outside the scratch folder is written.
 */















const RUNBOOK_ESTIMATE = 'Immediate rollback: 5–10 minutes';
async function runDrill(o, deps) {
    const started = Date.now();
    const workflows = [await loadWorkflow(o.workflow)];
    const noFinish = o.finishWorkflow ? null : `no rollback-finish.yml beside ${o.workflow}`;
    if (o.finishWorkflow)
        workflows.push(await loadWorkflow(o.finishWorkflow));
    refuseUnanswerable(workflows, { approve: o.approve, interactive: o.interactive });
    // Bad --input is refused before anything is made or seeded.
    resolveInputs(workflows[0], { stage: 'drill', reason: 'drill', ...o.inputs });
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'ddbrb-drill-'));
    o.onScratch?.(scratch);
    let kept = o.keep;
    try {
        const { repo, stage, tables, seeded } = await prepareApp(o, deps, scratch);
        await deps.s3.call({ operation: 'CreateBucket', resource: `s3://${BUCKET}` }, (sdk) => sdk.send(new dist_cjs.CreateBucketCommand({ Bucket: BUCKET })));
        const recorder = await startGitHubRecorder(scratch, REPOSITORY, {
            origin: repo.origin,
            defaultBranch: repo.branch,
            artifacts: external_node_path_default().join(scratch, 'artifacts'),
        });
        try {
            const sha = (await git(repo.dir, 'rev-parse', 'HEAD')).stdout.trim();
            const world = {
                origin: repo.origin,
                defaultBranch: repo.branch,
                dynamoEndpoint: o.dynamoEndpoint,
                s3Endpoint: o.s3Endpoint,
                region: REGION,
                artifacts: external_node_path_default().join(scratch, 'artifacts'),
            };
            const runner = {
                vars: drillVars(stage, o.dynamoEndpoint, o.s3Endpoint),
                secrets: {},
                github: {
                    repository: REPOSITORY,
                    repository_owner: 'drill',
                    sha,
                    ref: `refs/heads/${repo.branch}`,
                    ref_name: repo.branch,
                    actor: 'drill',
                    triggering_actor: 'drill',
                    run_id: '1',
                    run_number: '1',
                    run_attempt: '1',
                    server_url: 'https://github.com',
                    api_url: recorder.url,
                    token: 'drill-token-not-a-secret',
                },
                baseEnv: baseEnv(external_node_path_default().join(scratch, 'app-state')),
                action: await readActionManifest(o.packageRoot),
                // This action by any owner's name (a fork's too), or ./.
                actionNames: ['*/dynamodb-rollback'],
                localActions: localActions(world),
                adapters: ADAPTERS,
                gate: gateFor({ approve: o.approve, interactive: o.interactive }, o.onLine),
                node: o.node,
                onLine: o.onLine,
            };
            const inputs = { stage, reason: 'drill: a rehearsal of the rollback', ...o.inputs };
            const { records, finishSkipped, branch, merged } = await runChain({
                packageRoot: o.packageRoot,
                workflows,
                inputs,
                runner,
                scratch,
                repo,
                recorder,
                finishSkipped: noFinish,
                onLine: o.onLine,
            });
            const ok = records.every((r) => r.ok) && finishSkipped === null;
            if (!ok)
                kept = true;
            return {
                ok,
                scratch,
                kept,
                app: { source: o.app ? 'copy' : 'scratch', ...(o.app ? { from: external_node_path_default().resolve(o.app) } : {}), stage, tables, seeded },
                workflows: records,
                finishSkipped,
                figures: figuresOf(records[0]),
                branch,
                pullRequestBody: recorder.pulls[0]?.bodyFile ?? null,
                comments: recorder.comments.map((c) => c.file),
                merged,
                appState: await appState(external_node_path_default().join(scratch, 'app-state')),
                seconds: (Date.now() - started) / 1000,
                standIn: o.standIn ?? null,
            };
        }
        finally {
            await recorder.stop();
        }
    }
    catch (err) {
        kept = o.keep;
        throw err;
    }
    finally {
        if (!kept)
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 97581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ toWire),
/* harmony export */   kn: () => (/* binding */ fromWire)
/* harmony export */ });
/* unused harmony exports toWireValue, fromWireValue */
function toWireValue(v) {
    if (v.S !== undefined)
        return { S: v.S };
    if (v.N !== undefined)
        return { N: v.N };
    if (v.B !== undefined)
        return { B: Buffer.from(v.B).toString('base64') };
    if (v.SS !== undefined)
        return { SS: v.SS };
    if (v.NS !== undefined)
        return { NS: v.NS };
    if (v.BS !== undefined)
        return { BS: v.BS.map((b) => Buffer.from(b).toString('base64')) };
    if (v.BOOL !== undefined)
        return { BOOL: v.BOOL };
    if (v.NULL !== undefined)
        return { NULL: true };
    if (v.M !== undefined)
        return { M: toWire(v.M) };
    if (v.L !== undefined)
        return { L: v.L.map(toWireValue) };
    throw new Error(`unsupported AttributeValue with keys ${Object.keys(v).join(',')}`);
}
function toWire(item) {
    const out = {};
    for (const [k, v] of Object.entries(item))
        out[k] = toWireValue(v);
    return out;
}
function fromWireValue(v) {
    if ('B' in v)
        return { B: Buffer.from(v.B, 'base64') };
    if ('BS' in v)
        return { BS: v.BS.map((b) => Buffer.from(b, 'base64')) };
    if ('M' in v)
        return { M: fromWire(v.M) };
    if ('L' in v)
        return { L: v.L.map(fromWireValue) };
    return v;
}
function fromWire(item) {
    const out = {};
    for (const [k, v] of Object.entries(item))
        out[k] = fromWireValue(v);
    return out;
}


/***/ }),

/***/ 90014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ RUN_MANIFEST),
/* harmony export */   Mu: () => (/* binding */ dataFileKey),
/* harmony export */   QO: () => (/* binding */ nextPageLimit),
/* harmony export */   T0: () => (/* binding */ CHECKPOINT_DIR),
/* harmony export */   fC: () => (/* binding */ filesKey),
/* harmony export */   gC: () => (/* binding */ summaryKey),
/* harmony export */   hF: () => (/* binding */ renderJson),
/* harmony export */   o5: () => (/* binding */ FILES_MANIFEST),
/* harmony export */   rB: () => (/* binding */ SUMMARY_MANIFEST),
/* harmony export */   s4: () => (/* binding */ checkpointKey),
/* harmony export */   vd: () => (/* binding */ renderFilesManifest),
/* harmony export */   w9: () => (/* binding */ LAYOUT_VERSION),
/* harmony export */   wU: () => (/* binding */ tableDir),
/* harmony export */   ys: () => (/* binding */ defaultSegments)
/* harmony export */ });
/* unused harmony exports TARGET_PAGE_BYTES, FIRST_PAGE_LIMIT */
const RUN_MANIFEST = 'export.json';
const SUMMARY_MANIFEST = 'manifest-summary.json';
const FILES_MANIFEST = 'manifest-files.json';
const CHECKPOINT_DIR = '.checkpoints';
const LAYOUT_VERSION = 1;
/** Table names are [A-Za-z0-9_.-]{3,255}, so they are safe folder names as they are. */
function tableDir(table) {
    return table;
}
const pad = (n, width) => String(n).padStart(width, '0');
function dataFileKey(dir, segment, n) {
    return `${dir}/data/${pad(segment, 4)}-${pad(n, 5)}.json.gz`;
}
function checkpointKey(dir, segment) {
    return `${dir}/${CHECKPOINT_DIR}/segment-${pad(segment, 4)}.json`;
}
function summaryKey(dir) {
    return `${dir}/${SUMMARY_MANIFEST}`;
}
function filesKey(dir) {
    return `${dir}/${FILES_MANIFEST}`;
}
/** manifest-files.json: one JSON object per line, as DynamoDB writes it. */
function renderFilesManifest(entries) {
    return entries.map((e) => JSON.stringify(e)).join('\n') + (entries.length > 0 ? '\n' : '');
}
function renderJson(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
/**
 * A sensible --segments default from DescribeTable's size: one segment per
 * 32 MB (each scan page is at most 1 MB, so a segment is at least 32 round
 * trips), at least 4 once the table is bigger than a page or two, at most 64.
 */
function defaultSegments(sizeBytes, itemCount) {
    // Zero means unknown as often as empty: AWS updates the figures about every
    // six hours (a table filled an hour ago can show 0), and dynalite never does.
    if (sizeBytes === 0 && itemCount === 0)
        return 4;
    if (sizeBytes < 2 * 1024 * 1024 && itemCount < 5_000)
        return 1;
    return Math.min(64, Math.max(4, Math.ceil(sizeBytes / (32 * 1024 * 1024))));
}
/**
 * Bytes of data lines per Scan page we aim for. Each request costs the
 * client a few milliseconds of SDK and HTTP work whatever its size: at
 * 1,000,000 items, 128 KB pages took the export 28 CPU s, these 20. A
 * segment holds a page's body and two pages of lines: 1 MB pages took its
 * peak RSS from 130 to 158 MB (the export's goal is under 150).
 */
const TARGET_PAGE_BYTES = 512 * 1024;
/** The first page of a segment, before the item size is known. */
const FIRST_PAGE_LIMIT = 100;
/**
 * Scan Limit for the next page: about TARGET_PAGE_BYTES of lines, from the
 * average line size seen so far. DynamoDB still caps a page at 1 MB.
 */
function nextPageLimit(lineBytes, items) {
    if (items <= 0)
        return FIRST_PAGE_LIMIT;
    return Math.max(10, Math.floor(TARGET_PAGE_BYTES / (lineBytes / items)));
}


/***/ }),

/***/ 52047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File),
/* harmony export */   k: () => (/* binding */ sha256Stream)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/** sha256 (hex) of a stream's bytes. */
async function sha256Stream(body) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of body)
        hash.update(chunk);
    return hash.digest('hex');
}
/** sha256 (hex) of a file's bytes, streamed. */
function sha256File(file) {
    return sha256Stream((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file));
}


/***/ }),

/***/ 63697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ recordFiles),
/* harmony export */   LP: () => (/* binding */ sha256Bytes),
/* harmony export */   kd: () => (/* binding */ recordDigest),
/* harmony export */   uN: () => (/* binding */ combineDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _fsafe_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52047);
/**
 * The record's digest: one sha256 over its files, so config-pr (which has
 * the files the artifact was made of) and the finish (which has them from
 * the artifact's zip) compute the same value whatever the zip's encoding.
 * sha256 of the lines `<sha256 of the file>  <path>\n`, paths relative to
 * the record's folder with `/`, sorted by their UTF-8 bytes (the lines
 * `sha256sum` prints, in that order).
 */




function sha256Bytes(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
function combineDigest(files) {
    const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    return sha256Bytes(Buffer.from(sorted.map((f) => `${f.sha256}  ${f.name}\n`).join('')));
}
/** Every regular file under dir (recursively), with its sha256. */
async function recordFiles(dir) {
    const out = [];
    const walk = async (rel) => {
        for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, rel), { withFileTypes: true })) {
            const name = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory())
                await walk(name);
            else if (e.isFile())
                out.push({ name, sha256: await (0,_fsafe_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name)) });
        }
    };
    await walk('');
    return out;
}
async function recordDigest(dir) {
    return combineDigest(await recordFiles(dir));
}


/***/ })

};
