export const id = 3649;
export const ids = [3649,7174];
export const modules = {

/***/ 13396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ childEnv)
/* harmony export */ });
/* unused harmony export ENV_NAME */
/**
 * The environment the app's own commands get (app-command, and a switch
 * target's `command:`): an allow-list, not the job's whole environment.
 * The job holds the write role's AWS credentials, the tokens that mint more
 * OIDC tokens (ACTIONS_ID_TOKEN_REQUEST_*), the runtime and cache tokens and
 * the GitHub token (as GITHUB_TOKEN, GH_TOKEN or an INPUT_*); a deny-list
 * misses whatever a future runner or action adds, so only what a shell
 * command needs to find its tools and its checkout is passed on, plus the
 * names the config gives in commands.passEnv.
 */
/** Passed on by name: where things are, who and what the runner is; nothing that grants access. */
const ALLOWED = new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'TERM',
    'TZ',
    'LANG',
    'LANGUAGE',
    'TMPDIR',
    'TMP',
    'TEMP',
    'CI',
    'GITHUB_ACTIONS',
    'GITHUB_WORKSPACE',
    'GITHUB_REPOSITORY',
    'GITHUB_SHA',
    'GITHUB_REF',
    'GITHUB_REF_NAME',
    'GITHUB_RUN_ID',
    'GITHUB_RUN_ATTEMPT',
    'GITHUB_SERVER_URL',
    'RUNNER_OS',
    'RUNNER_ARCH',
    'RUNNER_TEMP',
    'RUNNER_TOOL_CACHE',
    // A self-hosted runner behind a proxy or with its own CA cannot install anything without these.
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'NODE_EXTRA_CA_CERTS',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
]);
/** The locale: LC_ALL, LC_CTYPE and the rest. */
const ALLOWED_PREFIX = /^LC_[A-Z]+$/;
/** What commands.passEnv may name: an environment variable's name. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * The child's environment: the allowed names that are set in env, and every
 * name in passEnv that is set there. Nothing else, whatever its name.
 */
function childEnv(env, passEnv = []) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        if (ALLOWED.has(name) || ALLOWED_PREFIX.test(name) || passEnv.includes(name))
            out[name] = value;
    }
    return out;
}


/***/ }),

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

/***/ 83649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   configPrCommand: () => (/* binding */ configPrCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _clients_child_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13396);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67174);
/* harmony import */ var _read_option_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92304);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68619);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78440);







