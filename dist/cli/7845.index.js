export const id = 7845;
export const ids = [7845,7174];
export const modules = {

/***/ 67174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cloudWatchFor: () => (/* binding */ cloudWatchFor),
/* harmony export */   dynamoFor: () => (/* binding */ dynamoFor),
/* harmony export */   dynamoFromSettings: () => (/* binding */ dynamoFromSettings),
/* harmony export */   dynamoSettings: () => (/* binding */ dynamoSettings),
/* harmony export */   gitHubFor: () => (/* binding */ gitHubFor),
/* harmony export */   gitHubRepository: () => (/* binding */ gitHubRepository),
/* harmony export */   gitHubToken: () => (/* binding */ gitHubToken),
/* harmony export */   s3For: () => (/* binding */ s3For)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _read_option_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92304);
/* harmony import */ var _parse_value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82649);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78440);




const RETRY_LINE_MS = 10_000;
function retryLog(reporter, service, limit, now = Date.now) {
    let last = -Infinity;
    let count = 0;
    return (e) => {
        count++;
        const t = now();
        if (t - last < RETRY_LINE_MS)
            return;
        last = t;
        reporter.warning(`${service}: ${e.operation} ${e.kind === 'throttling' ? 'throttled' : 'failed'} (${e.code}); retrying with back-off (${count} retries so far, ${limit()} requests in flight at most)`);
    };
}
function common(ctx) {
    const budget = (0,_read_option_js__WEBPACK_IMPORTED_MODULE_1__/* .readOption */ .g)(ctx.options, 'retry-budget');
    return { region: ctx.config.region, env: ctx.env, retry: { budgetMs: budget * 1000 } };
}
/**
 * The option, else the SDK's own variables for a service's endpoint
 * (AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL), so a workflow step
 * configured by its environment (the drill's embedded services among them)
 * reaches the same endpoint the SDK would, and the messages name it.
 */
