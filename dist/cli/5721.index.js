export const id = 5721;
export const ids = [5721];
export const modules = {

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


/***/ }),

/***/ 89038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ requireProgress),
/* harmony export */   aJ: () => (/* binding */ requireMigrationBackup),
/* harmony export */   cv: () => (/* binding */ readProgressFile),
/* harmony export */   q_: () => (/* binding */ findMigrationBackup)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _timestamp_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79074);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78440);
/**
 * Finding the migration's backup of the file database, for status and
 * rollback alike: the folder the progress file names (`backupPath`,
 * relative to the repository root, else to the progress file's folder),
 * else the newest folder in the backup dir. Folder names are timestamps, so
 * the newest is the last in numeric-aware name order (mtimes are not
 * trusted: a checkout resets them); hidden folders are not backups.
 *
 * findMigrationBackup never throws (status reports what it finds);
 * requireMigrationBackup turns what the rollback cannot work with into an
 * InputError. Reads only; never prints the progress file (it is the
 * migration's, and may hold anything).
 */





const STATE_FIELDS = ['status', 'state', 'phase'];
const SHORT_PLAIN = /^[\w .:/-]{1,40}$/;
async function readProgress(cwd, progressFile) {
    const info = {
        path: progressFile,
        exists: false,
        problem: null,
        state: null,
        backupPath: null,
        startTime: null,
        endTime: null,
        rolledBack: false,
    };
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, progressFile), 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return { info, kind: 'missing', rawBackupPath: undefined };
        info.problem = `cannot be read (${code ?? 'error'})`;
        return { info, kind: 'unreadable', rawBackupPath: undefined };
    }
    info.exists = true;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        info.problem = 'not valid JSON';
        return { info, kind: 'not-json', rawBackupPath: undefined };
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        info.problem = 'not a JSON object';
        return { info, kind: 'not-object', rawBackupPath: undefined };
    }
    const record = data;
    const states = STATE_FIELDS.flatMap((f) => {
        const v = record[f];
        return typeof v === 'string' && SHORT_PLAIN.test(v) ? [`${f}=${v}`] : [];
    });
    info.state = states.length > 0 ? states.join(', ') : null;
    const time = (v) => (typeof v === 'string' && Number.isFinite(Date.parse(v)) ? v : null);
    info.startTime = time(record.startTime);
    info.endTime = time(record.endTime) ?? time(record.completedAt);
    info.rolledBack = record.status === 'rolled_back';
    // Status and rollback read backupPath alike: any non-empty string is looked for (even blank-looking:
    // nothing may quietly take another folder), and any other type is a problem, not "none named".
    const raw = record.backupPath;
    if (typeof raw === 'string' && raw !== '')
        info.backupPath = raw;
    else if (raw !== undefined && raw !== null && typeof raw !== 'string')
        info.problem = 'backupPath is not a string';
    return { info, kind: 'object', rawBackupPath: raw };
}
async function readProgressFile(cwd, progressFile) {
    return (await readProgress(cwd, progressFile)).info;
}
async function findMigrationBackup(cwd, backupDir, progress) {
    if (progress.backupPath !== null) {
        const looked = [
            ...new Set([
                node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, progress.backupPath),
                node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, progress.path)), progress.backupPath),
            ]),
        ];
        for (const absPath of looked) {
            const st = await statOrNull(absPath);
            if (st?.isDirectory())
                return {
                    found: true,
                    path: displayPath(cwd, absPath),
                    absPath,
                    source: 'progress-file',
                    ...createdAtOf(absPath, st.mtime),
                    note: null,
                };
        }
        // An absolute path from the machine that ran the migration: the folder of that name in the backup dir, said so.
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(progress.backupPath)) {
            const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(progress.backupPath);
            const here = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, backupDir), name);
            const st = name ? await statOrNull(here) : null;
            if (st?.isDirectory()) {
                const note = `${progress.path} names ${progress.backupPath}, which is not on this machine; took the folder of that name in ${backupDir}`;
                return { found: true, path: displayPath(cwd, here), absPath: here, source: 'progress-file', ...createdAtOf(here, st.mtime), note };
            }
            looked.push(here);
        }
        const shown = displayPath(cwd, looked[0]);
        const st = await statOrNull(looked[0]);
        return {
            found: false,
            path: shown,
            source: 'progress-file',
            problem: `the backup ${shown} named by ${progress.path} (backupPath) ${st ? 'is not a folder' : 'does not exist'}`,
            reason: 'named',
            looked,
        };
    }
    const dirAbs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, backupDir);
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dirAbs, { withFileTypes: true });
    }
    catch (err) {
        const code = err.code;
        return code === 'ENOENT'
            ? {
                found: false,
                path: null,
                source: 'newest-folder',
                problem: `no migration backup: ${backupDir} does not exist and ${progress.path} names none`,
                reason: 'none',
                looked: [],
            }
            : {
                found: false,
                path: null,
                source: 'newest-folder',
                problem: `backup dir ${backupDir} cannot be read (${code ?? 'error'})`,
                reason: 'unreadable',
                looked: [],
            };
    }
    const names = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
    names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const newest = names.at(-1);
    if (newest === undefined) {
        return {
            found: false,
            path: null,
            source: 'newest-folder',
            problem: `no migration backup: ${backupDir} holds no backup folder and ${progress.path} names none`,
            reason: 'none',
            looked: [],
        };
    }
    const absPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dirAbs, newest);
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absPath);
    const note = progress.rolledBack
        ? `${progress.path} says rolled_back and names no backupPath (the app's own rollback ran once); took the newest folder in ${backupDir}`
        : null;
    return { found: true, path: displayPath(cwd, absPath), absPath, source: 'newest-folder', ...createdAtOf(absPath, st.mtime), note };
}
/**
 * The rollback's lookup: an unreadable or malformed progress file, a
 * backupPath that is not a folder, or an unreadable backup dir is an
 * InputError; no backup at all is one too unless optional (strategy
 * export needs none), when it is null.
 */
