export const id = 4012;
export const ids = [4012,1299];
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

/***/ 1299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ repositoryFromUrl),
/* harmony export */   parseRepository: () => (/* binding */ parseRepository)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78440);
/** owner/name of the GitHub repository: given, else from the origin URL (https, ssh or scp-like; GitHub Enterprise hosts too). */


const NAME = /^[A-Za-z0-9_.-]+$/;
function parseRepository(text, from) {
    const [owner, repo, ...rest] = text.split('/');
    if (!owner || !repo || rest.length > 0 || !NAME.test(owner) || !NAME.test(repo)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${from} "${text}": expected owner/name; give ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_1__/* .opt */ .m7)('repository')} owner/name`);
    }
    return { owner, repo };
}
/** owner/name from a remote URL, or null when the URL does not name one (a local path, say). */
function repositoryFromUrl(url) {
    const m = /^(?:[a-z+]+:\/\/(?:[^@/]+@)?[^/]+(?::\d+)?\/|[^@/\s]+@[^:/\s]+:)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
    if (!m || !NAME.test(m[1]) || !NAME.test(m[2]))
        return null;
    return { owner: m[1], repo: m[2] };
}


/***/ }),

/***/ 54012:
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






/** env: what a `command:` target runs with (built by childEnv: no credentials or tokens of the job). */
async function applyTargets(targets, sw, worktree, reporter, env) {
    const outcomes = [];
    const notes = [];
    for (const target of targets) {
        const name = (0,types/* describeTarget */.f)(target);
        if ((0,types/* isCommandTarget */.l)(target)) {
            const before = new Set(await worktree.changedFiles());
            await runAppCommand(target.command, worktree.dir, reporter, env);
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
function runAppCommand(command, cwd, reporter, env) {
    reporter.info(`config-pr: running ${command}`);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, { cwd, env, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
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
            const last = tail
                .filter((l) => l.trim())
                .slice(-5)
                .join(' | ');
            reject(new core_errors/* FailedError */.Kl(`switch command "${command}" exited with ${signal ?? code}${last ? `: ${last}` : ''}; nothing was committed or pushed`));
        });
    });
}

;// CONCATENATED MODULE: ./src/config-pr/checks-note.ts
/**
 * Whether the app's own checks run on the pull request. GitHub starts no
 * workflow for a push or a pull request made with a workflow's GITHUB_TOKEN
 * (so a run cannot start runs without end); a GitHub App's token, or a
 * person's, does start them. When they did not run, the body says so and
 * why, so a reviewer does not take a missing check for a passing one.
 */
const CHECKS_NOT_RUN_HEADING = "### The app's checks did not run";
function checksNote() {
    return [
        CHECKS_NOT_RUN_HEADING,
        '',
        "This pull request was opened with the workflow's own `GITHUB_TOKEN`, and GitHub starts no workflow for what that token does: none of the app's CI ran on this commit. Start them before approving (close and reopen the pull request yourself), or set up the GitHub App the rollback workflow can use (`DYNAMODB_ROLLBACK_APP_ID` and the secret `DYNAMODB_ROLLBACK_APP_PRIVATE_KEY`; docs/workflows.md of dynamodb-rollback), whose pull requests start the checks.",
    ].join('\n');
}
/** The body with the note at its end when the checks did not run; as it was otherwise. */
function withChecksNote(body, checksRun) {
    return checksRun ? body : `${body}\n\n${checksNote()}\n`;
}

// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/config-pr/sign.ts
/**
 * config-pr --sign: the commit made through GitHub's git data API instead
 * of git push (blobs, a tree on the base's tree, a commit with no author or
 * committer given, the branch ref), so GitHub makes it as the token's
 * identity and signs it: it shows as verified, and a branch that requires
 * signed commits takes it. The tree GitHub builds must be the one git built
 * here, or nothing is pointed at it.
 */




async function commitThroughApi(github, repo, worktree, c) {
    const entries = [];
    for (const file of c.files) {
        const full = external_node_path_default().join(worktree.dir, file);
        const info = await (0,promises_.lstat)(full).catch((err) => {
            if (err.code === 'ENOENT')
                return null;
            throw err;
        });
        if (!info) {
            entries.push({ path: file, mode: '100644', sha: null });
            continue;
        }
        if (!info.isFile())
            throw new core_errors/* FailedError */.Kl(`config-pr --sign: ${file} is not a plain file (a link or a folder), which the commit through the API does not carry; commit without ${(0,option_name/* opt */.m7)('sign')}`);
        entries.push({ path: file, mode: info.mode & 0o111 ? '100755' : '100644', sha: await github.createBlob(repo, await (0,promises_.readFile)(full)) });
    }
    const tree = await github.createTree(repo, await worktree.tree(c.baseSha), entries);
    const expected = await worktree.tree(c.local);
    if (tree !== expected)
        throw new core_errors/* FailedError */.Kl(`config-pr --sign: GitHub's tree ${tree} is not the tree git made here (${expected}); nothing was pointed at it, the branch is as it was`);
    return github.createCommit(repo, { message: c.message, tree, parents: [c.baseSha] });
}
/** The signed commit made and the branch pointed at it; notes say whether GitHub verified it and whose it recorded it as. */
async function pushSigned(github, repo, worktree, c) {
    const signed = await commitThroughApi(github, repo, worktree, c);
    await github.setBranch(repo, c.branch, signed.sha, c.branchExists);
    const notes = [
        `commit made through GitHub's API${signed.verified ? ', signed by GitHub (verified)' : ', but GitHub did not mark it verified'}`,
    ];
    // The next run takes the branch as its own only when its tip's committer is pullRequest.committer.
    if (signed.committerEmail !== /<([^>]+)>/.exec(c.committer)?.[1]) {
        notes.push(`GitHub recorded the commit's committer as ${signed.committerEmail}; set pullRequest.committer to that identity, or the next run refuses the branch as not its own`);
    }
    return { sha: signed.sha, notes };
}