/** Who ran it and where, from the Actions environment (or the shell's user). */
function runOf(env) {
    const actor = env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || env.USER || undefined;
    const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    return {
        actor,
        runUrl,
        ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
        ...(Number.isInteger(attempt) && attempt > 0 ? { runAttempt: attempt } : {}),
    };
}
function retryBudgetMs(ctx) {
    return (0,_read_option_js__WEBPACK_IMPORTED_MODULE_4__/* .readOption */ .g)(ctx.options, 'retry-budget') * 1000;
}
/** Flips the switch in every target, pushes a branch, opens or updates the pull request (DESIGN.md "The chain", step 3). */
const configPrCommand = (0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .defineCommand */ .N)({
    name: 'config-pr',
    description: 'Flip the switch (DATABASE_TYPE) in every target, push a branch, open or update the pull request carrying the rollback record',
    options: [
        'repo-dir',
        'base-branch',
        'branch',
        'token',
        'repository',
        'github-api-url',
        'reason',
        'config-pr-report-in',
        'verify-result',
        'record-dir',
        'release',
        'data-dir',
        'draft',
        'sign',
        'app-token',
        'dry-run',
        'retry-budget',
    ],
    outputs: {
        'pull-request-number': 'Number of the pull request opened or updated',
        'pull-request-url': 'Web URL of the pull request',
        operation: 'created, updated, unchanged (nothing to do), or dry-run',
        branch: 'Branch pushed',
        commit: 'Commit the branch points at',
        'changed-files': 'JSON array of the files the pull request changes',
    },
    async run(ctx) {
        const { options: o, config, env } = ctx;
        const dryRun = (0,_read_option_js__WEBPACK_IMPORTED_MODULE_4__/* .readOption */ .g)(o, 'dry-run');
        // Checked before git runs, so a missing token changes nothing anywhere.
        const token = (0,_clients_js__WEBPACK_IMPORTED_MODULE_3__.gitHubToken)(ctx);
        if (!dryRun && !token)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`config-pr needs a GitHub token: give ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_5__/* .opt */ .m7)('token')}, or set GITHUB_TOKEN (in Actions: permissions contents: write and pull-requests: write)`);
        const resolve = (p) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(ctx.cwd, p);
        const repoDir = resolve((0,_read_option_js__WEBPACK_IMPORTED_MODULE_4__/* .readOption */ .g)(o, 'repo-dir'));
        const reportFrom = (0,_read_option_js__WEBPACK_IMPORTED_MODULE_4__/* .readOption */ .g)(o, 'config-pr-report-in');
        const budgetMs = retryBudgetMs(ctx);
        const onRetry = (service) => (e) => ctx.reporter.warning(`${service}: ${e.operation} failed (${e.code}); retrying with back-off`);
        // Loaded for this command only: git, Octokit and the JS parser would otherwise sit in every command's memory (an export's peak RSS among them).
        const [{ createGit }, { createGitHub, PUBLIC_API_URL }, { runConfigPr }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(4724), __webpack_require__.e(6848)]).then(__webpack_require__.bind(__webpack_require__, 16848)),
            Promise.all(/* import() */[__webpack_require__.e(2413), __webpack_require__.e(705)]).then(__webpack_require__.bind(__webpack_require__, 80705)),
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(5947), __webpack_require__.e(2050), __webpack_require__.e(4012)]).then(__webpack_require__.bind(__webpack_require__, 54012)),
        ]);
        return runConfigPr({
            repoDir,
            cwd: ctx.cwd,
            stage: config.stage,
            base: (0,_read_option_js__WEBPACK_IMPORTED_MODULE_4__/* .readOption */ .g)(o, 'base-branch'),
            branch: o.branch ?? `dynamodb-rollback/${config.stage}`,
            repository: o.repository ?? (env.GITHUB_REPOSITORY || undefined),
            reason: o.reason,
            ...runOf(env),
            draft: (0,_read_option_js__WEBPACK_IMPORTED_MODULE_4__/* .readOption */ .g)(o, 'draft'),
            dryRun,
            switch: config.switch,
            stages: config.stages,
            pullRequest: config.pullRequest,
            report: reportFrom ? resolve(reportFrom) : undefined,
            dataDir: resolve(config.dataDir),
            verifyResult: o['verify-result'] ? resolve(o['verify-result']) : undefined,
            ...(o['record-dir'] ? { recordDir: resolve(o['record-dir']) } : {}),
            ...(o.release ? { release: o.release } : {}),
            // A switch target's command gets no credentials or tokens (the token above among them).
            commandEnv: (0,_clients_child_env_js__WEBPACK_IMPORTED_MODULE_1__/* .childEnv */ .g)(env, config.commands.passEnv),
            // In Actions the default token is the workflow's own, whose pull requests start no checks.
            checksRun: (0,_read_option_js__WEBPACK_IMPORTED_MODULE_4__/* .readOption */ .g)(o, 'app-token') || env.GITHUB_ACTIONS !== 'true',
            sign: (0,_read_option_js__WEBPACK_IMPORTED_MODULE_4__/* .readOption */ .g)(o, 'sign'),
        }, {
            // The token goes to the remote's commands only (checkout persists no credentials): never into .git/config.
            git: createGit({
                dir: repoDir,
                committer: config.pullRequest.committer,
                ...(token ? { token } : {}),
                retry: { budgetMs },
                onRetry: onRetry('git'),
            }),
            ...(dryRun
                ? {}
                : {
                    github: createGitHub({
                        token: token,
                        apiUrl: o['github-api-url'] || env.GITHUB_API_URL || PUBLIC_API_URL,
                        retry: { budgetMs },
                        onRetry: onRetry('GitHub'),
                    }),
                }),
            reporter: ctx.reporter,
        });
    },
    present(r) {
        const pr = r.pullRequest;
        const headline = r.operation === 'dry-run'
            ? `dry run: ${r.changedFiles.length} files would change on ${r.branch} (base ${r.base}); nothing pushed`
            : pr
                ? `pull request #${pr.number} ${r.operation}${r.pushed ? `, ${r.branch} pushed` : `, ${r.branch} already up to date`}: ${pr.url}`
                : `unchanged: nothing to change on ${r.base}`;
        const notes = [
            ...r.notes,
            r.report === null ? 'rollback report: none given; a preview of the switch (the body says so)' : `rollback report: ${r.report}`,
        ];
        if (r.operation === 'dry-run')
            notes.push('', 'diff:', ...r.diff.split('\n'), '', `pull request title: ${r.title}`, 'pull request body:', ...r.body.split('\n'));
        return {
            ok: true,
            outputs: {
                'pull-request-number': pr ? String(pr.number) : '',
                'pull-request-url': pr?.url ?? '',
                operation: r.operation,
                branch: r.branch,
                commit: r.commit ?? '',
                'changed-files': JSON.stringify(r.changedFiles),
            },
            summary: {
                title: 'config-pr',
                headline,
                tables: [{ headers: ['target', 'result', 'detail'], rows: r.targets.map((t) => [t.target, t.status, t.detail]) }],
                notes,
            },
        };
    },
});


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

/***/ 68619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ defineCommand)
/* harmony export */ });
/** Keeps R for the author of a command while the registry holds Command<unknown>. */
function defineCommand(command) {
    return command;
}


/***/ })

};
