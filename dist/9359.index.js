export const id = 9359;
export const ids = [9359];
export const modules = {

/***/ 89359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PACKAGE_NAME: () => (/* binding */ PACKAGE_NAME),
/* harmony export */   packageCheckout: () => (/* binding */ packageCheckout),
/* harmony export */   packageDirOf: () => (/* binding */ packageDirOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The git checkout this package runs from, if it runs from one: up from
 * the running script to our package.json, and only when that folder is the
 * top of a git work tree. Installed under an app's node_modules, git would
 * answer for the app, and the workflows would be pinned to the app's HEAD.
 */


const PACKAGE_NAME = 'dynamodb-rollback';
function packageDirOf(script) {
    if (!script || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(script))
        return null;
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(script));; dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir)) {
        const manifest = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifest)) {
            try {
                if (JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifest, 'utf8')).name === PACKAGE_NAME)
                    return dir;
            }
            catch {
                // someone else's unreadable package.json: keep looking up
            }
        }
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir) === dir)
            return null;
    }
}
async function packageCheckout(script, open) {
    const dir = packageDirOf(script);
    if (!dir)
        return null;
    const git = open(dir);
    const top = await git.topLevel().catch(() => null);
    return top && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(top) === (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir) ? git : null;
}


/***/ })

};