// EXTERNAL MODULE: ./src/core/group-digits.ts
var group_digits = __webpack_require__(96199);
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
const n = group_digits/* groupDigits */.K;
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
    const out = [
        BODY_MARKER,
        ...bodyFields({ export: r.export.location, release: input.release, runId: input.runId }),
        `Switches **${esc(input.stage)}** back to the file database: ${code(`${input.switch.key}=${input.switch.to}`)} (was ${code(input.switch.from)}).`,
        '',
    ];
    out.push(`- **Reason:** ${input.reason ? esc(input.reason) : '_not given_'}`);
    out.push(`- **Run by:** ${input.actor ? esc(input.actor) : '_unknown_'}${input.runUrl ? ` in [this workflow run](${input.runUrl})` : ''}`);
    out.push(`- **Rollback report:** ${code(r.path)}`);
    if (input.release)
        out.push(`- **Published release:** ${code(input.release)} (what \`pull --from\` takes)`);
    out.push('', '### Export', '');
    out.push(`From ${code(r.export.location)}, ${r.export.startTime ?? '?'} to ${r.export.endTime ?? '?'}.`, '');
    const sums = new Map(input.manifests.map((m) => [m.table, m.sha256]));
    out.push(...table(['collection', 'table', 'items', 'manifest-files.json sha256'], r.collections.map((c) => [
        esc(c.collection),
        esc(c.table),
        n(c.exportItems),
        sums.get(c.table) ? code(sums.get(c.table)) : '_not read here_',
    ])));
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
    const lost = r.collections.flatMap((c) => Object.entries(c.lost)
        .filter(([, v]) => v.length > 0)
        .map(([k, v]) => ({ c: c.collection, k, v })));
    if (lost.length > 0) {
        out.push('', `**Not kept** (versions written since the migration that the result does not hold${r.allowDataLoss ? ', allowed with --allow-data-loss' : ''}):`, '');
        for (const x of lost)
            out.push(`- ${esc(x.c)}, ${esc(x.k)}: ${list(x.v, max)}`);
    }
    if (r.precisionWarnings > 0)
        out.push('', `${n(r.precisionWarnings)} numbers have more digits than JavaScript keeps (written exactly; see the report).`);
    out.push('', '### Verify', '');
    if (!input.verify)
        out.push("_verify's result was not given (`--verify-result`); the checks below that need it stay open._");
    else {
        const v = input.verify;
        out.push(`${v.ok ? 'Passed' : '**Failed**'} (${code(v.path)}).`, '');
        out.push(...table(['collection', 'expected', 'found', 'missing', 'extra', 'changed', 'accounted', 'status'], v.collections.map((c) => [
            esc(c.collection),
            n(c.expected),
            n(c.found),
            n(c.missing),
            n(c.extra),
            n(c.changed),
            n(c.accounted),
            esc(c.status),
        ])));
        if (v.live)
            out.push('', `Live tables: ${v.live.every((l) => l.same)
                ? 'unchanged since the export'
                : `**changed since the export**: ${v.live
                    .filter((l) => !l.same)
                    .map((l) => code(l.table))
                    .join(', ')}`}.`);
    }
    out.push('', '### Rollback verification checklist', '');
    const box = (done, text) => `- [${done ? 'x' : ' '}] ${text}`;
    out.push(box(p.verified, `All migrated data restored to the files${p.verified ? `: verify matched ${n(p.verifiedItems)} items against the export` : ' (needs a passing verify result)'}`));
    const lossText = p.lost > 0
        ? `No data loss occurred: **${n(p.lost)} versions written since the migration are not kept** (under "Not kept" above); a person decides whether that is right`
        : `No data loss occurred: ${n(p.exported)} items exported, 0 versions written since the migration left out${p.verified ? '' : '; needs a passing verify result'}`;
    out.push(box(p.verified && p.lost === 0, lossText));
    out.push(box(p.liveUnchanged === true, p.liveUnchanged === null
        ? 'No writes reached DynamoDB after the export (needs verify --live)'
        : `No writes reached DynamoDB after the export${p.liveUnchanged ? ' (verify --live)' : ': **some did**; run rollback --base after the deploy'}`));
    out.push(box(true, `${code(input.switch.key)} set to ${code(input.switch.to)} in every target (this pull request)`));
    out.push(box(false, 'After the deploy: the app starts and serves from the file database'));
    out.push(box(false, 'After the deploy: health check and integration tests pass (read their output: `npm run test:integration` exits 0 even when tests fail)'));
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
    // git's trailer block: the last paragraph (docs/formats.md "The record's trailers").
    if (m.trailers && m.trailers.length > 0)
        lines.push('', ...m.trailers);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/record/contents.ts
