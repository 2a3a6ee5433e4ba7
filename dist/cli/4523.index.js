export const id = 4523;
export const ids = [4523];
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

/***/ 54523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTrustedRecord: () => (/* binding */ runTrustedRecord)
});

// UNUSED EXPORTS: MITIGATE_WORKFLOW, ROLLBACK_WORKFLOW

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/clients/errors.ts
var errors = __webpack_require__(67137);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/location.ts
var core_location = __webpack_require__(91324);
// EXTERNAL MODULE: ./src/record/digest.ts
var digest = __webpack_require__(63697);
// EXTERNAL MODULE: ./src/record/trailer.ts
var trailer = __webpack_require__(11626);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/record/unzip.ts
/**
 * A zip archive's files, read in memory: what GitHub serves for an artifact
 * (stored or deflated entries, no encryption, no zip64 at a record's size).
 * Every entry's CRC-32 and size are checked, and a name that would leave
 * the folder (absolute, `..`, a backslash) is refused, so nothing a zip
 * holds is written anywhere but where it belongs.
 */

class ZipError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ZipError';
    }
}
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
function endOfCentralDirectory(zip) {
    // The end record is 22 bytes plus a comment of at most 65535.
    for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
        if (zip.readUInt32LE(at) === EOCD)
            return at;
    }
    throw new ZipError('not a zip archive (no end of central directory)');
}
function safeName(name) {
    if (name.includes('\\') ||
        name.includes('\0') ||
        name.startsWith('/') ||
        /^[A-Za-z]:/.test(name) ||
        name.split('/').some((p) => p === '..' || p === '.')) {
        throw new ZipError(`entry "${name.slice(0, 120)}" names a path outside the archive's folder`);
    }
    return name;
}
/** The files of a zip (directories left out), at most maxBytes uncompressed in all. */
function readZip(zip, maxBytes) {
    const end = endOfCentralDirectory(zip);
    const count = zip.readUInt16LE(end + 10);
    const size = zip.readUInt32LE(end + 12);
    let at = zip.readUInt32LE(end + 16);
    if (count === 0xffff || size === 0xffffffff || at === 0xffffffff)
        throw new ZipError('a zip64 archive, larger than a record can be');
    if (at + size > end)
        throw new ZipError('central directory outside the archive');
    const entries = [];
    const names = new Set();
    let total = 0;
    for (let i = 0; i < count; i++) {
        if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL)
            throw new ZipError(`central directory entry ${i + 1} is damaged`);
        const flags = zip.readUInt16LE(at + 8);
        const method = zip.readUInt16LE(at + 10);
        const crc = zip.readUInt32LE(at + 16);
        const compressed = zip.readUInt32LE(at + 20);
        const length = zip.readUInt32LE(at + 24);
        const nameLength = zip.readUInt16LE(at + 28);
        const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
        const local = zip.readUInt32LE(at + 42);
        const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
        at = next;
        if (name.endsWith('/'))
            continue;
        safeName(name);
        if (names.has(name))
            throw new ZipError(`entry "${name}" appears twice`);
        names.add(name);
        if (flags & 1)
            throw new ZipError(`entry "${name}" is encrypted`);
        total += length;
        if (total > maxBytes)
            throw new ZipError(`more than ${maxBytes} bytes uncompressed`);
        if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL)
            throw new ZipError(`entry "${name}": local header missing`);
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        if (start + compressed > zip.length)
            throw new ZipError(`entry "${name}" runs past the end of the archive`);
        const raw = zip.subarray(start, start + compressed);
        let bytes;
        if (method === 0)
            bytes = Buffer.from(raw);
        else if (method === 8) {
            try {
                bytes = (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: Math.max(1, length) });
            }
            catch {
                throw new ZipError(`entry "${name}" does not inflate to its recorded ${length} bytes`);
            }
        }
        else
            throw new ZipError(`entry "${name}" uses compression method ${method} (only stored and deflate are read)`);
        if (bytes.length !== length || (0,external_node_zlib_.crc32)(bytes) !== crc)
            throw new ZipError(`entry "${name}" fails its CRC-32 or size check`);
        entries.push({ name, bytes });
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/finish/run-origin.ts
/** What does not match, one line each; empty when the run is the one a record may come from. */
function originMismatches(run, want) {
    const found = [];
    // A run of a called workflow carries its caller's path and event: the record would not be the dispatched workflow's own.
    if (run.path !== want.workflowPath)
        found.push(`workflow ${run.path}, not ${want.workflowPath}`);
    if (run.repository !== want.repository)
        found.push(`repository ${run.repository}, not ${want.repository}`);
    if (run.headRepository !== want.repository)
        found.push(`head repository ${run.headRepository ?? 'none'}, not ${want.repository}`);
    if (run.event !== 'workflow_dispatch')
        found.push(`event ${run.event}, not workflow_dispatch`);
    if (run.headBranch !== want.defaultBranch)
        found.push(`branch ${run.headBranch ?? 'none'}, not the default branch ${want.defaultBranch}`);
    if (run.status !== 'completed')
        found.push(`status ${run.status ?? 'none'}, not completed`);
    else if (!run.conclusion || !want.conclusions.includes(run.conclusion))
        found.push(`conclusion ${run.conclusion ?? 'none'}, not ${want.conclusions.join(' or ')}`);
    return found;
}

// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/finish/trusted-record.ts
/**
 * The finish's record, believed only when its origin checks out (DESIGN.md
 * "The chain", rollback-finish.yml; docs/formats.md "The record's
 * trailers"). Nothing is taken from the pull request's body.
 *
 *   pointer  rollback: the trailers of the merged commit (stage, run id and
 *            attempt, the record's sha256), read through the API.
 *            mitigate: the run id the operator gives (no commit exists).
 *   origin   the run: this repository's workflow file, dispatched on the
 *            default branch, completed with an accepted conclusion.
 *   artifact the run's artifact of the stage's name, downloaded, unzipped
 *            in memory; rollback: its digest must be the trailer's.
 *   write    only then, the files into the record folder.
 *
 * A pointer that names something else is bad input (exit 2); an artifact
 * whose digest differs from the committed one is a mismatch (exit 1).
 */










const ROLLBACK_WORKFLOW = '.github/workflows/rollback.yml';
const MITIGATE_WORKFLOW = '.github/workflows/mitigate.yml';
/** A record is ids and counts; anything near this is not one. */
const MAX_RECORD_BYTES = 512 * 1024 * 1024;
async function runTrustedRecord(o, deps) {
    const { github } = deps;
    const repo = o.repository;
    const full = `${repo.owner}/${repo.repo}`;
    // pointer
    let runId;
    let attempt = null;
    let expected = null;
    let commit = null;
    if (o.source.kind === 'rollback') {
        commit = o.source.commit;
        if (!/^[0-9a-f]{40}$/.test(commit))
            throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('commit')} "${commit.slice(0, 80)}" is not a full commit sha (40 hex digits); give the merged commit config-pr made`);
        const reading = (0,trailer/* readTrailers */.t8)(await github.commitMessage(repo, commit));
        if (!reading.ok) {
            throw new core_errors/* InputError */.dz(`commit ${commit.slice(0, 12)} does not name a rollback record: ${reading.problems.join('; ')}. Only config-pr's commit carries them (a run id in the pull request's body is not read); give that commit`);
        }
        const t = reading.trailers;
        if (t.stage !== o.stage)
            throw new core_errors/* InputError */.dz(`commit ${commit.slice(0, 12)} records a rollback of stage ${t.stage}, not ${o.stage}; finish it with stage ${t.stage}`);
        runId = Number(t.runId);
        attempt = t.attempt;
        expected = t.sha256;
    }
    else {
        if (!/^[0-9]{1,20}$/.test(o.source.runId))
            throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('mitigate-run')} "${o.source.runId.slice(0, 80)}" is not a run id; give the number its URL ends in (/runs/<id>)`);
        runId = Number(o.source.runId);
    }
    // origin
    const kind = o.source.kind;
    const defaultBranch = await github.defaultBranch(repo);
    const run = attempt === null ? await github.latestWorkflowRun(repo, runId) : await github.workflowRun(repo, runId, attempt);
    const mismatches = originMismatches(run, {
        repository: full,
        workflowPath: kind === 'rollback' ? ROLLBACK_WORKFLOW : MITIGATE_WORKFLOW,
        defaultBranch,
        conclusions: kind === 'rollback' ? ['success'] : ['success', 'failure'],
    });
    const which = `run ${runId}${attempt === null ? '' : ` attempt ${attempt}`} (${run.url})`;
    if (mismatches.length > 0) {
        throw new core_errors/* InputError */.dz(`the ${kind} record's ${which} is not one it may come from: ${mismatches.join('; ')}. ${kind === 'rollback' ? 'Only a successful rollback.yml dispatched on the default branch makes a record the finish believes' : 'Only a mitigate.yml run dispatched on the default branch makes a report revert believes'}`);
    }
    // artifact
    const name = kind === 'rollback' ? `dynamodb-rollback-record-${o.stage}` : `dynamodb-rollback-mitigate-${o.stage}`;
    const artifact = pickArtifact(await github.runArtifacts(repo, runId, name), name, which);
    const zip = await github.downloadArtifact(repo, artifact.id);
    if (artifact.digest && /^sha256:[0-9a-f]{64}$/.test(artifact.digest) && artifact.digest !== `sha256:${(0,digest/* sha256Bytes */.LP)(zip)}`) {
        throw new core_errors/* FailedError */.Kl(`artifact ${name} of ${which}: the download's sha256 is not the ${artifact.digest} GitHub recorded at upload; run again`);
    }
    let entries;
    try {
        entries = readZip(zip, MAX_RECORD_BYTES);
    }
    catch (err) {
        if (err instanceof ZipError)
            throw new core_errors/* FailedError */.Kl(`artifact ${name} of ${which} is not a readable zip: ${err.message}`);
        throw err;
    }
    const sha256 = (0,digest/* combineDigest */.uN)(entries.map((e) => ({ name: e.name, sha256: (0,digest/* sha256Bytes */.LP)(e.bytes) })));
    if (expected !== null && sha256 !== expected) {
        throw new core_errors/* FailedError */.Kl(`artifact ${name} of ${which} has digest ${sha256}, not the ${expected} commit ${commit.slice(0, 12)} carries: it is not the record config-pr committed (a later re-run replaced it?); nothing was written`);
    }
    const wanted = kind === 'rollback' ? ['locations.json', 'rollback-report.json'] : ['report.json'];
    const missing = wanted.filter((w) => !entries.some((e) => e.name === w));
    if (missing.length > 0)
        throw new core_errors/* FailedError */.Kl(`artifact ${name} of ${which} lacks ${missing.join(' and ')}; nothing was written`);
    const locations = kind === 'rollback' ? readLocations(entries.find((e) => e.name === 'locations.json').bytes, name) : null;
    // write
    for (const e of entries) {
        const to = external_node_path_default().join(o.recordDir, ...e.name.split('/'));
        await (0,promises_.mkdir)(external_node_path_default().dirname(to), { recursive: true });
        await (0,promises_.writeFile)(to, e.bytes);
    }
    // Only for the comment: a pull request GitHub will not name leaves the finish without one, never without its record.
    const pullRequest = commit
        ? await github.pullsOfCommit(repo, commit).then((pulls) => pulls[0] ?? null, (err) => {
            if ((0,errors/* kindOf */.I)(err) === 'denied' || (0,errors/* kindOf */.I)(err) === 'not-found')
                return null;
            throw err;
        })
        : null;
    return {
        kind,
        stage: o.stage,
        commit,
        run: { id: runId, attempt: run.attempt, url: run.url },
        artifact: name,
        sha256,
        recordDir: o.recordDir,
        files: entries.map((e) => e.name).sort(),
        export: locations?.export ?? null,
        release: locations?.release ?? null,
        pullRequest,
    };
}
function pickArtifact(found, name, which) {
    const live = found.filter((a) => !a.expired);
    if (live.length === 0) {
        throw new core_errors/* InputError */.dz(found.length > 0
            ? `artifact ${name} of ${which} has expired (artifacts are kept 90 days)`
            : `${which} has no artifact ${name}; was it a dry run, or another stage's run?`);
    }
    if (live.length > 1)
        throw new core_errors/* FailedError */.Kl(`${which} has ${live.length} artifacts named ${name}; which one is the record cannot be told`);
    if (live[0].sizeInBytes > MAX_RECORD_BYTES)
        throw new core_errors/* FailedError */.Kl(`artifact ${name} of ${which} is ${live[0].sizeInBytes} bytes, more than a record can be`);
    return live[0];
}
function readLocations(bytes, name) {
    let data;
    try {
        data = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new core_errors/* FailedError */.Kl(`artifact ${name}: locations.json is not JSON`);
    }
    const d = data;
    if (typeof d.export !== 'string' || !core_location/* S3_URI_NOT_EMPTY */.kE.test(d.export))
        throw new core_errors/* FailedError */.Kl(`artifact ${name}: locations.json names no S3 export (was that run a dry run?)`);
    return { export: d.export, release: typeof d.release === 'string' && d.release ? d.release : null };
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


/***/ }),