function endpointOf(ctx, option, service) {
    const given = ctx.options[option];
    if (given)
        return given;
    for (const variable of [`AWS_ENDPOINT_URL_${service}`, 'AWS_ENDPOINT_URL']) {
        const raw = ctx.env[variable];
        if (raw && raw.trim() !== '')
            return (0,_parse_value_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEndpointVariable */ .FK)(variable, raw);
    }
    return undefined;
}
/** Its SDK loaded only here, as S3's: a rollback from a folder, or verify without --live, starts without it (about 0.1 s). */
function dynamoFor(ctx) {
    return dynamoFromSettings(dynamoSettings(ctx), () => ctx.reporter);
}
/** What a DynamoDB client is built from, as plain data: dynamoFor builds from it, and so does a worker thread (dynamoFromSettings). */
function dynamoSettings(ctx) {
    const c = common(ctx);
    return { region: c.region, endpoint: endpointOf(ctx, 'endpoint', 'DYNAMODB'), retryBudgetMs: c.retry.budgetMs, env: { ...c.env } };
}
/** The DynamoDB client of these settings (dynamoFor's, or a worker thread's); its retries are logged to whichever reporter reporter() gives at the time. */
async function dynamoFromSettings(s, reporter) {
    const { createDynamo } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(4305), __webpack_require__.e(7466)]).then(__webpack_require__.bind(__webpack_require__, 37466));
    let log;
    let logTo;
    const client = createDynamo({
        region: s.region,
        env: s.env,
        retry: { budgetMs: s.retryBudgetMs },
        endpoint: s.endpoint,
        onRetry: (e) => {
            // A job's log is its own: a new reporter starts the count and the 10 s spacing afresh.
            if (logTo !== reporter()) {
                logTo = reporter();
                log = retryLog(logTo, 'DynamoDB', () => client.inFlightLimit);
            }
            log(e);
        },
    });
    return client;
}
/** Its SDK loaded only here: a command whose locations are all local starts without it. */
async function s3For(ctx) {
    const { createS3 } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3711), __webpack_require__.e(5192)]).then(__webpack_require__.bind(__webpack_require__, 45192));
    const client = createS3({
        ...common(ctx),
        endpoint: endpointOf(ctx, 's3-endpoint', 'S3'),
        onRetry: retryLog(ctx.reporter, 'S3', () => client.inFlightLimit),
    });
    return client;
}
/** Its SDK loaded only here: only assess reads CloudWatch, and every other command would pay for it at start-up. */
async function cloudWatchFor(ctx) {
    const { createCloudWatch } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(4085), __webpack_require__.e(1362)]).then(__webpack_require__.bind(__webpack_require__, 21362));
    const client = createCloudWatch({
        ...common(ctx),
        endpoint: ctx.options['cloudwatch-endpoint'],
        onRetry: retryLog(ctx.reporter, 'CloudWatch', () => client.inFlightLimit),
    });
    return client;
}
/** The token a GitHub command uses: --token, else the runner's GITHUB_TOKEN or GH_TOKEN. */
function gitHubToken(ctx) {
    return ctx.options.token || ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN || undefined;
}
/** owner/name: --repository, else the run's GITHUB_REPOSITORY; the message names whichever was read. */
async function gitHubRepository(ctx) {
    const { parseRepository } = await __webpack_require__.e(/* import() */ 1299).then(__webpack_require__.bind(__webpack_require__, 1299));
    const named = ctx.options.repository ?? ctx.env.GITHUB_REPOSITORY;
    return parseRepository(named ?? '', ctx.options.repository ? (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('repository') : 'GITHUB_REPOSITORY');
}
/**
 * The GitHub client of a command (its SDK, Octokit, loaded only here), with
 * its retry budget; `needs` says which permissions the token must carry when
 * there is none.
 */
async function gitHubFor(ctx, command, needs) {
    const token = gitHubToken(ctx);
    if (!token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${command} needs a GitHub token: give ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('token')}, or set GITHUB_TOKEN (in Actions: permissions ${needs})`);
    const { createGitHub, PUBLIC_API_URL } = await Promise.all(/* import() */[__webpack_require__.e(2413), __webpack_require__.e(705)]).then(__webpack_require__.bind(__webpack_require__, 80705));
    return createGitHub({
        token,
        apiUrl: ctx.options['github-api-url'] || ctx.env.GITHUB_API_URL || PUBLIC_API_URL,
        retry: common(ctx).retry,
        onRetry: (e) => ctx.reporter.warning(`GitHub: ${e.operation} failed (${e.code}); retrying with back-off`),
    });
}


/***/ }),

/***/ 92304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readOption)
/* harmony export */ });
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26052);
/* harmony import */ var _parse_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82649);
/**
 * The one typed reader of a command's options: the value given, else the
 * options table's default (parsed as an action input's default is, so both
 * front ends see the same value). No command restates a default or casts.
 */


function readOption(options, name) {
    const given = options[(0,_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flagOf */ .iP)(name)];
    if (given !== undefined)
        return given;
    const spec = _options_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTION_SPECS */ .Fx[name];
    return (spec.default === undefined ? undefined : (0,_parse_value_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOptionValue */ .qL)(name, spec.default, 'input'));
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


/***/ }),

/***/ 91324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ s3Key),
/* harmony export */   Hv: () => (/* binding */ namesS3),
/* harmony export */   a5: () => (/* binding */ S3_URI_WITH_BUCKET),
/* harmony export */   il: () => (/* binding */ s3UriOf),
/* harmony export */   kE: () => (/* binding */ S3_URI_NOT_EMPTY),
/* harmony export */   lR: () => (/* binding */ describeLocation),
/* harmony export */   yc: () => (/* binding */ parseS3Uri),
/* harmony export */   zS: () => (/* binding */ parseLocation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * A location: a local folder or an S3 prefix. Whether a text names one or
 * the other is decided here, once, where commands/ reads an option (or the
 * config) that holds one; the work receives the parsed Location and never
 * looks at the text again.
 */


/**
 * The location a text names. name is the option or field, for messages.
 * A folder is resolved against cwd; without one it stays as given (status
 * resolves its paths itself and prints them as the config gives them).
 */
function parseLocation(text, name, cwd) {
    if (namesS3(text))
        return { kind: 's3', ...parseS3Uri(text, name) };
    return { kind: 'dir', path: cwd === undefined ? text : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, text) };
}
/**
 * Whether a text names an S3 location. For a text read back from a record
 * (a report, the config) where a malformed URI is no input to refuse; an
 * option is parsed with parseLocation.
 */
function namesS3(text) {
    return text.startsWith('s3://');
}
/** The config's publish: an S3 URI naming a bucket (checked as text; publish parses it). */
const S3_URI_WITH_BUCKET = /^s3:\/\/[^/]+/;
/** A recorded export URI (the record's locations.json): s3:// and something after it. */
const S3_URI_NOT_EMPTY = /^s3:\/\/./;
/** The location as messages and reports print it: the folder's path, or s3://bucket/prefix. */
function describeLocation(loc) {
    return loc.kind === 's3' ? s3UriOf(loc) : loc.path;
}
/** Parses s3://bucket/prefix (the prefix may be empty). */
function parseS3Uri(uri, option = 's3-uri') {
    const m = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(uri.trim());
    if (!m || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(m[1])) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${option} "${uri}": expected s3://bucket/prefix with a valid bucket name`);
    }
    const prefix = (m[2] ?? '').replace(/^\/+|\/+$/g, '');
    if (prefix.split('/').some((part) => part === '.' || part === '..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${option} "${uri}": the prefix may not contain . or .. segments`);
    }
    return { bucket: m[1], prefix };
}
/** The key of rel under the location's prefix. */
function s3Key(loc, rel) {
    return loc.prefix ? `${loc.prefix}/${rel}` : rel;
}
function s3UriOf(loc, rel = '') {
    const key = rel ? s3Key(loc, rel) : loc.prefix;
    return `s3://${loc.bucket}${key ? `/${key}` : ''}`;
}


/***/ }),

/***/ 5283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lv: () => (/* binding */ removeStaleProbes),
/* harmony export */   vX: () => (/* binding */ probePathFor)
/* harmony export */ });
/* unused harmony export PROBE_PATTERN */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88796);
/**
 * The probe that tells whether a folder can be written: a real file made
 * and removed at once (permission bits lie on read-only mounts and under
 * root). It is named like every temp file of ours (TEMP_PATTERN), so one a
 * kill left behind is never taken for a data file or put in a snapshot, and
 * the next rollback removes it with the other temps. PROBE_PATTERN picks
 * out probes alone: nobody reads them, so any run may remove them, even
 * one that holds no lock (status).
 */



