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


/***/ })

};
