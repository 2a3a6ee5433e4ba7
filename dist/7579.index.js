export const id = 7579;
export const ids = [7579];
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

/***/ 38322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  statusCommand: () => (/* binding */ statusCommand),
  statusOptions: () => (/* binding */ statusOptions)
});

;// CONCATENATED MODULE: ./src/commands/status-runs-present.ts
function migrationRunsTable(m) {
    if (!m || m.collections.length === 0)
        return [];
    return [
        {
            caption: "Migration runs: the run that migrated each collection (its backup is the merge's base, its window the timestamps undone)",
            headers: ['collection', 'backup', 'window', 'found from', 'status'],
            rows: m.collections.map((c) => [
                c.collection,
                c.backup ?? '-',
                c.windowStart && c.windowEnd ? `${c.windowStart} to ${c.windowEnd}` : '-',
                c.how === 'configured'
                    ? 'migration.windows in the config'
                    : c.how === 'items'
                        ? "the items' times"
                        : c.how === 'progress'
                            ? 'the progress file'
                            : c.why,
                c.how === 'ambiguous' ? `NOT READY: set migration.windows.${c.collection}` : 'ok',
            ]),
        },
    ];
}
function migrationRunsNotes(m) {
    if (!m)
        return [];
    return [
        ...m.runs.map((r) => `migration run: ${r}`),
        ...m.unexplained.map((u) => `backup folder ${u}: the progress file shows no run after it; not taken for a run of this migration`),
    ];
}

// EXTERNAL MODULE: ./src/config/tables.ts
var tables = __webpack_require__(25665);
// EXTERNAL MODULE: ./src/collection/migration-tally.ts
var migration_tally = __webpack_require__(98367);
// EXTERNAL MODULE: ./src/core/location.ts
var core_location = __webpack_require__(91324);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/migration/backup-location.ts
var backup_location = __webpack_require__(89038);
// EXTERNAL MODULE: ./src/migration/backup-source.ts
var backup_source = __webpack_require__(3244);
// EXTERNAL MODULE: ./src/core/recorded-reporter.ts
var recorded_reporter = __webpack_require__(57161);
// EXTERNAL MODULE: ./src/core/reporter.ts
var core_reporter = __webpack_require__(99586);
// EXTERNAL MODULE: ./src/core/worker-pool.ts
var worker_pool = __webpack_require__(90228);
// EXTERNAL MODULE: ./src/migration/plan.ts + 1 modules
var migration_plan = __webpack_require__(68329);
// EXTERNAL MODULE: ./src/clients/errors.ts
var clients_errors = __webpack_require__(67137);
// EXTERNAL MODULE: ./src/collection/collect.ts + 6 modules
var collect = __webpack_require__(89995);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
// EXTERNAL MODULE: ./src/collection/size-limit.ts
var size_limit = __webpack_require__(33097);
// EXTERNAL MODULE: ./src/merge/side.ts
var side = __webpack_require__(59525);
// EXTERNAL MODULE: ./src/export-format/scan-page.ts
var scan_page = __webpack_require__(85149);
;// CONCATENATED MODULE: ./src/status/table-scan.ts

/** Pages fetched ahead of the consumer, per segment: enough to keep requests in flight, little enough to stay small. */
const PAGES_AHEAD = 2;
async function* scanTable(client, table, segments) {
    for await (const { page, resource } of scanPages(client, table, segments)) {
        const items = (0,scan_page/* pageItems */.Gj)(page, resource);
        for (let i = 0; i < items.length; i++) {
            const item = items[i];
            // Let go of each item once handed on: the rest of the page is all that stays alive.
            items[i] = undefined;
            yield item;
        }
    }
}
/**
 * scanTable's items as an export's readItems gives them (export-format/source.ts): each item's text offered to line
 * as a data-file line ({"Item":...}), which reads the compact form straight to the file's form (convert/wire-line.ts);
 * an item it does not take is parsed. About 0.4 CPU s less than a page's JSON.parse and the wire form's conversion
 * after it, of 1.1 s, at 100,000 items.
 * A page that does not split into as many items as its Count says is read by pageItems, which says what is wrong.
 */
async function* readTable(client, table, segments, line) {
    for await (const { page, resource } of scanPages(client, table, segments)) {
        const bounds = (0,scan_page/* pageBounds */.Te)(page);
        if (bounds === null) {
            for (const wire of (0,scan_page/* pageItems */.Gj)(page, resource))
                yield { wire };
            continue;
        }
        for (const [start, end] of bounds) {
            const text = page.items.toString('utf8', start, end);
            const plain = line(`{"Item":${text}}`);
            yield plain === undefined ? { wire: (0,scan_page/* pageItem */.FW)(text, resource) } : { plain };
        }
    }
}
/** The table's pages as they arrive, a few fetched ahead per segment. */
async function* scanPages(client, table, segments) {
    const queue = [];
    let failure = null;
    let stopped = false;
    let finished = 0;
    let wakeConsumer = null;
    let wakeProducers = [];
    const notifyConsumer = () => {
        wakeConsumer?.();
        wakeConsumer = null;
    };
    const releaseProducers = () => {
        const waiting = wakeProducers;
        wakeProducers = [];
        for (const w of waiting)
            w();
    };
    const segment = async (n) => {
        let startKey;
        do {
            while (queue.length >= PAGES_AHEAD * segments && !failure && !stopped)
                await new Promise((r) => wakeProducers.push(r));
            if (failure || stopped)
                return;
            const resource = `table ${table} segment ${n}`;
            const page = await (0,scan_page/* scanItemsPage */.dl)(client, { TableName: table, Segment: n, TotalSegments: segments, ConsistentRead: true, ExclusiveStartKey: startKey }, resource);
            queue.push({ page, resource });
            notifyConsumer();
            startKey = page.lastEvaluatedKey;
        } while (startKey);
    };
    const runs = Array.from({ length: segments }, (_, n) => segment(n)
        .catch((error) => {
        failure ??= { error };
        releaseProducers();
    })
        .finally(() => {
        finished++;
        notifyConsumer();
    }));
    try {
        for (;;) {
            // A failure voids the scan: nothing more is handed on once one segment failed.
            if (failure)
                throw failure.error;
            const next = queue.shift();
            if (next) {
                releaseProducers();
                yield next;
                continue;
            }
            if (finished === segments)
                return;
            await new Promise((r) => (wakeConsumer = r));
        }
    }
    finally {
        stopped = true;
        releaseProducers();
        await Promise.allSettled(runs);
    }
}

