export const id = 7064;
export const ids = [7064,9586];
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

/***/ 57064:
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
// EXTERNAL MODULE: ./src/export-format/manifest-schema.ts
var manifest_schema = __webpack_require__(92261);
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
        const cp = text === null ? freshCheckpoint(segment, totalSegments) : (0,manifest_schema/* parseCheckpoint */.S7)(text, file);
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
    return { empty: false, run: (0,manifest_schema/* parseRunManifest */.YD)(text, file) };
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
    const reporter = deps.reporter ?? core_reporter.silentReporter;
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
    const s3Module = s3Loc ? await Promise.all(/* import() */[__webpack_require__.e(2358), __webpack_require__.e(3566)]).then(__webpack_require__.bind(__webpack_require__, 63566)) : undefined;
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
        const summary = (0,manifest_schema/* parseTableSummary */.AD)(await (0,promises_.readFile)(summaryPath, 'utf8'), summaryPath);
        const files = (0,manifest_schema/* parseFilesManifest */.aF)(await (0,promises_.readFile)(filesPath, 'utf8'), filesPath).map((e) => ownDataFile(e, t.dir, filesPath));
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

// EXTERNAL MODULE: ./src/config/tables.ts
var tables = __webpack_require__(25665);
// EXTERNAL MODULE: ./src/core/location.ts
var core_location = __webpack_require__(91324);
// EXTERNAL MODULE: ./src/commands/clients.ts
var clients = __webpack_require__(67174);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(53711);
// EXTERNAL MODULE: ./src/clients/retry.ts
var retry = __webpack_require__(83242);
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
        throw new core_errors/* FailedError */.Kl(`${(0,errors/* whereOf */.de)(client.scope)} answered DescribeExport ${arn} without a description, which DynamoDB never does`);
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
        throw new core_errors/* FailedError */.Kl(`${(0,errors/* whereOf */.de)(client.scope)} answered ExportTableToPointInTime for table ${req.table} without an export ARN, which DynamoDB never does`);
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
                throw new core_errors/* FailedError */.Kl(`table ${e.table}: DynamoDB's export ${e.arn} failed (${d.FailureCode ?? 'no FailureCode'}${d.FailureMessage ? `: ${d.FailureMessage}` : ''}); fix what it names (the bucket's policy, the KMS key) and export again to an empty prefix`);
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
            throw new core_errors/* FailedError */.Kl(`DynamoDB is still exporting ${left.join(', ')} after ${Math.round(o.timeoutMs / 1000)}s (${(0,option_name/* opt */.m7)('timeout')}); the exports go on in AWS: run the same command with ${(0,option_name/* opt */.m7)('resume')} to wait for them, or allow more with ${(0,option_name/* opt */.m7)('timeout')}`);
        }
        await (o.sleep ?? retry/* defaultSleep */.JG)(o.pollMs);
    }
}

