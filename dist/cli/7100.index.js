export const id = 7100;
export const ids = [7100,5034,9807];
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

/***/ 34483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ describeIssue)
/* harmony export */ });
function describeIssue(issue) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    return `${field}: ${issue.message}`;
}


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


/***/ }),

/***/ 9420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ MANIFEST_NAME),
/* harmony export */   z: () => (/* binding */ parseBackupManifest)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_zod_field_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34483);
/**
 * The checksum manifest of a backup folder on S3: `manifest.json`, beside
 * the files it lists, `{ "files": [{ "name", "sha256", "bytes" }] }`
 * (docs/formats.md "The backup manifest"). The planned `publish` command
 * writes the same shape for a rebuilt data dir. A malformed manifest is an
 * InputError naming the URI and the field, never the content.
 */



const MANIFEST_NAME = 'manifest.json';
const plainName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .min(1)
    .refine((n) => !/[/\\\0]/.test(n) && n !== '.' && n !== '..' && n !== MANIFEST_NAME, 'must be a file name in the same folder (not the manifest itself)');
const manifest = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        name: plainName,
        sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
        bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    })),
});
/** The manifest's entries; uri names it in errors, fix says what to do (a release's manifest cannot be removed). */
function parseBackupManifest(text, uri, fix = "fix or remove it (without a manifest, each object's own sha256 metadata is checked when present)") {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${uri}: not valid JSON; ${fix}`);
    }
    const parsed = manifest.safeParse(data);
    if (!parsed.success)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${uri}: not a ${fix.startsWith('fix or remove') ? 'backup' : 'release'} manifest (${(0,_core_zod_field_js__WEBPACK_IMPORTED_MODULE_2__/* .describeIssue */ .n)(parsed.error.issues[0])}); ${fix}`);
    const seen = new Set();
    for (const f of parsed.data.files) {
        if (seen.has(f.name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${uri}: lists ${f.name} twice; ${fix}`);
        seen.add(f.name);
    }
    return parsed.data.files;
}


/***/ }),

/***/ 37100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeChecksum: () => (/* binding */ describeChecksum),
/* harmony export */   downloadS3Backup: () => (/* binding */ downloadS3Backup)
/* harmony export */ });
/* unused harmony exports TEMP_PREFIX, STALE_COPY_MS, removeStaleCopies */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(53711);
/* harmony import */ var _clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75207);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74296);
/* harmony import */ var _export_format_s3_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(45034);
/* harmony import */ var _backup_manifest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9420);
/* harmony import */ var _s3_backup_find_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(49807);
/* harmony import */ var _s3_folder_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(87701);
/**
 * The S3 migration backup brought to this machine: its files downloaded
 * into a private temp folder (os.tmpdir(), mode 0700, files 0600) and
 * checked, before the rollback reads a byte of them.
 *
 * Why download rather than stream: a checksum proves a file only once its
 * last byte is read, and the rollback must not plan from a file it has not
 * proven; it also reads the backup through the same path-based reader as a
 * local one (readCollectionFile), so nothing below has two ways to read.
 * A backup is the file database of one app: small next to the export.
 *
 * Checks: with `manifest.json` in the folder, every file it lists must be
 * there with its sha256 and size, and every other `.json` object must be
 * listed; without one, each object's own `sha256` metadata (our uploads
 * set it) is checked where present. Any failure removes the temp folder
 * before it is thrown: a refusal leaves nothing on disk.
 */













/** Temp folders of downloaded backups start with this (a crash leaves one to recognise). */
const TEMP_PREFIX = 'ddbrb-s3-backup-';
const REDO = 'the backup was changed or damaged after it was written: restore it from a good copy';
async function downloadS3Backup(s3, folder, listed, tmpRoot = node_os__WEBPACK_IMPORTED_MODULE_3___default().tmpdir()) {
    const uri = (name) => (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_6__/* .s3UriOf */ .il)(folder, name);
    const files = listed ?? (await (0,_s3_folder_js__WEBPACK_IMPORTED_MODULE_11__/* .listS3Files */ .G)(s3, folder, (0,_s3_backup_find_js__WEBPACK_IMPORTED_MODULE_10__/* .backupDirHint */ .d)()));
    const json = files.filter((f) => f.name.endsWith('.json') && f.name !== _backup_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .i);
    const manifest = files.some((f) => f.name === _backup_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .i) ? await readManifest(s3, folder) : null;
    if (manifest) {
        const present = new Set(files.map((f) => f.name));
        const missing = manifest.find((e) => !present.has(e.name));
        if (missing)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`${uri(missing.name)}: listed in ${uri(_backup_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .i)} but not there; ${REDO}`);
        const listedNames = new Set(manifest.map((e) => e.name));
        const unlisted = json.find((f) => !listedNames.has(f.name));
        if (unlisted)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`${uri(unlisted.name)}: not listed in ${uri(_backup_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .i)}, so it cannot be checked; remove it or write the manifest anew`);
    }
    const wanted = manifest
        ? manifest.map((e) => ({ name: e.name, expect: e }))
        : json.map((f) => ({ name: f.name, expect: null }));
    // A copy a killed run left holds item values: gone before this run makes its own.
    await removeStaleCopies(tmpRoot);
    // mkdtemp makes the folder 0700: no other user reads the copy.
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(tmpRoot, TEMP_PREFIX));
    const remove = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
    try {
        let checked = 0;
        for (const { name, expect } of wanted) {
            const got = await fetchTo(s3, folder, name, node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, name));
            if (expect) {
                if (got.sha256 !== expect.sha256 || got.bytes !== expect.bytes) {
                    const what = got.bytes !== expect.bytes ? `${got.bytes} bytes, the manifest says ${expect.bytes}` : 'its sha256 differs';
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`${uri(name)}: does not match ${uri(_backup_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .i)} (${what}); nothing was written. ${REDO}`);
                }
                checked++;
            }
            else if (got.metadataSha256 !== undefined) {
                if (got.sha256 !== got.metadataSha256.toLowerCase()) {
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`${uri(name)}: its bytes do not match its sha256 metadata; nothing was written. ${REDO}`);
                }
                checked++;
            }
        }
        const by = manifest ? 'manifest' : checked === 0 ? 'none' : checked === wanted.length ? 'metadata' : 'partial';
        return { dir, checksum: { by, files: wanted.length, checked }, remove };
    }
    catch (err) {
        await remove();
        throw err;
    }
}
function describeChecksum(c) {
    switch (c.by) {
        case 'manifest':
            return `checksummed: ${c.files} files against ${_backup_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .i}`;
        case 'metadata':
            return `checksummed: ${c.files} files against their sha256 metadata`;
        case 'partial':
            return `partly checksummed: ${c.checked} of ${c.files} files carry sha256 metadata, and no ${_backup_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .i}`;
        default:
            return `not checksummed: no ${_backup_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .i} and no sha256 metadata`;
    }
}
async function readManifest(s3, folder) {
    const uri = (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_6__/* .s3UriOf */ .il)(folder, _backup_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .i);
    const text = await (0,_export_format_s3_store_js__WEBPACK_IMPORTED_MODULE_8__.s3Store)(s3, folder).readText(_backup_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .i);
    if (text === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`${uri}: listed, then gone; the backup changed while it was read: run again`);
    return (0,_backup_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .parseBackupManifest */ .z)(text, uri);
}
/** One object to a file, hashed on the way; the whole get is one retryable request (the file is rewritten from its start). */
function fetchTo(s3, folder, name, file) {
    return s3.call({ operation: 'GetObject', resource: (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_6__/* .s3UriOf */ .il)(folder, name), notFoundHint: 'the backup changed while it was read: run again' }, async (sdk) => {
        const got = await sdk.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_12__.GetObjectCommand({ Bucket: folder.bucket, Key: (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_6__/* .s3Key */ .Aw)(folder, name) }));
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let bytes = 0;
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(got.Body, async function* (source) {
            for await (const chunk of source) {
                hash.update(chunk);
                bytes += chunk.length;
                yield chunk;
            }
        }, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(file, { mode: 0o600 }));
        return { sha256: hash.digest('hex'), bytes, metadataSha256: got.Metadata?.sha256 };
    });
}
/** Older than any planning takes: a copy this old belongs to a run that was killed, not to one still at work. */
const STALE_COPY_MS = 6 * 3600_000;
/** Removes our copies older than STALE_COPY_MS in tmpRoot (only folders of our prefix, owned by this user). */
async function removeStaleCopies(tmpRoot, now = Date.now()) {
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(tmpRoot).catch(() => []);
    for (const name of names.filter((n) => n.startsWith(TEMP_PREFIX))) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(tmpRoot, name);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(p).catch(() => null);
        const mine = st !== null && (typeof process.getuid !== 'function' || st.uid === process.getuid());
        if (st?.isDirectory() && mine && now - st.mtimeMs > STALE_COPY_MS)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(p, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 49807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ backupDirHint),
/* harmony export */   findS3Backup: () => (/* binding */ findS3Backup)
/* harmony export */ });
/* harmony import */ var _clients_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67137);
/* harmony import */ var _clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75207);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _export_format_s3_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45034);
/* harmony import */ var _s3_folder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87701);
/* harmony import */ var _timestamp_name_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79074);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78440);
/**
 * Finding the migration backup under `backupDir` given as
 * `s3://bucket/prefix` (a runner has no local copy): the folder the
 * progress file's backupPath names (by its last segment: the path is the
 * migration machine's), else the newest folder whose name is a timestamp
 * (S3 has no folder times, and object times are reset by a copy). Lists
 * only; downloads nothing, so status can use it too.
 *
 * Throws an InputError for what the operator fixes (a bad URI, a missing
 * bucket) and passes the client's classified errors on; a backup that is
 * simply not there is an answer (found: false), as locally.
 */







/** A function, not a constant: the option is spelled when the message is made (core/option-name.ts). */
const backupDirHint = () => `check ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_5__/* .opt */ .m7)('backup-dir')} (or backupDir in the config)`;
async function findS3Backup(s3, root, progress) {
    const rootUri = (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(root);
    const folders = await listFolders(s3, root);
    const sub = (name) => ({ bucket: root.bucket, prefix: root.prefix ? `${root.prefix}/${name}` : name });
    if (progress.backupPath !== null) {
        const name = progress.backupPath.split(/[/\\]/).filter(Boolean).at(-1) ?? '';
        const folder = sub(name);
        if (!name || !folders.includes(name)) {
            return {
                found: false,
                uri: name ? (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(folder) : null,
                source: 'progress-file',
                problem: `${progress.path} names backupPath ${progress.backupPath}, but ${rootUri} holds no folder ${name || '(empty name)'}; upload the backup there or correct backupPath`,
                reason: 'named',
            };
        }
        const note = `${progress.path} names ${progress.backupPath}; took the folder of that name in ${rootUri}`;
        return { found: true, folder, uri: (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(folder), source: 'progress-file', ...(await createdAtOf(s3, folder, name)), note };
    }
    const dated = folders
        .filter((n) => !n.startsWith('.'))
        .flatMap((n) => {
        const t = (0,_timestamp_name_js__WEBPACK_IMPORTED_MODULE_6__/* .timestampFromName */ .q)(n);
        return t ? [{ name: n, time: t.getTime() }] : [];
    })
        .sort((a, b) => a.time - b.time || a.name.localeCompare(b.name, 'en', { numeric: true }));
    const newest = dated.at(-1);
    if (!newest) {
        const what = folders.length > 0
            ? `holds no folder named by a time (found ${folders.length}: ${folders.slice(0, 5).join(', ')}${folders.length > 5 ? ', …' : ''})`
            : (await (0,_s3_folder_js__WEBPACK_IMPORTED_MODULE_4__/* .listS3Files */ .G)(s3, root, backupDirHint())).length > 0
                ? 'holds no backup folder, only objects'
                : 'is empty';
        return {
            found: false,
            uri: null,
            source: 'newest-folder',
            problem: `no migration backup: ${rootUri} ${what} and ${progress.path} names none; upload the backup folder (<prefix>/<time>/<collection>.json), ${backupDirHint()}, or use ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_5__/* .opt */ .m7)('strategy')} export`,
            reason: 'none',
        };
    }
    const folder = sub(newest.name);
    const note = progress.rolledBack
        ? `${progress.path} says rolled_back and names no backupPath (the app's own rollback ran once); took the newest folder in ${rootUri}`
        : null;
    return {
        found: true,
        folder,
        uri: (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(folder),
        source: 'newest-folder',
        createdAt: new Date(newest.time),
        createdFrom: 'folder-name',
        note,
        files: null,
    };
}
async function listFolders(s3, root) {
    try {
        return await (0,_export_format_s3_store_js__WEBPACK_IMPORTED_MODULE_3__.s3Store)(s3, root).folders('');
    }
    catch (err) {
        // The store's own hint speaks of --from; a missing bucket here is the backup dir's.
        if ((0,_clients_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(err) === 'not-found') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`migration backup ${(0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(root)}: bucket ${root.bucket} not found in ${(0,_clients_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .whereOf */ .de)(s3.scope)}; ${backupDirHint()}`, { cause: err });
        }
        throw err;
    }
}
async function createdAtOf(s3, folder, name) {
    const fromName = (0,_timestamp_name_js__WEBPACK_IMPORTED_MODULE_6__/* .timestampFromName */ .q)(name);
    if (fromName)
        return { createdAt: fromName, createdFrom: 'folder-name', files: null };
    const files = await (0,_s3_folder_js__WEBPACK_IMPORTED_MODULE_4__/* .listS3Files */ .G)(s3, folder, backupDirHint());
    const times = files.flatMap((f) => (f.lastModified ? [f.lastModified.getTime()] : []));
    return { createdAt: new Date(times.length > 0 ? Math.min(...times) : Date.now()), createdFrom: 'mtime', files };
}


/***/ }),

/***/ 87701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ listS3Files)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53711);
/* harmony import */ var _clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75207);
/**
 * The objects directly inside one folder of an S3 prefix (names, sizes,
 * times): what the export store's folder listing does not give. Errors
 * pass through the S3 client's classifier.
 */


async function listS3Files(s3, folder, notFoundHint) {
    const prefix = folder.prefix ? `${folder.prefix}/` : '';
    const out = [];
    let token;
    do {
        const page = await s3.call({ operation: 'ListObjectsV2', resource: (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .s3UriOf */ .il)(folder), notFoundHint }, (sdk) => sdk.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.ListObjectsV2Command({ Bucket: folder.bucket, Prefix: prefix || undefined, Delimiter: '/', ContinuationToken: token })));
        for (const o of page.Contents ?? []) {
            const name = o.Key?.slice(prefix.length);
            if (name)
                out.push({ name, bytes: o.Size ?? 0, lastModified: o.LastModified ?? null });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}


/***/ })

};