;// CONCATENATED MODULE: ./src/status/compare-collection.ts








function notCompared(t, note) {
    return { collection: t.collection, table: t.table, compared: false, note, counts: null, migration: null };
}
/** One collection compared with its backup; what the rollback would refuse, or a scan it may not make, is a note, not a failure. */
async function compareCollection(client, job, reporter) {
    try {
        return { result: await compareOne(client, job, reporter) };
    }
    catch (err) {
        const kind = (0,clients_errors/* kindOf */.I)(err);
        if (kind === 'not-found')
            return { result: notCompared(job, 'table missing (gone during the scan)') };
        if (kind === 'denied') {
            // A preflight role may lack Scan: the rest of status still answers.
            return {
                result: notCompared(job, 'no permission for dynamodb:Scan'),
                warning: `${job.collection}: not compared with the migration backup: no permission for dynamodb:Scan on ${job.table} (or run status with ${(0,option_name/* opt */.m7)('scan')}=false)`,
            };
        }
        if (err instanceof errors/* InputError */.dz) {
            // The rollback reads the same files the same way, and would refuse: a reason, not a crash.
            return { result: notCompared(job, `not compared: ${err.message}`), problem: `${job.collection}: ${err.message}` };
        }
        throw err;
    }
}
async function compareOne(client, job, reporter) {
    const t = job;
    const exported = { table: t.table, collection: t.collection, itemCount: job.itemCount, keySchema: [], location: `table ${t.table}` };
    const source = {
        location: `table ${t.table}`,
        format: 'dynamodb-rollback',
        tables: [exported],
        items: () => scanTable(client, t.table, job.segments),
        readItems: (_table, line) => readTable(client, t.table, job.segments, line),
    };
    const fidelity = { keys: job.keys, rules: job.rules, generatedIds: job.generatedIds };
    // The backup file's absence becomes this collection's note; precision is the rollback's to report (status shows no values).
    const quiet = { ...core_reporter/* silentReporter */.P, progress: (label, o) => reporter.progress(label, o) };
    // Counted, never written: the backup's texts need no check against the writer's.
    const loaded = await (0,collect/* loadCollection */.Z)({ collection: t.collection, table: t.table, exported }, job.dataDir, job.backupDir, source, quiet, () => { }, fidelity, undefined, size_limit/* MAX_STRING_LENGTH */.M, 'count');
    // Only the sides' states are read below: no base body is needed again.
    loaded.release();
    const { theirs } = loaded.input;
    let same = 0;
    let deleted = 0;
    for (const s of theirs.state) {
        if (s === side/* SAME */.v6)
            same++;
        else if (s === side/* ABSENT */.sj)
            deleted++;
    }
    const artifactsOnly = loaded.migration.artifactOnlyItems;
    const counts = {
        items: loaded.exportItems,
        unchanged: same - artifactsOnly,
        artifactsOnly,
        changed: theirs.changed.size,
        added: theirs.added.size,
        deleted,
    };
    const note = loaded.backupFile === 'missing'
        ? `the migration backup has no ${t.collection}.json: the rollback takes it as empty, so every item counts as added`
        : null;
    return { collection: t.collection, table: t.table, compared: true, note, counts, migration: loaded.migration };
}

;// CONCATENATED MODULE: ./src/status/status-worker.ts


const STATUS_ROLE = 'status-collection';
/**
 * A worker thread's start costs about a CPU second here (the bundle and the
 * SDK compiled again), what comparing some 10,000 items costs: below this
 * many items in all, by DescribeTable's estimates, the tables are compared
 * in one thread.
 */
const WORKERS_MIN_ITEMS = 20_000;
/** Whether workers pay for these tables: their estimates say so, or say nothing (all 0: AWS has not counted them yet, or dynalite, which never does). */
function workersPay(itemCounts) {
    const total = itemCounts.reduce((n, c) => n + c, 0);
    return total === 0 || total >= WORKERS_MIN_ITEMS;
}
/**
 * One job, its log recorded. In a worker thread, client is the worker's
 * own, built once, and onReporter points its retry log at the job's; the
 * main thread, taking jobs from the same queue, runs it too.
 */
async function statusInWorker(client, job, onReporter) {
    const { reporter, events } = (0,recorded_reporter/* recordingReporter */.l)();
    onReporter(reporter);
    const outcome = await compareCollection(client, job, reporter);
    return { outcome, events };
}

;// CONCATENATED MODULE: ./src/status/artifacts.ts







