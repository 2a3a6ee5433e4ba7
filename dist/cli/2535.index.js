export const id = 2535;
export const ids = [2535,2261];
export const modules = {

/***/ 57699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readItemsOfFile),
/* harmony export */   l: () => (/* binding */ readDataFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/**
 * Streams the items of one gzip data file while hashing its bytes, then
 * checks the item count and checksum against its manifest entry. Items are
 * yielded as they are read, so an error at the end of a file voids
 * everything read from the export: callers must not keep partial results.
 * Errors name the file and line, never the content.
 */





function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function zlibProblem(err) {
    const code = err.code ?? '';
    const msg = err.message ?? '';
    if (/unexpected end of file/i.test(msg) || code === 'Z_BUF_ERROR')
        return 'the gzip data ends early: the file is truncated';
    if (code.startsWith('Z_'))
        return `not valid gzip data (${code}): the file is damaged`;
    return `cannot be read (${code || err.name || 'error'})`;
}
/** A line's item: {"Item": {...}} of a table export; an incremental export's change records pass their own. */
const itemOf = (value, where) => {
    if (!isObject(value.Item))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${where}: expected {"Item": {...}}`);
    return value.Item;
};
/** readDataFile's items as ReadItems: each line offered to line first, any it does not take parsed. */
function readItemsOfFile(raw, label, expect, line) {
    return readDataFile(raw, label, expect, (value, where) => ({ wire: itemOf(value, where) }), (text) => {
        const plain = line(text);
        return plain === undefined ? undefined : { plain };
    });
}
/** direct: reads a line without JSON.parse when it can (undefined: it cannot, the line is parsed and picked). */
async function* readDataFile(raw, label, expect, pick = itemOf, direct) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(expect.checksum.algorithm);
    const tap = new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        transform(chunk, _encoding, callback) {
            hash.update(chunk);
            callback(null, chunk);
        },
    });
    // Output in 1 MiB pieces rather than zlib's 16 KiB: a quarter of the CPU time for the stream's work per piece.
    const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)({ chunkSize: 1 << 20 });
    const text = (0,node_stream__WEBPACK_IMPORTED_MODULE_1__.pipeline)(raw, tap, gunzip, () => { });
    /** The bytes of a line not ended yet. */
    let tail = null;
    let line = 0;
    let count = 0;
    const parse = (s) => {
        if (direct !== undefined) {
            const read = direct(s);
            if (read !== undefined)
                return read;
        }
        let value;
        try {
            value = JSON.parse(s);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${label} line ${line}: not valid JSON; the file is damaged`);
        }
        if (!isObject(value))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${label} line ${line}: expected a JSON object`);
        return pick(value, `${label} line ${line}`);
    };
    try {
        for await (const chunk of text) {
            let start = 0;
            if (tail !== null) {
                const nl = chunk.indexOf(10);
                if (nl === -1) {
                    tail = Buffer.concat([tail, chunk]);
                    continue;
                }
                // Only the line cut at the chunk's start is joined, not the whole chunk: that copy was a megabyte per chunk.
                const s = Buffer.concat([tail, chunk.subarray(0, nl)]).toString('utf8');
                tail = null;
                start = nl + 1;
                line++;
                if (s.trim() !== '') {
                    count++;
                    yield parse(s);
                }
            }
            for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
                // Each line decoded on its own, which is the whole text's decoding cut at its newlines (a newline byte is never
                // inside a UTF-8 character): no string of a whole chunk (a large object to V8), and a string read from the line
                // (convert/wire-line.ts slices them) holds on to that line only, not to a chunk's text.
                const s = chunk.toString('utf8', start, nl);
                start = nl + 1;
                line++;
                if (s.trim() === '')
                    continue;
                count++;
                yield parse(s);
            }
            tail = start < chunk.length ? Buffer.from(chunk.subarray(start)) : null;
        }
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw err;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${label}: ${zlibProblem(err)}`, { cause: err });
    }
    finally {
        text.destroy();
        raw.destroy();
    }
    const rest = tail === null ? '' : tail.toString('utf8');
    if (rest.trim() !== '') {
        line++;
        count++;
        yield parse(rest);
    }
    if (count !== expect.itemCount) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${label}: holds ${count} items but its manifest says ${expect.itemCount}; the export is damaged or was edited`);
    }
    const c = expect.checksum;
    const actual = c.algorithm === 'sha256' ? hash.digest('hex') : hash.digest('base64');
    const wanted = c.algorithm === 'sha256' ? c.hex : c.base64;
    if (actual !== wanted) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${label}: ${c.algorithm} checksum does not match its manifest; the file was changed or damaged`);
    }
}


