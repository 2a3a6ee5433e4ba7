export const id = 8784;
export const ids = [8784];
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

/***/ 48784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eR: () => (/* binding */ arrayObjects),
  DA: () => (/* binding */ scanPage),
  _9: () => (/* binding */ sendScan),
  cW: () => (/* binding */ splitScanBody)
});

// UNUSED EXPORTS: rawItemLines

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var dist_cjs = __webpack_require__(64305);
// EXTERNAL MODULE: ./src/clients/errors.ts
var errors = __webpack_require__(67137);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/dynamo/wire.ts
var wire = __webpack_require__(97581);
;// CONCATENATED MODULE: ./src/export-format/item-line.ts
/**
 * The data-file line for one item: {"Item": <wire form>} and a newline, as
 * DynamoDB's own export writes it. Pure.
 */

function itemLine(item) {
    return `{"Item":${JSON.stringify((0,wire/* toWire */.BW)(item))}}\n`;
}
function itemLines(items) {
    let text = '';
    for (const item of items)
        text += itemLine(item);
    return text;
}

// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/export-format/raw-scan.ts
/**
 * One Scan page, with its items kept as the JSON text DynamoDB sent.
 *
 * DynamoDB's Scan response already holds each item in DynamoDB JSON, the
 * form our data files store. Parsing a 1 MB page into objects (and
 * serializing them back) is most of an export's CPU and memory, so the
 * response body is split textually instead: each element of the top-level
 * "Items" array is copied verbatim, and the SDK deserializes only the rest
 * (Count, LastEvaluatedKey). Copying the service's own text is lossless by
 * construction. If the body does not have the expected shape, the SDK's
 * parsed items are serialized instead.
 */






const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const LF = 0x0a;
const CR = 0x0d;
// Works on the UTF-8 bytes: every byte of a multi-byte character is >= 0x80,
// so the ASCII structure of JSON can be found without decoding it.
function isWs(c) {
    return c === 0x20 || c === LF || c === CR || c === 0x09;
}
function skipWs(buf, i) {
    while (i < buf.length && isWs(buf[i]))
        i++;
    return i;
}
/** Index just past the JSON string whose opening quote is at i. */
function skipString(buf, i) {
    let from = i + 1;
    for (;;) {
        const q = buf.indexOf(QUOTE, from);
        if (q === -1)
            throw new SyntaxError('unterminated string');
        let backslashes = 0;
        for (let k = q - 1; k > i && buf[k] === BACKSLASH; k--)
            backslashes++;
        if (backslashes % 2 === 0)
            return q + 1;
        from = q + 1;
    }
}
/** Index just past the JSON value starting at i. */
function skipValue(buf, i) {
    const c = buf[i];
    if (c === QUOTE)
        return skipString(buf, i);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        let depth = 0;
        let j = i;
        while (j < buf.length) {
            const d = buf[j];
            if (d === QUOTE) {
                j = skipString(buf, j);
                continue;
            }
            if (d === OPEN_BRACE || d === OPEN_BRACKET)
                depth++;
            else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) {
                depth--;
                if (depth === 0)
                    return j + 1;
            }
            j++;
        }
        throw new SyntaxError('unterminated object or array');
    }
    let j = i;
    while (j < buf.length) {
        const d = buf[j];
        if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || isWs(d))
            break;
        j++;
    }
    if (j === i)
        throw new SyntaxError(`unexpected byte at ${i}`);
    return j;
}
/** The array of objects whose "[" is at i: each element's [start, end), and where the array ends; null when it is not one. */
function objectsAt(buf, i) {
    if (buf[i] !== OPEN_BRACKET)
        return null;
    const items = [];
    let j = skipWs(buf, i + 1);
    if (buf[j] === CLOSE_BRACKET)
        return { items, end: j + 1 };
    for (;;) {
        if (buf[j] !== OPEN_BRACE)
            return null;
        const end = skipValue(buf, j);
        items.push([j, end]);
        j = skipWs(buf, end);
        if (buf[j] === CLOSE_BRACKET)
            return { items, end: j + 1 };
        if (buf[j] !== COMMA)
            return null;
        j = skipWs(buf, j + 1);
    }
}
/**
 * The [start, end) of each element of a JSON array of objects that is the
 * whole of buf (whitespace around it allowed); null when buf is not one
 * such array by its brackets, commas and strings. The elements themselves
 * are not checked: the caller parses each. Pure.
 */