/** Ours, and the name 0.1.0's status used. */
const PROBE_PATTERN = /^\.(?:write-probe\.dynamodb-rollback-\d+-[0-9a-f]{8}\.tmp|dynamodb-rollback-write-check-\d+-[0-9a-f]{8})$/;
function probePathFor(dir) {
    return (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .tempPathFor */ .FD)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'write-probe'));
}
/** Removes probes a killed run left in dir; another run's probe vanishing is harmless, as each removes its own with force. */
async function removeStaleProbes(dir) {
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)) {
        if (PROBE_PATTERN.test(name))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name), { force: true });
    }
}


/***/ }),

/***/ 89038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ requireProgress),
/* harmony export */   aJ: () => (/* binding */ requireMigrationBackup),
/* harmony export */   cv: () => (/* binding */ readProgressFile),
/* harmony export */   q_: () => (/* binding */ findMigrationBackup)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _timestamp_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79074);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78440);
/**
 * Finding the migration's backup of the file database, for status and
 * rollback alike: the folder the progress file names (`backupPath`,
 * relative to the repository root, else to the progress file's folder),
 * else the newest folder in the backup dir. Folder names are timestamps, so
 * the newest is the last in numeric-aware name order (mtimes are not
 * trusted: a checkout resets them); hidden folders are not backups.
 *
 * findMigrationBackup never throws (status reports what it finds);
 * requireMigrationBackup turns what the rollback cannot work with into an
 * InputError. Reads only; never prints the progress file (it is the
 * migration's, and may hold anything).
 */





const STATE_FIELDS = ['status', 'state', 'phase'];
const SHORT_PLAIN = /^[\w .:/-]{1,40}$/;
async function readProgress(cwd, progressFile) {
    const info = {
        path: progressFile,
        exists: false,
        problem: null,
        state: null,
        backupPath: null,
        startTime: null,
        endTime: null,
        rolledBack: false,
    };
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, progressFile), 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return { info, kind: 'missing', rawBackupPath: undefined };
        info.problem = `cannot be read (${code ?? 'error'})`;
        return { info, kind: 'unreadable', rawBackupPath: undefined };
    }
    info.exists = true;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        info.problem = 'not valid JSON';
        return { info, kind: 'not-json', rawBackupPath: undefined };
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        info.problem = 'not a JSON object';
        return { info, kind: 'not-object', rawBackupPath: undefined };
    }
    const record = data;
    const states = STATE_FIELDS.flatMap((f) => {
        const v = record[f];
        return typeof v === 'string' && SHORT_PLAIN.test(v) ? [`${f}=${v}`] : [];
    });
    info.state = states.length > 0 ? states.join(', ') : null;
    const time = (v) => (typeof v === 'string' && Number.isFinite(Date.parse(v)) ? v : null);
    info.startTime = time(record.startTime);
    info.endTime = time(record.endTime) ?? time(record.completedAt);
    info.rolledBack = record.status === 'rolled_back';
    // Status and rollback read backupPath alike: any non-empty string is looked for (even blank-looking:
    // nothing may quietly take another folder), and any other type is a problem, not "none named".
    const raw = record.backupPath;
    if (typeof raw === 'string' && raw !== '')
        info.backupPath = raw;
    else if (raw !== undefined && raw !== null && typeof raw !== 'string')
        info.problem = 'backupPath is not a string';
    return { info, kind: 'object', rawBackupPath: raw };
}
async function readProgressFile(cwd, progressFile) {
    return (await readProgress(cwd, progressFile)).info;
}
async function findMigrationBackup(cwd, backupDir, progress) {
    if (progress.backupPath !== null) {
        const looked = [
            ...new Set([
                node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, progress.backupPath),
                node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, progress.path)), progress.backupPath),
            ]),
        ];
        for (const absPath of looked) {
            const st = await statOrNull(absPath);
            if (st?.isDirectory())
                return {
                    found: true,
                    path: displayPath(cwd, absPath),
                    absPath,
                    source: 'progress-file',
                    ...createdAtOf(absPath, st.mtime),
                    note: null,
                };
        }
        // An absolute path from the machine that ran the migration: the folder of that name in the backup dir, said so.
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(progress.backupPath)) {
            const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(progress.backupPath);
            const here = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, backupDir), name);
            const st = name ? await statOrNull(here) : null;
            if (st?.isDirectory()) {
                const note = `${progress.path} names ${progress.backupPath}, which is not on this machine; took the folder of that name in ${backupDir}`;
                return { found: true, path: displayPath(cwd, here), absPath: here, source: 'progress-file', ...createdAtOf(here, st.mtime), note };
            }
            looked.push(here);
        }
        const shown = displayPath(cwd, looked[0]);
        const st = await statOrNull(looked[0]);
        return {
            found: false,
            path: shown,
            source: 'progress-file',
            problem: `the backup ${shown} named by ${progress.path} (backupPath) ${st ? 'is not a folder' : 'does not exist'}`,
            reason: 'named',
            looked,
        };
    }
    const dirAbs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, backupDir);
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dirAbs, { withFileTypes: true });
    }
    catch (err) {
        const code = err.code;
        return code === 'ENOENT'
            ? {
                found: false,
                path: null,
                source: 'newest-folder',
                problem: `no migration backup: ${backupDir} does not exist and ${progress.path} names none`,
                reason: 'none',
                looked: [],
            }
            : {
                found: false,
                path: null,
                source: 'newest-folder',
                problem: `backup dir ${backupDir} cannot be read (${code ?? 'error'})`,
                reason: 'unreadable',
                looked: [],
            };
    }
    const names = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
    names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const newest = names.at(-1);
    if (newest === undefined) {
        return {
            found: false,
            path: null,
            source: 'newest-folder',
            problem: `no migration backup: ${backupDir} holds no backup folder and ${progress.path} names none`,
            reason: 'none',
            looked: [],
        };
    }
    const absPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dirAbs, newest);
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absPath);
    const note = progress.rolledBack
        ? `${progress.path} says rolled_back and names no backupPath (the app's own rollback ran once); took the newest folder in ${backupDir}`
        : null;
    return { found: true, path: displayPath(cwd, absPath), absPath, source: 'newest-folder', ...createdAtOf(absPath, st.mtime), note };
}
/**
 * The rollback's lookup: an unreadable or malformed progress file, a
 * backupPath that is not a folder, or an unreadable backup dir is an
 * InputError; no backup at all is one too unless optional (strategy
 * export needs none), when it is null.
 */