async function requireMigrationBackup(cwd, backupDir, progressFile, options) {
    const progress = await requireProgress(cwd, progressFile);
    const named = progress.backupPath;
    const location = await findMigrationBackup(cwd, backupDir, progress);
    if (location.found) {
        return {
            dir: location.absPath,
            via: location.source,
            createdAt: location.createdAt.toISOString(),
            note: location.note,
            startTime: progress.startTime,
            endTime: progress.endTime,
        };
    }
    if (location.reason === 'named') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`progress file ${progressFile} names backupPath ${named}, which is not a folder (looked for ${location.looked.join(' and ')}); restore the backup there or correct backupPath`);
    }
    if (location.reason === 'unreadable')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(location.problem);
    if (options.optional)
        return null;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`no migration backup found: ${progressFile} names no backupPath and ${backupDir} holds no backup folder; restore the backup, point ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('backup-dir')} at it, or use ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('strategy')} export`);
}
/** The progress file as the rollback reads it: unreadable, malformed or a non-string backupPath is an InputError. */
async function requireProgress(cwd, progressFile) {
    const read = await readProgress(cwd, progressFile);
    if (read.kind === 'unreadable')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`progress file ${progressFile}: ${read.info.problem}`);
    if (read.kind === 'not-json' || read.kind === 'not-object') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`progress file ${progressFile}: ${read.info.problem}; fix it, or remove it to use the newest folder in the backup dir`);
    }
    const raw = read.rawBackupPath;
    if (raw !== undefined && raw !== null && typeof raw !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`progress file ${progressFile}: backupPath is not a string`);
    // Any non-empty backupPath is looked for, even blank-looking: the rollback must not quietly take another folder.
    return { ...read.info, backupPath: typeof raw === 'string' && raw !== '' ? raw : null };
}
function createdAtOf(absPath, mtime) {
    const fromName = (0,_timestamp_name_js__WEBPACK_IMPORTED_MODULE_4__/* .timestampFromName */ .q)(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(absPath));
    return fromName ? { createdAt: fromName, createdFrom: 'folder-name' } : { createdAt: mtime, createdFrom: 'mtime' };
}
async function statOrNull(p) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p);
    }
    catch {
        return null;
    }
}
function displayPath(cwd, absPath) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, absPath);
    return rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) ? rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/') : absPath;
}


/***/ }),

/***/ 9420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ MANIFEST_NAME),
/* harmony export */   z: () => (/* binding */ parseBackupManifest)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_zod_field_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34483);
/**
 * The checksum manifest of a backup folder on S3: `manifest.json`, beside
 * the files it lists, `{ "files": [{ "name", "sha256", "bytes" }] }`
 * (docs/formats.md "The backup manifest"). The planned `publish` command
 * writes the same shape for a rebuilt data dir. A malformed manifest is an
 * InputError naming the URI and the field, never the content.
 */



const MANIFEST_NAME = 'manifest.json';
const plainName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .min(1)
    .refine((n) => !/[/\\\0]/.test(n) && n !== '.' && n !== '..' && n !== MANIFEST_NAME, 'must be a file name in the same folder (not the manifest itself)');