var contents = __webpack_require__(47939);
// EXTERNAL MODULE: ./src/record/digest.ts
var digest = __webpack_require__(63697);
// EXTERNAL MODULE: ./src/record/trailer.ts
var trailer = __webpack_require__(11626);
;// CONCATENATED MODULE: ./src/config-pr/trailers.ts
/**
 * The trailers config-pr commits (src/record/trailer.ts): the stage, the
 * rollback run and attempt, and the record's digest, so the finish can
 * find and check the record without the pull request's body.
 */




/** The trailer lines for this run; none outside a workflow run (a CLI run has no record artifact). */
async function recordTrailers(o) {
    if (!o.runId)
        return [];
    if (!/^[0-9]{1,20}$/.test(o.runId))
        throw new core_errors/* InputError */.dz(`GITHUB_RUN_ID "${o.runId.slice(0, 40)}" is not a run id`);
    let sha256;
    if (o.recordDir) {
        sha256 = await (0,digest/* recordDigest */.kd)(o.recordDir).catch((err) => {
            throw new core_errors/* InputError */.dz(`record folder ${o.recordDir} cannot be read (${err.code ?? 'error'}); check ${(0,option_name/* opt */.m7)('record-dir')} (the rollback's record artifact, downloaded)`);
        });
    }
    return (0,trailer/* trailerLines */.Nx)({ stage: o.stage, runId: o.runId, attempt: o.runAttempt ?? 1, ...(sha256 ? { sha256 } : {}) });
}
/** Our trailer lines in a commit message, in the order trailerLines writes them. */
function trailersOf(message) {
    const ours = Object.values(trailer/* TRAILER */.AH).map((t) => `${t}: `);
    return message.split('\n').filter((l) => ours.some((t) => l.startsWith(t)));
}

;// CONCATENATED MODULE: ./src/config-pr/preview-body.ts
/**
 * Two parts of the pull request body that are not the rollback record:
 * the preview an operator gets from `config-pr --dry-run` before any
 * rollback (the switch, each target, and a plain statement that no rollback
 * record was given), and the section naming the shared targets and the
 * other stages they change. Pure.
 */