async function requireMigrationBackup(cwd, backupDir, progressFile, options) {
    const progress = await requireProgress(cwd, progressFile);
    const named = progress.backupPath;
    const location = await findMigrationBackup(cwd, backupDir, progress);
    if (location.found) {
        return {
            dir: location.absPath,
            via: location.source,
            createdAt: location.createdAt.toISOString(),
            note: location.note,
            startTime: progress.startTime,
            endTime: progress.endTime,
        };
    }
    if (location.reason === 'named') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`progress file ${progressFile} names backupPath ${named}, which is not a folder (looked for ${location.looked.join(' and ')}); restore the backup there or correct backupPath`);
    }
    if (location.reason === 'unreadable')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(location.problem);
    if (options.optional)
        return null;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`no migration backup found: ${progressFile} names no backupPath and ${backupDir} holds no backup folder; restore the backup, point ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('backup-dir')} at it, or use ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('strategy')} export`);
}
/** The progress file as the rollback reads it: unreadable, malformed or a non-string backupPath is an InputError. */
async function requireProgress(cwd, progressFile) {
    const read = await readProgress(cwd, progressFile);
    if (read.kind === 'unreadable')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`progress file ${progressFile}: ${read.info.problem}`);
    if (read.kind === 'not-json' || read.kind === 'not-object') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`progress file ${progressFile}: ${read.info.problem}; fix it, or remove it to use the newest folder in the backup dir`);
    }
    const raw = read.rawBackupPath;
    if (raw !== undefined && raw !== null && typeof raw !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`progress file ${progressFile}: backupPath is not a string`);
    // Any non-empty backupPath is looked for, even blank-looking: the rollback must not quietly take another folder.
    return { ...read.info, backupPath: typeof raw === 'string' && raw !== '' ? raw : null };
}
function createdAtOf(absPath, mtime) {
    const fromName = (0,_timestamp_name_js__WEBPACK_IMPORTED_MODULE_4__/* .timestampFromName */ .q)(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(absPath));
    return fromName ? { createdAt: fromName, createdFrom: 'folder-name' } : { createdAt: mtime, createdFrom: 'mtime' };
}
async function statOrNull(p) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p);
    }
    catch {
        return null;
    }
}
function displayPath(cwd, absPath) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, absPath);
    return rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) ? rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/') : absPath;
}


/***/ }),

/***/ 3244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ locateMigrationBackup),
/* harmony export */   f: () => (/* binding */ openMigrationBackup)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_location_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91324);
/* harmony import */ var _backup_location_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89038);



async function openMigrationBackup(cwd, backupDir, progressFile, options) {
    if (backupDir.kind === 'dir') {
        const backup = await (0,_backup_location_js__WEBPACK_IMPORTED_MODULE_2__/* .requireMigrationBackup */ .aJ)(cwd, backupDir.path, progressFile, options);
        return { backup, dir: backup?.dir ?? null, named: (err) => err, close: async () => { } };
    }
    if (!options.s3)
        throw new Error(`internal: backupDir ${(0,_core_location_js__WEBPACK_IMPORTED_MODULE_1__/* .describeLocation */ .lR)(backupDir)} is on S3 but no S3 client was given`);
    const progress = await (0,_backup_location_js__WEBPACK_IMPORTED_MODULE_2__/* .requireProgress */ .FL)(cwd, progressFile);
    // The S3 lookup and download (and the S3 SDK) load only for a backup on S3; one after the other, as jest's ESM loader needs.
    const { findS3Backup } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3711), __webpack_require__.e(9807)]).then(__webpack_require__.bind(__webpack_require__, 49807));
    const { describeChecksum, downloadS3Backup } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(8816), __webpack_require__.e(3711), __webpack_require__.e(7100)]).then(__webpack_require__.bind(__webpack_require__, 37100));
    const location = await findS3Backup(options.s3, backupDir, progress);
    if (!location.found) {
        if (location.reason === 'none' && options.optional)
            return { backup: null, dir: null, named: (err) => err, close: async () => { } };
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(location.problem);
    }
    const copy = await downloadS3Backup(options.s3, location.folder, location.files);
    const backup = {
        dir: location.uri,
        via: location.source,
        createdAt: location.createdAt.toISOString(),
        note: [location.note, describeChecksum(copy.checksum)].filter(Boolean).join('; '),
        startTime: progress.startTime,
        endTime: progress.endTime,
        checksum: copy.checksum,
    };
    return {
        backup,
        dir: copy.dir,
        named(err) {
            if ((err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz || err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FailedError */ .Kl) && err.message.includes(copy.dir)) {
                err.message = err.message.split(`${copy.dir}/`).join(`${location.uri}/`).split(copy.dir).join(location.uri);
            }
            return err;
        },
        close: copy.remove,
    };
}
/** Status's lookup: never throws, and for S3 lists only (the age comes from the folder's name). */
async function locateMigrationBackup(cwd, backupDir, progress, s3) {
    if (backupDir.kind === 'dir')
        return (0,_backup_location_js__WEBPACK_IMPORTED_MODULE_2__/* .findMigrationBackup */ .q_)(cwd, backupDir.path, progress);
    if (!s3)
        throw new Error(`internal: backupDir ${(0,_core_location_js__WEBPACK_IMPORTED_MODULE_1__/* .describeLocation */ .lR)(backupDir)} is on S3 but no S3 client was given`);
    const { findS3Backup } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3711), __webpack_require__.e(9807)]).then(__webpack_require__.bind(__webpack_require__, 49807));
    try {
        const l = await findS3Backup(s3, backupDir, progress);
        return l.found
            ? { found: true, path: l.uri, absPath: l.uri, source: l.source, createdAt: l.createdAt, createdFrom: l.createdFrom, note: l.note }
            : { found: false, path: l.uri, source: l.source, problem: l.problem, reason: l.reason, looked: [] };
    }
    catch (err) {
        return { found: false, path: null, source: 'newest-folder', problem: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err), reason: 'unreadable', looked: [] };
    }
}


