export const id = 2895;
export const ids = [2895];
export const modules = {

/***/ 12895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prCheckCommand: () => (/* binding */ prCheckCommand)
/* harmony export */ });
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67174);
/* harmony import */ var _read_option_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92304);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68619);



/** preflight's second question: is a rollback of this stage already under review? */
const prCheckCommand = (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .N)({
    name: 'pr-check',
    description: 'Refuse while a rollback pull request of the stage is open (branch dynamodb-rollback/<stage>), naming it, unless --supersede',
    options: ['branch', 'supersede', 'token', 'repository', 'github-api-url', 'retry-budget'],
    outputs: {
        'open-pull-request': 'Number of the open rollback pull request of the stage (empty: none)',
        superseded: 'true when an open one is superseded (--supersede)',
    },
    async run(ctx) {
        const { options: o, config } = ctx;
        // Checked before anything else: a missing token or repository changes nothing anywhere.
        const github = await (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__.gitHubFor)(ctx, 'pr-check', 'pull-requests: read');
        const repository = await (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__.gitHubRepository)(ctx);
        const { runPendingPull } = await __webpack_require__.e(/* import() */ 8982).then(__webpack_require__.bind(__webpack_require__, 48982));
        return runPendingPull({ repository, stage: config.stage, branch: o.branch ?? `dynamodb-rollback/${config.stage}`, supersede: (0,_read_option_js__WEBPACK_IMPORTED_MODULE_1__/* .readOption */ .g)(o, 'supersede') }, { github });
    },
    present(r) {
        return {
            ok: true,
            outputs: { 'open-pull-request': r.open ? String(r.open.number) : '', superseded: String(r.superseded) },
            summary: {
                title: 'pr-check',
                headline: r.open
                    ? `superseding pull request #${r.open.number} (${r.open.url}): this rollback's config-pr pushes a new commit to ${r.branch}`
                    : `no rollback pull request of ${r.stage} is open`,
                tables: [],
                notes: [],
            },
        };
    },
});


/***/ }),

/***/ 68619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ defineCommand)
/* harmony export */ });
/** Keeps R for the author of a command while the registry holds Command<unknown>. */
function defineCommand(command) {
    return command;
}


/***/ })

};
