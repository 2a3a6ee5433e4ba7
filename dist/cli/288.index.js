export const id = 288;
export const ids = [288];
export const modules = {

/***/ 39068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ uploadFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(53711);
/* harmony import */ var _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22358);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _fsafe_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52047);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67137);
/* harmony import */ var _s3_uri_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75207);
/**
 * One local file to an S3 object: server-side encrypted, multipart when
 * large, and read back and its sha256 compared with the local file's. What
 * the export's upload (export/s3-upload.ts) and publish send every file
 * with. Beside s3.ts, not in it: the IAM test reads each command's calls
 * from the files it imports, and the commands that only read S3 import s3.ts.
 */








const PART_SIZE = 8 * 1024 * 1024;
/** One local file to <prefix>/<rel>: encrypted, sha256 metadata, read back and hashed; a damaged object is removed. */
async function uploadFile(s3, file, rel, loc, sse) {
    const sha256 = await (0,_fsafe_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q)(file);
    const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file)).size;
    const Key = (0,_s3_uri_js__WEBPACK_IMPORTED_MODULE_6__/* .s3Key */ .Aw)(loc, rel);
    const resource = (0,_s3_uri_js__WEBPACK_IMPORTED_MODULE_6__/* .s3UriOf */ .il)(loc, rel);
    const head = await s3
        .call({ operation: 'HeadObject', resource }, (sdk) => sdk.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__.HeadObjectCommand({ Bucket: loc.bucket, Key })))
        .catch((err) => {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .kindOf */ .I)(err) === 'not-found')
            return null;
        throw err;
    });
    // The sha256 metadata is ours, set before the bytes went up: with the size it marks an object a verified upload left.
    if (head?.Metadata?.sha256 === sha256 && head.ContentLength === size)
        return { bytes: size, skipped: true };
    // One upload is one request to the retry: a retried one starts again from a fresh read of the file.
    await s3.call({ operation: 'Upload', resource }, (sdk) => new _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_2__/* .Upload */ ._({
        client: sdk,
        partSize: PART_SIZE,
        queueSize: 4,
        leavePartsOnError: false,
        params: {
            Bucket: loc.bucket,
            Key,
            Body: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file),
            ContentType: rel.endsWith('.gz') ? 'application/gzip' : 'application/json',
            ServerSideEncryption: sse.algorithm,
            ...(sse.kmsKeyId ? { SSEKMSKeyId: sse.kmsKeyId } : {}),
            Metadata: { sha256 },
        },
    }).done());
    // Read it back: what S3 holds must hash to what we wrote.
    const remote = await s3.call({ operation: 'GetObject', resource }, async (sdk) => {
        const got = await sdk.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__.GetObjectCommand({ Bucket: loc.bucket, Key }));
        return { sha256: await (0,_fsafe_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Stream */ .k)(got.Body), bytes: got.ContentLength ?? 0 };
    });
    if (remote.sha256 !== sha256) {
        // Its metadata claims the local sha256: left in place, a resumed upload would take it for a good one and skip it.
        await s3.call({ operation: 'DeleteObject', resource }, (sdk) => sdk.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__.DeleteObjectCommand({ Bucket: loc.bucket, Key })));
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FailedError */ .Kl(`${resource}: sha256 after upload differs from the local file; the upload was damaged and the object removed`);
    }
    return { bytes: remote.bytes, skipped: false };
}


/***/ }),

