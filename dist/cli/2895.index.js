export const id = 2895;
export const ids = [2895];
export const modules = {

/***/ 12895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prCheckCommand: () => (/* binding */ prCheckCommand)
/* harmony export */ });
/* harmony import */ var _config_pr_repository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1299);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26052);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68619);




/** preflight's second question: is a rollback of this stage already under review? */
const prCheckCommand = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCommand */ .N)({
    name: 'pr-check',
    description: "Refuse while a rollback pull request of the stage is open (branch dynamodb-rollback/<stage>), naming it, unless --supersede",
    options: ['branch', 'supersede', 'token', 'repository', 'github-api-url', 'retry-budget'],
    outputs: {
        'open-pull-request': 'Number of the open rollback pull request of the stage (empty: none)',
        superseded: 'true when an open one is superseded (--supersede)',
    },
    async run(ctx) {
        const { options: o, env, config } = ctx;
        const token = o.token || env.GITHUB_TOKEN || env.GH_TOKEN;
        if (!token)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('pr-check needs a GitHub token: give --token, or set GITHUB_TOKEN (in Actions: permissions pull-requests: read)');
        const named = o.repository ?? env.GITHUB_REPOSITORY;
        const repository = (0,_config_pr_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRepository */ .S)(named ?? '', o.repository ? '--repository' : 'GITHUB_REPOSITORY');
        const budgetMs = (o['retry-budget'] ?? Number(_options_js__WEBPACK_IMPORTED_MODULE_2__/* .OPTION_SPECS */ .Fx['retry-budget'].default)) * 1000;
        const [{ createGitHub, PUBLIC_API_URL }, { runPendingPull }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(2413), __webpack_require__.e(705)]).then(__webpack_require__.bind(__webpack_require__, 80705)), __webpack_require__.e(/* import() */ 8982).then(__webpack_require__.bind(__webpack_require__, 48982))]);
        return runPendingPull({ repository, stage: config.stage, branch: o.branch ?? `dynamodb-rollback/${config.stage}`, supersede: o.supersede === true }, {
            github: createGitHub({
                token,
                apiUrl: o['github-api-url'] || env.GITHUB_API_URL || PUBLIC_API_URL,
                retry: { budgetMs },
                onRetry: (e) => ctx.reporter.warning(`GitHub: ${e.operation} failed (${e.code}); retrying with back-off`),
            }),
        });
    },
    present(r) {
        return {
            ok: true,
            outputs: { 'open-pull-request': r.open ? String(r.open.number) : '', superseded: String(r.superseded) },
            summary: {
                title: 'pr-check',
                headline: r.open ? `superseding pull request #${r.open.number} (${r.open.url}): this rollback's config-pr pushes a new commit to ${r.branch}` : `no rollback pull request of ${r.stage} is open`,
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


/***/ }),

/***/ 1299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ parseRepository),
/* harmony export */   k: () => (/* binding */ repositoryFromUrl)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/** owner/name of the GitHub repository: given, else from the origin URL (https, ssh or scp-like; GitHub Enterprise hosts too). */

const NAME = /^[A-Za-z0-9_.-]+$/;
function parseRepository(text, from) {
    const [owner, repo, ...rest] = text.split('/');
    if (!owner || !repo || rest.length > 0 || !NAME.test(owner) || !NAME.test(repo)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${from} "${text}": expected owner/name; give --repository owner/name`);
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
