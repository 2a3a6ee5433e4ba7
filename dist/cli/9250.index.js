export const id = 9250;
export const ids = [9250];
export const modules = {

/***/ 69250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollbackCommand: () => (/* binding */ rollbackCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/location.ts
var core_location = __webpack_require__(91324);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
// EXTERNAL MODULE: ./src/merge/plan.ts + 1 modules
var merge_plan = __webpack_require__(25708);
// EXTERNAL MODULE: ./src/collection/migration-tally.ts
var migration_tally = __webpack_require__(98367);
;// CONCATENATED MODULE: ./src/commands/rollback-runs-present.ts
const MAX_IDS = 20;
const ids = (list) => list.length > MAX_IDS ? `${list.slice(0, MAX_IDS).join(', ')} and ${list.length - MAX_IDS} more (all in the report)` : list.join(', ');
function runNotes(r) {
    return r.collections.flatMap((c) => c.migrationRun
        ? [
            `${c.collection}: merged from backup ${c.migrationRun.backup}, window ${c.migrationRun.windowStart} to ${c.migrationRun.windowEnd} (${c.migrationRun.why})`,
        ]
        : []);
}
/** One line per collection where a merge conflict set a version aside, naming the side and the ids. */
function setAsideNotes(r) {
    if (r.strategy !== 'merge')
        return [];
    return r.collections.flatMap((c) => {
        const files = [...c.lost.changedInFiles, ...c.lost.addedInFiles];
        const dynamo = [...c.lost.changedInExport, ...c.lost.addedInExport];
        const out = [];
        if (files.length > 0)
            out.push(`${c.collection}: the file's version of ${ids(files)} set aside by ${files.length === 1 ? 'a conflict' : 'conflicts'} (prefer ${r.prefer}); the edit is not in the file: see the report's lost lists, or roll back with another --prefer`);
        if (dynamo.length > 0)
            out.push(`${c.collection}: DynamoDB's version of ${ids(dynamo)} set aside by ${dynamo.length === 1 ? 'a conflict' : 'conflicts'} (prefer ${r.prefer}); the write is not in the file: see the report's lost lists, or roll back with another --prefer`);
        return out;
    });
}

;// CONCATENATED MODULE: ./src/commands/rollback-present.ts



const rollback_present_MAX_IDS = 20;
const MAX_CONFLICT_ROWS = 50;
function presentRollback(r) {
    const total = (k) => r.collections.reduce((s, c) => s + c.counts[k], 0);
    const conflicts = total('conflicts');
    const headline = r.refused
        ? `refused: nothing written (${r.strategy} would lose writes made since the migration; see the table)`
        : r.dryRun
            ? `dry run (${r.strategy}): plan only, nothing written; ${total('added')} added, ${total('changed')} changed, ${total('deleted')} deleted, ${conflicts} conflicts`
            : `${r.strategy}: ${r.collections.filter((c) => c.written).length} of ${r.collections.length} collection files rewritten; ${total('added')} added, ${total('changed')} changed, ${total('deleted')} deleted, ${conflicts} conflicts settled (prefer ${r.prefer})`;
    const tables = [
        {
            caption: 'Collections (added, changed, deleted and unchanged are relative to the current file)',
            headers: [
                'collection',
                'items',
                'from backup',
                'from export',
                'kept from files',
                'added',
                'changed',
                'deleted',
                'unchanged',
                'conflicts',
                'written',
            ],
            rows: r.collections.map((c) => [
                c.collection,
                String(c.counts.items),
                String(c.counts.fromBackup),
                String(c.counts.fromExport),
                String(c.counts.keptFromFiles),
                String(c.counts.added),
                String(c.counts.changed),
                String(c.counts.deleted),
                String(c.counts.unchanged),
                String(c.counts.conflicts),
                c.written === null ? (r.dryRun ? 'dry run' : 'no') : c.written ? 'yes' : 'unchanged',
            ]),
        },
    ];
    const undone = r.collections.filter((c) => migrationTouched(c.migration));
    if (undone.length > 0) {
        const rule = (on) => (on ? '' : ' (rule off: counted as changes)');
        tables.push({
            caption: `Undone of the migration (window ${r.migration.window})`,
            headers: [
                'collection',
                'items unchanged but for it',
                `"" from NULL${rule(r.migration.emptyStringsAsNull)}`,
                `timestamps${rule(r.migration.rewroteUpdatedAt)}`,
                `generated ids${rule(r.migration.generatedIds)}`,
                'attributes dropped',
                'ids renamed',
            ],
            rows: undone.map(({ collection, migration: m }) => {
                const n = (0,migration_tally/* byRule */.k2)(m, r.migration);
                return [
                    collection,
                    String(m.artifactOnlyItems),
                    String(n.emptyStrings),
                    String(n.timestamps),
                    String(n.generatedIds),
                    String(m.droppedAttributes),
                    String(m.renamedIds),
                ];
            }),
        });
    }
    const conflictRows = r.collections.flatMap((c) => c.conflicts.map((k) => [c.collection, k.id, k.kind, k.took, k.result, k.reason]));
    if (conflictRows.length > 0) {
        tables.push({
            caption: `Conflicts${conflictRows.length > MAX_CONFLICT_ROWS ? ` (first ${MAX_CONFLICT_ROWS} of ${conflictRows.length}; all in the report)` : ''}`,
            headers: ['collection', 'id', 'kind', 'took', 'result', 'reason'],
            rows: conflictRows.slice(0, MAX_CONFLICT_ROWS),
        });
    }
    const lostRows = r.collections
        .filter((c) => (0,merge_plan/* lostCount */.K$)(c.lost) > 0)
        .map((c) => [
        c.collection,
        String(c.lost.addedInExport.length),
        String(c.lost.changedInExport.length),
        String(c.lost.addedInFiles.length),
        String(c.lost.changedInFiles.length),
    ]);
    if (lostRows.length > 0) {
        tables.push({
            caption: r.strategy === 'merge'
                ? 'Versions set aside by conflicts'
                : `Writes since the migration that ${r.strategy} ${r.refused ? 'would drop' : 'dropped'}`,
            headers: ['collection', 'added in DynamoDB', 'changed in DynamoDB', 'added in file', 'changed in file'],
            rows: lostRows,
        });
    }
    const notes = [];
    if (r.refused)
        notes.push(r.refused);
    notes.push(...setAsideNotes(r), ...runNotes(r));
    for (const c of r.collections) {
        if (c.deletedIds.length > 0)
            notes.push(`${c.collection}: deleted ${rollback_present_ids(c.deletedIds)}`);
    }
    if (r.base)
        notes.push(`catch-up merge: base ${r.base.location} (the earlier export), theirs ${r.export.location}, ours the files in ${r.dataDir}`);
    if (r.backup)
        notes.push(`migration backup: ${r.backup.dir}${r.backup.note ? ` (${r.backup.note})` : ''}`);
    for (const c of r.collections) {
        const off = c.migration.notApplied;
        const would = [
            off.emptyStringsAsNull ? `${off.emptyStringsAsNull} NULLs as "" (migration.emptyStringsAsNull)` : '',
            off.rewroteUpdatedAt ? `${off.rewroteUpdatedAt} timestamps as the backup's (migration.rewroteUpdatedAt)` : '',
            off.generatedIds ? `${off.generatedIds} generated ids matched back (migration.generatedIds)` : '',
        ].filter(Boolean);
        if (would.length > 0)
            notes.push(`${c.collection}: rules that are off would have undone ${would.join(', ')}`);
        if (c.migration.keylessNotFound > 0) {
            notes.push(`${c.collection}: ${c.migration.keylessNotFound} backup items without an id matched no DynamoDB item by content (deleted or changed there since: a changed one is kept under the id the migration gave it)`);
        }
    }
    notes.push(`export: ${r.export.location}${r.export.changeRecords !== undefined ? ` (an incremental export: ${r.export.changeRecords} change records read, laid over the base)` : ''}`);
    const p = r.precisionWarnings.length;
    if (p > 0)
        notes.push(`${p} ${p === 1 ? 'number has' : 'numbers have'} more digits than JavaScript keeps (written exactly; paths in the report)`);
    if (r.leftAsIs.length > 0)
        notes.push(`left as they were: ${r.leftAsIs.join(', ')}`);
    if (r.snapshot)
        notes.push(`snapshot: ${r.snapshot}; \`dynamodb-rollback undo\` puts the data dir back as it was`);
    if (r.report)
        notes.push(`report: ${r.report}`);
    const outputs = {
        strategy: r.strategy,
        conflicts: String(conflicts),
        counts: JSON.stringify(Object.fromEntries(r.collections.map((c) => [c.collection, c.counts]))),
        'data-dir': r.dataDir,
        'duration-seconds': String(r.durationSeconds),
    };
    if (r.report)
        outputs.report = r.report;
    if (r.snapshot)
        outputs.snapshot = r.snapshot;
    if (r.backup)
        outputs['backup-path'] = r.backup.dir;
    if (r.base)
        outputs.base = r.base.location;
    return { ok: r.refused === null, outputs, summary: { title: 'rollback', headline, tables, notes } };
}
function migrationTouched(m) {
    const off = m.notApplied;
    return (m.artifactOnlyItems +
        m.emptyStrings +
        m.updatedAt +
        m.createdAt +
        m.generatedIds.length +
        m.droppedAttributes +
        m.renamedIds +
        off.emptyStringsAsNull +
        off.rewroteUpdatedAt +
        off.generatedIds >
        0);
}
function rollback_present_ids(list) {
    const shown = list.slice(0, rollback_present_MAX_IDS).join(', ');
    return list.length > rollback_present_MAX_IDS ? `${shown} and ${list.length - rollback_present_MAX_IDS} more (all in the report)` : shown;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/fsafe/atomic-write.ts
var atomic_write = __webpack_require__(88796);
// EXTERNAL MODULE: ./src/fsafe/hash.ts
var hash = __webpack_require__(52047);
// EXTERNAL MODULE: ./src/fsafe/snapshot.ts + 1 modules
var fsafe_snapshot = __webpack_require__(78168);
// EXTERNAL MODULE: ./src/state/paths.ts
var paths = __webpack_require__(65013);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/fsafe/data-dir-lock.ts
var data_dir_lock = __webpack_require__(5277);
// EXTERNAL MODULE: ./src/migration/plan.ts + 1 modules
var plan = __webpack_require__(68329);
// EXTERNAL MODULE: ./src/export-format/reader.ts
var reader = __webpack_require__(32535);
// EXTERNAL MODULE: ./src/migration/backup-source.ts
var backup_source = __webpack_require__(3244);
// EXTERNAL MODULE: ./src/state/real-paths.ts
var real_paths = __webpack_require__(63076);
// EXTERNAL MODULE: ./src/collection/collect.ts + 6 modules
var collect = __webpack_require__(89995);
// EXTERNAL MODULE: ./src/core/worker-pool.ts
var worker_pool = __webpack_require__(90228);
// EXTERNAL MODULE: ./src/collection/size-limit.ts
var size_limit = __webpack_require__(33097);
;// CONCATENATED MODULE: ./src/collection/targets.ts


const SAFE_NAME = /^[A-Za-z0-9_.-]+$/;
function matchTargets(selected, exported, configTables, location) {
    const byTable = new Map(Object.entries(configTables).map(([c, t]) => [t, c]));
    const collectionOf = new Map();
    for (const t of exported) {
        const c = t.collection ?? byTable.get(t.table);
        if (c === undefined) {
            throw new errors/* InputError */.dz(`export ${location}: table ${t.table} belongs to no collection (the export does not record one and the config's tables map lacks it); add it to tables: in the config`);
        }
        if (!SAFE_NAME.test(c) || c === '.' || c === '..')
            throw new errors/* InputError */.dz(`export ${location}: table ${t.table} names collection ${JSON.stringify(c)}, which is not a safe file name`);
        collectionOf.set(t, c);
    }
    return selected.map((ref) => {
        const hits = exported.filter((t) => t.table === ref.table);
        const byCollection = hits.length > 0 ? hits : exported.filter((t) => collectionOf.get(t) === ref.collection);
        if (byCollection.length === 0) {
            throw new errors/* InputError */.dz(`export ${location} has no table for collection ${ref.collection} (${ref.table}); export it too, or leave the collection out with ${(0,option_name/* opt */.m7)('tables')}`);
        }
        if (byCollection.length > 1) {
            throw new errors/* InputError */.dz(`export ${location} has ${byCollection.length} tables for collection ${ref.collection} (${byCollection.map((t) => t.table).join(', ')}); export one table per collection`);
        }
        const exportedTable = byCollection[0];
        const collection = ref.configured ? ref.collection : collectionOf.get(exportedTable);
        return { collection, table: exportedTable.table, exported: exportedTable };
    });
}

;// CONCATENATED MODULE: ./src/rollback/base-window.ts
/**
 * The migration's window for a catch-up merge, which reads no migration
 * backup: as the rollback from the base export recorded it in its report
 * beside the data dir (the newest report of a run from that export that
 * wrote). Without it, the base's migration timestamps would differ from
 * the files the first rollback wrote, and an item changed in DynamoDB since
 * would be a conflict that --prefer file settles by losing the write.
 */



async function windowOfBase(dataDir, baseLocation) {
    const dir = (0,paths/* statePaths */.mt)(dataDir).reports;
    const names = (await (0,promises_.readdir)(dir).catch(() => []))
        .filter((n) => paths/* ROLLBACK_REPORT_NAME */.qL.test(n))
        .sort()
        .reverse();
    for (const name of names) {
        const file = external_node_path_default().join(dir, name);
        const report = await (0,promises_.readFile)(file, 'utf8').then((t) => JSON.parse(t), () => null);
        if (typeof report !== 'object' || report === null)
            continue;
        const r = report;
        if (r.dryRun !== false || r.refused !== null || r.export?.location !== baseLocation)
            continue;
        const start = typeof r.migration?.windowStart === 'string' ? Date.parse(r.migration.windowStart) : NaN;
        const end = typeof r.migration?.windowEnd === 'string' ? Date.parse(r.migration.windowEnd) : NaN;
        const collections = runsOf(r.collections);
        // The newest run from that export decides: one without a window leaves it unknown rather than an older run's.
        const whole = Number.isFinite(start) && Number.isFinite(end) && end >= start;
        return whole || collections.size > 0 ? { start: whole ? start : NaN, end: whole ? end : NaN, collections, report: file } : null;
    }
    return null;
}
/** collections[].migrationRun of a report, where well formed. */
function runsOf(list) {
    const out = new Map();
    if (!Array.isArray(list))
        return out;
    for (const c of list) {
        const run = c?.migrationRun;
        if (typeof c?.collection !== 'string' || !run || typeof run.backup !== 'string')
            continue;
        const start = typeof run.windowStart === 'string' ? Date.parse(run.windowStart) : NaN;
        const end = typeof run.windowEnd === 'string' ? Date.parse(run.windowEnd) : NaN;
        const how = run.how === 'configured' || run.how === 'progress' ? run.how : 'items';
        if (Number.isFinite(start) && Number.isFinite(end) && end >= start)
            out.set(c.collection, { start, end, backup: run.backup, how });
    }
    return out;
}

// EXTERNAL MODULE: ./src/migration/collection-runs.ts
var collection_runs = __webpack_require__(92029);
// EXTERNAL MODULE: ./src/migration/collection-runs-find.ts + 2 modules
var collection_runs_find = __webpack_require__(43329);
// EXTERNAL MODULE: ./src/migration/runs.ts
var runs = __webpack_require__(76768);
;// CONCATENATED MODULE: ./src/rollback/collection-windows.ts
/**
 * Per collection, the run of the migration that migrated it: the backup
 * folder that is its merge's base and the window its timestamps are undone
 * in (src/migration/collection-runs.ts decides, from the backup folders,
 * the progress file and the export's items). Used when the migration ran
 * more than once, or the config gives a collection's window. A collection
 * whose run is ambiguous and not given is refused before anything is
 * written (InputError, exit 2), naming it and the key to set.
 */








/** Empty when the migration ran once and the config gives no window: the one backup and window apply to all. */
async function collectionWindows(settings, places, source, targets, reporter) {
    const out = new Map();
    if (!settings)
        return out;
    const d = await (0,collection_runs_find/* decideCollectionRuns */.J)(settings, places, targets, (table) => source.items(table));
    if (!d)
        return out;
    if (d.unlisted.length > 0) {
        throw new errors/* InputError */.dz(`migration.windows.${d.unlisted[0]}: the backup dir ${(0,core_location/* describeLocation */.lR)(places.backupDir)} is not a local folder (on S3, or it cannot be listed); copy the backup folders to a local folder and point ${(0,option_name/* opt */.m7)('backup-dir')} (or backupDir in the config) at it`);
    }
    if (d.resumed) {
        for (const r of d.disk.found.runs)
            reporter.info(`migration run: ${(0,runs/* describeRun */.vZ)(r)}`);
        for (const u of d.disk.found.unexplained)
            reporter.warning(`backup folder ${u.backup}: the progress file shows no run after it (no error in its span); not taken for a run of this migration`);
    }
    const ambiguous = d.decided.filter((c) => c.how === 'ambiguous');
    if (ambiguous.length > 0) {
        const folders = [...d.disk.found.runs.map((r) => r.backup), ...d.disk.found.unexplained.map((u) => u.backup)].sort().join(', ');
        throw new errors/* InputError */.dz((0,collection_runs/* ambiguityMessage */.n5)(ambiguous, `backup folders ${folders}`));
    }
    for (const c of d.decided) {
        // Only folders without evidence beside one run: that run is the migration's, as when it ran once (the one backup and window).
        if (!(0,collection_runs_find/* ownRun */.S)(d, c))
            continue;
        const dir = external_node_path_default().join(d.disk.dir, c.backup);
        if (!(await (0,promises_.stat)(dir).catch(() => null))?.isDirectory()) {
            throw new errors/* InputError */.dz(`migration.windows.${c.collection}.backup: ${c.backup} is not a folder in ${(0,core_location/* describeLocation */.lR)(places.backupDir)}; give the name of the backup folder taken before the run that migrated ${c.collection}`);
        }
        const window = { start: c.start, end: c.end };
        reporter.info(`${c.collection}: migrated by ${c.why}`);
        out.set(c.collection, {
            dir,
            window,
            record: {
                backup: dir,
                windowStart: new Date(window.start).toISOString(),
                windowEnd: new Date(window.end).toISOString(),
                how: c.how,
                why: c.why,
            },
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/export-format/changes-reader.ts
var changes_reader = __webpack_require__(4327);
;// CONCATENATED MODULE: ./src/export-format/overlay.ts
/**
 * A table export with an incremental export's changes laid over it: the
 * tables as they were at the incremental export's end, read from an
 * earlier export (the base) and only the changed items (each item's latest
 * record: its new image, or, without one, a deletion). What a catch-up
 * merges as "theirs" without scanning DynamoDB again.
 */


function withChanges(base, changes) {
    const baseTime = Date.parse(base.startTime ?? '');
    if (Number.isNaN(baseTime))
        throw new errors/* InputError */.dz(`${base.location}: the export records no time, so no incremental export can be laid over it`);
    if (Date.parse(changes.fromTime) > baseTime) {
        throw new errors/* InputError */.dz(`${changes.location} holds the changes from ${changes.fromTime}, after ${base.location} was taken (${base.startTime}): writes in between would be missed; export --native --since ${base.location} again`);
    }
    for (const t of base.tables) {
        if (!changes.tables.some((c) => c.table === t.table)) {
            throw new errors/* InputError */.dz(`${changes.location} holds no changes of table ${t.table}, which ${base.location} holds; export --native --since it again with every table`);
        }
    }
    return {
        location: changes.location,
        format: 'aws',
        stage: changes.stage,
        startTime: changes.toTime,
        ...(changes.endTime ? { endTime: changes.endTime } : {}),
        // The counts are the base's: the changes' effect on them is known only once they are read.
        tables: base.tables,
        changes,
        items(table) {
            const info = base.tables.find((t) => t.table === table || t.collection === table);
            if (!info)
                throw new errors/* InputError */.dz(`table ${table} is not in the export at ${base.location}`);
            return (async function* () {
                const changed = await (0,changes_reader/* latestChanges */.nc)(changes.records(info.table));
                const first = changed.values().next().value;
                const names = first ? Object.keys(first.keys) : [];
                for await (const item of base.items(info.table)) {
                    const key = names.length > 0 ? (0,changes_reader/* keyOfItem */.ky)(item, names) : null;
                    const change = key === null ? undefined : changed.get(key);
                    if (!change) {
                        yield item;
                        continue;
                    }
                    changed.delete(key);
                    if (change.newImage)
                        yield change.newImage;
                }
                // Items new since the base (or deleted again: no image).
                for (const change of changed.values())
                    if (change.newImage)
                        yield change.newImage;
            })();
        },
    };
}

;// CONCATENATED MODULE: ./src/rollback/incremental-from.ts





async function openTheirs(from, base, deps) {
    if (!(await (0,changes_reader/* isIncrementalExport */.nD)(from, { s3: deps.s3 })))
        return deps.open(from, { s3: deps.s3 });
    const changes = await (0,changes_reader/* openChanges */.eX)(from, { s3: deps.s3 });
    if (base === undefined) {
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('from')} ${(0,core_location/* describeLocation */.lR)(from)} is an incremental export (the changes of ${changes.fromTime} to ${changes.toTime}), not the tables; give ${(0,option_name/* opt */.m7)('base')} <the export it was taken since>, which the changes are laid over`);
    }
    return withChanges(await deps.open(base, { s3: deps.s3 }), changes);
}

// EXTERNAL MODULE: ./src/rollback/collection-report.ts + 2 modules
var collection_report = __webpack_require__(73306);
;// CONCATENATED MODULE: ./src/rollback/planned-collection.ts


/** A collection planned in this thread. */
function plannedOf(loaded, strategy, prefer, run) {
    const plan = (0,merge_plan/* planCollection */.Mi)(loaded.input, strategy, prefer);
    const { target, current, release } = loaded;
    return { target, current, entries: plan.entries, base: loaded.input.base, report: (0,collection_report/* collectionReport */.p)(loaded, plan), run, release };
}

// EXTERNAL MODULE: ./src/rollback/plan-worker.ts
var plan_worker = __webpack_require__(19428);
;// CONCATENATED MODULE: ./src/rollback/inputs.ts
















/**
 * Below this many exported items in all, the collections are planned in
 * the main thread when the count of workers is the default: two workers
 * then cost more than they save (the built CLI, the bench's data: 2,000
 * items 0.74-0.99 s in one thread against 0.99-1.11 s in two; 100,000
 * items 3.33 against 3.30 s; 300,000 items 8.0-8.1 against 7.0-7.7 s).
 */
const WORKERS_MIN_ITEMS = 100_000;
/** Precision warnings logged one by one before a single summary line (all are in the report). */
const MAX_LOGGED_WARNINGS = 50;
async function readAndPlan(opts, deps) {
    if (opts.base !== undefined)
        return planFrom(NO_BACKUP, opts, deps);
    // An S3 backup is read from a private copy, removed when planning ends, on every path: nothing reads it later.
    const opened = await (0,backup_source/* openMigrationBackup */.f)(opts.cwd, opts.backupDir, opts.progressFile, {
        optional: opts.strategy === 'export',
        s3: deps.s3,
    });
    try {
        return await planFrom(opened, opts, deps);
    }
    catch (err) {
        throw opened.named(err);
    }
    finally {
        await opened.close();
    }
}
/** A catch-up merge reads no migration backup: the earlier export is its base. */
const NO_BACKUP = { backup: null, dir: null, named: (err) => err, close: async () => { } };
async function planFrom(opened, opts, deps) {
    const { reporter } = deps;
    const { backup } = opened;
    if (backup) {
        if (opts.backupDir.kind === 'dir') {
            await (0,real_paths/* refuseNested */.g0)(opts.dataDir, [
                { what: 'the migration backup', path: backup.dir, option: `${(0,option_name/* opt */.m7)('backup-dir')} (or backupPath in the progress file)` },
            ]);
        }
        reporter.info(`migration backup: ${backup.dir} (${backup.note ?? `from the ${backup.via === 'progress-file' ? 'progress file' : 'newest folder in the backup dir'}`})`);
    }
    const source = await openTheirs(opts.from, opts.base, { s3: deps.s3, open: deps.openExport ?? reader/* openExport */.V });
    (0,reader/* refuseOtherStage */.n)(source, opts.stage);
    const targets = matchTargets(opts.collections, source.tables, opts.configTables, source.location);
    const baseSource = opts.base === undefined ? null : await openBase(opts, source, deps);
    const baseTargets = baseSource ? matchTargets(opts.collections, baseSource.tables, opts.configTables, baseSource.location) : null;
    const precision = [];
    const onPrecision = (w) => {
        precision.push(w);
        if (precision.length <= MAX_LOGGED_WARNINGS) {
            reporter.warning(`${w.collection} ${w.id}: number at ${w.path} has more digits than JavaScript keeps; the file holds them exactly, but the app would round it when it reads the file`);
        }
    };
    const found = baseSource && opts.migration ? await windowOfBase(opts.dataDir, baseSource.location) : null;
    // Per collection, the run of a resumed migration (or the window the config gives); a catch-up takes them from the base's report.
    const runs = baseSource ? runsOfBase(found) : await collectionWindows(opts.migration, opts, source, targets, reporter);
    if (!baseSource)
        await (0,real_paths/* refuseNested */.g0)(opts.dataDir, [...new Set([...runs.values()].map((r) => r.dir))].map((dir) => ({
            what: 'a migration backup',
            path: dir,
            option: (0,option_name/* opt */.m7)('backup-dir'),
        })));
    const migration = baseSource ? baseMigrationPlan(opts.migration, found) : migrationPlan(opts.migration, backup);
    reporter.info(`migration window: ${runs.size > 0 && runs.size === targets.length ? 'per collection (below)' : migration.window}`);
    const planned = [];
    const warnConflicts = ({ target, report }) => {
        for (const c of report.conflicts) {
            // A warning, not a line among many: the other side's version is set aside (the report's lost lists).
            reporter.warning(`${target.collection} ${c.id}: conflict ${c.kind}, took ${c.took === 'dynamodb' ? 'DynamoDB' : 'the file'}'s version (${c.reason}); the other is set aside (lost in the report)`);
        }
    };
    const jobs = targets.map((target) => {
        const settings = opts.collectionSettings?.[target.collection] ?? { id: 'id', drop: [] };
        const run = runs.get(target.collection);
        const rules = run ? { ...migration.rules, window: run.window } : migration.rules;
        const fidelity = { keys: settings, rules, generatedIds: migration.generatedIds };
        return {
            target,
            dataDir: opts.dataDir,
            backupDir: run && !baseSource ? run.dir : opened.dir,
            fidelity,
            strategy: opts.strategy,
            prefer: opts.prefer,
            run: run?.record ?? null,
        };
    });
    // Worker threads read a local export themselves; a catch-up's base, an S3 export or an injected reader stay here.
    const workers = opts.workers ?? 1;
    const items = jobs.reduce((n, j) => n + j.target.exported.itemCount, 0);
    const threaded = workers > 1 &&
        jobs.length > 1 &&
        !baseSource &&
        opts.from.kind === 'dir' &&
        deps.openExport === undefined &&
        (!opts.workersWhereTheyPay || items >= WORKERS_MIN_ITEMS);
    try {
        if (threaded) {
            const shared = { from: opts.from };
            reporter.info(`rollback: ${jobs.length} collections planned in ${Math.min(workers, jobs.length)} worker threads`);
            await (0,worker_pool/* inWorkers */.Lr)(plan_worker/* ROLLBACK_ROLE */.C, shared, jobs, workers, 
            // In collection order, the log and the outcome of each as if it had been planned here.
            (reply) => {
                const p = (0,plan_worker/* plannedFromWorker */.R)(reply, reporter, onPrecision);
                planned.push(p);
                warnConflicts(p);
            }, (job) => `collection ${job.target.collection}`, 
            // The largest collections first, so the smaller ones fill in beside them (the wall time is at least the largest's).
            jobs
                .map((j, i) => ({ i, n: j.target.exported.itemCount }))
                .sort((a, b) => b.n - a.n || a.i - b.i)
                .map((x) => x.i));
        }
        else {
            for (const [i, job] of jobs.entries()) {
                const { target, fidelity } = job;
                const base = baseSource && baseTargets ? { source: baseSource, table: baseTargets[i].table } : undefined;
                const loaded = await (0,collect/* loadCollection */.Z)(target, opts.dataDir, job.backupDir, source, reporter, onPrecision, fidelity, base);
                planned.push(plannedOf(loaded, opts.strategy, opts.prefer, job.run));
                warnConflicts(planned.at(-1));
            }
        }
        if (precision.length > MAX_LOGGED_WARNINGS) {
            reporter.warning(`${precision.length - MAX_LOGGED_WARNINGS} more numbers with more digits than JavaScript keeps; all are listed in the report`);
        }
        (0,size_limit/* refuseTooLarge */.A)(planned.map(({ target, current, entries, base }) => ({
            collection: target.collection,
            file: current.file,
            entries,
            base,
            trailingNewline: current.trailingNewline,
        })), deps.maxStringLength ?? size_limit/* MAX_STRING_LENGTH */.M);
    }
    catch (err) {
        releaseAll(planned);
        throw err;
    }
    return { backup, baseSource, migration, source, targets, planned, precision };
}
/** Closes every base file the plans read from. */
function releaseAll(planned) {
    for (const p of planned)
        p.release();
}
/**
 * The catch-up's base: an export of this stage, apart from the data dir,
 * taken before --from (swapped, the merge would read every write made
 * between them as deleted again), and only for the merge.
 */
async function openBase(opts, source, deps) {
    const base = opts.base;
    if (opts.strategy !== 'merge')
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('base')} is the base of a merge; it does not go with ${(0,option_name/* opt */.m7)('strategy')} ${opts.strategy}: drop ${(0,option_name/* opt */.m7)('base')}, or use ${(0,option_name/* opt */.m7)('strategy')} merge`);
    if (base.kind === 'dir')
        await (0,real_paths/* refuseNested */.g0)(opts.dataDir, [{ what: 'the base export', path: base.path, option: (0,option_name/* opt */.m7)('base') }]);
    const baseSource = await (deps.openExport ?? reader/* openExport */.V)(base, { s3: deps.s3 });
    (0,reader/* refuseOtherStage */.n)(baseSource, opts.stage);
    if (baseSource.location === source.location)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('base')} ${(0,core_location/* describeLocation */.lR)(base)} is the export ${(0,option_name/* opt */.m7)('from')} names; give the earlier export the data dir was rolled back from as ${(0,option_name/* opt */.m7)('base')}, and the newer one as ${(0,option_name/* opt */.m7)('from')}`);
    const [b, f] = [Date.parse(baseSource.startTime ?? ''), Date.parse(source.startTime ?? '')];
    if (!Number.isNaN(b) && !Number.isNaN(f) && b > f) {
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('base')} ${(0,core_location/* describeLocation */.lR)(base)} was taken after ${(0,option_name/* opt */.m7)('from')} ${(0,core_location/* describeLocation */.lR)(opts.from)} (${baseSource.startTime} > ${source.startTime}); they are swapped: ${(0,option_name/* opt */.m7)('base')} is the earlier export, ${(0,option_name/* opt */.m7)('from')} the newer one`);
    }
    deps.reporter.info(`catch-up merge: base ${baseSource.location} (the earlier export), theirs ${source.location}, ours the files in ${opts.dataDir}`);
    return baseSource;
}
/** A catch-up's per-collection runs: those the rollback from the base export recorded (its backup is not read again). */
function runsOfBase(found) {
    const out = new Map();
    for (const [collection, r] of found?.collections ?? []) {
        const [windowStart, windowEnd] = [new Date(r.start).toISOString(), new Date(r.end).toISOString()];
        out.set(collection, {
            dir: r.backup,
            window: { start: r.start, end: r.end },
            record: {
                backup: r.backup,
                windowStart,
                windowEnd,
                how: r.how,
                why: `as the report of the rollback from the base export recorded it (${found.report})`,
            },
        });
    }
    return out;
}
/** A catch-up's rules: the window the rollback from the base export used, read from its report. */
function baseMigrationPlan(settings, found) {
    if (!settings)
        return plan/* NO_MIGRATION_PLAN */.pM;
    return found && Number.isFinite(found.start)
        ? (0,plan/* withWindow */.By)(settings, { start: found.start, end: found.end }, `${new Date(found.start).toISOString()} to ${new Date(found.end).toISOString()} (the report of the rollback from the base export, ${found.report})`)
        : (0,plan/* withWindow */.By)(settings, null, "unknown (no report beside the data dir of a rollback from the base export): no updatedAt is taken for the migration's");
}
function migrationPlan(settings, backup) {
    if (!settings)
        return plan/* NO_MIGRATION_PLAN */.pM;
    return (0,plan/* planMigration */.Eu)(settings, {
        startTime: backup?.startTime,
        endTime: backup?.endTime,
        backupTime: backup ? new Date(backup.createdAt) : null,
    });
}

// EXTERNAL MODULE: ./src/collection/planned-file.ts
var planned_file = __webpack_require__(70917);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/rollback/writable-path.ts
/**
 * Whether a path can be written later, checked now without creating
 * anything: the rollback checks every path it will write before it reads
 * the export (minutes, for a large one) and before it touches the data dir,
 * and a refusal must leave no folder behind. access(2) is asked, not the
 * permission bits: it answers for root and for read-only mounts alike.
 */



/** Why a file cannot be written at p (atomically: a temp file beside it, then a rename), or null. */
async function whyNotWritableFile(p) {
    const st = await (0,promises_.stat)(p).catch(() => null);
    if (st?.isDirectory())
        return 'it is a folder';
    if (st && !st.isFile())
        return 'it is not a regular file';
    return whyNotCreatableFolder(external_node_path_default().dirname(p));
}
/** Why folder p cannot be created (or written in, when it exists), or null: its nearest existing ancestor must be a writable folder. */
async function whyNotCreatableFolder(p) {
    for (let at = external_node_path_default().resolve(p);;) {
        let st;
        try {
            st = await (0,promises_.stat)(at);
        }
        catch (err) {
            const code = err.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                return `${at} cannot be read (${code ?? 'error'})`;
            const up = external_node_path_default().dirname(at);
            if (up === at)
                return `no part of ${p} exists`;
            at = up;
            continue;
        }
        if (!st.isDirectory())
            return `ENOTDIR: ${at} is a file, not a folder`;
        try {
            await (0,promises_.access)(at, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
            return null;
        }
        catch (err) {
            return `${err.code ?? 'error'}: ${at} is not writable`;
        }
    }
}

;// CONCATENATED MODULE: ./src/rollback/preflight.ts
/**
 * The rollback's paths, checked before anything is read in depth and
 * before anything is written: the data dir, where the report goes, and
 * (for a real run) the state folder beside the data dir. Reads only and
 * creates nothing, so a refusal leaves the repository exactly as it was.
 */







async function checkPaths(opts, state) {
    const dataStat = await (0,promises_.lstat)(opts.dataDir).catch(() => null);
    if (!dataStat?.isDirectory())
        throw new errors/* InputError */.dz(`data dir ${opts.dataDir} is not a folder; check ${(0,option_name/* opt */.m7)('data-dir')} (or dataDir in the config)`);
    const localExport = opts.from.kind === 'dir' ? opts.from.path : null;
    if (localExport)
        await (0,real_paths/* refuseNested */.g0)(opts.dataDir, [{ what: 'the export', path: localExport, option: '--from' }]);
    if (opts.report)
        await checkReportPath(opts.report, opts.dataDir, localExport);
    // The snapshot refuses what it cannot hold (a socket, a fifo); a dry run says so too, as the real run would.
    await (0,fsafe_snapshot/* listTree */.nT)(opts.dataDir);
    if (opts.dryRun)
        return;
    try {
        await (0,promises_.access)(opts.dataDir, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
    }
    catch (err) {
        throw new errors/* InputError */.dz(`data dir ${opts.dataDir} is not writable (${err.code ?? String(err)}); fix its permissions and run again`);
    }
    const why = await whyNotCreatableFolder(state.root);
    if (why)
        throw new errors/* InputError */.dz(`cannot create ${state.root} for the snapshot and lock (${why}); the folder beside the data dir must be writable`);
}
/** The report is written last, so it is checked first: a run must not rewrite the data and then fail on its report. */
async function checkReportPath(report, dataDir, localExport) {
    const why = await whyNotWritableFile(report);
    if (why)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('report')} ${report} cannot be written: ${why}; give a file path in a writable folder`);
    const real = await (0,real_paths/* realPathOf */.dN)(report);
    for (const [what, dir] of [
        ['the data dir', dataDir],
        ['the export', localExport],
    ]) {
        if (dir === null)
            continue;
        const how = (0,real_paths/* nesting */.tU)(real, await (0,real_paths/* realPathOf */.dN)(dir));
        if (how === 'is' || how === 'lies inside') {
            throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('report')} ${report} lies inside ${what} (${dir}); the report must not be written among the files it describes: give a path outside it`);
        }
    }
}

;// CONCATENATED MODULE: ./src/rollback/run.ts














async function runRollback(opts, deps) {
    const started = (deps.now ?? (() => new Date()))();
    // Check and plan: reads only.
    await checkPaths(opts, (0,paths/* statePaths */.mt)(opts.dataDir));
    const inputs = await readAndPlan(opts, deps);
    try {
        return await applyPlans(opts, deps, inputs, started);
    }
    finally {
        // The plans read base versions from the base files until the last is written.
        releaseAll(inputs.planned);
    }
}
async function applyPlans(opts, deps, inputs, started) {
    const { reporter } = deps;
    const now = deps.now ?? (() => new Date());
    const state = (0,paths/* statePaths */.mt)(opts.dataDir);
    const { backup, baseSource, migration, source, targets, planned, precision } = inputs;
    const owned = new Set(targets.map((t) => `${t.collection}.json`));
    const leftAsIs = (await (0,promises_.readdir)(opts.dataDir)).filter((n) => !owned.has(n) && !atomic_write/* TEMP_PATTERN */.GH.test(n)).sort();
    const reports = planned.map(({ report, run }) => ({ ...report, migrationRun: run }));
    const result = {
        strategy: opts.strategy,
        prefer: opts.prefer,
        dryRun: opts.dryRun,
        allowDataLoss: opts.allowDataLoss,
        refused: null,
        failed: null,
        dataDir: opts.dataDir,
        export: {
            location: source.location,
            format: source.format,
            startTime: source.startTime,
            endTime: source.endTime,
            ...(source.changes ? { changeRecords: source.changes.recordsRead } : {}),
        },
        backup,
        base: baseSource
            ? { location: baseSource.location, format: baseSource.format, startTime: baseSource.startTime, endTime: baseSource.endTime }
            : null,
        migration: {
            emptyStringsAsNull: migration.rules.emptyStringsAsNull,
            rewroteUpdatedAt: migration.rules.rewroteUpdatedAt,
            generatedIds: migration.generatedIds,
            window: migration.window,
            windowStart: migration.rules.window ? new Date(migration.rules.window.start).toISOString() : null,
            windowEnd: migration.rules.window ? new Date(migration.rules.window.end).toISOString() : null,
        },
        snapshot: null,
        report: null,
        collections: reports,
        leftAsIs,
        precisionWarnings: precision,
        startedAt: started.toISOString(),
        durationSeconds: 0,
    };
    const finish = async () => {
        result.durationSeconds = Math.round((now().getTime() - started.getTime()) / 100) / 10;
        const reportPath = opts.report ?? (opts.dryRun ? undefined : external_node_path_default().join(state.reports, (0,paths/* rollbackReportName */.yW)(started)));
        if (reportPath) {
            result.report = reportPath;
            await writeReport(reportPath, result, now());
        }
        return result;
    };
    // Refuse or report: the report is the only thing written.
    if (opts.strategy === 'backup' && !opts.allowDataLoss) {
        const losing = planned.filter(({ report }) => (0,merge_plan/* lostCount */.K$)(report.lost) > 0);
        if (losing.length > 0) {
            result.refused = `the backup strategy would lose writes made since the migration: ${losing
                .map(({ report }) => `${report.collection} ${describeLost(report.lost)}`)
                .join('; ')}. Nothing was written. Use ${(0,option_name/* opt */.m7)('strategy')} merge to keep them, or ${(0,option_name/* opt */.m7)('allow-data-loss')} to drop them`;
            reporter.error(result.refused);
            return finish();
        }
    }
    if (opts.dryRun)
        return finish();
    // Apply, under the lock.
    const held = await (0,data_dir_lock/* lockDataDir */.N)(opts.dataDir, state, started, 'rollback', (m) => reporter.warning(m));
    try {
        // The new files are written to temp files while the snapshot is taken; none is renamed over its target before the snapshot is whole.
        const prepared = [];
        const [snapshotTaken, tempsWritten] = await Promise.allSettled([
            (0,fsafe_snapshot/* takeSnapshot */.W9)(opts.dataDir, state.snapshots, [...owned], now(), (entries) => confirmUnchanged(planned, entries)),
            prepareAll(planned, prepared, deps.hooks),
        ]);
        if (snapshotTaken.status === 'rejected') {
            await discardAll(prepared);
            throw snapshotTaken.reason;
        }
        const snapshot = snapshotTaken.value;
        result.snapshot = snapshot.dir;
        reporter.info(`snapshot of ${opts.dataDir}: ${snapshot.dir} (undo restores it)`);
        let done = 0;
        try {
            if (tempsWritten.status === 'rejected')
                throw tempsWritten.reason;
            // Our stray temp files from an earlier run, not this run's: they were left out of the snapshot, and go once the files are confirmed.
            await (0,atomic_write/* removeStaleTemps */.jH)(opts.dataDir, new Set(prepared.map((p) => p.tempName)));
            for (const [i, write] of prepared.entries()) {
                reports[i].written = (await write.commit()).written;
                done++;
            }
        }
        catch (err) {
            await discardAll(prepared);
            result.failed = `rollback stopped after ${done} of ${planned.length} collection files (${(0,errors/* describeError */.Uc)(err)}); every file is whole, old or new. Run undo to put back the snapshot ${snapshot.dir}`;
            // The report still records what was written, so the failure leaves a trace beyond the log.
            let reported;
            try {
                await finish();
                reported = `; report: ${result.report}`;
            }
            catch (reportErr) {
                reported = `; the report could not be written either (${(0,errors/* describeError */.Uc)(reportErr)})`;
            }
            throw new errors/* FailedError */.Kl(`${result.failed}${reported}`, { cause: err });
        }
        return await finish();
    }
    finally {
        await held.release();
    }
}
/** Each collection's new file, in plan order, as a temp file beside it; each pushed to prepared once whole. */
async function prepareAll(planned, prepared, hooks) {
    for (const { current, entries, base } of planned) {
        const content = (0,planned_file/* plannedFileChunks */.Z)({ entries, base, trailingNewline: current.trailingNewline });
        prepared.push(await (0,atomic_write/* prepareFileAtomic */.hN)(current.file, content, { mode: current.mode ?? 0o644, unlessSha256: current.sha256, hooks }));
    }
}
async function discardAll(prepared) {
    for (const write of prepared)
        await write.discard();
}
/**
 * The files planned from must still be the files on disk, now that no other
 * rollback or undo can write them: the snapshot's copies, hashed as they
 * were taken, say what the files held. A collection file the snapshot did
 * not hash (a symlink) is hashed here.
 */
async function confirmUnchanged(planned, entries) {
    const copied = new Map(entries.map((e) => [e.path, e]));
    for (const { target, current } of planned) {
        const { file, sha256 } = current;
        // The snapshot's path of the collection file, as `owned` names it.
        const entry = copied.get(`${target.collection}.json`);
        const now = entry === undefined ? null : entry.type === 'file' ? entry.sha256 : await (0,hash/* sha256File */.Q)(file).catch(() => null);
        if (now !== (sha256 ?? null)) {
            throw new errors/* InputError */.dz(`${file} changed while the rollback read its inputs (another rollback, an undo or the app wrote it); nothing was written: run the rollback again`);
        }
    }
}
function describeLost(lost) {
    const { addedInExport, changedInExport, addedInFiles, changedInFiles } = lost;
    const parts = [];
    if (addedInExport.length)
        parts.push(`${addedInExport.length} added in DynamoDB`);
    if (changedInExport.length)
        parts.push(`${changedInExport.length} changed in DynamoDB`);
    if (addedInFiles.length)
        parts.push(`${addedInFiles.length} added in the file`);
    if (changedInFiles.length)
        parts.push(`${changedInFiles.length} changed in the file`);
    return parts.join(', ');
}
async function writeReport(file, result, at) {
    const report = { tool: 'dynamodb-rollback', version: version/* VERSION */.x, command: 'rollback', generatedAt: at.toISOString(), ...result };
    try {
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await (0,atomic_write/* writeFileAtomic */.Zf)(file, `${JSON.stringify(report, null, 2)}\n`);
    }
    catch (err) {
        throw new errors/* FailedError */.Kl(`cannot write the report ${file} (${(0,errors/* describeError */.Uc)(err)})`, { cause: err });
    }
}

// EXTERNAL MODULE: ./src/config/tables.ts
var tables = __webpack_require__(25665);
// EXTERNAL MODULE: ./src/commands/clients.ts
var clients = __webpack_require__(67174);
// EXTERNAL MODULE: ./src/commands/read-option.ts
var read_option = __webpack_require__(92304);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
;// CONCATENATED MODULE: ./src/commands/rollback.ts











/** The file database rebuilt from the export, the migration backup and the current files (DESIGN.md "Rollback strategies"). */
const rollbackCommand = (0,types/* defineCommand */.N)({
    name: 'rollback',
    largeHeap: true,
    description: 'Rebuild the file database from an export, the migration backup and the current files (atomic, with undo)',
    options: [
        'from',
        'merge-base',
        'data-dir',
        'backup-dir',
        'strategy',
        'prefer',
        'dry-run',
        'allow-data-loss',
        'rollback-report-out',
        'tables',
        'retry-budget',
    ],
    outputs: {
        strategy: 'Strategy used',
        conflicts: 'Merge conflicts settled by the prefer policy',
        counts: 'JSON object: collection -> counts',
        'data-dir': 'File database folder',
        'duration-seconds': 'Seconds the rollback took',
        report: 'Path of the JSON report',
        snapshot: 'Snapshot folder that undo restores from',
        'backup-path': 'Migration backup folder used',
        base: "Catch-up: the earlier export that was the merge's base (--base)",
    },
    async run(ctx) {
        const { options, config } = ctx;
        if (!options.from)
            throw new errors/* InputError */.dz('rollback: --from is required (the export folder or s3://bucket/prefix)');
        const resolve = (p) => external_node_path_default().resolve(ctx.cwd, p);
        // An export's S3 URI is named "from" in its messages, --base's too: the reader's name for what it opens.
        const from = (0,core_location/* parseLocation */.zS)(options.from, 'from', ctx.cwd);
        const given = (0,read_option/* readOption */.g)(options, 'merge-base');
        const base = given === undefined ? undefined : (0,core_location/* parseLocation */.zS)(given, 'from', ctx.cwd);
        const reportTo = (0,read_option/* readOption */.g)(options, 'rollback-report-out');
        const backupDir = (0,core_location/* parseLocation */.zS)(config.backupDir, `backupDir (${(0,option_name/* opt */.m7)('backup-dir')})`, ctx.cwd);
        return runRollback({
            from,
            stage: config.stage,
            dataDir: resolve(config.dataDir),
            backupDir,
            progressFile: resolve(config.progressFile),
            cwd: ctx.cwd,
            collections: (0,tables/* selectTables */.e)(config, options.tables),
            configTables: config.tables,
            collectionSettings: config.collections,
            migration: config.migration,
            strategy: (0,read_option/* readOption */.g)(options, 'strategy'),
            prefer: (0,read_option/* readOption */.g)(options, 'prefer'),
            dryRun: (0,read_option/* readOption */.g)(options, 'dry-run'),
            allowDataLoss: (0,read_option/* readOption */.g)(options, 'allow-data-loss'),
            report: reportTo === undefined ? undefined : resolve(reportTo),
            workers: (0,worker_pool/* workerCount */.Mo)(ctx.env),
            workersWhereTheyPay: (0,worker_pool/* workersByDefault */.q1)(ctx.env),
            ...(base ? { base } : {}),
        }, {
            reporter: ctx.reporter,
            s3: [from, backupDir, base].some((l) => l?.kind === 's3') ? await (0,clients.s3For)(ctx) : undefined,
        });
    },
    present: presentRollback,
});


/***/ }),

/***/ 4327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eX: () => (/* binding */ openChanges),
/* harmony export */   ky: () => (/* binding */ keyOfItem),
/* harmony export */   nD: () => (/* binding */ isIncrementalExport),
/* harmony export */   nc: () => (/* binding */ latestChanges)
/* harmony export */ });
/* unused harmony exports changeRecordOf, keyText */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _data_file_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57699);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90014);
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92261);
/* harmony import */ var _native_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89022);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38495);






const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Parses one line of an incremental export's data file; errors name the file and line, never values. */
function changeRecordOf(value, where) {
    if (!isObject(value.Keys))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: expected a change record with Keys (an incremental export's data line)`);
    const meta = value.Metadata;
    const stamp = isObject(meta) ? meta.WriteTimestampMicros : undefined;
    // AWS writes it typed as DynamoDB JSON ({"N": "…"}); a bare number is taken too.
    const raw = isObject(stamp) ? stamp.N : stamp;
    if ((typeof raw !== 'string' && typeof raw !== 'number') || !/^\d+$/.test(String(raw))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: Metadata.WriteTimestampMicros is missing or not a whole number`);
    }
    if (value.NewImage !== undefined && !isObject(value.NewImage))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: NewImage is not a map`);
    if (value.OldImage !== undefined && !isObject(value.OldImage))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: OldImage is not a map`);
    return {
        keys: value.Keys,
        ...(value.NewImage ? { newImage: value.NewImage } : {}),
        ...(value.OldImage ? { oldImage: value.OldImage } : {}),
        writeMicros: BigInt(raw),
    };
}
/** One text per key (key attributes are S, N or B, written by DynamoDB the same way each time), in name order. */
function keyText(keys) {
    return JSON.stringify(Object.keys(keys)
        .sort()
        .map((k) => [k, keys[k]]));
}
/** The key of an item, by the attribute names a change record's Keys use. */
function keyOfItem(item, names) {
    const keys = {};
    for (const n of names) {
        if (item[n] === undefined)
            return null;
        keys[n] = item[n];
    }
    return keyText(keys);
}
/** Collapses records to one per item: the latest write wins (a later window's, or the later timestamp within one). */
async function latestChanges(records) {
    const out = new Map();
    for await (const r of records) {
        const key = keyText(r.keys);
        const had = out.get(key);
        if (had && had.writeMicros > r.writeMicros)
            continue;
        out.set(key, { keys: r.keys, newImage: r.newImage ?? null, writeMicros: r.writeMicros });
    }
    return out;
}
async function openChanges(from, opts = {}) {
    const store = await (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .storeAt */ .f)(from, opts.s3);
    const text = await store.readText(_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_MANIFEST */ .Aw);
    const label = store.describe(_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_MANIFEST */ .Aw);
    const value = text === null ? null : (0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_2__.parseJsonText)(text, label);
    if (!(0,_native_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .isNativeRun */ .bi)(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${store.root}: not an incremental export (no ${_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_MANIFEST */ .Aw} of export --native --since there); give the prefix export --native --since wrote`);
    }
    const run = (0,_native_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .parseNativeRun */ .iS)(value, label);
    if (run.exportType !== 'INCREMENTAL_EXPORT')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${store.root}: a full export, not an incremental one; give the prefix export --native --since wrote`);
    if (run.status !== 'complete') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${store.root}: the incremental export is incomplete; finish it with export --native --since … --resume --s3-uri ${store.root}`);
    }
    if (!run.fromTime || !run.toTime)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label}: an incremental export without fromTime and toTime; the manifest was edited`);
    const planned = new Map();
    const tables = [];
    for (const t of run.tables) {
        const exports = [];
        let records = 0;
        for (const e of t.exports) {
            if (!e.dir)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label}: table ${t.table} has an export without a folder; the manifest was edited`);
            const p = await planExport(store, e.dir, t.table);
            records += p.files.reduce((n, f) => n + f.itemCount, 0);
            exports.push(p);
        }
        planned.set(t.table, exports);
        tables.push({ table: t.table, collection: t.collection, records, location: store.root });
    }
    let read = 0;
    return {
        location: store.root,
        stage: run.stage,
        ...(run.since ? { since: run.since } : {}),
        fromTime: run.fromTime,
        toTime: run.toTime,
        ...(run.endTime ? { endTime: run.endTime } : {}),
        tables,
        get recordsRead() {
            return read;
        },
        records(table) {
            const t = tables.find((x) => x.table === table || x.collection === table);
            if (!t)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`table ${table} is not in the incremental export at ${store.root}; it holds ${tables.map((x) => x.table).join(', ') || 'no tables'}`);
            const exports = planned.get(t.table);
            return (async function* () {
                for (const e of exports) {
                    for (const f of e.files) {
                        const raw = await e.store.open(f.key);
                        for await (const r of (0,_data_file_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .readDataFile */ .l)(raw, e.store.describe(f.key), { itemCount: f.itemCount, checksum: { algorithm: 'md5', base64: f.md5 } }, changeRecordOf)) {
                            read++;
                            yield r;
                        }
                    }
                }
            })();
        },
    };
}
/**
 * One window's export: its summary must say INCREMENTAL_EXPORT of this
 * table, and its data files lie under the AWSDynamoDB folder (AWS names
 * them from the bucket root, with the prefix, in the export's own data/ or
 * the folder's shared data/).
 */
