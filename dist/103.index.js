export const id = 103;
export const ids = [103];
export const modules = {

/***/ 90103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startLocalServices: () => (/* binding */ startLocalServices)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * dynalite (DynamoDB) and s3rver (S3) in this process, on 127.0.0.1 with
 * free ports. The drill starts them, and so do the tests (global setup) and
 * the bench. Both are loaded only when started, so no other command carries
 * them. No relative imports here: jest's global setup requires this file
 * outside its module mapper.
 */



async function startLocalServices() {
    const [{ default: dynalite }, { default: S3rver }] = await Promise.all([__webpack_require__.e(/* import() */ 1274).then(__webpack_require__.t.bind(__webpack_require__, 41274, 23)), Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(7360)]).then(__webpack_require__.t.bind(__webpack_require__, 27360, 23))]);
    const dyn = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    await new Promise((resolve, reject) => {
        dyn.once('error', reject);
        dyn.listen(0, '127.0.0.1', () => resolve());
    });
    const dynPort = dyn.address().port;
    const s3dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'ddbrb-s3-'));
    let s3;
    try {
        s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3dir });
        const s3addr = (await s3.run());
        let stopped;
        const started = s3;
        return {
            dynamoEndpoint: `http://127.0.0.1:${dynPort}`,
            s3Endpoint: `http://127.0.0.1:${s3addr.port}`,
            stop() {
                stopped ??= (async () => {
                    await started.close();
                    await new Promise((resolve) => dyn.close(() => resolve()));
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(s3dir, { recursive: true, force: true });
                })();
                return stopped;
            },
        };
    }
    catch (err) {
        await new Promise((resolve) => dyn.close(() => resolve()));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(s3dir, { recursive: true, force: true });
        throw err;
    }
}


/***/ })

};
