export const id = 5034;
export const ids = [5034];
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


/***/ })

};
