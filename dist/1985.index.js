export const id = 1985;
export const ids = [1985];
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

/***/ 21985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backupCommand: () => (/* binding */ backupCommand)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var dist_cjs = __webpack_require__(64305);
// EXTERNAL MODULE: ./src/clients/errors.ts
var errors = __webpack_require__(67137);
// EXTERNAL MODULE: ./src/clients/retry.ts
var retry = __webpack_require__(83242);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/clients/dynamodb-describe.ts
var dynamodb_describe = __webpack_require__(54562);
;// CONCATENATED MODULE: ./src/backup/backup-name.ts
/**
 * On-demand backup names: `<table>-rollback-<yyyymmddThhmmss>` (UTC), so a
 * backup in the console says which table and which run it belongs to.
 * DynamoDB allows [a-zA-Z0-9_.-], 3 to 255 characters; table names use the
 * same characters, so only the length needs care.
 */
const MAX = 255;
function stamp(at) {
    return at
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, '');
}
function backupName(table, at) {
    const suffix = `-rollback-${stamp(at)}`;
    return `${table.slice(0, MAX - suffix.length)}${suffix}`;
}

// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/backup/create-backups.ts
/**
 * An on-demand backup (CreateBackup) of every table, then DescribeBackup
 * until each is AVAILABLE or the timeout passes. Tables are checked first,
 * and a refusal on the first CreateBackup (no permission, unsupported
 * endpoint) is an InputError, so bad input leaves nothing behind in AWS.
 * Once a backup exists, a later failure is reported per table instead, with
 * the ARNs of those that were made.
 */







