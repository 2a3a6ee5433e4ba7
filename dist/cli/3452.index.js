export const id = 3452;
export const ids = [3452];
export const modules = {

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

/***/ 53452:
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
// EXTERNAL MODULE: ./src/export-format/reader.ts + 1 modules
var reader = __webpack_require__(90747);
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

// EXTERNAL MODULE: ./src/verify/digest.ts
var verify_digest = __webpack_require__(23909);
// EXTERNAL MODULE: ./src/export-format/changes-reader.ts
var changes_reader = __webpack_require__(4327);
;// CONCATENATED MODULE: ./src/verify/live-changes.ts




const scalar = (v) => ('S' in v ? v.S : 'N' in v ? v.N : 'B' in v ? v.B : JSON.stringify(v));
async function liveFromChanges(at, source, stage, tables, s3) {
    const since = (0,core_location/* describeLocation */.lR)(at);
    const changes = await (0,changes_reader/* openChanges */.eX)(at, { s3 });
    if (changes.stage !== stage)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('since')} ${since} is an incremental export of stage ${changes.stage}, not ${stage}`);
    const exportTime = Date.parse(source.startTime ?? '');
    if (Number.isNaN(exportTime) || Date.parse(changes.fromTime) > exportTime) {
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('since')} ${since} holds the changes from ${changes.fromTime}, ${Number.isNaN(exportTime) ? 'and the export records no time' : `after the export was taken (${source.startTime})`}: a write in between would go unseen; export --native --since ${source.location} again`);
    }
    const out = [];
    for (const t of tables) {
        if (!changes.tables.some((c) => c.table === t.table))
            throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('since')} ${since} holds no changes of table ${t.table}; export --native --since again with every table`);
        let records = 0;
        const counted = (async function* () {
            for await (const r of changes.records(t.table)) {
                records++;
                yield r;
            }
        })();
        const latest = await (0,changes_reader/* latestChanges */.nc)(counted);
        const changedIds = [...latest.values()]
            .map((c) => Object.keys(c.keys)
            .sort()
            .map((k) => scalar(c.keys[k]))
            .join('/'))
            .sort();
        out.push({
            collection: t.collection,
            table: t.table,
            changedIds,
            deleted: [...latest.values()].filter((c) => c.newImage === null).length,
            records,
        });
    }
    return { location: changes.location, fromTime: changes.fromTime, toTime: changes.toTime, tables: out };
}

// EXTERNAL MODULE: ./src/clients/errors.ts
var clients_errors = __webpack_require__(67137);
// EXTERNAL MODULE: ./src/export-format/scan-page.ts
var scan_page = __webpack_require__(85149);
;// CONCATENATED MODULE: ./src/verify/canonical-wire.ts
/**
 * canonicalItem's text (digest.ts) read straight from an item's DynamoDB
 * JSON, with no objects in between: a live scan's page is hashed item by
 * item, without JSON.parse of the page and the garbage of its objects.
 * Only the compact form the service writes is taken: no whitespace, no
 * backslash or control character anywhere (so a string is the characters
 * between its quotes), one type key per value, each name once, BOOL and
 * NULL as literals. Anything else gives undefined, and the caller parses
 * the text and takes canonicalItem of it, which then decides. Pure.
 */

// eslint-disable-next-line no-control-regex -- a control character sends the text to JSON.parse
const CONTROL = /[\u0000-\u001f]/;
/** Thrown inside the pass for what it does not take on. */
const NOT_TAKEN = new Error('not taken');
function canonicalFromWire(text) {
    if (text.indexOf('\\') !== -1 || CONTROL.test(text))
        return undefined;
    const pass = new Pass(text);
    try {
        const out = pass.map(0);
        return pass.at === text.length ? out : undefined;
    }
    catch {
        // NOT_TAKEN, or nesting deeper than the stack: either way the parse decides.
        return undefined;
    }
}
class Pass {
    s;
    at = 0;
    constructor(s) {
        this.s = s;
    }
    /** A map at i ({ name: value, ... }): its canonical text; at is then past its "}". */
    map(i) {
        const s = this.s;
        this.expect(i, 123 /* { */);
        const pairs = [];
        if (s.charCodeAt(i + 1) === 125 /* } */) {
            this.at = i + 2;
            return '{}';
        }
        this.at = i + 1;
        for (;;) {
            const name = this.string();
            this.expect(this.at, 58 /* : */);
            pairs.push([name, this.value(this.at + 1)]);
            const c = s.charCodeAt(this.at);
            if (c === 44 /* , */) {
                this.at++;
                continue;
            }
            this.expect(this.at, 125 /* } */);
            this.at++;
            break;
        }
        if (pairs.length > 1) {
            pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
            // JSON.parse keeps the last of a repeated name: the parse decides.
            for (let k = 1; k < pairs.length; k++)
                if (pairs[k][0] === pairs[k - 1][0])
                    throw NOT_TAKEN;
        }
        let out = '{';
        for (let k = 0; k < pairs.length; k++)
            out += `${k > 0 ? ',' : ''}${(0,verify_digest/* quoted */.TL)(pairs[k][0])}:${pairs[k][1]}`;
        return `${out}}`;
    }
    /** A typed value at i ({"T": payload}): canonicalValue's text. */
    value(i) {
        const s = this.s;
        this.expect(i, 123 /* { */);
        this.at = i + 1;
        const type = this.string();
        this.expect(this.at, 58 /* : */);
        const p = this.at + 1;
        let out;
        switch (type) {
            case 'S':
                this.at = p;
                out = `S${(0,verify_digest/* quoted */.TL)(this.string())}`;
                break;
            case 'N':
                this.at = p;
                out = `N${(0,verify_digest/* num */.bu)(this.string())}`;
                break;
            case 'B':
                this.at = p;
                out = `B${(0,verify_digest/* b64 */.Ly)(this.string())}`;
                break;
            case 'BOOL':
                out = this.literal(p, 'true') ? 'T' : this.literal(p, 'false') ? 'F' : fail();
                break;
            case 'NULL':
                out = this.literal(p, 'true') ? 'Z' : fail();
                break;
            case 'SS':
                out = `SS${(0,verify_digest/* sortedList */.UB)(this.strings(p).map(verify_digest/* quoted */.TL))}`;
                break;
            case 'NS':
                out = `NS${(0,verify_digest/* sortedList */.UB)(this.strings(p).map(verify_digest/* num */.bu))}`;
                break;
            case 'BS':
                out = `BS${(0,verify_digest/* sortedList */.UB)(this.strings(p).map(verify_digest/* b64 */.Ly))}`;
                break;
            case 'M':
                out = `M${this.map(p)}`;
                break;
            case 'L': {
                this.expect(p, 91 /* [ */);
                out = 'L[';
                if (s.charCodeAt(p + 1) === 93 /* ] */)
                    this.at = p + 2;
                else {
                    this.at = p + 1;
                    for (let k = 0;; k++) {
                        out += (k > 0 ? ',' : '') + this.value(this.at);
                        if (s.charCodeAt(this.at) === 44 /* , */) {
                            this.at++;
                            continue;
                        }
                        this.expect(this.at, 93 /* ] */);
                        this.at++;
                        break;
                    }
                }
                out += ']';
                break;
            }
            default:
                return fail();
        }
        // One type key only: a second would be canonicalValue's choice to make.
        this.expect(this.at, 125 /* } */);
        this.at++;
        return out;
    }
    /** A list of strings at i: the strings; at is then past its "]". */
    strings(i) {
        this.expect(i, 91 /* [ */);
        const out = [];
        if (this.s.charCodeAt(i + 1) === 93 /* ] */) {
            this.at = i + 2;
            return out;
        }
        this.at = i + 1;
        for (;;) {
            out.push(this.string());
            const c = this.s.charCodeAt(this.at);
            if (c === 44 /* , */) {
                this.at++;
                continue;
            }
            this.expect(this.at, 93 /* ] */);
            this.at++;
            return out;
        }
    }
    /** The string whose quote is at `at` (no backslash in the text: its characters as they are); at is then past it. */
    string() {
        const s = this.s;
        this.expect(this.at, 34 /* " */);
        const end = s.indexOf('"', this.at + 1);
        if (end === -1)
            throw NOT_TAKEN;
        const out = s.slice(this.at + 1, end);
        this.at = end + 1;
        return out;
    }
    literal(i, word) {
        if (!this.s.startsWith(word, i))
            return false;
        this.at = i + word.length;
        return true;
    }
    expect(i, code) {
        if (this.s.charCodeAt(i) !== code)
            throw NOT_TAKEN;
    }
}
function fail() {
    throw NOT_TAKEN;
}

;// CONCATENATED MODULE: ./src/verify/live-scan.ts




/** The digest, or null when the table no longer exists. */
async function liveDigest(scan) {
    const digest = new verify_digest/* Digest */.np();
    let failed = false;
    const segment = async (n) => {
        let startKey;
        do {
            if (failed || scan.stopped?.())
                return;
            const resource = `table ${scan.table} segment ${n}`;
            const page = await (0,scan_page/* scanItemsPage */.dl)(scan.client, { TableName: scan.table, Segment: n, TotalSegments: scan.segments, ConsistentRead: true, ExclusiveStartKey: startKey }, resource);
            scan.onItems(addPage(digest, page, resource));
            startKey = page.lastEvaluatedKey;
        } while (startKey);
    };
    const settled = await Promise.allSettled(Array.from({ length: scan.segments }, (_, n) => segment(n).catch((err) => {
        failed = true;
        throw err;
    })));
    const failure = settled.find((s) => s.status === 'rejected');
    if (failure) {
        if ((0,clients_errors/* kindOf */.I)(failure.reason) === 'not-found')
            return null;
        throw failure.reason;
    }
    return digest.value();
}
/** Adds a page's items to the digest; returns how many. */
function addPage(digest, page, resource) {
    const bounds = (0,scan_page/* pageBounds */.Te)(page);
    if (bounds === null) {
        const items = (0,scan_page/* pageItems */.Gj)(page, resource);
        for (const item of items)
            digest.add(item);
        return items.length;
    }
    for (const [start, end] of bounds) {
        const text = page.items.toString('utf8', start, end);
        const canonical = canonicalFromWire(text);
        if (canonical !== undefined)
            digest.addCanonical(canonical);
        else
            digest.add((0,scan_page/* pageItem */.FW)(text, resource));
    }
    return bounds.length;
}

;// CONCATENATED MODULE: ./src/verify/live-check.ts



/**
 * Starts scanning every table (not with --since, which reads an
 * incremental export instead): null then. A scan's failure is held for
 * checkLive, never left unhandled.
 */
function startLiveScans(tables, inputs) {
    if (inputs.since !== undefined)
        return null;
    const client = inputs.dynamo;
    if (!client)
        throw new Error('internal: verify --live needs a DynamoDB client');
    let stopped = false;
    const scans = new Map();
    let previous = Promise.resolve();
    for (const { info } of tables) {
        const running = { scanned: 0, onItems: () => { }, digest: Promise.resolve(null) };
        const after = previous;
        running.digest = (async () => {
            await after.catch(() => { });
            return liveDigest({
                client,
                table: info.table,
                segments: inputs.segments,
                stopped: () => stopped,
                onItems: (n) => {
                    running.scanned += n;
                    running.onItems(n);
                },
            });
        })();
        running.digest.catch(() => { });
        previous = running.digest;
        scans.set(info.table, running);
    }
    return {
        scans,
        stop: () => {
            stopped = true;
        },
    };
}
/** Each exported table now against the export's digest of it (`exported`, by table); a table that changed is logged as an error. */
async function checkLive(tables, exported, source, inputs, reporter, started = startLiveScans(tables, inputs)) {
    if (inputs.since !== undefined) {
        const found = await liveFromChanges(inputs.since, source, inputs.stage, tables.map((t) => ({ collection: t.collection, table: t.info.table })), inputs.s3);
        reporter.info(`live: read the incremental export ${found.location} (${found.fromTime} to ${found.toTime}) instead of scanning`);
        return found.tables.map((c) => {
            const same = c.changedIds.length === 0;
            if (!same)
                reporter.error(`table ${c.table}: ${changedLine(c.changedIds)}`);
            return {
                collection: c.collection,
                table: c.table,
                exported: exported.get(c.table),
                live: same ? exported.get(c.table) : null,
                same,
                changedIds: c.changedIds,
            };
        });
    }
    if (!started)
        throw new Error('internal: verify --live scans were not started');
    const live = [];
    for (const { collection, info } of tables) {
        const scan = started.scans.get(info.table);
        const progress = reporter.progress(`live ${info.table}`, { unit: 'items', total: info.itemCount });
        if (scan.scanned > 0)
            progress.add(scan.scanned);
        scan.onItems = (n) => progress.add(n);
        const now = await scan.digest;
        const before = exported.get(info.table);
        const same = now !== null && (0,verify_digest/* sameDigest */.VB)(before, now);
        progress.done(same ? 'same as the export' : 'differs from the export');
        if (!same)
            reporter.error(`table ${info.table}: ${liveLine(before, now)}`);
        live.push({ collection, table: info.table, exported: before, live: now, same });
    }
    return live;
}
/** The ids written since the export, as an incremental export shows them (at most 20 named). */
function changedLine(ids) {
    const named = ids.slice(0, 20).join(', ');
    return `${ids.length} item${ids.length === 1 ? '' : 's'} written after the export (${named}${ids.length > 20 ? `, and ${ids.length - 20} more` : ''})`;
}
function liveLine(before, now) {
    if (now === null)
        return 'the table no longer exists';
    if ((0,verify_digest/* sameDigest */.VB)(before, now))
        return `${now.count} items, same as the export`;
    const delta = now.count - before.count;
    return delta === 0
        ? `same item count (${now.count}) but the content differs from the export: written after the export`
        : `${now.count} items now, ${before.count} in the export (${delta > 0 ? '+' : ''}${delta}): written after the export`;
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
    // The live tables are scanned while the collections are checked (live-check.ts).
    const scans = options.live ? startLiveScans(tables, liveInputs) : null;
    try {
        // An s3:// export is read through the main thread's client: no workers; nor for fewer items than they pay for.
        const items = jobs.reduce((n, j) => n + j.info.itemCount, 0);
        const workers = from.kind === 's3' || (options.workersWhereTheyPay && items < WORKERS_MIN_ITEMS) ? 1 : (options.workers ?? 1);
        const checked = await checkCollections(jobs, source, from, workers, reporter);
        facts.use.notes.push(...checked.notes);
        const others = options.selected ? [] : await otherDataFiles(dataDirAbs, dataDir, new Set(tables.map((t) => t.collection)), maxLength);
        const collections = [...checked.collections, ...others];
        const live = options.live ? await checkLive(tables, checked.exported, source, liveInputs, reporter, scans) : null;
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
        ...liveBad.map((l) => `${l.table}: ${l.changedIds ? changedLine(l.changedIds) : liveLine(l.exported, l.live)}`),
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
            workers: (0,worker_pool/* workerCount */.Mo)(),
            workersWhereTheyPay: (0,worker_pool/* workersByDefault */.q1)(),
        }, {
            reporter: ctx.reporter,
            ...(from.kind === 's3' || since?.kind === 's3' ? { s3: await (0,clients.s3For)(ctx) } : {}),
            ...(options.live && !since ? { dynamo: (0,clients.dynamoFor)(ctx) } : {}),
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

/***/ 4327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eX: () => (/* binding */ openChanges),
/* harmony export */   ky: () => (/* binding */ keyOfItem),
/* harmony export */   nD: () => (/* binding */ isIncrementalExport),
/* harmony export */   nc: () => (/* binding */ latestChanges)
/* harmony export */ });
/* unused harmony exports changeRecordOf, keyText */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _data_file_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57699);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90014);
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92261);
/* harmony import */ var _native_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89022);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38495);






const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Parses one line of an incremental export's data file; errors name the file and line, never values. */
function changeRecordOf(value, where) {
    if (!isObject(value.Keys))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: expected a change record with Keys (an incremental export's data line)`);
    const meta = value.Metadata;
    const stamp = isObject(meta) ? meta.WriteTimestampMicros : undefined;
    // AWS writes it typed as DynamoDB JSON ({"N": "…"}); a bare number is taken too.
    const raw = isObject(stamp) ? stamp.N : stamp;
    if ((typeof raw !== 'string' && typeof raw !== 'number') || !/^\d+$/.test(String(raw))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: Metadata.WriteTimestampMicros is missing or not a whole number`);
    }
    if (value.NewImage !== undefined && !isObject(value.NewImage))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: NewImage is not a map`);
    if (value.OldImage !== undefined && !isObject(value.OldImage))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: OldImage is not a map`);
    return {
        keys: value.Keys,
        ...(value.NewImage ? { newImage: value.NewImage } : {}),
        ...(value.OldImage ? { oldImage: value.OldImage } : {}),
        writeMicros: BigInt(raw),
    };
}
/** One text per key (key attributes are S, N or B, written by DynamoDB the same way each time), in name order. */
function keyText(keys) {
    return JSON.stringify(Object.keys(keys)
        .sort()
        .map((k) => [k, keys[k]]));
}
/** The key of an item, by the attribute names a change record's Keys use. */
function keyOfItem(item, names) {
    const keys = {};
    for (const n of names) {
        if (item[n] === undefined)
            return null;
        keys[n] = item[n];
    }
    return keyText(keys);
}
/** Collapses records to one per item: the latest write wins (a later window's, or the later timestamp within one). */
async function latestChanges(records) {
    const out = new Map();
    for await (const r of records) {
        const key = keyText(r.keys);
        const had = out.get(key);
        if (had && had.writeMicros > r.writeMicros)
            continue;
        out.set(key, { keys: r.keys, newImage: r.newImage ?? null, writeMicros: r.writeMicros });
    }
    return out;
}
async function openChanges(from, opts = {}) {
    const store = await (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .storeAt */ .f)(from, opts.s3);
    const text = await store.readText(_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_MANIFEST */ .Aw);
    const label = store.describe(_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_MANIFEST */ .Aw);
    const value = text === null ? null : (0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_2__.parseJsonText)(text, label);
    if (!(0,_native_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .isNativeRun */ .bi)(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${store.root}: not an incremental export (no ${_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_MANIFEST */ .Aw} of export --native --since there); give the prefix export --native --since wrote`);
    }
    const run = (0,_native_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .parseNativeRun */ .iS)(value, label);
    if (run.exportType !== 'INCREMENTAL_EXPORT')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${store.root}: a full export, not an incremental one; give the prefix export --native --since wrote`);
    if (run.status !== 'complete') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${store.root}: the incremental export is incomplete; finish it with export --native --since … --resume --s3-uri ${store.root}`);
    }
    if (!run.fromTime || !run.toTime)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label}: an incremental export without fromTime and toTime; the manifest was edited`);
    const planned = new Map();
    const tables = [];
    for (const t of run.tables) {
        const exports = [];
        let records = 0;
        for (const e of t.exports) {
            if (!e.dir)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label}: table ${t.table} has an export without a folder; the manifest was edited`);
            const p = await planExport(store, e.dir, t.table);
            records += p.files.reduce((n, f) => n + f.itemCount, 0);
            exports.push(p);
        }
        planned.set(t.table, exports);
        tables.push({ table: t.table, collection: t.collection, records, location: store.root });
    }
    let read = 0;
    return {
        location: store.root,
        stage: run.stage,
        ...(run.since ? { since: run.since } : {}),
        fromTime: run.fromTime,
        toTime: run.toTime,
        ...(run.endTime ? { endTime: run.endTime } : {}),
        tables,
        get recordsRead() {
            return read;
        },
        records(table) {
            const t = tables.find((x) => x.table === table || x.collection === table);
            if (!t)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`table ${table} is not in the incremental export at ${store.root}; it holds ${tables.map((x) => x.table).join(', ') || 'no tables'}`);
            const exports = planned.get(t.table);
            return (async function* () {
                for (const e of exports) {
                    for (const f of e.files) {
                        const raw = await e.store.open(f.key);
                        for await (const r of (0,_data_file_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .readDataFile */ .l)(raw, e.store.describe(f.key), { itemCount: f.itemCount, checksum: { algorithm: 'md5', base64: f.md5 } }, changeRecordOf)) {
                            read++;
                            yield r;
                        }
                    }
                }
            })();
        },
    };
}
/**
 * One window's export: its summary must say INCREMENTAL_EXPORT of this
 * table, and its data files lie under the AWSDynamoDB folder (AWS names
 * them from the bucket root, with the prefix, in the export's own data/ or
 * the folder's shared data/).
 */