const manifest = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        name: plainName,
        sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
        bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    })),
});
/** The manifest's entries; uri names it in errors, fix says what to do (a release's manifest cannot be removed). */
function parseBackupManifest(text, uri, fix = "fix or remove it (without a manifest, each object's own sha256 metadata is checked when present)") {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${uri}: not valid JSON; ${fix}`);
    }
    const parsed = manifest.safeParse(data);
    if (!parsed.success)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${uri}: not a ${fix.startsWith('fix or remove') ? 'backup' : 'release'} manifest (${(0,_core_zod_field_js__WEBPACK_IMPORTED_MODULE_2__/* .describeIssue */ .n)(parsed.error.issues[0])}); ${fix}`);
    const seen = new Set();
    for (const f of parsed.data.files) {
        if (seen.has(f.name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${uri}: lists ${f.name} twice; ${fix}`);
        seen.add(f.name);
    }
    return parsed.data.files;
}


/***/ }),

/***/ 55487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ locateMigrationBackup),
  f: () => (/* binding */ openMigrationBackup)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/location.ts
var core_location = __webpack_require__(91324);
// EXTERNAL MODULE: ./src/migration/backup-location.ts
var backup_location = __webpack_require__(89038);
// EXTERNAL MODULE: ./src/clients/errors.ts
var clients_errors = __webpack_require__(67137);
// EXTERNAL MODULE: ./src/clients/s3-uri.ts
var s3_uri = __webpack_require__(75207);
// EXTERNAL MODULE: ./src/export-format/store.ts
var store = __webpack_require__(38495);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(53711);
;// CONCATENATED MODULE: ./src/migration/s3-folder.ts
/**
 * The objects directly inside one folder of an S3 prefix (names, sizes,
 * times): what the export store's folder listing does not give. Errors
 * pass through the S3 client's classifier.
 */


async function listS3Files(s3, folder, notFoundHint) {
    const prefix = folder.prefix ? `${folder.prefix}/` : '';
    const out = [];
    let token;
    do {
        const page = await s3.call({ operation: 'ListObjectsV2', resource: (0,s3_uri/* s3UriOf */.il)(folder), notFoundHint }, (sdk) => sdk.send(new dist_cjs.ListObjectsV2Command({ Bucket: folder.bucket, Prefix: prefix || undefined, Delimiter: '/', ContinuationToken: token })));
        for (const o of page.Contents ?? []) {
            const name = o.Key?.slice(prefix.length);
            if (name)
                out.push({ name, bytes: o.Size ?? 0, lastModified: o.LastModified ?? null });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// EXTERNAL MODULE: ./src/migration/timestamp-name.ts
var timestamp_name = __webpack_require__(79074);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/migration/s3-backup-find.ts
/**
 * Finding the migration backup under `backupDir` given as
 * `s3://bucket/prefix` (a runner has no local copy): the folder the
 * progress file's backupPath names (by its last segment: the path is the
 * migration machine's), else the newest folder whose name is a timestamp
 * (S3 has no folder times, and object times are reset by a copy). Lists
 * only; downloads nothing, so status can use it too.
 *
 * Throws an InputError for what the operator fixes (a bad URI, a missing
 * bucket) and passes the client's classified errors on; a backup that is
 * simply not there is an answer (found: false), as locally.
 */







/** A function, not a constant: the option is spelled when the message is made (core/option-name.ts). */
const backupDirHint = () => `check ${(0,option_name/* opt */.m7)('backup-dir')} (or backupDir in the config)`;
async function findS3Backup(s3, root, progress) {
    const rootUri = (0,s3_uri/* s3UriOf */.il)(root);
    const folders = await listFolders(s3, root);
    const sub = (name) => ({ bucket: root.bucket, prefix: root.prefix ? `${root.prefix}/${name}` : name });
    if (progress.backupPath !== null) {
        const name = progress.backupPath.split(/[/\\]/).filter(Boolean).at(-1) ?? '';
        const folder = sub(name);
        if (!name || !folders.includes(name)) {
            return {
                found: false,
                uri: name ? (0,s3_uri/* s3UriOf */.il)(folder) : null,
                source: 'progress-file',
                problem: `${progress.path} names backupPath ${progress.backupPath}, but ${rootUri} holds no folder ${name || '(empty name)'}; upload the backup there or correct backupPath`,
                reason: 'named',
            };
        }
        const note = `${progress.path} names ${progress.backupPath}; took the folder of that name in ${rootUri}`;
        return { found: true, folder, uri: (0,s3_uri/* s3UriOf */.il)(folder), source: 'progress-file', ...(await createdAtOf(s3, folder, name)), note };
    }
    const dated = folders
        .filter((n) => !n.startsWith('.'))
        .flatMap((n) => {
        const t = (0,timestamp_name/* timestampFromName */.q)(n);
        return t ? [{ name: n, time: t.getTime() }] : [];
    })
        .sort((a, b) => a.time - b.time || a.name.localeCompare(b.name, 'en', { numeric: true }));
    const newest = dated.at(-1);
    if (!newest) {
        const what = folders.length > 0
            ? `holds no folder named by a time (found ${folders.length}: ${folders.slice(0, 5).join(', ')}${folders.length > 5 ? ', …' : ''})`
            : (await listS3Files(s3, root, backupDirHint())).length > 0
                ? 'holds no backup folder, only objects'
                : 'is empty';
        return {
            found: false,
            uri: null,
            source: 'newest-folder',
            problem: `no migration backup: ${rootUri} ${what} and ${progress.path} names none; upload the backup folder (<prefix>/<time>/<collection>.json), ${backupDirHint()}, or use ${(0,option_name/* opt */.m7)('strategy')} export`,
            reason: 'none',
        };
    }
    const folder = sub(newest.name);
    const note = progress.rolledBack
        ? `${progress.path} says rolled_back and names no backupPath (the app's own rollback ran once); took the newest folder in ${rootUri}`
        : null;
    return {
        found: true,
        folder,
        uri: (0,s3_uri/* s3UriOf */.il)(folder),
        source: 'newest-folder',
        createdAt: new Date(newest.time),
        createdFrom: 'folder-name',
        note,
        files: null,
    };
}
async function listFolders(s3, root) {
    try {
        return await (0,store/* s3Store */.yc)(s3, root).folders('');
    }
    catch (err) {
        // The store's own hint speaks of --from; a missing bucket here is the backup dir's.
        if ((0,clients_errors/* kindOf */.I)(err) === 'not-found') {
            throw new errors/* InputError */.dz(`migration backup ${(0,s3_uri/* s3UriOf */.il)(root)}: bucket ${root.bucket} not found in ${(0,clients_errors/* whereOf */.de)(s3.scope)}; ${backupDirHint()}`, { cause: err });
        }
        throw err;
    }
}
async function createdAtOf(s3, folder, name) {
    const fromName = (0,timestamp_name/* timestampFromName */.q)(name);
    if (fromName)
        return { createdAt: fromName, createdFrom: 'folder-name', files: null };
    const files = await listS3Files(s3, folder, backupDirHint());
    const times = files.flatMap((f) => (f.lastModified ? [f.lastModified.getTime()] : []));
    return { createdAt: new Date(times.length > 0 ? Math.min(...times) : Date.now()), createdFrom: 'mtime', files };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/migration/backup-manifest.ts
var backup_manifest = __webpack_require__(9420);
;// CONCATENATED MODULE: ./src/migration/s3-backup-download.ts
/**
 * The S3 migration backup brought to this machine: its files downloaded
 * into a private temp folder (os.tmpdir(), mode 0700, files 0600) and
 * checked, before the rollback reads a byte of them.
 *
 * Why download rather than stream: a checksum proves a file only once its
 * last byte is read, and the rollback must not plan from a file it has not
 * proven; it also reads the backup through the same path-based reader as a
 * local one (readCollectionFile), so nothing below has two ways to read.
 * A backup is the file database of one app: small next to the export.
 *
 * Checks: with `manifest.json` in the folder, every file it lists must be
 * there with its sha256 and size, and every other `.json` object must be
 * listed; without one, each object's own `sha256` metadata (our uploads
 * set it) is checked where present. Any failure removes the temp folder
 * before it is thrown: a refusal leaves nothing on disk.
 */













/** Temp folders of downloaded backups start with this (a crash leaves one to recognise). */
const TEMP_PREFIX = 'ddbrb-s3-backup-';
const REDO = 'the backup was changed or damaged after it was written: restore it from a good copy';
async function downloadS3Backup(s3, folder, listed, tmpRoot = external_node_os_default().tmpdir()) {
    const uri = (name) => (0,s3_uri/* s3UriOf */.il)(folder, name);
    const files = listed ?? (await listS3Files(s3, folder, backupDirHint()));
    const json = files.filter((f) => f.name.endsWith('.json') && f.name !== backup_manifest/* MANIFEST_NAME */.i);
    const manifest = files.some((f) => f.name === backup_manifest/* MANIFEST_NAME */.i) ? await readManifest(s3, folder) : null;
    if (manifest) {
        const present = new Set(files.map((f) => f.name));
        const missing = manifest.find((e) => !present.has(e.name));
        if (missing)
            throw new errors/* InputError */.dz(`${uri(missing.name)}: listed in ${uri(backup_manifest/* MANIFEST_NAME */.i)} but not there; ${REDO}`);
        const listedNames = new Set(manifest.map((e) => e.name));
        const unlisted = json.find((f) => !listedNames.has(f.name));
        if (unlisted)
            throw new errors/* InputError */.dz(`${uri(unlisted.name)}: not listed in ${uri(backup_manifest/* MANIFEST_NAME */.i)}, so it cannot be checked; remove it or write the manifest anew`);
    }
    const wanted = manifest
        ? manifest.map((e) => ({ name: e.name, expect: e }))
        : json.map((f) => ({ name: f.name, expect: null }));
    // A copy a killed run left holds item values: gone before this run makes its own.
    await removeStaleCopies(tmpRoot);
    // mkdtemp makes the folder 0700: no other user reads the copy.
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(tmpRoot, TEMP_PREFIX));
    const remove = () => (0,promises_.rm)(dir, { recursive: true, force: true });
    try {
        let checked = 0;
        for (const { name, expect } of wanted) {
            const got = await fetchTo(s3, folder, name, external_node_path_default().join(dir, name));
            if (expect) {
                if (got.sha256 !== expect.sha256 || got.bytes !== expect.bytes) {
                    const what = got.bytes !== expect.bytes ? `${got.bytes} bytes, the manifest says ${expect.bytes}` : 'its sha256 differs';
                    throw new errors/* InputError */.dz(`${uri(name)}: does not match ${uri(backup_manifest/* MANIFEST_NAME */.i)} (${what}); nothing was written. ${REDO}`);
                }
                checked++;
            }
            else if (got.metadataSha256 !== undefined) {
                if (got.sha256 !== got.metadataSha256.toLowerCase()) {
                    throw new errors/* InputError */.dz(`${uri(name)}: its bytes do not match its sha256 metadata; nothing was written. ${REDO}`);
                }
                checked++;
            }
        }
        const by = manifest ? 'manifest' : checked === 0 ? 'none' : checked === wanted.length ? 'metadata' : 'partial';
        return { dir, checksum: { by, files: wanted.length, checked }, remove };
    }
    catch (err) {
        await remove();
        throw err;
    }
}
function describeChecksum(c) {
    switch (c.by) {
        case 'manifest':
            return `checksummed: ${c.files} files against ${backup_manifest/* MANIFEST_NAME */.i}`;
        case 'metadata':
            return `checksummed: ${c.files} files against their sha256 metadata`;
        case 'partial':
            return `partly checksummed: ${c.checked} of ${c.files} files carry sha256 metadata, and no ${backup_manifest/* MANIFEST_NAME */.i}`;
        default:
            return `not checksummed: no ${backup_manifest/* MANIFEST_NAME */.i} and no sha256 metadata`;
    }
}
async function readManifest(s3, folder) {
    const uri = (0,s3_uri/* s3UriOf */.il)(folder, backup_manifest/* MANIFEST_NAME */.i);
    const text = await (0,store/* s3Store */.yc)(s3, folder).readText(backup_manifest/* MANIFEST_NAME */.i);
    if (text === null)
        throw new errors/* InputError */.dz(`${uri}: listed, then gone; the backup changed while it was read: run again`);
    return (0,backup_manifest/* parseBackupManifest */.z)(text, uri);
}
/** One object to a file, hashed on the way; the whole get is one retryable request (the file is rewritten from its start). */
function fetchTo(s3, folder, name, file) {
    return s3.call({ operation: 'GetObject', resource: (0,s3_uri/* s3UriOf */.il)(folder, name), notFoundHint: 'the backup changed while it was read: run again' }, async (sdk) => {
        const got = await sdk.send(new dist_cjs.GetObjectCommand({ Bucket: folder.bucket, Key: (0,s3_uri/* s3Key */.Aw)(folder, name) }));
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let bytes = 0;
        await (0,external_node_stream_promises_.pipeline)(got.Body, async function* (source) {
            for await (const chunk of source) {
                hash.update(chunk);
                bytes += chunk.length;
                yield chunk;
            }
        }, (0,external_node_fs_.createWriteStream)(file, { mode: 0o600 }));
        return { sha256: hash.digest('hex'), bytes, metadataSha256: got.Metadata?.sha256 };
    });
}
/** Older than any planning takes: a copy this old belongs to a run that was killed, not to one still at work. */
const STALE_COPY_MS = 6 * 3600_000;
/** Removes our copies older than STALE_COPY_MS in tmpRoot (only folders of our prefix, owned by this user). */
async function removeStaleCopies(tmpRoot, now = Date.now()) {
    const names = await (0,promises_.readdir)(tmpRoot).catch(() => []);
    for (const name of names.filter((n) => n.startsWith(TEMP_PREFIX))) {
        const p = external_node_path_default().join(tmpRoot, name);
        const st = await (0,promises_.lstat)(p).catch(() => null);
        const mine = st !== null && (typeof process.getuid !== 'function' || st.uid === process.getuid());
        if (st?.isDirectory() && mine && now - st.mtimeMs > STALE_COPY_MS)
            await (0,promises_.rm)(p, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/migration/backup-source.ts





async function openMigrationBackup(cwd, backupDir, progressFile, options) {
    if (backupDir.kind === 'dir') {
        const backup = await (0,backup_location/* requireMigrationBackup */.aJ)(cwd, backupDir.path, progressFile, options);
        return { backup, dir: backup?.dir ?? null, named: (err) => err, close: async () => { } };
    }
    if (!options.s3)
        throw new Error(`internal: backupDir ${(0,core_location/* describeLocation */.lR)(backupDir)} is on S3 but no S3 client was given`);
    const progress = await (0,backup_location/* requireProgress */.FL)(cwd, progressFile);
    const location = await findS3Backup(options.s3, backupDir, progress);
    if (!location.found) {
        if (location.reason === 'none' && options.optional)
            return { backup: null, dir: null, named: (err) => err, close: async () => { } };
        throw new errors/* InputError */.dz(location.problem);
    }
    const copy = await downloadS3Backup(options.s3, location.folder, location.files);
    const backup = {
        dir: location.uri,
        via: location.source,
        createdAt: location.createdAt.toISOString(),
        note: [location.note, describeChecksum(copy.checksum)].filter(Boolean).join('; '),
        startTime: progress.startTime,
        endTime: progress.endTime,
        checksum: copy.checksum,
    };
    return {
        backup,
        dir: copy.dir,
        named(err) {
            if ((err instanceof errors/* InputError */.dz || err instanceof errors/* FailedError */.Kl) && err.message.includes(copy.dir)) {
                err.message = err.message.split(`${copy.dir}/`).join(`${location.uri}/`).split(copy.dir).join(location.uri);
            }
            return err;
        },
        close: copy.remove,
    };
}
/** Status's lookup: never throws, and for S3 lists only (the age comes from the folder's name). */
async function locateMigrationBackup(cwd, backupDir, progress, s3) {
    if (backupDir.kind === 'dir')
        return (0,backup_location/* findMigrationBackup */.q_)(cwd, backupDir.path, progress);
    if (!s3)
        throw new Error(`internal: backupDir ${(0,core_location/* describeLocation */.lR)(backupDir)} is on S3 but no S3 client was given`);
    try {
        const l = await findS3Backup(s3, backupDir, progress);
        return l.found
            ? { found: true, path: l.uri, absPath: l.uri, source: l.source, createdAt: l.createdAt, createdFrom: l.createdFrom, note: l.note }
            : { found: false, path: l.uri, source: l.source, problem: l.problem, reason: l.reason, looked: [] };
    }
    catch (err) {
        return { found: false, path: null, source: 'newest-folder', problem: (0,errors/* describeError */.Uc)(err), reason: 'unreadable', looked: [] };
    }
}


/***/ }),

/***/ 43329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ decideCollectionRuns),
  S: () => (/* binding */ ownRun)
});

// EXTERNAL MODULE: ./src/migration/collection-runs.ts
var collection_runs = __webpack_require__(92029);
;// CONCATENATED MODULE: ./src/migration/item-times.ts
const FIELDS = ['updatedAt', 'createdAt'];
function timeOf(v) {
    if (v === undefined)
        return null;
    const t = 'S' in v ? Date.parse(v.S) : 'N' in v ? Number(v.N) : NaN;
    return Number.isFinite(t) ? t : null;
}
function migrationTimes(item) {
    const [updatedAt, createdAt] = FIELDS.map((f) => (Object.prototype.hasOwnProperty.call(item, f) ? timeOf(item[f]) : null));
    return { updatedAt: updatedAt ?? null, createdAt: createdAt ?? null };
}

// EXTERNAL MODULE: ./src/migration/runs.ts
var runs = __webpack_require__(76768);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/migration/progress-evidence.ts
var progress_evidence = __webpack_require__(70115);
// EXTERNAL MODULE: ./src/migration/timestamp-name.ts
var timestamp_name = __webpack_require__(79074);
;// CONCATENATED MODULE: ./src/migration/runs-read.ts
/**
 * The runs of the migration as found on disk: every folder of the backup
 * dir (its time from its name) and the progress file's evidence, handed to
 * the pure migrationRuns. Reads only; never prints the progress file. A
 * backup dir on S3 is not listed here: the backup the progress file names
 * is used as before (docs/design.md, "A resumed migration").
 */





/** backupDir null: status could not parse it (it reports why); like one on S3, nothing here to list. */
async function readMigrationRuns(cwd, backupDir, progressFile, windowMinutes) {
    const evidence = await (0,promises_.readFile)(external_node_path_default().resolve(cwd, progressFile), 'utf8').then((text) => {
        try {
            return (0,progress_evidence/* progressEvidence */.Bp)(JSON.parse(text));
        }
        catch {
            return progress_evidence/* NO_EVIDENCE */.kE;
        }
    }, () => progress_evidence/* NO_EVIDENCE */.kE);
    if (backupDir === null || backupDir.kind === 's3')
        return { dir: null, folders: [], evidence, found: runs/* NO_RUNS */.R8 };
    const dir = external_node_path_default().resolve(cwd, backupDir.path);
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => null);
    if (!entries)
        return { dir: null, folders: [], evidence, found: runs/* NO_RUNS */.R8 };
    const folders = entries
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => ({ name: e.name, time: (0,timestamp_name/* timestampFromName */.q)(e.name)?.getTime() ?? null }));
    return { dir, folders, evidence, found: (0,runs/* migrationRuns */.PD)(folders, evidence, windowMinutes) };
}

