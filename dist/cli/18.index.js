export const id = 18;
export const ids = [18];
export const modules = {

/***/ 7414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M5: () => (/* binding */ readRollbackRecord),
/* harmony export */   Os: () => (/* binding */ manifestSums),
/* harmony export */   kz: () => (/* binding */ findReport),
/* harmony export */   p2: () => (/* binding */ readVerifyRecord)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _fsafe_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52047);
/* harmony import */ var _state_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65013);
/**
 * What the pull request reports: the rollback's JSON report (given, or the
 * newest beside the data dir), verify's --json result when given, and the
 * export's manifest checksums when the export is a folder here. Ids and
 * counts only; item values are never read. A rollback that refused, failed
 * or was a dry run is refused: the switch must not flip after it.
 */





const isRec = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const ids = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
async function readJson(file, what, option) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${what} ${file} cannot be read (${err.code ?? 'error'}); check ${option}`);
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${what} ${file} is not valid JSON; give the file the tool wrote`);
    }
}
/** The report given, else the newest one beside the data dir; bad input when there is none. */
async function findReport(given, dataDirAbs) {
    if (given)
        return given;
    const dir = (0,_state_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .statePaths */ .mt)(dataDirAbs).reports;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch(() => []);
    const newest = names.filter((n) => _state_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .ROLLBACK_REPORT_NAME */ .qL.test(n)).sort().pop();
    if (!newest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`no rollback report in ${dir}; run rollback first, or give --report`);
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, newest);
}
async function readRollbackRecord(file) {
    const data = await readJson(file, 'rollback report', '--report');
    const bad = (why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`rollback report ${file}: ${why}; give the JSON report the rollback wrote`);
    if (!isRec(data) || data.command !== 'rollback')
        throw bad('command is not "rollback"');
    if (data.dryRun === true)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`rollback report ${file} is a dry run: nothing was rolled back, so the switch stays; run the rollback, then config-pr`);
    if (typeof data.refused === 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`rollback report ${file}: that rollback refused and wrote nothing; the switch stays`);
    if (typeof data.failed === 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`rollback report ${file}: that rollback stopped partway; run undo, roll back again, then config-pr`);
    if (!isRec(data.export) || typeof data.export.location !== 'string')
        throw bad('export.location is not a string');
    if (!Array.isArray(data.collections))
        throw bad('collections is not an array');
    const collections = data.collections.map((c, i) => {
        if (!isRec(c) || typeof c.collection !== 'string')
            throw bad(`collections[${i}].collection is not a string`);
        const counts = isRec(c.counts) ? Object.fromEntries(Object.entries(c.counts).filter(([, v]) => typeof v === 'number')) : {};
        const lost = isRec(c.lost) ? Object.fromEntries(Object.entries(c.lost).map(([k, v]) => [k, ids(v)])) : {};
        const conflicts = Array.isArray(c.conflicts)
            ? c.conflicts.filter(isRec).map((x) => ({ id: String(x.id), kind: String(x.kind), took: String(x.took), result: String(x.result) }))
            : [];
        return { collection: c.collection, table: typeof c.table === 'string' ? c.table : '', exportItems: num(c.exportItems), counts, conflicts, lost, deletedIds: ids(c.deletedIds) };
    });
    const time = (v) => (typeof v === 'string' ? v : undefined);
    return {
        path: file,
        strategy: String(data.strategy),
        prefer: String(data.prefer),
        allowDataLoss: data.allowDataLoss === true,
        export: { location: data.export.location, startTime: time(data.export.startTime), endTime: time(data.export.endTime) },
        backup: isRec(data.backup) && typeof data.backup.dir === 'string' ? data.backup.dir : null,
        startedAt: String(data.startedAt),
        collections,
        precisionWarnings: Array.isArray(data.precisionWarnings) ? data.precisionWarnings.length : 0,
    };
}
/** verify's result as `verify --json` prints it (or the bare result object). */
async function readVerifyRecord(file) {
    const data = await readJson(file, 'verify result', '--verify-result');
    const result = isRec(data) && isRec(data.result) ? data.result : data;
    if (!isRec(result) || typeof result.ok !== 'boolean' || !Array.isArray(result.collections)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`verify result ${file}: not verify's result (no ok and collections); give the output of verify --json`);
    }
    const len = (v) => (Array.isArray(v) ? v.length : 0);
    return {
        path: file,
        ok: result.ok,
        collections: result.collections.filter(isRec).map((c) => ({
            collection: String(c.collection),
            status: String(c.status),
            expected: num(c.expected),
            found: num(c.found),
            missing: len(c.missing),
            extra: len(c.extra),
            changed: len(c.changed),
            accounted: len(c.accounted),
        })),
        live: Array.isArray(result.live)
            ? result.live.filter(isRec).map((l) => ({
                table: String(l.table),
                same: l.same === true,
                collection: String(l.collection),
                exportItems: isRec(l.exported) ? num(l.exported.count) : 0,
                // null: the table is gone.
                liveItems: isRec(l.live) ? num(l.live.count) : null,
            }))
            : null,
    };
}
/** sha256 of each table's manifest-files.json, for an export folder readable here. */
async function manifestSums(location, tables, cwd) {
    if (location.startsWith('s3://'))
        return tables.map((table) => ({ table, sha256: null }));
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, location);
    return Promise.all(tables.map(async (table) => ({ table, sha256: await (0,_fsafe_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, table, 'manifest-files.json')).catch(() => null) })));
}