/***/ 50708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishCommand: () => (/* binding */ publishCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/location.ts
var core_location = __webpack_require__(91324);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(53711);
// EXTERNAL MODULE: ./src/clients/s3-uri.ts
var s3_uri = __webpack_require__(75207);
// EXTERNAL MODULE: ./src/clients/s3-upload.ts
var s3_upload = __webpack_require__(39068);
// EXTERNAL MODULE: ./src/fsafe/hash.ts
var hash = __webpack_require__(52047);
// EXTERNAL MODULE: ./src/state/paths.ts
var paths = __webpack_require__(65013);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/fsafe/atomic-write.ts
var atomic_write = __webpack_require__(88796);
// EXTERNAL MODULE: ./src/publish/release-manifest.ts
var release_manifest = __webpack_require__(67986);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/publish/data-files.ts
/**
 * The files a release holds: every regular file at the top of the data dir
 * (the app reads the whole dir, not only the rolled-back collections), our
 * temp files aside. What a release cannot carry as it is (a folder, a
 * symlink, a file named like the manifest) is refused, not skipped: a
 * pulled data dir must be the one published.
 */







async function dataFiles(dataDir) {
    const st = await (0,promises_.lstat)(dataDir).catch(() => null);
    if (!st?.isDirectory())
        throw new errors/* InputError */.dz(`data dir ${dataDir} is not a folder; check ${(0,option_name/* opt */.m7)('data-dir')} (or dataDir in the config)`);
    const names = (await (0,promises_.readdir)(dataDir)).filter((n) => !atomic_write/* TEMP_PATTERN */.GH.test(n)).sort();
    const out = [];
    for (const name of names) {
        const file = external_node_path_default().join(dataDir, name);
        const s = await (0,promises_.lstat)(file);
        if (!s.isFile()) {
            throw new errors/* InputError */.dz(`${file}: not a regular file (${s.isDirectory() ? 'a folder' : s.isSymbolicLink() ? 'a symlink' : 'a special file'}); a release holds only the files at the top of the data dir: move it out of the data dir and run again`);
        }
        if (name === release_manifest/* MANIFEST_NAME */.i)
            throw new errors/* InputError */.dz(`${file}: a data file named ${release_manifest/* MANIFEST_NAME */.i} would collide with the release's manifest; rename it and run again`);
        out.push({ name, sha256: await (0,hash/* sha256File */.Q)(file), bytes: s.size });
    }
    if (out.length === 0)
        throw new errors/* InputError */.dz(`data dir ${dataDir} holds no files; nothing to publish: check ${(0,option_name/* opt */.m7)('data-dir')}`);
    return out;
}

// EXTERNAL MODULE: ./src/publish/release-objects.ts
var release_objects = __webpack_require__(14255);
;// CONCATENATED MODULE: ./src/publish/publish.ts
/**
 * publish: the rebuilt data dir to a new release on S3, for an app that
 * runs without a persistent volume. Every file is read and hashed, and the
 * bucket and the release prefix checked, before the first object is
 * written; the files go up encrypted, each read back and hashed
 * (clients/s3-upload.ts), and manifest.json goes last, so a release without
 * a manifest is a partial one and pull refuses it.
 */















async function runPublish(opts, deps) {
    const { s3, reporter } = deps;
    const base = opts.to;
    if (opts.sse.algorithm === 'aws:kms' && !opts.sse.kmsKeyId)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('sse')} aws:kms needs ${(0,option_name/* opt */.m7)('kms-key-id')}`);
    const createdAt = (deps.now ?? (() => new Date()))();
    const release = { bucket: base.bucket, prefix: [base.prefix, (0,paths/* timestampName */.e2)(createdAt)].filter(Boolean).join('/') };
    const releaseUri = (0,s3_uri/* s3UriOf */.il)(release);
    // Check: every file hashed, the bucket there, the release prefix empty.
    const files = await dataFiles(opts.dataDir);
    await s3.call({ operation: 'HeadBucket', resource: `bucket ${release.bucket}`, notFoundHint: `create it or correct ${(0,option_name/* opt */.m7)('to')}` }, (sdk) => sdk.send(new dist_cjs.HeadBucketCommand({ Bucket: release.bucket })));
    if ((await (0,release_objects/* releaseObjects */.c)(s3, release, 1)).size > 0) {
        throw new errors/* InputError */.dz(`${releaseUri} already holds objects; a release is never written over: publish again in a moment (the release is named by its time), or choose another ${(0,option_name/* opt */.m7)('to')}`);
    }
    const report = await newestReport(opts.dataDir);
    const manifest = {
        format: 'dynamodb-rollback-release',
        toolVersion: version/* VERSION */.x,
        stage: opts.stage,
        createdAt: createdAt.toISOString(),
        dataDir: opts.dataDir,
        rollbackReport: report ? { path: report, name: external_node_path_default().basename(report) } : null,
        files,
    };
    // Apply: the files, then (once each is confirmed unchanged) the manifest.
    const progress = reporter.progress(`publish ${releaseUri}`, { unit: 'files', total: files.length + 1 });
    for (const f of files) {
        await (0,s3_upload/* uploadFile */.Q)(s3, external_node_path_default().join(opts.dataDir, f.name), f.name, release, opts.sse);
        progress.add(1);
    }
    for (const f of files) {
        // The manifest vouches for these bytes: a file rewritten during the upload must not be published under the old hash.
        if ((await (0,hash/* sha256File */.Q)(external_node_path_default().join(opts.dataDir, f.name)).catch(() => null)) !== f.sha256) {
            progress.done('failed');
            throw new errors/* FailedError */.Kl(`${external_node_path_default().join(opts.dataDir, f.name)} changed while it was published; ${releaseUri} has no manifest, so pull refuses it as partial: publish again once nothing writes the data dir`);
        }
    }
    const text = `${JSON.stringify(manifest, null, 2)}\n`;
    const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'ddbrb-publish-'));
    try {
        await (0,promises_.writeFile)(external_node_path_default().join(tmp, release_manifest/* MANIFEST_NAME */.i), text, { mode: 0o600 });
        await (0,s3_upload/* uploadFile */.Q)(s3, external_node_path_default().join(tmp, release_manifest/* MANIFEST_NAME */.i), release_manifest/* MANIFEST_NAME */.i, release, opts.sse);
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
    progress.add(1);
    progress.done();
    return {
        releaseUri,
        dataDir: opts.dataDir,
        files: files.map((f) => ({ name: f.name, bytes: f.bytes })),
        bytes: files.reduce((n, f) => n + f.bytes, 0),
        manifestSha256: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'),
        rollbackReport: report,
    };
}
/** The newest rollback report beside the data dir (report names sort by time), or null. */
async function newestReport(dataDir) {
    const dir = (0,paths/* statePaths */.mt)(dataDir).reports;
    const names = (await (0,promises_.readdir)(dir).catch(() => [])).filter((n) => paths/* ROLLBACK_REPORT_NAME */.qL.test(n)).sort();
    return names.length > 0 ? external_node_path_default().join(dir, names[names.length - 1]) : null;
}

// EXTERNAL MODULE: ./src/commands/clients.ts
var clients = __webpack_require__(67174);
// EXTERNAL MODULE: ./src/commands/read-option.ts
var read_option = __webpack_require__(92304);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
// EXTERNAL MODULE: ./src/core/group-digits.ts
var group_digits = __webpack_require__(96199);
;// CONCATENATED MODULE: ./src/commands/publish.ts








/** The rebuilt data dir to a new release on S3 (DESIGN.md "The chain": the rollback job's last data step). */
const publishCommand = (0,types/* defineCommand */.N)({
    name: 'publish',
    description: 'Upload the data dir to a new release s3://bucket/prefix/<timestamp>/: encrypted, a sha256 per file, the manifest last',
    options: ['to', 'data-dir', 'sse', 'kms-key-id', 'retry-budget'],
    outputs: {
        'release-uri': 'S3 URI of the release (give it to pull --from)',
        files: 'Number of files published',
        sha256: 'sha256 of the release manifest.json',
    },
    async run(ctx) {
        const o = ctx.options;
        const to = o.to ?? ctx.config.publish;
        if (!to)
            throw new errors/* InputError */.dz('publish: --to is required, or publish: in the config (s3://bucket/prefix; each publish writes a new release under it)');
        return runPublish({
            to: (0,core_location/* parseS3Uri */.yc)(to, '--to'),
            dataDir: external_node_path_default().resolve(ctx.cwd, ctx.config.dataDir),
            stage: ctx.config.stage,
            sse: { algorithm: (0,read_option/* readOption */.g)(o, 'sse'), kmsKeyId: o['kms-key-id'] },
        }, { s3: await (0,clients.s3For)(ctx), reporter: ctx.reporter });
    },
    present(r) {
        const notes = [`release: ${r.releaseUri}`, `data dir: ${r.dataDir}`, `manifest sha256: ${r.manifestSha256}`];
        if (r.rollbackReport)
            notes.push(`rollback report: ${r.rollbackReport}`);
        return {
            ok: true,
            outputs: { 'release-uri': r.releaseUri, files: String(r.files.length), sha256: r.manifestSha256 },
            summary: {
                title: 'publish',
                headline: `${r.files.length} files (${(0,group_digits/* groupDigits */.K)(r.bytes)} bytes) published to ${r.releaseUri}`,
                tables: [{ headers: ['file', 'bytes'], rows: r.files.map((f) => [f.name, (0,group_digits/* groupDigits */.K)(f.bytes)]) }],
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

/***/ 34483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ describeIssue)
/* harmony export */ });
function describeIssue(issue) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    return `${field}: ${issue.message}`;
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