;// CONCATENATED MODULE: ./src/migration/collection-runs-find.ts




async function decideCollectionRuns(settings, places, targets, 
/** The items' times are read only when the config does not give the window; null: they cannot be (status --scan=false). */
itemsOf) {
    const configured = settings.windows ?? {};
    const given = targets.filter((t) => configured[t.collection] !== undefined).map((t) => t.collection);
    const disk = await readMigrationRuns(places.cwd, places.backupDir, places.progressFile, settings.windowMinutes);
    const resumed = (0,runs/* isResumed */.Kx)(disk.found);
    if (!resumed && given.length === 0)
        return null;
    if (disk.dir === null)
        return { disk, resumed, decided: [], unlisted: given };
    // With rewroteUpdatedAt off the migration left the items' timestamps as they were: they say nothing of its runs.
    const read = settings.rewroteUpdatedAt ? itemsOf : null;
    const decided = [];
    for (const t of targets) {
        const mine = configured[t.collection];
        if (mine === undefined && !resumed)
            continue;
        const tallier = new collection_runs/* RunTallier */.Pg(disk.found);
        if (mine === undefined && read !== null)
            for await (const item of read(t.table))
                tallier.add(migrationTimes(item));
        const run = (0,collection_runs/* collectionRun */.Qq)(t.collection, disk.found, disk.evidence, tallier.tally, mine);
        decided.push(mine === undefined && itemsOf === null && run.how === 'ambiguous'
            ? { ...run, why: `not known without the items (status --scan=false): ${run.why}` }
            : run);
    }
    return { disk, resumed, decided, unlisted: [] };
}
/** A decided run that needs a record of its own: configured, or one of several runs with evidence. */
function ownRun(d, c) {
    return c.how === 'configured' || (c.how !== 'ambiguous' && d.disk.found.runs.length > 1);
}


