/**
 * GitHub's REST API as a local HTTP server on 127.0.0.1, for the endpoints
 * config-pr uses. Every request and every response is checked against
 * GitHub's published OpenAPI description (@octokit/openapi): the operation
 * found by method and path, query parameters against its parameters, the
 * body against its requestBody schema, the answer against the response
 * schema for its status. A mismatch is recorded (tests assert none) and the
 * request is answered 422, so the fake cannot drift from the real API.
 * Responses are built from the schema itself (every required field, with a
 * plausible value), then given the fields the test cares about.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Schema = Record<string, unknown>;
type Json = unknown;

const require = createRequire(import.meta.url);
const SPEC_FILE = require.resolve('@octokit/openapi/generated/api.github.com.json');
let specCache: Schema | null = null;
function spec(): Schema {
  specCache ??= JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as Schema;
  return specCache;
}

let ajvCache: Ajv | null = null;
function ajv(): Ajv {
  if (ajvCache) return ajvCache;
  const a = new Ajv({ strict: false, allErrors: true, validateFormats: true, discriminator: false });
  const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
  (addFormats as unknown as (a: Ajv) => void)(a);
  // GitHub's own format for owner/name.
  a.addFormat('repo.nwo', /^[^/]+\/[^/]+$/);
  a.addSchema(spec(), 'gh');
  ajvCache = a;
  return a;
}
const validators = new Map<string, ValidateFunction>();
function validatorFor(pointer: string): ValidateFunction {
  let v = validators.get(pointer);
  if (!v) {
    v = ajv().compile({ $ref: `gh#${pointer}` });
    validators.set(pointer, v);
  }
  return v;
}

const esc = (s: string) => s.replaceAll('~', '~0').replaceAll('/', '~1');

function resolve(node: Json): Schema {
  let cur = node as Schema;
  while (cur && typeof cur.$ref === 'string') {
    cur = (cur.$ref as string)
      .slice(2)
      .split('/')
      .reduce<Json>((o, k) => (o as Schema)[k.replaceAll('~1', '/').replaceAll('~0', '~')], spec()) as Schema;
  }
  return cur;
}

/** A value that satisfies schema: required properties only, the first choice of a union. */
export function sample(schemaNode: Json, depth = 0): Json {
  const s = resolve(schemaNode);
  if (depth > 12) return null;
  for (const k of ['allOf'] as const) {
    if (Array.isArray(s[k])) return Object.assign({}, ...(s[k] as Json[]).map((x) => sample(x, depth + 1) as object));
  }
  for (const k of ['anyOf', 'oneOf'] as const) if (Array.isArray(s[k])) return sample((s[k] as Json[])[0], depth + 1);
  if (Array.isArray(s.enum)) return (s.enum as Json[]).find((x) => x !== null) ?? null;
  const type = Array.isArray(s.type) ? (s.type as string[]).find((t) => t !== 'null') : (s.type as string | undefined);
  switch (type) {
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, Json>;
      return Object.fromEntries(((s.required ?? []) as string[]).map((k) => [k, sample(props[k] ?? {}, depth + 1)]));
    }
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : 1;
    case 'boolean':
      return false;
    case 'string':
      if (s.format === 'date-time') return '2026-01-01T00:00:00Z';
      if (s.format === 'uri' || s.format === 'url') return 'https://github.example/x';
      if (s.format === 'email') return 'someone@example.com';
      if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      return 'x';
    default:
      return s.nullable ? null : {};
  }
}

interface Operation {
  method: string;
  template: string;
  regex: RegExp;
  op: Schema;
}

