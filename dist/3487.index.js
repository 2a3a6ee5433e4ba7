export const id = 3487;
export const ids = [3487];
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

/***/ 63487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assessCommand: () => (/* binding */ assessCommand)
});

;// CONCATENATED MODULE: ./src/assess/charts.ts
const BLOCKS = '▁▂▃▄▅▆▇█';
/** One character per value, scaled to top (default: the series' own highest value); all zero is a flat line. */
function sparkline(values, top = Math.max(0, ...values)) {
    return values
        .map((v) => top === 0 ? BLOCKS[0] : BLOCKS[Math.min(BLOCKS.length - 1, Math.floor((Math.max(0, v) / top) * (BLOCKS.length - 1) + 0.5))])
        .join('');
}
/** A number as Mermaid reads it: plain decimal, at most 3 places, never exponent notation. */
function mermaidNumber(n) {
    if (!Number.isFinite(n))
        return '0';
    // toFixed writes 1e+21 and above in exponent notation, which Mermaid does not read.
    if (Math.abs(n) >= 1e21)
        return n > 0 ? '999999999999999999999' : '-999999999999999999999';
    const fixed = (Math.round(n * 1000) / 1000).toFixed(3).replace(/\.?0+$/, '');
    return fixed === '-0' ? '0' : fixed;
}
function quoted(text) {
    return `"${text.replaceAll('"', "'")}"`;
}
function xychart(c) {
    const top = Math.max(1, ...c.series.flatMap((s) => s.values));
    return [
        'xychart-beta',
        `  title ${quoted(c.title)}`,
        `  x-axis [${c.xLabels.map(quoted).join(', ')}]`,
        `  y-axis ${quoted(c.yTitle)} 0 --> ${mermaidNumber(Math.ceil(top + top / 10))}`,
        ...c.series.map((s) => `  ${s.kind} [${s.values.map(mermaidNumber).join(', ')}]`),
    ].join('\n');
}
/** Period start times as labels: HH:MM (UTC) within two days, else MM-DD HH:MM. */
function timeLabels(startMs, periodSeconds, n) {
    const long = periodSeconds * n > 2 * 86_400;
    return Array.from({ length: n }, (_, i) => {
        const iso = new Date(startMs + i * periodSeconds * 1000).toISOString();
        return long ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16);
    });
}
/** Two charts per table: consumed capacity (read and write lines) and throttles (bars). */
function tableCharts(o, startMs, periodSeconds) {
    const n = o.chart.throttles.length;
    const x = timeLabels(startMs, periodSeconds, n);
    const minutes = Math.round(periodSeconds / 60);
    const round = (v) => v.map((x) => Math.round(x * 100) / 100);
    // Read and write on one scale, as in the Mermaid chart: each on its own would make a trickle look like a flood.
    const top = Math.max(0, ...o.chart.readPerSecond, ...o.chart.writePerSecond);
    return [
        {
            caption: `${o.table}: consumed capacity per second (read, then write), ${minutes}-minute periods, UTC`,
            mermaid: xychart({
                title: `${o.table} consumed capacity`,
                xLabels: x,
                yTitle: 'units per second',
                series: [
                    { kind: 'line', values: round(o.chart.readPerSecond) },
                    { kind: 'line', values: round(o.chart.writePerSecond) },
                ],
            }),
            text: [
                `read  ${sparkline(o.chart.readPerSecond, top)} peak ${Math.max(0, ...o.chart.readPerSecond).toFixed(1)}/s`,
                `write ${sparkline(o.chart.writePerSecond, top)} peak ${Math.max(0, ...o.chart.writePerSecond).toFixed(1)}/s`,
            ],
        },
        {
            caption: `${o.table}: throttles per ${minutes}-minute period, UTC`,
            mermaid: xychart({
                title: `${o.table} throttles`,
                xLabels: x,
                yTitle: 'throttles',
                series: [{ kind: 'bar', values: o.chart.throttles }],
            }),
            text: [`throttles ${sparkline(o.chart.throttles)} total ${Math.round(o.chart.throttles.reduce((a, b) => a + b, 0))}`],
        },
    ];
}

