export const id = 5192;
export const ids = [5192];
export const modules = {

/***/ 45192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createS3: () => (/* binding */ createS3)
/* harmony export */ });
/* unused harmony export wrapS3 */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53711);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77224);
/* harmony import */ var _foreign_answer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26359);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78440);
/**
 * The S3 client: the only place an S3Client is made. Retries are ours
 * (aws.ts), so the SDK's are off; lib-storage uploads retry as one request.
 */




function createS3(options) {
    const local = Boolean(options.endpoint);
    const sdk = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.S3Client({
        region: options.region,
        maxAttempts: 1,
        ...(local
            ? {
                endpoint: options.endpoint,
                forcePathStyle: true,
                // Local S3 servers do not implement the newer default checksums.
                requestChecksumCalculation: 'WHEN_REQUIRED',
                responseChecksumValidation: 'WHEN_REQUIRED',
            }
            : {}),
        ...(0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .localCredentials */ .ME)(options.endpoint, options.env ?? process.env),
    });
    // S3 never answers with a web page; objects carry their own types, so only HTML is foreign.
    sdk.middlewareStack.add((0,_foreign_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .foreignAnswerCheck */ .x)((type) => !/^text\/html/i.test(type)), {
        step: 'deserialize',
        name: 'foreignAnswerCheck',
        priority: 'low',
    });
    return wrapS3(sdk, options);
}
/** The IAM action behind each S3 call we make (HEAD and list calls need s3:ListBucket or s3:GetObject, not a namesake). */
function permission(operation) {
    const actions = {
        HeadBucket: 's3:ListBucket',
        ListObjectsV2: 's3:ListBucket',
        HeadObject: 's3:GetObject',
        GetObject: 's3:GetObject',
        Upload: 's3:PutObject',
        PutObject: 's3:PutObject',
        DeleteObject: 's3:DeleteObject',
    };
    return actions[operation] ?? `s3:${operation}`;
}
function wrapS3(sdk, options) {
    return (0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapClient */ .ok)(sdk, { service: 'S3', endpoint: options.endpoint, region: options.region, option: (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7)('s3-endpoint'), permission }, options);
}


/***/ })

};