async function planExport(root, dir, table) {
    const exportStore = root.sub(dir);
    const aws = root.sub('AWSDynamoDB');
    const id = dir.slice('AWSDynamoDB/'.length);
    const summaryLabel = exportStore.describe(_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .SUMMARY_MANIFEST */ .rB);
    const summaryText = await exportStore.readText(_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .SUMMARY_MANIFEST */ .rB);
    if (summaryText === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${summaryLabel}: missing; the export is incomplete or was moved, copy it again whole`);
    const summary = (0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_2__.parseNativeSummary)(summaryText, summaryLabel);
    if (summary.exportType !== 'INCREMENTAL_EXPORT')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${summaryLabel}: a ${summary.exportType ?? 'FULL_EXPORT'}, not an incremental export; the manifest was edited`);
    if (summary.outputFormat !== 'DYNAMODB_JSON')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${summaryLabel}: output format ${summary.outputFormat} is not supported; export again with DYNAMODB_JSON`);
    const summaryTable = summary.tableArn.slice(summary.tableArn.lastIndexOf('/') + 1);
    if (summaryTable !== table)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${summaryLabel}: is for table ${summaryTable}, not ${table}; the manifest was edited`);
    const filesRel = relativeToAws(summary.manifestFilesS3Key ?? `${id}/${_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .FILES_MANIFEST */ .o5}`, id, summaryLabel, false);
    const filesLabel = aws.describe(filesRel);
    const filesText = await aws.readText(filesRel);
    if (filesText === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${filesLabel}: missing; the export is incomplete or was moved, copy it again whole`);
    const entries = (0,_manifest_schema_js__WEBPACK_IMPORTED_MODULE_2__.parseNativeFiles)(filesText, filesLabel);
    const sum = entries.reduce((n, e) => n + e.itemCount, 0);
    if (sum !== summary.itemCount)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${filesLabel}: lists ${sum} records but ${_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .SUMMARY_MANIFEST */ .rB} says ${summary.itemCount}; the export was edited or damaged`);
    return {
        store: aws,
        files: entries.map((e) => ({ key: relativeToAws(e.dataFileS3Key, id, filesLabel, true), itemCount: e.itemCount, md5: e.md5Checksum })),
    };
}
/** A key from a manifest, made relative to the AWSDynamoDB folder; only this export's files or the shared data/ folder. */
function relativeToAws(key, id, label, data) {
    const at = key.lastIndexOf('AWSDynamoDB/');
    const rest = at >= 0 ? key.slice(at + 'AWSDynamoDB/'.length) : key;
    const parts = rest.split('/');
    const ok = !parts.some((p) => p === '' || p === '.' || p === '..') &&
        (data ? rest.startsWith('data/') || rest.startsWith(`${id}/data/`) : rest === `${id}/${_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .FILES_MANIFEST */ .o5}`);
    if (!ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label}: key ${JSON.stringify(key)} is outside this export's files; the manifest was edited`);
    return rest;
}
/** Whether the location holds an incremental export (our export.json says so); a missing or foreign one is not. */
async function isIncrementalExport(location, opts = {}) {
    if (location.kind === 's3' && !opts.s3)
        return false;
    const store = await (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .storeAt */ .f)(location, opts.s3);
    const text = await store.readText(_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .RUN_MANIFEST */ .Aw).catch(() => null);
    if (text === null)
        return false;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return false;
    }
    return (0,_native_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .isNativeRun */ .bi)(value) && value.exportType === 'INCREMENTAL_EXPORT';
}


