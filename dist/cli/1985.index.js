export const id = 1985;
export const ids = [1985];
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

/***/ 21985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backupCommand: () => (/* binding */ backupCommand)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var dist_cjs = __webpack_require__(64305);
// EXTERNAL MODULE: ./src/clients/errors.ts
var errors = __webpack_require__(67137);
// EXTERNAL MODULE: ./src/clients/retry.ts
var retry = __webpack_require__(83242);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/clients/dynamodb-describe.ts
var dynamodb_describe = __webpack_require__(54562);
;// CONCATENATED MODULE: ./src/backup/backup-name.ts
/**
 * On-demand backup names: `<table>-rollback-<yyyymmddThhmmss>` (UTC), so a
 * backup in the console says which table and which run it belongs to.
 * DynamoDB allows [a-zA-Z0-9_.-], 3 to 255 characters; table names use the
 * same characters, so only the length needs care.
 */
const MAX = 255;
function stamp(at) {
    return at
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, '');
}
function backupName(table, at) {
    const suffix = `-rollback-${stamp(at)}`;
    return `${table.slice(0, MAX - suffix.length)}${suffix}`;
}

// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/backup/create-backups.ts
/**
 * An on-demand backup (CreateBackup) of every table, then DescribeBackup
 * until each is AVAILABLE or the timeout passes. Tables are checked first,
 * and a refusal on the first CreateBackup (no permission, unsupported
 * endpoint) is an InputError, so bad input leaves nothing behind in AWS.
 * Once a backup exists, a later failure is reported per table instead, with
 * the ARNs of those that were made.
 */