/***/ }),

/***/ 92261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseCheckpoint: () => (/* binding */ parseCheckpoint),
/* harmony export */   parseFilesManifest: () => (/* binding */ parseFilesManifest),
/* harmony export */   parseJsonText: () => (/* binding */ parseJsonText),
/* harmony export */   parseNativeFiles: () => (/* binding */ parseNativeFiles),
/* harmony export */   parseNativeSummary: () => (/* binding */ parseNativeSummary),
/* harmony export */   parseRunManifest: () => (/* binding */ parseRunManifest),
/* harmony export */   parseTableSummary: () => (/* binding */ parseTableSummary)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * Validation of every manifest the reader (and --resume) loads, ours and
 * DynamoDB's native ones. A malformed manifest is an InputError naming the
 * file and the field, never the content.
 */


/**
 * The schemas, built on first use: zod builds each where it is defined,
 * 10-20 ms of the start of every command that loads this file, though one
 * that reads no manifest (an export that is not resumed) never needs them.
 */
function buildSchemas() {
    const count = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative();
    const keySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ AttributeName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), KeyType: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['HASH', 'RANGE']) }));
    const runTable = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        table: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        collection: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        dir: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .min(1)
            .refine((d) => !d.includes('..') && !d.startsWith('/'), 'must be a plain folder name'),
        segments: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
    });
    const runManifest = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        format: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('dynamodb-rollback'),
        layoutVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
        toolVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['in-progress', 'complete']),
        stage: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        region: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        startTime: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        endTime: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        tables: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(runTable),
    });
    const tableSummary = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
        table: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        collection: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        itemCount: count,
        keySchema,
        startTime: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        endTime: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        outputFormat: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('DYNAMODB_JSON'),
        segments: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        dataFileCount: count,
        dataBytes: count,
        manifestFilesS3Key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    });
    const fileEntry = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        itemCount: count,
        sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'expected a hex sha256'),
        bytes: count,
        dataFileS3Key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    });
    const wireItem = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J());
    const checkpoint = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        segment: count,
        totalSegments: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileEntry),
        lastEvaluatedKey: wireItem.optional(),
        done: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    });
    /** The documented fields of DynamoDB's manifest-summary.json that the reader needs. */
    const nativeSummary = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        exportArn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        tableArn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/:table\/[A-Za-z0-9_.-]+$/, 'expected arn:aws:dynamodb:...:table/<name>'),
        startTime: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        endTime: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        exportTime: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        exportType: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        manifestFilesS3Key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        itemCount: count,
        outputFormat: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    });
    const nativeFileEntry = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        itemCount: count,
        md5Checksum: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        etag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        dataFileS3Key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    });
    return { runManifest, tableSummary, fileEntry, checkpoint, nativeSummary, nativeFileEntry };
}
let built;
const schemas = () => (built ??= buildSchemas());
function describeIssue(issue) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    return `${field}: ${issue.message}`;
}
function parseWith(schema, value, label) {
    const parsed = schema.safeParse(value);
    if (!parsed.success)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label}: not a valid manifest (${describeIssue(parsed.error.issues[0])})`);
    return parsed.data;
}
/** JSON.parse whose error names the file but never echoes its content (it may hold item values). */
function parseJsonText(text, label) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label}: not valid JSON; the file is damaged or not part of an export`);
    }
}
function parseLines(schema, text, label) {
    const out = [];
    text.split('\n').forEach((line, i) => {
        if (line.trim() === '')
            return;
        out.push(parseWith(schema, parseJsonText(line, `${label} line ${i + 1}`), `${label} line ${i + 1}`));
    });
    return out;
}
function parseRunManifest(text, label) {
    return parseWith(schemas().runManifest, parseJsonText(text, label), label);
}
function parseTableSummary(text, label) {
    return parseWith(schemas().tableSummary, parseJsonText(text, label), label);
}
function parseFilesManifest(text, label) {
    return parseLines(schemas().fileEntry, text, label);
}
function parseCheckpoint(text, label) {
    const cp = parseWith(schemas().checkpoint, parseJsonText(text, label), label);
    return { ...cp, lastEvaluatedKey: cp.lastEvaluatedKey };
}
function parseNativeSummary(text, label) {
    return parseWith(schemas().nativeSummary, parseJsonText(text, label), label);
}
function parseNativeFiles(text, label) {
    return parseLines(schemas().nativeFileEntry, text, label);
}


