export const id = 9;
export const ids = [9,7174];
export const modules = {

/***/ 54562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ describeTables),
/* harmony export */   u: () => (/* binding */ describeTable)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64305);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67137);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78440);
/**
 * DescribeTable, named the same way by every command that reads a table's
 * description (status, backup, export, assess, mitigate), and the check
 * that each table exists and is readable, the first thing an export checks
 * before it writes anything. Failures the operator can fix are InputErrors,
 * so a missing table or an unreachable endpoint leaves no folder and no
 * object behind. Beside dynamodb.ts, not in it: the IAM test reads each
 * command's calls from the files it imports, and verify imports
 * dynamodb.ts but never sends DescribeTable.
 */




const READABLE = new Set(['ACTIVE', 'UPDATING']);
/** One DescribeTable, named the same way by every command (status, backup, export). */
async function describeTable(client, ref) {
    const request = {
        operation: 'DescribeTable',
        resource: `table ${ref.table}${ref.collection !== ref.table ? ` (collection ${ref.collection})` : ''}`,
        notFoundHint: `check ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7)('stage')} and ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7)('tables')} (or the tables map of the config file)`,
    };
    const out = await client.call(request, (sdk) => sdk.send(new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_3__/* .DescribeTableCommand */ .h8C({ TableName: ref.table })));
    if (!out.Table?.TableName) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .whereOf */ .de)(client.scope)} answered DescribeTable ${ref.table} without a table description, which DynamoDB never does; check ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7)('endpoint')}`);
    }
    return out.Table;
}
async function describeTables(client, tables) {
    // One at a time: the first failure (often the same for every table) is reported alone.
    const out = [];
    for (const ref of tables) {
        const t = await describeTable(client, ref);
        const status = t.TableStatus ?? 'unknown';
        if (!READABLE.has(status)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`table ${ref.table} is ${status}, not ACTIVE; wait until it is ACTIVE and run again`);
        }
        out.push({
            ...ref,
            keySchema: (t.KeySchema ?? []).map((k) => ({
                AttributeName: k.AttributeName ?? '',
                KeyType: k.KeyType === 'RANGE' ? 'RANGE' : 'HASH',
            })),
            itemCount: t.ItemCount ?? 0,
            sizeBytes: t.TableSizeBytes ?? 0,
        });
    }
    return out;
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

/***/ 80009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mitigateCommand: () => (/* binding */ mitigateCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/tables.ts
var config_tables = __webpack_require__(25665);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/dynamo/table.ts
var table = __webpack_require__(82266);
;// CONCATENATED MODULE: ./src/mitigate/plan.ts

function settingsOf(t) {
    const billing = (0,table/* billingOf */.F)(t);
    const cap = (p) => billing === 'PROVISIONED' ? { read: p?.ReadCapacityUnits ?? 0, write: p?.WriteCapacityUnits ?? 0 } : null;
    return {
        billing,
        capacity: cap(t.ProvisionedThroughput),
        indexes: Object.fromEntries((t.GlobalSecondaryIndexes ?? []).map((g) => [g.IndexName ?? '', cap(g.ProvisionedThroughput)])),
    };
}
const same = (a, b) => (a === null ? b === null : b !== null && a.read === b.read && a.write === b.write);
function planTable(t, target) {
    const table = t.TableName ?? '';
    const before = settingsOf(t);
    const names = Object.keys(before.indexes);
    const after = target.billing === 'PAY_PER_REQUEST'
        ? { billing: 'PAY_PER_REQUEST', capacity: null, indexes: Object.fromEntries(names.map((n) => [n, null])) }
        : {
            billing: 'PROVISIONED',
            capacity: target.capacity,
            indexes: Object.fromEntries(names.map((n) => [n, target.indexes?.[n] ?? target.capacity])),
        };
    const plan = (update, refusal = null) => ({
        table,
        before,
        after,
        update,
        refusal,
    });
    const unchanged = before.billing === after.billing &&
        same(before.capacity, after.capacity) &&
        names.every((n) => same(before.indexes[n] ?? null, after.indexes[n] ?? null));
    if (unchanged)
        return plan(null);
    if (t.TableStatus !== 'ACTIVE')
        return plan(null, `table ${table} is ${t.TableStatus ?? 'in an unknown state'}, not ACTIVE: UpdateTable would be refused; wait until it is ACTIVE and run again`);
    const busy = (t.GlobalSecondaryIndexes ?? []).find((g) => g.IndexStatus !== 'ACTIVE');
    if (busy)
        return plan(null, `index ${busy.IndexName} of table ${table} is ${busy.IndexStatus ?? 'in an unknown state'}, not ACTIVE: UpdateTable would be refused; wait until it is ACTIVE and run again`);
    if (after.billing === 'PROVISIONED' && (after.capacity.read < 1 || after.capacity.write < 1)) {
        return plan(null, `table ${table}: provisioned capacity must be at least 1 read and 1 write unit`);
    }
    if (after.billing === 'PAY_PER_REQUEST')
        return plan({ TableName: table, BillingMode: 'PAY_PER_REQUEST' });
    // Going to provisioned, every GSI needs its capacity; within provisioned, only those that change may be named.
    const indexUpdates = names
        .filter((n) => before.billing !== 'PROVISIONED' || !same(before.indexes[n] ?? null, after.indexes[n] ?? null))
        .map((n) => ({
        Update: {
            IndexName: n,
            ProvisionedThroughput: { ReadCapacityUnits: after.indexes[n].read, WriteCapacityUnits: after.indexes[n].write },
        },
    }));
    const tableChanges = before.billing !== 'PROVISIONED' || !same(before.capacity, after.capacity);
    return plan({
        TableName: table,
        ...(before.billing !== 'PROVISIONED' ? { BillingMode: 'PROVISIONED' } : {}),
        ...(tableChanges
            ? { ProvisionedThroughput: { ReadCapacityUnits: after.capacity.read, WriteCapacityUnits: after.capacity.write } }
            : {}),
        ...(indexUpdates.length > 0 ? { GlobalSecondaryIndexUpdates: indexUpdates } : {}),
    });
}
function describeSettings(s) {
    if (s.billing === 'PAY_PER_REQUEST')
        return 'on-demand';
    const gsis = Object.entries(s.indexes).map(([n, c]) => `${n} ${c?.read ?? 0}/${c?.write ?? 0}`);
    return `provisioned ${s.capacity?.read ?? 0}/${s.capacity?.write ?? 0}${gsis.length > 0 ? ` (GSIs ${gsis.join(', ')})` : ''}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var dist_cjs = __webpack_require__(64305);