/***/ }),

/***/ 54018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REMOTE: () => (/* binding */ REMOTE),
  runConfigPr: () => (/* binding */ runConfigPr)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/clients/errors.ts
var errors = __webpack_require__(67137);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(22143);
// EXTERNAL MODULE: ./src/switch/edit.ts
var edit = __webpack_require__(66074);
;// CONCATENATED MODULE: ./src/config-pr/apply-targets.ts
/**
 * Flips the switch in every target, in a worktree of the base branch: each
 * file through its format's editor (src/switch/), each command run in the
 * worktree's root. Checks before it writes: a target git ignores cannot be
 * carried by a pull request (bad input, even when optional); a missing file
 * or key is bad input unless the target is optional or a built-in default
 * (then skipped, said so).
 */






async function applyTargets(targets, sw, worktree, reporter) {
    const outcomes = [];
    const notes = [];
    for (const target of targets) {
        const name = (0,types/* describeTarget */.f)(target);
        if ((0,types/* isCommandTarget */.l)(target)) {
            const before = new Set(await worktree.changedFiles());
            await runAppCommand(target.command, worktree.dir, reporter);
            const changed = (await worktree.changedFiles()).filter((f) => !before.has(f));
            outcomes.push({ target: name, status: 'ran', detail: changed.length ? `changed ${changed.join(', ')}` : 'changed nothing' });
            continue;
        }
        if (external_node_path_default().isAbsolute(target.path) || target.path.split(/[\\/]/).includes('..')) {
            throw new core_errors/* InputError */.dz(`switch target ${target.path}: give a path inside the repository, relative to its root`);
        }
        if (await worktree.isIgnored(target.path)) {
            throw new core_errors/* InputError */.dz(`switch target ${target.path} is ignored by git, so no pull request can carry it; remove it from switch.targets and set it where the app is deployed`);
        }
        const file = external_node_path_default().join(worktree.dir, target.path);
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (err) {
            if (err.code !== 'ENOENT')
                throw err;
            if (target.optional) {
                const why = target.builtIn ? 'a built-in default target' : 'optional';
                notes.push(`${target.path}: not in the repository; skipped (${why})`);
                outcomes.push({ target: name, status: 'skipped', detail: `not in the repository (${why})` });
                continue;
            }
            throw new core_errors/* InputError */.dz(`switch target ${target.path} is not in the repository at the base branch; fix the path in switch.targets, or mark it optional: true`);
        }
        let plan;
        try {
            plan = (0,edit/* flipFile */.A)(text, target, sw);
        }
        catch (err) {
            // An optional target may lack the key; a value it does not expect is still refused.
            if (target.optional && err instanceof core_errors/* InputError */.dz && / not found; /.test(err.message)) {
                notes.push(`${target.path}: ${target.pointer ?? target.property ?? sw.key} not found; skipped (optional)`);
                outcomes.push({ target: name, status: 'skipped', detail: 'setting not found (optional)' });
                continue;
            }
            throw err;
        }
        const lines = plan.occurrences.map((o) => o.line).join(', ');
        if (plan.occurrences.length > 1)
            notes.push(`${target.path}: ${plan.what} is set ${plan.occurrences.length} times (lines ${lines}); every one flipped`);
        if (plan.flipped === 0) {
            outcomes.push({ target: name, status: 'unchanged', detail: `already ${sw.to} (line ${lines})` });
            continue;
        }
        await (0,promises_.writeFile)(file, plan.text);
        outcomes.push({ target: name, status: 'flipped', detail: `line ${lines}` });
    }
    return { outcomes, notes };
}
/** The app's own command, in a shell at the worktree's root. Its output is not shown unless it fails. */
function runAppCommand(command, cwd, reporter) {
    reporter.info(`config-pr: running ${command}`);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, { cwd, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
        const tail = [];
        const keep = (chunk) => {
            tail.push(...chunk.toString('utf8').split('\n'));
            tail.splice(0, Math.max(0, tail.length - 20));
        };
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        child.on('error', (err) => reject(new core_errors/* InputError */.dz(`switch command "${command}" could not start (${err.code ?? 'error'})`)));
        child.on('close', (code, signal) => {
            if (code === 0)
                return resolve();
            const last = tail.filter((l) => l.trim()).slice(-5).join(' | ');
            reject(new core_errors/* FailedError */.Kl(`switch command "${command}" exited with ${signal ?? code}${last ? `: ${last}` : ''}; nothing was committed or pushed`));
        });
    });
}

;// CONCATENATED MODULE: ./src/config-pr/body.ts
const BODY_LIMIT = 65_536;
/** Room kept below the limit (GitHub counts some characters twice). */
const BODY_BUDGET = 60_000;
function pullTitle(input, configured) {
    return configured ?? `Switch ${input.stage} back to the file database (${input.switch.key}=${input.switch.to})`;
}
/** Marks the pull request as ours; the finish workflow looks for it. */
const BODY_MARKER = '<!-- dynamodb-rollback:config-pr -->';
/**
 * Hidden lines the finish workflow reads from the merged pull request: the
 * export to verify the live tables against, the release to pull, and the
 * rollback's workflow run (its record artifact holds the report).
 * One value per line, after the name and a space; no line breaks in it.
 */
