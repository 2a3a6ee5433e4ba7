export const id = 5892;
export const ids = [5892,7137,9518];
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

/***/ 25708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K$: () => (/* binding */ lostCount),
  Mi: () => (/* binding */ planCollection)
});

// UNUSED EXPORTS: plannedItems

// EXTERNAL MODULE: ./src/merge/equal.ts
var equal = __webpack_require__(88444);
// EXTERNAL MODULE: ./src/merge/identity.ts
var identity = __webpack_require__(10872);
// EXTERNAL MODULE: ./src/merge/settle.ts
var settle = __webpack_require__(24601);
;// CONCATENATED MODULE: ./src/merge/order.ts

function sortNewItems(items) {
    const times = new Map(items.map((e) => [e.key, (0,settle/* timeOf */.n)(e.item.createdAt)]));
    return items.sort((a, b) => {
        const ta = times.get(a.key);
        const tb = times.get(b.key);
        if (ta !== tb) {
            if (ta === undefined)
                return 1;
            if (tb === undefined)
                return -1;
            return ta - tb;
        }
        return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    });
}

// EXTERNAL MODULE: ./src/merge/side.ts
var side = __webpack_require__(59525);
;// CONCATENATED MODULE: ./src/merge/plan.ts





function lostCount(lost) {
    return lost.addedInExport.length + lost.changedInExport.length + lost.addedInFiles.length + lost.changedInFiles.length;
}
function planCollection(input, strategy, prefer = 'dynamodb') {
    const { base, theirs, ours } = input;
    const entries = [];
    const counts = {
        items: 0,
        fromBackup: 0,
        fromExport: 0,
        keptFromFiles: 0,
        added: 0,
        changed: 0,
        deleted: 0,
        unchanged: 0,
        conflicts: 0,
    };
    const conflicts = [];
    const deletedIds = [];
    const lost = { addedInExport: [], changedInExport: [], addedInFiles: [], changedInFiles: [] };
    const fromFiles = [];
    const deletedByFiles = [];
    const restoredFromBackup = [];
    const newItems = [];
    const conflict = (key, kind, t, o) => {
        const s = (0,settle/* settle */.G)(t, o, prefer);
        const item = s.took === 'dynamodb' ? t : o;
        conflicts.push({ id: (0,identity/* idOfKey */.EV)(key), kind, took: s.took, result: item ? 'kept' : 'deleted', reason: s.reason });
        return { item, source: s.took === 'dynamodb' ? 'export' : 'files' };
    };
    // BASE_VERSION stands for the base's version of an item: it is only ever the same as itself.
    const decideAtBase = (i, key) => {
        const b = side/* BASE_VERSION */.hn;
        const ts = theirs.state[i];
        const os = ours.state[i];
        const t = theirs.versionAt(i);
        const o = ours.versionAt(i);
        if (strategy === 'backup')
            return { item: b, source: 'backup' };
        if (strategy === 'export')
            return { item: ts === side/* SAME */.v6 ? b : t, source: 'export' };
        if (ts === side/* SAME */.v6 && os === side/* SAME */.v6)
            return { item: o, source: 'backup' };
        if (ts === side/* SAME */.v6)
            return { item: o, source: 'files' }; // changed or deleted in the file
        if (os === side/* SAME */.v6)
            return { item: t, source: 'export' }; // changed or deleted in DynamoDB
        if (ts === side/* ABSENT */.sj && os === side/* ABSENT */.sj)
            return { item: undefined, source: 'export' };
        if (ts === side/* CHANGED */.Rj && os === side/* CHANGED */.Rj) {
            return (0,equal/* deepEqual */.b)(t, o) ? { item: o, source: 'export' } : conflict(key, 'changed-both', t, o);
        }
        return conflict(key, ts === side/* CHANGED */.Rj ? 'changed-in-dynamodb-deleted-in-file' : 'deleted-in-dynamodb-changed-in-file', t, o);
    };
    const decideNew = (t, o, key) => {
        if (strategy === 'backup')
            return { item: undefined, source: 'backup' };
        if (strategy === 'export')
            return { item: t, source: 'export' };
        if (t && o)
            return (0,equal/* deepEqual */.b)(t, o) ? { item: o, source: 'export' } : conflict(key, 'added-both', t, o);
        return t ? { item: t, source: 'export' } : { item: o, source: 'files' };
    };
    /**
     * Counts one resulting (or dropped) item against the current file and the
     * two sides. t/o: the sides' versions that differ from the base; exported:
     * the export's version whatever it is (undefined when the export lacks it).
     */
    const account = (key, pick, current, t, o, isNew, exported) => {
        const r = pick.item;
        const same = (x) => r !== undefined && (r === x || (r !== side/* BASE_VERSION */.hn && x !== side/* BASE_VERSION */.hn && (0,equal/* deepEqual */.b)(r, x)));
        if (t && !same(t))
            (isNew ? lost.addedInExport : lost.changedInExport).push((0,identity/* idOfKey */.EV)(key));
        if (o && !same(o))
            (isNew ? lost.addedInFiles : lost.changedInFiles).push((0,identity/* idOfKey */.EV)(key));
        if (pick.source === 'files')
            (r === undefined ? deletedByFiles : fromFiles).push((0,identity/* idOfKey */.EV)(key));
        else if (pick.source === 'backup' && r !== undefined && exported === undefined)
            restoredFromBackup.push((0,identity/* idOfKey */.EV)(key));
        if (r === undefined) {
            if (current) {
                counts.deleted++;
                deletedIds.push((0,identity/* idOfKey */.EV)(key));
            }
            return;
        }
        counts.items++;
        if (pick.source === 'backup')
            counts.fromBackup++;
        else if (pick.source === 'export')
            counts.fromExport++;
        else
            counts.keptFromFiles++;
        if (!current)
            counts.added++;
        else if (same(current))
            counts.unchanged++;
        else
            counts.changed++;
    };
    for (let i = 0; i < base.size; i++) {
        const key = base.keys[i];
        const pick = decideAtBase(i, key);
        const current = input.currentMissing ? undefined : ours.versionAt(i);
        // Only versions that differ from the base can be lost; unchanged ones are the base itself.
        const t = theirs.state[i] === side/* CHANGED */.Rj ? theirs.versionAt(i) : undefined;
        const o = ours.state[i] === side/* CHANGED */.Rj ? ours.versionAt(i) : undefined;
        account(key, pick, current, t, o, false, theirs.versionAt(i));
        if (pick.item)
            entries.push(pick.item === side/* BASE_VERSION */.hn ? i : pick.item);
    }
    const newKeys = new Set([...theirs.added.keys(), ...ours.added.keys()]);
    for (const key of newKeys) {
        const t = theirs.added.get(key);
        const o = ours.added.get(key);
        const pick = decideNew(t, o, key);
        account(key, pick, input.currentMissing ? undefined : o, t, o, true, t);
        if (pick.item)
            newItems.push({ key, item: pick.item, source: pick.source });
    }
    for (const e of sortNewItems(newItems))
        entries.push(e.item);
    counts.conflicts = conflicts.length;
    const plan = { strategy, entries, counts, conflicts, deletedIds, lost, fromFiles, deletedByFiles, restoredFromBackup };
    return Object.defineProperty(plan, 'items', { get: () => plannedItems(entries, base), enumerable: false });
}
/** Every planned item as an object, base versions read. */
function plannedItems(entries, base) {
    return entries.map((e) => (typeof e === 'number' ? base.item(e) : e));
}


