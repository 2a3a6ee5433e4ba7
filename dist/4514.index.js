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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67174);
/* harmony import */ var _read_option_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92304);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68619);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78440);






/** The finish's outcome on the rollback's pull request (DESIGN.md "The chain", rollback-finish.yml's last step). */
const prCommentCommand = (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .defineCommand */ .N)({
    name: 'pr-comment',
    description: "Comment the finish's outcome on the rollback's pull request: verify --live's verdict, each step, and the catch-up when writes slipped in",
    options: [
        'pull-request',
        'from',
        'release',
        'outcomes',
        'verify-result',
        'token',
        'repository',
        'github-api-url',
        'dry-run',
        'retry-budget',
    ],
    outputs: {
        verdict: 'finished, writes-slipped-in, or not-finished',
        'comment-url': 'Web URL of the comment (empty on a dry run)',
    },
    async run(ctx) {
        const { options: o, env, config } = ctx;
        const dryRun = (0,_read_option_js__WEBPACK_IMPORTED_MODULE_3__/* .readOption */ .g)(o, 'dry-run');
        if (!o['pull-request'])
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`pr-comment needs ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_4__/* .opt */ .m7)('pull-request')}: the number of the rollback's pull request`);
        // Checked before anything else; a dry run posts nothing, so it needs no token, nor a repository unless one is named.
        const github = dryRun ? undefined : await (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .gitHubFor */ .JG)(ctx, 'pr-comment', 'pull-requests: write');
        const repository = dryRun && !(o.repository ?? env.GITHUB_REPOSITORY) ? undefined : await (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .gitHubRepository */ .Wb)(ctx);
        const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
            ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
            : undefined;
        const { runComment } = await __webpack_require__.e(/* import() */ 4901).then(__webpack_require__.bind(__webpack_require__, 64901));
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
        }, github ? { github } : {});
    },
    present(r) {
        const headline = r.verdict === 'finished'
            ? 'finished: the switch lost nothing'
            : r.verdict === 'writes-slipped-in'
                ? 'writes reached DynamoDB after the export: catch-up needed, maintenance stays on'
                : 'not finished: maintenance stays on';
        return {
            // The comment was made; the verdict is the finish job's to fail on, not the comment's.
            ok: true,
            outputs: { verdict: r.verdict, 'comment-url': r.url ?? '' },
            summary: {
                title: 'pr-comment',
                headline: `${headline}${r.url ? `; commented: ${r.url}` : ' (dry run: not posted)'}`,
                tables: [],
                notes: r.url ? [] : ['comment body:', ...r.body.split('\n')],
            },
        };
    },
});


/***/ })

};