function bodyFields(fields) {
    const clean = (v) => v.replace(/[\r\n]|-->/g, '');
    const line = (name, v) => (v ? [`<!-- dynamodb-rollback:${name} ${clean(v)} -->`] : []);
    return [...line('export', fields.export), ...line('release', fields.release), ...line('run', fields.runId)];
}
const esc = (s) => s.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
// No line break inside a code span: a path with one must not start a line of its own (the finish reads lines).
const code = (s) => `\`${s.replaceAll('`', "'").replace(/\r?\n|\r/g, ' ')}\``;
const n = (x) => x.toLocaleString('en-US');
function list(ids, max) {
    if (ids.length === 0)
        return '-';
    const shown = ids.slice(0, max).map(code).join(', ');
    return ids.length > max ? `${shown}${max > 0 ? ' ' : ''}and ${n(ids.length - max)} more` : shown;
}
function table(headers, rows) {
    return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}
const KNOWN_COUNTS = ['items', 'fromExport', 'keptFromFiles', 'fromBackup', 'conflicts', 'added', 'changed', 'deleted', 'unchanged'];
/** Figures behind the checklist, from the report and verify's result. */
function proof(input) {
    const r = input.record;
    const exported = r.collections.reduce((s, c) => s + c.exportItems, 0);
    const lost = r.collections.flatMap((c) => Object.values(c.lost).flat());
    const v = input.verify;
    return {
        exported,
        lost: lost.length,
        verified: v !== null && v.ok,
        verifiedItems: v ? v.collections.reduce((s, c) => s + c.expected, 0) : 0,
        liveUnchanged: v?.live ? v.live.every((l) => l.same) : null,
    };
}
function pullBody(input) {
    for (const max of [50, 20, 5, 0]) {
        const body = render(input, max);
        if (body.length <= BODY_BUDGET)
            return body;
    }
    const body = render(input, 0);
    const note = `\n\n…cut at ${n(BODY_BUDGET)} characters; the full record is the rollback report.`;
    return body.slice(0, BODY_BUDGET - note.length) + note;
}
function render(input, max) {
    const r = input.record;
    const p = proof(input);
    const out = [BODY_MARKER, ...bodyFields({ export: r.export.location, release: input.release, runId: input.runId }), `Switches **${esc(input.stage)}** back to the file database: ${code(`${input.switch.key}=${input.switch.to}`)} (was ${code(input.switch.from)}).`, ''];
    out.push(`- **Reason:** ${input.reason ? esc(input.reason) : '_not given_'}`);
    out.push(`- **Run by:** ${input.actor ? esc(input.actor) : '_unknown_'}${input.runUrl ? ` in [this workflow run](${input.runUrl})` : ''}`);
    out.push(`- **Rollback report:** ${code(r.path)}`);
    if (input.release)
        out.push(`- **Published release:** ${code(input.release)} (what \`pull --from\` takes)`);
    out.push('', '### Export', '');
    out.push(`From ${code(r.export.location)}, ${r.export.startTime ?? '?'} to ${r.export.endTime ?? '?'}.`, '');
    const sums = new Map(input.manifests.map((m) => [m.table, m.sha256]));
    out.push(...table(['collection', 'table', 'items', 'manifest-files.json sha256'], r.collections.map((c) => [esc(c.collection), esc(c.table), n(c.exportItems), sums.get(c.table) ? code(sums.get(c.table)) : '_not read here_'])));
    out.push('', '### Rollback', '');
    out.push(`Strategy ${code(r.strategy)}, conflicts settled by ${code(`prefer ${r.prefer}`)}${r.backup ? `, migration backup ${code(r.backup)}` : ''}, started ${r.startedAt}.`, '');
    const extra = [...new Set(r.collections.flatMap((c) => Object.keys(c.counts)))].filter((k) => !KNOWN_COUNTS.includes(k));
    const columns = [...KNOWN_COUNTS.filter((k) => r.collections.some((c) => k in c.counts)), ...extra];
    out.push(...table(['collection', ...columns], r.collections.map((c) => [esc(c.collection), ...columns.map((k) => (k in c.counts ? n(c.counts[k]) : '-'))])));
    const conflicts = r.collections.filter((c) => c.conflicts.length > 0);
    if (conflicts.length > 0) {
        out.push('', '**Conflicts** (changed on both sides), and how they were settled:', '');
        for (const c of conflicts) {
            const byWay = new Map();
            for (const x of c.conflicts) {
                const way = `${x.kind}: took ${x.took}, ${x.result}`;
                const group = byWay.get(way);
                if (group)
                    group.push(x.id);
                else
                    byWay.set(way, [x.id]);
            }
            for (const [way, idList] of byWay)
                out.push(`- ${esc(c.collection)}, ${esc(way)}: ${list(idList, max)}`);
        }
    }
    const deleted = r.collections.filter((c) => c.deletedIds.length > 0);
    if (deleted.length > 0) {
        out.push('', '**Deleted** from the current files:', '');
        for (const c of deleted)
            out.push(`- ${esc(c.collection)}: ${list(c.deletedIds, max)}`);
    }
    const lost = r.collections.flatMap((c) => Object.entries(c.lost).filter(([, v]) => v.length > 0).map(([k, v]) => ({ c: c.collection, k, v })));
    if (lost.length > 0) {
        out.push('', `**Not kept** (versions written since the migration that the result does not hold${r.allowDataLoss ? ', allowed with --allow-data-loss' : ''}):`, '');
        for (const x of lost)
            out.push(`- ${esc(x.c)}, ${esc(x.k)}: ${list(x.v, max)}`);
    }
    if (r.precisionWarnings > 0)
        out.push('', `${n(r.precisionWarnings)} numbers have more digits than JavaScript keeps (written exactly; see the report).`);
    out.push('', '### Verify', '');
    if (!input.verify)
        out.push('_verify\'s result was not given (`--verify-result`); the checks below that need it stay open._');
    else {
        const v = input.verify;
        out.push(`${v.ok ? 'Passed' : '**Failed**'} (${code(v.path)}).`, '');
        out.push(...table(['collection', 'expected', 'found', 'missing', 'extra', 'changed', 'accounted', 'status'], v.collections.map((c) => [esc(c.collection), n(c.expected), n(c.found), n(c.missing), n(c.extra), n(c.changed), n(c.accounted), esc(c.status)])));
        if (v.live)
            out.push('', `Live tables: ${v.live.every((l) => l.same) ? 'unchanged since the export' : `**changed since the export**: ${v.live.filter((l) => !l.same).map((l) => code(l.table)).join(', ')}`}.`);
    }
    out.push('', '### Rollback verification checklist', '');
    const box = (done, text) => `- [${done ? 'x' : ' '}] ${text}`;
    out.push(box(p.verified, `All migrated data restored to the files${p.verified ? `: verify matched ${n(p.verifiedItems)} items against the export` : ' (needs a passing verify result)'}`));
    const lossText = p.lost > 0
        ? `No data loss occurred: **${n(p.lost)} versions written since the migration are not kept** (under "Not kept" above); a person decides whether that is right`
        : `No data loss occurred: ${n(p.exported)} items exported, 0 versions written since the migration left out${p.verified ? '' : '; needs a passing verify result'}`;
    out.push(box(p.verified && p.lost === 0, lossText));
    out.push(box(p.liveUnchanged === true, p.liveUnchanged === null ? 'No writes reached DynamoDB after the export (needs verify --live)' : `No writes reached DynamoDB after the export${p.liveUnchanged ? ' (verify --live)' : ': **some did**; run rollback --base after the deploy'}`));
    out.push(box(true, `${code(input.switch.key)} set to ${code(input.switch.to)} in every target (this pull request)`));
    out.push(box(false, 'After the deploy: the app starts and serves from the file database'));
    out.push(box(false, "After the deploy: health check and integration tests pass (read their output: `npm run test:integration` exits 0 even when tests fail)"));
    out.push(box(false, 'After the deploy: no errors in the logs, response times normal'));
    out.push(box(false, 'Maintenance mode off, jobs started, users told'));
    out.push('', '### Files changed', '');
    out.push(...table(['target', 'result', 'detail'], input.targets.map((t) => [esc(t.target), t.status, esc(t.detail)])));
    out.push('', input.files.length ? `Files in this pull request: ${input.files.map(code).join(', ')}.` : 'No file changes.');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/config-pr/message.ts
/** The commit message: what was flipped, for which stage, why, and from which run. No item values. */

function commitMessage(m) {
    const lines = [`Switch ${m.stage} back to the file database (${m.switch.key}=${m.switch.to})`, ''];
    if (m.reason)
        lines.push(`Reason: ${m.reason.replace(/\s+/g, ' ').trim()}`);
    lines.push(`Rollback report: ${external_node_path_default().basename(m.report)}`);
    if (m.runUrl)
        lines.push(`Run: ${m.runUrl}`);
    lines.push('', ...m.targets.filter((t) => t.status === 'flipped' || t.status === 'ran').map((t) => `- ${t.target}: ${t.status} (${t.detail})`));
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/config-pr/record.ts
var config_pr_record = __webpack_require__(7414);
// EXTERNAL MODULE: ./src/config-pr/repository.ts
var repository = __webpack_require__(1299);
;// CONCATENATED MODULE: ./src/config-pr/run.ts
/**
 * config-pr: flip the switch in every target, push a branch, open or update
 * the pull request whose body is the rollback record.
 *
 *   check    the report, the repository, the base and the branch
 *   apply    every target, in a throwaway worktree of the base (the
 *            checkout the operator works in is never touched, and nothing
 *            is left behind on refusal: no local branch, no commit)
 *   commit   one commit with our identity; no commit when nothing changed
 *   push     only when the branch's tree differs; force-with-lease, and only
 *            on a branch whose commits are ours
 *   PR       find the open one for the branch, else create it; update title
 *            and body when they changed; labels and reviewers
 */










const REMOTE = 'origin';
async function runConfigPr(options, clients) {
    const { git, reporter } = clients;
    if (!options.dryRun && !clients.github)
        throw new Error('internal: config-pr needs a GitHub client unless it is a dry run');
    // check: everything that can refuse, before the worktree exists.
    const reportPath = await (0,config_pr_record/* findReport */.kz)(options.report, options.dataDir);
    const record = await (0,config_pr_record/* readRollbackRecord */.M5)(reportPath);
    const verify = options.verifyResult ? await (0,config_pr_record/* readVerifyRecord */.p2)(options.verifyResult) : null;
    await git.topLevel();
    const repo = await repositoryOf(options, git);
    const base = options.base ?? (await git.remoteDefaultBranch(REMOTE)) ?? 'main';
    if (options.branch === base)
        throw new core_errors/* InputError */.dz(`--branch ${options.branch} is the base branch; config-pr pushes only a branch of its own`);
    const baseSha = await git.fetchBranch(REMOTE, base);
    const folder = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'dynamodb-rollback-config-pr-'));
    let worktree = null;
    try {
        worktree = await git.addWorktree(external_node_path_default().join(folder, 'tree'), baseSha);
        const applied = await applyTargets(options.switch.targets, options.switch, worktree, reporter);
        const changedFiles = await worktree.changedFiles();
        const manifests = await (0,config_pr_record/* manifestSums */.Os)(record.export.location, record.collections.map((c) => c.table), options.cwd);
        const title = pullTitle({ stage: options.stage, switch: options.switch }, options.pullRequest.title);
        const body = pullBody({
            stage: options.stage,
            reason: options.reason,
            actor: options.actor,
            runUrl: options.runUrl,
            runId: options.runId,
            release: options.release,
            switch: options.switch,
            record,
            verify,
            manifests,
            targets: applied.outcomes,
            files: changedFiles,
        });
        const common = { repository: repo ? `${repo.owner}/${repo.repo}` : null, base, branch: options.branch, changedFiles, targets: applied.outcomes, notes: applied.notes, report: reportPath, title, body };
        if (options.dryRun) {
            return { ...common, operation: 'dry-run', commit: null, pushed: false, pullRequest: null, diff: await worktree.diff(changedFiles) };
        }
        if (changedFiles.length === 0) {
            const notes = [...applied.notes, `every target already has ${options.switch.key}=${options.switch.to} on ${base}: nothing to change, no pull request`];
            return { ...common, notes, operation: 'unchanged', commit: null, pushed: false, pullRequest: null, diff: '' };
        }
        if (!repo)
            throw new core_errors/* InputError */.dz(`cannot tell the GitHub repository from the origin URL; give --repository owner/name`);
        const message = commitMessage({ stage: options.stage, reason: options.reason, runUrl: options.runUrl, switch: options.switch, report: reportPath, targets: applied.outcomes });
        const made = await worktree.commit(changedFiles, message);
        const { commit, pushed } = await pushIfChanged(git, worktree, made, options.branch, baseSha, options.pullRequest.committer);
        const github = clients.github;
        const { pull, operation, notes } = await upsertPull(github, repo, { branch: options.branch, base, title, body, draft: options.draft || options.pullRequest.draft }, pushed, options.pullRequest);
        return { ...common, notes: [...common.notes, ...notes], operation, commit, pushed, pullRequest: { number: pull.number, url: pull.url }, diff: '' };
    }
    finally {
        if (worktree)
            await git.removeWorktree(worktree.dir).catch(() => undefined);
        await (0,promises_.rm)(folder, { recursive: true, force: true });
    }
}
async function repositoryOf(options, git) {
    if (options.repository)
        return (0,repository/* parseRepository */.S)(options.repository, '--repository');
    const url = await git.remoteUrl(REMOTE);
    return url ? (0,repository/* repositoryFromUrl */.k)(url) : null;
}
/**
 * Pushes the commit unless the branch already holds the same tree on the
 * same base. Force-with-lease, expecting the branch where we saw it, and
 * only when its tip was committed by us: someone else's branch of the same
 * name is refused, never overwritten.
 */
