export const id = 9;
export const ids = [9];
export const modules = {

/***/ 54562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ describeTables),
/* harmony export */   u: () => (/* binding */ describeTable)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64305);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67137);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78440);
/**
 * DescribeTable, named the same way by every command that reads a table's
 * description (status, backup, export, assess, mitigate), and the check
 * that each table exists and is readable, the first thing an export checks
 * before it writes anything. Failures the operator can fix are InputErrors,
 * so a missing table or an unreachable endpoint leaves no folder and no
 * object behind. Beside dynamodb.ts, not in it: the IAM test reads each
 * command's calls from the files it imports, and verify imports
 * dynamodb.ts but never sends DescribeTable.
 */




const READABLE = new Set(['ACTIVE', 'UPDATING']);
/** One DescribeTable, named the same way by every command (status, backup, export). */
async function describeTable(client, ref) {
    const request = {
        operation: 'DescribeTable',
        resource: `table ${ref.table}${ref.collection !== ref.table ? ` (collection ${ref.collection})` : ''}`,
        notFoundHint: `check ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7)('stage')} and ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7)('tables')} (or the tables map of the config file)`,
    };
    const out = await client.call(request, (sdk) => sdk.send(new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_3__/* .DescribeTableCommand */ .h8C({ TableName: ref.table })));
    if (!out.Table?.TableName) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .whereOf */ .de)(client.scope)} answered DescribeTable ${ref.table} without a table description, which DynamoDB never does; check ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_2__/* .opt */ .m7)('endpoint')}`);
    }
    return out.Table;
}
async function describeTables(client, tables) {
    // One at a time: the first failure (often the same for every table) is reported alone.
    const out = [];
    for (const ref of tables) {
        const t = await describeTable(client, ref);
        const status = t.TableStatus ?? 'unknown';
        if (!READABLE.has(status)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`table ${ref.table} is ${status}, not ACTIVE; wait until it is ACTIVE and run again`);
        }
        out.push({
            ...ref,
            keySchema: (t.KeySchema ?? []).map((k) => ({
                AttributeName: k.AttributeName ?? '',
                KeyType: k.KeyType === 'RANGE' ? 'RANGE' : 'HASH',
            })),
            itemCount: t.ItemCount ?? 0,
            sizeBytes: t.TableSizeBytes ?? 0,
        });
    }
    return out;
}


/***/ }),

/***/ 80009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mitigateCommand: () => (/* binding */ mitigateCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/tables.ts
var config_tables = __webpack_require__(25665);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/dynamo/table.ts
var table = __webpack_require__(82266);
;// CONCATENATED MODULE: ./src/mitigate/plan.ts

function settingsOf(t) {
    const billing = (0,table/* billingOf */.F)(t);
    const cap = (p) => billing === 'PROVISIONED' ? { read: p?.ReadCapacityUnits ?? 0, write: p?.WriteCapacityUnits ?? 0 } : null;
    return {
        billing,
        capacity: cap(t.ProvisionedThroughput),
        indexes: Object.fromEntries((t.GlobalSecondaryIndexes ?? []).map((g) => [g.IndexName ?? '', cap(g.ProvisionedThroughput)])),
    };
}
const same = (a, b) => (a === null ? b === null : b !== null && a.read === b.read && a.write === b.write);
function planTable(t, target) {
    const table = t.TableName ?? '';
    const before = settingsOf(t);
    const names = Object.keys(before.indexes);
    const after = target.billing === 'PAY_PER_REQUEST'
        ? { billing: 'PAY_PER_REQUEST', capacity: null, indexes: Object.fromEntries(names.map((n) => [n, null])) }
        : {
            billing: 'PROVISIONED',
            capacity: target.capacity,
            indexes: Object.fromEntries(names.map((n) => [n, target.indexes?.[n] ?? target.capacity])),
        };
    const plan = (update, refusal = null) => ({
        table,
        before,
        after,
        update,
        refusal,
    });
    const unchanged = before.billing === after.billing &&
        same(before.capacity, after.capacity) &&
        names.every((n) => same(before.indexes[n] ?? null, after.indexes[n] ?? null));
    if (unchanged)
        return plan(null);
    if (t.TableStatus !== 'ACTIVE')
        return plan(null, `table ${table} is ${t.TableStatus ?? 'in an unknown state'}, not ACTIVE: UpdateTable would be refused; wait until it is ACTIVE and run again`);
    const busy = (t.GlobalSecondaryIndexes ?? []).find((g) => g.IndexStatus !== 'ACTIVE');
    if (busy)
        return plan(null, `index ${busy.IndexName} of table ${table} is ${busy.IndexStatus ?? 'in an unknown state'}, not ACTIVE: UpdateTable would be refused; wait until it is ACTIVE and run again`);
    if (after.billing === 'PROVISIONED' && (after.capacity.read < 1 || after.capacity.write < 1)) {
        return plan(null, `table ${table}: provisioned capacity must be at least 1 read and 1 write unit`);
    }
    if (after.billing === 'PAY_PER_REQUEST')
        return plan({ TableName: table, BillingMode: 'PAY_PER_REQUEST' });
    // Going to provisioned, every GSI needs its capacity; within provisioned, only those that change may be named.
    const indexUpdates = names
        .filter((n) => before.billing !== 'PROVISIONED' || !same(before.indexes[n] ?? null, after.indexes[n] ?? null))
        .map((n) => ({
        Update: {
            IndexName: n,
            ProvisionedThroughput: { ReadCapacityUnits: after.indexes[n].read, WriteCapacityUnits: after.indexes[n].write },
        },
    }));
    const tableChanges = before.billing !== 'PROVISIONED' || !same(before.capacity, after.capacity);
    return plan({
        TableName: table,
        ...(before.billing !== 'PROVISIONED' ? { BillingMode: 'PROVISIONED' } : {}),
        ...(tableChanges
            ? { ProvisionedThroughput: { ReadCapacityUnits: after.capacity.read, WriteCapacityUnits: after.capacity.write } }
            : {}),
        ...(indexUpdates.length > 0 ? { GlobalSecondaryIndexUpdates: indexUpdates } : {}),
    });
}
function describeSettings(s) {
    if (s.billing === 'PAY_PER_REQUEST')
        return 'on-demand';
    const gsis = Object.entries(s.indexes).map(([n, c]) => `${n} ${c?.read ?? 0}/${c?.write ?? 0}`);
    return `provisioned ${s.capacity?.read ?? 0}/${s.capacity?.write ?? 0}${gsis.length > 0 ? ` (GSIs ${gsis.join(', ')})` : ''}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var dist_cjs = __webpack_require__(64305);
