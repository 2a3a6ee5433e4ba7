export const id = 2261;
export const ids = [2261];
export const modules = {

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


/***/ })

};