/***/ }),

/***/ 43329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ decideCollectionRuns),
  S: () => (/* binding */ ownRun)
});

// EXTERNAL MODULE: ./src/migration/collection-runs.ts
var collection_runs = __webpack_require__(92029);
;// CONCATENATED MODULE: ./src/migration/item-times.ts
const FIELDS = ['updatedAt', 'createdAt'];
function timeOf(v) {
    if (v === undefined)
        return null;
    const t = 'S' in v ? Date.parse(v.S) : 'N' in v ? Number(v.N) : NaN;
    return Number.isFinite(t) ? t : null;
}
function migrationTimes(item) {
    const [updatedAt, createdAt] = FIELDS.map((f) => (Object.prototype.hasOwnProperty.call(item, f) ? timeOf(item[f]) : null));
    return { updatedAt: updatedAt ?? null, createdAt: createdAt ?? null };
}

// EXTERNAL MODULE: ./src/migration/runs.ts
var runs = __webpack_require__(76768);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/migration/progress-evidence.ts
var progress_evidence = __webpack_require__(70115);
// EXTERNAL MODULE: ./src/migration/timestamp-name.ts
var timestamp_name = __webpack_require__(79074);
;// CONCATENATED MODULE: ./src/migration/runs-read.ts
/**
 * The runs of the migration as found on disk: every folder of the backup
 * dir (its time from its name) and the progress file's evidence, handed to
 * the pure migrationRuns. Reads only; never prints the progress file. A
 * backup dir on S3 is not listed here: the backup the progress file names
 * is used as before (docs/design.md, "A resumed migration").
 */





/** backupDir null: status could not parse it (it reports why); like one on S3, nothing here to list. */
async function readMigrationRuns(cwd, backupDir, progressFile, windowMinutes) {
    const evidence = await (0,promises_.readFile)(external_node_path_default().resolve(cwd, progressFile), 'utf8').then((text) => {
        try {
            return (0,progress_evidence/* progressEvidence */.Bp)(JSON.parse(text));
        }
        catch {
            return progress_evidence/* NO_EVIDENCE */.kE;
        }
    }, () => progress_evidence/* NO_EVIDENCE */.kE);
    if (backupDir === null || backupDir.kind === 's3')
        return { dir: null, folders: [], evidence, found: runs/* NO_RUNS */.R8 };
    const dir = external_node_path_default().resolve(cwd, backupDir.path);
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => null);
    if (!entries)
        return { dir: null, folders: [], evidence, found: runs/* NO_RUNS */.R8 };
    const folders = entries
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => ({ name: e.name, time: (0,timestamp_name/* timestampFromName */.q)(e.name)?.getTime() ?? null }));
    return { dir, folders, evidence, found: (0,runs/* migrationRuns */.PD)(folders, evidence, windowMinutes) };
}

;// CONCATENATED MODULE: ./src/migration/collection-runs-find.ts