// EXTERNAL MODULE: ./src/clients/retry.ts
var retry = __webpack_require__(83242);
// EXTERNAL MODULE: ./src/clients/dynamodb-describe.ts
var dynamodb_describe = __webpack_require__(54562);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/fsafe/atomic-write.ts
var atomic_write = __webpack_require__(88796);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/mitigate/report.ts
/**
 * mitigate's report: the settings of every table before and after, so one
 * command (`mitigate --revert <report>`) puts them back. Written before the
 * first UpdateTable and again at the end, so a run cut short still leaves
 * what --revert needs. Table settings only: no item is ever read.
 */





const REPORT_KIND = 'dynamodb-rollback mitigate';
const capacity = schemas/* strictObject */.rej({ read: schemas/* number */.aig().int().min(1), write: schemas/* number */.aig().int().min(1) }).nullable();
const settings = schemas/* strictObject */.rej({ billing: schemas/* enum */.k5n(['PROVISIONED', 'PAY_PER_REQUEST']), capacity, indexes: schemas/* record */.g1P(schemas/* string */.YjP(), capacity) });
const schema = schemas/* strictObject */.rej({
    kind: schemas/* literal */.euz(REPORT_KIND),
    version: schemas/* literal */.euz(1),
    stage: schemas/* string */.YjP(),
    region: schemas/* string */.YjP(),
    endpoint: schemas/* string */.YjP().nullable(),
    action: schemas/* enum */.k5n(['on-demand', 'provisioned', 'revert']),
    revertOf: schemas/* string */.YjP().nullable(),
    startedAt: schemas/* string */.YjP(),
    finishedAt: schemas/* string */.YjP().nullable(),
    tables: schemas/* array */.YOg(schemas/* strictObject */.rej({
        collection: schemas/* string */.YjP(),
        table: schemas/* string */.YjP(),
        before: settings,
        after: settings,
        outcome: schemas/* enum */.k5n(['planned', 'unchanged', 'ACTIVE', 'timeout', 'failed']),
        seconds: schemas/* number */.aig().nullable(),
        problem: schemas/* string */.YjP().nullable(),
    })),
});
async function writeReport(file, report) {
    await (0,atomic_write/* writeFileAtomic */.Zf)(file, `${JSON.stringify(report, null, 2)}\n`);
}
/** A report to revert: read and checked, or one line saying what is wrong with it (exit 2). */
async function readReport(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('revert')} ${file}: cannot read it (${err.code ?? 'error'}); give the report mitigate wrote`, { cause: err });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('revert')} ${file}: not JSON; give the report mitigate wrote`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('revert')} ${file}: not a mitigate report (${issue.path.join('.') || 'top level'}: ${issue.message}); give the report mitigate wrote`);
    }
    return parsed.data;
}

;// CONCATENATED MODULE: ./src/mitigate/run.ts
/**
 * mitigate: the runbook's scenario 2 mitigation. Plan every table from
 * DescribeTable (plan.ts); refuse the lot, changing nothing, when any table
 * would be refused; write the report (the settings before); UpdateTable per
 * table; wait until each table and its GSIs are ACTIVE in the new mode
 * within the timeout; write the report again with the outcome.
 */









const DEFAULT_POLL_MS = 5_000;
/** What each table should become: one mode for all, or (a revert) each table's recorded settings. */
async function targets(options) {
    if (options.action === 'on-demand')
        return options.tables.map((ref) => ({ ref, target: { billing: 'PAY_PER_REQUEST' } }));
    if (options.action === 'provisioned')
        return options.tables.map((ref) => ({
            ref,
            target: { billing: 'PROVISIONED', capacity: { read: options.read, write: options.write } },
        }));
    const old = await readReport(options.revertOf);
    return old.tables
        .filter((t) => t.outcome !== 'unchanged')
        .map((t) => ({ ref: { collection: t.collection, table: t.table, configured: true }, target: targetOf(t.before) }));
}
function targetOf(s) {
    if (s.billing === 'PAY_PER_REQUEST' || s.capacity === null)
        return { billing: 'PAY_PER_REQUEST' };
    const indexes = Object.fromEntries(Object.entries(s.indexes).flatMap(([n, c]) => (c ? [[n, c]] : [])));
    return { billing: 'PROVISIONED', capacity: s.capacity, indexes };
}
async function runMitigate(options, deps) {
    const { dynamo, reporter } = deps;
    const now = deps.now ?? (() => new Date());
    const sleep = deps.sleep ?? retry/* defaultSleep */.JG;
    if (!Number.isInteger(options.timeoutSeconds) || options.timeoutSeconds <= 0)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('timeout')} ${options.timeoutSeconds}: give a whole number of seconds above 0`);
    // Plan: every table described and judged before anything changes.
    const wanted = await targets(options);
    if (wanted.length === 0)
        throw new errors/* InputError */.dz(options.action === 'revert'
            ? `${(0,option_name/* opt */.m7)('revert')} ${options.revertOf}: the report changed no table; nothing to revert`
            : `no tables to change; check ${(0,option_name/* opt */.m7)('tables')}`);
    const plans = [];
    for (const { ref, target } of wanted)
        plans.push({ ref, plan: planTable(await (0,dynamodb_describe/* describeTable */.u)(dynamo, ref), target) });
    const refused = plans.filter((p) => p.plan.refusal !== null);
    if (refused.length > 0) {
        throw new errors/* InputError */.dz(`mitigate refused, nothing changed: ${refused.map((p) => p.plan.refusal).join('; ')}`);
    }
    const report = {
        kind: 'dynamodb-rollback mitigate',
        version: 1,
        stage: options.stage,
        region: options.region,
        endpoint: dynamo.scope.endpoint ?? null,
        action: options.action,
        revertOf: options.action === 'revert' ? options.revertOf : null,
        startedAt: now().toISOString(),
        finishedAt: null,
        tables: plans.map(({ ref, plan }) => ({
            collection: ref.collection,
            table: ref.table,
            before: plan.before,
            after: plan.after,
            outcome: plan.update ? 'planned' : 'unchanged',
            seconds: null,
            problem: null,
        })),
    };
    if (options.dryRun) {
        for (const t of report.tables)
            reporter.info(`dry run: ${t.table}: ${describeSettings(t.before)} -> ${t.outcome === 'unchanged' ? 'unchanged' : describeSettings(t.after)}`);
        return { ok: true, dryRun: true, reportFile: null, report };
    }
    // The settings before are on disk before the first change, so a run cut short can still be reverted.
    await (0,promises_.mkdir)(external_node_path_default().dirname(options.reportFile), { recursive: true });
    await writeReport(options.reportFile, report);
    const started = new Map();
    for (const [i, { plan }] of plans.entries()) {
        const entry = report.tables[i];
        if (!plan.update)
            continue;
        try {
            await dynamo.call({ operation: 'UpdateTable', resource: `table ${plan.table}` }, (sdk) => sdk.send(new dist_cjs/* UpdateTableCommand */.NQf(plan.update)));
            started.set(entry.table, now().getTime());
            reporter.info(`${entry.table}: ${describeSettings(entry.before)} -> ${describeSettings(entry.after)} (UpdateTable sent)`);
        }
        catch (err) {
            // Refused before anything changed (no permission, a bad name): bad input, and no report of a change that never was.
            if (started.size === 0 && err instanceof errors/* InputError */.dz) {
                await (0,promises_.rm)(options.reportFile, { force: true });
                throw err;
            }
            entry.outcome = 'failed';
            const code = err.code;
            entry.problem =
                code === 'LimitExceededException'
                    ? `AWS refused the switch (LimitExceededException): at most four switches to on-demand in 24 hours, or too many capacity decreases today; nothing changed on this table`
                    : `UpdateTable failed: ${(0,errors/* describeError */.Uc)(err)}`;
            reporter.error(`${entry.table}: ${entry.problem}`);
        }
    }
    await waitUntilActive(dynamo, report, started, {
        now,
        sleep,
        pollMs: deps.pollMs ?? DEFAULT_POLL_MS,
        deadline: now().getTime() + options.timeoutSeconds * 1000,
        timeoutSeconds: options.timeoutSeconds,
    });
    report.finishedAt = now().toISOString();
    await writeReport(options.reportFile, report);
    const ok = report.tables.every((t) => t.outcome === 'ACTIVE' || t.outcome === 'unchanged');
    return { ok, dryRun: false, reportFile: options.reportFile, report };
}
/** In the new mode, the table and every index ACTIVE: DescribeTable may still say ACTIVE for a moment after UpdateTable. */
function settled(t, after) {
    const billing = t.BillingModeSummary?.BillingMode ?? 'PROVISIONED';
    return (t.TableStatus === 'ACTIVE' && billing === after.billing && (t.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE'));
}
async function waitUntilActive(dynamo, report, started, w) {
    let pending = report.tables.filter((t) => t.outcome === 'planned');
    while (pending.length > 0) {
        for (const t of pending) {
            try {
                const d = await dynamo.call({ operation: 'DescribeTable', resource: `table ${t.table}` }, (sdk) => sdk.send(new dist_cjs/* DescribeTableCommand */.h8C({ TableName: t.table })));
                if (d.Table && settled(d.Table, t.after)) {
                    t.outcome = 'ACTIVE';
                    t.seconds = Math.max(0, Math.round((w.now().getTime() - (started.get(t.table) ?? w.now().getTime())) / 1000));
                }
            }
            catch (err) {
                t.outcome = 'failed';
                t.problem = `DescribeTable failed while waiting: ${(0,errors/* describeError */.Uc)(err)}`;
            }
        }
        pending = pending.filter((t) => t.outcome === 'planned');
        if (pending.length === 0)
            break;
        const left = w.deadline - w.now().getTime();
        if (left <= 0) {
            for (const t of pending) {
                t.outcome = 'timeout';
                t.problem = `not ACTIVE within ${w.timeoutSeconds} s (still UPDATING; it may finish later: run mitigate --dry-run or status to see it)`;
            }
            break;
        }
        await w.sleep(Math.min(w.pollMs, left));
    }
}

// EXTERNAL MODULE: ./src/commands/clients.ts
var clients = __webpack_require__(67174);
// EXTERNAL MODULE: ./src/commands/read-option.ts
var read_option = __webpack_require__(92304);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
;// CONCATENATED MODULE: ./src/commands/mitigate.ts









/** The report's default name: the stage and the time, so runs never overwrite each other. */
function defaultReport(ctx) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    return external_node_path_default().join('.dynamodb-rollback', `mitigate-${ctx.config.stage}-${stamp}.json`);
}
/** Which of the three things mitigate was asked to do, or one line saying what is missing (exit 2). */
function actionOf(ctx) {
    const o = ctx.options;
    if (o.revert !== undefined) {
        if (o.billing !== undefined || o.read !== undefined || o.write !== undefined)
            throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('revert')} puts back what the report recorded: give it without ${(0,option_name/* opt */.m7)('billing')}, ${(0,option_name/* opt */.m7)('read')} or ${(0,option_name/* opt */.m7)('write')}`);
        return { action: 'revert', revertOf: external_node_path_default().resolve(ctx.cwd, o.revert) };
    }
    if (o.billing === undefined)
        throw new errors/* InputError */.dz(`mitigate: give ${(0,option_name/* opt */.m7)('billing')} on-demand (or ${(0,option_name/* opt */.m7)('billing')} provisioned ${(0,option_name/* opt */.m7)('read')} N ${(0,option_name/* opt */.m7)('write')} N), or ${(0,option_name/* opt */.m7)('revert')} <report>`);
    const tables = (0,config_tables/* selectTables */.e)(ctx.config, o.tables);
    if (o.billing === 'on-demand') {
        if (o.read !== undefined || o.write !== undefined)
            throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('read')} and ${(0,option_name/* opt */.m7)('write')} belong to ${(0,option_name/* opt */.m7)('billing')} provisioned; on-demand has no capacity to set`);
        return { action: 'on-demand', tables };
    }
    if (o.read === undefined || o.write === undefined)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('billing')} provisioned needs ${(0,option_name/* opt */.m7)('read')} N and ${(0,option_name/* opt */.m7)('write')} N (capacity units for each table and each GSI)`);
    return { action: 'provisioned', tables, read: o.read, write: o.write };
}
/** Switches billing mode (scenario 2's mitigation), waits until ACTIVE, and records how to go back. */
const mitigateCommand = (0,types/* defineCommand */.N)({
    name: 'mitigate',
    description: 'Switch tables (and their GSIs) to on-demand billing, or to provisioned capacity, waiting until ACTIVE; the report records the settings before, and --revert <report> puts them back',
    options: ['tables', 'billing', 'read', 'write', 'revert', 'mitigate-report-out', 'timeout', 'dry-run', 'retry-budget'],
    outputs: {
        report: 'Path of the report (the settings before; give it to --revert); empty on a dry run',
        changed: 'JSON array of the tables changed (or, on a dry run, that would be)',
        outcomes: 'JSON object: table -> ACTIVE, unchanged, timeout, failed (planned on a dry run)',
    },
    run(ctx) {
        const action = actionOf(ctx);
        return runMitigate({
            ...action,
            stage: ctx.config.stage,
            region: ctx.config.region,
            reportFile: external_node_path_default().resolve(ctx.cwd, (0,read_option/* readOption */.g)(ctx.options, 'mitigate-report-out') ?? defaultReport(ctx)),
            timeoutSeconds: (0,read_option/* readOption */.g)(ctx.options, 'timeout'),
            dryRun: (0,read_option/* readOption */.g)(ctx.options, 'dry-run'),
        }, { dynamo: (0,clients/* dynamoFor */._h)(ctx), reporter: ctx.reporter });
    },
    present(r) {
        const tables = r.report.tables;
        const changed = tables.filter((t) => t.outcome !== 'unchanged');
        const what = r.report.action === 'revert' ? 'reverted' : `switched to ${r.report.action}`;
        const bad = tables.filter((t) => t.outcome === 'failed' || t.outcome === 'timeout');
        const headline = r.dryRun
            ? `dry run: ${changed.length} of ${tables.length} table${tables.length === 1 ? '' : 's'} would change; nothing was changed`
            : r.ok
                ? `${changed.length} table${changed.length === 1 ? '' : 's'} ${what} and ACTIVE, ${tables.length - changed.length} already so`
                : `${bad.length} of ${tables.length} tables not ${what}: ${bad.map((t) => `${t.table} ${t.outcome}`).join(', ')}`;
        return {
            ok: r.ok,
            outputs: {
                report: r.reportFile ?? '',
                changed: JSON.stringify(changed.map((t) => t.table)),
                outcomes: JSON.stringify(Object.fromEntries(tables.map((t) => [t.table, t.outcome]))),
            },
            summary: {
                title: 'mitigate',
                headline,
                tables: [
                    {
                        headers: ['collection', 'table', 'before', 'after', 'outcome', 'seconds'],
                        rows: tables.map((t) => [
                            t.collection,
                            t.table,
                            describeSettings(t.before),
                            t.outcome === 'unchanged' ? '(unchanged)' : describeSettings(t.after),
                            t.outcome,
                            t.seconds === null ? '-' : String(t.seconds),
                        ]),
                    },
                ],
                notes: [
                    ...(r.reportFile ? [`report: ${r.reportFile}; to go back: mitigate --revert ${r.reportFile}`] : []),
                    ...tables.filter((t) => t.problem).map((t) => `${t.table}: ${t.problem}`),
                ],
            },
        };
    },
});


/***/ }),

/***/ 25665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ selectTables)
/* harmony export */ });
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78440);

/**
 * The tables a command works on: every configured one, or those named by
 * --tables. A name may be a collection or a table from the config; any other
 * name is taken as a table name outside the config.
 */
function selectTables(config, names) {
    const all = Object.entries(config.tables).map(([collection, table]) => ({
        collection,
        table,
        configured: true,
        source: config.tableSources?.[collection] ?? 'the config',
    }));
    if (!names || names.length === 0)
        return all;
    const out = [];
    for (const name of names) {
        const hit = all.find((t) => t.collection === name || t.table === name);
        const ref = hit ?? { collection: name, table: name, configured: false, source: (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_0__/* .opt */ .m7)('tables') };
        if (!out.some((t) => t.table === ref.table))
            out.push(ref);
    }
    return out;
}


/***/ }),

/***/ 82266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ billingOf)
/* harmony export */ });
function billingOf(t) {
    // A table that never changed mode may lack the summary: provisioned is what it was created as then.
    return t.BillingModeSummary?.BillingMode === 'PAY_PER_REQUEST' ? 'PAY_PER_REQUEST' : 'PROVISIONED';
}


/***/ }),

/***/ 88796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ tempPathFor),
/* harmony export */   GH: () => (/* binding */ TEMP_PATTERN),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   _d: () => (/* binding */ isTempFor),
/* harmony export */   gd: () => (/* binding */ ContentMismatchError),
/* harmony export */   hN: () => (/* binding */ prepareFileAtomic),
/* harmony export */   jH: () => (/* binding */ removeStaleTemps),
/* harmony export */   ty: () => (/* binding */ syncDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * A file replaced whole or not at all: written to a temp file in the same
 * folder, fsynced, renamed over the target, and the folder fsynced so the
 * rename itself survives a power cut. A crash at any point leaves the old
 * file or the new one, never a mix; at worst a stray temp file, whose name
 * (TEMP_PATTERN) lets the next run recognise and remove it.
 */



/** What was written to the temp file is not what the caller expected: the target was left as it was. */
class ContentMismatchError extends Error {
    constructor(target) {
        super(`${target}: the content written did not have the expected sha256; the file was left as it was`);
        this.name = 'ContentMismatchError';
    }
}
/** Every temp file of ours: tempPathFor's names, and the write probe's old name (see write-probe.ts). */
const TEMP_PATTERN = /^\.(?:.+\.dynamodb-rollback-\d+-[0-9a-f]{8}\.tmp|dynamodb-rollback-write-check-\d+-[0-9a-f]{8})$/;
/** Whether name is a temp file of ours for the file named target (a basename). */
function isTempFor(name, target) {
    return TEMP_PATTERN.test(name) && name.startsWith(`.${target}.dynamodb-rollback-`);
}
function tempPathFor(target) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.dynamodb-rollback-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
}
/**
 * writeFileAtomic in two halves, so a caller can write its temp files while
 * it does something that must finish before the first rename (the
 * rollback's snapshot): nothing a reader of the target sees changes before
 * commit.
 */
async function prepareFileAtomic(target, content, options = {}) {
    const tmp = tempPathFor(target);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    try {
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'wx', options.mode ?? 0o666);
        try {
            for await (const chunk of chunksOf(content)) {
                const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
                hash.update(buf);
                for (let off = 0; off < buf.length;)
                    off += (await fh.write(buf, off)).bytesWritten;
                bytes += buf.length;
            }
            if (options.mode !== undefined)
                await fh.chmod(options.mode); // open's mode is masked by umask
            await fh.sync();
        }
        catch (err) {
            // The write's own error (ENOSPC, EFBIG) is the cause: a close failing after it must not take its place.
            await fh.close().catch(() => { });
            throw err;
        }
        await fh.close();
    }
    catch (err) {
        await removeTemp(tmp);
        throw err;
    }
    const sha256 = hash.digest('hex');
    let settled = false;
    const discard = async () => {
        if (settled)
            return;
        settled = true;
        await removeTemp(tmp);
    };
    const commit = async () => {
        if (settled)
            throw new Error(`${target}: its temp file was already renamed or removed`);
        try {
            if (options.unlessSha256 === sha256)
                return { written: false, sha256, bytes };
            if (options.expectSha256 !== undefined && options.expectSha256 !== sha256)
                throw new ContentMismatchError(target);
            await options.hooks?.beforeRename?.(target);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, target);
            settled = true;
            await syncDir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target));
            return { written: true, sha256, bytes };
        }
        finally {
            await discard();
        }
    };
    return { target, tempName: node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(tmp), sha256, bytes, commit, discard };
}
async function writeFileAtomic(target, content, options = {}) {
    return (await prepareFileAtomic(target, content, options)).commit();
}
/** Nor may a cleanup's failure take the cause's place: a temp left behind is recognised by its name and removed by the next run. */
async function removeTemp(tmp) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true }).catch(() => { });
}
/** Removes temp files a crashed write left in dir (only ours, by name), but for keep: this run's own. */
async function removeStaleTemps(dir, keep = new Set()) {
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)) {
        if (TEMP_PATTERN.test(name) && !keep.has(name))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name), { force: true });
    }
}
/** fsync a folder, so renames and unlinks in it are durable. */
async function syncDir(dir) {
    const dh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
    try {
        await dh.sync();
    }
    finally {
        await dh.close();
    }
}
async function* chunksOf(content) {
    if (typeof content === 'string' || Buffer.isBuffer(content))
        yield content;
    else
        yield* content;
}


/***/ })

};
