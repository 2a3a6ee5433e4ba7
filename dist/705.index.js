export const id = 705;
export const ids = [705];
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

/***/ 80705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PUBLIC_API_URL: () => (/* binding */ PUBLIC_API_URL),
/* harmony export */   createGitHub: () => (/* binding */ createGitHub),
/* harmony export */   gitHubKind: () => (/* binding */ gitHubKind),
/* harmony export */   retryAfterMs: () => (/* binding */ retryAfterMs)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92413);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67137);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83242);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78440);
/**
 * The GitHub client: the only place the REST API is called (Octokit from
 * @actions/github, which brings no retry plugin, so the one retry layer is
 * ours). Retried: 5xx, dropped connections, and rate limits (429, or a 403
 * with retry-after or no requests left), waiting at least as long as GitHub
 * asks. 401/403/404/422 are bad input (exit 2) with what to do. GitHub's
 * own message text is not repeated; only the status and, for 422, the error
 * codes it lists.
 */




const PUBLIC_API_URL = 'https://api.github.com';
const header = (err, name) => {
    const v = err.response?.headers?.[name];
    return v === undefined ? undefined : String(v);
};
/** A secondary rate limit GitHub sent without retry-after: only its message says so (read, never shown). */
function isSecondaryLimit(err) {
    const data = err.response?.data;
    return typeof data?.message === 'string' && /secondary rate limit/i.test(data.message);
}
/** The wait GitHub asks for: retry-after seconds, until x-ratelimit-reset when none are left, a minute for a bare secondary limit. */
function retryAfterMs(err, now = Date.now()) {
    const after = Number(header(err, 'retry-after'));
    if (Number.isFinite(after) && after > 0)
        return after * 1000;
    if (err.status === 403 && isSecondaryLimit(err))
        return 60_000;
    if (header(err, 'x-ratelimit-remaining') === '0') {
        const reset = Number(header(err, 'x-ratelimit-reset'));
        if (Number.isFinite(reset))
            return Math.max(0, reset * 1000 - now);
    }
    return 0;
}
/** What kind of failure a GitHub API error is. */
function gitHubKind(err) {
    const status = err.status;
    // Octokit reports a failed fetch (refused, reset) as a 500 without a response: the cause tells which.
    if (typeof status !== 'number' || (status === 500 && !err.response)) {
        const c = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .classify */ .L8)(err);
        return { kind: c.kind, code: c.code };
    }
    const code = `HTTP ${status}`;
    if (status === 429 ||
        (status === 403 && (header(err, 'retry-after') !== undefined || header(err, 'x-ratelimit-remaining') === '0' || isSecondaryLimit(err))))
        return { kind: 'throttling', code };
    if (status >= 500)
        return { kind: 'server', code };
    if (status === 401)
        return { kind: 'bad-credentials', code };
    if (status === 403)
        return { kind: 'denied', code };
    if (status === 404)
        return { kind: 'not-found', code };
    if (status === 422 || status === 400)
        return { kind: 'invalid', code };
    return { kind: 'other', code };
}
/** For a 422: the error codes GitHub lists (missing_field, already_exists, ...), never its free text. */
function validationCodes(err) {
    const errors = err.response?.data?.errors;
    if (!Array.isArray(errors))
        return '';
    const codes = errors.map((e) => [e.field, e.code].filter((x) => typeof x === 'string').join(' ')).filter(Boolean);
    return codes.length ? `: ${[...new Set(codes)].join(', ')}` : '';
}
/** Operations that only read: their 404 is about what they read, and the token needs only read scopes. */
const READS = ['get ', 'download ', 'list artifacts ', 'list pull requests of commit '];
function needsOf(operation) {
    if (operation.startsWith('comment'))
        return 'pull-requests: write';
    if (/run|artifact/.test(operation))
        return 'actions: read';
    if (operation.startsWith('list pull requests of commit'))
        return 'contents: read and pull-requests: read';
    if (READS.some((r) => operation.startsWith(r)))
        return 'contents: read';
    return 'contents: write and pull-requests: write';
}
const runOf = (r) => ({
    id: r.id,
    attempt: r.run_attempt ?? 1,
    path: r.path,
    event: r.event,
    headBranch: r.head_branch,
    status: r.status,
    conclusion: r.conclusion,
    repository: r.repository.full_name,
    headRepository: r.head_repository?.full_name ?? null,
    url: r.html_url,
});
function createGitHub(options) {
    const apiUrl = options.apiUrl.replace(/\/+$/, '');
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, { baseUrl: apiUrl, request: { retries: 0 } });
    const policy = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retryPolicy */ .Jb)(options.retry);
    const call = (operation, repo, fn) => {
        const where = `GitHub API ${apiUrl}`;
        const on = `${operation} on ${repo.owner}/${repo.repo}`;
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(operation, async () => {
            try {
                return await fn();
            }
            catch (err) {
                const { kind, code } = gitHubKind(err);
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryable */ .r3)(kind)
                    ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceFailedError */ .Tp(`${where}: ${on} failed (${code})`, kind, code, { cause: err })
                    : describe(err, kind, code);
            }
        }, policy, {
            onRetry: options.onRetry,
            onFatal: (err) => err,
            delayFloorMs: (err) => retryAfterMs(err.cause),
            onExhausted: ({ attempts, elapsedMs, kind, code, last }) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceFailedError */ .Tp(`${where}: ${on} still failing after ${attempts} attempts over ${Math.round(elapsedMs / 1000)}s (${kind}: ${code}); the retry budget is spent`, 'exhausted', code, { cause: last }),
        });
        function describe(err, kind, code) {
            const line = (() => {
                switch (kind) {
                    case 'bad-credentials':
                        return `${where} rejected the token (${code}); check ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('token')} (or GITHUB_TOKEN)`;
                    case 'denied':
                        return `${where} denied ${on} (${code}); the token needs ${needsOf(operation)} on ${repo.owner}/${repo.repo}`;
                    case 'not-found':
                        return operation.startsWith('comment')
                            ? `${where}: ${on} found no such pull request (${code}), or the token cannot see it; check ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('pull-request')}, ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('repository')} and the token`
                            : READS.some((r) => operation.startsWith(r))
                                ? `${where}: ${on} found nothing (${code}), or the token cannot see it; check the commit or run id, ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('repository')} and the token (${needsOf(operation)})`
                                : `${repo.owner}/${repo.repo} not found at ${where} (${code}), or the token cannot see it; check ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('repository')}, ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('github-api-url')} and the token`;
                    case 'invalid':
                        return `${where} refused ${on} as invalid (${code}${validationCodes(err)}); check the branch, base, labels and reviewers`;
                    case 'unreachable':
                        return `${where} is unreachable (${code}); check ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('github-api-url')} and the network`;
                    default:
                        return `${where}: ${on} failed (${code})`;
                }
            })();
            return kind === 'other'
                ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceFailedError */ .Tp(line, kind, code, { cause: err })
                : new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceInputError */ .os(line, kind, code, { cause: err });
        }
    };
    const pullOf = (p) => ({
        number: p.number,
        url: p.html_url,
        title: p.title,
        body: p.body ?? '',
        draft: p.draft === true,
        labels: (p.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    });
    return {
        apiUrl,
        async findOpenPull(repo, branch, base) {
            const { data } = await call('list pull requests', repo, () => octokit.rest.pulls.list({
                owner: repo.owner,
                repo: repo.repo,
                state: 'open',
                head: `${repo.owner}:${branch}`,
                ...(base ? { base } : {}),
                per_page: 10,
            }));
            const first = data[0];
            return first ? pullOf(first) : null;
        },
        async createPull(repo, p) {
            const { data } = await call('create pull request', repo, () => octokit.rest.pulls.create({
                owner: repo.owner,
                repo: repo.repo,
                head: p.branch,
                base: p.base,
                title: p.title,
                body: p.body,
                draft: p.draft,
                maintainer_can_modify: false,
            }));
            return pullOf(data);
        },
        async updatePull(repo, number, change) {
            const { data } = await call('update pull request', repo, () => octokit.rest.pulls.update({ owner: repo.owner, repo: repo.repo, pull_number: number, title: change.title, body: change.body }));
            return pullOf(data);
        },
        async addLabels(repo, number, labels) {
            if (labels.length === 0)
                return;
            await call('add labels', repo, () => octokit.rest.issues.addLabels({ owner: repo.owner, repo: repo.repo, issue_number: number, labels }));
        },
        async requestReviewers(repo, number, reviewers, teamReviewers) {
            if (reviewers.length === 0 && teamReviewers.length === 0)
                return;
            await call('request reviewers', repo, () => octokit.rest.pulls.requestReviewers({
                owner: repo.owner,
                repo: repo.repo,
                pull_number: number,
                reviewers,
                team_reviewers: teamReviewers,
            }));
        },
        async createComment(repo, number, body) {
            const { data } = await call('comment on pull request', repo, () => octokit.rest.issues.createComment({ owner: repo.owner, repo: repo.repo, issue_number: number, body }));
            return data.html_url;
        },
        async tagCommit(repo, tag) {
            const found = await call('get tag', repo, () => octokit.rest.git.getRef({ owner: repo.owner, repo: repo.repo, ref: `tags/${tag}` })).catch((err) => {
                if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceInputError */ .os && err.kind === 'not-found')
                    return null;
                throw err;
            });
            if (!found)
                return null;
            let object = found.data.object;
            // An annotated tag is an object of its own; a tag of a tag is followed too, a few levels at most.
            for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
                const { data } = await call('get tag', repo, () => octokit.rest.git.getTag({ owner: repo.owner, repo: repo.repo, tag_sha: object.sha }));
                object = data.object;
            }
            return object.type === 'commit' ? object.sha : null;
        },
        async defaultBranch(repo) {
            const { data } = await call('get repository', repo, () => octokit.rest.repos.get({ owner: repo.owner, repo: repo.repo }));
            return data.default_branch;
        },
        async commitMessage(repo, sha) {
            const { data } = await call(`get commit ${sha}`, repo, () => octokit.rest.git.getCommit({ owner: repo.owner, repo: repo.repo, commit_sha: sha }));
            return data.message;
        },
        async pullsOfCommit(repo, sha) {
            const { data } = await call(`list pull requests of commit ${sha}`, repo, () => octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: repo.owner, repo: repo.repo, commit_sha: sha, per_page: 10 }));
            return data.map((p) => ({ number: p.number, url: p.html_url }));
        },
        async workflowRun(repo, runId, attempt) {
            const { data } = await call(`get workflow run ${runId} attempt ${attempt}`, repo, () => octokit.rest.actions.getWorkflowRunAttempt({
                owner: repo.owner,
                repo: repo.repo,
                run_id: runId,
                attempt_number: attempt,
                exclude_pull_requests: true,
            }));
            return runOf(data);
        },
        async latestWorkflowRun(repo, runId) {
            const { data } = await call(`get workflow run ${runId}`, repo, () => octokit.rest.actions.getWorkflowRun({ owner: repo.owner, repo: repo.repo, run_id: runId, exclude_pull_requests: true }));
            return runOf(data);
        },
        async runArtifacts(repo, runId, name) {
            const { data } = await call(`list artifacts of run ${runId}`, repo, () => octokit.rest.actions.listWorkflowRunArtifacts({ owner: repo.owner, repo: repo.repo, run_id: runId, name, per_page: 100 }));
            return data.artifacts
                .filter((a) => a.name === name)
                .map((a) => ({
                id: a.id,
                name: a.name,
                sizeInBytes: a.size_in_bytes,
                expired: a.expired,
                digest: a.digest ?? null,
            }));
        },
        async downloadArtifact(repo, artifactId) {
            const { data } = await call(`download artifact ${artifactId}`, repo, () => octokit.rest.actions.downloadArtifact({ owner: repo.owner, repo: repo.repo, artifact_id: artifactId, archive_format: 'zip' }));
            return Buffer.from(data);
        },
        async createBlob(repo, content) {
            const { data } = await call('create blob', repo, () => octokit.rest.git.createBlob({ owner: repo.owner, repo: repo.repo, content: content.toString('base64'), encoding: 'base64' }));
            return data.sha;
        },
        async createTree(repo, baseTree, entries) {
            const { data } = await call('create tree', repo, () => octokit.rest.git.createTree({
                owner: repo.owner,
                repo: repo.repo,
                base_tree: baseTree,
                tree: entries.map((e) => ({ path: e.path, mode: e.mode, type: 'blob', sha: e.sha })),
            }));
            return data.sha;
        },
        async createCommit(repo, commit) {
            const { data } = await call('create commit', repo, () => octokit.rest.git.createCommit({
                owner: repo.owner,
                repo: repo.repo,
                message: commit.message,
                tree: commit.tree,
                parents: commit.parents,
            }));
            return {
                sha: data.sha,
                tree: data.tree.sha,
                committerEmail: data.committer.email ?? '',
                verified: data.verification?.verified === true,
            };
        },
        async setBranch(repo, branch, sha, exists) {
            if (exists)
                await call('update branch', repo, () => octokit.rest.git.updateRef({ owner: repo.owner, repo: repo.repo, ref: `heads/${branch}`, sha, force: true }));
            else
                await call('create branch', repo, () => octokit.rest.git.createRef({ owner: repo.owner, repo: repo.repo, ref: `refs/heads/${branch}`, sha }));
        },
    };
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
