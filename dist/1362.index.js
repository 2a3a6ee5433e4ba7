export const id = 1362;
export const ids = [1362];
export const modules = {

/***/ 21362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCloudWatch: () => (/* binding */ createCloudWatch)
/* harmony export */ });
/* unused harmony export wrapCloudWatch */
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44085);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77224);
/* harmony import */ var _foreign_answer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26359);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78440);
/**
 * The CloudWatch client: the only place a CloudWatchClient is made. Retries
 * are ours (aws.ts), so the SDK's are off. The SDK speaks CloudWatch's AWS
 * JSON 1.0 protocol (query-compatible: the old error codes ride in a
 * header), so every answer, errors included, is JSON; anything else at
 * --cloudwatch-endpoint is refused before the SDK parses it.
 */




function createCloudWatch(options) {
    const sdk = new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_3__/* .CloudWatchClient */ .WBn({
        region: options.region,
        maxAttempts: 1,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .localCredentials */ .ME)(options.endpoint, options.env ?? process.env),
    });
    sdk.middlewareStack.add((0,_foreign_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .foreignAnswerCheck */ .x)((type) => /json/i.test(type)), {
        step: 'deserialize',
        name: 'foreignAnswerCheck',
        priority: 'low',
    });
    return wrapCloudWatch(sdk, options);
}
/** Wraps an SDK client made elsewhere (a test's mock): same retries and classifier. */
function wrapCloudWatch(sdk, options) {
    const scope = {
        service: 'CloudWatch',
        endpoint: options.endpoint,
        region: options.region,
        option: (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7)('cloudwatch-endpoint'),
        permission: (op) => `cloudwatch:${op}`,
    };
    return (0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapClient */ .ok)(sdk, scope, options);
}


/***/ })

};