function arrayObjects(buf) {
    try {
        const array = objectsAt(buf, skipWs(buf, 0));
        return array && skipWs(buf, array.end) === buf.length ? array.items : null;
    }
    catch {
        return null;
    }
}
const ITEMS_KEY = Buffer.from('"Items"');
/** Splits a Scan response body; null when it is not an object with an "Items" array of objects. Pure. */
function splitScanBody(buf) {
    try {
        let i = skipWs(buf, 0);
        if (buf[i] !== OPEN_BRACE)
            return null;
        i = skipWs(buf, i + 1);
        let found = null;
        while (buf[i] !== CLOSE_BRACE) {
            if (buf[i] !== QUOTE)
                return null;
            const keyEnd = skipString(buf, i);
            const isItems = keyEnd - i === ITEMS_KEY.length && buf.subarray(i, keyEnd).equals(ITEMS_KEY);
            i = skipWs(buf, keyEnd);
            if (buf[i] !== COLON)
                return null;
            i = skipWs(buf, i + 1);
            if (isItems) {
                const array = objectsAt(buf, i);
                if (!array)
                    return null;
                found = { start: i, end: array.end, items: array.items };
                i = array.end;
            }
            else {
                i = skipValue(buf, i);
            }
            i = skipWs(buf, i);
            if (buf[i] === COMMA)
                i = skipWs(buf, i + 1);
            else if (buf[i] !== CLOSE_BRACE)
                return null;
        }
        if (!found)
            return null;
        return { items: found.items, rest: Buffer.concat([buf.subarray(0, found.start), Buffer.from('[]'), buf.subarray(found.end)]) };
    }
    catch {
        return null;
    }
}
const PREFIX = Buffer.from('{"Item":');
const SUFFIX = Buffer.from('}\n');
function scratchBuffer(scratch, size) {
    if (!scratch)
        return Buffer.allocUnsafe(size);
    if (!scratch.buffer || scratch.buffer.length < size)
        scratch.buffer = Buffer.allocUnsafe(Math.max(size, 64 * 1024));
    return scratch.buffer;
}
/**
 * Data-file lines from the items' own bytes, in one buffer (scratch's when
 * given). JSON strings cannot hold raw newlines, so any newline inside an
 * item is whitespace and is dropped to keep one item per line.
 */
function rawItemLines(buf, items, scratch) {
    let size = 0;
    for (const [s, e] of items)
        size += e - s + PREFIX.length + SUFFIX.length;
    const out = scratchBuffer(scratch, size);
    let o = 0;
    for (const [s, e] of items) {
        o += PREFIX.copy(out, o);
        const item = buf.subarray(s, e);
        if (item.indexOf(LF) === -1 && item.indexOf(CR) === -1)
            o += item.copy(out, o);
        else
            for (const b of item)
                if (b !== LF && b !== CR)
                    out[o++] = b;
        o += SUFFIX.copy(out, o);
    }
    return out.subarray(0, o);
}
/** A body that does not match its length was cut or garbled in transit: retried like a dropped connection. */
function truncated(message) {
    return Object.assign(new Error(message), { name: 'TruncatedBody' });
}
async function collect(body, contentLength, scratch) {
    if (!(contentLength > 0)) {
        const chunks = [];
        for await (const chunk of body)
            chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
        return Buffer.concat(chunks);
    }
    const target = scratchBuffer(scratch, contentLength);
    let n = 0;
    for await (const chunk of body) {
        const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        if (n + b.length > target.length)
            throw truncated(`response body longer than its content-length ${contentLength}`);
        n += b.copy(target, n);
    }
    if (n !== contentLength)
        throw truncated(`response body of ${n} bytes, content-length ${contentLength}`);
    return target.subarray(0, n);
}
/**
 * One Scan through the client (its retries and classifier), each attempt's
 * response body handed to take before the SDK sees it: what take keeps of
 * the last attempt is returned with the SDK's output; null (a body take
 * declines, or none was seen) leaves the whole body to the SDK.
 */
async function sendScan(client, input, resource, bodyScratch, take) {
    let kept = null;
    const out = await client.call({ operation: 'Scan', resource }, (sdk) => {
        // A fresh command per attempt: its middleware captures that attempt's body.
        const command = new dist_cjs/* ScanCommand */.Zy5(input);
        kept = null;
        // Runs between the HTTP handler and the SDK's deserializer, on this command only.
        command.middlewareStack.addRelativeTo(((next) => async (args) => {
            const result = await next(args);
            const response = result.response;
            if (response?.statusCode !== 200 || !response.body)
                return result;
            const body = await collect(response.body, Number(response.headers?.['content-length']), bodyScratch);
            const taken = take(body);
            kept = taken ? taken.kept : null;
            // The SDK gets its own copy: the scratch buffer is reused by the next page.
            response.body = external_node_stream_.Readable.from([taken ? taken.rest : Buffer.from(body)]);
            return result;
        }), { relation: 'after', toMiddleware: 'deserializerMiddleware', name: 'rawScanItems' });
        return sdk.send(command);
    });
    return { out, kept };
}
/** One Scan page through the client (its retries and classifier); `resource` names the table and segment in messages. */
async function scanPage(client, input, resource, scratch = { body: {} }) {
    const { out, kept: verbatim } = await sendScan(client, input, resource, scratch.body, (body) => {
        const split = splitScanBody(body);
        return split ? { kept: { body, items: split.items }, rest: split.rest } : null;
    });
    const count = verbatim ? verbatim.items.length : (out.Items?.length ?? 0);
    // Scan has no unprocessed items, but a page whose count disagrees must never pass silently.
    // DynamoDB always sends Count: an answer without one (`{}`) would otherwise end the segment as if it were empty.
    if (out.Count === undefined) {
        throw new errors/* ServiceInputError */.os(`${(0,errors/* whereOf */.de)(client.scope)} answered Scan on ${resource} without a Count, which DynamoDB always sends; check ${(0,option_name/* opt */.m7)('endpoint')}`, 'not-the-service', 'no Count');
    }
    if (out.Count !== undefined && out.Count !== count) {
        throw new core_errors/* FailedError */.Kl(`scan of ${resource}: page reports ${out.Count} items but holds ${count}`);
    }
    return {
        count,
        lines: verbatim ? rawItemLines(verbatim.body, verbatim.items, scratch.lines) : Buffer.from(itemLines(out.Items ?? [])),
        verbatim: verbatim !== null,
        ...(out.LastEvaluatedKey ? { lastEvaluatedKey: out.LastEvaluatedKey } : {}),
    };
}


/***/ })

};