async function migrationArtifacts(client, tables, backup, progress, options, reporter = core_reporter/* silentReporter */.P) {
    const m = options.migration;
    const plan = (0,migration_plan/* planMigration */.Eu)(m, {
        startTime: progress.startTime,
        endTime: progress.endTime,
        backupTime: backup.found ? backup.createdAt : null,
    });
    const { rules } = plan;
    const report = {
        scanned: options.scan,
        rules: { emptyStringsAsNull: m.emptyStringsAsNull, rewroteUpdatedAt: m.rewroteUpdatedAt, generatedIds: m.generatedIds },
        window: plan.window,
        collections: [],
        problems: [],
        warnings: [],
    };
    // Each table's place in the report, in table order: a reason it is not compared, or the comparison (made below, here or in worker threads).
    const slots = [];
    const jobs = [];
    for (const t of tables) {
        if (!options.scan)
            slots.push({ skipped: `not scanned (${(0,option_name/* opt */.m7)('scan')} false)` });
        else if (t.state === 'missing')
            slots.push({ skipped: 'table missing' });
        else if (!backup.found)
            slots.push({ skipped: 'no migration backup to compare with' });
        // status only lists an S3 backup (a download is the rollback's, which checks it); nothing local to compare with.
        else if (options.backupOnS3)
            slots.push({ skipped: 'the migration backup is on S3: status lists it, the rollback reads and checks it' });
        else if (options.dataDirProblem !== null)
            slots.push({ skipped: `the current files cannot be read (${options.dataDirProblem})` });
        else {
            const own = options.runs?.get(t.collection);
            slots.push({ job: jobs.length });
            jobs.push({
                collection: t.collection,
                table: t.table,
                itemCount: t.itemCount ?? 0,
                backupDir: own?.dir ?? backup.absPath,
                dataDir: options.dataDir,
                rules: own ? { ...rules, window: own.window } : rules,
                keys: options.collections[t.collection] ?? { id: 'id', drop: [] },
                generatedIds: m.generatedIds,
                segments: options.segments,
            });
        }
    }
    const outcomes = await compareAll(client, jobs, options.workers, reporter);
    for (const [i, t] of tables.entries()) {
        const slot = slots[i];
        if ('skipped' in slot) {
            report.collections.push(notCompared(t, slot.skipped));
            continue;
        }
        const o = outcomes[slot.job];
        report.collections.push(o.result);
        if (o.warning)
            report.warnings.push(o.warning);
        if (o.problem)
            report.problems.push(o.problem);
    }
    report.warnings.push(...ruleWarnings(report.collections));
    return report;
}
/**
 * The jobs' outcomes, in the jobs' order: with several jobs and workers
 * (and, unless the count was given, tables large enough to pay for them),
 * in this thread and count - 1 worker threads taking jobs from one queue,
 * else one after the other here. Each job's log (its progress lines) is
 * recorded and replayed in job order, so the output is the same with any
 * number of workers.
 */