async function pushIfChanged(git, worktree, made, branch, baseSha, committer) {
    const remoteSha = await git.remoteBranchSha(REMOTE, branch);
    if (remoteSha) {
        // Two deep: in a shallow clone (actions/checkout's default) the tip's parent must be known to compare bases.
        const tip = await git.fetchBranch(REMOTE, branch, 2);
        const info = await git.commitInfo(tip);
        const ours = /<([^>]+)>/.exec(committer)?.[1];
        if (info.committerEmail !== ours) {
            throw new core_errors/* InputError */.dz(`branch ${branch} on ${REMOTE} has a commit config-pr did not make (committer ${info.committerEmail}); pick another --branch or delete that branch`);
        }
        if (info.parents.length === 1 && info.parents[0] === baseSha && (await git.tree(tip)) === (await worktree.tree(made))) {
            return { commit: tip, pushed: false };
        }
    }
    await git.push(REMOTE, made, branch, remoteSha);
    return { commit: made, pushed: true };
}
async function upsertPull(github, repo, want, pushed, config) {
    const notes = [];
    const open = await github.findOpenPull(repo, want.branch, want.base);
    if (!open) {
        const pull = await github.createPull(repo, want);
        await github.addLabels(repo, pull.number, config.labels);
        try {
            await github.requestReviewers(repo, pull.number, config.reviewers, config.teamReviewers);
        }
        catch (err) {
            // The pull request exists by now; a reviewer GitHub will not take (the author, a non-collaborator)
            // must not fail the rollback job. Said, so someone asks them by hand.
            if ((0,errors/* kindOf */.I)(err) !== 'invalid' && (0,errors/* kindOf */.I)(err) !== 'not-found')
                throw err;
            notes.push(`reviewers not requested: ${err.message}; ask them on the pull request`);
        }
        return { pull, operation: 'created', notes };
    }
    const edited = open.title !== want.title || open.body !== want.body;
    const pull = edited ? await github.updatePull(repo, open.number, { title: want.title, body: want.body }) : open;
    const missing = config.labels.filter((l) => !open.labels.includes(l));
    await github.addLabels(repo, open.number, missing);
    return { pull, operation: edited || pushed || missing.length > 0 ? 'updated' : 'unchanged', notes };
}