/***/ }),

/***/ 89022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ clientToken),
/* harmony export */   CI: () => (/* binding */ incrementalWindows),
/* harmony export */   HT: () => (/* binding */ MIN_WINDOW_MS),
/* harmony export */   NR: () => (/* binding */ exportDirOf),
/* harmony export */   Z6: () => (/* binding */ NATIVE_KIND),
/* harmony export */   bi: () => (/* binding */ isNativeRun),
/* harmony export */   iS: () => (/* binding */ parseNativeRun)
/* harmony export */ });
/* unused harmony export MAX_WINDOW_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38816);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * The run-level manifest of an export DynamoDB made itself (export
 * --native): our export.json beside AWS's AWSDynamoDB/ folder, naming the
 * stage, each table's collection, the export time (or, for an incremental
 * export, its window) and every export ARN. The tables' files are AWS's
 * own, read as AWS documents them (docs/formats.md). Pure: no I/O.
 */



const NATIVE_KIND = 'native';
const iso = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO 8601 time');
const nativeRun = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('dynamodb-rollback'),
    layoutVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(NATIVE_KIND),
    exportType: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['FULL_EXPORT', 'INCREMENTAL_EXPORT']),
    toolVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['in-progress', 'complete']),
    stage: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    region: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    startTime: iso,
    endTime: iso.optional(),
    exportTime: iso.optional(),
    fromTime: iso.optional(),
    toTime: iso.optional(),
    since: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    tables: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        table: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        collection: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        exports: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            clientToken: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(64),
            exportArn: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
            dir: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
                .regex(/^AWSDynamoDB\/[A-Za-z0-9_.-]+$/, 'expected AWSDynamoDB/<export id>')
                .optional(),
            exportTime: iso.optional(),
            fromTime: iso.optional(),
            toTime: iso.optional(),
        })),
    })),
});
function isNativeRun(value) {
    return typeof value === 'object' && value !== null && value.kind === NATIVE_KIND;
}
function parseNativeRun(value, label) {
    const parsed = nativeRun.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${label}: not a valid manifest (${issue.path.map(String).join('.') || '(top level)'}: ${issue.message})`);
    }
    return parsed.data;
}
/** The export id is the ARN's last part: .../table/<name>/export/<id>. */
function exportDirOf(exportArn) {
    const id = exportArn.slice(exportArn.lastIndexOf('/') + 1);
    if (!/^[A-Za-z0-9_.-]+$/.test(id))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`export ARN ${exportArn}: has no export id at its end`);
    return `AWSDynamoDB/${id}`;
}
/**
 * The client token of one table's export in one run: the same inputs give
 * the same token, so a re-run (or --resume after a kill between the request
 * and the record of its ARN) gets the export already started instead of a
 * second one. AWS takes at most 64 characters.
 */
function clientToken(parts) {
    const text = [
        parts.stage,
        parts.table,
        parts.s3Uri,
        parts.exportType,
        parts.exportTime ?? '',
        parts.fromTime ?? '',
        parts.toTime ?? '',
    ].join('\n');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 64);
}
/** AWS's limits on one incremental export's window. */
const MIN_WINDOW_MS = 15 * 60 * 1000;
const MAX_WINDOW_MS = 24 * 60 * 60 * 1000;
/**
 * [from, to) cut into the fewest equal windows of at most 24 hours, each on
 * whole seconds (AWS counts seconds), or null when the whole is under 15
 * minutes, which AWS refuses. Equal windows of a gap over 24 hours are each
 * over 12 hours, so none falls under the minimum.
 */
function incrementalWindows(fromMs, toMs) {
    const gap = toMs - fromMs;
    if (gap < MIN_WINDOW_MS)
        return null;
    const n = Math.ceil(gap / MAX_WINDOW_MS);
    const out = [];
    for (let i = 0; i < n; i++) {
        const from = i === 0 ? fromMs : out[i - 1].to;
        const to = i === n - 1 ? toMs : Math.floor((fromMs + (gap * (i + 1)) / n) / 1000) * 1000;
        out.push({ from, to });
    }
    return out;
}


/***/ }),

/***/ 32535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ openExport),
/* harmony export */   n: () => (/* binding */ refuseOtherStage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _data_file_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57699);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(90014);
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92261);
/* harmony import */ var _native_layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89022);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(80865);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38495);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78440);
/**
 * The export reader (contract in export-format/source.ts): opens our layout or a
 * native DynamoDB export to S3, in a local folder or under an S3 prefix,
 * checks the manifests agree with each other, and streams each table's
 * items while checking every data file's item count and checksum.
 */









async function openExport(from, opts = {}) {
    if (from.kind === 'dir' && !from.path)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`no export given; pass ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_6__/* .opt */ .m7)('from')} with a folder or s3://bucket/prefix`);
    const store = await (0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .storeAt */ .f)(from, opts.s3);
    if (from.kind === 'dir') {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(store.root).catch(() => null);
        if (!s?.isDirectory())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${store.root}: ${s ? 'a file, not a folder' : 'no such folder'}; give the folder export --out wrote, or s3://bucket/prefix`);
    }
    const runText = await store.readText(_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_MANIFEST */ .Aw);
    if (runText !== null) {
        // Another tool's export.json (an app may have one) is no manifest of ours to judge field by field.
        const format = (0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_3__.parseJsonText)(runText, store.describe(_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_MANIFEST */ .Aw))?.format;
        if (format !== 'dynamodb-rollback') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${store.root}: not an export: its ${_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_MANIFEST */ .Aw} was not written by dynamodb-rollback (no "format": "dynamodb-rollback"); give the folder export --out wrote, or a DynamoDB export's S3 prefix`);
        }
        const run = JSON.parse(runText);
        return (0,_native_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .isNativeRun */ .bi)(run) ? openNativeRun(store, (0,_native_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .parseNativeRun */ .iS)(run, store.describe(_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_MANIFEST */ .Aw))) : openOurs(store, runText);
    }
    const natives = await findNativeExports(store);
    if ('found' in natives)
        return openNative(store, natives.found, natives.aws);
    // Every "what is this folder" answer has one shape: what it lacks to be either kind of export, and what to give instead.
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${store.root}: not an export: no ${_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_MANIFEST */ .Aw}, and not a native AWS export because ${natives.why}; ${natives.fix ?? "give the folder export --out wrote, or a DynamoDB export's S3 prefix"}`);
}
/**
 * An export of another stage holds another stage's tables: refused by the
 * commands that read one, as export --resume refuses to continue one. A
 * native AWS export records no stage, so it is not refused.
 */
function refuseOtherStage(source, stage) {
    if (source.stage === undefined || source.stage === stage)
        return;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`the export ${source.location} is of stage ${source.stage}, not ${stage}; pass ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_6__/* .opt */ .m7)('stage')} ${source.stage} if that is the stage you mean, or give the export of stage ${stage} with ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_6__/* .opt */ .m7)('from')}`);
}
async function required(store, key) {
    const text = await store.readText(key);
    if (text === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${store.describe(key)}: missing; the export is incomplete or was moved, copy it again whole`);
    return text;
}
/** A manifest may only point inside its own folder. */
function safeKey(key, under, label) {
    if (key.split('/').some((p) => p === '..' || p === '') || key.startsWith('/') || !key.startsWith(under)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${label}: data file key ${JSON.stringify(key)} is outside ${under}; the manifest was edited`);
    }
    return key;
}
/**
 * The table's data files read in order, each by read (its checksum and
 * count checked there). whole: every file, whose items must add up to the
 * manifest summary's count (a part's files are each checked alone).
 */
async function* streamFiles(t, read, whole = true) {
    let total = 0;
    for (const f of t.files) {
        const store = f.store ?? t.store;
        const raw = await store.open(f.key);
        for await (const item of read(raw, store.describe(f.key), f.expect)) {
            total++;
            yield item;
        }
    }
    if (whole && total !== t.info.itemCount) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${t.info.location}: data files hold ${total} items, the manifest summary says ${t.info.itemCount}`);
    }
}
const wireItems = (raw, label, expect) => (0,_data_file_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .readDataFile */ .l)(raw, label, expect);
function source(location, format, tables, extra) {
    const find = (table) => tables.find((t) => t.info.table === table || t.info.collection === table);
    const planned = (table) => {
        const t = find(table);
        if (t)
            return t;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`table ${table} is not in the export at ${location}; it holds ${tables.map((x) => x.info.table).join(', ') || 'no tables'}`);
    };
    const counts = (t) => t.files.map((f) => f.expect.itemCount);
    const partOf = (table, part, of) => {
        const t = planned(table);
        return { ...t, files: (0,_source_js__WEBPACK_IMPORTED_MODULE_8__/* .filesPart */ .b)(counts(t), part, of).map((i) => t.files[i]) };
    };
    return {
        location,
        format,
        ...extra,
        tables: tables.map((t) => t.info),
        readItems(table, line) {
            return streamFiles(planned(table), (raw, label, expect) => (0,_data_file_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .readItemsOfFile */ .E)(raw, label, expect, line));
        },
        items(table) {
            return streamFiles(planned(table), wireItems);
        },
        ...(format === 'dynamodb-rollback'
            ? {
                splitParts(table, of) {
                    const t = find(table);
                    if (!t)
                        return 1;
                    let parts = 0;
                    for (let k = 0; k < of; k++)
                        if ((0,_source_js__WEBPACK_IMPORTED_MODULE_8__/* .filesPart */ .b)(counts(t), k, of).length > 0)
                            parts++;
                    return parts === of ? of : 1;
                },
                partItems(table, part, of) {
                    return streamFiles(partOf(table, part, of), wireItems, false);
                },
                readPartItems(table, part, of, line) {
                    return streamFiles(partOf(table, part, of), (raw, label, expect) => (0,_data_file_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .readItemsOfFile */ .E)(raw, label, expect, line), false);
                },
            }
            : {}),
    };
}
async function openOurs(store, runText) {
    const run = (0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_3__.parseRunManifest)(runText, store.describe(_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_MANIFEST */ .Aw));
    if (run.status !== 'complete') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${store.root}: the export is incomplete (interrupted); finish it with export --resume --out ${store.root}`);
    }
    const tables = [];
    for (const t of run.tables) {
        const summaryLabel = store.describe((0,_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .summaryKey */ .gC)(t.dir));
        const filesLabel = store.describe((0,_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .filesKey */ .fC)(t.dir));
        const summary = (0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_3__.parseTableSummary)(await required(store, (0,_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .summaryKey */ .gC)(t.dir)), summaryLabel);
        const entries = (0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_3__.parseFilesManifest)(await required(store, (0,_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .filesKey */ .fC)(t.dir)), filesLabel);
        if (summary.table !== t.table)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${summaryLabel}: is for table ${summary.table}, not ${t.table}`);
        const sum = entries.reduce((n, e) => n + e.itemCount, 0);
        if (sum !== summary.itemCount) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${filesLabel}: lists ${sum} items but ${_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .SUMMARY_MANIFEST */ .rB} says ${summary.itemCount}; the export was edited or damaged`);
        }
        tables.push({
            info: {
                table: t.table,
                collection: t.collection,
                itemCount: summary.itemCount,
                keySchema: summary.keySchema,
                location: store.describe(t.dir),
            },
            store,
            files: entries.map((e) => ({
                key: safeKey(e.dataFileS3Key, `${t.dir}/data/`, filesLabel),
                expect: { itemCount: e.itemCount, checksum: { algorithm: 'sha256', hex: e.sha256 } },
            })),
        });
    }
    return source(store.root, 'dynamodb-rollback', tables, { stage: run.stage, startTime: run.startTime, endTime: run.endTime });
}
/**
 * An export DynamoDB made for export --native: AWS's folders, with our
 * export.json naming the stage and each table's collection. An incremental
 * one holds changes, not tables: read by openChanges (changes-reader.ts).
 */
async function openNativeRun(store, run) {
    if (run.status !== 'complete') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${store.root}: the native export is incomplete (DynamoDB was still exporting, or the run was stopped); finish it with export --native --resume --s3-uri ${store.root}`);
    }
    if (run.exportType !== 'FULL_EXPORT') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${store.root}: an incremental export holds the changes made since ${run.since ?? run.fromTime}, not the tables; give it as ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_6__/* .opt */ .m7)('from')} with ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_6__/* .opt */ .m7)('base')} <the export it was taken since> (rollback), or as ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_6__/* .opt */ .m7)('since')} (verify --live)`);
    }
    const dirs = run.tables.map((t) => t.exports[0]?.dir);
    const missing = run.tables.find((_, i) => !dirs[i]);
    if (missing)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${store.describe(_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_MANIFEST */ .Aw)}: table ${missing.table} has no export folder; the manifest was edited`);
    const opened = await openNative(store, dirs.map((d) => store.sub(d)), store.sub('AWSDynamoDB'));
    for (const info of opened.tables) {
        const t = run.tables.find((r) => r.table === info.table);
        if (!t)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${info.location}: is an export of table ${info.table}, which ${store.describe(_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_MANIFEST */ .Aw)} does not name; the manifest was edited`);
        info.collection = t.collection;
    }
    return {
        ...opened,
        stage: run.stage,
        startTime: run.exportTime ?? run.startTime,
        endTime: run.endTime,
        items: opened.items.bind(opened),
    };
}
/** What a folder's manifest-summary.json says it is: a native export's (it names the table's ARN), something else, or none. */
async function summaryKind(store) {
    const text = await store.readText(_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .SUMMARY_MANIFEST */ .rB);
    if (text === null)
        return 'none';
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return 'not-json';
    }
    return typeof value?.tableArn === 'string' ? 'native' : 'no-arn';
}
const COPY_AGAIN = 'copy the export again whole, or export again';
function listed(names) {
    return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
}
/**
 * The native export folders at or under the root: the root itself
 * (AWSDynamoDB/<id>), the AWSDynamoDB folder, or a prefix holding it; else
 * why the root is none of these.
 */
async function findNativeExports(store) {
    const own = await summaryKind(store);
    if (own === 'native')
        return { found: [store] };
    if (own === 'no-arn') {
        return {
            why: `its ${_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .SUMMARY_MANIFEST */ .rB} names no tableArn: it is one table's folder of an export`,
            fix: `give the export's own folder (the one holding ${_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_MANIFEST */ .Aw})`,
        };
    }
    if (own === 'not-json')
        return { why: `its ${_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .SUMMARY_MANIFEST */ .rB} is not valid JSON`, fix: COPY_AGAIN };
    if ((await store.readText('_started')) !== null) {
        return {
            why: `it holds _started but no ${_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .SUMMARY_MANIFEST */ .rB}: DynamoDB has not finished this export, or it was copied in part`,
            fix: 'wait for the export to complete, or copy it again whole',
        };
    }
    // The prefix above AWSDynamoDB, else the AWSDynamoDB folder itself.
    // Listed directly rather than looked for in the root's listing, which some S3 implementations (s3rver) leave empty two levels above the objects.
    const awsIds = await store.sub('AWSDynamoDB').folders('');
    const hasAws = awsIds.length > 0 || (await store.folders('')).includes('AWSDynamoDB');
    const top = hasAws ? store.sub('AWSDynamoDB') : store;
    const ids = hasAws ? awsIds : await top.folders('');
    const kinds = await Promise.all(ids.map(async (id) => ({ id, kind: await summaryKind(top.sub(id)) })));
    const natives = kinds.filter((k) => k.kind === 'native').map((k) => top.sub(k.id));
    if (natives.length > 0)
        return { found: natives, aws: top };
    const others = kinds.filter((k) => k.kind !== 'none').map((k) => k.id);
    if (others.length > 0) {
        return {
            why: `the ${_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .SUMMARY_MANIFEST */ .rB} in ${listed(others)} names no tableArn (or is not JSON): these are table folders of an export whose ${_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_MANIFEST */ .Aw} is missing`,
            fix: COPY_AGAIN,
        };
    }
    const isAwsFolder = /(^|[/\\])AWSDynamoDB[/\\]?$/.test(store.root);
    if (!hasAws && !isAwsFolder)
        return { why: 'it has no AWSDynamoDB folder' };
    const where = hasAws ? 'its AWSDynamoDB folder' : 'this AWSDynamoDB folder';
    if (ids.length === 0)
        return { why: `${where} holds no export folder` };
    return {
        why: `no folder in ${where} holds ${_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .SUMMARY_MANIFEST */ .rB} (${listed(ids)}): the export is unfinished or was copied in part`,
        fix: 'wait for the export to complete, or copy it again whole',
    };
}
/** DynamoDB writes keys from the bucket root (with its prefix); we read them relative to the export folder. */
function nativeRelative(key) {
    const m = /(?:^|\/)AWSDynamoDB\/[^/]+\/(.+)$/.exec(key);
    return m ? m[1] : key;
}
async function openNative(root, exports, aws) {
    const tables = [];
    let startTime;
    let endTime;
    for (const store of exports) {
        const summaryLabel = store.describe(_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .SUMMARY_MANIFEST */ .rB);
        const summary = (0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_3__.parseNativeSummary)(await required(store, _layout_js__WEBPACK_IMPORTED_MODULE_7__/* .SUMMARY_MANIFEST */ .rB), summaryLabel);
        if (summary.outputFormat !== 'DYNAMODB_JSON') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${summaryLabel}: output format ${summary.outputFormat} is not supported; export the table again with DYNAMODB_JSON`);
        }
        if (summary.exportType && summary.exportType !== 'FULL_EXPORT') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${summaryLabel}: a ${summary.exportType} holds changes, not the table; use a full export`);
        }
        const table = summary.tableArn.slice(summary.tableArn.lastIndexOf('/') + 1);
        const other = tables.find((t) => t.info.table === table);
        if (other) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${root.root} holds two exports of table ${table} (${other.info.location}, ${store.root}); point ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_6__/* .opt */ .m7)('from')} at one AWSDynamoDB/<export id> folder`);
        }
        const filesRel = safeKey(nativeRelative(summary.manifestFilesS3Key ?? _layout_js__WEBPACK_IMPORTED_MODULE_7__/* .FILES_MANIFEST */ .o5), '', summaryLabel);
        const filesLabel = store.describe(filesRel);
        const entries = (0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_3__.parseNativeFiles)(await required(store, filesRel), filesLabel);
        const sum = entries.reduce((n, e) => n + e.itemCount, 0);
        if (sum !== summary.itemCount) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${filesLabel}: lists ${sum} items but ${_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .SUMMARY_MANIFEST */ .rB} says ${summary.itemCount}; the export was edited or damaged`);
        }
        tables.push({
            // A native export records no key schema and no collection.
            info: { table, itemCount: summary.itemCount, keySchema: [], location: store.root },
            store,
            files: entries.map((e) => {
                const expect = { itemCount: e.itemCount, checksum: { algorithm: 'md5', base64: e.md5Checksum } };
                // DynamoDB may write data to the AWSDynamoDB folder's shared data/ rather than the export's own: read from there.
                const shared = /(?:^|\/)AWSDynamoDB\/(data\/.+)$/.exec(e.dataFileS3Key);
                if (shared) {
                    if (!aws)
                        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${filesLabel}: data file ${JSON.stringify(e.dataFileS3Key)} is in the shared AWSDynamoDB/data/ folder; give ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_6__/* .opt */ .m7)('from')} the prefix above AWSDynamoDB, not one export's folder`);
                    return { key: safeKey(shared[1], 'data/', filesLabel), expect, store: aws };
                }
                return { key: safeKey(nativeRelative(e.dataFileS3Key), 'data/', filesLabel), expect };
            }),
        });
        const start = summary.startTime ?? summary.exportTime;
        if (start && (!startTime || start < startTime))
            startTime = start;
        if (summary.endTime && (!endTime || summary.endTime > endTime))
            endTime = summary.endTime;
    }
    return source(root.root, 'aws', tables, { ...(startTime ? { startTime } : {}), ...(endTime ? { endTime } : {}) });
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

