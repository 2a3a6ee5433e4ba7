export const id = 705;
export const ids = [705];
export const modules = {

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
    if (status === 429 || (status === 403 && (header(err, 'retry-after') !== undefined || header(err, 'x-ratelimit-remaining') === '0' || isSecondaryLimit(err))))
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
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryable */ .r3)(kind) ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceFailedError */ .Tp(`${where}: ${on} failed (${code})`, kind, code, { cause: err }) : describe(err, kind, code);
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
                        return `${where} rejected the token (${code}); check --token (or GITHUB_TOKEN)`;
                    case 'denied':
                        return `${where} denied ${on} (${code}); the token needs ${operation.startsWith('comment') ? 'pull-requests: write' : 'contents: write and pull-requests: write'} on ${repo.owner}/${repo.repo}`;
                    case 'not-found':
                        return operation.startsWith('comment')
                            ? `${where}: ${on} found no such pull request (${code}), or the token cannot see it; check --pull-request, --repository and the token`
                            : `${repo.owner}/${repo.repo} not found at ${where} (${code}), or the token cannot see it; check --repository, --github-api-url and the token`;
                    case 'invalid':
                        return `${where} refused ${on} as invalid (${code}${validationCodes(err)}); check the branch, base, labels and reviewers`;
                    case 'unreachable':
                        return `${where} is unreachable (${code}); check --github-api-url and the network`;
                    default:
                        return `${where}: ${on} failed (${code})`;
                }
            })();
            return kind === 'other' ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceFailedError */ .Tp(line, kind, code, { cause: err }) : new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceInputError */ .os(line, kind, code, { cause: err });
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
            const { data } = await call('list pull requests', repo, () => octokit.rest.pulls.list({ owner: repo.owner, repo: repo.repo, state: 'open', head: `${repo.owner}:${branch}`, base, per_page: 10 }));
            const first = data[0];
            return first ? pullOf(first) : null;
        },
        async createPull(repo, p) {
            const { data } = await call('create pull request', repo, () => octokit.rest.pulls.create({ owner: repo.owner, repo: repo.repo, head: p.branch, base: p.base, title: p.title, body: p.body, draft: p.draft, maintainer_can_modify: false }));
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
            await call('request reviewers', repo, () => octokit.rest.pulls.requestReviewers({ owner: repo.owner, repo: repo.repo, pull_number: number, reviewers, team_reviewers: teamReviewers }));
        },
        async createComment(repo, number, body) {
            const { data } = await call('comment on pull request', repo, () => octokit.rest.issues.createComment({ owner: repo.owner, repo: repo.repo, issue_number: number, body }));
            return data.html_url;
        },
    };
}


/***/ })

};