const preview_body_esc = (s) => s.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
const preview_body_code = (s) => `\`${s.replaceAll('`', "'").replace(/\r?\n|\r/g, ' ')}\``;
function previewBody(input) {
    const out = [
        BODY_MARKER,
        `Switches **${preview_body_esc(input.stage)}** back to the file database: ${preview_body_code(`${input.switch.key}=${input.switch.to}`)} (was ${preview_body_code(input.switch.from)}).`,
        '',
        `- **Reason:** ${input.reason ? preview_body_esc(input.reason) : '_not given_'}`,
        '- **Rollback record:** _none given_. This is a preview of the switch (`config-pr --dry-run` without a rollback report): no data has been rolled back, and nothing here says the files hold what DynamoDB holds. Run the rollback and verify, then config-pr with their report to open the pull request.',
        '',
        '### Files changed',
        '',
        '| target | result | detail |',
        '| --- | --- | --- |',
        ...input.targets.map((t) => `| ${preview_body_esc(t.target)} | ${t.status} | ${preview_body_esc(t.detail)} |`),
        '',
        input.files.length ? `Files in this pull request: ${input.files.map(preview_body_code).join(', ')}.` : 'No file changes.',
    ];
    return out.join('\n');
}
/** The body with a section of its own for the shared targets, when there are any. */
function withShared(body, shared, stage) {
    if (shared.length === 0)
        return body;
    const lines = [
        '',
        '### Shared targets: other stages change too',
        '',
        `These files are not ${preview_body_esc(stage)}'s alone (\`scope: shared\` in the config): every stage deployed from this branch reads them, so merging this switches those stages to the file database too on their next deploy.`,
        '',
        ...shared.map((s) => `- ${preview_body_code(s.target)}: also changes ${s.stages.map((x) => `**${preview_body_esc(x)}**`).join(', ')}`),
    ];
    return `${body}\n${lines.join('\n')}`;
}

// EXTERNAL MODULE: ./src/config-pr/repository.ts
var repository = __webpack_require__(1299);
// EXTERNAL MODULE: ./src/config/stages.ts
var config_stages = __webpack_require__(7983);
// EXTERNAL MODULE: ./src/switch/js.ts
var js = __webpack_require__(86709);
// EXTERNAL MODULE: ./src/switch/json.ts
var json = __webpack_require__(64740);
// EXTERNAL MODULE: ./src/switch/yaml.ts
var yaml = __webpack_require__(60353);
;// CONCATENATED MODULE: ./src/config-pr/resolve-targets.ts
/**
 * The targets as this stage finds them in the worktree: a `${stage}` in a
 * path, property or pointer is resolved through the stage's names
 * (production is also prod and prd) to the one that is really there: the
 * file that exists, the key the file has. Two names both there is bad input
 * (which one the app reads is not ours to guess); none there leaves the
 * stage's own name, so the flip says what is missing as before. Read-only.
 */









async function resolveTargets(targets, stage, stages, root, key) {
    const out = [];
    for (const t of targets)
        out.push((0,types/* isCommandTarget */.l)(t) || !t.template ? t : await resolveOne(t, stage, stages, root, key));
    return out;
}
async function resolveOne(t, stage, stages, root, key) {
    const tpl = t.template;
    const present = new Set();
    for (const name of (0,config_stages/* namesOf */.eZ)(stage, stages)) {
        const candidate = tpl.path.replaceAll('${stage}', name);
        // A candidate leaving the repository is never looked at; apply-targets refuses such a path with its own message.
        if (external_node_path_default().isAbsolute(candidate) || candidate.split(/[\\/]/).includes('..'))
            continue;
        if (await (0,promises_.stat)(external_node_path_default().join(root, candidate)).then((s) => s.isFile(), () => false))
            present.add(candidate);
    }
    const file = pick(tpl.path, stage, stages, (c) => present.has(c), `switch target ${tpl.path}`, 'files');
    const resolved = { ...t, path: file ?? t.path };
    if (file === null || (!tpl.property?.includes('${stage}') && !tpl.pointer?.includes('${stage}')))
        return resolved;
    const text = await (0,promises_.readFile)(external_node_path_default().join(root, file), 'utf8');
    const kind = t.kind ?? (0,edit/* kindOfPath */.B)(file);
    const found = (locate) => {
        try {
            return locate().length > 0;
        }
        catch (err) {
            if (err instanceof core_errors/* InputError */.dz)
                return false; // the flip reports a file it cannot parse, with its line
            throw err;
        }
    };
    if (tpl.property?.includes('${stage}') && kind === 'js') {
        const property = pick(tpl.property, stage, stages, (c) => found(() => (0,js/* findJs */.n)(text, file, { property: c, key }, file).occurrences), `${file}: property ${tpl.property}`, 'keys');
        if (property !== null)
            resolved.property = property;
    }
    if (tpl.pointer?.includes('${stage}') && (kind === 'json' || kind === 'yaml')) {
        const finder = kind === 'json' ? json/* findJson */.o : yaml/* findYaml */.J;
        const pointer = pick(tpl.pointer, stage, stages, (c) => found(() => finder(text, c, file)), `${file}: pointer ${tpl.pointer}`, 'keys');
        if (pointer !== null)
            resolved.pointer = pointer;
    }
    return resolved;
}
function pick(template, stage, stages, exists, what, things) {
    const r = (0,config_stages/* resolveStageTemplate */.lk)(template, stage, stages, exists);
    if (r === null)
        return null;
    if ('ambiguous' in r) {
        throw new core_errors/* InputError */.dz(`${what}: ${r.ambiguous.map((n) => template.replaceAll('${stage}', n)).join(' and ')} are both there, ${things} for two names of ${stage}; keep one, or name it without \${stage} in switch.targets`);
    }
    return r.value;
}