/***/ }),

/***/ 21796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ findDotenv)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * dotenv files: `KEY=v`, `KEY="v"`, `KEY='v'`, `export KEY=v`, inline
 * `# comments`, CRLF. Every assignment of the key is found (a key set twice
 * is flipped twice, and the caller says so). Commented-out lines are not
 * settings and are left alone.
 */

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
function findDotenv(text, key, where) {
    const out = [];
    let offset = 0;
    let line = 0;
    for (const raw of text.split('\n')) {
        line++;
        const start = offset;
        offset += raw.length + 1;
        const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        let i = 0;
        const skipSpace = () => {
            while (i < content.length && (content[i] === ' ' || content[i] === '\t' || content[i] === '\uFEFF'))
                i++;
        };
        skipSpace();
        if (content.startsWith('export', i) && /[ \t]/.test(content[i + 6] ?? '')) {
            i += 6;
            skipSpace();
        }
        const eq = content.indexOf('=', i);
        if (eq < 0)
            continue;
        const name = content.slice(i, eq).trimEnd();
        if (name !== key || !KEY.test(name))
            continue;
        i = eq + 1;
        skipSpace();
        const quote = content[i];
        if (quote === '"' || quote === "'" || quote === '`') {
            const close = closingQuote(content, i + 1, quote);
            if (close < 0)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}:${line}: ${key} has an unterminated ${quote} quote; fix the file by hand`);
            const rawValue = content.slice(i + 1, close);
            out.push({
                start: start + i + 1,
                end: start + close,
                value: quote === '"' ? rawValue.replace(/\\(["\\])/g, '$1') : rawValue,
                line,
                encode: (v) => encodeQuoted(v, quote, where, line),
            });
        }
        else {
            // Unquoted: up to an inline comment (whitespace then #) or the end, trailing blanks excluded.
            const hash = content.slice(i).search(/[ \t]#/);
            const stop = hash < 0 ? content.length : i + hash;
            const value = content.slice(i, stop).trimEnd();
            out.push({ start: start + i, end: start + i + value.length, value, line, encode: (v) => encodeBare(v, where, line) });
        }
    }
    return out;
}
function closingQuote(s, from, quote) {
    for (let j = from; j < s.length; j++) {
        if (quote === '"' && s[j] === '\\')
            j++;
        else if (s[j] === quote)
            return j;
    }
    return -1;
}
function encodeQuoted(v, quote, where, line) {
    if (quote === '"')
        return v.replace(/(["\\])/g, '\\$1');
    if (v.includes(quote) || /[\r\n]/.test(v))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}:${line}: the new value cannot be written inside ${quote} quotes`);
    return v;
}
function encodeBare(v, where, line) {
    if (/[\s#"'`]/.test(v))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}:${line}: the new value needs quotes here; quote the old value in the file first`);
    return v;
}


/***/ }),

