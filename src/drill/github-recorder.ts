/**
 * Where the drill points GITHUB_API_URL: a recorder on 127.0.0.1 for the
 * few calls preflight, config-pr and a finish make (list, create and update
 * a pull request, labels, reviewers, a comment; the repository's default
 * branch, a commit's message and pull requests, a workflow run, its
 * artifacts and their zip) and the environment check (the stage's
 * environment, protected as the drill's gate is). Nothing reaches GitHub:
 * each pull request body and comment is written to a file, and the drill
 * shows the API as not called. The branch itself is really pushed, to the
 * local origin; commits are read from it, runs are the drill's own,
 * artifacts its folders.
 */
import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { recordFiles } from '../record/digest.js';
import { writeZip } from '../record/zip.js';

const exec = promisify(execFile);

/** A run of the drill, as GitHub's API describes a workflow run. */
export interface RecordedRun {
  id: number;
  attempt: number;
  /** .github/workflows/<file> */
  path: string;
  event: string;
  headBranch: string;
  conclusion: 'success' | 'failure';
}

export interface RecorderWorld {
  /** The bare origin: commit messages are read from it. */
  origin: string;
  defaultBranch: string;
  /** upload-artifact's folders (artifacts/<name>/), as the drill keeps them. */
  artifacts: string;
}

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
  /** The drill's finished runs, for the finish's run lookup. */
  runs: RecordedRun[];
  stop(): Promise<void>;
}

export async function startGitHubRecorder(dir: string, repository: string, world: RecorderWorld): Promise<GitHubRecorder> {
  const runs: RecordedRun[] = [];
  /** Artifact ids handed out, by name. */
  const artifactIds: string[] = [];
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
        const answered = await answerRunsAndCommits(url, res);
        if (answered) return;
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
            protection_rules: [
              {
                id: 1,
                node_id: 'GA_1',
                type: 'required_reviewers',
                prevent_self_review: true,
                reviewers: [{ type: 'User', reviewer: { login: 'drill-approver' } }],
              },
            ],
            deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
          });
        }
        if (pullPath && !pullPath[1] && req.method === 'GET') {
          const head = (url.searchParams.get('head') ?? '').split(':').pop();
          return send(
            200,
            pulls.filter((p) => p.head === head).map((p) => pullJson(p, bodies.get(p.number) ?? '')),
          );
        }
        if (pullPath && !pullPath[1] && req.method === 'POST') {
          const p: RecordedPull = {
            number: pulls.length + 1,
            head: String(body.head),
            base: String(body.base),
            title: String(body.title),
            body: String(body.body ?? ''),
            bodyFile: path.join(dir, `pull-request-${pulls.length + 1}.md`),
          };
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
          return send(
            200,
            ((body.labels as string[] | undefined) ?? []).map((name, i) => ({ id: i + 1, name })),
          );
        }
        if (issuePath && req.method === 'POST' && issuePath[2] === 'comments') {
          const file = path.join(dir, `comment-${issuePath[1]}-${comments.length + 1}.md`);
          comments.push({ number: Number(issuePath[1]), file });
          await writeFile(file, `${String(body.body ?? '')}\n`);
          return send(201, {
            id: comments.length,
            html_url: `${htmlUrl(Number(issuePath[1]))}#comment-${comments.length}`,
            body: body.body,
          });
        }
        send(404, { message: `the drill's GitHub recorder does not answer ${req.method} ${url.pathname}` });
      })().catch((err: Error) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: err.message }));
      });
    });
  });
  const repoJson = () => ({ name: repository.split('/')[1], full_name: repository, default_branch: world.defaultBranch });
  const runJson = (r: RecordedRun) => ({
    id: r.id,
    run_attempt: r.attempt,
    path: r.path,
    event: r.event,
    head_branch: r.headBranch,
    status: 'completed',
    conclusion: r.conclusion,
    html_url: `https://github.com/${repository}/actions/runs/${r.id}`,
    repository: repoJson(),
    head_repository: repoJson(),
  });
  const artifactJson = async (name: string) => {
    const folder = path.join(world.artifacts, name);
    if (!(await stat(folder).catch(() => null))?.isDirectory()) return null;
    if (!artifactIds.includes(name)) artifactIds.push(name);
    return { id: artifactIds.indexOf(name) + 1, name, size_in_bytes: (await zipOf(name)).length, expired: false };
  };
  const zipOf = async (name: string) => {
    const folder = path.join(world.artifacts, name);
    const files = await recordFiles(folder);
    return writeZip(
      await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await readFile(path.join(folder, ...f.name.split('/'))) }))),
      { deflate: true },
    );
  };

  /** The reads the finish makes; true when answered. */
  async function answerRunsAndCommits(url: URL, res: http.ServerResponse): Promise<boolean> {
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(value));
      return true;
    };
    const p = url.pathname;
    if (p === `/repos/${repository}`) return json(200, repoJson());
    let m = /^\/repos\/[^/]+\/[^/]+\/git\/commits\/([0-9a-f]{40})$/.exec(p);
    if (m) {
      const shown = await exec('git', ['--git-dir', world.origin, 'show', '-s', '--format=%B', m[1]!]).catch(() => null);
      return shown ? json(200, { sha: m[1], message: shown.stdout.replace(/\n$/, '') }) : json(404, { message: 'Not Found' });
    }
    m = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]{40})\/pulls$/.exec(p);
    if (m)
      return json(
        200,
        pulls.slice(0, 1).map((x) => pullJson(x, bodies.get(x.number) ?? '')),
      );
    m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)(?:\/attempts\/(\d+))?$/.exec(p);
    if (m) {
      const run = runs.find((r) => r.id === Number(m![1]) && (!m![2] || r.attempt === Number(m![2])));
      return run ? json(200, runJson(run)) : json(404, { message: 'Not Found' });
    }
    m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/.exec(p);
    if (m) {
      // The drill keeps one folder per artifact name, so a run's artifacts are the folders there are.
      const named = url.searchParams.get('name');
      const found = named && runs.some((r) => r.id === Number(m![1])) ? await artifactJson(named) : null;
      return json(200, { total_count: found ? 1 : 0, artifacts: found ? [found] : [] });
    }
    m = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(p);
    if (m) {
      // As GitHub does: a redirect to the storage holding the zip.
      res.writeHead(302, { location: `${recorder.url}/_storage/${m[1]}.zip` });
      res.end();
      return true;
    }
    m = /^\/_storage\/(\d+)\.zip$/.exec(p);
    if (m) {
      const name = artifactIds[Number(m[1]) - 1];
      if (!name) return json(404, { message: 'Not Found' });
      const zip = await zipOf(name);
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(zip.length) });
      res.end(zip);
      return true;
    }
    return false;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const recorder: GitHubRecorder = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pulls,
    comments,
    calls,
    runs,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return recorder;
}