// EXTERNAL MODULE: ./src/switch/scope.ts
var switch_scope = __webpack_require__(40868);
;// CONCATENATED MODULE: ./src/config-pr/scope-check.ts
/**
 * Every file target's scope, checked before anything is written: a target
 * whose path (or key) names another stage is refused (a production rollback
 * never flips staging's file); one that nothing ties to a stage changes
 * every stage deployed from the branch, so it is refused unless the config
 * says so with `scope: shared`, and the pull request names the stages it
 * changes. Pure.
 */




/** The shared targets (for the pull request), after refusing another stage's target and an unmarked shared one. */
function checkScopes(targets, stage, stages) {
    const shared = [];
    const own = (0,config_stages/* stageOf */.gV)(stage, stages) ?? stage;
    for (const t of targets) {
        if ((0,types/* isCommandTarget */.l)(t))
            continue; // what a command edits is the app's business: its output is in the pull request
        const name = (0,types/* describeTarget */.f)(t);
        const scope = (0,switch_scope/* pathScope */.G)(t.path, stage, stages);
        if (scope.kind === 'other') {
            throw new core_errors/* InputError */.dz(`switch target ${name} is ${scope.stage}'s (its path says "${scope.word}"), not ${stage}'s: a rollback of ${stage} never flips another stage's file; remove it from switch.targets, or write the stage in its path as \${stage}`);
        }
        if (scope.kind === 'this')
            continue;
        // Keyed by a stage inside the file (`prod.database.type`, `/staging/database/type`)?
        const keys = [...(t.property?.split('.') ?? []), ...(t.pointer?.split('/') ?? [])].filter(Boolean);
        const keyedBy = keys
            .map((k) => ({ k, s: (0,config_stages/* stageOf */.gV)(k, stages) ?? (k.toLowerCase() === stage.toLowerCase() ? own : null) }))
            .find((x) => x.s !== null);
        if (keyedBy && keyedBy.s !== own) {
            throw new core_errors/* InputError */.dz(`switch target ${name} is ${keyedBy.s}'s (its key says "${keyedBy.k}"), not ${stage}'s; write the stage in it as \${stage}`);
        }
        if (keyedBy)
            continue;
        if (!t.shared) {
            throw new core_errors/* InputError */.dz(`switch target ${name}: nothing in its path or key ties it to ${stage}, so flipping it changes every stage deployed from this branch (${(0,config_stages/* otherStages */.gC)(stage, stages).join(', ')}); if that is meant, mark it scope: shared in switch.targets, else name the stage's own file`);
        }
        shared.push({ target: name, stages: (0,config_stages/* otherStages */.gC)(stage, stages) });
    }
    return shared;
}

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
 *            on a branch whose commits are ours; with --sign the commit is
 *            made through GitHub's API instead (sign.ts), signed by GitHub
 *   PR       find the open one for the branch, else create it; update title
 *            and body when they changed; labels and reviewers
 */

















