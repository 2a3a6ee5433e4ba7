export const id = 2669;
export const ids = [2669];
export const modules = {

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

/***/ 2669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runNativeCommand: () => (/* binding */ runNativeCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/config/tables.ts
var tables = __webpack_require__(25665);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/location.ts
var core_location = __webpack_require__(91324);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(53711);
// EXTERNAL MODULE: ./src/clients/retry.ts
var retry = __webpack_require__(83242);
// EXTERNAL MODULE: ./src/clients/s3-uri.ts
var s3_uri = __webpack_require__(75207);
// EXTERNAL MODULE: ./src/core/reporter.ts
var core_reporter = __webpack_require__(99586);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/export-format/layout.ts
var layout = __webpack_require__(90014);
// EXTERNAL MODULE: ./src/export-format/manifest-schema.ts
var manifest_schema = __webpack_require__(92261);
// EXTERNAL MODULE: ./src/export-format/native-layout.ts
var native_layout = __webpack_require__(89022);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var client_dynamodb_dist_cjs = __webpack_require__(64305);
;// CONCATENATED MODULE: ./src/export/native-pitr.ts
/**
 * Point-in-time recovery, which every native export needs: whether it is on
 * for a table, and the window a requested time must lie in
 * (DescribeContinuousBackups: EarliestRestorableDateTime to
 * LatestRestorableDateTime). Used by export --native before it starts
 * anything, and by status to say so beforehand.
 */


async function pitrState(client, table) {
    const out = await client.call({
        operation: 'DescribeContinuousBackups',
        resource: `table ${table}`,
        notFoundHint: `check ${(0,option_name/* opt */.m7)('stage')} and ${(0,option_name/* opt */.m7)('tables')} (or the tables map of the config file)`,
    }, (sdk) => sdk.send(new client_dynamodb_dist_cjs/* DescribeContinuousBackupsCommand */.NXH({ TableName: table })));
    const pitr = out.ContinuousBackupsDescription?.PointInTimeRecoveryDescription;
    const enabled = pitr?.PointInTimeRecoveryStatus === 'ENABLED';
    return {
        table,
        enabled,
        ...(enabled && pitr?.EarliestRestorableDateTime ? { earliest: pitr.EarliestRestorableDateTime.toISOString() } : {}),
        ...(enabled && pitr?.LatestRestorableDateTime ? { latest: pitr.LatestRestorableDateTime.toISOString() } : {}),
    };
}
/** Why a time cannot be exported from this table, or null when it can (a time after the latest is only not yet exportable). */
function outsideWindow(state, at) {
    if (!state.enabled)
        return `point-in-time recovery is off on table ${state.table}`;
    if (state.earliest && at < state.earliest)
        return `${at} is before the earliest time table ${state.table} can be exported at (${state.earliest}, the start of its point-in-time recovery window)`;
    return null;
}

// EXTERNAL MODULE: ./src/clients/errors.ts
var clients_errors = __webpack_require__(67137);
;// CONCATENATED MODULE: ./src/export/native-start.ts
/**
 * Starting one native export, or finding the one already started: by its
 * recorded ARN, else (on --resume) by its client token among the table's
 * exports (ListExports, then DescribeExport of each), else by asking for it
 * with the same client token, which AWS answers with the export it already
 * started for that token (for 8 hours), not a second one.
 */



async function describeExport(client, arn, table) {
    const out = await client.call({ operation: 'DescribeExport', resource: `export ${arn} of table ${table}` }, (sdk) => sdk.send(new client_dynamodb_dist_cjs/* DescribeExportCommand */.XIc({ ExportArn: arn })));
    if (!out.ExportDescription?.ExportArn)
        throw new errors/* FailedError */.Kl(`${(0,clients_errors/* whereOf */.de)(client.scope)} answered DescribeExport ${arn} without a description, which DynamoDB never does`);
    return out.ExportDescription;
}
async function findByToken(client, req) {
    let token;
    do {
        const page = await client.call({ operation: 'ListExports', resource: `table ${req.table}` }, (sdk) => sdk.send(new client_dynamodb_dist_cjs/* ListExportsCommand */.xKf({ TableArn: req.tableArn, NextToken: token })));
        for (const s of page.ExportSummaries ?? []) {
            if (!s.ExportArn || s.ExportStatus === 'FAILED')
                continue;
            const d = await describeExport(client, s.ExportArn, req.table);
            if (d.ClientToken === req.entry.clientToken)
                return d;
        }
        token = page.NextToken;
    } while (token);
    return null;
}
async function startExport(client, req) {
    if (req.entry.exportArn)
        return describeExport(client, req.entry.exportArn, req.table);
    if (req.lookUp) {
        const found = await findByToken(client, req);
        if (found)
            return found;
    }
    const { entry } = req;
    const out = await client.call({ operation: 'ExportTableToPointInTime', resource: `table ${req.table}` }, (sdk) => sdk.send(new client_dynamodb_dist_cjs/* ExportTableToPointInTimeCommand */.JUe({
        TableArn: req.tableArn,
        ClientToken: entry.clientToken,
        S3Bucket: req.bucket,
        ...(req.prefix ? { S3Prefix: req.prefix } : {}),
        S3SseAlgorithm: req.sse.algorithm === 'aws:kms' ? 'KMS' : 'AES256',
        ...(req.sse.kmsKeyId ? { S3SseKmsKeyId: req.sse.kmsKeyId } : {}),
        ExportFormat: 'DYNAMODB_JSON',
        ...(req.incremental
            ? {
                ExportType: 'INCREMENTAL_EXPORT',
                IncrementalExportSpecification: {
                    ExportFromTime: new Date(entry.fromTime),
                    ExportToTime: new Date(entry.toTime),
                    ExportViewType: 'NEW_AND_OLD_IMAGES',
                },
            }
            : { ExportType: 'FULL_EXPORT', ExportTime: new Date(entry.exportTime) }),
    })));
    if (!out.ExportDescription?.ExportArn)
        throw new errors/* FailedError */.Kl(`${(0,clients_errors/* whereOf */.de)(client.scope)} answered ExportTableToPointInTime for table ${req.table} without an export ARN, which DynamoDB never does`);
    return out.ExportDescription;
}

;// CONCATENATED MODULE: ./src/export/native-wait.ts




async function waitForExports(client, exports, o) {
    const started = o.now();
    const done = new Map();
    for (;;) {
        for (const e of exports) {
            if (done.has(e.arn))
                continue;
            const d = await describeExport(client, e.arn, e.table);
            const elapsed = Math.round((o.now() - started) / 1000);
            o.reporter.info(`${e.table}: ${d.ExportStatus ?? 'unknown'}, ${elapsed}s`);
            if (d.ExportStatus === 'FAILED') {
                throw new errors/* FailedError */.Kl(`table ${e.table}: DynamoDB's export ${e.arn} failed (${d.FailureCode ?? 'no FailureCode'}${d.FailureMessage ? `: ${d.FailureMessage}` : ''}); fix what it names (the bucket's policy, the KMS key) and export again to an empty prefix`);
            }
            if (d.ExportStatus === 'COMPLETED') {
                done.set(e.arn, {
                    table: e.table,
                    arn: e.arn,
                    status: 'COMPLETED',
                    itemCount: d.ItemCount ?? 0,
                    billedSizeBytes: d.BilledSizeBytes ?? 0,
                    ...(d.StartTime ? { startTime: d.StartTime.toISOString() } : {}),
                    ...(d.EndTime ? { endTime: d.EndTime.toISOString() } : {}),
                });
            }
        }
        if (done.size === exports.length)
            return exports.map((e) => done.get(e.arn));
        if (o.now() - started + o.pollMs > o.timeoutMs) {
            const left = exports.filter((e) => !done.has(e.arn)).map((e) => e.table);
            throw new errors/* FailedError */.Kl(`DynamoDB is still exporting ${left.join(', ')} after ${Math.round(o.timeoutMs / 1000)}s (${(0,option_name/* opt */.m7)('timeout')}); the exports go on in AWS: run the same command with ${(0,option_name/* opt */.m7)('resume')} to wait for them, or allow more with ${(0,option_name/* opt */.m7)('timeout')}`);
        }
        await (o.sleep ?? retry/* defaultSleep */.JG)(o.pollMs);
    }
}

// EXTERNAL MODULE: ./src/clients/dynamodb-describe.ts
var dynamodb_describe = __webpack_require__(54562);
// EXTERNAL MODULE: ./src/export-format/s3-store.ts
var s3_store = __webpack_require__(45034);
;// CONCATENATED MODULE: ./src/export/native-export.ts
/**
 * export --native: DynamoDB exports each table to S3 itself (no read
 * capacity, one instant), and this run starts the exports, waits for them,
 * and writes our export.json beside AWS's files so rollback and verify read
 * the result like any export. With --since, an incremental export of what
 * changed since an earlier export, window by window (AWS: 15 minutes to 24
 * hours each); a gap under 15 minutes is answered with { fallback } and
 * nothing written, for the command to run a scan instead.
 *
 * Order: every input and every table checked (PITR on, the times inside its
 * window), then export.json written in progress, then each export started
 * and its ARN recorded, then the wait, then export.json complete.
 */
















const secondsOf = (ms) => Math.floor(ms / 1000) * 1000;
function parseTime(value, option) {
    const ms = Date.parse(value);
    if (!/^\d{4}-\d\d-\d\dT/.test(value) || Number.isNaN(ms))
        throw new errors/* InputError */.dz(`${option} ${JSON.stringify(value)}: expected an ISO 8601 time such as 2026-12-01T09:30:00Z`);
    return ms;
}
async function runNativeExport(opts, deps) {
    const reporter = deps.reporter ?? core_reporter/* silentReporter */.P;
    const now = deps.now ?? (() => new Date());
    const started = now();
    if (!deps.s3)
        throw new Error('internal: export --native needs an S3 client');
    if (opts.sse.algorithm === 'aws:kms' && !opts.sse.kmsKeyId)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('sse')} aws:kms needs ${(0,option_name/* opt */.m7)('kms-key-id')}`);
    const loc = opts.s3Uri;
    const s3 = deps.s3;
    if (opts.tables.length === 0)
        throw new errors/* InputError */.dz(`export: no tables to export; set tables in the config or pass ${(0,option_name/* opt */.m7)('tables')}`);
    // 1. What is there already.
    const existing = await readRun(s3, loc);
    if (existing && !opts.resume)
        throw new errors/* InputError */.dz(`${(0,s3_uri/* s3UriOf */.il)(loc)} already holds an export (${layout/* RUN_MANIFEST */.Aw}); choose an empty prefix, or pass ${(0,option_name/* opt */.m7)('resume')} to pick up the exports started there`);
    if (existing && existing.stage !== opts.stage)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('resume')}: the export at ${(0,s3_uri/* s3UriOf */.il)(loc)} is of stage ${existing.stage}, not ${opts.stage}; resume with ${(0,option_name/* opt */.m7)('stage')} ${existing.stage}`);
    if (existing && (existing.exportType === 'INCREMENTAL_EXPORT') !== (opts.since !== undefined)) {
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('resume')}: the export at ${(0,s3_uri/* s3UriOf */.il)(loc)} is ${existing.exportType === 'INCREMENTAL_EXPORT' ? `an incremental one: pass ${(0,option_name/* opt */.m7)('since')} as before` : `a full one: drop ${(0,option_name/* opt */.m7)('since')}`}`);
    }
    const recorded = existing?.exportTime ?? existing?.toTime;
    if (existing && opts.exportTime !== undefined && Date.parse(opts.exportTime) !== Date.parse(recorded ?? '')) {
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('resume')}: the export at ${(0,s3_uri/* s3UriOf */.il)(loc)} is of ${recorded}, not ${(0,option_name/* opt */.m7)('export-time')} ${opts.exportTime}; drop ${(0,option_name/* opt */.m7)('export-time')} to resume it`);
    }
    if (!existing) {
        const { checkS3Target } = await Promise.all(/* import() */[__webpack_require__.e(2358), __webpack_require__.e(1185)]).then(__webpack_require__.bind(__webpack_require__, 63566));
        await checkS3Target(s3, loc, true);
    }
    // 2. The times: from the record on resume, else from the options and the clock.
    const nowMs = secondsOf(started.getTime());
    let exportTime = existing?.exportTime;
    let fromTime = existing?.fromTime;
    let toTime = existing?.toTime;
    if (!existing) {
        const at = opts.exportTime === undefined ? nowMs : parseTime(opts.exportTime, (0,option_name/* opt */.m7)('export-time'));
        if (at > started.getTime())
            throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('export-time')} ${opts.exportTime} is in the future; give a time in the past, or leave it out for now`);
        if (opts.since === undefined)
            exportTime = new Date(at).toISOString();
        else {
            const since = await (deps.sinceTime ?? noSince)(opts.since);
            if (since.stage !== undefined && since.stage !== opts.stage)
                throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('since')} ${(0,core_location/* describeLocation */.lR)(opts.since)} is an export of stage ${since.stage}, not ${opts.stage}`);
            const from = secondsOf(Date.parse(since.time));
            if (!(from < at))
                throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('since')} ${(0,core_location/* describeLocation */.lR)(opts.since)} was taken at ${since.time}, not before ${new Date(at).toISOString()}; give an earlier export`);
            if (at - from < native_layout/* MIN_WINDOW_MS */.HT) {
                return {
                    fallback: `the export ${(0,option_name/* opt */.m7)('since')} names was taken ${Math.round((at - from) / 1000)}s ago (${since.time}); DynamoDB's incremental export needs a window of at least 15 minutes, so the tables are scanned instead`,
                };
            }
            fromTime = new Date(from).toISOString();
            toTime = new Date(at).toISOString();
        }
    }
    const incremental = fromTime !== undefined;
    const windows = incremental ? (0,native_layout/* incrementalWindows */.CI)(Date.parse(fromTime), Date.parse(toTime)) : null;
    // 3. Every table: its ARN, PITR on, the times inside its window.
    const refs = existing ? existing.tables.map((t) => ({ table: t.table, collection: t.collection, configured: true })) : opts.tables;
    const arns = new Map();
    const latest = new Map();
    for (const ref of refs) {
        const desc = await (0,dynamodb_describe/* describeTable */.u)(deps.dynamo, ref);
        arns.set(ref.table, desc.TableArn ?? '');
        const pitr = await pitrState(deps.dynamo, ref.table);
        const why = outsideWindow(pitr, fromTime ?? exportTime);
        if (why)
            throw new errors/* InputError */.dz(`export --native: ${why}; ${pitr.enabled ? 'give a later time' : 'turn it on (UpdateContinuousBackups; it starts the window from now), or export by scan'}`);
        latest.set(ref.table, pitr.latest ?? '');
    }
    // DynamoDB can export a time only once it is restorable (a few minutes after it): wait for that, within --timeout.
    const end = toTime ?? exportTime;
    const deadline = started.getTime() + opts.timeoutSeconds * 1000;
    for (const ref of refs) {
        let l = latest.get(ref.table);
        while (l < end) {
            if (now().getTime() + (deps.pollMs ?? 15_000) > deadline) {
                throw new errors/* InputError */.dz(`export --native: table ${ref.table} can be exported up to ${l} so far, not yet at ${end}; wait a few minutes, or allow more with ${(0,option_name/* opt */.m7)('timeout')}`);
            }
            reporter.info(`${ref.table}: restorable up to ${l}; waiting for ${end}`);
            await (deps.sleep ?? retry/* defaultSleep */.JG)(deps.pollMs ?? 15_000);
            l = (await pitrState(deps.dynamo, ref.table)).latest ?? '';
        }
    }
    // 4. The record, before anything is started, so --resume finds the times and tokens.
    const run = existing ?? {
        format: 'dynamodb-rollback',
        layoutVersion: layout/* LAYOUT_VERSION */.w9,
        kind: native_layout/* NATIVE_KIND */.Z6,
        exportType: incremental ? 'INCREMENTAL_EXPORT' : 'FULL_EXPORT',
        toolVersion: version/* VERSION */.x,
        status: 'in-progress',
        stage: opts.stage,
        region: opts.region,
        startTime: started.toISOString(),
        ...(incremental ? { fromTime, toTime, since: (0,core_location/* describeLocation */.lR)(opts.since) } : { exportTime }),
        tables: refs.map((ref) => ({
            table: ref.table,
            collection: ref.collection,
            exports: (windows ?? [null]).map((w) => {
                const times = w ? { fromTime: new Date(w.from).toISOString(), toTime: new Date(w.to).toISOString() } : { exportTime: exportTime };
                return {
                    clientToken: (0,native_layout/* clientToken */.$Y)({
                        stage: opts.stage,
                        table: ref.table,
                        s3Uri: (0,s3_uri/* s3UriOf */.il)(loc),
                        exportType: w ? 'INCREMENTAL_EXPORT' : 'FULL_EXPORT',
                        ...times,
                    }),
                    ...times,
                };
            }),
        })),
    };
    run.status = 'in-progress';
    await writeRun(s3, loc, run, opts.sse);
    // 5. Start (or find) each export, its ARN recorded at once.
    if (run.exportType === 'INCREMENTAL_EXPORT')
        reporter.info(`incremental export of ${run.fromTime} to ${run.toTime} in ${run.tables[0]?.exports.length ?? 0} window(s) per table`);
    else
        reporter.info(`native export of every table at ${run.exportTime}`);
    for (const t of run.tables) {
        for (const entry of t.exports) {
            const d = await startExport(deps.dynamo, {
                table: t.table,
                tableArn: arns.get(t.table),
                bucket: loc.bucket,
                prefix: loc.prefix,
                sse: opts.sse,
                entry,
                incremental,
                lookUp: existing !== null,
            });
            if (!entry.exportArn) {
                entry.exportArn = d.ExportArn;
                entry.dir = (0,native_layout/* exportDirOf */.NR)(d.ExportArn);
                await writeRun(s3, loc, run, opts.sse);
            }
        }
    }
    // 6. Wait, then the record complete.
    const waited = await waitForExports(deps.dynamo, run.tables.flatMap((t) => t.exports.map((e) => ({ table: t.table, arn: e.exportArn }))), { timeoutMs: opts.timeoutSeconds * 1000, pollMs: deps.pollMs ?? 15_000, now: () => now().getTime(), sleep: deps.sleep, reporter });
    run.status = 'complete';
    run.endTime = now().toISOString();
    await writeRun(s3, loc, run, opts.sse);
    return {
        s3Uri: (0,s3_uri/* s3UriOf */.il)(loc),
        exportType: run.exportType,
        ...(run.exportTime ? { exportTime: run.exportTime } : {}),
        ...(run.fromTime ? { fromTime: run.fromTime, toTime: run.toTime } : {}),
        tables: run.tables.map((t) => ({
            table: t.table,
            collection: t.collection,
            exports: waited.filter((w) => t.exports.some((e) => e.exportArn === w.arn)),
        })),
        resumed: existing !== null,
        durationSeconds: Math.round((now().getTime() - started.getTime()) / 100) / 10,
    };
}
const noSince = async () => {
    throw new Error('internal: export --native --since needs sinceTime');
};
async function readRun(s3, loc) {
    const store = (0,s3_store.s3Store)(s3, loc);
    const text = await store.readText(layout/* RUN_MANIFEST */.Aw);
    if (text === null)
        return null;
    const label = store.describe(layout/* RUN_MANIFEST */.Aw);
    const value = (0,manifest_schema.parseJsonText)(text, label);
    if (!(0,native_layout/* isNativeRun */.bi)(value))
        throw new errors/* InputError */.dz(`${(0,s3_uri/* s3UriOf */.il)(loc)} holds an export that is not a native one (${layout/* RUN_MANIFEST */.Aw}); choose an empty prefix for export --native`);
    return (0,native_layout/* parseNativeRun */.iS)(value, label);
}
async function writeRun(s3, loc, run, sse) {
    const Key = (0,s3_uri/* s3Key */.Aw)(loc, layout/* RUN_MANIFEST */.Aw);
    await s3.call({ operation: 'PutObject', resource: (0,s3_uri/* s3UriOf */.il)(loc, layout/* RUN_MANIFEST */.Aw) }, (sdk) => sdk.send(new dist_cjs.PutObjectCommand({
        Bucket: loc.bucket,
        Key,
        Body: (0,layout/* renderJson */.hF)(run),
        ContentType: 'application/json',
        ServerSideEncryption: sse.algorithm,
        ...(sse.kmsKeyId ? { SSEKMSKeyId: sse.kmsKeyId } : {}),
    })));
}
function isFallback(o) {
    return 'fallback' in o;
}