/***/ }),

/***/ 92029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pg: () => (/* binding */ RunTallier),
/* harmony export */   Qq: () => (/* binding */ collectionRun),
/* harmony export */   n5: () => (/* binding */ ambiguityMessage)
/* harmony export */ });
/* harmony import */ var _runs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76768);

/**
 * Counts, item by item, the runs whose window holds its updatedAt or
 * createdAt (the migration wrote its time into updatedAt always, into
 * createdAt where there was none), and the unexplained folders' spans that
 * hold its updatedAt (a span is long: a createdAt in it is the app's own,
 * from before the migration, but no updatedAt from before the last run's
 * backup reached DynamoDB other than through a run).
 */
class RunTallier {
    found;
    tally;
    constructor(found) {
        this.found = found;
        this.tally = { inRun: found.runs.map(() => 0), inUnexplained: found.unexplained.map(() => 0) };
    }
    add(times) {
        const within = (t, w) => t !== null && t >= w.start && t <= w.end;
        this.found.runs.forEach((r, i) => {
            if (within(times.updatedAt, r) || within(times.createdAt, r))
                this.tally.inRun[i]++;
        });
        this.found.unexplained.forEach((u, i) => {
            if (within(times.updatedAt, u))
                this.tally.inUnexplained[i]++;
        });
    }
}
function collectionRun(collection, found, e, tally, configured) {
    if (configured) {
        return {
            collection,
            backup: configured.backup,
            start: Date.parse(configured.start),
            end: Date.parse(configured.end),
            how: 'configured',
            why: `given in the config (migration.windows.${collection})`,
        };
    }
    const items = (n) => `${n} item${n === 1 ? '' : 's'}`;
    const ambiguous = (why) => ({ collection, backup: null, start: null, end: null, how: 'ambiguous', why });
    const take = (r, how, why) => ({
        collection,
        backup: r.backup,
        start: r.start,
        end: r.end,
        how,
        why: `${(0,_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRun */ .vZ)(r)}: ${why}`,
    });
    const { runs, unexplained } = found;
    // The progress file: runs in which the collection failed did not migrate it (all of it); a failed batch after the first means a part went in.
    const errors = e.collections.get(collection)?.errors ?? [];
    const spanEnd = (i) => (runs[i + 1]?.start ?? Infinity) - 1;
    const failedIn = runs.flatMap((r, i) => (errors.some((x) => x.time >= r.start && x.time <= spanEnd(i)) ? [i] : []));
    const split = runs.find((r, i) => failedIn.includes(i) && errors.some((x) => x.batch !== null && x.batch > 0 && x.time >= r.start && x.time <= spanEnd(i)));
    if (split)
        return ambiguous(`its errors in the progress file say a batch after the first failed in ${(0,_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRun */ .vZ)(split)}, so the items before it went in then and the rest in a later run: one window and one base cannot hold both`);
    const after = failedIn.length > 0 ? Math.max(...failedIn) + 1 : 0;
    const candidates = runs.map((_, i) => i).filter((i) => i >= after);
    const inRuns = tally.inRun.flatMap((n, i) => (n > 0 ? [i] : []));
    const inOdd = tally.inUnexplained.flatMap((n, i) => (n > 0 ? [i] : []));
    if (inOdd.length > 0) {
        const u = unexplained[inOdd[0]];
        return ambiguous(`an updatedAt after backup ${u.backup}, which the progress file shows no run for, on ${items(tally.inUnexplained[inOdd[0]])}`);
    }
    if (inRuns.length > 1) {
        return ambiguous(`its items carry the times of ${inRuns.length} runs (${inRuns.map((i) => `${items(tally.inRun[i])} of the run after backup ${runs[i].backup}`).join(', ')})`);
    }
    if (inRuns.length === 1) {
        const i = inRuns[0];
        if (!candidates.includes(i))
            return ambiguous(`its items carry the times of the run after backup ${runs[i].backup}, but the progress file has it fail in that run or a later one`);
        const failed = failedIn.length > 0 ? `; it failed in the run after backup ${runs[Math.max(...failedIn)].backup}` : '';
        return take(runs[i], 'items', `its times on ${items(tally.inRun[i])}${failed}`);
    }
    // One run with evidence (other folders without any): it is the run, as for a migration that ran once.
    if (runs.length === 1)
        return take(runs[0], 'progress', 'the only run the progress file shows');
    // No item holds a migration time any more (all rewritten since, or none): the progress file alone must name one run.
    if (candidates.length === 1 && unexplained.length === 0 && failedIn.length > 0) {
        return take(runs[candidates[0]], 'progress', `no item carries a migration time any more; it failed in every earlier run`);
    }
    return ambiguous('no item carries the time of any run, and the progress file does not say which run migrated it');
}
/** The message of a refusal: which collections, why, and the config key to set. */
function ambiguityMessage(ambiguous, folders) {
    const lines = ambiguous.map((c) => `${c.collection}: ${c.why}`);
    const keys = ambiguous.map((c) => `migration.windows.${c.collection}`).join(', ');
    return `the migration ran more than once (${folders}) and which run migrated ${ambiguous.map((c) => c.collection).join(', ')} is not clear: ${lines.join('; ')}. Nothing was written. Give each its run in the config (${keys}: { start: <ISO time>, end: <ISO time>, backup: <folder name in the backup dir> }; see docs/config.md)`;
}