/***/ 66074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ flipFile),
/* harmony export */   B: () => (/* binding */ kindOfPath)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _dotenv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21796);
/* harmony import */ var _js_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86709);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64740);
/* harmony import */ var _occurrence_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50535);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60353);
/**
 * One switch target's file, flipped: the format from the file name (or
 * given), the value found by that format's own reader, the new text spliced.
 * Pure: text in, text out; the caller reads and writes the file.
 */






function kindOfPath(file) {
    const base = file.split('/').pop();
    if (/\.[mc]?[jt]sx?$/.test(base))
        return 'js';
    if (/\.json5?$|\.jsonc$/.test(base))
        return 'json';
    if (/\.ya?ml$/.test(base))
        return 'yaml';
    if (base.startsWith('.env') || base.endsWith('.env') || base.includes('.env.'))
        return 'dotenv';
    return null;
}
function flipFile(text, target, sw) {
    const kind = target.kind ?? kindOfPath(target.path);
    const where = target.path;
    if (!kind)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: cannot tell the format from the name; give kind: dotenv, js, json or yaml in the target`);
    if (kind === 'dotenv')
        return { kind, what: sw.key, ...(0,_occurrence_js__WEBPACK_IMPORTED_MODULE_4__/* .flip */ .UU)(text, (0,_dotenv_js__WEBPACK_IMPORTED_MODULE_1__/* .findDotenv */ .O)(text, sw.key, where), sw, where, sw.key) };
    if (kind === 'json' || kind === 'yaml') {
        const pointer = target.pointer ?? `/${sw.key}`;
        const found = kind === 'json' ? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .findJson */ .o)(text, pointer, where) : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_5__/* .findYaml */ .J)(text, pointer, where);
        return { kind, what: pointer, ...(0,_occurrence_js__WEBPACK_IMPORTED_MODULE_4__/* .flip */ .UU)(text, found, sw, where, pointer) };
    }
    const what = target.property ?? sw.key;
    const { occurrences, computedKeys } = (0,_js_js__WEBPACK_IMPORTED_MODULE_2__/* .findJs */ .n)(text, target.path, { property: target.property, key: sw.key }, where);
    const hint = occurrences.length === 0 && computedKeys > 0 ? ` (${computedKeys} computed keys could not be followed)` : '';
    return { kind, what, ...(0,_occurrence_js__WEBPACK_IMPORTED_MODULE_4__/* .flip */ .UU)(text, occurrences, sw, where, `${what}${hint}`) };
}


/***/ }),

/***/ 86709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ findJs)
/* harmony export */ });
/* harmony import */ var _babel_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5429);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _occurrence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50535);
/**
 * JavaScript and TypeScript: an object-literal property path
 * (`production.database.type`) or, without one, every `const` and property
 * named by the key, found with a real parser (@babel/parser: JS, TS and JSX,
 * a fraction of the TypeScript compiler's size in dist/), never a regex.
 * Only a string literal (or a template without `${}`) is a value we flip.
 */



const isNode = (v) => typeof v === 'object' && v !== null && typeof v.type === 'string';
function parseSource(body, file, where) {
    const ts = /\.[mc]?tsx?$/.test(file);
    const jsx = /\.(jsx|tsx)$/.test(file) || !ts;
    try {
        return (0,_babel_parser__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(body, {
            sourceType: 'unambiguous',
            allowReturnOutsideFunction: true,
            plugins: [...(ts ? ['typescript'] : []), ...(jsx ? ['jsx'] : [])],
        }).program;
    }
    catch (err) {
        const loc = err.loc;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}${loc ? `:${loc.line}` : ''}: cannot be parsed as ${ts ? 'TypeScript' : 'JavaScript'}; fix the file first`);
    }
}
function walk(node, visit) {
    visit(node);
    for (const [k, v] of Object.entries(node)) {
        if (k === 'loc' || k === 'extra' || k === 'leadingComments' || k === 'trailingComments' || k === 'innerComments')
            continue;
        if (Array.isArray(v))
            for (const x of v)
                if (isNode(x))
                    walk(x, visit);
        if (isNode(v))
            walk(v, visit);
    }
}
/** `x as const`, `x satisfies T`, `(x)`, `<T>x`: the expression inside. */
function unwrap(n) {
    let cur = n;
    while (['TSAsExpression', 'TSSatisfiesExpression', 'TSTypeAssertion', 'TSNonNullExpression', 'ParenthesizedExpression'].includes(cur.type))
        cur = cur.expression;
    return cur;
}
/** A property's name when it is known without running the code: `a`, `'a'`, `['a']`, `[`a`]`; null for a computed one. */
function keyName(prop) {
    const key = prop.key;
    if (!prop.computed && key.type === 'Identifier')
        return key.name;
    if (key.type === 'StringLiteral')
        return key.value;
    if (key.type === 'NumericLiteral')
        return String(key.value);
    if (key.type === 'TemplateLiteral' && key.expressions.length === 0)
        return key.quasis[0].value.cooked;
    return null;
}
function propertiesOf(obj) {
    return obj.properties.filter((p) => p.type === 'ObjectProperty');
}
function findJs(text, file, locator, where) {
    const { body, shift } = (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutBom */ .vA)(text);
    const program = parseSource(body, file, where);
    const leaves = new Map();
    let computedKeys = 0;
    const path = locator.property?.split('.');
    const follow = (obj, rest, name) => {
        const target = unwrap(obj);
        if (target.type !== 'ObjectExpression')
            return;
        for (const p of propertiesOf(target)) {
            const k = keyName(p);
            if (k === null) {
                computedKeys++;
                continue;
            }
            if (k !== rest[0])
                continue;
            if (rest.length === 1)
                leaves.set(p.start, { node: p.value, name });
            else
                follow(p.value, rest.slice(1), name);
        }
    };
    walk(program, (n) => {
        if (path) {
            if (n.type === 'ObjectExpression')
                follow(n, path, locator.property);
            // `const production = { database: { ... } }`: the first segment names the variable.
            if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.id.name === path[0] && n.init) {
                if (path.length === 1)
                    leaves.set(n.start, { node: n.init, name: locator.property });
                else
                    follow(n.init, path.slice(1), locator.property);
            }
            return;
        }
        if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.id.name === locator.key && n.init) {
            leaves.set(n.start, { node: n.init, name: locator.key });
        }
        if (n.type === 'ObjectProperty' && keyName(n) === locator.key)
            leaves.set(n.start, { node: n.value, name: locator.key });
    });
    const occurrences = [...leaves.values()].map(({ node, name }) => literal(unwrap(node), name, body, shift, where));
    return { occurrences, computedKeys };
}
function literal(n, name, body, shift, where) {
    const line = (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .lineAt */ .mh)(body, n.start);
    if (n.type === 'StringLiteral') {
        const quote = body[n.start];
        return { start: n.start + 1 + shift, end: n.end - 1 + shift, value: n.value, line, encode: (v) => (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeFor */ .Zw)(quote, v) };
    }
    if (n.type === 'TemplateLiteral' && n.expressions.length === 0) {
        const quasi = n.quasis[0];
        return { start: quasi.start + shift, end: quasi.end + shift, value: quasi.value.cooked, line, encode: (v) => (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeFor */ .Zw)('`', v) };
    }
    const why = n.type === 'TemplateLiteral' ? 'a template string with ${}' : `not a string literal (${n.type})`;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}:${line}: ${name} is ${why}; flip it by hand or use a command: target`);
}


/***/ }),

/***/ 64740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ pointerSegments),
/* harmony export */   o: () => (/* binding */ findJson)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _occurrence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50535);
/** JSON (comments and trailing commas tolerated) by JSON pointer, through jsonc-parser's tree: offsets, not a rewrite. */



/** `/database/type` -> ['database', 'type'] (RFC 6901 escapes decoded). */
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`pointer ${pointer}: a JSON pointer starts with /`);
    return pointer.slice(1).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
function findJson(text, pointer, where) {
    const { body, shift } = (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutBom */ .vA)(text);
    const errors = [];
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(body, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length > 0 || !root) {
        const e = errors[0];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}${e ? `:${(0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .lineAt */ .mh)(body, e.offset)}` : ''}: not valid JSON (${e ? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(e.error) : 'empty'}); fix the file first`);
    }
    const path = pointerSegments(pointer).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
    // An array index written as a number only matches arrays; an object key of digits is tried as a string too.
    const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, path) ?? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, pointerSegments(pointer));
    if (!node)
        return [];
    if (node.type !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}:${(0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .lineAt */ .mh)(body, node.offset)}: ${pointer} is a ${node.type}, not a string; flip it by hand`);
    const start = node.offset + 1 + shift;
    return [
        {
            start,
            end: node.offset + node.length - 1 + shift,
            value: String(node.value),
            line: (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .lineAt */ .mh)(body, node.offset),
            encode: (v) => JSON.stringify(v).slice(1, -1),
        },
    ];
}


/***/ }),

/***/ 50535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UU: () => (/* binding */ flip),
/* harmony export */   Zw: () => (/* binding */ escapeFor),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   vA: () => (/* binding */ withoutBom)
/* harmony export */ });
/* unused harmony export BOM */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * What every editor in this folder finds: where a setting's value sits in a
 * file's text, and how a new value is written there. Flipping splices new
 * characters over exactly those offsets, so everything else in the file
 * (comments, quotes, indentation, line endings, a BOM) stays byte for byte.
 */

const BOM = '\uFEFF';
/** Parsers that choke on a BOM get the text without it; their offsets are shifted back by this much. */
function withoutBom(text) {
    return text.startsWith(BOM) ? { body: text.slice(1), shift: 1 } : { body: text, shift: 0 };
}
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/**
 * Flips every occurrence from `from` to `to`. Refuses (exit 2) a file where
 * none is found, or any value that is neither: the tool never flips what it
 * does not expect.
 */
function flip(text, found, sw, where, what) {
    if (found.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: ${what} not found; check the target in the config (or mark it optional: true)`);
    const unexpected = found.find((o) => o.value !== sw.from && o.value !== sw.to);
    if (unexpected) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}:${unexpected.line}: ${what} is ${JSON.stringify(unexpected.value)}, neither ${JSON.stringify(sw.from)} nor ${JSON.stringify(sw.to)}; refusing to flip a value the config does not expect`);
    }
    let out = text;
    let flipped = 0;
    // Back to front, so earlier offsets stay valid.
    for (const o of [...found].sort((a, b) => b.start - a.start)) {
        if (o.value !== sw.from)
            continue;
        out = out.slice(0, o.start) + o.encode(sw.to) + out.slice(o.end);
        flipped++;
    }
    return { text: out, occurrences: found.map((o) => ({ line: o.line, value: o.value })), flipped };
}
/** Escapes for a quoted string in JS or JSON-like syntax. */
function escapeFor(quote, value) {
    let s = value.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('\r', '\\r');
    if (quote)
        s = s.replaceAll(quote, `\\${quote}`);
    if (quote === '`')
        s = s.replaceAll('${', '\\${');
    return s;
}


