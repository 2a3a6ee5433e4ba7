/**
 * Where the drill points GITHUB_API_URL: a recorder on 127.0.0.1 for the
 * few calls config-pr and a finish make (list, create and update a pull
 * request, labels, reviewers, a comment) and the environment check (the
 * stage's environment, protected as the drill's gate is). Nothing reaches GitHub: each
 * pull request body and comment is written to a file, and the drill shows
 * the API as not called. The branch itself is really pushed, to the local
 * origin.
 */
import { writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface RecordedPull {
  number: number;
  head: string;
  base: string;
  title: string;
  /** The body as last written (the finish reads lines of it from the merged pull request's event). */
  body: string;
  bodyFile: string;
}

export interface GitHubRecorder {
  url: string;
  pulls: RecordedPull[];
  comments: { number: number; file: string }[];
  /** Every call, as "METHOD /path". */
  calls: string[];
  stop(): Promise<void>;
}

export async function startGitHubRecorder(dir: string, repository: string): Promise<GitHubRecorder> {
  const pulls: RecordedPull[] = [];
  const comments: { number: number; file: string }[] = [];
  const calls: string[] = [];
  const htmlUrl = (n: number) => `https://github.com/${repository}/pull/${n}`;
  const pullJson = (p: RecordedPull, body: string, labels: string[] = []) => ({
    id: p.number,
    node_id: `PR_${p.number}`,
    number: p.number,
    state: 'open',
    title: p.title,
    body,
    draft: false,
    html_url: htmlUrl(p.number),
    url: `${recorder.url}/repos/${repository}/pulls/${p.number}`,
    head: { ref: p.head, label: `${repository.split('/')[0]}:${p.head}` },
    base: { ref: p.base },
    labels: labels.map((name) => ({ name })),
  });
  const bodies = new Map<number, string>();

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        calls.push(`${req.method} ${url.pathname}`);
        const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
        const send = (status: number, value: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify(value));
        };
        const pullPath = /^\/repos\/[^/]+\/[^/]+\/pulls(?:\/(\d+))?(\/requested_reviewers)?$/.exec(url.pathname);
        const issuePath = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/(labels|comments)$/.exec(url.pathname);
        // The stage's environment as the drill's gate keeps it: required reviewers (the --approve answer), the default branch only.
        const environment = /^\/repos\/[^/]+\/[^/]+\/environments\/([^/]+)$/.exec(url.pathname);
        if (environment && req.method === 'GET') {
          return send(200, {
            id: 1,
            node_id: 'EN_1',
            name: decodeURIComponent(environment[1]!),
            url: `${recorder.url}${url.pathname}`,
            html_url: `https://github.com/${repository}/deployments/activity_log?environment=${environment[1]}`,
            created_at: '2026-01-01T00:00:00Z',
            updated_at: '2026-01-01T00:00:00Z',
            protection_rules: [{ id: 1, node_id: 'GA_1', type: 'required_reviewers', prevent_self_review: true, reviewers: [{ type: 'User', reviewer: { login: 'drill-approver' } }] }],
            deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
          });
        }
        if (pullPath && !pullPath[1] && req.method === 'GET') {
          const head = (url.searchParams.get('head') ?? '').split(':').pop();
          return send(200, pulls.filter((p) => p.head === head).map((p) => pullJson(p, bodies.get(p.number) ?? '')));
        }
        if (pullPath && !pullPath[1] && req.method === 'POST') {
          const p: RecordedPull = { number: pulls.length + 1, head: String(body.head), base: String(body.base), title: String(body.title), body: String(body.body ?? ''), bodyFile: path.join(dir, `pull-request-${pulls.length + 1}.md`) };
          pulls.push(p);
          bodies.set(p.number, String(body.body ?? ''));
          await writeFile(p.bodyFile, `# ${p.title}\n\n${String(body.body ?? '')}\n`);
          return send(201, pullJson(p, String(body.body ?? '')));
        }
        if (pullPath && pullPath[1] && !pullPath[2] && req.method === 'PATCH') {
          const p = pulls.find((x) => x.number === Number(pullPath[1]));
          if (!p) return send(404, { message: 'Not Found' });
          if (body.title) p.title = String(body.title);
          if (body.body !== undefined) {
            bodies.set(p.number, String(body.body));
            p.body = String(body.body);
          }
          await writeFile(p.bodyFile, `# ${p.title}\n\n${bodies.get(p.number) ?? ''}\n`);
          return send(200, pullJson(p, bodies.get(p.number) ?? ''));
        }
        if (pullPath && pullPath[2] && req.method === 'POST') {
          const p = pulls.find((x) => x.number === Number(pullPath[1]));
          return p ? send(201, pullJson(p, bodies.get(p.number) ?? '')) : send(404, { message: 'Not Found' });
        }
        if (issuePath && req.method === 'POST' && issuePath[2] === 'labels') {
          return send(200, ((body.labels as string[] | undefined) ?? []).map((name, i) => ({ id: i + 1, name })));
        }
        if (issuePath && req.method === 'POST' && issuePath[2] === 'comments') {
          const file = path.join(dir, `comment-${issuePath[1]}-${comments.length + 1}.md`);
          comments.push({ number: Number(issuePath[1]), file });
          await writeFile(file, `${String(body.body ?? '')}\n`);
          return send(201, { id: comments.length, html_url: `${htmlUrl(Number(issuePath[1]))}#comment-${comments.length}`, body: body.body });
        }
        send(404, { message: `the drill's GitHub recorder does not answer ${req.method} ${url.pathname}` });
      })().catch((err: Error) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: err.message }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const recorder: GitHubRecorder = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pulls,
    comments,
    calls,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return recorder;
}
