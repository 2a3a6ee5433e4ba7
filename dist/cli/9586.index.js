export const id = 9586;
export const ids = [9586];
export const modules = {

/***/ 99586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   silentReporter: () => (/* binding */ silentReporter)
/* harmony export */ });
/**
 * The one interface commands log through. The action implements it over
 * @actions/core, the CLI over the terminal; tests use a recording one.
 * Messages must never contain item values: ids, counts and attribute paths only.
 */
/** A reporter that drops everything: for callers that want no output. */
const silentReporter = {
    info() { },
    warning() { },
    error() { },
    group: (_name, fn) => fn(),
    progress: () => ({ add() { }, detail() { }, done() { } }),
};


/***/ })

};
