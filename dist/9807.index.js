export const id = 9807;
export const ids = [9807,5034];
export const modules = {

/***/ 75207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* reexport safe */ _core_location_js__WEBPACK_IMPORTED_MODULE_0__.Aw),
/* harmony export */   il: () => (/* reexport safe */ _core_location_js__WEBPACK_IMPORTED_MODULE_0__.il)
/* harmony export */ });
/* harmony import */ var _core_location_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91324);
// The S3 half of a location (core/location.ts), kept here for the S3 client's users.



/***/ }),

/***/ 45034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s3Store: () => (/* binding */ s3Store)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53711);
/* harmony import */ var _clients_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67137);
/* harmony import */ var _clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75207);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78440);





function s3Store(s3, loc) {
    const keyOf = (key) => (key ? (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3Key */ .Aw)(loc, key) : loc.prefix);
    const hint = `check the s3:// URI given with ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('from')}`;
    const get = async (key) => {
        try {
            return await s3.call({ operation: 'GetObject', resource: (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(loc, key), notFoundHint: hint }, (sdk) => sdk.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.GetObjectCommand({ Bucket: loc.bucket, Key: keyOf(key) })));
        }
        catch (err) {
            // A missing key is an answer (the caller decides); a missing bucket is not.
            if ((0,_clients_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(err) === 'not-found' && err.code === 'NoSuchKey')
                return null;
            throw err;
        }
    };
    return {
        root: (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(loc),
        describe: (key) => (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(loc, key),
        async readText(key) {
            const got = await get(key);
            return got ? ((await got.Body?.transformToString('utf8')) ?? '') : null;
        },
        async open(key) {
            const got = await get(key);
            if (!got)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${(0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(loc, key)}: data file missing; the export is incomplete or was moved, copy it again whole`);
            return got.Body;
        },
        async folders(key) {
            const prefix = keyOf(key);
            const out = new Set();
            let token;
            do {
                const page = await s3.call({ operation: 'ListObjectsV2', resource: `bucket ${loc.bucket}`, notFoundHint: hint }, (sdk) => sdk.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.ListObjectsV2Command({
                    Bucket: loc.bucket,
                    Prefix: prefix ? `${prefix}/` : undefined,
                    Delimiter: '/',
                    ContinuationToken: token,
                })));
                for (const p of page.CommonPrefixes ?? []) {
                    const name = p.Prefix?.slice(prefix ? prefix.length + 1 : 0).replace(/\/$/, '');
                    if (name)
                        out.add(name);
                }
                token = page.IsTruncated ? page.NextContinuationToken : undefined;
            } while (token);
            return [...out].sort();
        },
        sub(key) {
            return s3Store(s3, { bucket: loc.bucket, prefix: keyOf(key) });
        },
    };
}


/***/ }),

/***/ 49807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ backupDirHint),
/* harmony export */   findS3Backup: () => (/* binding */ findS3Backup)
/* harmony export */ });
/* harmony import */ var _clients_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67137);
/* harmony import */ var _clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75207);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _export_format_s3_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45034);
/* harmony import */ var _s3_folder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87701);
/* harmony import */ var _timestamp_name_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79074);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78440);
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
const backupDirHint = () => `check ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_5__/* .opt */ .m7)('backup-dir')} (or backupDir in the config)`;
async function findS3Backup(s3, root, progress) {
    const rootUri = (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(root);
    const folders = await listFolders(s3, root);
    const sub = (name) => ({ bucket: root.bucket, prefix: root.prefix ? `${root.prefix}/${name}` : name });
    if (progress.backupPath !== null) {
        const name = progress.backupPath.split(/[/\\]/).filter(Boolean).at(-1) ?? '';
        const folder = sub(name);
        if (!name || !folders.includes(name)) {
            return {
                found: false,
                uri: name ? (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(folder) : null,
                source: 'progress-file',
                problem: `${progress.path} names backupPath ${progress.backupPath}, but ${rootUri} holds no folder ${name || '(empty name)'}; upload the backup there or correct backupPath`,
                reason: 'named',
            };
        }
        const note = `${progress.path} names ${progress.backupPath}; took the folder of that name in ${rootUri}`;
        return { found: true, folder, uri: (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(folder), source: 'progress-file', ...(await createdAtOf(s3, folder, name)), note };
    }
    const dated = folders
        .filter((n) => !n.startsWith('.'))
        .flatMap((n) => {
        const t = (0,_timestamp_name_js__WEBPACK_IMPORTED_MODULE_6__/* .timestampFromName */ .q)(n);
        return t ? [{ name: n, time: t.getTime() }] : [];
    })
        .sort((a, b) => a.time - b.time || a.name.localeCompare(b.name, 'en', { numeric: true }));
    const newest = dated.at(-1);
    if (!newest) {
        const what = folders.length > 0
            ? `holds no folder named by a time (found ${folders.length}: ${folders.slice(0, 5).join(', ')}${folders.length > 5 ? ', …' : ''})`
            : (await (0,_s3_folder_js__WEBPACK_IMPORTED_MODULE_4__/* .listS3Files */ .G)(s3, root, backupDirHint())).length > 0
                ? 'holds no backup folder, only objects'
                : 'is empty';
        return {
            found: false,
            uri: null,
            source: 'newest-folder',
            problem: `no migration backup: ${rootUri} ${what} and ${progress.path} names none; upload the backup folder (<prefix>/<time>/<collection>.json), ${backupDirHint()}, or use ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_5__/* .opt */ .m7)('strategy')} export`,
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
        uri: (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(folder),
        source: 'newest-folder',
        createdAt: new Date(newest.time),
        createdFrom: 'folder-name',
        note,
        files: null,
    };
}
async function listFolders(s3, root) {
    try {
        return await (0,_export_format_s3_store_js__WEBPACK_IMPORTED_MODULE_3__.s3Store)(s3, root).folders('');
    }
    catch (err) {
        // The store's own hint speaks of --from; a missing bucket here is the backup dir's.
        if ((0,_clients_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(err) === 'not-found') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`migration backup ${(0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .s3UriOf */ .il)(root)}: bucket ${root.bucket} not found in ${(0,_clients_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .whereOf */ .de)(s3.scope)}; ${backupDirHint()}`, { cause: err });
        }
        throw err;
    }
}
async function createdAtOf(s3, folder, name) {
    const fromName = (0,_timestamp_name_js__WEBPACK_IMPORTED_MODULE_6__/* .timestampFromName */ .q)(name);
    if (fromName)
        return { createdAt: fromName, createdFrom: 'folder-name', files: null };
    const files = await (0,_s3_folder_js__WEBPACK_IMPORTED_MODULE_4__/* .listS3Files */ .G)(s3, folder, backupDirHint());
    const times = files.flatMap((f) => (f.lastModified ? [f.lastModified.getTime()] : []));
    return { createdAt: new Date(times.length > 0 ? Math.min(...times) : Date.now()), createdFrom: 'mtime', files };
}


/***/ }),

/***/ 87701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ listS3Files)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53711);
/* harmony import */ var _clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75207);
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
        const page = await s3.call({ operation: 'ListObjectsV2', resource: (0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .s3UriOf */ .il)(folder), notFoundHint }, (sdk) => sdk.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.ListObjectsV2Command({ Bucket: folder.bucket, Prefix: prefix || undefined, Delimiter: '/', ContinuationToken: token })));
        for (const o of page.Contents ?? []) {
            const name = o.Key?.slice(prefix.length);
            if (name)
                out.push({ name, bytes: o.Size ?? 0, lastModified: o.LastModified ?? null });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}


/***/ })

};
