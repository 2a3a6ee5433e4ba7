export const id = 8982;
export const ids = [8982];
export const modules = {

/***/ 48982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPendingPull: () => (/* binding */ runPendingPull)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

async function runPendingPull(o, deps) {
    const open = await deps.github.findOpenPull(o.repository, o.branch);
    if (open && !o.supersede) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`a rollback of ${o.stage} is already under review: pull request #${open.number} (${open.url}) from ${o.branch} is open. Merge it and let rollback-finish run, or close it, or dispatch again with supersede to replace its record with a new commit`);
    }
    return { stage: o.stage, branch: o.branch, open: open ? { number: open.number, url: open.url } : null, superseded: open !== null };
}


/***/ })

};
