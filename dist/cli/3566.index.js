export const id = 3566;
export const ids = [3566,1185];
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

/***/ 63566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkS3Target: () => (/* binding */ checkS3Target),
/* harmony export */   uploadExport: () => (/* binding */ uploadExport)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(53711);
/* harmony import */ var _clients_s3_upload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39068);
/* harmony import */ var _clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75207);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78440);
/* harmony import */ var _limiter_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93122);
/**
 * Uploads a finished export folder to s3://bucket/prefix with the same
 * layout: server-side encrypted, multipart for large files, and each object
 * read back and its sha256 compared with the local file's. export.json goes
 * last, so the S3 copy counts as an export only once everything else is there.
 */







async function uploadOne(s3, root, rel, loc, sse) {
    return (0,_clients_s3_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .uploadFile */ .Q)(s3, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, rel), rel, loc, sse);
}
/** Uploads rels in order groups: every group finishes before the next starts. */
async function uploadExport(s3, root, groups, loc, sse, reporter, concurrency = 4) {
    const total = groups.reduce((n, g) => n + g.length, 0);
    const progress = reporter.progress(`upload ${(0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_2__/* .s3UriOf */ .il)(loc)}`, { unit: 'files', total });
    const limit = (0,_limiter_js__WEBPACK_IMPORTED_MODULE_5__/* .createLimiter */ .z)(concurrency);
    const stats = { files: 0, bytes: 0, skipped: 0 };
    for (const group of groups) {
        // Settle the whole group before reporting a failure, so no upload runs on after we return.
        const settled = await Promise.allSettled(group.map((rel) => limit(async () => {
            const r = await uploadOne(s3, root, rel, loc, sse);
            stats.files++;
            stats.bytes += r.bytes;
            if (r.skipped)
                stats.skipped++;
            progress.add(1);
        })));
        const failed = settled.find((s) => s.status === 'rejected');
        if (failed) {
            progress.done('failed');
            throw failed.reason;
        }
    }
    progress.done(stats.skipped > 0 ? `${stats.skipped} already uploaded` : undefined);
    return stats;
}
/** The bucket exists and is reachable; a fresh export also needs an empty prefix. */
async function checkS3Target(s3, loc, fresh) {
    const request = { resource: `bucket ${loc.bucket}`, notFoundHint: `create it or correct ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_4__/* .opt */ .m7)('s3-uri')}` };
    await s3.call({ operation: 'HeadBucket', ...request }, (sdk) => sdk.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_6__.HeadBucketCommand({ Bucket: loc.bucket })));
    if (!fresh)
        return;
    const listed = await s3.call({ operation: 'ListObjectsV2', ...request }, (sdk) => sdk.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_6__.ListObjectsV2Command({ Bucket: loc.bucket, Prefix: loc.prefix ? `${loc.prefix}/` : undefined, MaxKeys: 1 })));
    if ((listed.KeyCount ?? listed.Contents?.length ?? 0) > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${(0,_clients_s3_uri_js__WEBPACK_IMPORTED_MODULE_2__/* .s3UriOf */ .il)(loc)} already holds objects; choose an empty prefix, or pass ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_4__/* .opt */ .m7)('resume')} to finish the export there`);
    }
}


/***/ })

};