/***/ }),

/***/ 68329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pM: () => (/* binding */ NO_MIGRATION_PLAN),
  Eu: () => (/* binding */ planMigration),
  By: () => (/* binding */ withWindow)
});

// EXTERNAL MODULE: ./src/merge/migration.ts
var migration = __webpack_require__(80344);
;// CONCATENATED MODULE: ./src/migration/window.ts
const time = (v) => {
    if (typeof v !== 'string')
        return null;
    const t = Date.parse(v);
    return Number.isFinite(t) ? t : null;
};
function migrationWindow(w) {
    const start = time(w.startTime);
    const end = time(w.endTime);
    if (start !== null && end !== null && end >= start)
        return { start, end, from: 'progress-file' };
    const from = start ?? w.backupTime?.getTime() ?? null;
    if (from === null)
        return null;
    return { start: from, end: from + w.windowMinutes * 60_000, from: start !== null ? 'progress-start' : 'backup-time' };
}
function describeWindow(w, windowMinutes) {
    if (!w)
        return "unknown (no startTime in the progress file and no timestamp in the backup folder name): no updatedAt is taken for the migration's";
    const span = `${new Date(w.start).toISOString()} to ${new Date(w.end).toISOString()}`;
    if (w.from === 'progress-file')
        return `${span} (the progress file's startTime and endTime)`;
    return `${span} (${w.from === 'progress-start' ? "the progress file's startTime" : "the backup folder's time"} plus migration.windowMinutes ${windowMinutes})`;
}

