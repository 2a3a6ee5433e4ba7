export const id = 1597;
export const ids = [1597];
export const modules = {

/***/ 71597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   boundHeapGrowth: () => (/* binding */ boundHeapGrowth)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Keeps the heap close to what is live. A rollback or verify of a large
 * collection holds an index of some 200 MB (docs/design.md "Memory at
 * scale") and parses much garbage beside it; V8 lets the heap grow to up to
 * four times what is live between full collections, which took verify of
 * 1,000,000 items to 660 MB of RSS. Growing by 30% at a time holds it under
 * 500 MB for some 7% more time in collection. Set at start, before the work
 * allocates; V8 reads the flag each time it sets the next limit.
 */

function boundHeapGrowth() {
    node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--heap-growing-percent=30');
}


/***/ })

};
