export const id = 1014;
export const ids = [1014];
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

/***/ 91014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  appCommandCommand: () => (/* binding */ appCommandCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/app-command/run.ts
/**
 * One of the app's own commands from the config (commands.<name>): run it,
 * or say plainly why it was skipped. The app may have no maintenance mode
 * or no jobs (the first user has neither), so "not configured" and "the npm
 * script does not exist" are skips with a reason, never silent, never a
 * failure; a command that runs and fails is a failure.
 */


const APP_COMMANDS = (/* unused pure expression or super */ null && (['maintenanceOn', 'maintenanceOff', 'jobsStop', 'jobsStart', 'healthCheck', 'integrationTests']));
/** `npm run <script>` (or `npm run-script`), with nothing after the script but its arguments. */
const NPM_RUN = /^npm\s+(?:run|run-script)\s+([^\s;&|]+)(?:\s+[^;&|]*)?$/;
/** Why an `npm run` command would not find its script, or null when it would (or is not an npm run). */
async function missingScript(command, cwd) {
    const m = NPM_RUN.exec(command.trim());
    if (!m)
        return null;
    const script = m[1];
    const file = external_node_path_default().join(cwd, 'package.json');
    let scripts;
    try {
        const pkg = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        scripts = pkg.scripts ?? {};
    }
    catch (err) {
        const code = err.code;
        return code === 'ENOENT'
            ? `no package.json in ${cwd}, so no npm script ${script}`
            : `package.json in ${cwd} cannot be read as JSON, so npm script ${script} is not known`;
    }
    return typeof scripts[script] === 'string' ? null : `npm script ${script} is not in ${file}`;
}
async function runAppCommand(opts, deps) {
    const base = { name: opts.name, command: opts.command, exitCode: null, seconds: 0 };
    if (opts.command.trim() === '') {
        return { ...base, status: 'skipped', reason: `not configured (commands.${opts.name} is empty)` };
    }
    const missing = await missingScript(opts.command, opts.cwd);
    if (missing)
        return {
            ...base,
            status: 'skipped',
            reason: `${missing}; set commands.${opts.name} to the app's command, or to "" to say it has none`,
        };
    deps.reporter.info(`${opts.name}: running ${opts.command} in ${opts.cwd}`);
    const r = await deps.shell.run(opts.command, { cwd: opts.cwd, env: opts.env, onLine: (l) => deps.reporter.info(l) });
    if (r.exitCode === 0)
        return { ...base, status: 'ran', reason: null, exitCode: 0, seconds: r.seconds };
    return {
        ...base,
        status: 'failed',
        reason: r.signal ? `ended by ${r.signal}` : `exited with ${r.exitCode}`,
        exitCode: r.exitCode,
        seconds: r.seconds,
    };
}

// EXTERNAL MODULE: ./src/clients/child-env.ts
var child_env = __webpack_require__(13396);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/clients/shell.ts
/**
 * A shell command of the app's (maintenance mode, jobs, health check): run
 * with bash in the app's checkout, its output passed on line by line. The
 * app owns what its commands print; this tool adds nothing to it.
 */


const bashShell = {
    run(command, { cwd, env, onLine }) {
        const started = Date.now();
        return new Promise((resolve, reject) => {
            // -e -o pipefail: a failing part of a compound command fails the whole, as in a workflow's run: step.
            const child = (0,external_node_child_process_.spawn)('bash', ['-e', '-o', 'pipefail', '-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
            let rest = { out: '', err: '' };
            const pass = (which) => (chunk) => {
                const lines = (rest[which] + chunk.toString('utf8')).split('\n');
                rest = { ...rest, [which]: lines.pop() ?? '' };
                for (const l of lines)
                    onLine(l);
            };
            child.stdout.on('data', pass('out'));
            child.stderr.on('data', pass('err'));
            child.on('error', (err) => reject(new errors/* InputError */.dz(`bash could not start in ${cwd} (${err.code ?? 'error'}); install bash or run from the app's checkout`)));
            child.on('close', (code, signal) => {
                for (const l of [rest.out, rest.err])
                    if (l)
                        onLine(l);
                resolve({ exitCode: code, signal, seconds: Math.round((Date.now() - started) / 100) / 10 });
            });
        });
    },
};

// EXTERNAL MODULE: ./src/commands/read-option.ts
var read_option = __webpack_require__(92304);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/commands/app-command.ts








/** The app's own step in the chain (maintenance, jobs, health check, integration tests), from the config's commands. */
const appCommandCommand = (0,types/* defineCommand */.N)({
    name: 'app-command',
    description: "Run one of the app's commands from the config (commands.<name>); skipped, and said so, when not configured or its npm script does not exist",
    options: ['name'],
    outputs: {
        result: 'ran, skipped or failed',
        reason: 'Why it was skipped or failed (empty when it ran)',
    },
    run(ctx) {
        const name = (0,read_option/* readOption */.g)(ctx.options, 'name');
        if (!name)
            throw new errors/* InputError */.dz(`app-command needs ${(0,option_name/* opt */.m7)('name')}: which of the config's commands to run (maintenanceOn, maintenanceOff, jobsStop, jobsStart, healthCheck, integrationTests)`);
        // The app's command gets no credentials or tokens of the job (src/clients/child-env.ts), only commands.passEnv besides.
        const env = (0,child_env/* childEnv */.g)(ctx.env, ctx.config.commands.passEnv);
        return runAppCommand({ name, command: ctx.config.commands[name], cwd: external_node_path_default().resolve(ctx.cwd), env }, { shell: bashShell, reporter: ctx.reporter });
    },
    present(r) {
        const headline = r.status === 'ran'
            ? `${r.name}: ran ${r.command} (exit 0, ${r.seconds}s)`
            : r.status === 'skipped'
                ? `${r.name}: skipped: ${r.reason}`
                : `${r.name}: FAILED: ${r.command} ${r.reason} after ${r.seconds}s`;
        return {
            ok: r.status !== 'failed',
            outputs: { result: r.status, reason: r.reason ?? '' },
            summary: { title: `app-command ${r.name}`, headline, tables: [], notes: r.command ? [`command: ${r.command}`] : [] },
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