/***/ 11626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ TRAILER),
/* harmony export */   Nx: () => (/* binding */ trailerLines),
/* harmony export */   t8: () => (/* binding */ readTrailers)
/* harmony export */ });
/**
 * The trailers config-pr commits and the finish reads (docs/formats.md
 * "The record's trailers"): which rollback run made the record, and the
 * record's digest. In the commit, not the pull request's body: a body is
 * editable by anyone with write access, a merged commit is what the
 * default branch holds. Still only a pointer: the finish believes it only
 * after looking the run up (src/finish/trusted-record.ts).
 */
const TRAILER = {
    stage: 'Dynamodb-Rollback-Stage',
    run: 'Dynamodb-Rollback-Run',
    sha256: 'Dynamodb-Rollback-Record-Sha256',
};
const STAGE = /^[A-Za-z0-9._-]+$/;
const RUN = /^([0-9]{1,20})\/([0-9]{1,6})$/;
const SHA256 = /^[0-9a-f]{64}$/;
/** The trailer lines, in a fixed order, for the last paragraph of the commit message. */
function trailerLines(t) {
    const lines = [];
    if (t.stage)
        lines.push(`${TRAILER.stage}: ${t.stage}`);
    if (t.runId)
        lines.push(`${TRAILER.run}: ${t.runId}/${t.attempt ?? 1}`);
    if (t.sha256)
        lines.push(`${TRAILER.sha256}: ${t.sha256}`);
    return lines;
}
/**
 * Our trailers from a commit message: git's trailer block (the last
 * paragraph) only, each exactly once and well formed. A line of ours
 * anywhere else (a quoted body, say) is not read.
 */