;// CONCATENATED MODULE: ./src/migration/plan.ts


const NO_MIGRATION_PLAN = { rules: migration/* NO_RULES */.Wd, generatedIds: false, window: 'not used (no migration rules)' };
/** The window found from the progress file's times and the backup's. */
function planMigration(settings, times) {
    const window = migrationWindow({
        startTime: times.startTime ?? undefined,
        endTime: times.endTime ?? undefined,
        backupTime: times.backupTime,
        windowMinutes: settings.windowMinutes,
    });
    return withWindow(settings, window, describeWindow(window, settings.windowMinutes));
}
/** A window given as it is (a catch-up's, from the base rollback's report), with its description. */
function withWindow(settings, window, description) {
    return {
        rules: { emptyStringsAsNull: settings.emptyStringsAsNull, rewroteUpdatedAt: settings.rewroteUpdatedAt, window },
        generatedIds: settings.generatedIds,
        window: description,
    };
}


/***/ }),

/***/ 70115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ progressEvidence),
/* harmony export */   _A: () => (/* binding */ allErrorTimes),
/* harmony export */   kE: () => (/* binding */ NO_EVIDENCE)
/* harmony export */ });
/**
 * What the migration's progress file says about its runs, read from the
 * parsed JSON as the app's script writes it: startTime and endTime (reset
 * by every run), status, backupPath (the last run's backup), errors[] with
 * a timestamp each (a failed run leaves one when it stops), and per
 * collection its status and errors[] (timestamp, and the batch that failed).
 * Anything not in that shape is left out, never guessed. Pure.
 */
const NO_EVIDENCE = {
    startTime: null,
    endTime: null,
    status: null,
    backupName: null,
    errors: [],
    collections: new Map(),
};
const isRec = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const timeOf = (v) => {
    if (typeof v !== 'string')
        return null;
    const t = Date.parse(v);
    return Number.isFinite(t) ? t : null;
};
const SHORT_PLAIN = /^[\w .:/-]{1,40}$/;
const plain = (v) => (typeof v === 'string' && SHORT_PLAIN.test(v) ? v : null);
function errorTimes(list) {
    if (!Array.isArray(list))
        return [];
    return list.flatMap((e) => {
        if (!isRec(e))
            return [];
        const time = timeOf(e.timestamp);
        if (time === null)
            return [];
        const batch = typeof e.batch === 'number' && Number.isInteger(e.batch) && e.batch >= 0 ? e.batch : null;
        return [{ time, batch }];
    });
}
function progressEvidence(data) {
    if (!isRec(data))
        return NO_EVIDENCE;
    const collections = new Map();
    if (isRec(data.collections)) {
        for (const [name, c] of Object.entries(data.collections)) {
            if (!isRec(c))
                continue;
            collections.set(name, { status: plain(c.status), errors: errorTimes(c.errors) });
        }
    }
    const backupPath = typeof data.backupPath === 'string' ? data.backupPath.replace(/[\\/]+$/, '') : '';
    const backupName = backupPath.split(/[\\/]/).at(-1) ?? '';
    return {
        startTime: timeOf(data.startTime),
        endTime: timeOf(data.endTime) ?? timeOf(data.completedAt),
        status: plain(data.status),
        backupName: backupName === '' ? null : backupName,
        errors: errorTimes(data.errors).map((e) => e.time),
        collections,
    };
}
/** Every error time the file records, run-level and per collection. */
function allErrorTimes(e) {
    return [...e.errors, ...[...e.collections.values()].flatMap((c) => c.errors.map((x) => x.time))];
}


