export const id = 3679;
export const ids = [3679];
export const modules = {

/***/ 63679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  undoCommand: () => (/* binding */ undoCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/fsafe/atomic-write.ts
var atomic_write = __webpack_require__(88796);
// EXTERNAL MODULE: ./src/fsafe/lock.ts + 1 modules
var fsafe_lock = __webpack_require__(67016);
// EXTERNAL MODULE: ./src/fsafe/snapshot.ts + 1 modules
var fsafe_snapshot = __webpack_require__(78168);
// EXTERNAL MODULE: ./src/state/paths.ts
var paths = __webpack_require__(65013);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/rollback/undo.ts
/**
 * Undo: the data dir put back exactly as the last rollback's snapshot holds
 * it. Under the same lock as the rollback; the snapshot's manifest is
 * validated, its files re-hashed and its paths checked against the data dir
 * first, so a damaged or edited snapshot changes nothing.
 */








async function runUndo({ dataDir }, deps) {
    const state = (0,paths/* statePaths */.mt)(dataDir);
    const snapshot = await (0,fsafe_snapshot/* latestSnapshot */.q1)(state.snapshots);
    if (!snapshot)
        throw new errors/* InputError */.dz(`nothing to undo: no snapshot for ${dataDir} in ${state.snapshots}; check ${(0,option_name/* opt */.m7)('data-dir')}`);
    const here = await (0,promises_.lstat)(dataDir).catch(() => null);
    if (here && !here.isDirectory())
        throw new errors/* InputError */.dz(`data dir ${dataDir} is not a folder; move it away and run undo again`);
    const now = deps.now ?? (() => new Date());
    const lock = await (0,fsafe_lock/* acquireLock */.I)(state.lock, 'undo', now(), (m) => deps.reporter.warning(m));
    try {
        await (0,fsafe_snapshot/* verifySnapshot */.Mx)(snapshot);
        deps.reporter.info(`restoring ${dataDir} from ${snapshot.dir}`);
        // restoreSnapshot checks every path before its first write; our temps are removed only after that.
        const r = await (0,fsafe_snapshot/* restoreSnapshot */.n5)(dataDir, snapshot, deps.hooks);
        if (here)
            await (0,atomic_write/* removeStaleTemps */.jH)(dataDir);
        await (0,atomic_write/* writeFileAtomic */.Zf)(external_node_path_default().join(snapshot.dir, 'undone.json'), `${JSON.stringify({ undoneAt: now().toISOString() })}\n`);
        return { dataDir, snapshot: snapshot.dir, snapshotTakenAt: snapshot.manifest.createdAt, ...r };
    }
    finally {
        await lock.release();
    }
}

// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
;// CONCATENATED MODULE: ./src/commands/undo.ts



const MAX_LISTED = 20;
/** Puts the data dir back as it was before the last rollback, byte for byte. */
const undoCommand = (0,types/* defineCommand */.N)({
    name: 'undo',
    description: 'Put the data dir back as it was before the last rollback, byte for byte',
    options: ['data-dir'],
    outputs: {
        'data-dir': 'File database folder restored',
        snapshot: 'Snapshot folder restored from',
    },
    async run(ctx) {
        return runUndo({ dataDir: external_node_path_default().resolve(ctx.cwd, ctx.config.dataDir) }, { reporter: ctx.reporter });
    },
    present(r) {
        const list = (xs) => xs.length > MAX_LISTED ? `${xs.slice(0, MAX_LISTED).join(', ')} and ${xs.length - MAX_LISTED} more` : xs.join(', ');
        const notes = [`snapshot: ${r.snapshot} (taken ${r.snapshotTakenAt})`];
        if (r.restored.length)
            notes.push(`restored: ${list(r.restored)}`);
        if (r.removed.length)
            notes.push(`removed (created by the rollback): ${list(r.removed)}`);
        if (r.leftAlone.length)
            notes.push(`not in the snapshot and not the rollback's, left as they are: ${list(r.leftAlone)}`);
        return {
            ok: true,
            outputs: { 'data-dir': r.dataDir, snapshot: r.snapshot },
            summary: {
                title: 'undo',
                headline: `${r.dataDir} is as it was before the rollback: ${r.restored.length} restored, ${r.removed.length} removed, ${r.unchanged} already as they were`,
                tables: [
                    {
                        headers: ['restored', 'removed', 'unchanged', 'left alone'],
                        rows: [[String(r.restored.length), String(r.removed.length), String(r.unchanged), String(r.leftAlone.length)]],
                    },
                ],
                notes,
            },
        };
    },
});


/***/ })

};
