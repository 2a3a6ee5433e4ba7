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
    cur = (cur.$ref as string).slice(2).split('/').reduce<Json>((o, k) => (o as Schema)[k.replaceAll('~1', '/').replaceAll('~0', '~')], spec()) as Schema;
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

export interface ApiCall {
  method: string;
  path: string;
  operation: string;
  body: Json;
}

export interface FakeGitHub {
  url: string;
  pulls: PullState[];
  comments: CommentState[];
  calls: ApiCall[];
  mismatches: string[];
  /** Answers the next n requests with this status (and headers), before any handler runs. */
  failNext(status: number, headers?: Record<string, string>, n?: number, message?: string): void;
  /** Answers every request to this operation ("POST /repos/{owner}/{repo}/pulls") with this status. */
  failOn(operation: string, status: number): void;
  close(): Promise<void>;
}

/** One operation's answer: m is the path's trailing number (a pull request's), pathname the request's path. */
export type FakeHandler = (m: RegExpMatchArray, query: URLSearchParams, body: Record<string, Json>, pathname: string) => { status: number; body: Json };

/** handlers: more operations answered, by "METHOD /template" (github-git-data.ts: the git data API on a real repository). */
export async function startFakeGitHub(options: { token: string; owner: string; repo: string; handlers?: Record<string, FakeHandler> }): Promise<FakeGitHub> {
  const pulls: PullState[] = [];
  const comments: CommentState[] = [];
  const calls: ApiCall[] = [];
  const mismatches: string[] = [];
  const failures: Array<{ status: number; headers: Record<string, string>; message?: string }> = [];
  const failing = new Map<string, number>();
  let url = '';

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
    'GET /repos/{owner}/{repo}/pulls': (_m, q) => {
      const [owner, branch] = (q.get('head') ?? ':').split(':');
      const list = pulls.filter((p) => (q.get('state') ?? 'open') === p.state && (!q.get('head') || (owner === options.owner && p.head === branch)) && (!q.get('base') || p.base === q.get('base')));
      return { status: 200, body: list.map((p) => pullJson(p, '/components/schemas/pull-request-simple')) };
    },
    'POST /repos/{owner}/{repo}/pulls': (_m, _q, b) => {
      if (pulls.some((p) => p.state === 'open' && p.head === b.head && p.base === b.base)) return { status: 422, body: { message: 'Validation Failed', documentation_url: 'https://docs.github.com', errors: [{ resource: 'PullRequest', code: 'custom' }] } };
      const p: PullState = { number: pulls.length + 1, title: String(b.title), body: String(b.body ?? ''), state: 'open', draft: b.draft === true, head: String(b.head), base: String(b.base), labels: [], reviewers: [], teamReviewers: [] };
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
      return { status: 200, body: p.labels.map((name, i) => ({ ...(sample({ $ref: '#/components/schemas/label' }) as object), id: i + 1, name })) };
    },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (m, _q, b) => {
      const issue = Number(m[1]);
      if (!pulls.some((x) => x.number === issue)) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com' } };
      comments.push({ issue, body: String(b.body) });
      const id = comments.length;
      const base = sample(resolve({ $ref: '#/components/schemas/issue-comment' })) as Record<string, Json>;
      return {
        status: 201,
        body: { ...base, id, body: String(b.body), html_url: `https://github.example/${options.owner}/${options.repo}/pull/${issue}#issuecomment-${id}`, url: `${url}/repos/${options.owner}/${options.repo}/issues/comments/${id}` },
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
          const value = schema.type === 'integer' ? Number(v) : v;
          const vf = ajv().compile(schema);
          if (!vf(value)) mismatches.push(`${name}: query ${k}=${v}: ${ajv().errorsText(vf.errors)}`);
        }
      }
      const rb = found.op.requestBody as Schema | undefined;
      if (rb) check(`${name} request body`, `${opPointer}/requestBody/content/application~1json/schema`, body);
      else if (text) mismatches.push(`${name}: a body where the operation takes none`);
      const failure = failures.shift() ?? (failing.has(name) ? { status: failing.get(name)!, headers: {} } : undefined);
      if (failure) return send(failure.status, { message: failure.message ?? 'injected failure', documentation_url: 'https://docs.github.com' }, failure.headers);
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
      send(out.status, out.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    get url() {
      return url;
    },
    pulls,
    comments,
    calls,
    mismatches,
    failNext(status, headers = {}, n = 1, message) {
      for (let i = 0; i < n; i++) failures.push({ status, headers, ...(message ? { message } : {}) });
    },
    failOn(operation, status) {
      failing.set(operation, status);
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