// EXTERNAL MODULE: ./src/export-format/store.ts
var export_format_store = __webpack_require__(38495);
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
        throw new core_errors/* InputError */.dz(`${option} ${JSON.stringify(value)}: expected an ISO 8601 time such as 2026-12-01T09:30:00Z`);
    return ms;
}
async function runNativeExport(opts, deps) {
    const reporter = deps.reporter ?? core_reporter.silentReporter;
    const now = deps.now ?? (() => new Date());
    const started = now();
    if (!deps.s3)
        throw new Error('internal: export --native needs an S3 client');
    if (opts.sse.algorithm === 'aws:kms' && !opts.sse.kmsKeyId)
        throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('sse')} aws:kms needs ${(0,option_name/* opt */.m7)('kms-key-id')}`);
    const loc = opts.s3Uri;
    const s3 = deps.s3;
    if (opts.tables.length === 0)
        throw new core_errors/* InputError */.dz(`export: no tables to export; set tables in the config or pass ${(0,option_name/* opt */.m7)('tables')}`);
    // 1. What is there already.
    const existing = await readRun(s3, loc);
    if (existing && !opts.resume)
        throw new core_errors/* InputError */.dz(`${(0,s3_uri/* s3UriOf */.il)(loc)} already holds an export (${layout/* RUN_MANIFEST */.Aw}); choose an empty prefix, or pass ${(0,option_name/* opt */.m7)('resume')} to pick up the exports started there`);
    if (existing && existing.stage !== opts.stage)
        throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('resume')}: the export at ${(0,s3_uri/* s3UriOf */.il)(loc)} is of stage ${existing.stage}, not ${opts.stage}; resume with ${(0,option_name/* opt */.m7)('stage')} ${existing.stage}`);
    if (existing && (existing.exportType === 'INCREMENTAL_EXPORT') !== (opts.since !== undefined)) {
        throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('resume')}: the export at ${(0,s3_uri/* s3UriOf */.il)(loc)} is ${existing.exportType === 'INCREMENTAL_EXPORT' ? `an incremental one: pass ${(0,option_name/* opt */.m7)('since')} as before` : `a full one: drop ${(0,option_name/* opt */.m7)('since')}`}`);
    }
    const recorded = existing?.exportTime ?? existing?.toTime;
    if (existing && opts.exportTime !== undefined && Date.parse(opts.exportTime) !== Date.parse(recorded ?? '')) {
        throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('resume')}: the export at ${(0,s3_uri/* s3UriOf */.il)(loc)} is of ${recorded}, not ${(0,option_name/* opt */.m7)('export-time')} ${opts.exportTime}; drop ${(0,option_name/* opt */.m7)('export-time')} to resume it`);
    }
    if (!existing) {
        const { checkS3Target } = await Promise.all(/* import() */[__webpack_require__.e(2358), __webpack_require__.e(3566)]).then(__webpack_require__.bind(__webpack_require__, 63566));
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
            throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('export-time')} ${opts.exportTime} is in the future; give a time in the past, or leave it out for now`);
        if (opts.since === undefined)
            exportTime = new Date(at).toISOString();
        else {
            const since = await (deps.sinceTime ?? noSince)(opts.since);
            if (since.stage !== undefined && since.stage !== opts.stage)
                throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('since')} ${(0,core_location/* describeLocation */.lR)(opts.since)} is an export of stage ${since.stage}, not ${opts.stage}`);
            const from = secondsOf(Date.parse(since.time));
            if (!(from < at))
                throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('since')} ${(0,core_location/* describeLocation */.lR)(opts.since)} was taken at ${since.time}, not before ${new Date(at).toISOString()}; give an earlier export`);
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
            throw new core_errors/* InputError */.dz(`export --native: ${why}; ${pitr.enabled ? 'give a later time' : 'turn it on (UpdateContinuousBackups; it starts the window from now), or export by scan'}`);
        latest.set(ref.table, pitr.latest ?? '');
    }
    // DynamoDB can export a time only once it is restorable (a few minutes after it): wait for that, within --timeout.
    const end = toTime ?? exportTime;
    const deadline = started.getTime() + opts.timeoutSeconds * 1000;
    for (const ref of refs) {
        let l = latest.get(ref.table);
        while (l < end) {
            if (now().getTime() + (deps.pollMs ?? 15_000) > deadline) {
                throw new core_errors/* InputError */.dz(`export --native: table ${ref.table} can be exported up to ${l} so far, not yet at ${end}; wait a few minutes, or allow more with ${(0,option_name/* opt */.m7)('timeout')}`);
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
    const store = (0,export_format_store/* s3Store */.yc)(s3, loc);
    const text = await store.readText(layout/* RUN_MANIFEST */.Aw);
    if (text === null)
        return null;
    const label = store.describe(layout/* RUN_MANIFEST */.Aw);
    const value = (0,manifest_schema/* parseJsonText */.lk)(text, label);
    if (!(0,native_layout/* isNativeRun */.bi)(value))
        throw new core_errors/* InputError */.dz(`${(0,s3_uri/* s3UriOf */.il)(loc)} holds an export that is not a native one (${layout/* RUN_MANIFEST */.Aw}); choose an empty prefix for export --native`);
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
;// CONCATENATED MODULE: ./src/export/native-since.ts








async function timeOfExport(location, s3) {
    const store = (0,export_format_store/* storeAt */.f6)(location, s3);
    const text = await store.readText(layout/* RUN_MANIFEST */.Aw);
    const value = text === null ? null : (0,manifest_schema/* parseJsonText */.lk)(text, store.describe(layout/* RUN_MANIFEST */.Aw));
    if ((0,native_layout/* isNativeRun */.bi)(value)) {
        const run = (0,native_layout/* parseNativeRun */.iS)(value, store.describe(layout/* RUN_MANIFEST */.Aw));
        if (run.status === 'complete' && run.exportType === 'INCREMENTAL_EXPORT' && run.toTime)
            return { time: run.toTime, stage: run.stage };
    }
    const source = await (0,reader/* openExport */.V)(location, { s3 });
    if (!source.startTime)
        throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('since')} ${(0,core_location/* describeLocation */.lR)(location)}: the export records no time; give an export made by export (or a native one)`);
    return { time: source.startTime, ...(source.stage !== undefined ? { stage: source.stage } : {}) };
}

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
        throw new core_errors/* InputError */.dz(`export --native: ${(0,option_name/* opt */.m7)('s3-uri')} is required (DynamoDB writes the export to S3: s3://bucket/prefix)`);
    if (o.segments !== undefined)
        throw new core_errors/* InputError */.dz(`export --native: ${(0,option_name/* opt */.m7)('segments')} is for a scan; DynamoDB chooses its own parallelism: drop ${(0,option_name/* opt */.m7)('segments')}`);
    const exportTime = o['export-time'] === undefined ? undefined : (0,parse_value/* isoTime */.Ly)(o['export-time'], (0,option_name/* opt */.m7)('export-time'));
    const since = o.since === undefined ? undefined : (0,core_location/* parseLocation */.zS)(o.since, 'since', ctx.cwd);
    const s3Uri = (0,core_location/* parseS3Uri */.yc)(o['s3-uri']);
    const s3 = (0,clients.s3For)(ctx);
    const dynamo = (0,clients.dynamoFor)(ctx);
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
    return runExport({
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
        if ((0,read_option/* readOption */.g)(o, 'native'))
            return runNativeCommand(ctx);
        for (const name of ['since', 'export-time']) {
            if (o[name] !== undefined)
                throw new core_errors/* InputError */.dz(`export: ${(0,option_name/* opt */.m7)(name)} goes with ${(0,option_name/* opt */.m7)('native')} (DynamoDB's own export); add ${(0,option_name/* opt */.m7)('native')}, or drop ${(0,option_name/* opt */.m7)(name)}`);
        }
        const resume = (0,read_option/* readOption */.g)(o, 'resume');
        const selected = (0,tables/* selectTables */.e)(ctx.config, o.tables);
        const s3Uri = o['s3-uri'] ? (0,core_location/* parseS3Uri */.yc)(o['s3-uri']) : undefined;
        return runExport({
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
            dynamo: (0,clients.dynamoFor)(ctx),
            ...(o['s3-uri'] ? { s3: (0,clients.s3For)(ctx) } : {}),
            reporter: ctx.reporter,
        });
    },
    present(result) {
        if (isNativeResult(result))
            return presentNative(result);
        const r = result;
        const rate = (items, s) => (s > 0 ? Math.round(items / s).toLocaleString('en-US') : '-');
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
                headline: `${r.totalItems.toLocaleString('en-US')} items from ${r.tables.length} tables in ${r.durationSeconds}s${r.s3Uri ? `, uploaded to ${r.s3Uri}` : ''}`,
                tables: [
                    {
                        headers: ['collection', 'table', 'items', 'segments', 'files', 'size', 'items/s'],
                        rows: r.tables.map((t) => [
                            t.collection,
                            t.table,
                            t.items.toLocaleString('en-US'),
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
  DA: () => (/* binding */ scanPage)
});

// UNUSED EXPORTS: rawItemLines, splitScanBody

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
                if (buf[i] !== OPEN_BRACKET)
                    return null;
                const start = i;
                const items = [];
                let j = skipWs(buf, i + 1);
                if (buf[j] === CLOSE_BRACKET)
                    j++;
                else {
                    for (;;) {
                        if (buf[j] !== OPEN_BRACE)
                            return null;
                        const end = skipValue(buf, j);
                        items.push([j, end]);
                        j = skipWs(buf, end);
                        if (buf[j] === CLOSE_BRACKET) {
                            j++;
                            break;
                        }
                        if (buf[j] !== COMMA)
                            return null;
                        j = skipWs(buf, j + 1);
                    }
                }
                found = { start, end: j, items };
                i = j;
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
 * One Scan page through the client (its retries and classifier); `resource` names the table and segment in messages.
 * countRequired false: a page without a Count is taken as it is (status, which only counts, always has).
 */
async function scanPage(client, input, resource, scratch = { body: {} }, countRequired = true) {
    let raw = null;
    const out = await client.call({ operation: 'Scan', resource }, (sdk) => {
        // A fresh command per attempt: its middleware captures that attempt's body.
        const command = new dist_cjs/* ScanCommand */.Zy5(input);
        raw = null;
        // Runs between the HTTP handler and the SDK's deserializer, on this command only.
        command.middlewareStack.addRelativeTo(((next) => async (args) => {
            const result = await next(args);
            const response = result.response;
            if (response?.statusCode !== 200 || !response.body)
                return result;
            const body = await collect(response.body, Number(response.headers?.['content-length']), scratch.body);
            const split = splitScanBody(body);
            raw = split ? { body, items: split.items } : null;
            // The SDK gets its own copy: the scratch buffer is reused by the next page.
            response.body = external_node_stream_.Readable.from([split ? split.rest : Buffer.from(body)]);
            return result;
        }), { relation: 'after', toMiddleware: 'deserializerMiddleware', name: 'rawScanItems' });
        return sdk.send(command);
    });
    const verbatim = raw;
    const count = verbatim ? verbatim.items.length : (out.Items?.length ?? 0);
    // Scan has no unprocessed items, but a page whose count disagrees must never pass silently.
    // DynamoDB always sends Count: an answer without one (`{}`) would otherwise end the segment as if it were empty.
    if (out.Count === undefined && countRequired) {
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

/***/ 88796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ tempPathFor),
/* harmony export */   GH: () => (/* binding */ TEMP_PATTERN),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   _d: () => (/* binding */ isTempFor),
/* harmony export */   gd: () => (/* binding */ ContentMismatchError),
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
async function writeFileAtomic(target, content, options = {}) {
    const tmp = tempPathFor(target);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    let renamed = false;
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
        const sha256 = hash.digest('hex');
        if (options.unlessSha256 === sha256)
            return { written: false, sha256, bytes };
        if (options.expectSha256 !== undefined && options.expectSha256 !== sha256)
            throw new ContentMismatchError(target);
        await options.hooks?.beforeRename?.(target);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, target);
        renamed = true;
        await syncDir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target));
        return { written: true, sha256, bytes };
    }
    finally {
        // Nor may this cleanup's failure: a temp left behind is recognised by its name and removed by the next run.
        if (!renamed)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true }).catch(() => { });
    }
}
/** Removes temp files a crashed write left in dir (only ours, by name). */
async function removeStaleTemps(dir) {
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)) {
        if (TEMP_PATTERN.test(name))
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


/***/ })

};
