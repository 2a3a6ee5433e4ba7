export const id = 2800;
export const ids = [2800];
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

/***/ 75207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* reexport safe */ _core_location_js__WEBPACK_IMPORTED_MODULE_0__.Aw),
/* harmony export */   il: () => (/* reexport safe */ _core_location_js__WEBPACK_IMPORTED_MODULE_0__.il)
/* harmony export */ });
/* harmony import */ var _core_location_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91324);
// The S3 half of a location (core/location.ts), kept here for the S3 client's users.



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

/***/ 2800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exportCommand: () => (/* binding */ exportCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/export/run-export.ts + 3 modules
var run_export = __webpack_require__(21954);
// EXTERNAL MODULE: ./src/config/tables.ts
var tables = __webpack_require__(25665);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/group-digits.ts
var group_digits = __webpack_require__(96199);
// EXTERNAL MODULE: ./src/core/location.ts
var core_location = __webpack_require__(91324);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
// EXTERNAL MODULE: ./src/commands/clients.ts
var clients = __webpack_require__(67174);
;// CONCATENATED MODULE: ./src/commands/export-native-present.ts

function isNativeResult(r) {
    return 'exportType' in r;
}
function presentNative(r) {
    const items = Object.fromEntries(r.tables.map((t) => [t.table, t.exports.reduce((n, e) => n + e.itemCount, 0)]));
    const incremental = r.exportType === 'INCREMENTAL_EXPORT';
    return {
        ok: true,
        outputs: {
            path: '',
            's3-uri': r.s3Uri,
            items: JSON.stringify(items),
            'duration-seconds': String(r.durationSeconds),
            tables: JSON.stringify(Object.fromEntries(r.tables.map((t) => [t.collection, t.table]))),
            mode: incremental ? 'incremental' : 'native',
        },
        summary: {
            title: 'export',
            headline: incremental
                ? `DynamoDB exported the changes of ${r.fromTime} to ${r.toTime} of ${r.tables.length} tables to ${r.s3Uri} in ${r.durationSeconds}s`
                : `DynamoDB exported ${r.tables.length} tables at ${r.exportTime} to ${r.s3Uri} in ${r.durationSeconds}s`,
            tables: [
                {
                    headers: ['collection', 'table', incremental ? 'change records' : 'items', 'exports', 'billed size'],
                    rows: r.tables.map((t) => [
                        t.collection,
                        t.table,
                        String(items[t.table]),
                        t.exports.map((e) => e.arn.slice(e.arn.lastIndexOf('/') + 1)).join(', '),
                        `${(t.exports.reduce((n, e) => n + e.billedSizeBytes, 0) / 1024 / 1024).toFixed(1)} MB`,
                    ]),
                },
            ],
            notes: [
                r.resumed ? `picked up the exports already started there (${(0,option_name/* opt */.m7)('resume')})` : '',
                'read it with rollback --from or verify --from as any export',
            ].filter(Boolean),
        },
    };
}

// EXTERNAL MODULE: ./src/commands/read-option.ts
var read_option = __webpack_require__(92304);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
;// CONCATENATED MODULE: ./src/commands/export.ts











const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** Every configured table (or --tables) to --out, and optionally to S3: parallel, checksummed, resumable. */
const exportCommand = (0,types/* defineCommand */.N)({
    name: 'export',
    description: "Export tables to a folder (and S3): parallel segmented scan, lossless DynamoDB JSON, checksummed, resumable; --native: DynamoDB's own export to S3 (full, or --since an earlier export, incremental)",
    options: [
        'tables',
        'out',
        's3-uri',
        'sse',
        'kms-key-id',
        'segments',
        'resume',
        'native',
        'export-time',
        'since',
        'timeout',
        'retry-budget',
    ],
    outputs: {
        path: 'Folder the export was written to',
        's3-uri': 'S3 URI the export was uploaded to',
        items: 'JSON object: table -> items exported',
        'duration-seconds': 'Seconds the export took',
        tables: 'JSON object: collection -> table exported',
        mode: 'scan, native or incremental: how the export was made (a scan when an incremental window was under 15 minutes)',
    },
    async run(ctx) {
        const o = ctx.options;
        // Loaded only with --native: its S3 and export-job code is no part of a scan export.
        if ((0,read_option/* readOption */.g)(o, 'native'))
            return (await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(3711), __webpack_require__.e(2535), __webpack_require__.e(2669)]).then(__webpack_require__.bind(__webpack_require__, 2669))).runNativeCommand(ctx);
        for (const name of ['since', 'export-time']) {
            if (o[name] !== undefined)
                throw new errors/* InputError */.dz(`export: ${(0,option_name/* opt */.m7)(name)} goes with ${(0,option_name/* opt */.m7)('native')} (DynamoDB's own export); add ${(0,option_name/* opt */.m7)('native')}, or drop ${(0,option_name/* opt */.m7)(name)}`);
        }
        const resume = (0,read_option/* readOption */.g)(o, 'resume');
        const selected = (0,tables/* selectTables */.e)(ctx.config, o.tables);
        const s3Uri = o['s3-uri'] ? (0,core_location/* parseS3Uri */.yc)(o['s3-uri']) : undefined;
        return (0,run_export/* runExport */.Md)({
            out: o.out ? external_node_path_default().resolve(ctx.cwd, o.out) : '',
            // On --resume without --tables the interrupted export's own list is used.
            tables: resume && !o.tables ? undefined : selected,
            fallbackTables: selected,
            stage: ctx.config.stage,
            region: ctx.config.region,
            segments: o.segments,
            resume,
            ...(s3Uri ? { s3Uri } : {}),
            sse: (0,read_option/* readOption */.g)(o, 'sse'),
            kmsKeyId: o['kms-key-id'],
        }, {
            dynamo: await (0,clients/* dynamoFor */._h)(ctx),
            ...(o['s3-uri'] ? { s3: await (0,clients/* s3For */.ql)(ctx) } : {}),
            reporter: ctx.reporter,
        });
    },
    present(result) {
        if (isNativeResult(result))
            return presentNative(result);
        const r = result;
        const rate = (items, s) => (s > 0 ? (0,group_digits/* groupDigits */.K)(Math.round(items / s)) : '-');
        const notes = [`folder: ${r.path}`];
        if (r.s3Uri)
            notes.push(`S3: ${r.s3Uri}${r.upload ? ` (${r.upload.files} files, ${mb(r.upload.bytes)}${r.upload.skipped ? `, ${r.upload.skipped} already there` : ''})` : ''}`);
        if (r.resumed)
            notes.push('resumed from checkpoints');
        if (r.retries > 0)
            notes.push(`${r.retries} requests retried (throttling, 5xx or dropped connections)`);
        for (const t of r.tables) {
            if (t.describedItemCount !== t.items) {
                notes.push(`${t.table}: DescribeTable reported ${t.describedItemCount} items (AWS refreshes that figure about every six hours); the scan read ${t.items}`);
            }
        }
        return {
            ok: true,
            outputs: {
                path: r.path,
                's3-uri': r.s3Uri ?? '',
                items: JSON.stringify(r.items),
                'duration-seconds': String(r.durationSeconds),
                tables: JSON.stringify(Object.fromEntries(r.tables.map((t) => [t.collection, t.table]))),
                mode: 'scan',
            },
            summary: {
                title: 'export',
                headline: `${(0,group_digits/* groupDigits */.K)(r.totalItems)} items from ${r.tables.length} tables in ${r.durationSeconds}s${r.s3Uri ? `, uploaded to ${r.s3Uri}` : ''}`,
                tables: [
                    {
                        headers: ['collection', 'table', 'items', 'segments', 'files', 'size', 'items/s'],
                        rows: r.tables.map((t) => [
                            t.collection,
                            t.table,
                            (0,group_digits/* groupDigits */.K)(t.items),
                            String(t.segments),
                            String(t.files),
                            mb(t.bytes),
                            rate(t.items, t.seconds),
                        ]),
                    },
                ],
                notes,
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

/***/ 99586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ silentReporter)
/* harmony export */ });
/**
 * The one interface commands log through. The action implements it over
 * @actions/core, the CLI over the terminal; tests use a recording one.
 * Messages must never contain item values: ids, counts and attribute paths only.
 */
/** A reporter that drops everything: for callers that want no output. */
const silentReporter = {
    info() { },
    warning() { },
    error() { },
    group: (_name, fn) => fn(),
    progress: () => ({ add() { }, detail() { }, done() { } }),
};


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

/***/ 93122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ createLimiter)
/* harmony export */ });
function createLimiter(max) {
    if (!Number.isInteger(max) || max < 1)
        throw new RangeError(`concurrency must be a whole number of 1 or more, got ${max}`);
    let active = 0;
    const waiting = [];
    const release = () => {
        const next = waiting.shift();
        // Hand the slot straight to the next task so a newcomer cannot take it in between.
        if (next)
            next();
        else
            active--;
    };
    return async (task) => {
        if (active < max)
            active++;
        else
            await new Promise((resolve) => waiting.push(resolve));
        try {
            return await task();
        }
        finally {
            release();
        }
    };
}