const DEFAULT_POLL_MS = 5_000;
async function runBackup(options, deps) {
    const { dynamo: client, reporter } = deps;
    const now = deps.now ?? (() => new Date());
    const sleep = deps.sleep ?? retry/* defaultSleep */.JG;
    const { timeoutSeconds } = options;
    if (!Number.isInteger(timeoutSeconds) || timeoutSeconds <= 0) {
        throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('timeout')} ${timeoutSeconds}: give a whole number of seconds above 0`);
    }
    const refs = options.tables;
    const endpoint = client.scope.endpoint;
    // Every table must exist before any backup is made.
    await (0,dynamodb_describe/* describeTables */.J)(client, refs);
    const started = now();
    const result = {
        ok: false,
        skipped: false,
        endpoint: endpoint ?? null,
        startedAt: started.toISOString(),
        timeoutSeconds,
        tables: refs.map((ref) => ({
            collection: ref.collection,
            table: ref.table,
            name: backupName(ref.table, started),
            arn: null,
            status: 'failed',
            seconds: null,
            problem: null,
        })),
    };
    const progress = reporter.progress('backups', { unit: 'tables', total: refs.length });
    for (const [i, ref] of refs.entries()) {
        const entry = result.tables[i];
        try {
            const out = await client.call({ operation: 'CreateBackup', resource: `table ${ref.table}` }, (sdk) => sdk.send(new dist_cjs/* CreateBackupCommand */.E1j({ TableName: ref.table, BackupName: entry.name })));
            const details = out.BackupDetails;
            if (!details?.BackupArn) {
                entry.problem = 'CreateBackup answered without a backup ARN';
                progress.add(1);
                continue;
            }
            entry.arn = details.BackupArn;
            entry.status = details.BackupStatus === 'AVAILABLE' ? 'AVAILABLE' : 'CREATING';
            if (entry.status === 'AVAILABLE') {
                entry.seconds = 0;
                progress.add(1);
            }
            reporter.info(`backup ${entry.name} of ${ref.table}: ${details.BackupStatus ?? 'status unknown'}`);
        }
        catch (err) {
            const anyMade = result.tables.some((t) => t.arn !== null);
            if ((0,errors/* kindOf */.I)(err) === 'unsupported' && !anyMade) {
                if (options.skipUnsupported) {
                    progress.done('skipped: the endpoint does not support CreateBackup');
                    return skippedResult(result, endpoint);
                }
                throw new core_errors/* InputError */.dz(`${(0,errors/* whereOf */.de)(client.scope)} does not support CreateBackup; use ${(0,option_name/* opt */.m7)('skip-unsupported')} to skip the backup step`, { cause: err });
            }
            // Before any backup exists, a refusal is bad input and leaves nothing behind; after, it is one table's failure.
            if (!anyMade && err instanceof core_errors/* InputError */.dz)
                throw err;
            entry.problem = `CreateBackup failed: ${(0,core_errors/* describeError */.Uc)(err)}`;
            reporter.error(`backup of ${ref.table}: ${entry.problem}`);
            progress.add(1);
        }
    }
    await waitUntilAvailable(client, result, { now, sleep, pollMs: deps.pollMs ?? DEFAULT_POLL_MS, deadline: now().getTime() + timeoutSeconds * 1000 }, (n) => progress.add(n));
    result.ok = result.tables.every((t) => t.status === 'AVAILABLE');
    progress.done(`${result.tables.filter((t) => t.status === 'AVAILABLE').length}/${refs.length} AVAILABLE`);
    return result;
}
function skippedResult(result, endpoint) {
    for (const t of result.tables) {
        t.status = 'skipped';
        t.problem = `${endpoint ? `endpoint ${endpoint}` : 'the endpoint'} does not support CreateBackup`;
    }
    return { ...result, ok: true, skipped: true };
}
async function waitUntilAvailable(client, result, w, finished) {
    const created = Date.parse(result.startedAt);
    let pending = result.tables.filter((t) => t.status === 'CREATING');
    while (pending.length > 0) {
        for (const t of pending) {
            try {
                const out = await client.call({ operation: 'DescribeBackup', resource: `backup ${t.name}` }, (sdk) => sdk.send(new dist_cjs/* DescribeBackupCommand */.zQ0({ BackupArn: t.arn })));
                const status = out.BackupDescription?.BackupDetails?.BackupStatus;
                if (status === 'AVAILABLE') {
                    t.status = 'AVAILABLE';
                    t.seconds = Math.max(0, Math.round((w.now().getTime() - created) / 1000));
                }
                else if (status === 'DELETED') {
                    t.status = 'DELETED';
                    t.problem = 'the backup was deleted before it became AVAILABLE';
                }
            }
            catch (err) {
                t.status = 'failed';
                t.problem = `DescribeBackup failed: ${(0,errors/* kindOf */.I)(err) === 'not-found' ? 'the backup no longer exists' : (0,core_errors/* describeError */.Uc)(err)}`;
            }
            if (t.status !== 'CREATING')
                finished(1);
        }
        pending = pending.filter((t) => t.status === 'CREATING');
        if (pending.length === 0)
            break;
        const left = w.deadline - w.now().getTime();
        if (left <= 0) {
            for (const t of pending) {
                t.status = 'timeout';
                t.problem = `not AVAILABLE within ${result.timeoutSeconds} s (still CREATING; it may finish later, see its ARN)`;
            }
            finished(pending.length);
            break;
        }
        await w.sleep(Math.min(w.pollMs, left));
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
;// CONCATENATED MODULE: ./src/commands/backup.ts





/** On-demand backup of every table; waits until each is AVAILABLE. */
const backupCommand = (0,types/* defineCommand */.N)({
    name: 'backup',
    description: 'On-demand backup (CreateBackup) of every table, waiting until each is AVAILABLE; outputs the ARNs',
    options: ['tables', 'skip-unsupported', 'timeout', 'retry-budget'],
    outputs: {
        arns: 'JSON object: table -> backup ARN',
        statuses: 'JSON object: table -> backup status (AVAILABLE, skipped, failed...)',
        skipped: 'true when the endpoint lacks CreateBackup and --skip-unsupported skipped it',
    },
    run: (ctx) => runBackup({
        tables: (0,tables/* selectTables */.e)(ctx.config, ctx.options.tables),
        timeoutSeconds: (0,read_option/* readOption */.g)(ctx.options, 'timeout'),
        skipUnsupported: (0,read_option/* readOption */.g)(ctx.options, 'skip-unsupported'),
    }, { dynamo: (0,clients.dynamoFor)(ctx), reporter: ctx.reporter }),
    present(r) {
        const available = r.tables.filter((t) => t.status === 'AVAILABLE').length;
        const headline = r.skipped
            ? `skipped: ${r.endpoint ?? 'the endpoint'} does not support CreateBackup (--skip-unsupported)`
            : r.ok
                ? `${available} backup${available === 1 ? '' : 's'} AVAILABLE`
                : `${r.tables.length - available} of ${r.tables.length} backups not AVAILABLE`;
        return {
            ok: r.ok,
            outputs: {
                arns: JSON.stringify(Object.fromEntries(r.tables.filter((t) => t.arn !== null).map((t) => [t.table, t.arn]))),
                statuses: JSON.stringify(Object.fromEntries(r.tables.map((t) => [t.table, t.status]))),
                skipped: String(r.skipped),
            },
            summary: {
                title: 'backup',
                headline,
                tables: [
                    {
                        headers: ['collection', 'table', 'backup', 'status', 'seconds'],
                        rows: r.tables.map((t) => [
                            t.collection,
                            t.table,
                            t.arn ? t.name : '-',
                            t.status,
                            t.seconds === null ? '-' : String(t.seconds),
                        ]),
                    },
                ],
                notes: [
                    ...r.tables.filter((t) => t.arn).map((t) => `${t.table}: ${t.arn}`),
                    ...r.tables.filter((t) => t.problem && t.status !== 'skipped').map((t) => `${t.table}: ${t.problem}`),
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


/***/ })

};
