export const id = 2506;
export const ids = [2506,7174];
export const modules = {

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

/***/ 72506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/tables.ts
var tables = __webpack_require__(25665);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/location.ts
var core_location = __webpack_require__(91324);
// EXTERNAL MODULE: ./src/export-format/reader.ts
var reader = __webpack_require__(32535);
// EXTERNAL MODULE: ./src/core/recorded-reporter.ts
var recorded_reporter = __webpack_require__(57161);
// EXTERNAL MODULE: ./src/core/worker-pool.ts
var worker_pool = __webpack_require__(90228);
// EXTERNAL MODULE: ./src/verify/file-index.ts + 2 modules
var file_index = __webpack_require__(70793);
// EXTERNAL MODULE: ./src/verify/file-keys.ts
var file_keys = __webpack_require__(63092);
// EXTERNAL MODULE: ./src/verify/verify-collection.ts + 4 modules
var verify_collection = __webpack_require__(86308);
// EXTERNAL MODULE: ./src/verify/verify-part.ts
var verify_part = __webpack_require__(31800);
// EXTERNAL MODULE: ./src/verify/verify-worker.ts
var verify_worker = __webpack_require__(88851);
;// CONCATENATED MODULE: ./src/verify/check-collections.ts
/**
 * Every exported collection checked (verify-collection.ts), in this thread
 * or in worker threads (verify-worker.ts), and taken in collection order
 * whichever thread checked it: the result and the log read the same with
 * any number of workers.
 */








/** One job per exported collection, each structured-clone safe for a worker. */
function collectionJobs(tables, c) {
    return tables.map(({ collection, info }) => ({
        collection,
        info,
        dataDirAbs: c.dataDirAbs,
        dataDir: c.dataDir,
        keys: c.keys?.[collection] ?? file_keys/* PLAIN_KEYS */.Q,
        maxLength: c.maxLength,
        digest: c.digest,
        facts: c.facts,
        account: c.accounts.get(collection),
        inReport: c.reported.get(collection),
    }));
}
/**
 * A collection is split in two when it holds more than half of all the
 * items (one thread would bound the wall time), at least SPLIT_FROM and at
 * most SPLIT_UP_TO: each part indexes the data file apiece (the merge
 * takes the index of the part run in this thread), and the second index
 * costs about 90 bytes an item (id-table.ts). At 1,000,000 items in four
 * collections, 600,000 of them split, verify peaked at 395-404 MB against
 * 323-329 MB whole, under the 500 MB it may take; the cap bounds that cost
 * (a file the app can read holds fewer items of any useful size).
 */
const SPLIT_FROM = 20_000;
/**
 * Below this many exported items in all, verify checks in one thread when
 * the count of workers is the default: a second thread then costs more
 * than it saves (the built CLI, the bench's data: 2,000 items 0.52-0.62 s
 * in one thread against 0.74-0.79 s in two; 100,000 items 2.12-2.44
 * against 2.06-2.08 s).
 */
const WORKERS_MIN_ITEMS = 50_000;
const SPLIT_UP_TO = 1_000_000;
/** `from`: the export, which each worker opens itself; `workers`: how many threads (1: all in this one). */
async function checkCollections(jobs, source, from, workers, reporter) {
    const out = { collections: [], exported: new Map(), notes: [] };
    const take = ({ report, digest, notes }) => {
        out.notes.push(...notes);
        if (digest)
            out.exported.set(report.table, digest);
        out.collections.push(report);
    };
    const tasks = workers > 1 ? tasksOf(jobs, source) : [];
    if (tasks.length > 1) {
        const shared = { from };
        const split = tasks.filter((t) => t.part === 1).map((t) => t.job.collection);
        reporter.info(`verify: ${jobs.length} collections in ${Math.min(workers, tasks.length)} worker threads${split.length > 0 ? `, ${split.join(', ')} in two parts` : ''}`);
        // The index of a split collection's part run in this thread, kept for taking the parts together.
        const kept = new Map();
        const parts = new Map();
        // Outcomes are taken in task order, each after the one before (a merge reads files): one chain.
        let chain = Promise.resolve();
        const then = (f) => {
            chain = chain.then(f);
            chain.catch(() => { }); // awaited below; a failure is the command's, once
        };
        try {
            await (0,worker_pool/* inWorkers */.Lr)(verify_worker/* VERIFY_ROLE */.D, shared, tasks, workers, (reply, i) => {
                const task = tasks[i];
                if ('outcome' in reply) {
                    then(() => {
                        (0,recorded_reporter/* replay */.e)(reply.events, reporter);
                        take(reply.outcome);
                    });
                    return;
                }
                const got = [...(parts.get(task.job) ?? []), reply.part];
                parts.set(task.job, got);
                if (got.length < task.of)
                    return;
                then(async () => {
                    // Parts that cannot be taken together: the collection checked whole, here, as with one thread.
                    const own = kept.get(task.job);
                    kept.delete(task.job);
                    const indexed = own ? Promise.resolve(own) : parentIndex(task.job);
                    take((await (0,verify_part/* mergeParts */.N)(task.job, got, indexed, reporter)) ?? (await (0,verify_collection/* verifyCollection */.qu)(task.job, source, reporter)));
                });
            }, (task) => `verify ${task.job.collection}${task.of > 1 ? ` (part ${task.part + 1} of ${task.of})` : ''}`, largestFirst(tasks), 
            // This thread takes tasks too (the largest first: a split collection's first part, whose index it keeps), so a worker fewer starts.
            (task) => (0,verify_worker/* verifyTask */.p)(task, source, (index) => (kept.has(task.job) ? index.close() : kept.set(task.job, index))));
            await chain;
        }
        finally {
            // A merge closes the index it takes; one never merged (a failure) is closed here.
            for (const index of kept.values())
                index.close();
        }
    }
    else {
        for (const job of jobs)
            take(await (0,verify_collection/* verifyCollection */.qu)(job, source, reporter));
    }
    return out;
}
/**
 * The workers' tasks in collection order: each collection whole, but one
 * that holds more than half of all the items, whose export's data files
 * split in two (ExportSource.splitParts), in two parts, side by side.
 */
function tasksOf(jobs, source) {
    const total = jobs.reduce((n, j) => n + j.info.itemCount, 0);
    const tasks = [];
    for (const job of jobs) {
        const n = job.info.itemCount;
        const of = n >= SPLIT_FROM && n <= SPLIT_UP_TO && n * 2 > total && !source.changes ? (source.splitParts?.(job.info.table, 2) ?? 1) : 1;
        for (let part = 0; part < of; part++)
            tasks.push({ job, part, of });
    }
    return tasks.length > 1 ? tasks : [];
}
/** The parent's index of a split collection's data file, when no part ran here (elements taken on their ids' word, proven from the parts' findings). */
function parentIndex(job) {
    return (0,file_index/* indexDataFile */.Pn)(external_node_path_default().join(job.dataDirAbs, `${job.collection}.json`), job.maxLength, null, true);
}
/** The largest task first: the others fill the other workers meanwhile, so the wall time is close to the largest one's. */
function largestFirst(tasks) {
    return tasks
        .map((t, i) => ({ i, n: t.job.info.itemCount / t.of }))
        .sort((a, b) => b.n - a.n || a.i - b.i)
        .map((x) => x.i);
}

// EXTERNAL MODULE: ./src/verify/data-file.ts
var data_file = __webpack_require__(98172);
;// CONCATENATED MODULE: ./src/verify/export-collections.ts

function collectionsOf(exported, configTables, wanted) {
    const byTable = new Map(Object.entries(configTables).map(([c, t]) => [t, c]));
    const out = [];
    for (const info of exported) {
        const collection = info.collection ?? byTable.get(info.table);
        if (!collection) {
            throw new errors/* InputError */.dz(`table ${info.table} in the export is not in the config's tables map, so its data file is unknown; add it (collection: table) to the config`);
        }
        const twin = out.find((o) => o.collection === collection);
        if (twin)
            throw new errors/* InputError */.dz(`tables ${twin.info.table} and ${info.table} in the export are both collection ${collection}; export one of them`);
        out.push({ collection, info });
    }
    if (!wanted || wanted.length === 0)
        return out;
    const picked = out.filter((o) => wanted.some((w) => w.collection === o.collection || w.table === o.info.table));
    const absent = wanted.filter((w) => !picked.some((o) => w.collection === o.collection || w.table === o.info.table));
    if (absent.length > 0) {
        throw new errors/* InputError */.dz(`${absent.map((w) => w.collection).join(', ')}: not in the export; it holds ${out.map((o) => o.collection).join(', ') || 'no tables'}`);
    }
    return picked;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/state/real-paths.ts
var real_paths = __webpack_require__(63076);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/verify/input-checks.ts
/**
 * What verify refuses before it reads anything: a data dir that is not a
 * folder, a bad --segments, and a data dir that is, holds or lies in the
 * export (one of the two names the wrong folder).
 */





/** Returns the data dir, absolute. */
async function checkInputs(options, deps) {
    const { from, dataDir, segments } = options;
    const dataDirAbs = external_node_path_default().resolve(options.cwd, dataDir);
    const dirStat = await (0,promises_.stat)(dataDirAbs).catch(() => null);
    if (!dirStat?.isDirectory())
        throw new errors/* InputError */.dz(`data dir ${dataDir} is not a folder; check ${(0,option_name/* opt */.m7)('data-dir')} (or dataDir in the config)`);
    if (!Number.isInteger(segments) || segments < 1)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('segments')} ${segments}: give a whole number above 0`);
    if (options.live && options.since === undefined && !deps.dynamo)
        throw new Error('internal: verify --live needs a DynamoDB client');
    // A data dir that is, holds or lies in the export is a wrong path (one of the two names the wrong folder): refused, not compared.
    if (from.kind === 'dir')
        await (0,real_paths/* refuseNested */.g0)(dataDirAbs, [{ what: 'the export', path: from.path, option: (0,option_name/* opt */.m7)('from') }]);
    return dataDirAbs;
}

// EXTERNAL MODULE: ./src/verify/migration-facts.ts
var migration_facts = __webpack_require__(52415);
// EXTERNAL MODULE: ./src/verify/collection-report.ts
var collection_report = __webpack_require__(4352);
// EXTERNAL MODULE: ./src/verify/diff.ts
var diff = __webpack_require__(4930);
;// CONCATENATED MODULE: ./src/verify/other-data-files.ts
/**
 * The data files of collections the export does not hold: the app reads
 * them too, so they must still parse. Reported as not exported (or
 * invalid), never compared.
 */





async function otherDataFiles(dataDirAbs, dataDir, exported, maxLength) {
    const names = (await (0,promises_.readdir)(dataDirAbs, { withFileTypes: true }))
        .filter((e) => e.isFile() && e.name.endsWith('.json') && !exported.has(e.name.slice(0, -5)))
        .map((e) => e.name)
        .sort();
    const out = [];
    for (const name of names) {
        // Never migrated, so in the app's own format (settings.json may be an object): it must only still parse.
        const read = await (0,data_file/* readJsonFile */.JE)(external_node_path_default().join(dataDirAbs, name), maxLength);
        const problem = 'problem' in read ? read.problem : null;
        const place = { collection: name.slice(0, -5), table: null, file: `${dataDir.replace(/\/+$/, '')}/${name}` };
        const found = 'raw' in read && Array.isArray(read.raw) ? read.raw.length : 0;
        out.push((0,collection_report/* collectionReport */.p)(place, { ...(0,diff/* emptyDiff */.$t)(), found }, { status: problem ? 'invalid' : 'not exported', problem }));
    }
    return out;
}

// EXTERNAL MODULE: ./src/verify/rollback-report.ts
var rollback_report = __webpack_require__(7096);
;// CONCATENATED MODULE: ./src/verify/rollback-accounts.ts

/**
 * The rollback report's ids per collection, when the report describes this
 * data dir rolled back from this export; else none, with a warning saying why
 * (verify is then as strict as without a report).
 */
async function rollbackAccounts(given, dataDirAbs, exported, reporter) {
    const accounts = new Map();
    const load = await (0,rollback_report/* loadRollbackReport */.lp)(given, dataDirAbs);
    if (!('report' in load)) {
        if (load.path === null)
            return { use: null, accounts, report: null };
        reporter.warning(`rollback report ${load.path} ${load.note}; not taken into account: every difference from the export counts`);
        return {
            use: { path: load.path, used: false, ignored: load.note, strategy: null, prefer: null, startedAt: null, setAside: [] },
            accounts,
            report: null,
        };
    }
    const r = load.report;
    const use = {
        path: r.path,
        used: true,
        ignored: null,
        strategy: r.strategy,
        prefer: r.prefer,
        startedAt: r.startedAt,
        setAside: [],
    };
    const why = (0,rollback_report/* whyNotApplicable */.h3)(r, exported, dataDirAbs);
    if (why) {
        reporter.warning(`rollback report ${r.path} ignored: ${why}; every difference from the export counts`);
        return { use: { ...use, used: false, ignored: why }, accounts, report: null };
    }
    reporter.info(`rollback report ${r.path} (${r.strategy}${r.strategy === 'merge' ? `, prefer ${r.prefer}` : ''}, started ${r.startedAt}): differences it accounts for are listed, not failed`);
    for (const c of r.collections) {
        if (r.strategy === 'merge' && c.lost.length > 0) {
            use.setAside.push({ collection: c.collection, ids: c.lost });
            reporter.warning(`${c.collection}: the rollback's merge set aside the other version of ${c.lost.length} item(s) in conflicts (prefer ${r.prefer}): ${c.lost.slice(0, 20).join(', ')}${c.lost.length > 20 ? ' ...' : ''}; the file holds the version the conflict took, the other is only in the rollback report`);
        }
        accounts.set(c.collection, {
            fromFiles: c.fromFiles,
            deletedByFiles: c.deletedByFiles,
            restoredFromBackup: c.restoredFromBackup,
            // backup drops writes only when the operator allowed it (else it refused, and the report is set aside above).
            acceptedLoss: r.strategy === 'backup' ? c.lost : [],
        });
    }
    return { use, accounts, report: r };
}

