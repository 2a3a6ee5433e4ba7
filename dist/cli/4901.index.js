export const id = 4901;
export const ids = [4901];
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

/***/ 64901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runComment: () => (/* binding */ runComment)
});

// EXTERNAL MODULE: ./src/record/contents.ts
var contents = __webpack_require__(47939);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/group-digits.ts
var group_digits = __webpack_require__(96199);
;// CONCATENATED MODULE: ./src/finish/comment-body.ts

const COMMENT_MARKER = '<!-- dynamodb-rollback:finish -->';
/** The finish job's steps, in DESIGN.md's order, as the workflow names its outputs. */
const FINISH_STEPS = [
    ['pull', 'pull (the release into the data dir)'],
    ['health-check', "health check (the app's)"],
    ['integration-tests', "integration tests (the app's)"],
    ['verify', 'verify --live against the export'],
    ['maintenance-off', 'maintenance off'],
    ['jobs-start', 'jobs start'],
];
const n = group_digits/* groupDigits */.K;
const code = (s) => `\`${s.replaceAll('`', "'")}\``;
const cell = (s) => s.replace(/[|\r\n]/g, ' ');
const failed = (outcome) => !!outcome && /^(failed|failure|cancelled)/.test(outcome);
function verdictOf(input) {
    const live = input.verify?.live ?? null;
    if (live?.some((l) => !l.same))
        return 'writes-slipped-in';
    const stepsOk = Object.values(input.outcomes).every((o) => !failed(o));
    const finished = input.verify?.ok === true && live !== null && stepsOk && /^(ran|skipped|success)/.test(input.outcomes['maintenance-off'] ?? '');
    return finished ? 'finished' : 'not-finished';
}
/** The catch-up: a fresh export merged on top of the rolled-back files, the rollback's export as the base (DESIGN.md "The chain"). */
function catchUpCommands(input) {
    const s = input.stage;
    const base = input.exportUri ?? "<the rollback's export>";
    return [
        ...(input.release
            ? [`npx dynamodb-rollback pull     --stage ${s} --from ${input.release}   # the rolled-back files, where they are not already`]
            : []),
        `npx dynamodb-rollback export   --stage ${s} --out exports/${s}-catch-up`,
        `npx dynamodb-rollback rollback --stage ${s} --from exports/${s}-catch-up --base ${base}`,
        `npx dynamodb-rollback verify   --stage ${s} --from exports/${s}-catch-up --live`,
        `npx dynamodb-rollback publish  --stage ${s}   # then deliver the release as before`,
    ];
}
function commentBody(input) {
    const verdict = verdictOf(input);
    const v = input.verify;
    const live = v?.live ?? [];
    const out = [COMMENT_MARKER];
    if (verdict === 'finished') {
        const items = live.reduce((s, l) => s + (l.exportItems ?? 0), 0);
        out.push(`### Finished: the switch of **${cell(input.stage)}** lost nothing`, '', `No write reached DynamoDB since the export: ${n(live.length)} tables, ${n(items)} items, unchanged (verify --live against ${code(input.exportUri ?? '?')}). Maintenance is off and jobs are started.`);
    }
    else if (verdict === 'writes-slipped-in') {
        const changed = live.filter((l) => !l.same);
        out.push(`### Writes reached DynamoDB after the export: maintenance stays on`, '', `${n(changed.length)} of ${n(live.length)} tables changed since ${code(input.exportUri ?? 'the export')}. Those writes are not in the files yet; nothing is lost, they are still in DynamoDB. Catch up, then run the finish again:`);
    }
    else {
        out.push(`### Not finished: maintenance stays on`, '', v === null
            ? 'verify --live did not run or left no result; the run says why.'
            : !v.ok
                ? 'verify found the files differ from the export; the run lists the ids.'
                : 'A step failed; the table says which.');
    }
    out.push('', '| step | outcome |', '| --- | --- |');
    const known = new Set(FINISH_STEPS.map(([k]) => k));
    const rows = [
        ...FINISH_STEPS,
        ...Object.keys(input.outcomes)
            .filter((k) => !known.has(k))
            .map((k) => [k, k]),
    ];
    for (const [key, label] of rows)
        out.push(`| ${label} | ${cell(input.outcomes[key] || 'did not run')} |`);
    if (live.length > 0) {
        out.push('', '| table | items in the export | items now | since the export |', '| --- | --- | --- | --- |');
        for (const l of live)
            out.push(`| ${cell(l.table)} | ${n(l.exportItems ?? 0)} | ${l.liveItems === null || l.liveItems === undefined ? 'table gone' : n(l.liveItems)} | ${l.same ? 'unchanged' : '**changed**'} |`);
    }
    const differs = v?.collections.filter((c) => c.status === 'differs' || c.status === 'invalid') ?? [];
    if (differs.length > 0) {
        out.push('', 'Files against the export:', '');
        for (const c of differs)
            out.push(`- ${cell(c.collection)}: ${c.status}; missing ${n(c.missing)}, extra ${n(c.extra)}, changed ${n(c.changed)}`);
    }
    if (verdict === 'writes-slipped-in') {
        out.push('', "Catch-up (a fresh export merged on top, the rollback's export as the base, so each write since is taken):", '', '```sh', ...catchUpCommands(input), '```');
        out.push('', "Then dispatch rollback-finish again against the catch-up's export; it turns maintenance off when no write slipped in.");
    }
    if (input.release)
        out.push('', `Release: ${code(input.release)}`);
    if (input.runUrl)
        out.push('', `[The finish run](${input.runUrl})`);
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/finish/comment.ts




function parseOutcomes(text) {
    let data;
    try {
        data = JSON.parse(text || '{}');
    }
    catch {
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('outcomes')} is not JSON; give an object of step -> outcome, such as \${{ toJSON(needs.finish.outputs) }}`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('outcomes')} must be a JSON object of step -> outcome`);
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v ?? '')]));
}
async function runComment(opts, deps) {
    const outcomes = parseOutcomes(opts.outcomes);
    const verify = opts.verifyResult ? await (0,contents/* readVerifyRecord */.p2)(opts.verifyResult) : null;
    const input = { stage: opts.stage, exportUri: opts.exportUri, release: opts.release, runUrl: opts.runUrl, outcomes, verify };
    const body = commentBody(input);
    const verdict = verdictOf(input);
    if (opts.dryRun)
        return { verdict, body, url: null };
    if (!deps.github || !opts.repository)
        throw new Error('internal: pr-comment needs a GitHub client and a repository');
    return { verdict, body, url: await deps.github.createComment(opts.repository, opts.pullRequest, body) };
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

/***/ 47939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M5: () => (/* binding */ readRollbackRecord),
/* harmony export */   Os: () => (/* binding */ manifestSums),
/* harmony export */   kz: () => (/* binding */ findReport),
/* harmony export */   p2: () => (/* binding */ readVerifyRecord)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_location_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91324);
/* harmony import */ var _fsafe_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52047);
/* harmony import */ var _state_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65013);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78440);
/**
 * What the pull request reports: the rollback's JSON report (given, or the
 * newest beside the data dir), verify's --json result when given, and the
 * export's manifest checksums when the export is a folder here. Ids and
 * counts only; item values are never read. A rollback that refused, failed
 * or was a dry run is refused: the switch must not flip after it.
 */