/***/ }),

/***/ 90014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ RUN_MANIFEST),
/* harmony export */   Mu: () => (/* binding */ dataFileKey),
/* harmony export */   QO: () => (/* binding */ nextPageLimit),
/* harmony export */   T0: () => (/* binding */ CHECKPOINT_DIR),
/* harmony export */   fC: () => (/* binding */ filesKey),
/* harmony export */   gC: () => (/* binding */ summaryKey),
/* harmony export */   hF: () => (/* binding */ renderJson),
/* harmony export */   o5: () => (/* binding */ FILES_MANIFEST),
/* harmony export */   rB: () => (/* binding */ SUMMARY_MANIFEST),
/* harmony export */   s4: () => (/* binding */ checkpointKey),
/* harmony export */   vd: () => (/* binding */ renderFilesManifest),
/* harmony export */   w9: () => (/* binding */ LAYOUT_VERSION),
/* harmony export */   wU: () => (/* binding */ tableDir),
/* harmony export */   ys: () => (/* binding */ defaultSegments)
/* harmony export */ });
/* unused harmony exports TARGET_PAGE_BYTES, FIRST_PAGE_LIMIT */
const RUN_MANIFEST = 'export.json';
const SUMMARY_MANIFEST = 'manifest-summary.json';
const FILES_MANIFEST = 'manifest-files.json';
const CHECKPOINT_DIR = '.checkpoints';
const LAYOUT_VERSION = 1;
/** Table names are [A-Za-z0-9_.-]{3,255}, so they are safe folder names as they are. */
function tableDir(table) {
    return table;
}
const pad = (n, width) => String(n).padStart(width, '0');
function dataFileKey(dir, segment, n) {
    return `${dir}/data/${pad(segment, 4)}-${pad(n, 5)}.json.gz`;
}
function checkpointKey(dir, segment) {
    return `${dir}/${CHECKPOINT_DIR}/segment-${pad(segment, 4)}.json`;
}
function summaryKey(dir) {
    return `${dir}/${SUMMARY_MANIFEST}`;
}
function filesKey(dir) {
    return `${dir}/${FILES_MANIFEST}`;
}
/** manifest-files.json: one JSON object per line, as DynamoDB writes it. */
function renderFilesManifest(entries) {
    return entries.map((e) => JSON.stringify(e)).join('\n') + (entries.length > 0 ? '\n' : '');
}
function renderJson(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
/**
 * A sensible --segments default from DescribeTable's size: one segment per
 * 32 MB (each scan page is at most 1 MB, so a segment is at least 32 round
 * trips), at least 4 once the table is bigger than a page or two, at most 64.
 */
function defaultSegments(sizeBytes, itemCount) {
    // Zero means unknown as often as empty: AWS updates the figures about every
    // six hours (a table filled an hour ago can show 0), and dynalite never does.
    if (sizeBytes === 0 && itemCount === 0)
        return 4;
    if (sizeBytes < 2 * 1024 * 1024 && itemCount < 5_000)
        return 1;
    return Math.min(64, Math.max(4, Math.ceil(sizeBytes / (32 * 1024 * 1024))));
}
/**
 * Bytes of data lines per Scan page we aim for. Each request costs the
 * client a few milliseconds of SDK and HTTP work whatever its size: at
 * 1,000,000 items, 128 KB pages took the export 28 CPU s, these 20. A
 * segment holds a page's body and two pages of lines: 1 MB pages took its
 * peak RSS from 130 to 158 MB (the export's goal is under 150).
 */
const TARGET_PAGE_BYTES = 512 * 1024;
/** The first page of a segment, before the item size is known. */
const FIRST_PAGE_LIMIT = 100;
/**
 * Scan Limit for the next page: about TARGET_PAGE_BYTES of lines, from the
 * average line size seen so far. DynamoDB still caps a page at 1 MB.
 */
function nextPageLimit(lineBytes, items) {
    if (items <= 0)
        return FIRST_PAGE_LIMIT;
    return Math.max(10, Math.floor(TARGET_PAGE_BYTES / (lineBytes / items)));
}


/***/ }),

