export const id = 6848;
export const ids = [6848];
export const modules = {

/***/ 67137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Tp: () => (/* binding */ ServiceFailedError),
/* harmony export */   WE: () => (/* binding */ explain),
/* harmony export */   de: () => (/* binding */ whereOf),
/* harmony export */   os: () => (/* binding */ ServiceInputError),
/* harmony export */   r3: () => (/* binding */ isRetryable)
/* harmony export */ });
/* unused harmony export codesOf */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * The one classifier of failures from external systems (AWS now; git and
 * GitHub reuse the kinds). It follows `cause` and AggregateError's `errors`,
 * decides whether an error may be retried, and turns it into one error
 * carrying its kind, its code, an exit code and a line that names the
 * system, the endpoint and what to do. Server response text never reaches a
 * message: only error codes and HTTP statuses do, since a response can echo
 * item values.
 */

const RETRYABLE = new Set(['throttling', 'server', 'dropped']);
function isRetryable(kind) {
    return RETRYABLE.has(kind);
}
const THROTTLING = new Set([
    'ProvisionedThroughputExceededException',
    'ThrottlingException',
    'Throttling',
    'ThrottledException',
    'RequestThrottled',
    'RequestThrottledException',
    'RequestLimitExceeded',
    'TooManyRequestsException',
    'SlowDown',
]);
const SERVER = new Set([
    'InternalServerError',
    'InternalFailure',
    'InternalServiceError',
    'InternalServiceFault',
    'ServiceUnavailable',
    'ServiceUnavailableException',
]);
/** Connected, then lost: the request may be sent again. */
const DROPPED = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'UND_ERR_SOCKET',
    'TimeoutError',
    'RequestTimeout',
    'TruncatedBody',
]);
/** Never connected: the endpoint or the network is wrong; retrying will not help. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const BAD_CREDENTIALS = new Set([
    'UnrecognizedClientException',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'InvalidAccessKeyId',
    'ExpiredToken',
    'ExpiredTokenException',
    'MissingAuthenticationToken',
    'InvalidClientTokenId',
]);
const DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'Forbidden']);
const NOT_FOUND = new Set([
    'ResourceNotFoundException',
    'TableNotFoundException',
    'NoSuchBucket',
    'NotFound',
    'NoSuchKey',
    'BackupNotFoundException',
    'ExportNotFoundException',
]);
const UNSUPPORTED = new Set(['UnknownOperationException', 'UnsupportedOperationException', 'NotImplemented']);
// CloudWatch names its refusals of a bad query InvalidParameter*, MissingParameter and InvalidNextToken.
// DynamoDB's export: PITR off, a time outside its window, a client token reused with other parameters.
const INVALID = new Set([
    'PointInTimeRecoveryUnavailableException',
    'InvalidExportTimeException',
    'ExportConflictException',
    'ValidationException',
    'InvalidBucketName',
    'InvalidParameterValue',
    'InvalidParameterCombination',
    'MissingParameter',
    'InvalidNextToken',
    'SerializationException',
]);
const asObject = (err) => (typeof err === 'object' && err !== null ? err : null);
/** Every code and name in the error, its cause chain and its aggregated errors, outermost first. */
function codesOf(err, seen = new Set()) {
    const e = asObject(err);
    if (!e || seen.has(err))
        return [];
    seen.add(err);
    const out = [];
    if (typeof e.code === 'string')
        out.push(e.code);
    if (typeof e.name === 'string')
        out.push(e.name);
    // A Node error from another realm (jest's VM modules) reaches us flattened into a message by the SDK:
    // "AWS SDK error wrapper for Error: connect ECONNREFUSED ...".
    if (typeof e.message === 'string') {
        out.push(...(e.message.match(/\bE[A-Z]{4,}\b/g) ?? []));
        if (/socket hang up/.test(e.message))
            out.push('ECONNRESET');
    }
    if (Array.isArray(e.errors))
        for (const inner of e.errors)
            out.push(...codesOf(inner, seen));
    if (e.cause !== undefined)
        out.push(...codesOf(e.cause, seen));
    return out;
}
function statusOf(err, seen = new Set()) {
    const e = asObject(err);
    if (!e || seen.has(err))
        return undefined;
    seen.add(err);
    const s = e.$metadata?.httpStatusCode ?? e.status;
    return typeof s === 'number' ? s : statusOf(e.cause, seen);
}
/** An answer the SDK could not read as the service's: a foreign content type, or a body that is not its JSON or XML. */
function isForeignAnswer(err, codes) {
    if (codes.includes('NotTheServiceError'))
        return true;
    const e = asObject(err);
    return typeof e?.message === 'string' && e.message.includes('Deserialization error') && e.$fault === undefined;
}
/** What kind of failure err is. Pure. */
function classify(err) {
    const known = kindOf(err);
    if (known)
        return { kind: known, code: codeOf(err) };
    const codes = codesOf(err);
    const status = statusOf(err);
    const first = (set) => codes.find((c) => set.has(c));
    const e = asObject(err);
    const hit = (kind, code) => ({
        kind,
        code: code ?? fallbackCode(codes, status),
        ...(status !== undefined ? { status } : {}),
    });
    // A foreign 5xx may be AWS's own edge having a bad moment: retried like any 5xx.
    if (isForeignAnswer(err, codes))
        return hit(status !== undefined && status >= 500 ? 'server' : 'not-the-service', status !== undefined ? `HTTP ${status}` : 'unreadable answer');
    if (first(THROTTLING) || e?.$retryable?.throttling === true)
        return hit('throttling', first(THROTTLING));
    if (first(UNREACHABLE))
        return hit('unreachable', first(UNREACHABLE));
    if (first(DROPPED))
        return hit('dropped', first(DROPPED));
    if (codes.includes('CredentialsProviderError'))
        return hit('no-credentials', 'CredentialsProviderError');
    if (first(BAD_CREDENTIALS))
        return hit('bad-credentials', first(BAD_CREDENTIALS));
    if (first(DENIED))
        return hit('denied', first(DENIED));
    if (first(NOT_FOUND))
        return hit('not-found', first(NOT_FOUND));
    if (first(UNSUPPORTED))
        return hit('unsupported', first(UNSUPPORTED));
    if (first(INVALID))
        return hit('invalid', first(INVALID));
    if (first(SERVER) || (status !== undefined && status >= 500))
        return hit('server', first(SERVER));
    // A 4xx without a code the service uses: a refused HEAD (S3 sends HEAD errors without a body), else something else answered.
    if (status !== undefined && status >= 400 && (codes.includes('Unknown') || codes.includes('UnknownError'))) {
        return hit(status === 403 ? 'denied' : 'not-the-service', `HTTP ${status}`);
    }
    return hit('other', undefined);
}
function fallbackCode(codes, status) {
    const named = codes.find((c) => c !== 'Error' && c !== 'Unknown' && c !== 'UnknownError');
    return named ?? (status !== undefined ? `HTTP ${status}` : 'Error');
}
class ServiceInputError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    kind;
    code;
    constructor(message, kind, code, options) {
        super(message, options);
        this.kind = kind;
        this.code = code;
    }
}
class ServiceFailedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FailedError */ .Kl {
    kind;
    code;
    constructor(message, kind, code, options) {
        super(message, options);
        this.kind = kind;
        this.code = code;
    }
}
/** The kind of an error classified here, else null. */
function kindOf(err) {
    return err instanceof ServiceInputError || err instanceof ServiceFailedError ? err.kind : null;
}
function codeOf(err) {
    return err instanceof ServiceInputError || err instanceof ServiceFailedError ? err.code : 'Error';
}
function whereOf(scope) {
    return scope.endpoint
        ? `${scope.service} endpoint ${scope.endpoint}`
        : `AWS ${scope.service} in ${scope.region ?? 'the configured region'}`;
}
/** Kinds the operator fixes (exit 2); the rest are failures of the run (exit 1). */
const OPERATOR_KINDS = new Set([
    'unreachable',
    'no-credentials',
    'bad-credentials',
    'denied',
    'not-found',
    'unsupported',
    'not-the-service',
    'invalid',
]);
/** The one error for a failure: its line, its exit code, its kind. Our own errors (already clear) pass through. */
function explain(err, scope, request) {
    if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz || err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FailedError */ .Kl)
        return err;
    const c = classify(err);
    const where = whereOf(scope);
    const on = request.resource ? `${request.operation} on ${request.resource}` : request.operation;
    const message = (() => {
        switch (c.kind) {
            case 'unreachable':
                return `${where} is unreachable (${c.code}); check ${scope.option} and the network`;
            case 'no-credentials':
                return `no AWS credentials found for ${scope.service}; set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE (in Actions: aws-actions/configure-aws-credentials)`;
            case 'bad-credentials':
                return `${where} rejected the AWS credentials (${c.code}); check the credentials and the region`;
            case 'denied':
                return `${where} denied ${on} (${c.code}); grant the role ${scope.permission?.(request.operation) ?? 'that permission'}`;
            case 'not-found':
                return `${request.resource ?? 'the resource'} not found in ${where}${request.notFoundHint ? `; ${request.notFoundHint}` : ''}`;
            case 'unsupported':
                return `${where} does not support ${request.operation} (${c.code})`;
            case 'not-the-service':
                return `${where} answered ${request.operation} (${c.code}), but not as ${scope.service} does; check ${scope.option}`;
            case 'invalid':
                return `${where} refused ${on} as invalid (${c.code}); check the name in the config or the options`;
            default:
                return `${where}: ${on} failed (${c.code})`;
        }
    })();
    return OPERATOR_KINDS.has(c.kind)
        ? new ServiceInputError(message, c.kind, c.code, { cause: err })
        : new ServiceFailedError(message, c.kind, c.code, { cause: err });
}


