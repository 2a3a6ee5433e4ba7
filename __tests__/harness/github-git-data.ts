/**
 * GitHub's git data API (blobs, trees, commits, refs) for the OpenAPI-checked
 * stand-in (github-api.ts), answered by a real repository: the bare origin
 * the tests push to. A blob is `git hash-object -w`, a tree is written from
 * a scratch index on the base tree, a commit is `git commit-tree` as the
 * token's identity, a ref is `git update-ref`. So what config-pr --sign makes
 * through the API is on the origin as git would see it, and each response is
 * checked against the published schema like any other.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type FakeHandler, sample } from './github-api.js';

export interface GitDataIdentity {
  name: string;
  email: string;
}

/** The identity GitHub records for the workflow token's API commits. */
export const ACTIONS_BOT: GitDataIdentity = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

type Body = Record<string, unknown>;

export function gitDataHandlers(gitDir: string, identity: GitDataIdentity = ACTIONS_BOT): Record<string, FakeHandler> {
  const git = (args: string[], input?: Buffer | string, env: NodeJS.ProcessEnv = {}) =>
    execFileSync('git', ['--git-dir', gitDir, ...args], { input, env: { ...process.env, ...env }, encoding: 'utf8' }).trim();
  const api = 'https://api.github.example/repos/acme/events-app/git';
  const ref = (name: string, sha: string) => ({
    ...(sample({ $ref: '#/components/schemas/git-ref' }) as object),
    ref: name,
    node_id: 'REF_1',
    url: `${api}/${name}`,
    object: { type: 'commit', sha, url: `${api}/commits/${sha}` },
  });
  return {
    'POST /repos/{owner}/{repo}/git/blobs': (_m, _q, b) => {
      const sha = git(['hash-object', '-w', '--stdin'], Buffer.from(String(b.content), b.encoding === 'base64' ? 'base64' : 'utf8'));
      return { status: 201, body: { url: `${api}/blobs/${sha}`, sha } };
    },
    'POST /repos/{owner}/{repo}/git/trees': (_m, _q, b) => {
      const scratch = mkdtempSync(path.join(os.tmpdir(), 'ddbrb-index-'));
      try {
        const env = { GIT_INDEX_FILE: path.join(scratch, 'index') };
        git(['read-tree', String(b.base_tree)], undefined, env);
        for (const e of b.tree as Body[]) {
          if (e.sha === null) git(['update-index', '--force-remove', String(e.path)], undefined, env);
          else git(['update-index', '--add', '--cacheinfo', `${String(e.mode)},${String(e.sha)},${String(e.path)}`], undefined, env);
        }
        const sha = git(['write-tree'], undefined, env);
        return { status: 201, body: { sha, url: `${api}/trees/${sha}`, truncated: false, tree: [] } };
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
    'POST /repos/{owner}/{repo}/git/commits': (_m, _q, b) => {
      const who = {
        GIT_AUTHOR_NAME: identity.name,
        GIT_AUTHOR_EMAIL: identity.email,
        GIT_COMMITTER_NAME: identity.name,
        GIT_COMMITTER_EMAIL: identity.email,
      };
      const parents = (b.parents as string[]).flatMap((p) => ['-p', p]);
      const sha = git(['commit-tree', String(b.tree), ...parents, '-F', '-'], String(b.message), who);
      const person = { name: identity.name, email: identity.email, date: '2026-01-01T00:00:00Z' };
      return {
        status: 201,
        body: {
          ...(sample({ $ref: '#/components/schemas/git-commit' }) as object),
          sha,
          node_id: 'C_1',
          url: `${api}/commits/${sha}`,
          html_url: `https://github.example/acme/events-app/commit/${sha}`,
          author: person,
          committer: person,
          message: String(b.message),
          tree: { sha: String(b.tree), url: `${api}/trees/${String(b.tree)}` },
          parents: (b.parents as string[]).map((p) => ({
            sha: p,
            url: `${api}/commits/${p}`,
            html_url: `https://github.example/acme/events-app/commit/${p}`,
          })),
          verification: { verified: true, reason: 'valid', signature: null, payload: null, verified_at: '2026-01-01T00:00:00Z' },
        },
      };
    },
    'POST /repos/{owner}/{repo}/git/refs': (_m, _q, b) => {
      const name = String(b.ref);
      const exists = (() => {
        try {
          git(['rev-parse', '--verify', '--quiet', name]);
          return true;
        } catch {
          return false;
        }
      })();
      if (exists) return { status: 422, body: { message: 'Reference already exists', documentation_url: 'https://docs.github.com' } };
      git(['update-ref', name, String(b.sha)]);
      return { status: 201, body: ref(name, String(b.sha)) };
    },
    'PATCH /repos/{owner}/{repo}/git/refs/{ref}': (_m, _q, b, pathname) => {
      const name = `refs/${decodeURIComponent(pathname.split('/git/refs/')[1]!)}`;
      git(['update-ref', name, String(b.sha)]);
      return { status: 200, body: ref(name, String(b.sha)) };
    },
  };
}