/***/ 5277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ lockDataDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _write_probe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5283);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67016);
/**
 * Taking the data dir for writing, once every input is checked and planned:
 * a real write probe in the data dir (root ignores permission bits,
 * read-only mounts do not), the state folder, the lock. Whatever of the
 * state folder this run created is removed again on release when it is
 * still empty (rmdir, never recursive: another run's lock or snapshot is
 * never swept away), so a run refused after this point leaves no trace.
 */





/** command: who holds the lock, as its message will name it (rollback, pull); log: where taking over a stale lock is said. */
async function lockDataDir(dataDir, state, started, command = 'rollback', log) {
    await probeWritable(dataDir);
    let created;
    try {
        created = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(state.root, { recursive: true });
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot create ${state.root} for the snapshot and lock (${err.code ?? String(err)}); the folder beside the data dir must be writable`);
    }
    const removeCreated = () => removeIfEmpty(created, state);
    try {
        const lock = await (0,_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .acquireLock */ .I)(state.lock, command, started, log);
        return {
            async release() {
                await lock.release();
                await removeCreated();
            },
        };
    }
    catch (err) {
        await removeCreated();
        throw err;
    }
}
/** From the deepest folder up to the first one this run created; each only if empty. */
async function removeIfEmpty(created, state) {
    if (created === undefined)
        return;
    const dirs = [state.snapshots, state.reports];
    for (let d = state.root;; d = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(d)) {
        dirs.push(d);
        if (d === created || node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(d) === d)
            break;
    }
    for (const d of dirs)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rmdir)(d).catch(() => { });
}
async function probeWritable(dir) {
    const probe = (0,_write_probe_js__WEBPACK_IMPORTED_MODULE_3__/* .probePathFor */ .vX)(dir);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(probe, '');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(probe, { force: true });
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(probe, { force: true }).catch(() => { });
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`data dir ${dir} is not writable (${err.code ?? String(err)}); fix its permissions and run again`);
    }
}


/***/ }),

/***/ 25708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K$: () => (/* binding */ lostCount),
  Mi: () => (/* binding */ planCollection)
});

// UNUSED EXPORTS: plannedItems

// EXTERNAL MODULE: ./src/merge/equal.ts
var equal = __webpack_require__(88444);
// EXTERNAL MODULE: ./src/merge/identity.ts
var identity = __webpack_require__(10872);
// EXTERNAL MODULE: ./src/merge/settle.ts
var settle = __webpack_require__(24601);
;// CONCATENATED MODULE: ./src/merge/order.ts

function sortNewItems(items) {
    const times = new Map(items.map((e) => [e.key, (0,settle/* timeOf */.n)(e.item.createdAt)]));
    return items.sort((a, b) => {
        const ta = times.get(a.key);
        const tb = times.get(b.key);
        if (ta !== tb) {
            if (ta === undefined)
                return 1;
            if (tb === undefined)
                return -1;
            return ta - tb;
        }
        return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    });
}

// EXTERNAL MODULE: ./src/merge/side.ts
var side = __webpack_require__(59525);
;// CONCATENATED MODULE: ./src/merge/plan.ts





function lostCount(lost) {
    return lost.addedInExport.length + lost.changedInExport.length + lost.addedInFiles.length + lost.changedInFiles.length;
}
function planCollection(input, strategy, prefer = 'dynamodb') {
    const { base, theirs, ours } = input;
    const entries = [];
    const counts = {
        items: 0,
        fromBackup: 0,
        fromExport: 0,
        keptFromFiles: 0,
        added: 0,
        changed: 0,
        deleted: 0,
        unchanged: 0,
        conflicts: 0,
    };
    const conflicts = [];
    const deletedIds = [];
    const lost = { addedInExport: [], changedInExport: [], addedInFiles: [], changedInFiles: [] };
    const fromFiles = [];
    const deletedByFiles = [];
    const restoredFromBackup = [];
    const newItems = [];
    const conflict = (key, kind, t, o) => {
        const s = (0,settle/* settle */.G)(t, o, prefer);
        const item = s.took === 'dynamodb' ? t : o;
        conflicts.push({ id: (0,identity/* idOfKey */.EV)(key), kind, took: s.took, result: item ? 'kept' : 'deleted', reason: s.reason });
        return { item, source: s.took === 'dynamodb' ? 'export' : 'files' };
    };
    // BASE_VERSION stands for the base's version of an item: it is only ever the same as itself.
    const decideAtBase = (i, key) => {
        const b = side/* BASE_VERSION */.hn;
        const ts = theirs.state[i];
        const os = ours.state[i];
        const t = theirs.versionAt(i);
        const o = ours.versionAt(i);
        if (strategy === 'backup')
            return { item: b, source: 'backup' };
        if (strategy === 'export')
            return { item: ts === side/* SAME */.v6 ? b : t, source: 'export' };
        if (ts === side/* SAME */.v6 && os === side/* SAME */.v6)
            return { item: o, source: 'backup' };
        if (ts === side/* SAME */.v6)
            return { item: o, source: 'files' }; // changed or deleted in the file
        if (os === side/* SAME */.v6)
            return { item: t, source: 'export' }; // changed or deleted in DynamoDB
        if (ts === side/* ABSENT */.sj && os === side/* ABSENT */.sj)
            return { item: undefined, source: 'export' };
        if (ts === side/* CHANGED */.Rj && os === side/* CHANGED */.Rj) {
            return (0,equal/* deepEqual */.b)(t, o) ? { item: o, source: 'export' } : conflict(key, 'changed-both', t, o);
        }
        return conflict(key, ts === side/* CHANGED */.Rj ? 'changed-in-dynamodb-deleted-in-file' : 'deleted-in-dynamodb-changed-in-file', t, o);
    };
    const decideNew = (t, o, key) => {
        if (strategy === 'backup')
            return { item: undefined, source: 'backup' };
        if (strategy === 'export')
            return { item: t, source: 'export' };
        if (t && o)
            return (0,equal/* deepEqual */.b)(t, o) ? { item: o, source: 'export' } : conflict(key, 'added-both', t, o);
        return t ? { item: t, source: 'export' } : { item: o, source: 'files' };
    };
    /**
     * Counts one resulting (or dropped) item against the current file and the
     * two sides. t/o: the sides' versions that differ from the base; exported:
     * the export's version whatever it is (undefined when the export lacks it).
     */
    const account = (key, pick, current, t, o, isNew, exported) => {
        const r = pick.item;
        const same = (x) => r !== undefined && (r === x || (r !== side/* BASE_VERSION */.hn && x !== side/* BASE_VERSION */.hn && (0,equal/* deepEqual */.b)(r, x)));
        if (t && !same(t))
            (isNew ? lost.addedInExport : lost.changedInExport).push((0,identity/* idOfKey */.EV)(key));
        if (o && !same(o))
            (isNew ? lost.addedInFiles : lost.changedInFiles).push((0,identity/* idOfKey */.EV)(key));
        if (pick.source === 'files')
            (r === undefined ? deletedByFiles : fromFiles).push((0,identity/* idOfKey */.EV)(key));
        else if (pick.source === 'backup' && r !== undefined && exported === undefined)
            restoredFromBackup.push((0,identity/* idOfKey */.EV)(key));
        if (r === undefined) {
            if (current) {
                counts.deleted++;
                deletedIds.push((0,identity/* idOfKey */.EV)(key));
            }
            return;
        }
        counts.items++;
        if (pick.source === 'backup')
            counts.fromBackup++;
        else if (pick.source === 'export')
            counts.fromExport++;
        else
            counts.keptFromFiles++;
        if (!current)
            counts.added++;
        else if (same(current))
            counts.unchanged++;
        else
            counts.changed++;
    };
    for (let i = 0; i < base.size; i++) {
        const key = base.keys.at(i);
        const pick = decideAtBase(i, key);
        const current = input.currentMissing ? undefined : ours.versionAt(i);
        // Only versions that differ from the base can be lost; unchanged ones are the base itself.
        const t = theirs.state[i] === side/* CHANGED */.Rj ? theirs.versionAt(i) : undefined;
        const o = ours.state[i] === side/* CHANGED */.Rj ? ours.versionAt(i) : undefined;
        account(key, pick, current, t, o, false, theirs.versionAt(i));
        if (pick.item)
            entries.push(pick.item === side/* BASE_VERSION */.hn ? i : pick.item);
    }
    const newKeys = new Set([...theirs.added.keys(), ...ours.added.keys()]);
    for (const key of newKeys) {
        const t = theirs.added.get(key);
        const o = ours.added.get(key);
        const pick = decideNew(t, o, key);
        account(key, pick, input.currentMissing ? undefined : o, t, o, true, t);
        if (pick.item)
            newItems.push({ key, item: pick.item, source: pick.source });
    }
    for (const e of sortNewItems(newItems))
        entries.push(e.item);
    counts.conflicts = conflicts.length;
    const plan = { strategy, entries, counts, conflicts, deletedIds, lost, fromFiles, deletedByFiles, restoredFromBackup };
    return Object.defineProperty(plan, 'items', { get: () => plannedItems(entries, base), enumerable: false });
}
/** Every planned item as an object, base versions read. */
function plannedItems(entries, base) {
    return entries.map((e) => (typeof e === 'number' ? base.item(e) : e));
}


/***/ }),

/***/ 73306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ collectionReport)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/convert/json-number.ts + 1 modules
var json_number = __webpack_require__(64150);
// EXTERNAL MODULE: ./src/convert/plain.ts
var plain = __webpack_require__(47927);
;// CONCATENATED MODULE: ./src/convert/canonical-json.ts
/**
 * An item's content as one canonical text, and its SHA-256: what the
 * rollback report records for each item without an id it names by
 * position, so verify can recognise the item without the file it stood in
 * (see docs/formats.md, "The canonical form"). Keys sorted by UTF-16 code
 * unit, numbers as their source digits, strings as JSON.stringify writes
 * them, arrays in order, no whitespace. Pure. verify has its own printer
 * over its own parser's values; the two must agree byte for byte.
 */



function canonicalJson(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (typeof v === 'string')
        return JSON.stringify(v);
    // A plain number is one whose JSON.stringify gives its source digits back (else it is a JsonNumber).
    if (typeof v === 'number')
        return JSON.stringify(v);
    if (v instanceof json_number/* JsonNumber */.WP)
        return v.text;
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    if (!(0,plain/* isPlainObject */.Q)(v))
        throw new Error('canonicalJson: not a JSON value');
    // Array.prototype.sort without a comparator orders by UTF-16 code units.
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(',')}}`;
}
/** SHA-256 of the canonical text's UTF-8 bytes, 64 lowercase hex digits. */
function contentDigest(v) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(v), 'utf8').digest('hex');
}