/***/ }),

/***/ 21954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Md: () => (/* binding */ runExport)
});

// UNUSED EXPORTS: DEFAULT_CONCURRENCY, DEFAULT_LIMITS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/clients/errors.ts
var errors = __webpack_require__(67137);
// EXTERNAL MODULE: ./src/clients/s3-uri.ts
var s3_uri = __webpack_require__(75207);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/reporter.ts
var core_reporter = __webpack_require__(99586);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/fsafe/atomic-write.ts
var atomic_write = __webpack_require__(88796);
// EXTERNAL MODULE: ./src/export/limiter.ts
var limiter = __webpack_require__(93122);
// EXTERNAL MODULE: ./src/export-format/layout.ts
var layout = __webpack_require__(90014);
// EXTERNAL MODULE: ./src/clients/dynamodb-describe.ts
var dynamodb_describe = __webpack_require__(54562);
// EXTERNAL MODULE: ./src/dynamo/wire.ts
var wire = __webpack_require__(97581);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/export-format/data-file.ts
/**
 * One gzip data file, hashed as it is written, fsynced and renamed into
 * place: a data file exists under its final name only once it is whole.
 * write() resolves once gzip has consumed the chunk, which gives end-to-end
 * backpressure and lets the caller reuse the chunk's buffer.
 *
 * When the disk fails (ENOSPC, EFBIG) the pipeline destroys gzip, and a
 * pending write's callback then gets ERR_STREAM_DESTROYED, or is never
 * called at all: so every write also waits on the pipeline, and a failure
 * is reported as the pipeline's own error, the real cause.
 */