;// CONCATENATED MODULE: ./src/verify/run-verify.ts
/**
 * verify: the file database against the export, item by item, and with
 * --live the export against the tables as they are now. Differences are
 * findings (ok=false, exit 1); a bad invocation or a bad export is an
 * InputError (exit 2). Differences the rollback's report accounts for
 * (kept from the files by a merge, and the like) are listed apart and do
 * not fail. Reports ids, counts and attribute paths, never values.
 *
 * Reads as its steps, each in a file of its own: check the inputs, open the
 * export, take the rollback report's account, check each collection, parse
 * the other data files, re-read the live tables.
 */








async function runVerify(options, deps) {
    const { reporter } = deps;
    const { from, dataDir } = options;
    const dataDirAbs = await checkInputs(options, deps);
    const maxLength = options.maxStringLength ?? data_file/* MAX_STRING_LENGTH */.Mx;
    const source = await (0,reader/* openExport */.V)(from, { s3: deps.s3 });
    (0,reader/* refuseOtherStage */.n)(source, options.stage);
    const tables = collectionsOf(source.tables, options.configTables, options.selected);
    const exportIdentity = { location: source.location, startTime: source.startTime, endTime: source.endTime };
    const { use: rollbackReport, accounts, report } = await rollbackAccounts(options.report, dataDirAbs, exportIdentity, reporter);
    const facts = (0,migration_facts/* migrationFacts */.K)(options.rules ?? NO_SWITCHES, report, rollbackReport);
    // With no rollback report at all (verify before any rollback) that is expected: said, not warned.
    for (const note of facts.use.notes) {
        if (rollbackReport === null)
            reporter.info(note);
        else
            reporter.warning(note);
    }
    const reported = new Map(report?.collections.map((c) => [c.collection, c]) ?? []);
    const jobs = collectionJobs(tables, {
        dataDirAbs,
        dataDir,
        keys: options.collections,
        maxLength,
        digest: options.live,
        facts,
        accounts,
        reported,
    });
    const liveInputs = { since: options.since, stage: options.stage, segments: options.segments, s3: deps.s3, dynamo: deps.dynamo };
    // The live tables are scanned while the collections are checked (live-check.ts), loaded (and the SDK's scan with it) only for --live.
    const liveCheck = options.live ? await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(4305), __webpack_require__.e(8784), __webpack_require__.e(7621)]).then(__webpack_require__.bind(__webpack_require__, 37621)) : null;
    const scans = liveCheck ? liveCheck.startLiveScans(tables, liveInputs) : null;
    try {
        // An s3:// export is read through the main thread's client: no workers; nor for fewer items than they pay for.
        const items = jobs.reduce((n, j) => n + j.info.itemCount, 0);
        const workers = from.kind === 's3' || (options.workersWhereTheyPay && items < WORKERS_MIN_ITEMS) ? 1 : (options.workers ?? 1);
        const checked = await checkCollections(jobs, source, from, workers, reporter);
        facts.use.notes.push(...checked.notes);
        const others = options.selected ? [] : await otherDataFiles(dataDirAbs, dataDir, new Set(tables.map((t) => t.collection)), maxLength);
        const collections = [...checked.collections, ...others];
        const live = liveCheck ? await liveCheck.checkLive(tables, checked.exported, source, liveInputs, reporter, scans) : null;
        const ok = collections.every((c) => c.status === 'ok' || c.status === 'accounted' || c.status === 'not exported') &&
            (live?.every((l) => l.same) ?? true);
        return { ok, from: source.location, dataDir, collections, rollbackReport, migrationRules: facts.use, live };
    }
    finally {
        scans?.stop();
    }
}
const NO_SWITCHES = { emptyStringsAsNull: false, rewroteUpdatedAt: false, generatedIds: false };

