export const id = 8318;
export const ids = [8318];
export const modules = {

/***/ 78318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pullCommand: () => (/* binding */ pullCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/location.ts
var core_location = __webpack_require__(91324);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(53711);
// EXTERNAL MODULE: ./src/clients/errors.ts
var clients_errors = __webpack_require__(67137);
// EXTERNAL MODULE: ./src/clients/s3-uri.ts
var s3_uri = __webpack_require__(75207);
// EXTERNAL MODULE: ./src/fsafe/atomic-write.ts
var atomic_write = __webpack_require__(88796);
// EXTERNAL MODULE: ./src/fsafe/hash.ts
var hash = __webpack_require__(52047);
// EXTERNAL MODULE: ./src/fsafe/snapshot.ts + 1 modules
var fsafe_snapshot = __webpack_require__(78168);
// EXTERNAL MODULE: ./src/fsafe/data-dir-lock.ts
var data_dir_lock = __webpack_require__(5277);
// EXTERNAL MODULE: ./src/state/paths.ts
var paths = __webpack_require__(65013);
// EXTERNAL MODULE: ./src/publish/release-manifest.ts
var release_manifest = __webpack_require__(67986);
// EXTERNAL MODULE: ./src/publish/release-objects.ts
var release_objects = __webpack_require__(14255);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/publish/pull.ts
/**
 * pull: a release back into a data dir. Read-only first: the manifest, the
 * list of objects (a listed file missing or an unlisted object refuses the
 * release as partial or foreign), the local files hashed (identical ones
 * are left alone, so a second pull changes nothing). Then, under the data
 * dir's lock, every differing file is downloaded to a temp file beside its
 * place and its sha256 and size checked; only when all are whole is the
 * data dir snapshotted (undo puts it back) and each temp renamed over its
 * file. A refusal at any point has replaced nothing.
 */

















async function runPull(opts, deps) {
    const { s3, reporter } = deps;
    const now = deps.now ?? (() => new Date());
    const release = opts.from;
    const releaseUri = (0,s3_uri/* s3UriOf */.il)(release);
    const st = await (0,promises_.lstat)(opts.dataDir).catch(() => null);
    if (!st?.isDirectory())
        throw new errors/* InputError */.dz(`data dir ${opts.dataDir} is not a folder; create it or check ${(0,option_name/* opt */.m7)('data-dir')} (or dataDir in the config)`);
    // Check: the release is whole and only what its manifest lists.
    const files = await readManifest(s3, release);
    await refuseIncomplete(s3, release, files);
    const todo = [];
    const unchanged = [];
    for (const f of files) {
        if ((await localSha(opts.dataDir, f.name)) === f.sha256)
            unchanged.push(f.name);
        else
            todo.push(f);
    }
    const listed = new Set(files.map((f) => f.name));
    const leftAlone = (await (0,promises_.readdir)(opts.dataDir)).filter((n) => !listed.has(n) && !atomic_write/* TEMP_PATTERN */.GH.test(n)).sort();
    const result = { releaseUri, dataDir: opts.dataDir, replaced: [], unchanged, leftAlone, snapshot: null };
    if (todo.length === 0) {
        reporter.info(`${opts.dataDir} already holds ${releaseUri}: nothing to replace`);
        return result;
    }
    // Download and verify every file, under the lock, before replacing any.
    const state = (0,paths/* statePaths */.mt)(opts.dataDir);
    const held = await (0,data_dir_lock/* lockDataDir */.N)(opts.dataDir, state, now(), 'pull', (m) => reporter.warning(m));
    const temps = new Map();
    try {
        const progress = reporter.progress(`pull ${releaseUri}`, { unit: 'files', total: todo.length });
        try {
            for (const f of todo) {
                const tmp = (0,atomic_write/* tempPathFor */.FD)(external_node_path_default().join(opts.dataDir, f.name));
                temps.set(f.name, tmp);
                await download(s3, release, f, tmp);
                // A replaced file keeps its permissions, as the rollback's rewrites do.
                const old = await (0,promises_.lstat)(external_node_path_default().join(opts.dataDir, f.name)).catch(() => null);
                if (old)
                    await (0,promises_.chmod)(tmp, old.mode & 0o777);
                progress.add(1);
            }
        }
        catch (err) {
            progress.done('failed');
            throw err;
        }
        progress.done();
        const snapshot = await (0,fsafe_snapshot/* takeSnapshot */.W9)(opts.dataDir, state.snapshots, files.map((f) => f.name), now());
        result.snapshot = snapshot.dir;
        reporter.info(`snapshot of ${opts.dataDir}: ${snapshot.dir} (undo restores it)`);
        try {
            for (const f of todo) {
                const target = external_node_path_default().join(opts.dataDir, f.name);
                await (0,promises_.rename)(temps.get(f.name), target);
                temps.delete(f.name);
                result.replaced.push(f.name);
            }
            await (0,atomic_write/* syncDir */.ty)(opts.dataDir);
        }
        catch (err) {
            throw new errors/* FailedError */.Kl(`pull stopped after ${result.replaced.length} of ${todo.length} files (${(0,errors/* describeError */.Uc)(err)}); every file is whole, old or new. Run undo to put back the snapshot ${snapshot.dir}`, { cause: err });
        }
        return result;
    }
    finally {
        for (const tmp of temps.values())
            await (0,promises_.rm)(tmp, { force: true }).catch(() => { });
        await held.release();
    }
}
async function readManifest(s3, release) {
    const uri = (0,s3_uri/* s3UriOf */.il)(release, release_manifest/* MANIFEST_NAME */.i);
    const text = await s3
        .call({ operation: 'GetObject', resource: uri }, async (sdk) => {
        const got = await sdk.send(new dist_cjs.GetObjectCommand({ Bucket: release.bucket, Key: (0,s3_uri/* s3Key */.Aw)(release, release_manifest/* MANIFEST_NAME */.i) }));
        return got.Body.transformToString('utf8');
    })
        .catch((err) => {
        if ((0,clients_errors/* kindOf */.I)(err) === 'not-found') {
            throw new errors/* InputError */.dz(`${uri} not found: ${(0,s3_uri/* s3UriOf */.il)(release)} is not a release, or a partial one (publish writes the manifest last); give the release URI publish printed`);
        }
        throw err;
    });
    return (0,release_manifest/* parseReleaseFiles */.R)(text, uri);
}
/** Every listed file is there with its size, and nothing else is: an unlisted object could not be checked. */
async function refuseIncomplete(s3, release, files) {
    const objects = await (0,release_objects/* releaseObjects */.c)(s3, release);
    for (const f of files) {
        const size = objects.get(f.name);
        if (size === undefined)
            throw new errors/* InputError */.dz(`${(0,s3_uri/* s3UriOf */.il)(release, f.name)} is missing: the release is partial; nothing was replaced. Publish again, or pull a whole release`);
        if (size !== f.bytes)
            throw new errors/* InputError */.dz(`${(0,s3_uri/* s3UriOf */.il)(release, f.name)} is ${size} bytes, the manifest says ${f.bytes}: the release was altered; nothing was replaced`);
    }
    const listed = new Set([...files.map((f) => f.name), release_manifest/* MANIFEST_NAME */.i]);
    const extra = [...objects.keys()].filter((k) => !listed.has(k)).sort();
    if (extra.length > 0) {
        throw new errors/* InputError */.dz(`${(0,s3_uri/* s3UriOf */.il)(release)} holds ${extra.length} object(s) its manifest does not list (${extra.slice(0, 5).join(', ')}${extra.length > 5 ? ', …' : ''}); they could not be checked, so nothing was replaced: pull a release publish wrote`);
    }
}
/** The object to tmp, hashed as it streams; a copy that is not the manifest's bytes is removed and refused. */
async function download(s3, release, f, tmp) {
    const uri = (0,s3_uri/* s3UriOf */.il)(release, f.name);
    const got = await s3.call({ operation: 'GetObject', resource: uri }, async (sdk) => {
        const res = await sdk.send(new dist_cjs.GetObjectCommand({ Bucket: release.bucket, Key: (0,s3_uri/* s3Key */.Aw)(release, f.name) }));
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let bytes = 0;
        const body = res.Body;
        body.on('data', (chunk) => {
            hash.update(chunk);
            bytes += chunk.length;
        });
        await (0,external_node_stream_promises_.pipeline)(body, (0,external_node_fs_.createWriteStream)(tmp, { flags: 'w', mode: 0o644 }));
        return { sha256: hash.digest('hex'), bytes };
    });
    if (got.sha256 !== f.sha256 || got.bytes !== f.bytes) {
        throw new errors/* InputError */.dz(`${uri}: its bytes do not match the manifest's sha256 and size; the release was altered or damaged, and nothing was replaced`);
    }
    // The copy on disk must be what was hashed in flight.
    if ((await (0,hash/* sha256File */.Q)(tmp)) !== f.sha256)
        throw new errors/* FailedError */.Kl(`${tmp}: the downloaded copy changed on disk; nothing was replaced`);
    const fh = await (0,promises_.open)(tmp, 'r+');
    try {
        await fh.sync();
    }
    finally {
        await fh.close();
    }
}
async function localSha(dataDir, name) {
    const file = external_node_path_default().join(dataDir, name);
    const s = await (0,promises_.lstat)(file).catch(() => null);
    if (!s)
        return null;
    if (!s.isFile())
        throw new errors/* InputError */.dz(`${file}: not a regular file; the release would replace it with one: move it away and run again`);
    return (0,hash/* sha256File */.Q)(file);
}

// EXTERNAL MODULE: ./src/commands/clients.ts
var clients = __webpack_require__(67174);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
;// CONCATENATED MODULE: ./src/commands/pull.ts






const MAX_LISTED = 20;
/** A published release into the data dir: every file checked before any is replaced; undo puts the old ones back. */
const pullCommand = (0,types/* defineCommand */.N)({
    name: 'pull',
    description: 'Fetch a release publish wrote into the data dir: every sha256 checked before anything is replaced, atomic, with undo',
    options: ['from', 'data-dir', 'retry-budget'],
    outputs: {
        'release-uri': 'S3 URI of the release pulled',
        'data-dir': 'File database folder written',
        replaced: 'Number of files replaced',
        unchanged: 'Number of files already as the release holds them',
        snapshot: 'Snapshot folder that undo restores from (empty when nothing was replaced)',
    },
    async run(ctx) {
        const o = ctx.options;
        const from = o.from === undefined ? undefined : (0,core_location/* parseLocation */.zS)(o.from, '--from', ctx.cwd);
        if (from?.kind !== 's3')
            throw new errors/* InputError */.dz('pull: --from is required: the release URI publish printed (s3://bucket/prefix/<release>)');
        return runPull({ from, dataDir: external_node_path_default().resolve(ctx.cwd, ctx.config.dataDir) }, { s3: await (0,clients/* s3For */.ql)(ctx), reporter: ctx.reporter });
    },
    present(r) {
        const list = (xs) => xs.length > MAX_LISTED ? `${xs.slice(0, MAX_LISTED).join(', ')} and ${xs.length - MAX_LISTED} more` : xs.join(', ');
        const notes = [`release: ${r.releaseUri}`];
        if (r.snapshot)
            notes.push(`snapshot: ${r.snapshot} (undo restores it)`);
        if (r.replaced.length)
            notes.push(`replaced: ${list(r.replaced)}`);
        if (r.leftAlone.length)
            notes.push(`not in the release, left as they are: ${list(r.leftAlone)}`);
        return {
            ok: true,
            outputs: {
                'release-uri': r.releaseUri,
                'data-dir': r.dataDir,
                replaced: String(r.replaced.length),
                unchanged: String(r.unchanged.length),
                snapshot: r.snapshot ?? '',
            },
            summary: {
                title: 'pull',
                headline: r.replaced.length > 0
                    ? `${r.dataDir} now holds ${r.releaseUri}: ${r.replaced.length} replaced, ${r.unchanged.length} already as they were`
                    : `${r.dataDir} already holds ${r.releaseUri}: nothing replaced`,
                tables: [
                    {
                        headers: ['replaced', 'unchanged', 'left alone'],
                        rows: [[String(r.replaced.length), String(r.unchanged.length), String(r.leftAlone.length)]],
                    },
                ],
                notes,
            },
        };
    },
});


/***/ }),