/***/ }),

/***/ 16848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   authHeaderEnv: () => (/* binding */ authHeaderEnv),
/* harmony export */   createGit: () => (/* binding */ createGit),
/* harmony export */   gitKind: () => (/* binding */ gitKind)
/* harmony export */ });
/* harmony import */ var simple_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74724);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67137);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83242);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78440);
/**
 * The git client: the only place git runs (through simple-git). It owns how
 * git fails: a transport hiccup (a dropped connection, a 5xx from the host)
 * is retried on the time budget; a rejected push, a missing repository or
 * refused credentials is bad input (exit 2) naming the remote and branch.
 * Commits carry an identity of their own (`-c user.name/user.email`), so
 * they work where git has no user set, as on a fresh runner. Messages carry
 * git's own last error line with any credentials in URLs removed.
 */




const ALL_CREDENTIALS = /(\w+:\/\/)[^/@\s]+@/g;
/** git's last error line, without credentials in URLs. */
function gitReason(err) {
    const text = err instanceof Error ? err.message : String(err);
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    // A push names the refused ref on its own line ("! [rejected] ... (stale info)"); that says more than "failed to push".
    const line = lines.find((l) => /\[(remote )?rejected\]/.test(l)) ??
        [...lines].reverse().find((l) => /^(fatal|error|remote):/i.test(l)) ??
        lines[lines.length - 1] ??
        'git failed';
    return line.replace(ALL_CREDENTIALS, '$1').slice(0, 300);
}
/** What kind of failure a git error is, from git's own words. */
function gitKind(err) {
    const text = err instanceof Error ? err.message : String(err);
    if (/ENOENT|spawn git/.test(text))
        return 'unsupported';
    if (/not a git repository/i.test(text))
        return 'not-found';
    if (/Authentication failed|could not read Username|Permission denied \(publickey|invalid credentials|HTTP Basic: Access denied|returned error: 401/i.test(text))
        return 'bad-credentials';
    if (/returned error: 403|permission to .* denied|protected branch|GH006/i.test(text))
        return 'denied';
    if (/\[rejected\]|\[remote rejected\]|stale info|non-fast-forward|failed to push/i.test(text))
        return 'invalid';
    if (/returned error: 5\d\d|Internal Server Error|Service Unavailable|Bad Gateway/i.test(text))
        return 'server';
    if (/Connection reset|early EOF|remote end hung up|Operation timed out|transfer closed|RPC failed/i.test(text))
        return 'dropped';
    if (/Could not resolve host|Connection refused|unable to access|does not appear to be a git repository|Could not read from remote/i.test(text))
        return 'unreachable';
    if (/couldn't find remote ref|Repository not found/i.test(text))
        return 'not-found';
    return 'other';
}
function identityOf(committer) {
    const m = /^(.+?) <([^<>\s]+)>$/.exec(committer.trim());
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceInputError */ .os(`committer "${committer}": write it as Name <email>`, 'invalid', 'committer');
    return { name: m[1], email: m[2] };
}
function createGit(options) {
    const { name, email } = identityOf(options.committer);
    const policy = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retryPolicy */ .Jb)({ budgetMs: 60_000, ...options.retry });
    // The environment is the operator's own (a runner's credential helper, SSH command, CA file), not
    // untrusted input, and our arguments are fixed: simple-git's guards against both are relaxed, not git's.
    const env = { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0' };
    const simpleGitWith = (e) => (0,simple_git__WEBPACK_IMPORTED_MODULE_0__/* .simpleGit */ .Lp)({
        baseDir: options.dir,
        config: [`user.name=${name}`, `user.email=${email}`, 'core.quotepath=false', 'advice.detachedHead=false'],
        allowEnvironment: Object.keys(e),
        unsafe: {
            allowUnsafePager: true,
            allowUnsafeEditor: true,
            allowUnsafeAskPass: true,
            allowUnsafeSshCommand: true,
            allowUnsafeConfigPaths: true,
            allowUnsafeConfigEnvCount: true,
            allowUnsafeGitProxy: true,
        },
        trimmed: false,
    }).env(e);
    const sg = simpleGitWith(env);
    // The remote's commands only: the same git, with the token's header in their environment.
    const sgRemote = options.token ? simpleGitWith({ ...env, ...authHeaderEnv(env, options.token) }) : sg;
    /** One git command: retried when git says the transport failed, classified otherwise. remote: it talks to the remote (the token goes along). */
    const git = (args, named, onKind, remote = false) => {
        const what = named.replace(ALL_CREDENTIALS, '$1');
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(what, async () => {
            try {
                return await (remote ? sgRemote : sg).raw(args);
            }
            catch (err) {
                const kind = gitKind(err);
                const reason = gitReason(err);
                const own = onKind?.(kind, reason);
                if (own)
                    throw own;
                const message = `git ${what} failed in ${options.dir} (${reason})`;
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryable */ .r3)(kind) || kind === 'other'
                    ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceFailedError */ .Tp(message, kind, 'git', { cause: err })
                    : new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceInputError */ .os(`${message}${hint(kind)}`, kind, 'git', { cause: err });
            }
        }, policy, {
            onRetry: options.onRetry,
            onFatal: (err) => err,
            onExhausted: ({ attempts, elapsedMs, code, last }) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceFailedError */ .Tp(`git ${what} still failing after ${attempts} attempts over ${Math.round(elapsedMs / 1000)}s (${gitReason(last.cause ?? last)}); the retry budget is spent`, 'exhausted', code, { cause: last }),
        });
    };
    const client = {
        dir: options.dir,
        async topLevel() {
            return (await git(['rev-parse', '--show-toplevel'], 'rev-parse', (kind) => kind === 'not-found' || kind === 'other' || kind === 'unsupported'
                ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceInputError */ .os(`${options.dir} is not in a git repository (or git is not installed); check ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('repo-dir')}`, 'not-found', 'git')
                : null)).trim();
        },
        async remoteUrl(remote) {
            const out = await git(['remote', 'get-url', remote], 'remote get-url', () => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceInputError */ .os(`the repository in ${options.dir} has no remote ${remote}; add it (git remote add ${remote} <url>)`, 'not-found', 'git'));
            return out.trim() || null;
        },
        async remoteDefaultBranch(remote) {
            const out = await git(['ls-remote', '--symref', remote, 'HEAD'], `ls-remote ${remote}`, undefined, true);
            const m = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(out);
            return m ? m[1] : null;
        },
        async remoteBranchSha(remote, branch) {
            const out = await git(['ls-remote', '--heads', remote, `refs/heads/${branch}`], `ls-remote ${remote}`, undefined, true);
            const line = out.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
            return line ? line.split('\t')[0] : null;
        },
        async fetchBranch(remote, branch, depth = 1) {
            const shallow = (await git(['rev-parse', '--is-shallow-repository'], 'rev-parse')).trim() === 'true';
            await git(['fetch', '--no-tags', '--quiet', ...(shallow ? [`--depth=${depth}`] : []), remote, `refs/heads/${branch}`], `fetch ${remote} ${branch}`, (kind) => kind === 'not-found'
                ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceInputError */ .os(`branch ${branch} not found on ${remote}; check ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('base')}`, 'not-found', 'git')
                : null, true);
            return (await git(['rev-parse', 'FETCH_HEAD^{commit}'], 'rev-parse')).trim();
        },
        async addWorktree(folder, commit) {
            await git(['worktree', 'add', '--detach', '--quiet', folder, commit], 'worktree add');
            return createGit({ ...options, dir: folder });
        },
        async removeWorktree(folder) {
            await git(['worktree', 'remove', '--force', folder], 'worktree remove');
            await git(['worktree', 'prune'], 'worktree prune');
        },
        async isIgnored(file) {
            // Prints the path when an ignore rule matches it (a tracked file is not ignored); exit 1 with no output otherwise.
            const out = await git(['check-ignore', '--', file], 'check-ignore');
            return out.trim() !== '';
        },
        async trackedFiles() {
            const out = await git(['ls-files', '-z', '--cached', '--full-name'], 'ls-files');
            return out.split('\0').filter(Boolean).sort();
        },
        async headCommit() {
            return (await git(['rev-parse', '--verify', 'HEAD^{commit}'], 'rev-parse HEAD', (kind) => kind === 'other' || kind === 'not-found'
                ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceInputError */ .os(`the repository in ${options.dir} has no commit at HEAD`, 'not-found', 'git')
                : null)).trim();
        },
        async changedFiles() {
            const out = await git(['status', '--porcelain=v1', '-z', '--untracked-files=all'], 'status');
            const files = [];
            const parts = out.split('\0').filter(Boolean);
            for (let i = 0; i < parts.length; i++) {
                const entry = parts[i];
                files.push(entry.slice(3));
                if (entry[0] === 'R' || entry[0] === 'C')
                    i++; // the rename's source follows
            }
            return files.sort();
        },
        async diff(paths) {
            if (paths.length === 0)
                return '';
            // Untracked files (a command may create one) show up through intent-to-add.
            await git(['add', '--intent-to-add', '--', ...paths], 'add');
            return git(['diff', '--no-color', '--no-ext-diff', 'HEAD', '--', ...paths], 'diff');
        },
        async commit(paths, message) {
            await git(['add', '--', ...paths], 'add');
            await git(['commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', message, '--', ...paths], 'commit');
            return (await git(['rev-parse', 'HEAD'], 'rev-parse')).trim();
        },
        async tree(commit) {
            return (await git(['rev-parse', `${commit}^{tree}`], 'rev-parse')).trim();
        },
        async commitInfo(commit) {
            const out = (await git(['show', '-s', '--format=%ce%n%P%n%B', commit], 'show')).split('\n');
            return { committerEmail: out[0] ?? '', parents: (out[1] ?? '').split(' ').filter(Boolean), message: out.slice(2).join('\n') };
        },
        async filesChanged(commit) {
            const out = await git(['diff-tree', '--no-commit-id', '--name-only', '-r', '-z', `${commit}^`, commit], 'diff-tree');
            return out.split('\0').filter(Boolean).sort();
        },
        async push(remote, commit, branch, expected) {
            const lease = `--force-with-lease=refs/heads/${branch}:${expected ?? ''}`;
            await git(['push', '--quiet', '--no-verify', lease, remote, `${commit}:refs/heads/${branch}`], `push ${remote} ${branch}`, (kind, reason) => kind === 'invalid' || kind === 'denied'
                ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceInputError */ .os(`the push to ${remote} branch ${branch} was rejected (${reason}); ${kind === 'denied' ? 'the token or key may not write there, or the branch is protected' : 'someone else pushed to it since; look at the branch, delete it or pick another --branch, and run again'}`, kind, 'git')
                : null, true);
        },
    };
    return client;
}
/**
 * GIT_CONFIG_COUNT/KEY_n/VALUE_n (git 2.31+): http.extraHeader as actions/checkout would
 * persist it, here for one command's process only. Appended after any the environment has.
 */
function authHeaderEnv(env, token) {
    const n = Number(env.GIT_CONFIG_COUNT ?? 0) || 0;
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    return {
        GIT_CONFIG_COUNT: String(n + 1),
        [`GIT_CONFIG_KEY_${n}`]: 'http.extraHeader',
        [`GIT_CONFIG_VALUE_${n}`]: `AUTHORIZATION: basic ${basic}`,
    };
}
function hint(kind) {
    switch (kind) {
        case 'bad-credentials':
            return '; check the credentials git uses for the remote (in Actions: actions/checkout with a token that may push)';
        case 'denied':
            return '; the credentials may not write there';
        case 'unreachable':
            return '; check the remote URL and the network';
        case 'unsupported':
            return '; install git';
        default:
            return '';
    }
}


/***/ }),