;// CONCATENATED MODULE: ./src/verify/verify-options.ts
const DEFAULT_LIVE_SEGMENTS = 4;

// EXTERNAL MODULE: ./src/commands/clients.ts
var clients = __webpack_require__(67174);
// EXTERNAL MODULE: ./src/commands/read-option.ts
var read_option = __webpack_require__(92304);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
// EXTERNAL MODULE: ./src/verify/accounted.ts
var accounted = __webpack_require__(57531);
// EXTERNAL MODULE: ./src/verify/live-lines.ts
var live_lines = __webpack_require__(5353);
;// CONCATENATED MODULE: ./src/commands/verify-notes-present.ts

const LIST_LIMIT = 20;
function list(ids) {
    const shown = ids.slice(0, LIST_LIMIT).join(', ');
    return ids.length > LIST_LIMIT ? `${shown} (+${ids.length - LIST_LIMIT} more)` : shown;
}
function verifyNotes(r, liveBad) {
    return [
        ...reportNotes(r),
        ...setAsideLines(r),
        ...migrationNotes(r),
        ...r.collections.flatMap(notesOf),
        ...liveBad.map((l) => `${l.table}: ${l.changedIds ? (0,live_lines/* changedLine */.Z)(l.changedIds) : (0,live_lines/* liveLine */.j)(l.exported, l.live)}`),
    ];
}
function reportNotes(r) {
    const u = r.rollbackReport;
    if (!u)
        return [];
    return [
        u.used
            ? `rollback report: ${u.path} (${u.strategy}, started ${u.startedAt})`
            : `rollback report ${u.path} not taken into account: ${u.ignored}`,
    ];
}
/** Versions the rollback's merge conflicts set aside: one line per collection, so a lost edit is never passed over. */
function setAsideLines(r) {
    return (r.rollbackReport?.setAside ?? []).map((c) => `${c.collection}: set aside by the rollback's conflicts (the file holds the version the conflict took; the other is in the rollback report's lost lists): ${list(c.ids)}`);
}
function migrationNotes(r) {
    const m = r.migrationRules;
    const on = ['emptyStringsAsNull', 'rewroteUpdatedAt', 'generatedIds'].filter((k) => m[k]);
    if (on.length === 0)
        return [];
    const window = m.windowStart && m.windowEnd ? `; window ${m.windowStart} to ${m.windowEnd}` : '';
    const refs = [m.backup ? `migration backup ${m.backup}` : '', m.snapshot ? `files before the rollback ${m.snapshot}` : '']
        .filter(Boolean)
        .join(', ');
    const runs = m.runs.map((x) => `${x.collection}: its run of a resumed migration, window ${x.windowStart} to ${x.windowEnd}, reference backup ${x.backup} (from the rollback report)`);
    return [`migration rules on: ${on.join(', ')}${window}${refs ? `; references: ${refs}` : ''}`, ...runs, ...m.notes];
}
function notesOf(c) {
    const out = [];
    if (c.problem)
        out.push(`${c.collection}: ${c.file} ${c.problem}`);
    if (c.missing.length)
        out.push(`${c.collection}: missing from the file: ${list(c.missing)}`);
    if (c.extra.length)
        out.push(`${c.collection}: not in the export: ${list(c.extra)}`);
    for (const n of c.migration.notUndone.slice(0, LIST_LIMIT)) {
        out.push(n.rule === 'emptyStringsAsNull'
            ? `${c.collection}: ${n.id} holds null where the reference held "" at ${list(n.paths)}: emptyStringsAsNull says the rollback puts "" back`
            : `${c.collection}: ${n.id} holds the migration's time at ${list(n.paths)}: rewroteUpdatedAt says the rollback puts back the reference's`);
    }
    for (const ch of c.changed.slice(0, LIST_LIMIT))
        out.push(`${c.collection}: ${ch.id} differs at ${list(ch.paths)}`);
    if (c.changed.length > LIST_LIMIT)
        out.push(`${c.collection}: and ${c.changed.length - LIST_LIMIT} more changed items (see the JSON result)`);
    out.push(...c.keylessNotes.slice(0, LIST_LIMIT));
    if (c.deletedButPresent.length)
        out.push(`${c.collection}: deleted by the rollback (the file side had deleted them) but in the file again: ${list(c.deletedButPresent)}`);
    if (c.duplicateIds.length)
        out.push(`${c.collection}: duplicate ids in the file: ${list(c.duplicateIds)}`);
    if (c.duplicateExportIds.length)
        out.push(`${c.collection}: duplicate ids in the export: ${list(c.duplicateExportIds)}`);
    if (c.exportItemsWithoutId)
        out.push(`${c.collection}: ${c.exportItemsWithoutId} export items have no id and cannot be matched`);
    return out;
}