// EXTERNAL MODULE: ./src/merge/identity.ts
var identity = __webpack_require__(10872);
;// CONCATENATED MODULE: ./src/rollback/keyless-digests.ts
/**
 * The report's digests of the items without an id it names: such an item
 * is named only by where it was (the migration backup, or the collection
 * file before the rollback, and its position), which verify cannot look up
 * once that place is gone (a finish job on a new runner has no snapshot).
 * A digest of its content lets verify recognise it all the same. Pure.
 */


/** One per item without an id that the plan's lists name, in the order they are first named. */
function keylessDigests(input, plan) {
    const items = new Map();
    // A file-backed base reads back only these.
    for (const positions of input.base.keyless.values()) {
        for (const i of positions) {
            const key = input.base.keys.at(i);
            items.set((0,identity/* idOfKey */.EV)(key), input.base.item(i));
        }
    }
    // The current file's items without an id that match no base item: kept by key, as the file held them.
    for (const [key, item] of input.ours.added)
        if ((0,identity/* isKeyless */.XD)(key))
            items.set((0,identity/* idOfKey */.EV)(key), item);
    if (items.size === 0)
        return [];
    const { lost } = plan;
    const named = [
        ...plan.fromFiles,
        ...plan.deletedByFiles,
        ...plan.restoredFromBackup,
        ...plan.deletedIds,
        ...lost.addedInExport,
        ...lost.changedInExport,
        ...lost.addedInFiles,
        ...lost.changedInFiles,
        ...plan.conflicts.map((c) => c.id),
    ];
    const out = [];
    const seen = new Set();
    for (const id of named) {
        const item = items.get(id);
        if (item === undefined || seen.has(id))
            continue;
        seen.add(id);
        out.push({ id, sha256: contentDigest(item) });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rollback/collection-report.ts

function collectionReport(loaded, plan) {
    return {
        collection: loaded.target.collection,
        table: loaded.target.table,
        file: loaded.current.file,
        currentFile: loaded.current.exists ? 'present' : 'missing',
        backupFile: loaded.backupFile,
        exportItems: loaded.exportItems,
        counts: plan.counts,
        conflicts: plan.conflicts,
        deletedIds: plan.deletedIds,
        lost: plan.lost,
        fromFiles: plan.fromFiles,
        deletedByFiles: plan.deletedByFiles,
        restoredFromBackup: plan.restoredFromBackup,
        migration: loaded.migration,
        keylessDigests: keylessDigests(loaded.input, plan),
        written: null,
    };
}


/***/ }),