/***/ }),

/***/ 60353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ findYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64740);
/* harmony import */ var _occurrence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50535);
/** YAML by path (a JSON pointer's segments), through yaml's Document ranges: the scalar's characters are replaced, nothing is re-rendered. */




function findYaml(text, pointer, where) {
    const { body, shift } = (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutBom */ .vA)(text);
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(body, { uniqueKeys: false });
    if (doc.errors.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}:${(0,_occurrence_js__WEBPACK_IMPORTED_MODULE_3__/* .lineAt */ .mh)(body, doc.errors[0].pos[0])}: not valid YAML; fix the file first`);
    const segments = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerSegments */ .c)(pointer);
    const node = doc.getIn(segments, true) ?? doc.getIn(segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s)), true);
    if (node === undefined)
        return [];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || typeof node.value !== 'string' || !node.range) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: ${pointer} is not a string value; flip it by hand`);
    }
    const [from, valueEnd] = node.range;
    const line = (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_3__/* .lineAt */ .mh)(body, from);
    const quoted = node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE || node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE;
    if (!quoted && node.type !== yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}:${line}: ${pointer} is a block scalar; flip it by hand`);
    return [
        {
            start: from + shift + (quoted ? 1 : 0),
            end: valueEnd + shift - (quoted ? 1 : 0),
            value: node.value,
            line,
            encode(v) {
                if (node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE)
                    return JSON.stringify(v).slice(1, -1);
                if (node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE)
                    return v.replaceAll("'", "''");
                if (!/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(v))
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}:${line}: the new value needs quotes here; quote the old value in the file first`);
                return v;
            },
        },
    ];
}


/***/ })

};