;// CONCATENATED MODULE: ./src/commands/verify-present.ts



const ACCOUNTED_ROWS = 50;
function presentVerify(r) {
    const bad = r.collections.filter((c) => c.status === 'differs' || c.status === 'invalid');
    const liveBad = r.live?.filter((l) => !l.same) ?? [];
    const accounted = r.collections.flatMap((c) => c.accounted.map((a) => ({ collection: c.collection, ...a })));
    const why = accountedWhy(r);
    return {
        ok: r.ok,
        outputs: outputsOf(r, bad, liveBad),
        summary: {
            title: 'verify',
            headline: r.ok ? okHeadline(r, accounted.length, why) : failedHeadline(bad, liveBad),
            tables: [collectionsTable(r), ...liveTable(r.live), ...accountedTable(accounted, why), ...migrationTable(r)],
            notes: verifyNotes(r, liveBad),
        },
    };
}
function okHeadline(r, accounted, why) {
    const checked = r.collections.filter((c) => c.table !== null);
    const items = checked.reduce((n, c) => n + c.expected, 0);
    const artifacts = r.collections.reduce((n, c) => n + artifactCount(c), 0);
    return `${checked.length} collections, ${items} items match the export${accounted ? ` except ${accounted} accounted for by the rollback (${why})` : ''}${artifacts ? `; ${artifacts} migration artifacts undone as the rules say` : ''}${r.live ? '; live tables unchanged since the export' : ''}${setAsideHeadline(r)}`;
}
function failedHeadline(bad, liveBad) {
    return [
        bad.length ? `${bad.length} collection${bad.length === 1 ? '' : 's'} differ (${bad.map((c) => c.collection).join(', ')})` : '',
        liveBad.length ? `written after the export: ${liveBad.map((l) => l.table).join(', ')}` : '',
    ]
        .filter(Boolean)
        .join('; ');
}
/** Versions the rollback's merge conflicts set aside, in the headline, so a lost edit is never passed over. */
function setAsideHeadline(r) {
    const n = r.rollbackReport?.setAside.reduce((s, c) => s + c.ids.length, 0) ?? 0;
    return n > 0
        ? `; ${n} version${n === 1 ? '' : 's'} set aside by the rollback's conflicts (prefer ${r.rollbackReport.prefer}; see the notes)`
        : '';
}
function outputsOf(r, bad, liveBad) {
    return {
        collections: JSON.stringify(Object.fromEntries(r.collections.map((c) => [c.collection, c.status]))),
        counts: JSON.stringify(Object.fromEntries(r.collections.map((c) => [
            c.collection,
            {
                expected: c.expected,
                found: c.found,
                missing: c.missing.length,
                extra: c.extra.length,
                changed: c.changed.length,
                accounted: c.accounted.length,
            },
        ]))),
        differences: String(bad.length),
        live: r.live === null ? 'not checked' : liveBad.length === 0 ? 'unchanged' : 'changed',
        'live-changed': JSON.stringify(liveBad.map((l) => l.table)),
        report: r.rollbackReport?.used ? r.rollbackReport.path : '',
    };
}
function collectionsTable(r) {
    return {
        caption: `File database (${r.dataDir}) against the export`,
        headers: ['collection', 'expected', 'found', 'missing', 'extra', 'changed', 'status'],
        rows: r.collections.map((c) => [
            c.collection,
            c.table === null ? '-' : String(c.expected),
            c.problem ? '-' : String(c.found),
            String(c.missing.length),
            String(c.extra.length),
            String(c.changed.length),
            statusCell(c),
        ]),
    };
}
function statusCell(c) {
    if (c.status === 'ok')
        return 'ok';
    if (c.status === 'accounted')
        return `ok (${c.accounted.length} accounted for by the rollback)`;
    if (c.status === 'not exported')
        return 'not exported (parses)';
    return c.problem ? `INVALID: ${c.problem}` : 'DIFFERS';
}
function liveTable(live) {
    if (!live)
        return [];
    return [
        {
            caption: 'Live tables against the export',
            headers: ['collection', 'table', 'export items', 'live items', 'status'],
            rows: live.map((l) => [
                l.collection,
                l.table,
                String(l.exported.count),
                l.live ? String(l.live.count) : '-',
                l.same ? 'unchanged' : 'CHANGED',
            ]),
        },
    ];
}
/** What the accounted differences are, by the rollback's strategy. */
function accountedWhy(r) {
    return r.rollbackReport?.strategy === 'backup'
        ? `backup: restored from it, or dropped with ${(0,option_name/* opt */.m7)('allow-data-loss')}`
        : 'kept from files';
}
function accountedTable(rows, why) {
    if (rows.length === 0)
        return [];
    return [
        {
            caption: `Accounted for by the rollback (${why}), not failures${rows.length > ACCOUNTED_ROWS ? ` (first ${ACCOUNTED_ROWS} of ${rows.length}; all in the JSON result)` : ''}`,
            headers: ['collection', 'id', 'difference', 'because', 'paths'],
            rows: rows
                .slice(0, ACCOUNTED_ROWS)
                .map((a) => [
                a.collection,
                a.id,
                a.difference === 'missing' ? 'not in the file' : a.difference === 'extra' ? 'not in the export' : 'differs',
                (0,accounted/* becauseLabel */.Zz)(a.because),
                a.paths ? list(a.paths) : '',
            ]),
        },
    ];
}
function artifactCount(c) {
    const m = c.migration;
    return m.emptyStringsAsNull + m.rewroteUpdatedAt + m.generatedIds;
}
/** What each rule accepted, per collection: counts only (the ids and paths are in the JSON result). */
function migrationTable(r) {
    const rows = r.collections.filter((c) => artifactCount(c) > 0 || c.migration.droppedAttributes > 0);
    if (rows.length === 0)
        return [];
    return [
        {
            caption: 'Migration artifacts undone by the rollback, accepted as the rules say (ids and paths in the JSON result)',
            headers: [
                'collection',
                '"" stored as NULL (emptyStringsAsNull)',
                'timestamps the migration wrote (rewroteUpdatedAt)',
                'generated ids matched by content (generatedIds)',
                'attributes dropped (drop)',
            ],
            rows: rows.map((c) => [
                c.collection,
                String(c.migration.emptyStringsAsNull),
                String(c.migration.rewroteUpdatedAt),
                String(c.migration.generatedIds),
                String(c.migration.droppedAttributes),
            ]),
        },
    ];
}