const PARTIAL_SUFFIX = '.partial';
class GzipFile {
    path;
    gzip;
    done;
    hash = (0,external_node_crypto_.createHash)('sha256');
    bytes = 0;
    tmp;
    constructor(path, level = 6) {
        this.path = path;
        this.tmp = `${path}${PARTIAL_SUFFIX}`;
        this.gzip = (0,external_node_zlib_.createGzip)({ level });
        const tap = new external_node_stream_.Transform({
            transform: (chunk, _encoding, callback) => {
                this.hash.update(chunk);
                this.bytes += chunk.length;
                callback(null, chunk);
            },
        });
        this.done = (0,external_node_stream_promises_.pipeline)(this.gzip, tap, (0,external_node_fs_.createWriteStream)(this.tmp, { flush: true }));
        // Failures surface through write() and close(); this only keeps them from being unhandled.
        this.done.catch(() => { });
    }
    async write(chunk) {
        const consumed = new Promise((resolve, reject) => {
            this.gzip.write(chunk, (err) => (err ? reject(err) : resolve()));
        });
        consumed.catch(() => { }); // the race below may settle first
        try {
            // The pipeline settles only after end() (in close), or when it fails: then with the cause.
            await Promise.race([consumed, this.done.then(() => consumed)]);
        }
        catch (err) {
            throw await this.cause(err);
        }
    }
    async close() {
        this.gzip.end();
        await this.done;
        await (0,promises_.rename)(this.tmp, this.path);
        return { sha256: this.hash.digest('hex'), bytes: this.bytes };
    }
    /** The pipeline's error when it failed, else err: a destroyed stream's error only says that something else broke it. */
    cause(err) {
        return this.done.then(() => err, (failure) => failure);
    }
    async abort() {
        this.gzip.destroy();
        await this.done.catch(() => { });
        await (0,promises_.rm)(this.tmp, { force: true });
    }
}
/** Writes a whole file from a stream of chunks (strings or buffers), with backpressure. */
async function writeGzipFile(path, chunks, level = 6) {
    const file = new GzipFile(path, level);
    try {
        for await (const chunk of chunks)
            await file.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
        return await file.close();
    }
    catch (err) {
        await file.abort();
        throw err;
    }
}

// EXTERNAL MODULE: ./src/export-format/raw-scan.ts + 1 modules
var raw_scan = __webpack_require__(48784);
;// CONCATENATED MODULE: ./src/export/segment-export.ts
/**
 * One scan segment of one table, streamed into rotating gzip data files.
 * After each file is closed (fsynced, renamed) the segment's checkpoint is
 * rewritten with the files so far and the key the scan continues from, so a
 * killed export resumes exactly where its last whole file ended.
 */







