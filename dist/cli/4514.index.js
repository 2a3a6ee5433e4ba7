export const id = 4514;
export const ids = [4514];
export const modules = {

/***/ 24514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prCommentCommand: () => (/* binding */ prCommentCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_pr_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1299);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26052);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68619);





/** The finish's outcome on the rollback's pull request (DESIGN.md "The chain", rollback-finish.yml's last step). */
const prCommentCommand = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .defineCommand */ .N)({
    name: 'pr-comment',
    description: "Comment the finish's outcome on the rollback's pull request: verify --live's verdict, each step, and the catch-up when writes slipped in",
    options: ['pull-request', 'from', 'release', 'outcomes', 'verify-result', 'token', 'repository', 'github-api-url', 'dry-run', 'retry-budget'],
    outputs: {
        verdict: 'finished, writes-slipped-in, or not-finished',
        'comment-url': 'Web URL of the comment (empty on a dry run)',
    },
    async run(ctx) {
        const { options: o, env, config } = ctx;
        const dryRun = o['dry-run'] === true;
        if (!o['pull-request'])
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('pr-comment needs --pull-request: the number of the rollback\'s pull request');
        const token = o.token || env.GITHUB_TOKEN || env.GH_TOKEN;
        if (!dryRun && !token)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('pr-comment needs a GitHub token: give --token, or set GITHUB_TOKEN (in Actions: permissions pull-requests: write)');
        const named = o.repository ?? env.GITHUB_REPOSITORY;
        // A dry run posts nothing, so it needs no repository.
        const repository = dryRun && !named ? undefined : (0,_config_pr_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepository */ .S)(named ?? '', o.repository ? '--repository' : 'GITHUB_REPOSITORY');
        const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
        const budgetMs = (o['retry-budget'] ?? Number(_options_js__WEBPACK_IMPORTED_MODULE_3__/* .OPTION_SPECS */ .Fx['retry-budget'].default)) * 1000;
        const [{ createGitHub, PUBLIC_API_URL }, { runComment }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(2413), __webpack_require__.e(705)]).then(__webpack_require__.bind(__webpack_require__, 80705)), __webpack_require__.e(/* import() */ 4901).then(__webpack_require__.bind(__webpack_require__, 64901))]);
        return runComment({
            ...(repository ? { repository } : {}),
            pullRequest: o['pull-request'],
            stage: config.stage,
            ...(o.from ? { exportUri: o.from } : {}),
            ...(o.release ? { release: o.release } : {}),
            ...(runUrl ? { runUrl } : {}),
            outcomes: o.outcomes ?? '{}',
            ...(o['verify-result'] ? { verifyResult: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(ctx.cwd, o['verify-result']) } : {}),
            dryRun,
        }, {
            ...(dryRun
                ? {}
                : {
                    github: createGitHub({
                        token: token,
                        apiUrl: o['github-api-url'] || env.GITHUB_API_URL || PUBLIC_API_URL,
                        retry: { budgetMs },
                        onRetry: (e) => ctx.reporter.warning(`GitHub: ${e.operation} failed (${e.code}); retrying with back-off`),
                    }),
                }),
        });
    },
    present(r) {
        const headline = r.verdict === 'finished' ? 'finished: the switch lost nothing' : r.verdict === 'writes-slipped-in' ? 'writes reached DynamoDB after the export: catch-up needed, maintenance stays on' : 'not finished: maintenance stays on';
        return {
            // The comment was made; the verdict is the finish job's to fail on, not the comment's.
            ok: true,
            outputs: { verdict: r.verdict, 'comment-url': r.url ?? '' },
            summary: { title: 'pr-comment', headline: `${headline}${r.url ? `; commented: ${r.url}` : ' (dry run: not posted)'}`, tables: [], notes: r.url ? [] : ['comment body:', ...r.body.split('\n')] },
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