/***/ 19428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ROLLBACK_ROLE),
/* harmony export */   R: () => (/* binding */ plannedFromWorker),
/* harmony export */   planInWorker: () => (/* binding */ planInWorker)
/* harmony export */ });
/* harmony import */ var _collection_collect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89995);
/* harmony import */ var _collection_file_base_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75294);
/* harmony import */ var _convert_serialize_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38505);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_recorded_reporter_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57161);
/* harmony import */ var _export_format_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32535);
/* harmony import */ var _merge_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25708);
/* harmony import */ var _collection_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73306);
/**
 * rollback's side of a worker thread: one collection read and planned
 * against the export the worker opens itself (a local folder), reads only.
 * What comes back is plain data: the report entry, the entries (items not
 * in the base as their text), the base file's index and its open file, and
 * the log, recorded for the main thread to replay in collection order, so
 * the log, the report and the files written are those of a plan made in
 * the main thread. A failure comes back as data too: the main thread
 * raises the first in collection order, after the logs before it.
 */








const ROLLBACK_ROLE = 'rollback-collection';
/** Opened once per worker, read for each collection it is given. */
let opened;
async function planInWorker(shared, job) {
    const { reporter, events } = (0,_core_recorded_reporter_js__WEBPACK_IMPORTED_MODULE_6__/* .recordingReporter */ .l)();
    const precision = [];
    try {
        opened ??= (0,_export_format_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .openExport */ .V)(shared.from);
        const source = await opened;
        const onPrecision = (warning) => precision.push({ at: events.length, warning });
        const loaded = await (0,_collection_collect_js__WEBPACK_IMPORTED_MODULE_0__/* .loadCollection */ .Z)(job.target, job.dataDir, job.backupDir, source, reporter, onPrecision, job.fidelity);
        try {
            const plan = (0,_merge_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .planCollection */ .Mi)(loaded.input, job.strategy, job.prefer);
            const report = (0,_collection_report_js__WEBPACK_IMPORTED_MODULE_5__/* .collectionReport */ .p)(loaded, plan);
            const { base } = loaded.input;
            if (!(base instanceof _collection_file_base_js__WEBPACK_IMPORTED_MODULE_1__/* .FileBase */ .e))
                throw new Error('internal: a worker plans only from a base file');
            // A JsonNumber would not cross threads as one: items not in the base go as the text the writer would make of them.
            const entries = plan.entries.map((e) => (typeof e === 'number' ? e : (0,_convert_serialize_js__WEBPACK_IMPORTED_MODULE_7__/* .itemText */ .rv)(e)));
            return {
                events,
                precision,
                outcome: { planned: { target: job.target, current: loaded.current, entries, bodies: base.handOver(), report, run: job.run } },
            };
        }
        finally {
            // The main thread opens the base file again (a worker's files close when it exits).
            loaded.release();
        }
    }
    catch (err) {
        const kind = err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz ? 'input' : err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FailedError */ .Kl ? 'failed' : 'other';
        return { events, precision, outcome: { failed: { kind, message: err instanceof Error ? err.message : String(err) } } };
    }
}
/** The main thread's side: a worker's reply logged as if planned here (its precision warnings through onPrecision), and its plan or its error. */
function plannedFromWorker(reply, reporter, onPrecision) {
    let next = 0;
    const warnUpTo = (at) => {
        while (next < reply.precision.length && reply.precision[next].at <= at)
            onPrecision(reply.precision[next++].warning);
    };
    (0,_core_recorded_reporter_js__WEBPACK_IMPORTED_MODULE_6__/* .replay */ .e)(reply.events, reporter, warnUpTo);
    warnUpTo(Infinity);
    const { outcome } = reply;
    if ('failed' in outcome) {
        const { kind, message } = outcome.failed;
        throw kind === 'input' ? new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(message) : kind === 'failed' ? new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FailedError */ .Kl(message) : new Error(message);
    }
    const { target, current, entries, bodies, report, run } = outcome.planned;
    const base = _collection_file_base_js__WEBPACK_IMPORTED_MODULE_1__/* .FileBase */ .e.adopt(bodies);
    return { target, current, entries, base, report, run, release: () => base.release() };
}