;// CONCATENATED MODULE: ./src/assess/cost.ts
const HOURS_PER_MONTH = 730;
/** Provisioned capacity sized to the busiest period at this utilisation, as DynamoDB's auto scaling targets by default. */
const TARGET_UTILISATION = 0.7;
const round2 = (n) => Math.round(n * 100) / 100;
function capacityHourly(c, p) {
    return c.read * p.provisionedReadPerHour + c.write * p.provisionedWritePerHour;
}
function sizedToPeak(readPerSecond, writePerSecond) {
    return {
        read: Math.max(1, Math.ceil(readPerSecond / TARGET_UTILISATION)),
        write: Math.max(1, Math.ceil(writePerSecond / TARGET_UTILISATION)),
    };
}
function estimateCost(o, windowSeconds, p) {
    const scale = (HOURS_PER_MONTH * 3600) / windowSeconds;
    const parts = [o, ...o.indexes];
    const reads = parts.reduce((a, x) => a + x.consumedRead, 0) * scale;
    const writes = parts.reduce((a, x) => a + x.consumedWrite, 0) * scale;
    const storage = ((o.sizeBytes + o.indexes.reduce((a, g) => a + g.sizeBytes, 0)) / 1e9) * p.storagePerGbMonth;
    const onDemand = (reads / 1e6) * p.onDemandReadPerMillion + (writes / 1e6) * p.onDemandWritePerMillion + storage;
    const asSet = o.billing === 'PROVISIONED' && o.provisioned !== null;
    const hourly = asSet
        ? capacityHourly(o.provisioned, p) + o.indexes.reduce((a, g) => a + (g.provisioned ? capacityHourly(g.provisioned, p) : 0), 0)
        : parts.reduce((a, x) => a + capacityHourly(sizedToPeak(x.peakReadPerSecond, x.peakWritePerSecond), p), 0);
    const provisioned = hourly * HOURS_PER_MONTH + storage;
    return {
        onDemand: round2(onDemand),
        provisioned: round2(provisioned),
        provisionedBasis: asSet ? 'as set' : 'sized to peak',
        current: round2(o.billing === 'PAY_PER_REQUEST' ? onDemand : provisioned),
        storage: round2(storage),
    };
}
function dollars(n) {
    return `$${n.toFixed(2)}`;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/assess/duration.ts

const UNITS = { m: 60, h: 3600, d: 86_400 };
/** "90m", "24h", "7d" as seconds; anything else is refused naming the option. */
function parseDuration(raw, label) {
    const m = /^(\d{1,6})([mhd])$/.exec(raw.trim());
    if (!m || Number(m[1]) === 0)
        throw new errors/* InputError */.dz(`${label}: expected a whole number and a unit, m (minutes), h (hours) or d (days), such as 24h; got ${JSON.stringify(raw.slice(0, 40))}`);
    return Number(m[1]) * UNITS[m[2]];
}

;// CONCATENATED MODULE: ./src/assess/metrics.ts
/** Operations whose request counts, throttles and system errors are summed (CloudWatch keys them by Operation). */
const OPERATIONS = ['GetItem', 'Query', 'Scan', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchGetItem', 'BatchWriteItem'];
/** Operations whose latency (average and p99) is reported, as the runbook's scenario 2 asks. */
const LATENCY_OPERATIONS = ['GetItem', 'Query', 'Scan', 'PutItem'];
const NAMESPACE = 'AWS/DynamoDB';
const CAPACITY = ['ConsumedReadCapacityUnits', 'ConsumedWriteCapacityUnits', 'ReadThrottleEvents', 'WriteThrottleEvents'];
const SHORT = {
    ConsumedReadCapacityUnits: 'rcu',
    ConsumedWriteCapacityUnits: 'wcu',
    ReadThrottleEvents: 'rthr',
    WriteThrottleEvents: 'wthr',
    ThrottledRequests: 'thr',
    SystemErrors: 'sys',
    Requests: 'n',
};
/** The queries for one table: one GetMetricData call holds them all (far below its 500-query limit for any real number of GSIs). */
function planQueries(table, gsis, periodSeconds) {
    const queries = [];
    const keys = new Map();
    const add = (id, key, metricName, dimensions, stat) => {
        keys.set(id, key);
        queries.push({
            Id: id,
            MetricStat: {
                Metric: {
                    Namespace: NAMESPACE,
                    MetricName: metricName,
                    Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })),
                },
                Period: periodSeconds,
                Stat: stat,
            },
            ReturnData: true,
        });
    };
    for (const metric of CAPACITY)
        add(`t_${SHORT[metric]}`, { scope: 'table', metric }, metric, { TableName: table }, 'Sum');
    gsis.forEach((index, i) => {
        for (const metric of CAPACITY)
            add(`g${i}_${SHORT[metric]}`, { scope: 'gsi', index, metric }, metric, { TableName: table, GlobalSecondaryIndexName: index }, 'Sum');
    });
    for (const operation of OPERATIONS) {
        const dims = { TableName: table, Operation: operation };
        add(`o_thr_${operation.toLowerCase()}`, { scope: 'operation', operation, metric: 'ThrottledRequests' }, 'ThrottledRequests', dims, 'Sum');
        add(`o_sys_${operation.toLowerCase()}`, { scope: 'operation', operation, metric: 'SystemErrors' }, 'SystemErrors', dims, 'Sum');
        // Successful requests, counted by the latency metric's samples: the share of throttled requests needs them.
        add(`o_n_${operation.toLowerCase()}`, { scope: 'operation', operation, metric: 'Requests' }, 'SuccessfulRequestLatency', dims, 'SampleCount');
    }
    for (const operation of LATENCY_OPERATIONS) {
        const dims = { TableName: table, Operation: operation };
        add(`l_avg_${operation.toLowerCase()}`, { scope: 'latency', operation, stat: 'Average' }, 'SuccessfulRequestLatency', dims, 'Average');
        add(`l_p99_${operation.toLowerCase()}`, { scope: 'latency', operation, stat: 'p99' }, 'SuccessfulRequestLatency', dims, 'p99');
    }
    // UserErrors has no dimensions: it is the account's in the region, the same in every table's answer.
    add('a_usr', { scope: 'account', metric: 'UserErrors' }, 'UserErrors', {}, 'Sum');
    return { queries, keys };
}
function periodsOf(w) {
    return Math.max(1, Math.ceil((w.endMs - w.startMs) / (w.periodSeconds * 1000)));
}
/** Merges the pages of one GetMetricData answer by query id (a query's points may span pages) into series. */
function toSeries(results, w) {
    const n = periodsOf(w);
    const out = new Map();
    for (const r of results) {
        if (!r.Id)
            continue;
        const series = out.get(r.Id) ?? new Array(n).fill(null);
        const stamps = r.Timestamps ?? [];
        const values = r.Values ?? [];
        stamps.forEach((t, i) => {
            const slot = Math.floor((new Date(t).getTime() - w.startMs) / (w.periodSeconds * 1000));
            const v = values[i];
            if (slot >= 0 && slot < n && typeof v === 'number' && Number.isFinite(v))
                series[slot] = (series[slot] ?? 0) + v;
        });
        out.set(r.Id, series);
    }
    return out;
}
const sum = (s) => (s ?? []).reduce((a, v) => a + (v ?? 0), 0);
const max = (s) => (s ?? []).reduce((a, v) => Math.max(a, v ?? 0), 0);

