/**
 * The GitHub client: the only place the REST API is called (Octokit from
 * @actions/github, which brings no retry plugin, so the one retry layer is
 * ours). Retried: 5xx, dropped connections, and rate limits (429, or a 403
 * with retry-after or no requests left), waiting at least as long as GitHub
 * asks. 401/403/404/422 are bad input (exit 2) with what to do. GitHub's
 * own message text is not repeated; only the status and, for 422, the error
 * codes it lists.
 */
import { getOctokit } from '@actions/github';
import { classify, type ErrorKind, isRetryable, ServiceFailedError, ServiceInputError } from './errors.js';
import { type RetryEvent, type RetryPolicy, retryPolicy, withRetry } from './retry.js';
import { opt } from '../core/option-name.js';

export const PUBLIC_API_URL = 'https://api.github.com';

export interface GitHubClientOptions {
  token: string;
  /** API root: https://api.github.com, or GitHub Enterprise's https://host/api/v3. */
  apiUrl: string;
  retry?: Partial<RetryPolicy>;
  onRetry?(event: RetryEvent): void;
}

export interface Repo {
  owner: string;
  repo: string;
}

export interface PullRequest {
  number: number;
  url: string;
  title: string;
  body: string;
  draft: boolean;
  labels: string[];
}

/** A workflow run (one attempt of it), as the finish checks where a record came from. */
export interface WorkflowRun {
  id: number;
  attempt: number;
  /** The workflow file, .github/workflows/<name>.yml (a caller's, for a run of a called workflow). */
  path: string;
  event: string;
  headBranch: string | null;
  status: string | null;
  conclusion: string | null;
  /** owner/name of the run's repository, and of the repository its head came from. */
  repository: string;
  headRepository: string | null;
  url: string;
}

export interface Artifact {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  /** sha256:<hex> of the zip as uploaded, when GitHub lists one. */
  digest: string | null;
}

export interface GitHubClient {
  readonly apiUrl: string;
  /** The open pull request from branch (in the same repository) into base (any base when absent), or null. */
  findOpenPull(repo: Repo, branch: string, base?: string): Promise<PullRequest | null>;
  createPull(repo: Repo, pull: { branch: string; base: string; title: string; body: string; draft: boolean }): Promise<PullRequest>;
  updatePull(repo: Repo, number: number, change: { title: string; body: string }): Promise<PullRequest>;
  addLabels(repo: Repo, number: number, labels: string[]): Promise<void>;
  requestReviewers(repo: Repo, number: number, reviewers: string[], teamReviewers: string[]): Promise<void>;
  /** A new comment on the pull request (an issue comment); its web URL. */
  createComment(repo: Repo, number: number, body: string): Promise<string>;
  /** The commit a tag points at (an annotated tag followed to its commit), or null when there is no such tag. */
  tagCommit(repo: Repo, tag: string): Promise<string | null>;
  /** The repository's default branch. */
  defaultBranch(repo: Repo): Promise<string>;
  /** A commit's full message (the git database's, trailers included). */
  commitMessage(repo: Repo, sha: string): Promise<string>;
  /** The pull requests that carry a commit (merged ones, once it is on the default branch). */
  pullsOfCommit(repo: Repo, sha: string): Promise<Array<{ number: number; url: string }>>;
  /** One attempt of a workflow run. */
  workflowRun(repo: Repo, runId: number, attempt: number): Promise<WorkflowRun>;
  /** The newest run attempt, as the run's page shows it. */
  latestWorkflowRun(repo: Repo, runId: number): Promise<WorkflowRun>;
  /** The run's artifacts of that name. */
  runArtifacts(repo: Repo, runId: number, name: string): Promise<Artifact[]>;
  /** An artifact's zip (GitHub answers with a redirect to storage, followed here). */
  downloadArtifact(repo: Repo, artifactId: number): Promise<Buffer>;
  /** Git data API (config-pr --sign): a blob of the bytes; its sha. */
  createBlob(repo: Repo, content: Buffer): Promise<string>;
  /** A tree: base_tree with these paths set (sha) or removed (null); its sha. */
  createTree(repo: Repo, baseTree: string, entries: TreeEntry[]): Promise<string>;
  /** A commit with no author or committer given, so GitHub makes and signs it as the token's identity. */
  createCommit(repo: Repo, commit: { message: string; tree: string; parents: string[] }): Promise<MadeCommit>;
  /** Points branch at sha: created when absent, else moved (force: the branch is config-pr's own, checked before). */
  setBranch(repo: Repo, branch: string, sha: string, exists: boolean): Promise<void>;
}

