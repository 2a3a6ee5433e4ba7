export const id = 6880;
export const ids = [6880];
export const modules = {

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
        const key = base.keys.at(i);
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
// EXTERNAL MODULE: ./src/convert/json-number.ts + 1 modules
var json_number = __webpack_require__(64150);
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
    // A file-backed base reads back only these.
    for (const positions of input.base.keyless.values()) {
        for (const i of positions) {
            const key = input.base.keys.at(i);
            items.set((0,identity/* idOfKey */.EV)(key), input.base.item(i));
        }
    }
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
/* harmony import */ var _collection_collect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89995);
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