// EXTERNAL MODULE: ./src/clients/retry.ts
var retry = __webpack_require__(83242);
// EXTERNAL MODULE: ./src/clients/dynamodb-describe.ts
var dynamodb_describe = __webpack_require__(54562);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/fsafe/atomic-write.ts
var atomic_write = __webpack_require__(88796);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/mitigate/report.ts
/**
 * mitigate's report: the settings of every table before and after, so one
 * command (`mitigate --revert <report>`) puts them back. Written before the
 * first UpdateTable and again at the end, so a run cut short still leaves
 * what --revert needs. Table settings only: no item is ever read.
 */





const REPORT_KIND = 'dynamodb-rollback mitigate';
const capacity = schemas/* strictObject */.rej({ read: schemas/* number */.aig().int().min(1), write: schemas/* number */.aig().int().min(1) }).nullable();
const settings = schemas/* strictObject */.rej({ billing: schemas/* enum */.k5n(['PROVISIONED', 'PAY_PER_REQUEST']), capacity, indexes: schemas/* record */.g1P(schemas/* string */.YjP(), capacity) });
const schema = schemas/* strictObject */.rej({
    kind: schemas/* literal */.euz(REPORT_KIND),
    version: schemas/* literal */.euz(1),
    stage: schemas/* string */.YjP(),
    region: schemas/* string */.YjP(),
    endpoint: schemas/* string */.YjP().nullable(),
    action: schemas/* enum */.k5n(['on-demand', 'provisioned', 'revert']),
    revertOf: schemas/* string */.YjP().nullable(),
    startedAt: schemas/* string */.YjP(),
    finishedAt: schemas/* string */.YjP().nullable(),
    tables: schemas/* array */.YOg(schemas/* strictObject */.rej({
        collection: schemas/* string */.YjP(),
        table: schemas/* string */.YjP(),
        before: settings,
        after: settings,
        outcome: schemas/* enum */.k5n(['planned', 'unchanged', 'ACTIVE', 'timeout', 'failed']),
        seconds: schemas/* number */.aig().nullable(),
        problem: schemas/* string */.YjP().nullable(),
    })),
});
async function writeReport(file, report) {
    await (0,atomic_write/* writeFileAtomic */.Zf)(file, `${JSON.stringify(report, null, 2)}\n`);
}
/** A report to revert: read and checked, or one line saying what is wrong with it (exit 2). */
async function readReport(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('revert')} ${file}: cannot read it (${err.code ?? 'error'}); give the report mitigate wrote`, { cause: err });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('revert')} ${file}: not JSON; give the report mitigate wrote`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('revert')} ${file}: not a mitigate report (${issue.path.join('.') || 'top level'}: ${issue.message}); give the report mitigate wrote`);
    }
    return parsed.data;
}

;// CONCATENATED MODULE: ./src/mitigate/run.ts
/**
 * mitigate: the runbook's scenario 2 mitigation. Plan every table from
 * DescribeTable (plan.ts); refuse the lot, changing nothing, when any table
 * would be refused; write the report (the settings before); UpdateTable per
 * table; wait until each table and its GSIs are ACTIVE in the new mode
 * within the timeout; write the report again with the outcome.
 */









const DEFAULT_POLL_MS = 5_000;
/** What each table should become: one mode for all, or (a revert) each table's recorded settings. */
async function targets(options) {
    if (options.action === 'on-demand')
        return options.tables.map((ref) => ({ ref, target: { billing: 'PAY_PER_REQUEST' } }));
    if (options.action === 'provisioned')
        return options.tables.map((ref) => ({
            ref,
            target: { billing: 'PROVISIONED', capacity: { read: options.read, write: options.write } },
        }));
    const old = await readReport(options.revertOf);
    return old.tables
        .filter((t) => t.outcome !== 'unchanged')
        .map((t) => ({ ref: { collection: t.collection, table: t.table, configured: true }, target: targetOf(t.before) }));
}
function targetOf(s) {
    if (s.billing === 'PAY_PER_REQUEST' || s.capacity === null)
        return { billing: 'PAY_PER_REQUEST' };
    const indexes = Object.fromEntries(Object.entries(s.indexes).flatMap(([n, c]) => (c ? [[n, c]] : [])));
    return { billing: 'PROVISIONED', capacity: s.capacity, indexes };
}
async function runMitigate(options, deps) {
    const { dynamo, reporter } = deps;
    const now = deps.now ?? (() => new Date());
    const sleep = deps.sleep ?? retry/* defaultSleep */.JG;
    if (!Number.isInteger(options.timeoutSeconds) || options.timeoutSeconds <= 0)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('timeout')} ${options.timeoutSeconds}: give a whole number of seconds above 0`);
    // Plan: every table described and judged before anything changes.
    const wanted = await targets(options);
    if (wanted.length === 0)
        throw new errors/* InputError */.dz(options.action === 'revert'
            ? `${(0,option_name/* opt */.m7)('revert')} ${options.revertOf}: the report changed no table; nothing to revert`
            : `no tables to change; check ${(0,option_name/* opt */.m7)('tables')}`);
    const plans = [];
    for (const { ref, target } of wanted)
        plans.push({ ref, plan: planTable(await (0,dynamodb_describe/* describeTable */.u)(dynamo, ref), target) });
    const refused = plans.filter((p) => p.plan.refusal !== null);
    if (refused.length > 0) {
        throw new errors/* InputError */.dz(`mitigate refused, nothing changed: ${refused.map((p) => p.plan.refusal).join('; ')}`);
    }
    const report = {
        kind: 'dynamodb-rollback mitigate',
        version: 1,
        stage: options.stage,
        region: options.region,
        endpoint: dynamo.scope.endpoint ?? null,
        action: options.action,
        revertOf: options.action === 'revert' ? options.revertOf : null,
        startedAt: now().toISOString(),
        finishedAt: null,
        tables: plans.map(({ ref, plan }) => ({
            collection: ref.collection,
            table: ref.table,
            before: plan.before,
            after: plan.after,
            outcome: plan.update ? 'planned' : 'unchanged',
            seconds: null,
            problem: null,
        })),
    };
    if (options.dryRun) {
        for (const t of report.tables)
            reporter.info(`dry run: ${t.table}: ${describeSettings(t.before)} -> ${t.outcome === 'unchanged' ? 'unchanged' : describeSettings(t.after)}`);
        return { ok: true, dryRun: true, reportFile: null, report };
    }
    // The settings before are on disk before the first change, so a run cut short can still be reverted.
    await (0,promises_.mkdir)(external_node_path_default().dirname(options.reportFile), { recursive: true });
    await writeReport(options.reportFile, report);
    const started = new Map();
    for (const [i, { plan }] of plans.entries()) {
        const entry = report.tables[i];
        if (!plan.update)
            continue;
        try {
            await dynamo.call({ operation: 'UpdateTable', resource: `table ${plan.table}` }, (sdk) => sdk.send(new dist_cjs/* UpdateTableCommand */.NQf(plan.update)));
            started.set(entry.table, now().getTime());
            reporter.info(`${entry.table}: ${describeSettings(entry.before)} -> ${describeSettings(entry.after)} (UpdateTable sent)`);
        }
        catch (err) {
            // Refused before anything changed (no permission, a bad name): bad input, and no report of a change that never was.
            if (started.size === 0 && err instanceof errors/* InputError */.dz) {
                await (0,promises_.rm)(options.reportFile, { force: true });
                throw err;
            }
            entry.outcome = 'failed';
            const code = err.code;
            entry.problem =
                code === 'LimitExceededException'
                    ? `AWS refused the switch (LimitExceededException): at most four switches to on-demand in 24 hours, or too many capacity decreases today; nothing changed on this table`
                    : `UpdateTable failed: ${(0,errors/* describeError */.Uc)(err)}`;
            reporter.error(`${entry.table}: ${entry.problem}`);
        }
    }
    await waitUntilActive(dynamo, report, started, {
        now,
        sleep,
        pollMs: deps.pollMs ?? DEFAULT_POLL_MS,
        deadline: now().getTime() + options.timeoutSeconds * 1000,
        timeoutSeconds: options.timeoutSeconds,
    });
    report.finishedAt = now().toISOString();
    await writeReport(options.reportFile, report);
    const ok = report.tables.every((t) => t.outcome === 'ACTIVE' || t.outcome === 'unchanged');
    return { ok, dryRun: false, reportFile: options.reportFile, report };
}
/** In the new mode, the table and every index ACTIVE: DescribeTable may still say ACTIVE for a moment after UpdateTable. */
function settled(t, after) {
    const billing = t.BillingModeSummary?.BillingMode ?? 'PROVISIONED';
    return (t.TableStatus === 'ACTIVE' && billing === after.billing && (t.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE'));
}
async function waitUntilActive(dynamo, report, started, w) {
    let pending = report.tables.filter((t) => t.outcome === 'planned');
    while (pending.length > 0) {
        for (const t of pending) {
            try {
                const d = await dynamo.call({ operation: 'DescribeTable', resource: `table ${t.table}` }, (sdk) => sdk.send(new dist_cjs/* DescribeTableCommand */.h8C({ TableName: t.table })));
                if (d.Table && settled(d.Table, t.after)) {
                    t.outcome = 'ACTIVE';
                    t.seconds = Math.max(0, Math.round((w.now().getTime() - (started.get(t.table) ?? w.now().getTime())) / 1000));
                }
            }
            catch (err) {
                t.outcome = 'failed';
                t.problem = `DescribeTable failed while waiting: ${(0,errors/* describeError */.Uc)(err)}`;
            }
        }
        pending = pending.filter((t) => t.outcome === 'planned');
        if (pending.length === 0)
            break;
        const left = w.deadline - w.now().getTime();
        if (left <= 0) {
            for (const t of pending) {
                t.outcome = 'timeout';
                t.problem = `not ACTIVE within ${w.timeoutSeconds} s (still UPDATING; it may finish later: run mitigate --dry-run or status to see it)`;
            }
            break;
        }
        await w.sleep(Math.min(w.pollMs, left));
    }
}

// EXTERNAL MODULE: ./src/commands/clients.ts
var clients = __webpack_require__(67174);
// EXTERNAL MODULE: ./src/commands/read-option.ts
var read_option = __webpack_require__(92304);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
;// CONCATENATED MODULE: ./src/commands/mitigate.ts









/** The report's default name: the stage and the time, so runs never overwrite each other. */
function defaultReport(ctx) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    return external_node_path_default().join('.dynamodb-rollback', `mitigate-${ctx.config.stage}-${stamp}.json`);
}
/** Which of the three things mitigate was asked to do, or one line saying what is missing (exit 2). */
function actionOf(ctx) {
    const o = ctx.options;
    if (o.revert !== undefined) {
        if (o.billing !== undefined || o.read !== undefined || o.write !== undefined)
            throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('revert')} puts back what the report recorded: give it without ${(0,option_name/* opt */.m7)('billing')}, ${(0,option_name/* opt */.m7)('read')} or ${(0,option_name/* opt */.m7)('write')}`);
        return { action: 'revert', revertOf: external_node_path_default().resolve(ctx.cwd, o.revert) };
    }
    if (o.billing === undefined)
        throw new errors/* InputError */.dz(`mitigate: give ${(0,option_name/* opt */.m7)('billing')} on-demand (or ${(0,option_name/* opt */.m7)('billing')} provisioned ${(0,option_name/* opt */.m7)('read')} N ${(0,option_name/* opt */.m7)('write')} N), or ${(0,option_name/* opt */.m7)('revert')} <report>`);
    const tables = (0,config_tables/* selectTables */.e)(ctx.config, o.tables);
    if (o.billing === 'on-demand') {
        if (o.read !== undefined || o.write !== undefined)
            throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('read')} and ${(0,option_name/* opt */.m7)('write')} belong to ${(0,option_name/* opt */.m7)('billing')} provisioned; on-demand has no capacity to set`);
        return { action: 'on-demand', tables };
    }
    if (o.read === undefined || o.write === undefined)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('billing')} provisioned needs ${(0,option_name/* opt */.m7)('read')} N and ${(0,option_name/* opt */.m7)('write')} N (capacity units for each table and each GSI)`);
    return { action: 'provisioned', tables, read: o.read, write: o.write };
}
/** Switches billing mode (scenario 2's mitigation), waits until ACTIVE, and records how to go back. */
const mitigateCommand = (0,types/* defineCommand */.N)({
    name: 'mitigate',
    description: 'Switch tables (and their GSIs) to on-demand billing, or to provisioned capacity, waiting until ACTIVE; the report records the settings before, and --revert <report> puts them back',
    options: ['tables', 'billing', 'read', 'write', 'revert', 'mitigate-report-out', 'timeout', 'dry-run', 'retry-budget'],
    outputs: {
        report: 'Path of the report (the settings before; give it to --revert); empty on a dry run',
        changed: 'JSON array of the tables changed (or, on a dry run, that would be)',
        outcomes: 'JSON object: table -> ACTIVE, unchanged, timeout, failed (planned on a dry run)',
    },
    async run(ctx) {
        const action = actionOf(ctx);
        return runMitigate({
            ...action,
            stage: ctx.config.stage,
            region: ctx.config.region,
            reportFile: external_node_path_default().resolve(ctx.cwd, (0,read_option/* readOption */.g)(ctx.options, 'mitigate-report-out') ?? defaultReport(ctx)),
            timeoutSeconds: (0,read_option/* readOption */.g)(ctx.options, 'timeout'),
            dryRun: (0,read_option/* readOption */.g)(ctx.options, 'dry-run'),
        }, { dynamo: await (0,clients.dynamoFor)(ctx), reporter: ctx.reporter });
    },
    present(r) {
        const tables = r.report.tables;
        const changed = tables.filter((t) => t.outcome !== 'unchanged');
        const what = r.report.action === 'revert' ? 'reverted' : `switched to ${r.report.action}`;
        const bad = tables.filter((t) => t.outcome === 'failed' || t.outcome === 'timeout');
        const headline = r.dryRun
            ? `dry run: ${changed.length} of ${tables.length} table${tables.length === 1 ? '' : 's'} would change; nothing was changed`
            : r.ok
                ? `${changed.length} table${changed.length === 1 ? '' : 's'} ${what} and ACTIVE, ${tables.length - changed.length} already so`
                : `${bad.length} of ${tables.length} tables not ${what}: ${bad.map((t) => `${t.table} ${t.outcome}`).join(', ')}`;
        return {
            ok: r.ok,
            outputs: {
                report: r.reportFile ?? '',
                changed: JSON.stringify(changed.map((t) => t.table)),
                outcomes: JSON.stringify(Object.fromEntries(tables.map((t) => [t.table, t.outcome]))),
            },
            summary: {
                title: 'mitigate',
                headline,
                tables: [
                    {
                        headers: ['collection', 'table', 'before', 'after', 'outcome', 'seconds'],
                        rows: tables.map((t) => [
                            t.collection,
                            t.table,
                            describeSettings(t.before),
                            t.outcome === 'unchanged' ? '(unchanged)' : describeSettings(t.after),
                            t.outcome,
                            t.seconds === null ? '-' : String(t.seconds),
                        ]),
                    },
                ],
                notes: [
                    ...(r.reportFile ? [`report: ${r.reportFile}; to go back: mitigate --revert ${r.reportFile}`] : []),
                    ...tables.filter((t) => t.problem).map((t) => `${t.table}: ${t.problem}`),
                ],
            },
        };
    },
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

/***/ 25665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ selectTables)
/* harmony export */ });
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78440);

/**
 * The tables a command works on: every configured one, or those named by
 * --tables. A name may be a collection or a table from the config; any other
 * name is taken as a table name outside the config.
 */
function selectTables(config, names) {
    const all = Object.entries(config.tables).map(([collection, table]) => ({
        collection,
        table,
        configured: true,
        source: config.tableSources?.[collection] ?? 'the config',
    }));
    if (!names || names.length === 0)
        return all;
    const out = [];
    for (const name of names) {
        const hit = all.find((t) => t.collection === name || t.table === name);
        const ref = hit ?? { collection: name, table: name, configured: false, source: (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_0__/* .opt */ .m7)('tables') };
        if (!out.some((t) => t.table === ref.table))
            out.push(ref);
    }
    return out;
}


/***/ }),

/***/ 82266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ billingOf)
/* harmony export */ });
function billingOf(t) {
    // A table that never changed mode may lack the summary: provisioned is what it was created as then.
    return t.BillingModeSummary?.BillingMode === 'PAY_PER_REQUEST' ? 'PAY_PER_REQUEST' : 'PROVISIONED';
}


/***/ }),

/***/ 88796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ tempPathFor),
/* harmony export */   GH: () => (/* binding */ TEMP_PATTERN),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   _d: () => (/* binding */ isTempFor),
/* harmony export */   gd: () => (/* binding */ ContentMismatchError),
/* harmony export */   hN: () => (/* binding */ prepareFileAtomic),
/* harmony export */   jH: () => (/* binding */ removeStaleTemps),
/* harmony export */   ty: () => (/* binding */ syncDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * A file replaced whole or not at all: written to a temp file in the same
 * folder, fsynced, renamed over the target, and the folder fsynced so the
 * rename itself survives a power cut. A crash at any point leaves the old
 * file or the new one, never a mix; at worst a stray temp file, whose name
 * (TEMP_PATTERN) lets the next run recognise and remove it.
 */



/** What was written to the temp file is not what the caller expected: the target was left as it was. */
class ContentMismatchError extends Error {
    constructor(target) {
        super(`${target}: the content written did not have the expected sha256; the file was left as it was`);
        this.name = 'ContentMismatchError';
    }
}
/** Every temp file of ours: tempPathFor's names, and the write probe's old name (see write-probe.ts). */
const TEMP_PATTERN = /^\.(?:.+\.dynamodb-rollback-\d+-[0-9a-f]{8}\.tmp|dynamodb-rollback-write-check-\d+-[0-9a-f]{8})$/;
/** Whether name is a temp file of ours for the file named target (a basename). */
function isTempFor(name, target) {
    return TEMP_PATTERN.test(name) && name.startsWith(`.${target}.dynamodb-rollback-`);
}
function tempPathFor(target) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.dynamodb-rollback-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
}
/**
 * writeFileAtomic in two halves, so a caller can write its temp files while
 * it does something that must finish before the first rename (the
 * rollback's snapshot): nothing a reader of the target sees changes before
 * commit.
 */
async function prepareFileAtomic(target, content, options = {}) {
    const tmp = tempPathFor(target);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    try {
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'wx', options.mode ?? 0o666);
        try {
            for await (const chunk of chunksOf(content)) {
                const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
                hash.update(buf);
                for (let off = 0; off < buf.length;)
                    off += (await fh.write(buf, off)).bytesWritten;
                bytes += buf.length;
            }
            if (options.mode !== undefined)
                await fh.chmod(options.mode); // open's mode is masked by umask
            await fh.sync();
        }
        catch (err) {
            // The write's own error (ENOSPC, EFBIG) is the cause: a close failing after it must not take its place.
            await fh.close().catch(() => { });
            throw err;
        }
        await fh.close();
    }
    catch (err) {
        await removeTemp(tmp);
        throw err;
    }
    const sha256 = hash.digest('hex');
    let settled = false;
    const discard = async () => {
        if (settled)
            return;
        settled = true;
        await removeTemp(tmp);
    };
    const commit = async () => {
        if (settled)
            throw new Error(`${target}: its temp file was already renamed or removed`);
        try {
            if (options.unlessSha256 === sha256)
                return { written: false, sha256, bytes };
            if (options.expectSha256 !== undefined && options.expectSha256 !== sha256)
                throw new ContentMismatchError(target);
            await options.hooks?.beforeRename?.(target);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, target);
            settled = true;
            await syncDir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target));
            return { written: true, sha256, bytes };
        }
        finally {
            await discard();
        }
    };
    return { target, tempName: node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(tmp), sha256, bytes, commit, discard };
}
async function writeFileAtomic(target, content, options = {}) {
    return (await prepareFileAtomic(target, content, options)).commit();
}
/** Nor may a cleanup's failure take the cause's place: a temp left behind is recognised by its name and removed by the next run. */
async function removeTemp(tmp) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true }).catch(() => { });
}
/** Removes temp files a crashed write left in dir (only ours, by name), but for keep: this run's own. */
async function removeStaleTemps(dir, keep = new Set()) {
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)) {
        if (TEMP_PATTERN.test(name) && !keep.has(name))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name), { force: true });
    }
}
/** fsync a folder, so renames and unlinks in it are durable. */
async function syncDir(dir) {
    const dh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
    try {
        await dh.sync();
    }
    finally {
        await dh.close();
    }
}
async function* chunksOf(content) {
    if (typeof content === 'string' || Buffer.isBuffer(content))
        yield content;
    else
        yield* content;
}


/***/ })

};