export interface TreeEntry {
  path: string;
  mode: '100644' | '100755';
  /** null: the path is removed. */
  sha: string | null;
}

export interface MadeCommit {
  sha: string;
  tree: string;
  committerEmail: string;
  verified: boolean;
}

interface HttpErrorLike {
  status?: number;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

const header = (err: unknown, name: string): string | undefined => {
  const v = (err as HttpErrorLike).response?.headers?.[name];
  return v === undefined ? undefined : String(v);
};

/** A secondary rate limit GitHub sent without retry-after: only its message says so (read, never shown). */
function isSecondaryLimit(err: unknown): boolean {
  const data = (err as HttpErrorLike).response?.data as { message?: unknown } | undefined;
  return typeof data?.message === 'string' && /secondary rate limit/i.test(data.message);
}

/** The wait GitHub asks for: retry-after seconds, until x-ratelimit-reset when none are left, a minute for a bare secondary limit. */
export function retryAfterMs(err: unknown, now: number = Date.now()): number {
  const after = Number(header(err, 'retry-after'));
  if (Number.isFinite(after) && after > 0) return after * 1000;
  if ((err as HttpErrorLike).status === 403 && isSecondaryLimit(err)) return 60_000;
  if (header(err, 'x-ratelimit-remaining') === '0') {
    const reset = Number(header(err, 'x-ratelimit-reset'));
    if (Number.isFinite(reset)) return Math.max(0, reset * 1000 - now);
  }
  return 0;
}

/** What kind of failure a GitHub API error is. */
export function gitHubKind(err: unknown): { kind: ErrorKind; code: string } {
  const status = (err as HttpErrorLike).status;
  // Octokit reports a failed fetch (refused, reset) as a 500 without a response: the cause tells which.
  if (typeof status !== 'number' || (status === 500 && !(err as HttpErrorLike).response)) {
    const c = classify(err);
    return { kind: c.kind, code: c.code };
  }
  const code = `HTTP ${status}`;
  if (
    status === 429 ||
    (status === 403 && (header(err, 'retry-after') !== undefined || header(err, 'x-ratelimit-remaining') === '0' || isSecondaryLimit(err)))
  )
    return { kind: 'throttling', code };
  if (status >= 500) return { kind: 'server', code };
  if (status === 401) return { kind: 'bad-credentials', code };
  if (status === 403) return { kind: 'denied', code };
  if (status === 404) return { kind: 'not-found', code };
  if (status === 422 || status === 400) return { kind: 'invalid', code };
  return { kind: 'other', code };
}

/** For a 422: the error codes GitHub lists (missing_field, already_exists, ...), never its free text. */
function validationCodes(err: unknown): string {
  const errors = ((err as HttpErrorLike).response?.data as { errors?: Array<{ code?: unknown; field?: unknown }> } | undefined)?.errors;
  if (!Array.isArray(errors)) return '';
  const codes = errors.map((e) => [e.field, e.code].filter((x) => typeof x === 'string').join(' ')).filter(Boolean);
  return codes.length ? `: ${[...new Set(codes)].join(', ')}` : '';
}

/** Operations that only read: their 404 is about what they read, and the token needs only read scopes. */
const READS = ['get ', 'download ', 'list artifacts ', 'list pull requests of commit '];

function needsOf(operation: string): string {
  if (operation.startsWith('comment')) return 'pull-requests: write';
  if (/run|artifact/.test(operation)) return 'actions: read';
  if (operation.startsWith('list pull requests of commit')) return 'contents: read and pull-requests: read';
  if (READS.some((r) => operation.startsWith(r))) return 'contents: read';
  return 'contents: write and pull-requests: write';
}

type RawRun = {
  id: number;
  run_attempt?: number;
  path: string;
  event: string;
  head_branch: string | null;
  status: string | null;
  conclusion: string | null;
  html_url: string;
  repository: { full_name: string };
  head_repository?: { full_name?: string } | null;
};
const runOf = (r: RawRun): WorkflowRun => ({
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

export function createGitHub(options: GitHubClientOptions): GitHubClient {
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  const octokit = getOctokit(options.token, { baseUrl: apiUrl, request: { retries: 0 } });
  const policy = retryPolicy(options.retry);

  const call = <T>(operation: string, repo: Repo, fn: () => Promise<T>): Promise<T> => {
    const where = `GitHub API ${apiUrl}`;
    const on = `${operation} on ${repo.owner}/${repo.repo}`;
    return withRetry(
      operation,
      async () => {
        try {
          return await fn();
        } catch (err) {
          const { kind, code } = gitHubKind(err);
          throw isRetryable(kind)
            ? new ServiceFailedError(`${where}: ${on} failed (${code})`, kind, code, { cause: err })
            : describe(err, kind, code);
        }
      },
      policy,
      {
        onRetry: options.onRetry,
        onFatal: (err) => err,
        delayFloorMs: (err) => retryAfterMs((err as Error).cause),
        onExhausted: ({ attempts, elapsedMs, kind, code, last }) =>
          new ServiceFailedError(
            `${where}: ${on} still failing after ${attempts} attempts over ${Math.round(elapsedMs / 1000)}s (${kind}: ${code}); the retry budget is spent`,
            'exhausted',
            code,
            { cause: last },
          ),
      },
    );

    function describe(err: unknown, kind: ErrorKind, code: string): Error {
      const line = ((): string => {
        switch (kind) {
          case 'bad-credentials':
            return `${where} rejected the token (${code}); check ${opt('token')} (or GITHUB_TOKEN)`;
          case 'denied':
            return `${where} denied ${on} (${code}); the token needs ${needsOf(operation)} on ${repo.owner}/${repo.repo}`;
          case 'not-found':
            return operation.startsWith('comment')
              ? `${where}: ${on} found no such pull request (${code}), or the token cannot see it; check ${opt('pull-request')}, ${opt('repository')} and the token`
              : READS.some((r) => operation.startsWith(r))
                ? `${where}: ${on} found nothing (${code}), or the token cannot see it; check the commit or run id, ${opt('repository')} and the token (${needsOf(operation)})`
                : `${repo.owner}/${repo.repo} not found at ${where} (${code}), or the token cannot see it; check ${opt('repository')}, ${opt('github-api-url')} and the token`;
          case 'invalid':
            return `${where} refused ${on} as invalid (${code}${validationCodes(err)}); check the branch, base, labels and reviewers`;
          case 'unreachable':
            return `${where} is unreachable (${code}); check ${opt('github-api-url')} and the network`;
          default:
            return `${where}: ${on} failed (${code})`;
        }
      })();
      return kind === 'other'
        ? new ServiceFailedError(line, kind, code, { cause: err })
        : new ServiceInputError(line, kind, code, { cause: err });
    }
  };

  type Raw = {
    number: number;
    html_url: string;
    title: string;
    body?: string | null;
    draft?: boolean;
    labels?: Array<{ name?: string } | string>;
  };
  const pullOf = (p: Raw): PullRequest => ({
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
      const { data } = await call('list pull requests', repo, () =>
        octokit.rest.pulls.list({
          owner: repo.owner,
          repo: repo.repo,
          state: 'open',
          head: `${repo.owner}:${branch}`,
          ...(base ? { base } : {}),
          per_page: 10,
        }),
      );
      const first = data[0];
      return first ? pullOf(first as Raw) : null;
    },
    async createPull(repo, p) {
      const { data } = await call('create pull request', repo, () =>
        octokit.rest.pulls.create({
          owner: repo.owner,
          repo: repo.repo,
          head: p.branch,
          base: p.base,
          title: p.title,
          body: p.body,
          draft: p.draft,
          maintainer_can_modify: false,
        }),
      );
      return pullOf(data as Raw);
    },
    async updatePull(repo, number, change) {
      const { data } = await call('update pull request', repo, () =>
        octokit.rest.pulls.update({ owner: repo.owner, repo: repo.repo, pull_number: number, title: change.title, body: change.body }),
      );
      return pullOf(data as Raw);
    },
    async addLabels(repo, number, labels) {
      if (labels.length === 0) return;
      await call('add labels', repo, () =>
        octokit.rest.issues.addLabels({ owner: repo.owner, repo: repo.repo, issue_number: number, labels }),
      );
    },
    async requestReviewers(repo, number, reviewers, teamReviewers) {
      if (reviewers.length === 0 && teamReviewers.length === 0) return;
      await call('request reviewers', repo, () =>
        octokit.rest.pulls.requestReviewers({
          owner: repo.owner,
          repo: repo.repo,
          pull_number: number,
          reviewers,
          team_reviewers: teamReviewers,
        }),
      );
    },
    async createComment(repo, number, body) {
      const { data } = await call('comment on pull request', repo, () =>
        octokit.rest.issues.createComment({ owner: repo.owner, repo: repo.repo, issue_number: number, body }),
      );
      return data.html_url;
    },
    async tagCommit(repo, tag) {
      const found = await call('get tag', repo, () =>
        octokit.rest.git.getRef({ owner: repo.owner, repo: repo.repo, ref: `tags/${tag}` }),
      ).catch((err: unknown) => {
        if (err instanceof ServiceInputError && err.kind === 'not-found') return null;
        throw err;
      });
      if (!found) return null;
      let object = found.data.object;
      // An annotated tag is an object of its own; a tag of a tag is followed too, a few levels at most.
      for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
        const { data } = await call('get tag', repo, () =>
          octokit.rest.git.getTag({ owner: repo.owner, repo: repo.repo, tag_sha: object.sha }),
        );
        object = data.object;
      }
      return object.type === 'commit' ? object.sha : null;
    },
    async defaultBranch(repo) {
      const { data } = await call('get repository', repo, () => octokit.rest.repos.get({ owner: repo.owner, repo: repo.repo }));
      return data.default_branch;
    },
    async commitMessage(repo, sha) {
      const { data } = await call(`get commit ${sha}`, repo, () =>
        octokit.rest.git.getCommit({ owner: repo.owner, repo: repo.repo, commit_sha: sha }),
      );
      return data.message;
    },
    async pullsOfCommit(repo, sha) {
      const { data } = await call(`list pull requests of commit ${sha}`, repo, () =>
        octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: repo.owner, repo: repo.repo, commit_sha: sha, per_page: 10 }),
      );
      return data.map((p) => ({ number: p.number, url: p.html_url }));
    },
    async workflowRun(repo, runId, attempt) {
      const { data } = await call(`get workflow run ${runId} attempt ${attempt}`, repo, () =>
        octokit.rest.actions.getWorkflowRunAttempt({
          owner: repo.owner,
          repo: repo.repo,
          run_id: runId,
          attempt_number: attempt,
          exclude_pull_requests: true,
        }),
      );
      return runOf(data as RawRun);
    },
    async latestWorkflowRun(repo, runId) {
      const { data } = await call(`get workflow run ${runId}`, repo, () =>
        octokit.rest.actions.getWorkflowRun({ owner: repo.owner, repo: repo.repo, run_id: runId, exclude_pull_requests: true }),
      );
      return runOf(data as RawRun);
    },
    async runArtifacts(repo, runId, name) {
      const { data } = await call(`list artifacts of run ${runId}`, repo, () =>
        octokit.rest.actions.listWorkflowRunArtifacts({ owner: repo.owner, repo: repo.repo, run_id: runId, name, per_page: 100 }),
      );
      return data.artifacts
        .filter((a) => a.name === name)
        .map((a) => ({
          id: a.id,
          name: a.name,
          sizeInBytes: a.size_in_bytes,
          expired: a.expired,
          digest: (a as { digest?: string | null }).digest ?? null,
        }));
    },
    async downloadArtifact(repo, artifactId) {
      const { data } = await call(`download artifact ${artifactId}`, repo, () =>
        octokit.rest.actions.downloadArtifact({ owner: repo.owner, repo: repo.repo, artifact_id: artifactId, archive_format: 'zip' }),
      );
      return Buffer.from(data as ArrayBuffer);
    },
    async createBlob(repo, content) {
      const { data } = await call('create blob', repo, () =>
        octokit.rest.git.createBlob({ owner: repo.owner, repo: repo.repo, content: content.toString('base64'), encoding: 'base64' }),
      );
      return data.sha;
    },
    async createTree(repo, baseTree, entries) {
      const { data } = await call('create tree', repo, () =>
        octokit.rest.git.createTree({
          owner: repo.owner,
          repo: repo.repo,
          base_tree: baseTree,
          tree: entries.map((e) => ({ path: e.path, mode: e.mode, type: 'blob' as const, sha: e.sha })),
        }),
      );
      return data.sha;
    },
    async createCommit(repo, commit) {
      const { data } = await call('create commit', repo, () =>
        octokit.rest.git.createCommit({
          owner: repo.owner,
          repo: repo.repo,
          message: commit.message,
          tree: commit.tree,
          parents: commit.parents,
        }),
      );
      return {
        sha: data.sha,
        tree: data.tree.sha,
        committerEmail: data.committer.email ?? '',
        verified: data.verification?.verified === true,
      };
    },
    async setBranch(repo, branch, sha, exists) {
      if (exists)
        await call('update branch', repo, () =>
          octokit.rest.git.updateRef({ owner: repo.owner, repo: repo.repo, ref: `heads/${branch}`, sha, force: true }),
        );
      else
        await call('create branch', repo, () =>
          octokit.rest.git.createRef({ owner: repo.owner, repo: repo.repo, ref: `refs/heads/${branch}`, sha }),
        );
    },
  };
}