;// CONCATENATED MODULE: ./src/commands/verify.ts












/** The file database against the export, item by item; --live: the export against the tables now. */
const verifyCommand = (0,types/* defineCommand */.N)({
    name: 'verify',
    largeHeap: true,
    description: 'Check the file database against the export item by item (independent comparator); --live also re-reads the tables',
    options: ['from', 'data-dir', 'tables', 'live', 'since', 'segments', 'verify-report-in', 'result-file', 'retry-budget'],
    outputs: {
        collections: 'JSON object: collection -> status (ok, accounted, differs, invalid, not exported)',
        counts: 'JSON object: collection -> expected, found, missing, extra, changed, accounted',
        differences: 'Number of collections that differ from the export or are invalid (differences the rollback accounts for excluded)',
        live: 'Live re-read: unchanged, changed, or not checked',
        'live-changed': 'JSON array of tables whose live digest differs from the export',
        report: 'Path of the rollback report taken into account (empty when none was used)',
    },
    async run(ctx) {
        const { options, config, cwd } = ctx;
        if (!options.from)
            throw new errors/* InputError */.dz(`verify needs ${(0,option_name/* opt */.m7)('from')}: the export folder or s3://bucket/prefix the rollback used`);
        if (options.since !== undefined && options.live !== true)
            throw new errors/* InputError */.dz(`verify: ${(0,option_name/* opt */.m7)('since')} is the incremental export ${(0,option_name/* opt */.m7)('live')} reads instead of a scan; add ${(0,option_name/* opt */.m7)('live')}, or drop ${(0,option_name/* opt */.m7)('since')}`);
        // Both are exports the reader opens; their S3 URIs are named "from" in its messages.
        const from = (0,core_location/* parseLocation */.zS)(options.from, 'from', cwd);
        const since = options.since === undefined ? undefined : (0,core_location/* parseLocation */.zS)(options.since, 'from', cwd);
        return runVerify({
            from,
            cwd,
            dataDir: config.dataDir,
            configTables: config.tables,
            collections: config.collections,
            rules: {
                emptyStringsAsNull: config.migration.emptyStringsAsNull,
                rewroteUpdatedAt: config.migration.rewroteUpdatedAt,
                generatedIds: config.migration.generatedIds,
            },
            selected: options.tables ? (0,tables/* selectTables */.e)(config, options.tables) : undefined,
            live: (0,read_option/* readOption */.g)(options, 'live'),
            segments: options.segments ?? DEFAULT_LIVE_SEGMENTS,
            ...(since ? { since } : {}),
            report: options.report === undefined ? undefined : external_node_path_default().resolve(cwd, options.report),
            stage: config.stage,
            workers: (0,worker_pool/* workerCount */.Mo)(ctx.env),
            workersWhereTheyPay: (0,worker_pool/* workersByDefault */.q1)(ctx.env),
        }, {
            reporter: ctx.reporter,
            ...(from.kind === 's3' || since?.kind === 's3' ? { s3: await (0,clients.s3For)(ctx) } : {}),
            ...(options.live && !since ? { dynamo: await (0,clients.dynamoFor)(ctx) } : {}),
        });
    },
    present: presentVerify,
});


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