const REMOTE = 'origin';
async function runConfigPr(options, deps) {
    const { git, reporter } = deps;
    if (!options.dryRun && !deps.github)
        throw new Error('internal: config-pr needs a GitHub client unless it is a dry run');
    // check: everything that can refuse, before the worktree exists.
    // A dry run may preview the switch before any rollback: no report there is no refusal, and the body says so.
    const reportPath = options.dryRun && !options.report
        ? await (0,contents/* findReport */.kz)(undefined, options.dataDir).catch((err) => (err instanceof core_errors/* InputError */.dz ? null : Promise.reject(err)))
        : await (0,contents/* findReport */.kz)(options.report, options.dataDir);
    const record = reportPath === null ? null : await (0,contents/* readRollbackRecord */.M5)(reportPath);
    const verify = options.verifyResult ? await (0,contents/* readVerifyRecord */.p2)(options.verifyResult) : null;
    const trailers = await recordTrailers(options);
    await git.topLevel();
    const repo = await repositoryOf(options, git);
    const base = options.base ?? (await git.remoteDefaultBranch(REMOTE)) ?? 'main';
    if (options.branch === base)
        throw new core_errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('branch')} ${options.branch} is the base branch; config-pr pushes only a branch of its own`);
    const baseSha = await git.fetchBranch(REMOTE, base);
    const folder = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'dynamodb-rollback-config-pr-'));
    let worktree = null;
    try {
        worktree = await git.addWorktree(external_node_path_default().join(folder, 'tree'), baseSha);
        const targets = await resolveTargets(options.switch.targets, options.stage, options.stages, worktree.dir, options.switch.key);
        const shared = checkScopes(targets, options.stage, options.stages);
        const applied = await applyTargets(targets, options.switch, worktree, reporter, options.commandEnv);
        const changedFiles = await worktree.changedFiles();
        const title = pullTitle({ stage: options.stage, switch: options.switch }, options.pullRequest.title);
        const preview = {
            stage: options.stage,
            reason: options.reason,
            switch: options.switch,
            targets: applied.outcomes,
            files: changedFiles,
            shared,
        };
        const body = withChecksNote(record === null
            ? withShared(previewBody(preview), shared, options.stage)
            : withShared(pullBody({
                stage: options.stage,
                reason: options.reason,
                actor: options.actor,
                runUrl: options.runUrl,
                runId: options.runId,
                release: options.release,
                switch: options.switch,
                record,
                verify,
                manifests: await (0,contents/* manifestSums */.Os)(record.export.location, record.collections.map((c) => c.table), options.cwd),
                targets: applied.outcomes,
                files: changedFiles,
            }), shared, options.stage), options.checksRun);
        const common = {
            repository: repo ? `${repo.owner}/${repo.repo}` : null,
            base,
            branch: options.branch,
            changedFiles,
            targets: applied.outcomes,
            notes: applied.notes,
            report: reportPath,
            title,
            body,
        };
        if (options.dryRun) {
            return { ...common, operation: 'dry-run', commit: null, pushed: false, pullRequest: null, diff: await worktree.diff(changedFiles) };
        }
        if (changedFiles.length === 0) {
            const notes = [
                ...applied.notes,
                `every target already has ${options.switch.key}=${options.switch.to} on ${base}: nothing to change, no pull request`,
            ];
            return { ...common, notes, operation: 'unchanged', commit: null, pushed: false, pullRequest: null, diff: '' };
        }
        if (!repo)
            throw new core_errors/* InputError */.dz(`cannot tell the GitHub repository from the origin URL; give ${(0,option_name/* opt */.m7)('repository')} owner/name`);
        if (record === null || reportPath === null)
            throw new Error('internal: config-pr without a rollback report is a dry run only');
        const message = commitMessage({
            stage: options.stage,
            reason: options.reason,
            runUrl: options.runUrl,
            switch: options.switch,
            report: reportPath,
            targets: applied.outcomes,
            trailers,
        });
        const made = await worktree.commit(changedFiles, message);
        const github = deps.github;
        const signNotes = [];
        const publish = async (local, remoteSha) => {
            if (!options.sign) {
                await git.push(REMOTE, local, options.branch, remoteSha);
                return local;
            }
            const signed = await pushSigned(github, repo, worktree, {
                local,
                baseSha,
                message,
                files: changedFiles,
                branch: options.branch,
                branchExists: remoteSha !== null,
                committer: options.pullRequest.committer,
            });
            signNotes.push(...signed.notes);
            return signed.sha;
        };
        const { commit, pushed } = await pushIfChanged(git, worktree, made, options.branch, baseSha, options.pullRequest.committer, trailers, publish);
        const { pull, operation, notes } = await upsertPull(github, repo, { branch: options.branch, base, title, body, draft: options.draft || options.pullRequest.draft }, pushed, options.pullRequest);
        return {
            ...common,
            notes: [...common.notes, ...signNotes, ...notes],
            operation,
            commit,
            pushed,
            pullRequest: { number: pull.number, url: pull.url },
            diff: '',
        };
    }
    finally {
        if (worktree)
            await git.removeWorktree(worktree.dir).catch(() => undefined);
        await (0,promises_.rm)(folder, { recursive: true, force: true });
    }
}
async function repositoryOf(options, git) {
    if (options.repository)
        return (0,repository.parseRepository)(options.repository, (0,option_name/* opt */.m7)('repository'));
    const url = await git.remoteUrl(REMOTE);
    return url ? (0,repository/* repositoryFromUrl */.k)(url) : null;
}
/**
 * Pushes the commit unless the branch already holds the same tree on the
 * same base, from the same run (its trailers): a superseding rollback's
 * commit is new even when its files are byte for byte the old ones, so
 * branch protection dismisses approvals given to the old record.
 * Force-with-lease, expecting the branch where we saw it, and only when its
 * tip was committed by us: someone else's branch of the same name is
 * refused, never overwritten.
 */
async function pushIfChanged(git, worktree, made, branch, baseSha, committer, trailers, publish) {
    const remoteSha = await git.remoteBranchSha(REMOTE, branch);
    if (remoteSha) {
        // Two deep: in a shallow clone (actions/checkout's default) the tip's parent must be known to compare bases.
        const tip = await git.fetchBranch(REMOTE, branch, 2);
        const info = await git.commitInfo(tip);
        const ours = /<([^>]+)>/.exec(committer)?.[1];
        if (info.committerEmail !== ours) {
            throw new core_errors/* InputError */.dz(`branch ${branch} on ${REMOTE} has a commit config-pr did not make (committer ${info.committerEmail}); pick another ${(0,option_name/* opt */.m7)('branch')} or delete that branch`);
        }
        const sameRun = trailersOf(info.message).join('\n') === trailers.join('\n');
        if (sameRun && info.parents.length === 1 && info.parents[0] === baseSha && (await git.tree(tip)) === (await worktree.tree(made))) {
            return { commit: tip, pushed: false };
        }
    }
    return { commit: await publish(made, remoteSha), pushed: true };
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

/***/ 22143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ describeTarget),
/* harmony export */   l: () => (/* binding */ isCommandTarget)
/* harmony export */ });
const isCommandTarget = (t) => 'command' in t;
/** A target in one short phrase: `path#/pointer`, `path:property`, or the command. */
function describeTarget(t) {
    if (isCommandTarget(t))
        return `command: ${t.command}`;
    return t.path + (t.pointer ? `#${t.pointer}` : '') + (t.property ? `:${t.property}` : '');
}