// EXTERNAL MODULE: ./src/export-format/reader.ts
var reader = __webpack_require__(32535);
// EXTERNAL MODULE: ./src/export-format/store.ts
var export_format_store = __webpack_require__(38495);
;// CONCATENATED MODULE: ./src/export/native-since.ts








async function timeOfExport(location, s3) {
    const store = await (0,export_format_store/* storeAt */.f)(location, s3);
    const text = await store.readText(layout/* RUN_MANIFEST */.Aw);
    const value = text === null ? null : (0,manifest_schema.parseJsonText)(text, store.describe(layout/* RUN_MANIFEST */.Aw));
    if ((0,native_layout/* isNativeRun */.bi)(value)) {
        const run = (0,native_layout/* parseNativeRun */.iS)(value, store.describe(layout/* RUN_MANIFEST */.Aw));
        if (run.status === 'complete' && run.exportType === 'INCREMENTAL_EXPORT' && run.toTime)
            return { time: run.toTime, stage: run.stage };
    }
    const source = await (0,reader/* openExport */.V)(location, { s3 });
    if (!source.startTime)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('since')} ${(0,core_location/* describeLocation */.lR)(location)}: the export records no time; give an export made by export (or a native one)`);
    return { time: source.startTime, ...(source.stage !== undefined ? { stage: source.stage } : {}) };
}

// EXTERNAL MODULE: ./src/export/run-export.ts + 3 modules
var run_export = __webpack_require__(21954);
// EXTERNAL MODULE: ./src/commands/clients.ts
var clients = __webpack_require__(67174);
// EXTERNAL MODULE: ./src/commands/read-option.ts
var read_option = __webpack_require__(92304);
// EXTERNAL MODULE: ./src/commands/parse-value.ts
var parse_value = __webpack_require__(82649);
;// CONCATENATED MODULE: ./src/commands/export-native.ts
/**
 * export --native: the options read and checked, DynamoDB's exports run
 * (export/native-export.ts), and, for an incremental window under AWS's 15
 * minutes, the scan export instead, said so. Presented like a scan export:
 * the same outputs, so a workflow takes either.
 */













async function runNativeCommand(ctx) {
    const o = ctx.options;
    if (!o['s3-uri'])
        throw new errors/* InputError */.dz(`export --native: ${(0,option_name/* opt */.m7)('s3-uri')} is required (DynamoDB writes the export to S3: s3://bucket/prefix)`);
    if (o.segments !== undefined)
        throw new errors/* InputError */.dz(`export --native: ${(0,option_name/* opt */.m7)('segments')} is for a scan; DynamoDB chooses its own parallelism: drop ${(0,option_name/* opt */.m7)('segments')}`);
    const exportTime = o['export-time'] === undefined ? undefined : (0,parse_value/* isoTime */.Ly)(o['export-time'], (0,option_name/* opt */.m7)('export-time'));
    const since = o.since === undefined ? undefined : (0,core_location/* parseLocation */.zS)(o.since, 'since', ctx.cwd);
    const s3Uri = (0,core_location/* parseS3Uri */.yc)(o['s3-uri']);
    const s3 = await (0,clients/* s3For */.ql)(ctx);
    const dynamo = await (0,clients/* dynamoFor */._h)(ctx);
    const sse = { algorithm: (0,read_option/* readOption */.g)(o, 'sse'), ...(o['kms-key-id'] ? { kmsKeyId: o['kms-key-id'] } : {}) };
    const outcome = await runNativeExport({
        stage: ctx.config.stage,
        region: ctx.config.region,
        tables: (0,tables/* selectTables */.e)(ctx.config, o.tables),
        s3Uri,
        sse,
        ...(exportTime ? { exportTime } : {}),
        ...(since ? { since } : {}),
        resume: (0,read_option/* readOption */.g)(o, 'resume'),
        timeoutSeconds: (0,read_option/* readOption */.g)(o, 'timeout'),
    }, { dynamo, s3, reporter: ctx.reporter, sinceTime: (s) => timeOfExport(s, s3) });
    if (!isFallback(outcome))
        return outcome;
    ctx.reporter.warning(outcome.fallback);
    const selected = (0,tables/* selectTables */.e)(ctx.config, o.tables);
    const out = o.out ? external_node_path_default().resolve(ctx.cwd, o.out) : await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'ddbrb-export-'));
    return (0,run_export/* runExport */.Md)({
        out,
        tables: selected,
        fallbackTables: selected,
        stage: ctx.config.stage,
        region: ctx.config.region,
        resume: false,
        s3Uri,
        sse: sse.algorithm,
        kmsKeyId: sse.kmsKeyId,
    }, { dynamo, s3, reporter: ctx.reporter });
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


/***/ })

};