/***/ 83242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ defaultSleep),
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   bD: () => (/* binding */ withRetry)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY_BUDGET_MS, DEFAULT_RETRY, backoffMs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67137);
/**
 * The retry policy every client in this folder uses, and the only layer of
 * retries (the SDKs' own are off: maxAttempts 1). Ours because it decides by
 * the error's kind (errors.ts), gives up on a time budget rather than after a
 * fixed count, shares one adaptive in-flight limit across every call of a
 * client (gate.ts), counts each retry for the report, and takes its sleep,
 * clock and randomness from the caller so tests never wait.
 */

const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Five minutes: long enough to ride out a burst of throttling, short enough that an operator learns of a real outage. */
const DEFAULT_RETRY_BUDGET_MS = 300_000;
const DEFAULT_RETRY = {
    budgetMs: DEFAULT_RETRY_BUDGET_MS,
    baseMs: 50,
    capMs: 20_000,
    sleep: defaultSleep,
    now: Date.now,
    random: Math.random,
};
function retryPolicy(overrides = {}) {
    return { ...DEFAULT_RETRY, ...overrides };
}
/** Full jitter: a uniform delay between 0 and the capped exponential bound. */
function backoffMs(retry, policy) {
    const bound = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(retry, 30));
    return Math.floor(policy.random() * bound);
}
/**
 * Runs fn until it succeeds, fails in a way that must not be retried, or has
 * failed retryably for longer than the budget (the next sleep included).
 */
async function withRetry(operation, fn, policy, hooks) {
    let first = null;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (err) {
            const { kind, code } = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classify */ .L8)(err);
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRetryable */ .r3)(kind))
                throw hooks.onFatal(err);
            const now = policy.now();
            first ??= now;
            const delayMs = Math.max(backoffMs(attempt - 1, policy), hooks.delayFloorMs?.(err) ?? 0);
            const elapsedMs = now - first;
            if (elapsedMs + delayMs > policy.budgetMs)
                throw hooks.onExhausted({ attempts: attempt, elapsedMs, kind, code, last: err });
            hooks.onRetry?.({ operation, attempt, kind, code, delayMs });
            await policy.sleep(delayMs);
        }
    }
}


/***/ })

};
