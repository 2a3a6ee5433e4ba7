export const id = 6848;
export const ids = [6848];
export const modules = {

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


/***/ })

};