/***/ 63076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dN: () => (/* binding */ realPathOf),
/* harmony export */   g0: () => (/* binding */ refuseNested),
/* harmony export */   tU: () => (/* binding */ nesting)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78440);
/**
 * How two folders on disk relate, by their real paths: a symlink or a
 * `..` must not hide that the data dir is the export or the migration
 * backup. Rollback and verify both refuse such a data dir; this holds only
 * the path logic they share (no reading of files). Reads only.
 */




/** The real path of p, or of its nearest existing ancestor with the rest appended (p need not exist yet). */
async function realPathOf(p) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
    const rest = [];
    let at = abs;
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(at), ...rest);
        }
        catch {
            const up = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(at);
            if (up === at)
                return abs;
            rest.unshift(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(at));
            at = up;
        }
    }
}
/** How folder a stands to folder b (both real, absolute), or null when neither holds the other. */
function nesting(a, b) {
    if (a === b)
        return 'is';
    const inside = (x, y) => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(y, x);
        return rel !== '' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel);
    };
    if (inside(b, a))
        return 'contains';
    if (inside(a, b))
        return 'lies inside';
    return null;
}
/**
 * The data dir must be apart from every folder given: rewriting files in the
 * export or the backup would destroy the very copy a rollback reads, and a
 * snapshot of a data dir holding them would copy them too.
 */
