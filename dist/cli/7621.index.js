export const id = 7621;
export const ids = [7621];
export const modules = {

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

/***/ 37621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkLive: () => (/* binding */ checkLive),
  startLiveScans: () => (/* binding */ startLiveScans)
});

// EXTERNAL MODULE: ./src/verify/digest.ts
var verify_digest = __webpack_require__(23909);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/location.ts
var core_location = __webpack_require__(91324);
// EXTERNAL MODULE: ./src/export-format/changes-reader.ts
var changes_reader = __webpack_require__(4327);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
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
// EXTERNAL MODULE: ./src/verify/canonical-wire.ts
var canonical_wire = __webpack_require__(94213);
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
        const canonical = (0,canonical_wire/* canonicalFromWire */.o)(text);
        if (canonical !== undefined)
            digest.addCanonical(canonical);
        else
            digest.add((0,scan_page/* pageItem */.FW)(text, resource));
    }
    return bounds.length;
}

// EXTERNAL MODULE: ./src/verify/live-lines.ts
var live_lines = __webpack_require__(5353);
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
                reporter.error(`table ${c.table}: ${(0,live_lines/* changedLine */.Z)(c.changedIds)}`);
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
            reporter.error(`table ${info.table}: ${(0,live_lines/* liveLine */.j)(before, now)}`);
        live.push({ collection, table: info.table, exported: before, live: now, same });
    }
    return live;
}


/***/ })

};
