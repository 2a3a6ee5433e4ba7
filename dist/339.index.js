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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67174);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68619);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78440);





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
        const { options: o, config } = ctx;
        const commit = o.commit?.trim();
        const mitigateRun = o['mitigate-run']?.trim();
        if (!commit === !mitigateRun)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`trusted-record needs exactly one of ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('commit')} (the merged rollback commit) and ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('mitigate-run')} (a mitigate run id)`);
        if (!o['record-dir'])
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`trusted-record needs ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('record-dir')}: the folder to write the record into`);
        const github = await (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .gitHubFor */ .JG)(ctx, 'trusted-record', 'actions: read, contents: read, pull-requests: read');
        const repository = await (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .gitHubRepository */ .Wb)(ctx);
        const { runTrustedRecord } = await __webpack_require__.e(/* import() */ 4523).then(__webpack_require__.bind(__webpack_require__, 54523));
        return runTrustedRecord({
            repository,
            stage: config.stage,
            source: commit ? { kind: 'rollback', commit } : { kind: 'mitigate', runId: mitigateRun },
            recordDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(ctx.cwd, o['record-dir']),
        }, { github });
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


/***/ })

};