/***/ }),

/***/ 63076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dN: () => (/* binding */ realPathOf),
/* harmony export */   g0: () => (/* binding */ refuseNested),
/* harmony export */   tU: () => (/* binding */ nesting)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78440);
/**
 * How two folders on disk relate, by their real paths: a symlink or a
 * `..` must not hide that the data dir is the export or the migration
 * backup. Rollback and verify both refuse such a data dir; this holds only
 * the path logic they share (no reading of files). Reads only.
 */




/** The real path of p, or of its nearest existing ancestor with the rest appended (p need not exist yet). */
async function realPathOf(p) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
    const rest = [];
    let at = abs;
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(at), ...rest);
        }
        catch {
            const up = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(at);
            if (up === at)
                return abs;
            rest.unshift(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(at));
            at = up;
        }
    }
}
/** How folder a stands to folder b (both real, absolute), or null when neither holds the other. */
function nesting(a, b) {
    if (a === b)
        return 'is';
    const inside = (x, y) => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(y, x);
        return rel !== '' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel);
    };
    if (inside(b, a))
        return 'contains';
    if (inside(a, b))
        return 'lies inside';
    return null;
}
/**
 * The data dir must be apart from every folder given: rewriting files in the
 * export or the backup would destroy the very copy a rollback reads, and a
 * snapshot of a data dir holding them would copy them too.
 */
async function refuseNested(dataDir, others) {
    const data = await realPathOf(dataDir);
    for (const other of others) {
        const real = await realPathOf(other.path);
        const how = nesting(data, real);
        if (how === null)
            continue;
        const shown = real === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(other.path) ? other.path : `${other.path}, really ${real}`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`data dir ${dataDir} ${how} ${other.what} (${shown}); they must be separate folders: check ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('data-dir')} (or dataDir in the config) and ${other.option}`);
    }
}


/***/ })

};