// EXTERNAL MODULE: ./src/dynamo/table.ts
var table = __webpack_require__(82266);
;// CONCATENATED MODULE: ./src/assess/observation.ts


function capacityOf(billing, p) {
    return billing === 'PROVISIONED' ? { read: p?.ReadCapacityUnits ?? 0, write: p?.WriteCapacityUnits ?? 0 } : null;
}
function observe(collection, t, keys, series, w) {
    const find = (pred) => [...keys.entries()].filter(([, k]) => pred(k)).map(([id]) => series.get(id) ?? []);
    const capacity = (scope, metric, index) => find((k) => k.scope === scope && 'metric' in k && k.metric === metric && (scope === 'table' || ('index' in k && k.index === index)))[0] ?? [];
    const usage = (scope, index) => {
        const r = capacity(scope, 'ConsumedReadCapacityUnits', index);
        const wr = capacity(scope, 'ConsumedWriteCapacityUnits', index);
        return {
            consumedRead: sum(r),
            consumedWrite: sum(wr),
            peakReadPerSecond: max(r) / w.periodSeconds,
            peakWritePerSecond: max(wr) / w.periodSeconds,
            readThrottleEvents: sum(capacity(scope, 'ReadThrottleEvents', index)),
            writeThrottleEvents: sum(capacity(scope, 'WriteThrottleEvents', index)),
        };
    };
    const byOperation = (metric) => find((k) => k.scope === 'operation' && k.metric === metric);
    const billing = (0,table/* billingOf */.F)(t);
    const latency = Object.fromEntries(LATENCY_OPERATIONS.map((op) => {
        const avg = find((k) => k.scope === 'latency' && k.operation === op && k.stat === 'Average')[0] ?? [];
        const p99 = find((k) => k.scope === 'latency' && k.operation === op && k.stat === 'p99')[0] ?? [];
        const counts = find((k) => k.scope === 'operation' && k.operation === op && k.metric === 'Requests')[0] ?? [];
        // The window's average weighs each period by its requests; its p99 is the worst period's.
        let weighted = 0;
        let n = 0;
        avg.forEach((v, i) => {
            if (v === null)
                return;
            const c = counts[i] ?? 1;
            weighted += v * (c ?? 1);
            n += c ?? 1;
        });
        const anyP99 = p99.some((v) => v !== null);
        return [op, { averageMs: n > 0 ? weighted / n : null, p99Ms: anyP99 ? max(p99) : null }];
    }));
    const n = periodsOf(w);
    const at = (s, i) => s[i] ?? 0;
    const tableRead = capacity('table', 'ConsumedReadCapacityUnits');
    const tableWrite = capacity('table', 'ConsumedWriteCapacityUnits');
    const eventSeries = find((k) => (k.scope === 'table' || k.scope === 'gsi') && 'metric' in k && /ThrottleEvents$/.test(k.metric));
    const throttledSeries = byOperation('ThrottledRequests');
    const allSeries = [...series.values()];
    return {
        collection,
        table: t.TableName ?? '',
        status: t.TableStatus ?? 'unknown',
        billing,
        provisioned: capacityOf(billing, t.ProvisionedThroughput),
        sizeBytes: t.TableSizeBytes ?? 0,
        itemCount: t.ItemCount ?? 0,
        lastSwitchToOnDemand: t.BillingModeSummary?.LastUpdateToPayPerRequestDateTime
            ? new Date(t.BillingModeSummary.LastUpdateToPayPerRequestDateTime).toISOString()
            : null,
        ...usage('table'),
        indexes: (t.GlobalSecondaryIndexes ?? []).map((g) => ({
            name: g.IndexName ?? '',
            status: g.IndexStatus ?? 'unknown',
            provisioned: capacityOf(billing, g.ProvisionedThroughput),
            sizeBytes: g.IndexSizeBytes ?? 0,
            ...usage('gsi', g.IndexName ?? ''),
        })),
        requests: byOperation('Requests').reduce((a, s) => a + sum(s), 0),
        throttledRequests: byOperation('ThrottledRequests').reduce((a, s) => a + sum(s), 0),
        systemErrors: byOperation('SystemErrors').reduce((a, s) => a + sum(s), 0),
        accountUserErrors: sum(find((k) => k.scope === 'account')[0]),
        latency,
        chart: {
            readPerSecond: Array.from({ length: n }, (_, i) => at(tableRead, i) / w.periodSeconds),
            writePerSecond: Array.from({ length: n }, (_, i) => at(tableWrite, i) / w.periodSeconds),
            // A throttled request counts once in ThrottledRequests and once or more in the events: the larger, not the sum.
            throttles: Array.from({ length: n }, (_, i) => Math.max(eventSeries.reduce((a, s) => a + at(s, i), 0), throttledSeries.reduce((a, s) => a + at(s, i), 0))),
        },
        periodsWithData: Array.from({ length: n }, (_, i) => allSeries.some((s) => s[i] !== null && s[i] !== undefined)).filter(Boolean).length,
    };
}
/** Throttles on the table and its indexes: throttled requests, or the throttle events when those are more (one request may throttle several times, or be a batch). */
function throttlesOf(o) {
    const events = o.readThrottleEvents + o.writeThrottleEvents + o.indexes.reduce((a, g) => a + g.readThrottleEvents + g.writeThrottleEvents, 0);
    return Math.max(events, o.throttledRequests);
}