function findOperation(method: string, pathname: string): Operation | null {
  const paths = spec().paths as Record<string, Record<string, Schema>>;
  for (const [template, item] of Object.entries(paths)) {
    const op = item[method.toLowerCase()];
    if (!op) continue;
    const regex = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}|\{[^}]+\}/g, '[^/]+')}$`);
    if (regex.test(pathname)) return { method, template, regex, op };
  }
  return null;
}

export interface PullState {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  draft: boolean;
  head: string;
  base: string;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
}

export interface CommentState {
  issue: number;
  body: string;
}

/** A workflow run attempt as the fake answers it (the fields the finish checks). */
export interface RunState {
  id: number;
  attempt: number;
  path: string;
  event: string;
  headBranch: string | null;
  status: 'completed' | 'in_progress';
  conclusion: string | null;
  /** owner/name; default the fake's repository. */
  repository?: string;
  headRepository?: string;
}

export interface ArtifactState {
  id: number;
  runId: number;
  name: string;
  zip: Buffer;
  expired?: boolean;
  /** sha256:<hex> as GitHub lists it; absent: not listed. */
  digest?: string;
}

export interface ApiCall {
  method: string;
  path: string;
  operation: string;
  body: Json;
}

/** A tag in the fake: lightweight (straight to its commit) or annotated (a tag object of its own). */
export interface TagState {
  commit: string;
  annotated?: boolean;
}

export interface FakeGitHub {
  url: string;
  pulls: PullState[];
  /** Tags by name, of any repository the fake is asked about. */
  tags: Map<string, TagState>;
  comments: CommentState[];
  calls: ApiCall[];
  mismatches: string[];
  /** Commit messages by sha (GET git/commits). */
  commits: Map<string, string>;
  runs: RunState[];
  artifacts: ArtifactState[];
  defaultBranch: string;
  /** Answers the next n requests with this status (and headers), before any handler runs. */
  failNext(status: number, headers?: Record<string, string>, n?: number, message?: string): void;
  /** Answers every request to this operation ("POST /repos/{owner}/{repo}/pulls") with this status. */
  failOn(operation: string, status: number): void;
  close(): Promise<void>;
}

/** One operation's answer: m is the path's trailing number (a pull request's), pathname the request's path. */
export type FakeHandler = (
  m: RegExpMatchArray,
  query: URLSearchParams,
  body: Record<string, Json>,
  pathname: string,
) => { status: number; body: Json; headers?: Record<string, string> };

/** handlers: more operations answered, by "METHOD /template" (github-git-data.ts: the git data API on a real repository). */
export async function startFakeGitHub(options: {
  token: string;
  owner: string;
  repo: string;
  handlers?: Record<string, FakeHandler>;
}): Promise<FakeGitHub> {
  const pulls: PullState[] = [];
  const comments: CommentState[] = [];
  const calls: ApiCall[] = [];
  const mismatches: string[] = [];
  const failures: Array<{ status: number; headers: Record<string, string>; message?: string }> = [];
  const failing = new Map<string, number>();
  const commits = new Map<string, string>();
  const runs: RunState[] = [];
  const artifacts: ArtifactState[] = [];
  const state = { defaultBranch: 'main' };
  let url = '';
  const full = `${options.owner}/${options.repo}`;
  const notFound = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com' } };
  const schema = (name: string) => sample(resolve({ $ref: `#/components/schemas/${name}` })) as Record<string, Json>;
  const repoJson = (name: string, fullName: string) => ({
    ...schema(name),
    name: fullName.split('/')[1],
    full_name: fullName,
    default_branch: state.defaultBranch,
  });
  const runJson = (r: RunState): Json => ({
    ...schema('workflow-run'),
    id: r.id,
    run_attempt: r.attempt,
    path: r.path,
    event: r.event,
    head_branch: r.headBranch,
    status: r.status,
    conclusion: r.conclusion,
    html_url: `https://github.example/${full}/actions/runs/${r.id}`,
    repository: repoJson('minimal-repository', r.repository ?? full),
    head_repository: repoJson('minimal-repository', r.headRepository ?? r.repository ?? full),
  });
  const tags = new Map<string, TagState>();
  // An annotated tag's object sha, made from its name so a lookup can find it again.
  const tagObjectSha = (name: string) => Buffer.from(name.padEnd(20, '.').slice(0, 20)).toString('hex');
  const gitObject = (type: string, sha: string) => ({ type, sha, url: `${url}/git/${type}s/${sha}` });

  const pullJson = (p: PullState, pointer: string): Json => {
    const base = sample(resolve({ $ref: `#${pointer}` })) as Record<string, Json>;
    const html = `https://github.example/${options.owner}/${options.repo}/pull/${p.number}`;
    const ref = (branch: string) => ({ ...(base.head as object), ref: branch, label: `${options.owner}:${branch}` });
    return {
      ...base,
      number: p.number,
      html_url: html,
      url: `${url}/repos/${options.owner}/${options.repo}/pulls/${p.number}`,
      title: p.title,
      body: p.body,
      state: p.state,
      draft: p.draft,
      head: ref(p.head),
      base: ref(p.base),
      labels: p.labels.map((name, i) => ({ ...(sample({ $ref: '#/components/schemas/label' }) as object), id: i + 1, name })),
    };
  };

  const handlers: Record<string, FakeHandler> = {
    ...options.handlers,
    'GET /repos/{owner}/{repo}/git/ref/{ref}': (_m, _q, _b, pathname) => {
      const name = decodeURIComponent(pathname).split('/git/ref/tags/')[1] ?? '';
      const tag = tags.get(name);
      if (!tag) return notFound;
      const object = tag.annotated ? gitObject('tag', tagObjectSha(name)) : gitObject('commit', tag.commit);
      return { status: 200, body: { ref: `refs/tags/${name}`, node_id: 'REF_1', url: `${url}${pathname}`, object } };
    },
    'GET /repos/{owner}/{repo}/git/tags/{tag_sha}': (_m, _q, _b, pathname) => {
      const sha = pathname.split('/').pop()!;
      const name = [...tags.keys()].find((n) => tags.get(n)!.annotated && tagObjectSha(n) === sha);
      if (!name) return notFound;
      const base = sample(resolve({ $ref: '#/components/schemas/git-tag' })) as Record<string, Json>;
      return {
        status: 200,
        body: { ...base, sha, tag: name, url: `${url}${pathname}`, object: gitObject('commit', tags.get(name)!.commit) },
      };
    },
    'GET /repos/{owner}/{repo}': () => ({ status: 200, body: repoJson('full-repository', full) }),
    'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': (_m, _q, _b, p) => {
      const sha = p.split('/').at(-1)!;
      const message = commits.get(sha);
      if (message === undefined) return notFound;
      return { status: 200, body: { ...schema('git-commit'), sha, message } };
    },
    'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': (_m, _q, _b, p) => {
      const sha = p.split('/').at(-2)!;
      // The fake's pull requests carry the commits config-pr pushed; a commit it was told about belongs to the first.
      const list = commits.has(sha) && pulls[0] ? [pulls[0]] : [];
      return { status: 200, body: list.map((x) => pullJson(x, '/components/schemas/pull-request-simple')) };
    },
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}': (_m, _q, _b, p) => {
      const id = Number(p.split('/').at(-1));
      const latest = runs.filter((r) => r.id === id).sort((a, b) => b.attempt - a.attempt)[0];
      return latest ? { status: 200, body: runJson(latest) } : notFound;
    },
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}': (_m, _q, _b, p) => {
      const parts = p.split('/');
      const r = runs.find((x) => x.id === Number(parts.at(-3)) && x.attempt === Number(parts.at(-1)));
      return r ? { status: 200, body: runJson(r) } : notFound;
    },
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': (_m, q, _b, p) => {
      const id = Number(p.split('/').at(-2));
      const list = artifacts.filter((a) => a.runId === id && (!q.get('name') || a.name === q.get('name')));
      return {
        status: 200,
        body: {
          total_count: list.length,
          artifacts: list.map((a) => ({
            ...schema('artifact'),
            id: a.id,
            name: a.name,
            size_in_bytes: a.zip.length,
            expired: a.expired === true,
            archive_download_url: `${url}/repos/${full}/actions/artifacts/${a.id}/zip`,
            ...(a.digest ? { digest: a.digest } : {}),
            workflow_run: { id: a.runId, repository_id: 1, head_repository_id: 1, head_branch: 'main', head_sha: 'x' },
          })),
        },
      };
    },
    'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': (_m, _q, _b, p) => {
      const a = artifacts.find((x) => x.id === Number(p.split('/').at(-2)));
      if (!a) return { status: 410, body: { message: 'Gone', documentation_url: 'https://docs.github.com' } };
      // As GitHub does: a redirect to the storage holding the zip (served below, outside the API).
      return { status: 302, body: undefined, headers: { location: `${url}/_storage/artifact-${a.id}.zip` } };
    },
    'GET /repos/{owner}/{repo}/pulls': (_m, q) => {
      const [owner, branch] = (q.get('head') ?? ':').split(':');
      const list = pulls.filter(
        (p) =>
          (q.get('state') ?? 'open') === p.state &&
          (!q.get('head') || (owner === options.owner && p.head === branch)) &&
          (!q.get('base') || p.base === q.get('base')),
      );
      return { status: 200, body: list.map((p) => pullJson(p, '/components/schemas/pull-request-simple')) };
    },
    'POST /repos/{owner}/{repo}/pulls': (_m, _q, b) => {
      if (pulls.some((p) => p.state === 'open' && p.head === b.head && p.base === b.base))
        return {
          status: 422,
          body: {
            message: 'Validation Failed',
            documentation_url: 'https://docs.github.com',
            errors: [{ resource: 'PullRequest', code: 'custom' }],
          },
        };
      const p: PullState = {
        number: pulls.length + 1,
        title: String(b.title),
        body: String(b.body ?? ''),
        state: 'open',
        draft: b.draft === true,
        head: String(b.head),
        base: String(b.base),
        labels: [],
        reviewers: [],
        teamReviewers: [],
      };
      pulls.push(p);
      return { status: 201, body: pullJson(p, '/components/schemas/pull-request') };
    },
    'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': (m, _q, b) => {
      const p = pulls.find((x) => x.number === Number(m[1]));
      if (!p) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com' } };
      if (typeof b.title === 'string') p.title = b.title;
      if (typeof b.body === 'string') p.body = b.body;
      return { status: 200, body: pullJson(p, '/components/schemas/pull-request') };
    },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': (m, _q, b) => {
      const p = pulls.find((x) => x.number === Number(m[1]))!;
      for (const l of (b.labels ?? []) as string[]) if (!p.labels.includes(l)) p.labels.push(l);
      return {
        status: 200,
        body: p.labels.map((name, i) => ({ ...(sample({ $ref: '#/components/schemas/label' }) as object), id: i + 1, name })),
      };
    },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (m, _q, b) => {
      const issue = Number(m[1]);
      if (!pulls.some((x) => x.number === issue))
        return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com' } };
      comments.push({ issue, body: String(b.body) });
      const id = comments.length;
      const base = sample(resolve({ $ref: '#/components/schemas/issue-comment' })) as Record<string, Json>;
      return {
        status: 201,
        body: {
          ...base,
          id,
          body: String(b.body),
          html_url: `https://github.example/${options.owner}/${options.repo}/pull/${issue}#issuecomment-${id}`,
          url: `${url}/repos/${options.owner}/${options.repo}/issues/comments/${id}`,
        },
      };
    },
    'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': (m, _q, b) => {
      const p = pulls.find((x) => x.number === Number(m[1]))!;
      p.reviewers.push(...((b.reviewers ?? []) as string[]));
      p.teamReviewers.push(...((b.team_reviewers ?? []) as string[]));
      return { status: 201, body: pullJson(p, '/components/schemas/pull-request-simple') };
    },
  };

  const check = (what: string, pointer: string, value: Json) => {
    const v = validatorFor(pointer);
    if (!v(value)) mismatches.push(`${what}: ${ajv().errorsText(v.errors, { separator: '; ' })}`);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      const send = (status: number, body: Json, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(body === undefined ? '' : JSON.stringify(body));
      };
      // Artifact storage, where a download redirects: not the API, so not in its description.
      const stored = /^\/_storage\/artifact-(\d+)\.zip$/.exec(u.pathname);
      if (stored) {
        const a = artifacts.find((x) => x.id === Number(stored[1]));
        if (!a) return send(404, { message: 'Not Found' });
        res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.zip.length) });
        return res.end(a.zip);
      }
      const found = findOperation(req.method ?? 'GET', u.pathname);
      const name = `${req.method} ${found?.template ?? u.pathname}`;
      const text = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, Json> = {};
      try {
        body = text ? (JSON.parse(text) as Record<string, Json>) : {};
      } catch {
        mismatches.push(`${name}: request body is not JSON`);
      }
      calls.push({ method: req.method ?? '', path: u.pathname + u.search, operation: name, body });
      if (!found) {
        mismatches.push(`${req.method} ${u.pathname}: no such operation in the OpenAPI description`);
        return send(404, { message: 'Not Found' });
      }
      if (!/^(token|Bearer) /.test(req.headers.authorization ?? '') || !(req.headers.authorization ?? '').endsWith(` ${options.token}`)) {
        return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      }
      const opPointer = `/paths/${esc(found.template)}/${found.method.toLowerCase()}`;
      // Query parameters must be ones the operation declares, with values its schemas allow.
      const params = ((found.op.parameters ?? []) as Json[]).map(resolve);
      for (const [k, v] of u.searchParams) {
        const p = params.find((x) => x.in === 'query' && x.name === k);
        if (!p) mismatches.push(`${name}: query parameter ${k} is not declared`);
        else {
          const schema = resolve(p.schema);
          const value =
            schema.type === 'integer' ? Number(v) : schema.type === 'boolean' && (v === 'true' || v === 'false') ? v === 'true' : v;
          const vf = ajv().compile(schema);
          if (!vf(value)) mismatches.push(`${name}: query ${k}=${v}: ${ajv().errorsText(vf.errors)}`);
        }
      }
      const rb = found.op.requestBody as Schema | undefined;
      if (rb) check(`${name} request body`, `${opPointer}/requestBody/content/application~1json/schema`, body);
      else if (text) mismatches.push(`${name}: a body where the operation takes none`);
      const failure = failures.shift() ?? (failing.has(name) ? { status: failing.get(name)!, headers: {} } : undefined);
      if (failure)
        return send(
          failure.status,
          { message: failure.message ?? 'injected failure', documentation_url: 'https://docs.github.com' },
          failure.headers,
        );
      const key = Object.keys(handlers).find((k) => k === `${req.method} ${found.template}`);
      if (!key) {
        mismatches.push(`${name}: not answered by this fake`);
        return send(501, { message: 'not implemented here' });
      }
      const m = u.pathname.match(/\/(\d+)(?:\/[a-z_]+)?$/) ?? ([] as unknown as RegExpMatchArray);
      const out = handlers[key]!(m, u.searchParams, body, u.pathname);
      const responses = found.op.responses as Record<string, Schema>;
      if (!responses[String(out.status)]) mismatches.push(`${name}: status ${out.status} is not one the operation answers`);
      else if (resolve(responses[String(out.status)]).content) {
        // A shared response (components/responses/not_found) is a $ref: its schema is under the target, not under the operation.
        const ref = responses[String(out.status)]!.$ref;
        const at = typeof ref === 'string' ? ref.slice(1) : `${opPointer}/responses/${out.status}`;
        check(`${name} response ${out.status}`, `${at}/content/application~1json/schema`, out.body);
      }
      send(out.status, out.body, out.headers);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    get url() {
      return url;
    },
    pulls,
    tags,
    comments,
    calls,
    mismatches,
    commits,
    runs,
    artifacts,
    get defaultBranch() {
      return state.defaultBranch;
    },
    set defaultBranch(b: string) {
      state.defaultBranch = b;
    },
    failNext(status, headers = {}, n = 1, message) {
      for (let i = 0; i < n; i++) failures.push({ status, headers, ...(message ? { message } : {}) });
    },
    failOn(operation, status) {
      failing.set(operation, status);
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        // Octokit's fetch keeps connections alive; they must not hold the test run open.
        server.closeAllConnections();
      }),
  };
}