/***/ }),

/***/ 52047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File),
/* harmony export */   k: () => (/* binding */ sha256Stream)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/** sha256 (hex) of a stream's bytes. */
async function sha256Stream(body) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of body)
        hash.update(chunk);
    return hash.digest('hex');
}
/** sha256 (hex) of a file's bytes, streamed. */
function sha256File(file) {
    return sha256Stream((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file));
}


/***/ }),

/***/ 47939:
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
/* harmony import */ var _core_location_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91324);
/* harmony import */ var _fsafe_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52047);
/* harmony import */ var _state_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65013);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78440);
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
    const dir = (0,_state_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .statePaths */ .mt)(dataDirAbs).reports;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch(() => []);
    const newest = names
        .filter((n) => _state_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .ROLLBACK_REPORT_NAME */ .qL.test(n))
        .sort()
        .pop();
    if (!newest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`no rollback report in ${dir}; run rollback first, or give ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_6__/* .opt */ .m7)('report')}`);
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, newest);
}
async function readRollbackRecord(file) {
    const data = await readJson(file, 'rollback report', (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_6__/* .opt */ .m7)('report'));
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
        const counts = isRec(c.counts)
            ? Object.fromEntries(Object.entries(c.counts).filter(([, v]) => typeof v === 'number'))
            : {};
        const lost = isRec(c.lost) ? Object.fromEntries(Object.entries(c.lost).map(([k, v]) => [k, ids(v)])) : {};
        const conflicts = Array.isArray(c.conflicts)
            ? c.conflicts.filter(isRec).map((x) => ({ id: String(x.id), kind: String(x.kind), took: String(x.took), result: String(x.result) }))
            : [];
        return {
            collection: c.collection,
            table: typeof c.table === 'string' ? c.table : '',
            exportItems: num(c.exportItems),
            counts,
            conflicts,
            lost,
            deletedIds: ids(c.deletedIds),
        };
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
    const data = await readJson(file, 'verify result', (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_6__/* .opt */ .m7)('verify-result'));
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
    if ((0,_core_location_js__WEBPACK_IMPORTED_MODULE_3__/* .namesS3 */ .Hv)(location))
        return tables.map((table) => ({ table, sha256: null }));
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, location);
    return Promise.all(tables.map(async (table) => ({ table, sha256: await (0,_fsafe_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, table, 'manifest-files.json')).catch(() => null) })));
}


/***/ }),