function readTrailers(message) {
    const paragraphs = message
        .replace(/\r\n/g, '\n')
        .trimEnd()
        .split(/\n[ \t]*\n/);
    const last = paragraphs.length > 1 ? paragraphs.at(-1) : '';
    const values = new Map();
    for (const line of last.split('\n')) {
        const m = /^([A-Za-z0-9-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
        if (!m)
            continue;
        const key = Object.values(TRAILER).find((k) => k.toLowerCase() === m[1].toLowerCase());
        if (key)
            values.set(key, [...(values.get(key) ?? []), m[2]]);
    }
    const problems = [];
    const one = (key, shape, what) => {
        const got = values.get(key) ?? [];
        if (got.length === 0)
            problems.push(`no ${key} trailer`);
        else if (got.length > 1)
            problems.push(`${got.length} ${key} trailers (one expected)`);
        else if (!shape.test(got[0]))
            problems.push(`${key} "${got[0].slice(0, 80)}" is not ${what}`);
        else
            return got[0];
        return null;
    };
    const stage = one(TRAILER.stage, STAGE, 'a stage name');
    const run = one(TRAILER.run, RUN, '<run id>/<attempt>');
    const sha256 = one(TRAILER.sha256, SHA256, 'a sha256 (64 lowercase hex digits)');
    if (problems.length > 0 || !stage || !run || !sha256)
        return { ok: false, problems };
    const [, runId, attempt] = RUN.exec(run);
    return { ok: true, trailers: { stage, runId: runId, attempt: Number(attempt), sha256 } };
}


/***/ })

};