class AbortedError extends Error {
    constructor() {
        super('aborted because another part of the export failed');
        this.name = 'AbortedError';
    }
}
async function exportSegment(job) {
    const { table, limits, signal } = job;
    const { segment, totalSegments } = job.checkpoint;
    const where = `table ${table} segment ${segment}`;
    let cp = job.checkpoint;
    let pages = 0;
    // One body buffer, and two line buffers taking turns: page n+1 is scanned while page n is compressed.
    const body = {};
    const lines = [{}, {}];
    let seenBytes = 0;
    let seenItems = 0;
    while (!cp.done) {
        const key = (0,layout/* dataFileKey */.Mu)(job.dir, segment, cp.files.length);
        let startKey = cp.lastEvaluatedKey ? (0,wire/* fromWire */.kn)(cp.lastEvaluatedKey) : undefined;
        let itemCount = 0;
        let bytes = 0;
        let finished = false;
        const input = () => ({
            TableName: table,
            ConsistentRead: true,
            ...(totalSegments > 1 ? { Segment: segment, TotalSegments: totalSegments } : {}),
            Limit: limits.pageLimit ?? (0,layout/* nextPageLimit */.QO)(seenBytes, seenItems),
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        });
        const file = new GzipFile(external_node_path_default().join(job.root, key), limits.gzipLevel);
        const writing = [Promise.resolve(), Promise.resolve()];
        let written;
        try {
            for (let turn = 0; itemCount < limits.fileMaxItems && bytes < limits.fileMaxBytes; turn ^= 1) {
                if (signal.aborted)
                    throw new AbortedError();
                await writing[turn];
                const page = await (0,raw_scan/* scanPage */.DA)(job.client, input(), where, { body, lines: lines[turn] });
                itemCount += page.count;
                bytes += page.lines.length;
                seenItems += page.count;
                seenBytes += page.lines.length;
                startKey = page.lastEvaluatedKey;
                if (page.lines.length > 0) {
                    writing[turn] = file.write(page.lines);
                    writing[turn].catch(() => { }); // awaited on the next turn or below
                }
                job.onItems(page.count);
                pages++;
                await job.onPage?.({ table, segment, page: pages });
                if (!startKey) {
                    finished = true;
                    break;
                }
            }
            await Promise.all(writing);
            written = await file.close();
        }
        catch (err) {
            await file.abort();
            throw err;
        }
        const entry = { itemCount, sha256: written.sha256, bytes: written.bytes, dataFileS3Key: key };
        // An empty last file after a full one adds nothing; keep one file per segment at least.
        const keep = itemCount > 0 || cp.files.length === 0;
        if (!keep)
            await (0,promises_.rm)(external_node_path_default().join(job.root, key), { force: true });
        cp = {
            segment,
            totalSegments,
            files: keep ? [...cp.files, entry] : cp.files,
            ...(startKey ? { lastEvaluatedKey: (0,wire/* toWire */.BW)(startKey) } : {}),
            done: finished,
        };
        await (0,atomic_write/* writeFileAtomic */.Zf)(external_node_path_default().join(job.root, (0,layout/* checkpointKey */.s4)(job.dir, segment)), JSON.stringify(cp));
    }
    return cp;
}

// EXTERNAL MODULE: ./src/fsafe/hash.ts
var hash = __webpack_require__(52047);
;// CONCATENATED MODULE: ./src/export/segment-state.ts
/**
 * The state each segment starts from: fresh, or (with --resume) its
 * checkpoint. On resume, data files the checkpoint does not list (a file
 * being written when the export was killed, or closed just before its
 * checkpoint was saved) are deleted, and every listed file is re-hashed, so
 * the resumed export has no duplicate and no missing item.
 */