/***/ 5277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ lockDataDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _write_probe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5283);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67016);
/**
 * Taking the data dir for writing, once every input is checked and planned:
 * a real write probe in the data dir (root ignores permission bits,
 * read-only mounts do not), the state folder, the lock. Whatever of the
 * state folder this run created is removed again on release when it is
 * still empty (rmdir, never recursive: another run's lock or snapshot is
 * never swept away), so a run refused after this point leaves no trace.
 */





/** command: who holds the lock, as its message will name it (rollback, pull); log: where taking over a stale lock is said. */
async function lockDataDir(dataDir, state, started, command = 'rollback', log) {
    await probeWritable(dataDir);
    let created;
    try {
        created = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(state.root, { recursive: true });
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot create ${state.root} for the snapshot and lock (${err.code ?? String(err)}); the folder beside the data dir must be writable`);
    }
    const removeCreated = () => removeIfEmpty(created, state);
    try {
        const lock = await (0,_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .acquireLock */ .I)(state.lock, command, started, log);
        return {
            async release() {
                await lock.release();
                await removeCreated();
            },
        };
    }
    catch (err) {
        await removeCreated();
        throw err;
    }
}
/** From the deepest folder up to the first one this run created; each only if empty. */
async function removeIfEmpty(created, state) {
    if (created === undefined)
        return;
    const dirs = [state.snapshots, state.reports];
    for (let d = state.root;; d = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(d)) {
        dirs.push(d);
        if (d === created || node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(d) === d)
            break;
    }
    for (const d of dirs)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rmdir)(d).catch(() => { });
}
async function probeWritable(dir) {
    const probe = (0,_write_probe_js__WEBPACK_IMPORTED_MODULE_3__/* .probePathFor */ .vX)(dir);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(probe, '');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(probe, { force: true });
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(probe, { force: true }).catch(() => { });
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`data dir ${dir} is not writable (${err.code ?? String(err)}); fix its permissions and run again`);
    }
}


/***/ }),

/***/ 5283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lv: () => (/* binding */ removeStaleProbes),
/* harmony export */   vX: () => (/* binding */ probePathFor)
/* harmony export */ });
/* unused harmony export PROBE_PATTERN */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88796);
/**
 * The probe that tells whether a folder can be written: a real file made
 * and removed at once (permission bits lie on read-only mounts and under
 * root). It is named like every temp file of ours (TEMP_PATTERN), so one a
 * kill left behind is never taken for a data file or put in a snapshot, and
 * the next rollback removes it with the other temps. PROBE_PATTERN picks
 * out probes alone: nobody reads them, so any run may remove them, even
 * one that holds no lock (status).
 */



/** Ours, and the name 0.1.0's status used. */
const PROBE_PATTERN = /^\.(?:write-probe\.dynamodb-rollback-\d+-[0-9a-f]{8}\.tmp|dynamodb-rollback-write-check-\d+-[0-9a-f]{8})$/;
function probePathFor(dir) {
    return (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .tempPathFor */ .FD)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'write-probe'));
}
/** Removes probes a killed run left in dir; another run's probe vanishing is harmless, as each removes its own with force. */
async function removeStaleProbes(dir) {
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)) {
        if (PROBE_PATTERN.test(name))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name), { force: true });
    }
}


/***/ })

};
