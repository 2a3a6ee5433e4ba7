export const id = 1299;
export const ids = [1299];
export const modules = {

/***/ 1299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ repositoryFromUrl),
/* harmony export */   parseRepository: () => (/* binding */ parseRepository)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78440);
/** owner/name of the GitHub repository: given, else from the origin URL (https, ssh or scp-like; GitHub Enterprise hosts too). */


const NAME = /^[A-Za-z0-9_.-]+$/;
function parseRepository(text, from) {
    const [owner, repo, ...rest] = text.split('/');
    if (!owner || !repo || rest.length > 0 || !NAME.test(owner) || !NAME.test(repo)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${from} "${text}": expected owner/name; give ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_1__/* .opt */ .m7)('repository')} owner/name`);
    }
    return { owner, repo };
}
/** owner/name from a remote URL, or null when the URL does not name one (a local path, say). */
function repositoryFromUrl(url) {
    const m = /^(?:[a-z+]+:\/\/(?:[^@/]+@)?[^/]+(?::\d+)?\/|[^@/\s]+@[^:/\s]+:)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
    if (!m || !NAME.test(m[1]) || !NAME.test(m[2]))
        return null;
    return { owner: m[1], repo: m[2] };
}


/***/ })

};