function freshCheckpoint(segment, totalSegments) {
    return { segment, totalSegments, files: [], done: false };
}
async function prepareSegments(root, dir, totalSegments, resume) {
    const dataDir = external_node_path_default().join(root, dir, 'data');
    await (0,promises_.mkdir)(dataDir, { recursive: true });
    await (0,promises_.mkdir)(external_node_path_default().join(root, dir, layout/* CHECKPOINT_DIR */.T0), { recursive: true });
    const states = [];
    for (let segment = 0; segment < totalSegments; segment++) {
        const file = external_node_path_default().join(root, (0,layout/* checkpointKey */.s4)(dir, segment));
        let text = null;
        if (resume)
            text = await (0,promises_.readFile)(file, 'utf8').catch((err) => {
                if (err.code === 'ENOENT')
                    return null;
                throw new core_errors/* InputError */.dz(`${file}: checkpoint cannot be read (${err.code ?? String(err)}); the export cannot be resumed safely, start a fresh one in a new folder`, { cause: err });
            });
        const cp = text === null
            ? freshCheckpoint(segment, totalSegments)
            : (await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(2261)]).then(__webpack_require__.bind(__webpack_require__, 92261))).parseCheckpoint(text, file);
        if (cp.segment !== segment || cp.totalSegments !== totalSegments) {
            throw new core_errors/* InputError */.dz(`${file}: checkpoint is for segment ${cp.segment} of ${cp.totalSegments}, expected ${segment} of ${totalSegments}; start a fresh export in a new folder`);
        }
        states.push(cp);
    }
    // Every checkpointed file checked before anything is deleted: a refused resume leaves the folder as it was.
    for (const entry of states.flatMap((s) => s.files)) {
        const file = external_node_path_default().join(root, entry.dataFileS3Key);
        const actual = await (0,hash/* sha256File */.Q)(file).catch(() => null);
        if (actual !== entry.sha256) {
            throw new core_errors/* InputError */.dz(`${file}: ${actual === null ? 'missing' : 'changed'} since it was checkpointed; the export cannot be resumed safely, start a fresh one in a new folder`);
        }
    }
    // Temps of the manifests and checkpoints a kill cut short: ours, never read.
    if (resume) {
        await (0,atomic_write/* removeStaleTemps */.jH)(external_node_path_default().join(root, dir));
        await (0,atomic_write/* removeStaleTemps */.jH)(external_node_path_default().join(root, dir, layout/* CHECKPOINT_DIR */.T0));
    }
    const listed = new Set(states.flatMap((s) => s.files.map((f) => external_node_path_default().basename(f.dataFileS3Key))));
    for (const name of await (0,promises_.readdir)(dataDir)) {
        if (!listed.has(name))
            await (0,promises_.rm)(external_node_path_default().join(dataDir, name), { force: true });
    }
    return states;
}

// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/export/run-export.ts
/**
 * The export: every selected table, each as a parallel segmented scan
 * streamed into gzip data files, several tables at once within one
 * concurrency budget; manifests written last; optionally uploaded to S3.
 * Everything is checked before anything is written. Callable directly
 * (other commands' tests use it) and by the export command.
 */