const DEFAULT_POLL_MS = 5_000;
async function runBackup(options, deps) {
    const { dynamo: client, reporter } = deps;
    const now = deps.now ?? (() => new Date());
    const sleep = deps.sleep ?? retry/* defaultSleep */.JG;
    const { timeoutSeconds } = options;
    if (!Number.isInteger(timeoutSeconds) || timeoutSeconds <= 0) {
        throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('timeout')} ${timeoutSeconds}: give a whole number of seconds above 0`);
    }
    const refs = options.tables;
    const endpoint = client.scope.endpoint;
    // Every table must exist before any backup is made.
    await (0,dynamodb_describe/* describeTables */.J)(client, refs);
    const started = now();
    const result = {
        ok: false,
        skipped: false,
        endpoint: endpoint ?? null,
        startedAt: started.toISOString(),
        timeoutSeconds,
        tables: refs.map((ref) => ({
            collection: ref.collection,
            table: ref.table,
            name: backupName(ref.table, started),
            arn: null,
            status: 'failed',
            seconds: null,
            problem: null,
        })),
    };
    const progress = reporter.progress('backups', { unit: 'tables', total: refs.length });
    for (const [i, ref] of refs.entries()) {
        const entry = result.tables[i];
        try {
            const out = await client.call({ operation: 'CreateBackup', resource: `table ${ref.table}` }, (sdk) => sdk.send(new dist_cjs/* CreateBackupCommand */.E1j({ TableName: ref.table, BackupName: entry.name })));
            const details = out.BackupDetails;
            if (!details?.BackupArn) {
                entry.problem = 'CreateBackup answered without a backup ARN';
                progress.add(1);
                continue;
            }
            entry.arn = details.BackupArn;
            entry.status = details.BackupStatus === 'AVAILABLE' ? 'AVAILABLE' : 'CREATING';
            if (entry.status === 'AVAILABLE') {
                entry.seconds = 0;
                progress.add(1);
            }
            reporter.info(`backup ${entry.name} of ${ref.table}: ${details.BackupStatus ?? 'status unknown'}`);
        }
        catch (err) {
            const anyMade = result.tables.some((t) => t.arn !== null);
            if ((0,errors/* kindOf */.I)(err) === 'unsupported' && !anyMade) {
                if (options.skipUnsupported) {
                    progress.done('skipped: the endpoint does not support CreateBackup');
                    return skippedResult(result, endpoint);
                }
                throw new core_errors/* InputError */.dz(`${(0,errors/* whereOf */.de)(client.scope)} does not support CreateBackup; use ${(0,option_name/* opt */.m7)('skip-unsupported')} to skip the backup step`, { cause: err });
            }
            // Before any backup exists, a refusal is bad input and leaves nothing behind; after, it is one table's failure.
            if (!anyMade && err instanceof core_errors/* InputError */.dz)
                throw err;
            entry.problem = `CreateBackup failed: ${(0,core_errors/* describeError */.Uc)(err)}`;
            reporter.error(`backup of ${ref.table}: ${entry.problem}`);
            progress.add(1);
        }
    }
    await waitUntilAvailable(client, result, { now, sleep, pollMs: deps.pollMs ?? DEFAULT_POLL_MS, deadline: now().getTime() + timeoutSeconds * 1000 }, (n) => progress.add(n));
    result.ok = result.tables.every((t) => t.status === 'AVAILABLE');
    progress.done(`${result.tables.filter((t) => t.status === 'AVAILABLE').length}/${refs.length} AVAILABLE`);
    return result;
}
function skippedResult(result, endpoint) {
    for (const t of result.tables) {
        t.status = 'skipped';
        t.problem = `${endpoint ? `endpoint ${endpoint}` : 'the endpoint'} does not support CreateBackup`;
    }
    return { ...result, ok: true, skipped: true };
}
async function waitUntilAvailable(client, result, w, finished) {
    const created = Date.parse(result.startedAt);
    let pending = result.tables.filter((t) => t.status === 'CREATING');
    while (pending.length > 0) {
        for (const t of pending) {
            try {
                const out = await client.call({ operation: 'DescribeBackup', resource: `backup ${t.name}` }, (sdk) => sdk.send(new dist_cjs/* DescribeBackupCommand */.zQ0({ BackupArn: t.arn })));
                const status = out.BackupDescription?.BackupDetails?.BackupStatus;
                if (status === 'AVAILABLE') {
                    t.status = 'AVAILABLE';
                    t.seconds = Math.max(0, Math.round((w.now().getTime() - created) / 1000));
                }
                else if (status === 'DELETED') {
                    t.status = 'DELETED';
                    t.problem = 'the backup was deleted before it became AVAILABLE';
                }
            }
            catch (err) {
                t.status = 'failed';
                t.problem = `DescribeBackup failed: ${(0,errors/* kindOf */.I)(err) === 'not-found' ? 'the backup no longer exists' : (0,core_errors/* describeError */.Uc)(err)}`;
            }
            if (t.status !== 'CREATING')
                finished(1);
        }
        pending = pending.filter((t) => t.status === 'CREATING');
        if (pending.length === 0)
            break;
        const left = w.deadline - w.now().getTime();
        if (left <= 0) {
            for (const t of pending) {
                t.status = 'timeout';
                t.problem = `not AVAILABLE within ${result.timeoutSeconds} s (still CREATING; it may finish later, see its ARN)`;
            }
            finished(pending.length);
            break;
        }
        await w.sleep(Math.min(w.pollMs, left));
    }
}

// EXTERNAL MODULE: ./src/config/tables.ts
var tables = __webpack_require__(25665);
// EXTERNAL MODULE: ./src/commands/clients.ts
var clients = __webpack_require__(67174);
// EXTERNAL MODULE: ./src/commands/read-option.ts
var read_option = __webpack_require__(92304);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
;// CONCATENATED MODULE: ./src/commands/backup.ts





/** On-demand backup of every table; waits until each is AVAILABLE. */
const backupCommand = (0,types/* defineCommand */.N)({
    name: 'backup',
    description: 'On-demand backup (CreateBackup) of every table, waiting until each is AVAILABLE; outputs the ARNs',
    options: ['tables', 'skip-unsupported', 'timeout', 'retry-budget'],
    outputs: {
        arns: 'JSON object: table -> backup ARN',
        statuses: 'JSON object: table -> backup status (AVAILABLE, skipped, failed...)',
        skipped: 'true when the endpoint lacks CreateBackup and --skip-unsupported skipped it',
    },
    run: async (ctx) => runBackup({
        tables: (0,tables/* selectTables */.e)(ctx.config, ctx.options.tables),
        timeoutSeconds: (0,read_option/* readOption */.g)(ctx.options, 'timeout'),
        skipUnsupported: (0,read_option/* readOption */.g)(ctx.options, 'skip-unsupported'),
    }, { dynamo: await (0,clients/* dynamoFor */._h)(ctx), reporter: ctx.reporter }),
    present(r) {
        const available = r.tables.filter((t) => t.status === 'AVAILABLE').length;
        const headline = r.skipped
            ? `skipped: ${r.endpoint ?? 'the endpoint'} does not support CreateBackup (--skip-unsupported)`
            : r.ok
                ? `${available} backup${available === 1 ? '' : 's'} AVAILABLE`
                : `${r.tables.length - available} of ${r.tables.length} backups not AVAILABLE`;
        return {
            ok: r.ok,
            outputs: {
                arns: JSON.stringify(Object.fromEntries(r.tables.filter((t) => t.arn !== null).map((t) => [t.table, t.arn]))),
                statuses: JSON.stringify(Object.fromEntries(r.tables.map((t) => [t.table, t.status]))),
                skipped: String(r.skipped),
            },
            summary: {
                title: 'backup',
                headline,
                tables: [
                    {
                        headers: ['collection', 'table', 'backup', 'status', 'seconds'],
                        rows: r.tables.map((t) => [
                            t.collection,
                            t.table,
                            t.arn ? t.name : '-',
                            t.status,
                            t.seconds === null ? '-' : String(t.seconds),
                        ]),
                    },
                ],
                notes: [
                    ...r.tables.filter((t) => t.arn).map((t) => `${t.table}: ${t.arn}`),
                    ...r.tables.filter((t) => t.problem && t.status !== 'skipped').map((t) => `${t.table}: ${t.problem}`),
                ],
            },
        };
    },
});


/***/ }),

/***/ 67174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ gitHubFor),
/* harmony export */   SQ: () => (/* binding */ cloudWatchFor),
/* harmony export */   Wb: () => (/* binding */ gitHubRepository),
/* harmony export */   Zd: () => (/* binding */ gitHubToken),
/* harmony export */   _h: () => (/* binding */ dynamoFor),
/* harmony export */   "in": () => (/* binding */ dynamoSettings),
/* harmony export */   ql: () => (/* binding */ s3For)
/* harmony export */ });
/* unused harmony export dynamoFromSettings */
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


/***/ })

};