/***/ }),

/***/ 76768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ isResumed),
/* harmony export */   PD: () => (/* binding */ migrationRuns),
/* harmony export */   R8: () => (/* binding */ NO_RUNS),
/* harmony export */   vZ: () => (/* binding */ describeRun)
/* harmony export */ });
/* harmony import */ var _progress_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70115);
/**
 * The runs of one migration, from its backup folders and its progress
 * file. The app's script takes a backup before every run, resets startTime
 * and, when a run fails, records the error with its time; a second run
 * skips what the first migrated. So each backup folder opens a run, and a
 * run that stopped ends at its last error before the next folder. The last
 * run is the one backupPath names (else the newest folder) and ends at
 * endTime (else at its last error, else after migration.windowMinutes).
 * An earlier folder with no error in its span has no evidence of a run of
 * this migration (a run that left no trace, a backup made by hand, or a
 * migration the app rolled back, which resets the progress file): it is
 * kept apart, as unexplained. Pure.
 */

const NO_RUNS = { runs: [], unexplained: [] };
function migrationRuns(folders, e, windowMinutes) {
    const timed = folders
        .filter((f) => f.time !== null)
        .sort((a, b) => a.time - b.time || a.name.localeCompare(b.name));
    const last = timed.find((f) => f.name === e.backupName) ?? timed.at(-1);
    if (!last)
        return NO_RUNS;
    const earlier = timed.filter((f) => f.time < last.time);
    const errors = (0,_progress_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .allErrorTimes */ ._A)(e);
    const runs = [];
    const unexplained = [];
    for (const [i, f] of earlier.entries()) {
        const next = (earlier[i + 1] ?? last).time;
        const inSpan = errors.filter((t) => t >= f.time && t < next);
        if (inSpan.length > 0)
            runs.push({ backup: f.name, start: f.time, end: Math.max(...inSpan), endFrom: 'errors' });
        else
            unexplained.push({ backup: f.name, start: f.time, end: next - 1 });
    }
    const start = last.time;
    const after = errors.filter((t) => t >= start);
    if (e.endTime !== null && e.endTime >= start)
        runs.push({ backup: last.name, start, end: e.endTime, endFrom: 'endTime' });
    else if (after.length > 0)
        runs.push({ backup: last.name, start, end: Math.max(...after), endFrom: 'errors' });
    else
        runs.push({ backup: last.name, start, end: start + windowMinutes * 60_000, endFrom: 'windowMinutes' });
    return { runs, unexplained };
}
/** More than one backup folder of this migration: each collection's run must be found, not assumed. */
function isResumed(found) {
    return found.runs.length + found.unexplained.length > 1;
}
const iso = (t) => new Date(t).toISOString();
function describeRun(r) {
    const end = {
        endTime: "the progress file's endTime",
        errors: 'its last error in the progress file',
        windowMinutes: 'migration.windowMinutes after its start',
    }[r.endFrom];
    return `the run after backup ${r.backup}, ${iso(r.start)} to ${iso(r.end)} (ends at ${end})`;
}


/***/ }),

/***/ 79074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ timestampFromName)
/* harmony export */ });
/**
 * When a backup folder was made, from its name: migration scripts name
 * folders by time (`2024-05-01T10-30-00-000Z`, `20240501T103000`,
 * `backup-1714559400000`). A name is more trustworthy than mtime, which a
 * copy or checkout resets. Times without a zone are taken as UTC.
 */
const DATE_TIME = /(\d{4})-?(\d{2})-?(\d{2})(?:[T_ -]?(\d{2})[-:.]?(\d{2})(?:[-:.]?(\d{2})(?:[.,-](\d{1,9}))?)?)?/;
const EPOCH = /(?:^|\D)(\d{13}|\d{10})(?:\D|$)/;
function utc(y, mo, d, h, mi, s, ms) {
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
    // Date.UTC rolls 2024-02-31 over to March: a rolled date was not a date.
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
        return null;
    if (h > 23 || mi > 59 || s > 59)
        return null;
    return date;
}
/** The time in a folder name, or null when the name holds none. */
function timestampFromName(name) {
    const m = DATE_TIME.exec(name);
    if (m) {
        const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0'] = m;
        const year = Number(y);
        if (year >= 2000 && year <= 2200) {
            const date = utc(year, Number(mo), Number(d), Number(h), Number(mi), Number(s), Number(frac.padEnd(3, '0').slice(0, 3)));
            if (date)
                return date;
        }
    }
    const e = EPOCH.exec(name);
    if (e) {
        const n = Number(e[1]);
        const ms = e[1].length === 13 ? n : n * 1000;
        // Only plausible times (2001..2200), so that an unrelated long number is not read as one.
        if (ms > 978_307_200_000 && ms < 7_258_118_400_000)
            return new Date(ms);
    }
    return null;
}


/***/ })

};