const DEFAULT_CONCURRENCY = 16;
const DEFAULT_LIMITS = {
    fileMaxItems: 250_000,
    fileMaxBytes: 64 * 1024 * 1024,
    gzipLevel: 6,
};
const MAX_SEGMENTS = 1000;
/** The manifests' schemas (and zod under them), loaded only by a run that reads a manifest: a resume, or an --out that holds an export. */
const manifests = () => Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(2261)]).then(__webpack_require__.bind(__webpack_require__, 92261));
async function exists(p) {
    return (0,promises_.access)(p).then(() => true, () => false);
}
/** What is at --out: nothing (or an empty folder), our interrupted or finished export, or something else. */
async function inspectOut(out) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(out);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return { empty: true };
        throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('out')} ${out}: cannot be read as a folder (${code ?? String(err)})`);
    }
    // A kill while export.json was first written leaves only its temp: ours and worthless, so removed and not counted.
    const temps = entries.filter((n) => (0,atomic_write/* isTempFor */._d)(n, layout/* RUN_MANIFEST */.Aw));
    for (const n of temps)
        await (0,promises_.rm)(external_node_path_default().join(out, n), { force: true });
    if (entries.length === temps.length)
        return { empty: true };
    const file = external_node_path_default().join(out, layout/* RUN_MANIFEST */.Aw);
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => null);
    if (text === null)
        return { empty: false };
    return { empty: false, run: (await manifests()).parseRunManifest(text, file) };
}
function validate(opts, deps) {
    if (!opts.out)
        throw new core_errors/* InputError */.dz(`export: ${(0,option_name/* opt */.m7)('out')} is required (the folder to write the export to)`);
    if (opts.segments !== undefined && (!Number.isInteger(opts.segments) || opts.segments < 1 || opts.segments > MAX_SEGMENTS)) {
        throw new core_errors/* InputError */.dz(`export: ${(0,option_name/* opt */.m7)('segments')} must be a whole number from 1 to ${MAX_SEGMENTS}, got ${opts.segments}`);
    }
    if (opts.kmsKeyId && opts.sse !== 'aws:kms')
        throw new core_errors/* InputError */.dz(`export: ${(0,option_name/* opt */.m7)('kms-key-id')} needs ${(0,option_name/* opt */.m7)('sse')} aws:kms`);
    if (!opts.resume && (opts.tables ?? opts.fallbackTables ?? []).length === 0)
        throw new core_errors/* InputError */.dz(`export: no tables to export; set tables in the config or pass ${(0,option_name/* opt */.m7)('tables')}`);
    const s3 = opts.s3Uri;
    if (s3 && !deps.s3)
        throw new core_errors/* InputError */.dz(`export: ${(0,option_name/* opt */.m7)('s3-uri')} given but no S3 client was configured`);
    return { s3, sse: { algorithm: opts.sse ?? 'AES256', ...(opts.kmsKeyId ? { kmsKeyId: opts.kmsKeyId } : {}) } };
}
/** On --resume, the tables and segments are the interrupted export's; a different request is refused rather than mixed in. */
function resumePlan(run, opts, out) {
    if (opts.tables && opts.tables.length > 0) {
        const want = new Set(opts.tables.map((t) => t.table));
        const have = new Set(run.tables.map((t) => t.table));
        if (want.size !== have.size || [...want].some((t) => !have.has(t))) {
            throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('resume')}: the export in ${out} holds tables ${[...have].join(', ')}, not ${[...want].join(', ')}; resume with the same ${(0,option_name/* opt */.m7)('tables')} (or none), or start a fresh export in a new folder`);
        }
    }
    for (const t of run.tables) {
        if (opts.segments !== undefined && opts.segments !== t.segments) {
            throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('resume')}: table ${t.table} was exported with ${t.segments} segments, not ${opts.segments}; resume without ${(0,option_name/* opt */.m7)('segments')}`);
        }
    }
    return run.tables;
}
async function runExport(opts, deps) {
    const reporter = deps.reporter ?? core_reporter/* silentReporter */.P;
    const now = deps.now ?? (() => new Date());
    const retriesBefore = deps.dynamo.stats.retries + (deps.s3?.stats.retries ?? 0);
    const started = now();
    const out = external_node_path_default().resolve(opts.out);
    const { s3: s3Loc, sse } = validate(opts, deps);
    // 1. Check everything before writing anything.
    const state = await inspectOut(out);
    let resumed = false;
    let run;
    if (!state.empty) {
        if (!opts.resume) {
            throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('out')} ${out} is not empty; choose a new folder, or pass ${(0,option_name/* opt */.m7)('resume')} to finish an interrupted export there`);
        }
        if (!state.run)
            throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('resume')}: ${out} is not empty and holds no ${layout/* RUN_MANIFEST */.Aw}, so it is not an export to resume; choose a new folder`);
        run = state.run;
        resumed = true;
    }
    if (run && run.stage !== opts.stage) {
        throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('resume')}: the export in ${out} is of stage ${run.stage}, not ${opts.stage}; resume with ${(0,option_name/* opt */.m7)('stage')} ${run.stage}`);
    }
    const refs = run
        ? resumePlan(run, opts, out).map((t) => ({ table: t.table, collection: t.collection, configured: true }))
        : [...(opts.tables ?? opts.fallbackTables ?? [])];
    if (refs.length === 0)
        throw new core_errors/* InputError */.dz(`export: no tables to export; set tables in the config or pass ${(0,option_name/* opt */.m7)('tables')}`);
    const infos = await (0,dynamodb_describe/* describeTables */.J)(deps.dynamo, refs);
    // The S3 code is loaded only for an upload: an export without one stays smaller in memory.
    const s3Module = s3Loc ? await Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(2358), __webpack_require__.e(3566)]).then(__webpack_require__.bind(__webpack_require__, 63566)) : undefined;
    if (s3Loc && deps.s3 && s3Module) {
        await s3Module.checkS3Target(deps.s3, s3Loc, !resumed);
    }
    // 2. The plan, recorded before any data so --resume can pick it up.
    const plan = run?.tables ??
        infos.map((t) => ({
            table: t.table,
            collection: t.collection,
            dir: (0,layout/* tableDir */.wU)(t.table),
            segments: opts.segments ?? (0,layout/* defaultSegments */.ys)(t.sizeBytes, t.itemCount),
        }));
    const manifest = run ?? {
        format: 'dynamodb-rollback',
        layoutVersion: layout/* LAYOUT_VERSION */.w9,
        toolVersion: version/* VERSION */.x,
        status: 'in-progress',
        stage: opts.stage,
        region: opts.region,
        startTime: started.toISOString(),
        tables: plan,
    };
    // A finished export re-run with --resume (e.g. to finish its upload) keeps its manifest as it is.
    const finished = run?.status === 'complete';
    await (0,promises_.mkdir)(out, { recursive: true });
    if (!finished)
        await (0,atomic_write/* writeFileAtomic */.Zf)(external_node_path_default().join(out, layout/* RUN_MANIFEST */.Aw), (0,layout/* renderJson */.hF)({ ...manifest, status: 'in-progress', endTime: undefined }));
    if (resumed)
        reporter.info(`resuming the export in ${out}`);
    // 3. Every table at once, segment workers within one budget.
    const limits = { ...DEFAULT_LIMITS, ...opts.limits };
    const limit = (0,limiter/* createLimiter */.z)(opts.concurrency ?? DEFAULT_CONCURRENCY);
    const controller = new AbortController();
    const settled = await Promise.allSettled(plan.map((t) => exportTable(t, infos.find((i) => i.table === t.table), {
        root: out,
        resume: resumed,
        limit,
        limits,
        controller,
        dynamo: deps.dynamo,
        reporter,
        onPage: deps.onPage,
        now,
    })));
    const failure = firstFailure(settled);
    if (failure)
        throw failure;
    const done = settled.map((s) => s.value);
    const tables = done.map((d) => d.result);
    const endTime = finished && manifest.endTime ? new Date(manifest.endTime) : now();
    if (!finished)
        await (0,atomic_write/* writeFileAtomic */.Zf)(external_node_path_default().join(out, layout/* RUN_MANIFEST */.Aw), (0,layout/* renderJson */.hF)({ ...manifest, status: 'complete', endTime: endTime.toISOString() }));
    // 4. S3, once the local export is whole.
    let upload;
    if (s3Loc && deps.s3 && s3Module) {
        // Exactly the files this export wrote (or, on resume, checked when it found them), never a key read back from a manifest.
        const dataKeys = done.flatMap((d) => d.files.map((f) => f.dataFileS3Key));
        const manifestKeys = plan.flatMap((t) => [(0,layout/* summaryKey */.gC)(t.dir), (0,layout/* filesKey */.fC)(t.dir)]);
        try {
            upload = await s3Module.uploadExport(deps.s3, out, [dataKeys, manifestKeys, [layout/* RUN_MANIFEST */.Aw]], s3Loc, sse, reporter);
        }
        catch (err) {
            if (err instanceof core_errors/* InputError */.dz)
                throw err;
            throw new core_errors/* FailedError */.Kl(`upload to ${(0,s3_uri/* s3UriOf */.il)(s3Loc)} failed: ${(0,core_errors/* describeError */.Uc)(err)}; the local export in ${out} is complete, run export --resume with the same ${(0,option_name/* opt */.m7)('out')} to finish the upload`, { cause: err });
        }
    }
    const items = Object.fromEntries(tables.map((t) => [t.table, t.items]));
    return {
        path: out,
        ...(s3Loc ? { s3Uri: (0,s3_uri/* s3UriOf */.il)(s3Loc) } : {}),
        stage: manifest.stage,
        tables,
        items,
        totalItems: tables.reduce((n, t) => n + t.items, 0),
        durationSeconds: round((now().getTime() - started.getTime()) / 1000),
        resumed,
        retries: deps.dynamo.stats.retries + (deps.s3?.stats.retries ?? 0) - retriesBefore,
        startTime: manifest.startTime,
        endTime: endTime.toISOString(),
        ...(upload ? { upload } : {}),
    };
}
const round = (n) => Math.round(n * 1000) / 1000;
/** The error to report: the first real one, not the "aborted because of it" of the others. */
function firstFailure(settled) {
    const reasons = settled.filter((s) => s.status === 'rejected').map((s) => s.reason);
    return reasons.find((r) => !(r instanceof AbortedError)) ?? reasons[0];
}
async function exportTable(t, info, run) {
    const started = run.now();
    const dir = external_node_path_default().join(run.root, t.dir);
    const filesPath = external_node_path_default().join(run.root, (0,layout/* filesKey */.fC)(t.dir));
    const summaryPath = external_node_path_default().join(run.root, (0,layout/* summaryKey */.gC)(t.dir));
    // A table whose files manifest exists finished before the interruption.
    if (run.resume && (await exists(filesPath))) {
        const { parseTableSummary, parseFilesManifest } = await manifests();
        const summary = parseTableSummary(await (0,promises_.readFile)(summaryPath, 'utf8'), summaryPath);
        const files = parseFilesManifest(await (0,promises_.readFile)(filesPath, 'utf8'), filesPath).map((e) => ownDataFile(e, t.dir, filesPath));
        // A kill between writing the files manifest and removing the checkpoints (end of this function) leaves them behind.
        await (0,promises_.rm)(external_node_path_default().join(dir, layout/* CHECKPOINT_DIR */.T0), { recursive: true, force: true });
        await (0,atomic_write/* removeStaleTemps */.jH)(dir);
        run.reporter.info(`export ${t.table}: already complete (${summary.itemCount} items)`);
        return { result: resultOf(t, summary, info, 0), files };
    }
    let states;
    try {
        states = await prepareSegments(run.root, t.dir, t.segments, run.resume);
    }
    catch (err) {
        run.controller.abort();
        throw err;
    }
    const progress = run.reporter.progress(`export ${t.table}`, { unit: 'items' });
    const prior = states.reduce((n, s) => n + s.files.reduce((m, f) => m + f.itemCount, 0), 0);
    if (prior > 0)
        progress.add(prior);
    let segmentsDone = states.filter((s) => s.done).length;
    progress.detail(`segments ${segmentsDone}/${t.segments}`);
    const settled = await Promise.allSettled(states.map((cp, i) => cp.done
        ? Promise.resolve(cp)
        : run.limit(async () => {
            if (run.controller.signal.aborted)
                throw new AbortedError();
            try {
                const final = await exportSegment({
                    client: run.dynamo,
                    table: t.table,
                    root: run.root,
                    dir: t.dir,
                    checkpoint: cp,
                    limits: run.limits,
                    signal: run.controller.signal,
                    onItems: (n) => progress.add(n),
                    onPage: run.onPage,
                });
                states[i] = final;
                progress.detail(`segments ${++segmentsDone}/${t.segments}`);
                return final;
            }
            catch (err) {
                run.controller.abort();
                throw err;
            }
        })));
    const failure = firstFailure(settled);
    if (failure) {
        progress.done('failed');
        throw explainScanFailure(failure, t.table);
    }
    const files = states.flatMap((s) => s.files);
    const itemCount = files.reduce((n, f) => n + f.itemCount, 0);
    const summary = {
        version: layout/* LAYOUT_VERSION */.w9,
        table: t.table,
        collection: t.collection,
        itemCount,
        keySchema: info.keySchema,
        startTime: started.toISOString(),
        endTime: run.now().toISOString(),
        outputFormat: 'DYNAMODB_JSON',
        segments: t.segments,
        dataFileCount: files.length,
        dataBytes: files.reduce((n, f) => n + f.bytes, 0),
        manifestFilesS3Key: (0,layout/* filesKey */.fC)(t.dir),
    };
    // The files manifest last: its presence is what marks the table complete.
    await (0,atomic_write/* writeFileAtomic */.Zf)(summaryPath, (0,layout/* renderJson */.hF)(summary));
    await (0,atomic_write/* writeFileAtomic */.Zf)(filesPath, (0,layout/* renderFilesManifest */.vd)(files));
    await (0,promises_.rm)(external_node_path_default().join(dir, layout/* CHECKPOINT_DIR */.T0), { recursive: true, force: true });
    progress.done();
    return { result: resultOf(t, summary, info, (run.now().getTime() - started.getTime()) / 1000), files };
}
/** A data file of a table finished by an earlier run: it must be one of the names this export gives its files. */
function ownDataFile(entry, dir, manifest) {
    const name = entry.dataFileS3Key.startsWith(`${dir}/data/`) ? entry.dataFileS3Key.slice(dir.length + 6) : '';
    if (!/^[0-9]+-[0-9]+\.json\.gz$/.test(name)) {
        throw new core_errors/* InputError */.dz(`${manifest}: data file key ${JSON.stringify(entry.dataFileS3Key)} is not one this export writes; the manifest was edited, start a fresh export in a new folder`);
    }
    return entry;
}
function resultOf(t, s, info, seconds) {
    return {
        collection: t.collection,
        table: t.table,
        items: s.itemCount,
        segments: s.segments,
        files: s.dataFileCount,
        bytes: s.dataBytes,
        seconds: round(seconds),
        describedItemCount: info.itemCount,
    };
}
/**
 * Our own refusals (a checkpoint that does not match) stay as they are; any
 * other failure, a service's refusal included (data files exist by now), is a
 * failure of the run that says how to go on from the checkpoints.
 */
function explainScanFailure(err, table) {
    if ((err instanceof core_errors/* InputError */.dz && (0,errors/* kindOf */.I)(err) === null) || err instanceof AbortedError)
        return err;
    return new core_errors/* FailedError */.Kl(`export of ${table} failed: ${(0,core_errors/* describeError */.Uc)(err)}; what was written so far is checkpointed: fix the cause and run export --resume with the same ${(0,option_name/* opt */.m7)('out')}`, { cause: err });
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

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version (a test checks). */
const VERSION = '0.1.0';


/***/ })

};