async function decideCollectionRuns(settings, places, targets, 
/** The items' times are read only when the config does not give the window; null: they cannot be (status --scan=false). */
itemsOf) {
    const configured = settings.windows ?? {};
    const given = targets.filter((t) => configured[t.collection] !== undefined).map((t) => t.collection);
    const disk = await readMigrationRuns(places.cwd, places.backupDir, places.progressFile, settings.windowMinutes);
    const resumed = (0,runs/* isResumed */.Kx)(disk.found);
    if (!resumed && given.length === 0)
        return null;
    if (disk.dir === null)
        return { disk, resumed, decided: [], unlisted: given };
    // With rewroteUpdatedAt off the migration left the items' timestamps as they were: they say nothing of its runs.
    const read = settings.rewroteUpdatedAt ? itemsOf : null;
    const decided = [];
    for (const t of targets) {
        const mine = configured[t.collection];
        if (mine === undefined && !resumed)
            continue;
        const tallier = new collection_runs/* RunTallier */.Pg(disk.found);
        if (mine === undefined && read !== null)
            for await (const item of read(t.table))
                tallier.add(migrationTimes(item));
        const run = (0,collection_runs/* collectionRun */.Qq)(t.collection, disk.found, disk.evidence, tallier.tally, mine);
        decided.push(mine === undefined && itemsOf === null && run.how === 'ambiguous'
            ? { ...run, why: `not known without the items (status --scan=false): ${run.why}` }
            : run);
    }
    return { disk, resumed, decided, unlisted: [] };
}
/** A decided run that needs a record of its own: configured, or one of several runs with evidence. */
function ownRun(d, c) {
    return c.how === 'configured' || (c.how !== 'ambiguous' && d.disk.found.runs.length > 1);
}


/***/ }),

/***/ 92029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pg: () => (/* binding */ RunTallier),
/* harmony export */   Qq: () => (/* binding */ collectionRun),
/* harmony export */   n5: () => (/* binding */ ambiguityMessage)
/* harmony export */ });
/* harmony import */ var _runs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76768);

/**
 * Counts, item by item, the runs whose window holds its updatedAt or
 * createdAt (the migration wrote its time into updatedAt always, into
 * createdAt where there was none), and the unexplained folders' spans that
 * hold its updatedAt (a span is long: a createdAt in it is the app's own,
 * from before the migration, but no updatedAt from before the last run's
 * backup reached DynamoDB other than through a run).
 */
class RunTallier {
    found;
    tally;
    constructor(found) {
        this.found = found;
        this.tally = { inRun: found.runs.map(() => 0), inUnexplained: found.unexplained.map(() => 0) };
    }
    add(times) {
        const within = (t, w) => t !== null && t >= w.start && t <= w.end;
        this.found.runs.forEach((r, i) => {
            if (within(times.updatedAt, r) || within(times.createdAt, r))
                this.tally.inRun[i]++;
        });
        this.found.unexplained.forEach((u, i) => {
            if (within(times.updatedAt, u))
                this.tally.inUnexplained[i]++;
        });
    }
}
function collectionRun(collection, found, e, tally, configured) {
    if (configured) {
        return {
            collection,
            backup: configured.backup,
            start: Date.parse(configured.start),
            end: Date.parse(configured.end),
            how: 'configured',
            why: `given in the config (migration.windows.${collection})`,
        };
    }
    const items = (n) => `${n} item${n === 1 ? '' : 's'}`;
    const ambiguous = (why) => ({ collection, backup: null, start: null, end: null, how: 'ambiguous', why });
    const take = (r, how, why) => ({
        collection,
        backup: r.backup,
        start: r.start,
        end: r.end,
        how,
        why: `${(0,_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRun */ .vZ)(r)}: ${why}`,
    });
    const { runs, unexplained } = found;
    // The progress file: runs in which the collection failed did not migrate it (all of it); a failed batch after the first means a part went in.
    const errors = e.collections.get(collection)?.errors ?? [];
    const spanEnd = (i) => (runs[i + 1]?.start ?? Infinity) - 1;
    const failedIn = runs.flatMap((r, i) => (errors.some((x) => x.time >= r.start && x.time <= spanEnd(i)) ? [i] : []));
    const split = runs.find((r, i) => failedIn.includes(i) && errors.some((x) => x.batch !== null && x.batch > 0 && x.time >= r.start && x.time <= spanEnd(i)));
    if (split)
        return ambiguous(`its errors in the progress file say a batch after the first failed in ${(0,_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRun */ .vZ)(split)}, so the items before it went in then and the rest in a later run: one window and one base cannot hold both`);
    const after = failedIn.length > 0 ? Math.max(...failedIn) + 1 : 0;
    const candidates = runs.map((_, i) => i).filter((i) => i >= after);
    const inRuns = tally.inRun.flatMap((n, i) => (n > 0 ? [i] : []));
    const inOdd = tally.inUnexplained.flatMap((n, i) => (n > 0 ? [i] : []));
    if (inOdd.length > 0) {
        const u = unexplained[inOdd[0]];
        return ambiguous(`an updatedAt after backup ${u.backup}, which the progress file shows no run for, on ${items(tally.inUnexplained[inOdd[0]])}`);
    }
    if (inRuns.length > 1) {
        return ambiguous(`its items carry the times of ${inRuns.length} runs (${inRuns.map((i) => `${items(tally.inRun[i])} of the run after backup ${runs[i].backup}`).join(', ')})`);
    }
    if (inRuns.length === 1) {
        const i = inRuns[0];
        if (!candidates.includes(i))
            return ambiguous(`its items carry the times of the run after backup ${runs[i].backup}, but the progress file has it fail in that run or a later one`);
        const failed = failedIn.length > 0 ? `; it failed in the run after backup ${runs[Math.max(...failedIn)].backup}` : '';
        return take(runs[i], 'items', `its times on ${items(tally.inRun[i])}${failed}`);
    }
    // One run with evidence (other folders without any): it is the run, as for a migration that ran once.
    if (runs.length === 1)
        return take(runs[0], 'progress', 'the only run the progress file shows');
    // No item holds a migration time any more (all rewritten since, or none): the progress file alone must name one run.
    if (candidates.length === 1 && unexplained.length === 0 && failedIn.length > 0) {
        return take(runs[candidates[0]], 'progress', `no item carries a migration time any more; it failed in every earlier run`);
    }
    return ambiguous('no item carries the time of any run, and the progress file does not say which run migrated it');
}
/** The message of a refusal: which collections, why, and the config key to set. */
function ambiguityMessage(ambiguous, folders) {
    const lines = ambiguous.map((c) => `${c.collection}: ${c.why}`);
    const keys = ambiguous.map((c) => `migration.windows.${c.collection}`).join(', ');
    return `the migration ran more than once (${folders}) and which run migrated ${ambiguous.map((c) => c.collection).join(', ')} is not clear: ${lines.join('; ')}. Nothing was written. Give each its run in the config (${keys}: { start: <ISO time>, end: <ISO time>, backup: <folder name in the backup dir> }; see docs/config.md)`;
}