async function compareAll(client, jobs, workers, reporter) {
    const outcomes = [];
    if (workers && workers.count > 1 && jobs.length > 1 && (!workers.whereItPays || workersPay(jobs.map((j) => j.itemCount)))) {
        reporter.info(`status: ${jobs.length} collections in ${Math.min(workers.count, jobs.length)} threads`);
        await (0,worker_pool/* inWorkers */.Lr)(STATUS_ROLE, { dynamo: workers.dynamo }, jobs, workers.count, ({ outcome, events }) => {
            (0,recorded_reporter/* replay */.e)(events, reporter);
            outcomes.push(outcome);
        }, (job) => `status ${job.collection}`, largestFirst(jobs), 
        // This thread is one of them: a worker thread costs a start (the bundle compiled again), and this one would only wait.
        (job) => statusInWorker(client, job, () => { }));
    }
    else {
        for (const job of jobs)
            outcomes.push(await compareCollection(client, job, reporter));
    }
    return outcomes;
}
/** The jobs' indexes, the largest table first (by DescribeTable's estimate): the last to start is a small one. */
function largestFirst(jobs) {
    return jobs.map((_, i) => i).sort((a, b) => jobs[b].itemCount - jobs[a].itemCount || a - b);
}
/** What an operator should know before the rollback: a collection compared against nothing, and rules that are off but would apply. */
function ruleWarnings(collections) {
    const out = [];
    for (const c of collections) {
        if (c.compared && c.note)
            out.push(`${c.collection}: ${c.note}`);
        const off = c.migration?.notApplied;
        if (!off)
            continue;
        if (off.emptyStringsAsNull > 0) {
            out.push(`${c.collection}: ${off.emptyStringsAsNull} NULLs where the backup has "" count as changes; migration.emptyStringsAsNull (off) would take them for the migration's`);
        }
        if (off.rewroteUpdatedAt > 0) {
            out.push(`${c.collection}: ${off.rewroteUpdatedAt} timestamps inside the migration's window count as changes; migration.rewroteUpdatedAt (off) would take them for the migration's`);
        }
        if (off.generatedIds > 0) {
            out.push(`${c.collection}: ${off.generatedIds} items whose id the migration generated count as added (their backup items as deleted); migration.generatedIds (off) would match them back`);
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/fsafe/write-probe.ts
var write_probe = __webpack_require__(5283);
;// CONCATENATED MODULE: ./src/status/data-dir.ts
/**
 * Whether the rollback will be able to write the data dir: the only sure
 * test is to create a file there (permission bits lie on read-only mounts
 * and under root), removed at once. Probes a killed run left there are
 * removed first, so they do not pile up in the app's data dir.
 */



async function checkDataDir(cwd, dataDir) {
    const abs = external_node_path_default().resolve(cwd, dataDir);
    let st;
    try {
        st = await (0,promises_.stat)(abs);
    }
    catch (err) {
        const code = err.code;
        return {
            path: dataDir,
            writable: false,
            problem: code === 'ENOENT' ? `data dir ${dataDir} does not exist` : `data dir ${dataDir} cannot be read (${code ?? 'error'})`,
        };
    }
    if (!st.isDirectory())
        return { path: dataDir, writable: false, problem: `data dir ${dataDir} is not a folder` };
    await (0,write_probe/* removeStaleProbes */.Lv)(abs).catch(() => { }); // an unreadable folder is reported by the probe below
    const probe = (0,write_probe/* probePathFor */.vX)(abs);
    try {
        const handle = await (0,promises_.open)(probe, 'wx');
        await handle.close();
        // force: a rollback starting now may have removed it already, as a stale temp.
        await (0,promises_.rm)(probe, { force: true });
        return { path: dataDir, writable: true, problem: null };
    }
    catch (err) {
        await (0,promises_.rm)(probe, { force: true }).catch(() => { });
        return {
            path: dataDir,
            writable: false,
            problem: `data dir ${dataDir} is not writable (${err.code ?? 'error'})`,
        };
    }
}
/**
 * Whether the current files can be read from the data dir, as the rollback
 * reads them: it is a folder, or it is absent (then there are no current
 * files). Its problems are reported once, by checkDataDir.
 */
async function currentFilesReadable(cwd, dataDir) {
    try {
        return (await (0,promises_.stat)(external_node_path_default().resolve(cwd, dataDir))).isDirectory();
    }
    catch (err) {
        return err.code === 'ENOENT';
    }
}

// EXTERNAL MODULE: ./src/migration/collection-runs-find.ts + 2 modules
var collection_runs_find = __webpack_require__(43329);
// EXTERNAL MODULE: ./src/migration/runs.ts
var runs = __webpack_require__(76768);
;// CONCATENATED MODULE: ./src/status/migration-runs.ts
/**
 * status's view of a resumed migration: the runs found (every backup
 * folder, the progress file's errors) and, per collection, the run that
 * migrated it, found as the rollback finds it (migration/
 * collection-runs-find.ts, over a live scan instead of an export). A
 * collection whose run is ambiguous and not given in the config is a
 * reason not to start: the rollback would refuse it, naming the key to
 * set. Null when the migration ran once and the config gives no window.
 */




async function migrationRunsState(client, tables, options, 
/** options.backupDir parsed; null when it could not be (status reports why). */
backupDir) {
    const found = { state: null, byCollection: new Map(), reasons: [], warnings: [] };
    const present = tables.filter((t) => t.state !== 'missing');
    const d = await (0,collection_runs_find/* decideCollectionRuns */.J)(options.migration, { ...options, backupDir }, present, options.scan ? (table) => scanTable(client, table, options.segments) : null);
    if (!d)
        return found;
    for (const c of d.unlisted)
        found.warnings.push(`migration.windows.${c}: the backup dir ${options.backupDir} is not a local folder; the rollback refuses a configured window there`);
    const shown = (dir) => {
        const rel = external_node_path_default().relative(options.cwd, dir);
        return rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? rel.split((external_node_path_default()).sep).join('/') : dir;
    };
    const iso = (t) => (t === null ? null : new Date(t).toISOString());
    const collections = [];
    for (const c of d.decided) {
        if (!(0,collection_runs_find/* ownRun */.S)(d, c) && c.how !== 'ambiguous')
            continue;
        const dir = c.backup === null ? null : external_node_path_default().join(d.disk.dir, c.backup);
        collections.push({
            collection: c.collection,
            backup: dir && shown(dir),
            windowStart: iso(c.start),
            windowEnd: iso(c.end),
            how: c.how,
            why: c.why,
        });
        if (dir && c.start !== null && c.end !== null)
            found.byCollection.set(c.collection, { dir, window: { start: c.start, end: c.end } });
        if (c.how !== 'ambiguous')
            continue;
        const line = `${c.collection}: which run of the migration migrated it is not clear (${c.why}); set migration.windows.${c.collection} in the config (the rollback refuses it until then)`;
        if (options.scan)
            found.reasons.push(line);
        else
            found.warnings.push(line);
    }
    found.state = { runs: d.disk.found.runs.map(runs/* describeRun */.vZ), unexplained: d.disk.found.unexplained.map((u) => u.backup), collections };
    return found;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var dist_cjs = __webpack_require__(64305);
// EXTERNAL MODULE: ./src/clients/dynamodb-describe.ts
var dynamodb_describe = __webpack_require__(54562);
;// CONCATENATED MODULE: ./src/status/tables.ts
/**
 * Each table's state and point-in-time recovery, read-only. A missing table
 * is a finding (the report lists it), not an exception; an endpoint or
 * credentials problem is an InputError, since nothing can be checked.
 */



async function checkTables(client, refs) {
    const out = [];
    for (const ref of refs) {
        const base = { collection: ref.collection, table: ref.table, ...(ref.source ? { source: ref.source } : {}) };
        let described;
        try {
            described = await (0,dynamodb_describe/* describeTable */.u)(client, ref);
        }
        catch (err) {
            if ((0,clients_errors/* kindOf */.I)(err) === 'not-found') {
                out.push({ ...base, state: 'missing', itemCount: null, pitr: 'unknown', pitrNote: 'table missing' });
                continue;
            }
            throw err;
        }
        const pitr = await pitrOf(client, ref.table);
        out.push({
            ...base,
            state: described.TableStatus ?? 'unknown',
            itemCount: described.ItemCount ?? null,
            ...pitr,
        });
    }
    return out;
}
async function pitrOf(client, table) {
    try {
        const res = await client.call({ operation: 'DescribeContinuousBackups', resource: `table ${table}` }, (sdk) => sdk.send(new dist_cjs/* DescribeContinuousBackupsCommand */.NXH({ TableName: table })));
        const d = res.ContinuousBackupsDescription?.PointInTimeRecoveryDescription;
        const status = d?.PointInTimeRecoveryStatus;
        if (status === 'ENABLED' && d?.EarliestRestorableDateTime && d.LatestRestorableDateTime) {
            return {
                pitr: status,
                pitrNote: null,
                pitrWindow: { earliest: d.EarliestRestorableDateTime.toISOString(), latest: d.LatestRestorableDateTime.toISOString() },
            };
        }
        if (status === 'ENABLED' || status === 'DISABLED')
            return { pitr: status, pitrNote: null };
        return { pitr: 'unknown', pitrNote: 'the endpoint gave no PITR status' };
    }
    catch (err) {
        const kind = (0,clients_errors/* kindOf */.I)(err);
        if (kind === 'unsupported')
            return { pitr: 'unknown', pitrNote: `${client.scope.endpoint ?? 'the endpoint'} does not support DescribeContinuousBackups` };
        if (kind === 'denied')
            return { pitr: 'unknown', pitrNote: 'no permission for DescribeContinuousBackups' };
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/status/status.ts
/**
 * The preflight: is the ground ready for a rollback? Gathers the facts
 * (tables, PITR, migration backup, progress file, data dir, and what the
 * rollback will undo of the migration) and turns each blocking one into a
 * reason. Reads only, except a probe file created and removed in the data
 * dir.
 */










const DAY_MS = 86_400_000;
async function runStatus(options, deps) {
    const { cwd } = options;
    const now = (deps.now ?? (() => new Date()))();
    const tables = await checkTables(deps.dynamo, options.tables);
    const progress = await (0,backup_location/* readProgressFile */.cv)(cwd, options.progressFile);
    const backupDir = parseBackupDir(options.backupDir);
    const location = 'problem' in backupDir
        ? { found: false, path: null, source: 'newest-folder', problem: backupDir.problem, reason: 'unreadable', looked: [] }
        : await (0,backup_source/* locateMigrationBackup */.T)(cwd, backupDir, progress, deps.s3);
    const dataDir = await checkDataDir(cwd, options.dataDir);
    const runs = await migrationRunsState(deps.dynamo, tables, options, 'problem' in backupDir ? null : backupDir);
    const artifacts = await migrationArtifacts(deps.dynamo, tables, location, progress, {
        dataDir: external_node_path_default().resolve(cwd, options.dataDir),
        dataDirProblem: (await currentFilesReadable(cwd, options.dataDir)) ? null : dataDir.problem,
        backupOnS3: !('problem' in backupDir) && backupDir.kind === 's3',
        collections: options.collections,
        migration: options.migration,
        segments: options.segments,
        scan: options.scan,
        runs: runs.byCollection,
        ...(options.workers ? { workers: options.workers } : {}),
    }, deps.reporter);
    const backup = location.found
        ? (() => {
            const ageDays = Math.round(((now.getTime() - location.createdAt.getTime()) / DAY_MS) * 100) / 100;
            return {
                path: location.path,
                source: location.source,
                found: true,
                createdAt: location.createdAt.toISOString(),
                createdFrom: location.createdFrom,
                ageDays,
                retentionDays: options.retentionDays,
                expired: ageDays > options.retentionDays,
                problem: null,
                note: location.note,
            };
        })()
        : {
            path: location.path,
            source: location.source,
            found: false,
            createdAt: null,
            createdFrom: null,
            ageDays: null,
            retentionDays: options.retentionDays,
            expired: null,
            problem: location.problem,
            note: null,
        };
    const reasons = [];
    const warnings = [];
    for (const t of tables) {
        if (t.state === 'missing')
            reasons.push(`table ${t.table} (collection ${t.collection}) missing`);
        else if (t.state !== 'ACTIVE')
            reasons.push(`table ${t.table} is ${t.state}, not ACTIVE`);
        if (t.pitr === 'DISABLED')
            warnings.push(`point-in-time recovery is off for ${t.table}: the on-demand backup is the only way back`);
        const window = exportTimeProblem(t, options.exportTime);
        if (window)
            reasons.push(window);
    }
    if (progress.problem)
        reasons.push(`progress file ${progress.path} ${progress.problem}; fix it so the migration backup can be found`);
    if (!progress.exists)
        warnings.push(`no progress file ${progress.path}; the newest folder in ${options.backupDir} is taken as the migration backup`);
    if (!backup.found)
        reasons.push(backup.problem ?? 'no migration backup');
    else if (backup.expired) {
        reasons.push(`migration backup ${backup.path} is ${backup.ageDays} days old, beyond retentionDays ${options.retentionDays}`);
    }
    if (backup.found && backup.createdFrom === 'mtime') {
        warnings.push(`the age of ${backup.path} comes from its modification time (its name holds no timestamp)`);
    }
    if (backup.note)
        warnings.push(`migration backup: ${backup.note}`);
    if (backup.ageDays !== null && backup.ageDays < 0)
        warnings.push(`migration backup ${backup.path} is dated in the future`);
    for (const p of artifacts.problems)
        reasons.push(`${p} (the rollback would refuse it)`);
    warnings.push(...artifacts.warnings);
    reasons.push(...runs.reasons);
    warnings.push(...runs.warnings);
    if (!dataDir.writable)
        reasons.push(dataDir.problem ?? `data dir ${dataDir.path} is not writable`);
    return {
        ready: reasons.length === 0,
        reasons,
        warnings,
        endpoint: deps.dynamo.scope.endpoint ?? null,
        tables,
        backup,
        progress,
        dataDir,
        artifacts,
        migrationRuns: runs.state,
    };
}
/** Why --export-time cannot be exported natively from this table, or null (a time after the window's end is only not yet restorable). */
function exportTimeProblem(t, exportTime) {
    if (exportTime === undefined)
        return null;
    if (t.pitr !== 'ENABLED')
        return `${(0,option_name/* opt */.m7)('export-time')}: point-in-time recovery is ${t.pitr === 'DISABLED' ? 'off' : 'unknown'} for ${t.table}, so it has no native export at ${exportTime}`;
    const at = new Date(exportTime).toISOString();
    if (t.pitrWindow && at < t.pitrWindow.earliest) {
        return `${(0,option_name/* opt */.m7)('export-time')} ${at} is before ${t.table}'s point-in-time recovery window (${t.pitrWindow.earliest} to ${t.pitrWindow.latest})`;
    }
    return null;
}
/**
 * The backup dir, parsed here rather than by the command: status answers a
 * malformed one with a reason (not ready), as one it cannot list, and
 * prints it as the config gives it (a folder stays relative to cwd).
 */
function parseBackupDir(text) {
    try {
        return (0,core_location/* parseLocation */.zS)(text, 'backupDir (--backup-dir)');
    }
    catch (err) {
        return { problem: (0,errors/* describeError */.Uc)(err) };
    }
}

// EXTERNAL MODULE: ./src/commands/clients.ts
var clients = __webpack_require__(67174);
// EXTERNAL MODULE: ./src/commands/parse-value.ts
var parse_value = __webpack_require__(82649);
// EXTERNAL MODULE: ./src/commands/read-option.ts
var read_option = __webpack_require__(92304);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
;// CONCATENATED MODULE: ./src/commands/status.ts











/** As verify --live: enough to keep a few requests in flight without crowding the app's own traffic. */
const DEFAULT_SEGMENTS = 4;
/** The status work's options, from the command's options and the config. */
function statusOptions(ctx) {
    const workers = (0,worker_pool/* workerCount */.Mo)(ctx.env);
    return {
        tables: (0,tables/* selectTables */.e)(ctx.config, ctx.options.tables),
        cwd: ctx.cwd,
        dataDir: ctx.config.dataDir,
        backupDir: ctx.config.backupDir,
        progressFile: ctx.config.progressFile,
        retentionDays: ctx.config.retentionDays,
        collections: ctx.config.collections,
        migration: ctx.config.migration,
        // On by default: the counts are what the approver of the rollback decides on, and the scan is cheap at the
        // events app's size (hundreds of items; 100,000 took about 10 s against dynalite, 1.5 s without the scan).
        // --scan=false keeps status to describe calls for tables too large to read twice (status, then the export).
        scan: (0,read_option/* readOption */.g)(ctx.options, 'scan'),
        segments: ctx.options.segments ?? DEFAULT_SEGMENTS,
        ...(ctx.options['export-time'] !== undefined ? { exportTime: (0,parse_value/* isoTime */.Ly)(ctx.options['export-time'], (0,option_name/* opt */.m7)('export-time')) } : {}),
        // Each worker thread scans its collections' tables with a client of its own, built as the main thread's is.
        // Without DYNAMODB_ROLLBACK_WORKERS, only for tables large enough to pay for a worker's start.
        ...(workers > 1 ? { workers: { count: workers, dynamo: (0,clients/* dynamoSettings */["in"])(ctx), whereItPays: (0,worker_pool/* workersByDefault */.q1)(ctx.env) } } : {}),
    };
}
/** Preflight: whether a rollback may start, and why not. Exit 1 when not ready. */
const statusCommand = (0,types/* defineCommand */.N)({
    name: 'status',
    largeHeap: true,
    description: 'Preflight: tables ACTIVE, PITR, migration backup and its age, progress file, data dir writable, what the rollback will undo of the migration',
    options: ['tables', 'data-dir', 'backup-dir', 'scan', 'segments', 'export-time', 'retry-budget'],
    outputs: {
        ready: 'true when a rollback may start',
        reasons: 'JSON array of reasons a rollback should not start',
        warnings: 'JSON array of warnings that do not block a rollback',
        tables: 'JSON object: table -> state (ACTIVE, missing, ...)',
        pitr: 'JSON object: table -> point-in-time recovery (ENABLED, DISABLED or unknown)',
        'backup-path': 'Migration backup folder found',
        'backup-age-days': 'Age of the migration backup in days',
        'backup-expired': 'true when the migration backup is older than retentionDays',
        'progress-state': 'State fields of the migration progress file',
        'data-dir-writable': 'true when the data dir can be written',
        'migration-artifacts': 'JSON object: collection -> counts against the migration backup (items, unchanged, artifactsOnly, changed, added, deleted, and the artifacts by rule); absent collections were not compared',
    },
    run: async (ctx) => runStatus(statusOptions(ctx), {
        dynamo: await (0,clients/* dynamoFor */._h)(ctx),
        ...((0,core_location/* namesS3 */.Hv)(ctx.config.backupDir) ? { s3: await (0,clients/* s3For */.ql)(ctx) } : {}),
        reporter: ctx.reporter,
    }),
    present(r) {
        const b = r.backup;
        const backupText = b.found
            ? `${b.path} (${b.ageDays} days old, from its ${b.createdFrom === 'folder-name' ? 'name' : 'mtime'})`
            : 'none';
        return {
            ok: r.ready,
            outputs: {
                ready: String(r.ready),
                reasons: JSON.stringify(r.reasons),
                warnings: JSON.stringify(r.warnings),
                tables: JSON.stringify(Object.fromEntries(r.tables.map((t) => [t.table, t.state]))),
                pitr: JSON.stringify(Object.fromEntries(r.tables.map((t) => [t.table, t.pitr]))),
                'backup-path': b.path ?? '',
                'backup-age-days': b.ageDays === null ? '' : String(b.ageDays),
                'backup-expired': b.expired === null ? '' : String(b.expired),
                'progress-state': r.progress.state ?? '',
                'data-dir-writable': String(r.dataDir.writable),
                'migration-artifacts': JSON.stringify(artifactCounts(r.artifacts)),
            },
            summary: {
                title: 'status',
                headline: r.ready
                    ? `ready: ${r.tables.length} tables ACTIVE, migration backup ${b.path} within ${b.retentionDays} days`
                    : `not ready: ${r.reasons.length} problem${r.reasons.length === 1 ? '' : 's'}`,
                tables: [
                    {
                        caption: 'Tables',
                        headers: ['collection', 'table', 'state', 'items (estimate)', 'PITR', 'status'],
                        rows: r.tables.map((t) => [
                            t.collection,
                            t.table,
                            t.state,
                            t.itemCount === null ? '-' : String(t.itemCount),
                            t.pitrWindow ? `${t.pitr} (${t.pitrWindow.earliest} to ${t.pitrWindow.latest})` : t.pitr,
                            t.state === 'ACTIVE' ? 'ok' : 'NOT READY',
                        ]),
                    },
                    ...artifactTables(r.artifacts),
                    ...migrationRunsTable(r.migrationRuns),
                    {
                        caption: 'Ground',
                        headers: ['check', 'found', 'status'],
                        rows: [
                            ['migration backup', backupText, !b.found || b.expired ? 'NOT READY' : 'ok'],
                            ['retention', `${b.retentionDays} days`, b.expired ? 'EXPIRED' : b.found ? 'ok' : '-'],
                            [
                                'progress file',
                                r.progress.exists ? `${r.progress.path}: ${r.progress.state ?? 'no state field'}` : `${r.progress.path}: absent`,
                                r.progress.problem ? 'NOT READY' : 'ok',
                            ],
                            ['data dir', r.dataDir.path, r.dataDir.writable ? 'writable' : 'NOT READY'],
                        ],
                    },
                ],
                notes: [
                    ...r.tables.map((t) => `table ${t.table} (${t.collection}): name from ${t.source ?? 'the config'}`),
                    ...artifactNotes(r.artifacts),
                    ...migrationRunsNotes(r.migrationRuns),
                    ...r.reasons.map((x) => `not ready: ${x}`),
                    ...r.warnings.map((x) => `warning: ${x}`),
                ],
            },
        };
    },
});
/** The migration-artifacts output: per compared collection, its counts and the artifacts by rule (counts only, not even ids). */
function artifactCounts(a) {
    return Object.fromEntries(a.collections.flatMap((c) => {
        if (!c.counts || !c.migration)
            return [];
        const m = c.migration;
        return [
            [
                c.collection,
                {
                    ...c.counts,
                    emptyStrings: m.emptyStrings,
                    timestamps: m.updatedAt + m.createdAt,
                    generatedIds: m.generatedIds.length,
                    droppedAttributes: m.droppedAttributes,
                    renamedIds: m.renamedIds,
                    notApplied: m.notApplied,
                },
            ],
        ];
    }));
}
/** One row per collection; a rule that is off shows what it would undo, and its column says those count as changes. */
function artifactTables(a) {
    if (!a.scanned)
        return [];
    const off = (on, name) => (on ? '' : ` (${name} off: counted as changes)`);
    return [
        {
            caption: `Against the migration backup: what the rollback will undo; migration window ${a.window}`,
            headers: [
                'collection',
                'items',
                'unchanged',
                'migration artifacts only',
                `"" stored as NULL${off(a.rules.emptyStringsAsNull, 'emptyStringsAsNull')}`,
                `timestamps${off(a.rules.rewroteUpdatedAt, 'rewroteUpdatedAt')}`,
                `generated ids${off(a.rules.generatedIds, 'generatedIds')}`,
                'changed',
                'added',
                'deleted',
            ],
            rows: a.collections.map((c) => {
                const { counts: n, migration: m } = c;
                if (!n || !m)
                    return [c.collection, 'not compared', '-', '-', '-', '-', '-', '-', '-', '-'];
                const r = (0,migration_tally/* byRule */.k2)(m, a.rules);
                return [
                    c.collection,
                    String(n.items),
                    String(n.unchanged),
                    String(n.artifactsOnly),
                    String(r.emptyStrings),
                    String(r.timestamps),
                    String(r.generatedIds),
                    String(n.changed),
                    String(n.added),
                    String(n.deleted),
                ];
            }),
        },
    ];
}
function artifactNotes(a) {
    if (!a.scanned)
        return [`migration artifacts: not counted (${(0,option_name/* opt */.m7)('scan')}=false); run status without it to see what the rollback will undo`];
    return a.collections
        .filter((c) => !c.compared)
        .map((c) => `${c.collection}: not compared with the migration backup (${c.note ?? 'no reason given'})`);
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

/***/ 85149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FW: () => (/* binding */ pageItem),
/* harmony export */   Gj: () => (/* binding */ pageItems),
/* harmony export */   Te: () => (/* binding */ pageBounds),
/* harmony export */   dl: () => (/* binding */ scanItemsPage)
/* harmony export */ });
/* unused harmony export itemsArray */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _dynamo_wire_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97581);
/* harmony import */ var _export_format_raw_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48784);



const KEY = Buffer.from('"Items":[');
const NAME = Buffer.from('"Items"');
const EMPTY = Buffer.from('[]');
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
/** Closing brackets tried from the end of the body: what follows the array (LastEvaluatedKey, ScannedCount) holds none of its own but in a string. */
const TRIES = 4;
async function scanItemsPage(client, input, resource) {
    // A fresh body buffer per page: the array's bytes wait in the queue as a view of it.
    const { out, kept } = await (0,_export_format_raw_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .sendScan */ ._9)(client, input, resource, {}, (body) => itemsArray(body) ?? splitItems(body));
    return {
        count: out.Count,
        items: kept ?? Buffer.from(JSON.stringify((out.Items ?? []).map(_dynamo_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .toWire */ .BW))),
        ...(out.LastEvaluatedKey ? { lastEvaluatedKey: out.LastEvaluatedKey } : {}),
    };
}
const garbled = (resource) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FailedError */ .Kl(`scan of ${resource}: the page's items are not valid JSON; the endpoint is not DynamoDB or the answer was garbled`);
/** The page's items, parsed; a page whose Count disagrees with them is never passed on. */
function pageItems(page, resource) {
    let items;
    try {
        items = JSON.parse(page.items.toString('utf8'));
    }
    catch {
        throw garbled(resource);
    }
    if (!Array.isArray(items))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FailedError */ .Kl(`scan of ${resource}: the page's Items is not a list`);
    if (page.count !== undefined && page.count !== items.length) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FailedError */ .Kl(`scan of ${resource}: page reports ${page.count} items but holds ${items.length}`);
    }
    return items;
}
/**
 * Where each of the page's items begins and ends in page.items, for a
 * reader that takes them one by one (verify's live digest); null when the
 * page does not split into as many objects as its Count says: read it with
 * pageItems then, which says what is wrong.
 */
function pageBounds(page) {
    const bounds = (0,_export_format_raw_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .arrayObjects */ .eR)(page.items);
    return bounds === null || (page.count !== undefined && page.count !== bounds.length) ? null : bounds;
}
/** One item's text from a page pageBounds split, parsed: an error is the page's, as pageItems says it. */
function pageItem(text, resource) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw garbled(resource);
    }
}
/**
 * The bytes of the body's top-level "Items" array, and the body with it
 * emptied (for the SDK), without reading the items; null when that cannot
 * be proven so. It is the top-level value when the emptied body is a JSON
 * object with a top-level Items, holding the text "Items" only where the
 * array was found and no backslash (so no key is written with escapes):
 * its top-level Items can then only be the emptied array. Once the array's
 * bytes parse as one JSON value (pageItems), the body is that object with
 * this array as its Items; bounds that are not the array's hold more or
 * less than one JSON value (trailing text, or brackets left open), and
 * pageItems refuses them, so a wrong guess fails the scan, never passes
 * on wrong items. Pure.
 */