async function planExport(root, dir, table) {
    const exportStore = root.sub(dir);
    const aws = root.sub('AWSDynamoDB');
    const id = dir.slice('AWSDynamoDB/'.length);
    const summaryLabel = exportStore.describe(_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .SUMMARY_MANIFEST */ .rB);
    const summaryText = await exportStore.readText(_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .SUMMARY_MANIFEST */ .rB);
    if (summaryText === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${summaryLabel}: missing; the export is incomplete or was moved, copy it again whole`);
    const summary = (0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_2__.parseNativeSummary)(summaryText, summaryLabel);
    if (summary.exportType !== 'INCREMENTAL_EXPORT')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${summaryLabel}: a ${summary.exportType ?? 'FULL_EXPORT'}, not an incremental export; the manifest was edited`);
    if (summary.outputFormat !== 'DYNAMODB_JSON')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${summaryLabel}: output format ${summary.outputFormat} is not supported; export again with DYNAMODB_JSON`);
    const summaryTable = summary.tableArn.slice(summary.tableArn.lastIndexOf('/') + 1);
    if (summaryTable !== table)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${summaryLabel}: is for table ${summaryTable}, not ${table}; the manifest was edited`);
    const filesRel = relativeToAws(summary.manifestFilesS3Key ?? `${id}/${_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .FILES_MANIFEST */ .o5}`, id, summaryLabel, false);
    const filesLabel = aws.describe(filesRel);
    const filesText = await aws.readText(filesRel);
    if (filesText === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${filesLabel}: missing; the export is incomplete or was moved, copy it again whole`);
    const entries = (0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_2__.parseNativeFiles)(filesText, filesLabel);
    const sum = entries.reduce((n, e) => n + e.itemCount, 0);
    if (sum !== summary.itemCount)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${filesLabel}: lists ${sum} records but ${_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .SUMMARY_MANIFEST */ .rB} says ${summary.itemCount}; the export was edited or damaged`);
    return {
        store: aws,
        files: entries.map((e) => ({ key: relativeToAws(e.dataFileS3Key, id, filesLabel, true), itemCount: e.itemCount, md5: e.md5Checksum })),
    };
}
/** A key from a manifest, made relative to the AWSDynamoDB folder; only this export's files or the shared data/ folder. */
function relativeToAws(key, id, label, data) {
    const at = key.lastIndexOf('AWSDynamoDB/');
    const rest = at >= 0 ? key.slice(at + 'AWSDynamoDB/'.length) : key;
    const parts = rest.split('/');
    const ok = !parts.some((p) => p === '' || p === '.' || p === '..') &&
        (data ? rest.startsWith('data/') || rest.startsWith(`${id}/data/`) : rest === `${id}/${_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .FILES_MANIFEST */ .o5}`);
    if (!ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label}: key ${JSON.stringify(key)} is outside this export's files; the manifest was edited`);
    return rest;
}
/** Whether the location holds an incremental export (our export.json says so); a missing or foreign one is not. */
async function isIncrementalExport(location, opts = {}) {
    if (location.kind === 's3' && !opts.s3)
        return false;
    const store = await (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .storeAt */ .f)(location, opts.s3);
    const text = await store.readText(_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_MANIFEST */ .Aw).catch(() => null);
    if (text === null)
        return false;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return false;
    }
    return (0,_native_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .isNativeRun */ .bi)(value) && value.exportType === 'INCREMENTAL_EXPORT';
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


/***/ })

};