const isRec = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const ids = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
async function readJson(file, what, option) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${what} ${file} cannot be read (${err.code ?? 'error'}); check ${option}`);
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${what} ${file} is not valid JSON; give the file the tool wrote`);
    }
}
/** The report given, else the newest one beside the data dir; bad input when there is none. */
async function findReport(given, dataDirAbs) {
    if (given)
        return given;
    const dir = (0,_state_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .statePaths */ .mt)(dataDirAbs).reports;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch(() => []);
    const newest = names
        .filter((n) => _state_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .ROLLBACK_REPORT_NAME */ .qL.test(n))
        .sort()
        .pop();
    if (!newest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`no rollback report in ${dir}; run rollback first, or give ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_6__/* .opt */ .m7)('report')}`);
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, newest);
}
async function readRollbackRecord(file) {
    const data = await readJson(file, 'rollback report', (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_6__/* .opt */ .m7)('report'));
    const bad = (why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`rollback report ${file}: ${why}; give the JSON report the rollback wrote`);
    if (!isRec(data) || data.command !== 'rollback')
        throw bad('command is not "rollback"');
    if (data.dryRun === true)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`rollback report ${file} is a dry run: nothing was rolled back, so the switch stays; run the rollback, then config-pr`);
    if (typeof data.refused === 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`rollback report ${file}: that rollback refused and wrote nothing; the switch stays`);
    if (typeof data.failed === 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`rollback report ${file}: that rollback stopped partway; run undo, roll back again, then config-pr`);
    if (!isRec(data.export) || typeof data.export.location !== 'string')
        throw bad('export.location is not a string');
    if (!Array.isArray(data.collections))
        throw bad('collections is not an array');
    const collections = data.collections.map((c, i) => {
        if (!isRec(c) || typeof c.collection !== 'string')
            throw bad(`collections[${i}].collection is not a string`);
        const counts = isRec(c.counts)
            ? Object.fromEntries(Object.entries(c.counts).filter(([, v]) => typeof v === 'number'))
            : {};
        const lost = isRec(c.lost) ? Object.fromEntries(Object.entries(c.lost).map(([k, v]) => [k, ids(v)])) : {};
        const conflicts = Array.isArray(c.conflicts)
            ? c.conflicts.filter(isRec).map((x) => ({ id: String(x.id), kind: String(x.kind), took: String(x.took), result: String(x.result) }))
            : [];
        return {
            collection: c.collection,
            table: typeof c.table === 'string' ? c.table : '',
            exportItems: num(c.exportItems),
            counts,
            conflicts,
            lost,
            deletedIds: ids(c.deletedIds),
        };
    });
    const time = (v) => (typeof v === 'string' ? v : undefined);
    return {
        path: file,
        strategy: String(data.strategy),
        prefer: String(data.prefer),
        allowDataLoss: data.allowDataLoss === true,
        export: { location: data.export.location, startTime: time(data.export.startTime), endTime: time(data.export.endTime) },
        backup: isRec(data.backup) && typeof data.backup.dir === 'string' ? data.backup.dir : null,
        startedAt: String(data.startedAt),
        collections,
        precisionWarnings: Array.isArray(data.precisionWarnings) ? data.precisionWarnings.length : 0,
    };
}
/** verify's result as `verify --json` prints it (or the bare result object). */
async function readVerifyRecord(file) {
    const data = await readJson(file, 'verify result', (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_6__/* .opt */ .m7)('verify-result'));
    const result = isRec(data) && isRec(data.result) ? data.result : data;
    if (!isRec(result) || typeof result.ok !== 'boolean' || !Array.isArray(result.collections)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`verify result ${file}: not verify's result (no ok and collections); give the output of verify --json`);
    }
    const len = (v) => (Array.isArray(v) ? v.length : 0);
    return {
        path: file,
        ok: result.ok,
        collections: result.collections.filter(isRec).map((c) => ({
            collection: String(c.collection),
            status: String(c.status),
            expected: num(c.expected),
            found: num(c.found),
            missing: len(c.missing),
            extra: len(c.extra),
            changed: len(c.changed),
            accounted: len(c.accounted),
        })),
        live: Array.isArray(result.live)
            ? result.live.filter(isRec).map((l) => ({
                table: String(l.table),
                same: l.same === true,
                collection: String(l.collection),
                exportItems: isRec(l.exported) ? num(l.exported.count) : 0,
                // null: the table is gone.
                liveItems: isRec(l.live) ? num(l.live.count) : null,
            }))
            : null,
    };
}
/** sha256 of each table's manifest-files.json, for an export folder readable here. */
async function manifestSums(location, tables, cwd) {
    if ((0,_core_location_js__WEBPACK_IMPORTED_MODULE_3__/* .namesS3 */ .Hv)(location))
        return tables.map((table) => ({ table, sha256: null }));
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, location);
    return Promise.all(tables.map(async (table) => ({ table, sha256: await (0,_fsafe_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, table, 'manifest-files.json')).catch(() => null) })));
}