function itemsArray(body) {
    const at = body.indexOf(KEY);
    if (at === -1 || body.indexOf(NAME) !== at)
        return null;
    const start = at + KEY.length - 1;
    let end = body.length;
    for (let t = 0; t < TRIES; t++) {
        end = body.lastIndexOf(CLOSE_BRACKET, end - 1);
        if (end <= start)
            return null;
        const rest = Buffer.concat([body.subarray(0, start), EMPTY, body.subarray(end + 1)]);
        if (rest.indexOf(BACKSLASH) !== -1 || rest.indexOf(NAME, at + 1) !== -1)
            return null;
        if (emptiedAnswer(rest))
            return { kept: body.subarray(start, end + 1), rest };
    }
    return null;
}
/** The emptied body is a JSON object with a top-level Items list (given the checks before, the emptied one). */
function emptiedAnswer(rest) {
    try {
        const o = JSON.parse(rest.toString('utf8'));
        return typeof o === 'object' && o !== null && Array.isArray(o.Items);
    }
    catch {
        return false;
    }
}
/** As the export splits a body (every byte walked), its items joined again into one array; null when it is no Scan answer. */
function splitItems(body) {
    const split = (0,_export_format_raw_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .splitScanBody */ .cW)(body);
    if (!split)
        return null;
    const parts = [Buffer.from('[')];
    for (const [i, [s, e]] of split.items.entries()) {
        if (i > 0)
            parts.push(Buffer.from(','));
        parts.push(body.subarray(s, e));
    }
    parts.push(Buffer.from(']'));
    return { kept: Buffer.concat(parts), rest: split.rest };
}


/***/ }),

/***/ 80865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ filesPart),
/* harmony export */   x: () => (/* binding */ parsedReads)
/* harmony export */ });
/** Parsed items as ReadItems: for a source without readItems (an overlay of changes). */
async function* parsedReads(items) {
    for await (const wire of items)
        yield { wire };
}
/**
 * The files of part `part` of `of` (as indexes into the table's files, in
 * order): contiguous runs whose item counts are as even as whole files
 * allow (each part starts at the file where the running count first
 * reaches its share). Parts may be empty when files are few. Pure.
 */
function filesPart(counts, part, of) {
    const total = counts.reduce((a, b) => a + b, 0);
    const startOf = (k) => {
        if (k <= 0)
            return 0;
        if (k >= of)
            return counts.length;
        // The first file whose items begin at or after k shares of the total, or end nearer to it than they begin.
        let before = 0;
        for (let i = 0; i < counts.length; i++) {
            const after = before + counts[i];
            if (before * of >= k * total || after * of - k * total > k * total - before * of)
                return i;
            before = after;
        }
        return counts.length;
    };
    const out = [];
    for (let i = startOf(part); i < startOf(part + 1); i++)
        out.push(i);
    return out;
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


/***/ })

};