/***/ 38495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ storeAt)
/* harmony export */ });
/* unused harmony export localStore */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_location_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91324);
/**
 * Read access to an export's files, wherever they are: a local folder or an
 * S3 prefix. Keys are relative to the export root, with / separators.
 */





/**
 * The store at a location; one on S3 reads through the caller's client (the
 * reader never builds one). The S3 store (s3-store.ts) loads only for an S3
 * location: a local export's reader starts without the S3 SDK.
 */
async function storeAt(loc, s3) {
    if (loc.kind === 'dir')
        return localStore(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(loc.path));
    if (!s3)
        throw new Error(`internal: reading ${(0,_core_location_js__WEBPACK_IMPORTED_MODULE_4__/* .describeLocation */ .lR)(loc)} needs an S3 client`);
    return (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3711), __webpack_require__.e(5034)]).then(__webpack_require__.bind(__webpack_require__, 45034))).s3Store(s3, loc);
}
function localStore(root) {
    const full = (key) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, ...key.split('/').filter(Boolean));
    return {
        root,
        describe: full,
        async readText(key) {
            try {
                return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(full(key), 'utf8');
            }
            catch (err) {
                const code = err.code;
                if (code === 'ENOENT' || code === 'ENOTDIR')
                    return null;
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${full(key)}: cannot be read (${code ?? String(err)})`);
            }
        },
        async open(key) {
            const file = full(key);
            const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file).catch(() => null);
            if (!s?.isFile())
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${file}: data file missing; the export is incomplete or was moved, copy it again whole`);
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file);
        },
        async folders(key) {
            const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(full(key), { withFileTypes: true }).catch(() => []);
            return entries
                .filter((e) => e.isDirectory())
                .map((e) => e.name)
                .sort();
        },
        sub(key) {
            return localStore(full(key));
        },
    };
}


/***/ })

};