/***/ }),

/***/ 68329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pM: () => (/* binding */ NO_MIGRATION_PLAN),
  Eu: () => (/* binding */ planMigration),
  By: () => (/* binding */ withWindow)
});

// EXTERNAL MODULE: ./src/merge/migration.ts
var migration = __webpack_require__(80344);
;// CONCATENATED MODULE: ./src/migration/window.ts
const time = (v) => {
    if (typeof v !== 'string')
        return null;
    const t = Date.parse(v);
    return Number.isFinite(t) ? t : null;
};
function migrationWindow(w) {
    const start = time(w.startTime);
    const end = time(w.endTime);
    if (start !== null && end !== null && end >= start)
        return { start, end, from: 'progress-file' };
    const from = start ?? w.backupTime?.getTime() ?? null;
    if (from === null)
        return null;
    return { start: from, end: from + w.windowMinutes * 60_000, from: start !== null ? 'progress-start' : 'backup-time' };
}
function describeWindow(w, windowMinutes) {
    if (!w)
        return "unknown (no startTime in the progress file and no timestamp in the backup folder name): no updatedAt is taken for the migration's";
    const span = `${new Date(w.start).toISOString()} to ${new Date(w.end).toISOString()}`;
    if (w.from === 'progress-file')
        return `${span} (the progress file's startTime and endTime)`;
    return `${span} (${w.from === 'progress-start' ? "the progress file's startTime" : "the backup folder's time"} plus migration.windowMinutes ${windowMinutes})`;
}

;// CONCATENATED MODULE: ./src/migration/plan.ts


const NO_MIGRATION_PLAN = { rules: migration/* NO_RULES */.Wd, generatedIds: false, window: 'not used (no migration rules)' };
/** The window found from the progress file's times and the backup's. */
function planMigration(settings, times) {
    const window = migrationWindow({
        startTime: times.startTime ?? undefined,
        endTime: times.endTime ?? undefined,
        backupTime: times.backupTime,
        windowMinutes: settings.windowMinutes,
    });
    return withWindow(settings, window, describeWindow(window, settings.windowMinutes));
}
/** A window given as it is (a catch-up's, from the base rollback's report), with its description. */
function withWindow(settings, window, description) {
    return {
        rules: { emptyStringsAsNull: settings.emptyStringsAsNull, rewroteUpdatedAt: settings.rewroteUpdatedAt, window },
        generatedIds: settings.generatedIds,
        window: description,
    };
}


/***/ }),

/***/ 70115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ progressEvidence),
/* harmony export */   _A: () => (/* binding */ allErrorTimes),
/* harmony export */   kE: () => (/* binding */ NO_EVIDENCE)
/* harmony export */ });
/**
 * What the migration's progress file says about its runs, read from the
 * parsed JSON as the app's script writes it: startTime and endTime (reset
 * by every run), status, backupPath (the last run's backup), errors[] with
 * a timestamp each (a failed run leaves one when it stops), and per
 * collection its status and errors[] (timestamp, and the batch that failed).
 * Anything not in that shape is left out, never guessed. Pure.
 */
const NO_EVIDENCE = {
    startTime: null,
    endTime: null,
    status: null,
    backupName: null,
    errors: [],
    collections: new Map(),
};
const isRec = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const timeOf = (v) => {
    if (typeof v !== 'string')
        return null;
    const t = Date.parse(v);
    return Number.isFinite(t) ? t : null;
};
const SHORT_PLAIN = /^[\w .:/-]{1,40}$/;
const plain = (v) => (typeof v === 'string' && SHORT_PLAIN.test(v) ? v : null);
function errorTimes(list) {
    if (!Array.isArray(list))
        return [];
    return list.flatMap((e) => {
        if (!isRec(e))
            return [];
        const time = timeOf(e.timestamp);
        if (time === null)
            return [];
        const batch = typeof e.batch === 'number' && Number.isInteger(e.batch) && e.batch >= 0 ? e.batch : null;
        return [{ time, batch }];
    });
}
function progressEvidence(data) {
    if (!isRec(data))
        return NO_EVIDENCE;
    const collections = new Map();
    if (isRec(data.collections)) {
        for (const [name, c] of Object.entries(data.collections)) {
            if (!isRec(c))
                continue;
            collections.set(name, { status: plain(c.status), errors: errorTimes(c.errors) });
        }
    }
    const backupPath = typeof data.backupPath === 'string' ? data.backupPath.replace(/[\\/]+$/, '') : '';
    const backupName = backupPath.split(/[\\/]/).at(-1) ?? '';
    return {
        startTime: timeOf(data.startTime),
        endTime: timeOf(data.endTime) ?? timeOf(data.completedAt),
        status: plain(data.status),
        backupName: backupName === '' ? null : backupName,
        errors: errorTimes(data.errors).map((e) => e.time),
        collections,
    };
}
/** Every error time the file records, run-level and per collection. */
function allErrorTimes(e) {
    return [...e.errors, ...[...e.collections.values()].flatMap((c) => c.errors.map((x) => x.time))];
}


