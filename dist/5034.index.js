export const id = 5034;
export const ids = [5034];
export const modules = {

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

/***/ 75207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* reexport safe */ _core_location_js__WEBPACK_IMPORTED_MODULE_0__.Aw),
/* harmony export */   il: () => (/* reexport safe */ _core_location_js__WEBPACK_IMPORTED_MODULE_0__.il)
/* harmony export */ });
/* harmony import */ var _core_location_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91324);
// The S3 half of a location (core/location.ts), kept here for the S3 client's users.



/***/ }),

/***/ 45034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s3Store: () => (/* binding */ s3Store)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53711);
/* harmony import */ var _clients_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67137);
/* harmony import */ var _clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75207);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78440);





function s3Store(s3, loc) {
    const keyOf = (key) => (key ? (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3Key */ .Aw)(loc, key) : loc.prefix);
    const hint = `check the s3:// URI given with ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('from')}`;
    const get = async (key) => {
        try {
            return await s3.call({ operation: 'GetObject', resource: (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(loc, key), notFoundHint: hint }, (sdk) => sdk.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.GetObjectCommand({ Bucket: loc.bucket, Key: keyOf(key) })));
        }
        catch (err) {
            // A missing key is an answer (the caller decides); a missing bucket is not.
            if ((0,_clients_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(err) === 'not-found' && err.code === 'NoSuchKey')
                return null;
            throw err;
        }
    };
    return {
        root: (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(loc),
        describe: (key) => (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(loc, key),
        async readText(key) {
            const got = await get(key);
            return got ? ((await got.Body?.transformToString('utf8')) ?? '') : null;
        },
        async open(key) {
            const got = await get(key);
            if (!got)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${(0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(loc, key)}: data file missing; the export is incomplete or was moved, copy it again whole`);
            return got.Body;
        },
        async folders(key) {
            const prefix = keyOf(key);
            const out = new Set();
            let token;
            do {
                const page = await s3.call({ operation: 'ListObjectsV2', resource: `bucket ${loc.bucket}`, notFoundHint: hint }, (sdk) => sdk.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.ListObjectsV2Command({
                    Bucket: loc.bucket,
                    Prefix: prefix ? `${prefix}/` : undefined,
                    Delimiter: '/',
                    ContinuationToken: token,
                })));
                for (const p of page.CommonPrefixes ?? []) {
                    const name = p.Prefix?.slice(prefix ? prefix.length + 1 : 0).replace(/\/$/, '');
                    if (name)
                        out.add(name);
                }
                token = page.IsTruncated ? page.NextContinuationToken : undefined;
            } while (token);
            return [...out].sort();
        },
        sub(key) {
            return s3Store(s3, { bucket: loc.bucket, prefix: keyOf(key) });
        },
    };
}


/***/ })

};