// EXTERNAL MODULE: ./src/clients/dynamodb-describe.ts
var dynamodb_describe = __webpack_require__(54562);
// EXTERNAL MODULE: ./src/core/group-digits.ts
var group_digits = __webpack_require__(96199);
;// CONCATENATED MODULE: ./src/assess/matrix.ts
/**
 * The runbook's decision matrix, as data: each row an issue type, its
 * severity, when it holds (with the reason in numbers) and the action it
 * calls for. Scenario 2 (performance): mitigate by switching to on-demand,
 * roll back only if that fails. Scenario 3 (cost): review usage and GSIs,
 * roll back only if necessary. Pure; thresholds are named here and in
 * docs/assess.md.
 */



const SEVERITY_ORDER = ['none', 'low', 'medium', 'high', 'critical'];
const ACTION_ORDER = ['no-action', 'review', 'switch-to-on-demand', 'roll-back'];
/** Throttles in the window that make a performance issue (a handful is noise a retry absorbs). */
const MIN_THROTTLES = 10;
/** System errors (DynamoDB's own 500s) at this share of requests: the service is failing the app. */
const SYSTEM_ERROR_SHARE = 0.01;
/** p99 latency above these (ms) without throttling: slow queries, hot keys, a scan where a query belongs. */
const LATENCY_P99_MS = { GetItem: 100, PutItem: 100, Query: 300 };
/** Provisioned capacity used at most this share at the busiest period: paid for, not used. */
const LOW_UTILISATION = 0.2;
const pct = (part, whole) => (whole > 0 ? `${((part / whole) * 100).toFixed(2)}%` : 'n/a');
const matrix_int = (n) => (0,group_digits/* groupDigits */.K)(Math.round(n));
const active = (f) => f.o.status === 'ACTIVE';
/** On-demand since before the window: throttling seen now happened under on-demand, so the mitigation did not help. */
const onDemandThroughout = (f) => f.o.billing === 'PAY_PER_REQUEST' && (f.o.lastSwitchToOnDemand === null || Date.parse(f.o.lastSwitchToOnDemand) <= f.windowStartMs);
function throttleReason(f) {
    const t = throttlesOf(f.o);
    const total = f.o.requests + f.o.throttledRequests;
    return `${matrix_int(t)} throttled (${pct(f.o.throttledRequests, total)} of ${matrix_int(total)} requests; read events ${matrix_int(f.o.readThrottleEvents)}, write events ${matrix_int(f.o.writeThrottleEvents)})`;
}
function idleIndexes(f) {
    return f.o.indexes.filter((g) => g.consumedRead === 0).map((g) => g.name);
}
function slowOperations(f) {
    return Object.entries(LATENCY_P99_MS)
        .filter(([op, limit]) => (f.o.latency[op].p99Ms ?? 0) > limit)
        .map(([op, limit]) => `${op} p99 ${f.o.latency[op].p99Ms.toFixed(1)} ms (> ${limit})`);
}
function utilisation(f) {
    const p = f.o.provisioned;
    if (f.o.billing !== 'PROVISIONED' || !p || p.read === 0 || p.write === 0)
        return null;
    return { read: f.o.peakReadPerSecond / p.read, write: f.o.peakWritePerSecond / p.write };
}
/** The matrix, most severe first. Every row that holds is a finding; the first that holds decides the table's action. */
const MATRIX = [
    {
        rule: 'system errors',
        issue: 'errors',
        severity: 'critical',
        action: 'roll-back',
        when: (f) => {
            const total = f.o.requests + f.o.systemErrors;
            return f.o.systemErrors > 0 && f.o.systemErrors / Math.max(1, total) >= SYSTEM_ERROR_SHARE
                ? `${matrix_int(f.o.systemErrors)} system errors, ${pct(f.o.systemErrors, total)} of ${matrix_int(total)} requests (>= ${SYSTEM_ERROR_SHARE * 100}%)`
                : null;
        },
    },
    {
        rule: 'throttled on on-demand',
        issue: 'performance',
        severity: 'critical',
        action: 'roll-back',
        when: (f) => active(f) && onDemandThroughout(f) && throttlesOf(f.o) >= MIN_THROTTLES
            ? `${throttleReason(f)} although on-demand throughout the window: the mitigation did not stop it`
            : null,
    },
    {
        rule: 'throttled on provisioned',
        issue: 'performance',
        severity: 'high',
        action: 'switch-to-on-demand',
        when: (f) => f.o.billing === 'PROVISIONED' && throttlesOf(f.o) >= MIN_THROTTLES
            ? `${throttleReason(f)} on PROVISIONED ${f.o.provisioned?.read ?? 0} RCU / ${f.o.provisioned?.write ?? 0} WCU (peak ${f.o.peakReadPerSecond.toFixed(1)} RCU/s, ${f.o.peakWritePerSecond.toFixed(1)} WCU/s)`
            : null,
    },
    {
        rule: 'slow without throttling',
        issue: 'performance',
        severity: 'medium',
        action: 'review',
        when: (f) => {
            const slow = slowOperations(f);
            return slow.length > 0 && throttlesOf(f.o) < MIN_THROTTLES
                ? `${slow.join(', ')} without throttling: review hot keys and query patterns`
                : null;
        },
    },
    {
        rule: 'over budget',
        issue: 'cost',
        severity: 'medium',
        action: 'review',
        when: (f) => {
            if (!f.budget || f.budget.total <= f.budget.monthly)
                return null;
            const idle = idleIndexes(f);
            return `estimated ${dollars(f.budget.total)}/month for the tables assessed, above the budget of ${dollars(f.budget.monthly)}; this table ${dollars(f.cost.current)} (${f.o.billing})${idle.length > 0 ? `; idle GSI ${idle.join(', ')} (no reads in the window)` : ''}`;
        },
    },
    {
        rule: 'idle GSI',
        issue: 'cost',
        severity: 'low',
        action: 'review',
        when: (f) => {
            const idle = idleIndexes(f);
            return idle.length > 0
                ? `GSI ${idle.join(', ')}: no reads in the window, yet ${matrix_int(f.o.indexes.filter((g) => idle.includes(g.name)).reduce((a, g) => a + g.consumedWrite, 0))} write units spent keeping it`
                : null;
        },
    },
    {
        rule: 'over-provisioned',
        issue: 'cost',
        severity: 'low',
        action: 'review',
        when: (f) => {
            const u = utilisation(f);
            return u && u.read <= LOW_UTILISATION && u.write <= LOW_UTILISATION
                ? `provisioned ${f.o.provisioned.read} RCU / ${f.o.provisioned.write} WCU, busiest period used ${(u.read * 100).toFixed(0)}% / ${(u.write * 100).toFixed(0)}%`
                : null;
        },
    },
];
/** Every row that holds, and the action of the most severe (ties: the stronger action). */
function classify(f, matrix = MATRIX) {
    const findings = [];
    for (const r of matrix) {
        const reason = r.when(f);
        if (reason !== null)
            findings.push({ issue: r.issue, severity: r.severity, action: r.action, rule: r.rule, reason });
    }
    if (findings.length === 0)
        return { severity: 'none', action: 'no-action', findings, note: null };
    const top = findings.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    // A table mid-change is left alone: the switch may be the change itself, and its figures straddle it.
    if (!active(f) && top.action !== 'roll-back') {
        return {
            severity: top.severity,
            action: 'no-action',
            findings,
            note: `table is ${f.o.status} (${f.o.billing}): a change is under way; assess again once it is ACTIVE`,
        };
    }
    return { severity: top.severity, action: top.action, findings, note: null };
}
function rank(f) {
    return SEVERITY_ORDER.indexOf(f.severity) * 10 + ACTION_ORDER.indexOf(f.action);
}
function worst(items) {
    let severity = 'none';
    let action = 'no-action';
    for (const i of items) {
        if (SEVERITY_ORDER.indexOf(i.severity) > SEVERITY_ORDER.indexOf(severity))
            severity = i.severity;
        if (ACTION_ORDER.indexOf(i.action) > ACTION_ORDER.indexOf(action))
            action = i.action;
    }
    return { severity, action };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var dist_cjs = __webpack_require__(44085);
// EXTERNAL MODULE: ./src/clients/errors.ts
var clients_errors = __webpack_require__(67137);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/assess/read-metrics.ts
/**
 * One table's metrics: one GetMetricData call (its pages followed by
 * NextToken) through the CloudWatch client. A query CloudWatch answers as
 * Forbidden or InternalError means the metrics could not be read: that is
 * the command's failure (exit 1), never a table that looks idle.
 */





/** Far more pages than any window of ours needs (100,800 points per query per page): a service that keeps sending tokens is refused. */
const MAX_PAGES = 1000;
async function readTableMetrics(cloudwatch, table, gsis, w) {
    const plan = planQueries(table, gsis, w.periodSeconds);
    const results = [];
    let token;
    let pages = 0;
    do {
        const out = await cloudwatch.call({ operation: 'GetMetricData', resource: `metrics of table ${table}` }, (sdk) => sdk.send(new dist_cjs/* GetMetricDataCommand */.Soe({
            MetricDataQueries: plan.queries,
            StartTime: new Date(w.startMs),
            EndTime: new Date(w.endMs),
            ScanBy: 'TimestampAscending',
            ...(token ? { NextToken: token } : {}),
        })));
        pages++;
        for (const r of out.MetricDataResults ?? []) {
            if (r.StatusCode === 'Forbidden' || r.StatusCode === 'InternalError') {
                throw new errors/* FailedError */.Kl(`${(0,clients_errors/* whereOf */.de)(cloudwatch.scope)} answered GetMetricData for table ${table} with ${r.StatusCode} on query ${r.Id ?? '?'}; the metrics could not be read${r.StatusCode === 'Forbidden' ? ': grant the role cloudwatch:GetMetricData' : ', try again'}`);
            }
            results.push(r);
        }
        token = out.NextToken;
        if (pages >= MAX_PAGES && token)
            throw new errors/* FailedError */.Kl(`${(0,clients_errors/* whereOf */.de)(cloudwatch.scope)} kept paging GetMetricData for table ${table} past ${MAX_PAGES} pages; the metrics could not be read`);
    } while (token);
    const unknown = results.find((r) => r.Id && !plan.keys.has(r.Id));
    if (unknown)
        throw new errors/* FailedError */.Kl(`${(0,clients_errors/* whereOf */.de)(cloudwatch.scope)} answered GetMetricData for table ${table} with a query id it was not asked (${unknown.Id}); check ${(0,option_name/* opt */.m7)('cloudwatch-endpoint')}`);
    return { keys: plan.keys, series: toSeries(results, w), pages };
}

;// CONCATENATED MODULE: ./src/assess/run.ts







/** CloudWatch keeps 1-minute points for 15 days, 5-minute for 63: the window must end where points exist. */
const MAX_SINCE_SECONDS = 63 * 86_400;
function checkWindow(sinceSeconds, periodSeconds) {
    if (sinceSeconds < 60 || sinceSeconds > MAX_SINCE_SECONDS)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('since')}: expected from 1m to 63d (what CloudWatch keeps at 5-minute resolution), got ${sinceSeconds} s`);
    if (periodSeconds % 60 !== 0)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('period')} ${periodSeconds}: give a multiple of 60 seconds (CloudWatch's DynamoDB metrics are per minute)`);
    if (periodSeconds > sinceSeconds)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('period')} ${periodSeconds}: longer than the window (${(0,option_name/* opt */.m7)('since')} ${sinceSeconds} s); give a shorter period`);
    if (sinceSeconds > 15 * 86_400 && periodSeconds % 300 !== 0)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('period')} ${periodSeconds}: a window beyond 15 days needs a multiple of 300 seconds (CloudWatch keeps only 5-minute points past 15 days)`);
    if (sinceSeconds / periodSeconds > 1440)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('period')} ${periodSeconds}: ${Math.ceil(sinceSeconds / periodSeconds)} points per metric is more than a chart can show; give a longer period (at most 1440 points)`);
}
/** The default: about 48 points over the window, whole minutes (5 minutes past 15 days). */
function defaultPeriod(sinceSeconds) {
    const step = sinceSeconds > 15 * 86_400 ? 300 : 60;
    return Math.max(step, Math.ceil(sinceSeconds / 48 / step) * step);
}
async function runAssess(options, deps) {
    const now = deps.now ?? (() => new Date());
    checkWindow(options.sinceSeconds, options.periodSeconds);
    const { dynamo, cloudwatch, reporter } = deps;
    // Whole periods ending at the last full minute: the open minute's points are still arriving.
    const endMs = Math.floor(now().getTime() / 60_000) * 60_000;
    const w = { startMs: endMs - options.sinceSeconds * 1000, endMs, periodSeconds: options.periodSeconds };
    const described = [];
    for (const ref of options.tables)
        described.push({ ref, t: await (0,dynamodb_describe/* describeTable */.u)(dynamo, ref) });
    const progress = reporter.progress('metrics', { unit: 'tables', total: described.length });
    let pages = 0;
    const observed = [];
    for (const { ref, t } of described) {
        const gsis = (t.GlobalSecondaryIndexes ?? []).map((g) => g.IndexName ?? '').filter((n) => n !== '');
        const m = await readTableMetrics(cloudwatch, ref.table, gsis, w);
        pages += m.pages;
        const o = observe(ref.collection, t, m.keys, m.series, w);
        observed.push({ o, cost: estimateCost(o, options.sinceSeconds, options.prices) });
        progress.add(1);
    }
    progress.done(`${observed.length} table${observed.length === 1 ? '' : 's'} read`);
    const totalMonthly = Math.round(observed.reduce((a, x) => a + x.cost.current, 0) * 100) / 100;
    const budget = options.budget === null ? null : { monthly: options.budget, total: totalMonthly };
    const tables = observed.map(({ o, cost }) => ({ observation: o, cost, ...classify({ o, cost, windowStartMs: w.startMs, budget }) }));
    const top = worst(tables);
    return {
        ok: true,
        recommendation: top.action,
        severity: top.severity,
        window: { start: new Date(w.startMs).toISOString(), end: new Date(w.endMs).toISOString(), periodSeconds: w.periodSeconds },
        budget: options.budget,
        totalMonthly,
        pricesSource: options.pricesSource,
        tables,
        pages,
    };
}

// EXTERNAL MODULE: ./src/config/tables.ts
var tables = __webpack_require__(25665);
// EXTERNAL MODULE: ./src/commands/clients.ts
var clients = __webpack_require__(67174);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
;// CONCATENATED MODULE: ./src/commands/assess.ts










/** --since when not given (not an action.yml default: export and verify take --since too, with another meaning). */
const DEFAULT_SINCE = '24h';
const assess_int = (n) => (0,group_digits/* groupDigits */.K)(Math.round(n));
const ms = (n) => (n === null ? '-' : n.toFixed(1));
/** Reads CloudWatch and says what the runbook's matrix calls for; changes nothing. */
const assessCommand = (0,types/* defineCommand */.N)({
    name: 'assess',
    description: "CloudWatch metrics per table and GSI against the runbook's decision matrix: no action, switch to on-demand, review GSIs/usage, or roll back; a month's cost under both billing modes",
    options: ['tables', 'since', 'period', 'budget', 'cloudwatch-endpoint', 'format', 'retry-budget'],
    outputs: {
        recommendation: 'no-action, switch-to-on-demand, review or roll-back: the strongest any table calls for',
        severity: 'none, low, medium, high or critical: the highest finding',
        findings: 'JSON object: table -> { action, severity, findings: [{ issue, severity, rule, reason }] }',
        'monthly-cost': 'Estimated US dollars a month for the tables assessed, each under its billing mode now',
    },
    async run(ctx) {
        const since = parseDuration(ctx.options.since ?? DEFAULT_SINCE, '--since');
        return runAssess({
            tables: (0,tables/* selectTables */.e)(ctx.config, ctx.options.tables),
            sinceSeconds: since,
            periodSeconds: ctx.options.period ?? defaultPeriod(since),
            budget: ctx.options.budget ?? ctx.config.assess.monthlyBudget,
            prices: ctx.config.assess.prices,
            pricesSource: ctx.config.assess.pricesSource,
        }, { dynamo: await (0,clients/* dynamoFor */._h)(ctx), cloudwatch: await (0,clients/* cloudWatchFor */.SQ)(ctx), reporter: ctx.reporter });
    },
    present(r) {
        const acting = r.tables.filter((t) => t.action !== 'no-action').length;
        const headline = r.recommendation === 'no-action'
            ? `no action: ${r.tables.length} table${r.tables.length === 1 ? '' : 's'} healthy from ${r.window.start} to ${r.window.end}`
            : `${r.recommendation} (severity ${r.severity}): ${acting} of ${r.tables.length} table${r.tables.length === 1 ? '' : 's'} call${acting === 1 ? 's' : ''} for action, from ${r.window.start} to ${r.window.end}`;
        return {
            // It informs: any recommendation is a successful assessment.
            ok: true,
            outputs: {
                recommendation: r.recommendation,
                severity: r.severity,
                findings: JSON.stringify(Object.fromEntries(r.tables.map((t) => [
                    t.observation.table,
                    {
                        action: t.action,
                        severity: t.severity,
                        findings: t.findings.map((f) => ({ issue: f.issue, severity: f.severity, rule: f.rule, reason: f.reason })),
                    },
                ]))),
                'monthly-cost': r.totalMonthly.toFixed(2),
            },
            summary: {
                title: 'assess',
                headline,
                tables: [
                    {
                        caption: 'tables',
                        headers: [
                            'table',
                            'status',
                            'billing',
                            'action',
                            'severity',
                            'read units',
                            'write units',
                            'peak RCU/s',
                            'peak WCU/s',
                            'throttled',
                            'system errors',
                            'requests',
                        ],
                        rows: r.tables.map(({ observation: o, action, severity }) => [
                            o.table,
                            o.status,
                            o.provisioned ? `${o.billing} ${o.provisioned.read}/${o.provisioned.write}` : o.billing,
                            action,
                            severity,
                            assess_int(o.consumedRead),
                            assess_int(o.consumedWrite),
                            o.peakReadPerSecond.toFixed(1),
                            o.peakWritePerSecond.toFixed(1),
                            assess_int(throttlesOf(o)),
                            assess_int(o.systemErrors),
                            assess_int(o.requests),
                        ]),
                    },
                    {
                        caption: 'latency (ms, successful requests)',
                        headers: ['table', ...LATENCY_OPERATIONS.flatMap((op) => [`${op} avg`, `${op} p99`])],
                        rows: r.tables.map(({ observation: o }) => [
                            o.table,
                            ...LATENCY_OPERATIONS.flatMap((op) => [ms(o.latency[op].averageMs), ms(o.latency[op].p99Ms)]),
                        ]),
                    },
                    {
                        caption: `monthly cost estimate (${r.pricesSource})`,
                        headers: ['table', 'now', 'on-demand', 'provisioned', 'basis', 'storage'],
                        rows: [
                            ...r.tables.map(({ observation: o, cost }) => [
                                o.table,
                                `${dollars(cost.current)} (${o.billing})`,
                                dollars(cost.onDemand),
                                dollars(cost.provisioned),
                                cost.provisionedBasis,
                                dollars(cost.storage),
                            ]),
                            ['all', dollars(r.totalMonthly), '', '', r.budget === null ? 'no budget set' : `budget ${dollars(r.budget)}`, ''],
                        ],
                    },
                    {
                        caption: 'GSIs',
                        headers: ['table', 'index', 'status', 'read units', 'write units', 'throttle events'],
                        rows: r.tables.flatMap(({ observation: o }) => o.indexes.map((g) => [
                            o.table,
                            g.name,
                            g.status,
                            assess_int(g.consumedRead),
                            assess_int(g.consumedWrite),
                            assess_int(g.readThrottleEvents + g.writeThrottleEvents),
                        ])),
                    },
                ].filter((t) => t.rows.length > 0),
                notes: [
                    ...r.tables.flatMap((t) => t.findings.map((f) => `${t.observation.table}: ${f.issue} ${f.severity} (${f.rule}) -> ${f.action}: ${f.reason}`)),
                    ...r.tables.filter((t) => t.note).map((t) => `${t.observation.table}: ${t.note}`),
                    ...r.tables
                        .filter((t) => t.observation.periodsWithData === 0)
                        .map((t) => `${t.observation.table}: no data points in the window (no traffic, or CloudWatch has not published its metrics yet)`),
                    ...(r.tables.length > 0
                        ? [`account user errors in the region (all tables): ${assess_int(r.tables[0].observation.accountUserErrors)}`]
                        : []),
                    `period ${r.window.periodSeconds} s; ${r.pages} GetMetricData page${r.pages === 1 ? '' : 's'}; estimates scale the window to 730 hours and leave out free tier, reserved capacity, backups, streams and transfer`,
                ],
                charts: r.tables.flatMap((t) => tableCharts(t.observation, Date.parse(r.window.start), r.window.periodSeconds)),
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


/***/ })

};
