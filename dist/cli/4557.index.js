export const id = 4557;
export const ids = [4557,9586];
export const modules = {

/***/ 99586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   silentReporter: () => (/* binding */ silentReporter)
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

/***/ 62358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ compareCollection),
/* harmony export */   v: () => (/* binding */ notCompared)
/* harmony export */ });
/* harmony import */ var _clients_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67137);
/* harmony import */ var _collection_collect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89995);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78440);
/* harmony import */ var _collection_size_limit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33097);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_reporter_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99586);
/* harmony import */ var _merge_side_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59525);
/* harmony import */ var _table_scan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88470);








function notCompared(t, note) {
    return { collection: t.collection, table: t.table, compared: false, note, counts: null, migration: null };
}
/** One collection compared with its backup; what the rollback would refuse, or a scan it may not make, is a note, not a failure. */
async function compareCollection(client, job, reporter) {
    try {
        return { result: await compareOne(client, job, reporter) };
    }
    catch (err) {
        const kind = (0,_clients_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(err);
        if (kind === 'not-found')
            return { result: notCompared(job, 'table missing (gone during the scan)') };
        if (kind === 'denied') {
            // A preflight role may lack Scan: the rest of status still answers.
            return {
                result: notCompared(job, 'no permission for dynamodb:Scan'),
                warning: `${job.collection}: not compared with the migration backup: no permission for dynamodb:Scan on ${job.table} (or run status with ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7)('scan')}=false)`,
            };
        }
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz) {
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
        items: () => (0,_table_scan_js__WEBPACK_IMPORTED_MODULE_7__/* .scanTable */ .S)(client, t.table, job.segments),
        readItems: (_table, line) => (0,_table_scan_js__WEBPACK_IMPORTED_MODULE_7__/* .readTable */ .x)(client, t.table, job.segments, line),
    };
    const fidelity = { keys: job.keys, rules: job.rules, generatedIds: job.generatedIds };
    // The backup file's absence becomes this collection's note; precision is the rollback's to report (status shows no values).
    const quiet = { ..._core_reporter_js__WEBPACK_IMPORTED_MODULE_5__.silentReporter, progress: (label, o) => reporter.progress(label, o) };
    // Counted, never written: the backup's texts need no check against the writer's.
    const loaded = await (0,_collection_collect_js__WEBPACK_IMPORTED_MODULE_1__/* .loadCollection */ .Z)({ collection: t.collection, table: t.table, exported }, job.dataDir, job.backupDir, source, quiet, () => { }, fidelity, undefined, _collection_size_limit_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_STRING_LENGTH */ .M, 'count');
    // Only the sides' states are read below: no base body is needed again.
    loaded.release();
    const { theirs } = loaded.input;
    let same = 0;
    let deleted = 0;
    for (const s of theirs.state) {
        if (s === _merge_side_js__WEBPACK_IMPORTED_MODULE_6__/* .SAME */ .v6)
            same++;
        else if (s === _merge_side_js__WEBPACK_IMPORTED_MODULE_6__/* .ABSENT */ .sj)
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


/***/ }),

/***/ 27853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STATUS_ROLE: () => (/* binding */ STATUS_ROLE),
/* harmony export */   WORKERS_MIN_ITEMS: () => (/* binding */ WORKERS_MIN_ITEMS),
/* harmony export */   statusInWorker: () => (/* binding */ statusInWorker),
/* harmony export */   workersPay: () => (/* binding */ workersPay)
/* harmony export */ });
/* harmony import */ var _core_recorded_reporter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57161);
/* harmony import */ var _compare_collection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62358);


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
    const { reporter, events } = (0,_core_recorded_reporter_js__WEBPACK_IMPORTED_MODULE_1__/* .recordingReporter */ .l)();
    onReporter(reporter);
    const outcome = await (0,_compare_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCollection */ .Y)(client, job, reporter);
    return { outcome, events };
}


/***/ }),

/***/ 88470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ scanTable),
/* harmony export */   x: () => (/* binding */ readTable)
/* harmony export */ });
/* harmony import */ var _export_format_scan_page_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85149);

/** Pages fetched ahead of the consumer, per segment: enough to keep requests in flight, little enough to stay small. */
const PAGES_AHEAD = 2;
async function* scanTable(client, table, segments) {
    for await (const { page, resource } of scanPages(client, table, segments)) {
        const items = (0,_export_format_scan_page_js__WEBPACK_IMPORTED_MODULE_0__/* .pageItems */ .Gj)(page, resource);
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
        const bounds = (0,_export_format_scan_page_js__WEBPACK_IMPORTED_MODULE_0__/* .pageBounds */ .Te)(page);
        if (bounds === null) {
            for (const wire of (0,_export_format_scan_page_js__WEBPACK_IMPORTED_MODULE_0__/* .pageItems */ .Gj)(page, resource))
                yield { wire };
            continue;
        }
        for (const [start, end] of bounds) {
            const text = page.items.toString('utf8', start, end);
            const plain = line(`{"Item":${text}}`);
            yield plain === undefined ? { wire: (0,_export_format_scan_page_js__WEBPACK_IMPORTED_MODULE_0__/* .pageItem */ .FW)(text, resource) } : { plain };
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
            const page = await (0,_export_format_scan_page_js__WEBPACK_IMPORTED_MODULE_0__/* .scanItemsPage */ .dl)(client, { TableName: table, Segment: n, TotalSegments: segments, ConsistentRead: true, ExclusiveStartKey: startKey }, resource);
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


/***/ })

};
