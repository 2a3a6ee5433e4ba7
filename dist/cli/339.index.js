export const id = 339;
export const ids = [339];
export const modules = {

/***/ 40339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trustedRecordCommand: () => (/* binding */ trustedRecordCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_pr_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1299);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26052);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68619);





/** The rollback's record (or mitigate's report), believed only from the run that made it (docs/formats.md "The record's trailers"). */
const trustedRecordCommand = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .defineCommand */ .N)({
    name: 'trusted-record',
    description: "Fetch the rollback's record named by the merged commit's trailers (or a mitigate run's report), believing it only from rollback.yml (mitigate.yml) of this repository, dispatched on the default branch, completed, with the committed sha256",
    options: ['commit', 'mitigate-run', 'record-dir', 'token', 'repository', 'github-api-url', 'retry-budget'],
    outputs: {
        'run-id': 'The run that made the record',
        'run-attempt': 'Its attempt',
        sha256: "The record's digest (checked against the commit's trailer)",
        'record-dir': 'Where the record files were written',
        'export-uri': 'rollback: the export the record names (locations.json)',
        'release-uri': 'The published data dir (trusted-record: the release the record names; empty: none)',
        'pull-request': 'rollback: the number of the pull request that carried the commit (empty: none found)',
    },
    async run(ctx) {
        const { options: o, env, config } = ctx;
        const commit = o.commit?.trim();
        const mitigateRun = o['mitigate-run']?.trim();
        if (!commit === !mitigateRun)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('trusted-record needs exactly one of --commit (the merged rollback commit) and --mitigate-run (a mitigate run id)');
        if (!o['record-dir'])
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('trusted-record needs --record-dir: the folder to write the record into');
        const token = o.token || env.GITHUB_TOKEN || env.GH_TOKEN;
        if (!token)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('trusted-record needs a GitHub token: give --token, or set GITHUB_TOKEN (in Actions: permissions actions: read, contents: read, pull-requests: read)');
        const named = o.repository ?? env.GITHUB_REPOSITORY;
        const repository = (0,_config_pr_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepository */ .S)(named ?? '', o.repository ? '--repository' : 'GITHUB_REPOSITORY');
        const budgetMs = (o['retry-budget'] ?? Number(_options_js__WEBPACK_IMPORTED_MODULE_3__/* .OPTION_SPECS */ .Fx['retry-budget'].default)) * 1000;
        const [{ createGitHub, PUBLIC_API_URL }, { runTrustedRecord }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(2413), __webpack_require__.e(705)]).then(__webpack_require__.bind(__webpack_require__, 80705)), __webpack_require__.e(/* import() */ 4523).then(__webpack_require__.bind(__webpack_require__, 54523))]);
        return runTrustedRecord({
            repository,
            stage: config.stage,
            source: commit ? { kind: 'rollback', commit } : { kind: 'mitigate', runId: mitigateRun },
            recordDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(ctx.cwd, o['record-dir']),
        }, {
            github: createGitHub({
                token,
                apiUrl: o['github-api-url'] || env.GITHUB_API_URL || PUBLIC_API_URL,
                retry: { budgetMs },
                onRetry: (e) => ctx.reporter.warning(`GitHub: ${e.operation} failed (${e.code}); retrying with back-off`),
            }),
        });
    },
    present(r) {
        const from = `run ${r.run.id} attempt ${r.run.attempt}`;
        return {
            ok: true,
            outputs: {
                'run-id': String(r.run.id),
                'run-attempt': String(r.run.attempt),
                sha256: r.sha256,
                'record-dir': r.recordDir,
                'export-uri': r.export ?? '',
                'release-uri': r.release ?? '',
                'pull-request': r.pullRequest ? String(r.pullRequest.number) : '',
            },
            summary: {
                title: 'trusted-record',
                headline: `${r.kind === 'rollback' ? 'the rollback record' : "mitigate's report"} of ${r.stage} from ${from} (${r.run.url}), checked: sha256 ${r.sha256}`,
                tables: [{ headers: ['file'], rows: r.files.map((f) => [f]) }],
                notes: [
                    ...(r.commit ? [`named by the trailers of commit ${r.commit}`] : []),
                    ...(r.export ? [`export: ${r.export}`, `release: ${r.release ?? 'none'}`] : []),
                    ...(r.pullRequest ? [`pull request #${r.pullRequest.number}: ${r.pullRequest.url}`] : []),
                    `written to ${r.recordDir}`,
                ],
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