async function refuseNested(dataDir, others) {
    const data = await realPathOf(dataDir);
    for (const other of others) {
        const real = await realPathOf(other.path);
        const how = nesting(data, real);
        if (how === null)
            continue;
        const shown = real === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(other.path) ? other.path : `${other.path}, really ${real}`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`data dir ${dataDir} ${how} ${other.what} (${shown}); they must be separate folders: check ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('data-dir')} (or dataDir in the config) and ${other.option}`);
    }
}


/***/ }),

/***/ 5353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ changedLine),
/* harmony export */   j: () => (/* binding */ liveLine)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23909);
/**
 * The lines a --live finding is told in (live-check.ts finds them; the
 * command's presentation says them): apart, so presenting a result loads
 * no scan and no SDK.
 */

/** The ids written since the export, as an incremental export shows them (at most 20 named). */
function changedLine(ids) {
    const named = ids.slice(0, 20).join(', ');
    return `${ids.length} item${ids.length === 1 ? '' : 's'} written after the export (${named}${ids.length > 20 ? `, and ${ids.length - 20} more` : ''})`;
}
function liveLine(before, now) {
    if (now === null)
        return 'the table no longer exists';
    if ((0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sameDigest */ .VB)(before, now))
        return `${now.count} items, same as the export`;
    const delta = now.count - before.count;
    return delta === 0
        ? `same item count (${now.count}) but the content differs from the export: written after the export`
        : `${now.count} items now, ${before.count} in the export (${delta > 0 ? '+' : ''}${delta}): written after the export`;
}


/***/ })

};