/***/ 63697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ recordFiles),
/* harmony export */   LP: () => (/* binding */ sha256Bytes),
/* harmony export */   kd: () => (/* binding */ recordDigest),
/* harmony export */   uN: () => (/* binding */ combineDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _fsafe_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52047);
/**
 * The record's digest: one sha256 over its files, so config-pr (which has
 * the files the artifact was made of) and the finish (which has them from
 * the artifact's zip) compute the same value whatever the zip's encoding.
 * sha256 of the lines `<sha256 of the file>  <path>\n`, paths relative to
 * the record's folder with `/`, sorted by their UTF-8 bytes (the lines
 * `sha256sum` prints, in that order).
 */




function sha256Bytes(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
function combineDigest(files) {
    const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    return sha256Bytes(Buffer.from(sorted.map((f) => `${f.sha256}  ${f.name}\n`).join('')));
}
/** Every regular file under dir (recursively), with its sha256. */
async function recordFiles(dir) {
    const out = [];
    const walk = async (rel) => {
        for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, rel), { withFileTypes: true })) {
            const name = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory())
                await walk(name);
            else if (e.isFile())
                out.push({ name, sha256: await (0,_fsafe_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name)) });
        }
    };
    await walk('');
    return out;
}
async function recordDigest(dir) {
    return combineDigest(await recordFiles(dir));
}


/***/ }),

/***/ 11626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ TRAILER),
/* harmony export */   Nx: () => (/* binding */ trailerLines),
/* harmony export */   t8: () => (/* binding */ readTrailers)
/* harmony export */ });
/**
 * The trailers config-pr commits and the finish reads (docs/formats.md
 * "The record's trailers"): which rollback run made the record, and the
 * record's digest. In the commit, not the pull request's body: a body is
 * editable by anyone with write access, a merged commit is what the
 * default branch holds. Still only a pointer: the finish believes it only
 * after looking the run up (src/finish/trusted-record.ts).
 */
const TRAILER = {
    stage: 'Dynamodb-Rollback-Stage',
    run: 'Dynamodb-Rollback-Run',
    sha256: 'Dynamodb-Rollback-Record-Sha256',
};
const STAGE = /^[A-Za-z0-9._-]+$/;
const RUN = /^([0-9]{1,20})\/([0-9]{1,6})$/;
const SHA256 = /^[0-9a-f]{64}$/;
/** The trailer lines, in a fixed order, for the last paragraph of the commit message. */
function trailerLines(t) {
    const lines = [];
    if (t.stage)
        lines.push(`${TRAILER.stage}: ${t.stage}`);
    if (t.runId)
        lines.push(`${TRAILER.run}: ${t.runId}/${t.attempt ?? 1}`);
    if (t.sha256)
        lines.push(`${TRAILER.sha256}: ${t.sha256}`);
    return lines;
}
/**
 * Our trailers from a commit message: git's trailer block (the last
 * paragraph) only, each exactly once and well formed. A line of ours
 * anywhere else (a quoted body, say) is not read.
 */
function readTrailers(message) {
    const paragraphs = message
        .replace(/\r\n/g, '\n')
        .trimEnd()
        .split(/\n[ \t]*\n/);
    const last = paragraphs.length > 1 ? paragraphs.at(-1) : '';
    const values = new Map();
    for (const line of last.split('\n')) {
        const m = /^([A-Za-z0-9-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
        if (!m)
            continue;
        const key = Object.values(TRAILER).find((k) => k.toLowerCase() === m[1].toLowerCase());
        if (key)
            values.set(key, [...(values.get(key) ?? []), m[2]]);
    }
    const problems = [];
    const one = (key, shape, what) => {
        const got = values.get(key) ?? [];
        if (got.length === 0)
            problems.push(`no ${key} trailer`);
        else if (got.length > 1)
            problems.push(`${got.length} ${key} trailers (one expected)`);
        else if (!shape.test(got[0]))
            problems.push(`${key} "${got[0].slice(0, 80)}" is not ${what}`);
        else
            return got[0];
        return null;
    };
    const stage = one(TRAILER.stage, STAGE, 'a stage name');
    const run = one(TRAILER.run, RUN, '<run id>/<attempt>');
    const sha256 = one(TRAILER.sha256, SHA256, 'a sha256 (64 lowercase hex digits)');
    if (problems.length > 0 || !stage || !run || !sha256)
        return { ok: false, problems };
    const [, runId, attempt] = RUN.exec(run);
    return { ok: true, trailers: { stage, runId: runId, attempt: Number(attempt), sha256 } };
}


/***/ })

};