/***/ }),

/***/ 65013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e2: () => (/* binding */ timestampName),
/* harmony export */   mt: () => (/* binding */ statePaths),
/* harmony export */   qL: () => (/* binding */ ROLLBACK_REPORT_NAME),
/* harmony export */   yW: () => (/* binding */ rollbackReportName)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Where rollback and undo keep their state for one data dir: beside it,
 * never inside it (the app reads the data dir, and a snapshot must not
 * contain itself). Neutral ground: the rollback writes here and verify
 * reads the rollback's report from here, without sharing any other code.
 *
 *   <parent>/.dynamodb-rollback/<data dir name>/lock
 *   <parent>/.dynamodb-rollback/<data dir name>/snapshots/<timestamp>/
 *   <parent>/.dynamodb-rollback/<data dir name>/reports/rollback-<timestamp>.json
 */

function statePaths(dataDir) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dataDir);
    const root = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(abs), '.dynamodb-rollback', node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(abs));
    return { root, lock: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'lock'), snapshots: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'snapshots'), reports: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'reports') };
}
/** A time as a file name (ISO 8601, : and . made -), so name order is time order. */
function timestampName(at) {
    return at.toISOString().replace(/[:.]/g, '-');
}
/** A rollback report's file name: its start time. */
function rollbackReportName(startedAt) {
    return `rollback-${timestampName(startedAt)}.json`;
}
const ROLLBACK_REPORT_NAME = /^rollback-.+\.json$/;


/***/ })

};
