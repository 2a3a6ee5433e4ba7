/**
 * config-pr's push with the token given explicitly: the header reaches the
 * remote's HTTP requests (ls-remote, fetch, push), and nothing about it is
 * written to the repository's .git/config, so a command run later in the
 * checkout finds no credentials there.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { authHeaderEnv, createGit } from '../../src/clients/git.js';
import { type AppRepo, createAppRepo, git } from '../fixtures/app-repo.js';

const TOKEN = 'ghs_pushtoken_123';
const BASIC = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;
let repo: AppRepo;
let home: string;
let server: http.Server;
let url: string;
const seen: Array<string | undefined> = [];

beforeAll(async () => {
  repo = await createAppRepo('production');
  home = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-home-'));
  server = http.createServer((req, res) => {
    seen.push(req.headers.authorization);
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/acme/events-app.git`;
  await git(repo.dir, 'remote', 'add', 'github', url);
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await repo.cleanup();
  await rm(home, { recursive: true, force: true });
});
beforeEach(() => {
  seen.length = 0;
});

const env = () => ({ ...process.env, HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1' });
const fast = { sleep: async () => {}, budgetMs: 1 };

describe('the token for the remote', () => {
  it('goes with every request of ls-remote, fetch and push, and never into .git/config', async () => {
    const before = await readFile(path.join(repo.dir, '.git', 'config'), 'utf8');
    const client = createGit({ dir: repo.dir, committer: 'bot <bot@example.com>', env: env(), token: TOKEN, retry: fast });
    await expect(client.remoteBranchSha('github', 'main')).rejects.toThrow();
    await expect(client.fetchBranch('github', 'main')).rejects.toThrow();
    const head = (await git(repo.dir, 'rev-parse', 'HEAD')).trim();
    await expect(client.push('github', head, 'dynamodb-rollback/production', null)).rejects.toThrow();
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen)).toEqual(new Set([BASIC]));
    const after = await readFile(path.join(repo.dir, '.git', 'config'), 'utf8');
    expect(after).toBe(before);
    expect(after).not.toMatch(/extraheader|x-access-token/i);
  });

  it('is not sent when none is given', async () => {
    const client = createGit({ dir: repo.dir, committer: 'bot <bot@example.com>', env: env(), retry: fast });
    await expect(client.remoteBranchSha('github', 'main')).rejects.toThrow();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((h) => h === undefined)).toBe(true);
  });

  it('keeps configuration the environment already gives git through GIT_CONFIG_*', () => {
    expect(authHeaderEnv({ GIT_CONFIG_COUNT: '2' }, TOKEN)).toEqual({
      GIT_CONFIG_COUNT: '3',
      GIT_CONFIG_KEY_2: 'http.extraHeader',
      GIT_CONFIG_VALUE_2: `AUTHORIZATION: ${BASIC}`,
    });
  });
});