/***/ }),

/***/ 76768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ isResumed),
/* harmony export */   PD: () => (/* binding */ migrationRuns),
/* harmony export */   R8: () => (/* binding */ NO_RUNS),
/* harmony export */   vZ: () => (/* binding */ describeRun)
/* harmony export */ });
/* harmony import */ var _progress_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70115);
/**
 * The runs of one migration, from its backup folders and its progress
 * file. The app's script takes a backup before every run, resets startTime
 * and, when a run fails, records the error with its time; a second run
 * skips what the first migrated. So each backup folder opens a run, and a
 * run that stopped ends at its last error before the next folder. The last
 * run is the one backupPath names (else the newest folder) and ends at
 * endTime (else at its last error, else after migration.windowMinutes).
 * An earlier folder with no error in its span has no evidence of a run of
 * this migration (a run that left no trace, a backup made by hand, or a
 * migration the app rolled back, which resets the progress file): it is
 * kept apart, as unexplained. Pure.
 */

const NO_RUNS = { runs: [], unexplained: [] };
function migrationRuns(folders, e, windowMinutes) {
    const timed = folders
        .filter((f) => f.time !== null)
        .sort((a, b) => a.time - b.time || a.name.localeCompare(b.name));
    const last = timed.find((f) => f.name === e.backupName) ?? timed.at(-1);
    if (!last)
        return NO_RUNS;
    const earlier = timed.filter((f) => f.time < last.time);
    const errors = (0,_progress_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .allErrorTimes */ ._A)(e);
    const runs = [];
    const unexplained = [];
    for (const [i, f] of earlier.entries()) {
        const next = (earlier[i + 1] ?? last).time;
        const inSpan = errors.filter((t) => t >= f.time && t < next);
        if (inSpan.length > 0)
            runs.push({ backup: f.name, start: f.time, end: Math.max(...inSpan), endFrom: 'errors' });
        else
            unexplained.push({ backup: f.name, start: f.time, end: next - 1 });
    }
    const start = last.time;
    const after = errors.filter((t) => t >= start);
    if (e.endTime !== null && e.endTime >= start)
        runs.push({ backup: last.name, start, end: e.endTime, endFrom: 'endTime' });
    else if (after.length > 0)
        runs.push({ backup: last.name, start, end: Math.max(...after), endFrom: 'errors' });
    else
        runs.push({ backup: last.name, start, end: start + windowMinutes * 60_000, endFrom: 'windowMinutes' });
    return { runs, unexplained };
}
/** More than one backup folder of this migration: each collection's run must be found, not assumed. */
function isResumed(found) {
    return found.runs.length + found.unexplained.length > 1;
}
const iso = (t) => new Date(t).toISOString();
function describeRun(r) {
    const end = {
        endTime: "the progress file's endTime",
        errors: 'its last error in the progress file',
        windowMinutes: 'migration.windowMinutes after its start',
    }[r.endFrom];
    return `the run after backup ${r.backup}, ${iso(r.start)} to ${iso(r.end)} (ends at ${end})`;
}


/***/ }),

/***/ 79074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ timestampFromName)
/* harmony export */ });
/**
 * When a backup folder was made, from its name: migration scripts name
 * folders by time (`2024-05-01T10-30-00-000Z`, `20240501T103000`,
 * `backup-1714559400000`). A name is more trustworthy than mtime, which a
 * copy or checkout resets. Times without a zone are taken as UTC.
 */
const DATE_TIME = /(\d{4})-?(\d{2})-?(\d{2})(?:[T_ -]?(\d{2})[-:.]?(\d{2})(?:[-:.]?(\d{2})(?:[.,-](\d{1,9}))?)?)?/;
const EPOCH = /(?:^|\D)(\d{13}|\d{10})(?:\D|$)/;
function utc(y, mo, d, h, mi, s, ms) {
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
    // Date.UTC rolls 2024-02-31 over to March: a rolled date was not a date.
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
        return null;
    if (h > 23 || mi > 59 || s > 59)
        return null;
    return date;
}
/** The time in a folder name, or null when the name holds none. */
function timestampFromName(name) {
    const m = DATE_TIME.exec(name);
    if (m) {
        const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0'] = m;
        const year = Number(y);
        if (year >= 2000 && year <= 2200) {
            const date = utc(year, Number(mo), Number(d), Number(h), Number(mi), Number(s), Number(frac.padEnd(3, '0').slice(0, 3)));
            if (date)
                return date;
        }
    }
    const e = EPOCH.exec(name);
    if (e) {
        const n = Number(e[1]);
        const ms = e[1].length === 13 ? n : n * 1000;
        // Only plausible times (2001..2200), so that an unrelated long number is not read as one.
        if (ms > 978_307_200_000 && ms < 7_258_118_400_000)
            return new Date(ms);
    }
    return null;
}


/***/ })

};