/***/ }),

/***/ 73306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ collectionReport)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/convert/json-number.ts
var json_number = __webpack_require__(20323);
// EXTERNAL MODULE: ./src/convert/plain.ts
var plain = __webpack_require__(47927);
;// CONCATENATED MODULE: ./src/convert/canonical-json.ts
/**
 * An item's content as one canonical text, and its SHA-256: what the
 * rollback report records for each item without an id it names by
 * position, so verify can recognise the item without the file it stood in
 * (see docs/formats.md, "The canonical form"). Keys sorted by UTF-16 code
 * unit, numbers as their source digits, strings as JSON.stringify writes
 * them, arrays in order, no whitespace. Pure. verify has its own printer
 * over its own parser's values; the two must agree byte for byte.
 */



function canonicalJson(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (typeof v === 'string')
        return JSON.stringify(v);
    // A plain number is one whose JSON.stringify gives its source digits back (else it is a JsonNumber).
    if (typeof v === 'number')
        return JSON.stringify(v);
    if (v instanceof json_number/* JsonNumber */.WP)
        return v.text;
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    if (!(0,plain/* isPlainObject */.Q)(v))
        throw new Error('canonicalJson: not a JSON value');
    // Array.prototype.sort without a comparator orders by UTF-16 code units.
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(',')}}`;
}
/** SHA-256 of the canonical text's UTF-8 bytes, 64 lowercase hex digits. */
function contentDigest(v) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(v), 'utf8').digest('hex');
}

// EXTERNAL MODULE: ./src/merge/identity.ts
var identity = __webpack_require__(10872);
;// CONCATENATED MODULE: ./src/rollback/keyless-digests.ts
/**
 * The report's digests of the items without an id it names: such an item
 * is named only by where it was (the migration backup, or the collection
 * file before the rollback, and its position), which verify cannot look up
 * once that place is gone (a finish job on a new runner has no snapshot).
 * A digest of its content lets verify recognise it all the same. Pure.
 */


/** One per item without an id that the plan's lists name, in the order they are first named. */
function keylessDigests(input, plan) {
    const items = new Map();
    input.base.keys.forEach((key, i) => {
        if ((0,identity/* isKeyless */.XD)(key))
            items.set((0,identity/* idOfKey */.EV)(key), input.base.item(i)); // a file-backed base reads back only these
    });
    // The current file's items without an id that match no base item: kept by key, as the file held them.
    for (const [key, item] of input.ours.added)
        if ((0,identity/* isKeyless */.XD)(key))
            items.set((0,identity/* idOfKey */.EV)(key), item);
    if (items.size === 0)
        return [];
    const { lost } = plan;
    const named = [
        ...plan.fromFiles,
        ...plan.deletedByFiles,
        ...plan.restoredFromBackup,
        ...plan.deletedIds,
        ...lost.addedInExport,
        ...lost.changedInExport,
        ...lost.addedInFiles,
        ...lost.changedInFiles,
        ...plan.conflicts.map((c) => c.id),
    ];
    const out = [];
    const seen = new Set();
    for (const id of named) {
        const item = items.get(id);
        if (item === undefined || seen.has(id))
            continue;
        seen.add(id);
        out.push({ id, sha256: contentDigest(item) });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rollback/collection-report.ts

function collectionReport(loaded, plan) {
    return {
        collection: loaded.target.collection,
        table: loaded.target.table,
        file: loaded.current.file,
        currentFile: loaded.current.exists ? 'present' : 'missing',
        backupFile: loaded.backupFile,
        exportItems: loaded.exportItems,
        counts: plan.counts,
        conflicts: plan.conflicts,
        deletedIds: plan.deletedIds,
        lost: plan.lost,
        fromFiles: plan.fromFiles,
        deletedByFiles: plan.deletedByFiles,
        restoredFromBackup: plan.restoredFromBackup,
        migration: loaded.migration,
        keylessDigests: keylessDigests(loaded.input, plan),
        written: null,
    };
}


/***/ }),

/***/ 19428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ROLLBACK_ROLE),
/* harmony export */   R: () => (/* binding */ plannedFromWorker),
/* harmony export */   planInWorker: () => (/* binding */ planInWorker)
/* harmony export */ });
/* harmony import */ var _collection_collect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67471);
/* harmony import */ var _collection_file_base_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75294);
/* harmony import */ var _convert_serialize_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38505);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_recorded_reporter_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57161);
/* harmony import */ var _export_format_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32535);
/* harmony import */ var _merge_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25708);
/* harmony import */ var _collection_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73306);
/**
 * rollback's side of a worker thread: one collection read and planned
 * against the export the worker opens itself (a local folder), reads only.
 * What comes back is plain data: the report entry, the entries (items not
 * in the base as their text), the base file's index and its open file, and
 * the log, recorded for the main thread to replay in collection order, so
 * the log, the report and the files written are those of a plan made in
 * the main thread. A failure comes back as data too: the main thread
 * raises the first in collection order, after the logs before it.
 */








const ROLLBACK_ROLE = 'rollback-collection';
/** Opened once per worker, read for each collection it is given. */
let opened;
async function planInWorker(shared, job) {
    const { reporter, events } = (0,_core_recorded_reporter_js__WEBPACK_IMPORTED_MODULE_6__/* .recordingReporter */ .l)();
    const precision = [];
    try {
        opened ??= (0,_export_format_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .openExport */ .V)(shared.from);
        const source = await opened;
        const onPrecision = (warning) => precision.push({ at: events.length, warning });
        const loaded = await (0,_collection_collect_js__WEBPACK_IMPORTED_MODULE_0__/* .loadCollection */ .Z)(job.target, job.dataDir, job.backupDir, source, reporter, onPrecision, job.fidelity);
        try {
            const plan = (0,_merge_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .planCollection */ .Mi)(loaded.input, job.strategy, job.prefer);
            const report = (0,_collection_report_js__WEBPACK_IMPORTED_MODULE_5__/* .collectionReport */ .p)(loaded, plan);
            const { base } = loaded.input;
            if (!(base instanceof _collection_file_base_js__WEBPACK_IMPORTED_MODULE_1__/* .FileBase */ .e))
                throw new Error('internal: a worker plans only from a base file');
            // A JsonNumber would not cross threads as one: items not in the base go as the text the writer would make of them.
            const entries = plan.entries.map((e) => (typeof e === 'number' ? e : (0,_convert_serialize_js__WEBPACK_IMPORTED_MODULE_7__/* .itemText */ .rv)(e)));
            return {
                events,
                precision,
                outcome: { planned: { target: job.target, current: loaded.current, entries, bodies: base.handOver(), report, run: job.run } },
            };
        }
        finally {
            // The main thread opens the base file again (a worker's files close when it exits).
            loaded.release();
        }
    }
    catch (err) {
        const kind = err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz ? 'input' : err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FailedError */ .Kl ? 'failed' : 'other';
        return { events, precision, outcome: { failed: { kind, message: err instanceof Error ? err.message : String(err) } } };
    }
}
/** The main thread's side: a worker's reply logged as if planned here (its precision warnings through onPrecision), and its plan or its error. */
function plannedFromWorker(reply, reporter, onPrecision) {
    let next = 0;
    const warnUpTo = (at) => {
        while (next < reply.precision.length && reply.precision[next].at <= at)
            onPrecision(reply.precision[next++].warning);
    };
    (0,_core_recorded_reporter_js__WEBPACK_IMPORTED_MODULE_6__/* .replay */ .e)(reply.events, reporter, warnUpTo);
    warnUpTo(Infinity);
    const { outcome } = reply;
    if ('failed' in outcome) {
        const { kind, message } = outcome.failed;
        throw kind === 'input' ? new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(message) : kind === 'failed' ? new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FailedError */ .Kl(message) : new Error(message);
    }
    const { target, current, entries, bodies, report, run } = outcome.planned;
    const base = _collection_file_base_js__WEBPACK_IMPORTED_MODULE_1__/* .FileBase */ .e.adopt(bodies);
    return { target, current, entries, base, report, run, release: () => base.release() };
}


/***/ })

};
