import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ServiceFailedError, ServiceInputError } from '../../src/clients/errors.js';
import { createGit, gitKind } from '../../src/clients/git.js';
import { type AppRepo, createAppRepo, git } from '../fixtures/app-repo.js';

const BOT = 'config-pr bot <bot@example.com>';
let repo: AppRepo;
let home: string;
/** A commit on top of main, made by the first test. */
let made: string;
beforeAll(async () => {
  repo = await createAppRepo('production');
  home = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-home-'));
});
afterAll(async () => {
  await repo.cleanup();
  await rm(home, { recursive: true, force: true });
});

/** git as on a fresh runner: no global or system config, so no user.name or user.email. */
const bare = () => ({ ...process.env, HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1' });
const fast = {
  sleep: async () => {},
  budgetMs: 2000,
  now: (() => {
    let t = 0;
    return () => (t += 500);
  })(),
};

/** An HTTP git remote that answers every request with one status. */
async function remoteAnswering(status: number): Promise<{ url: string; hits: () => number; close(): Promise<void> }> {
  let hits = 0;
  const server = http.createServer((_req, res) => {
    hits++;
    res.writeHead(status, status === 401 ? { 'www-authenticate': 'Basic realm="git"' } : {});
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const close = () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/acme/app.git`, hits: () => hits, close };
}

describe('git client', () => {
  it('commits with its own identity where git has no user set', async () => {
    const client = createGit({ dir: repo.dir, committer: BOT, env: bare() });
    const base = await client.fetchBranch('origin', 'main');
    const tree = path.join(await mkdtemp(path.join(os.tmpdir(), 'ddbrb-wt-')), 'tree');
    const wt = await client.addWorktree(tree, base);
    await writeFile(path.join(tree, 'server/index.js'), 'module.exports = "file";\n');
    expect(await wt.changedFiles()).toEqual(['server/index.js']);
    const sha = await wt.commit(['server/index.js'], 'a change\n');
    made = sha;
    expect(await client.commitInfo(sha)).toMatchObject({ committerEmail: 'bot@example.com', parents: [base] });
    expect((await git(repo.dir, 'show', '-s', '--format=%an <%ae>', sha)).trim()).toBe(BOT);
    await client.removeWorktree(tree);
    await rm(path.dirname(tree), { recursive: true, force: true });
    expect((await git(repo.dir, 'worktree', 'list')).trim().split('\n')).toHaveLength(1);
  });

  it('refuses a push whose lease is stale, naming the remote and the branch', async () => {
    const client = createGit({ dir: repo.dir, committer: BOT });
    const main = await client.fetchBranch('origin', 'main');
    await client.push('origin', main, 'lease-test', null);
    const err = await client.push('origin', made, 'lease-test', '0'.repeat(40)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceInputError);
    expect((err as Error).message).toMatch(
      /^the push to origin branch lease-test was rejected \(.*stale info.*\); someone else pushed to it since/,
    );
    // A branch that is there is not created again over a lease that says "absent".
    await expect(client.push('origin', made, 'lease-test', null)).rejects.toThrow(/the push to origin branch lease-test was rejected/);
    expect((await git(repo.dir, 'ls-remote', 'origin', 'refs/heads/lease-test')).split('\t')[0]).toBe(main);
    await client.push('origin', made, 'lease-test', main);
    expect((await git(repo.dir, 'ls-remote', 'origin', 'refs/heads/lease-test')).split('\t')[0]).toBe(made);
  });

  it('says when the folder is not a git repository', async () => {
    const client = createGit({ dir: home, committer: BOT, env: bare() });
    await expect(client.topLevel()).rejects.toThrow(`${home} is not in a git repository (or git is not installed); check --repo-dir`);
  });

  it('refuses a committer that is not Name <email>', () => {
    expect(() => createGit({ dir: repo.dir, committer: 'bot' })).toThrow('committer "bot": write it as Name <email>');
  });

  it('retries a 5xx from the git host until the budget is spent, and never shows credentials', async () => {
    const remote = await remoteAnswering(502);
    const client = createGit({ dir: repo.dir, committer: BOT, retry: fast });
    const err = await client.remoteBranchSha(remote.url.replace('http://', 'http://user:s3cret-token@'), 'main').catch((e: unknown) => e);
    await remote.close();
    expect(err).toBeInstanceOf(ServiceFailedError);
    expect((err as Error).message).toMatch(/still failing after \d+ attempts/);
    expect((err as Error).message).not.toContain('s3cret-token');
    expect(remote.hits()).toBeGreaterThan(1);
  });

  it('does not retry refused credentials: bad input with what to do', async () => {
    const remote = await remoteAnswering(401);
    const client = createGit({ dir: repo.dir, committer: BOT, retry: fast });
    const err = await client.remoteBranchSha(remote.url, 'main').catch((e: unknown) => e);
    await remote.close();
    expect(err).toBeInstanceOf(ServiceInputError);
    expect((err as ServiceInputError).kind).toBe('bad-credentials');
    expect((err as Error).message).toMatch(/check the credentials git uses for the remote/);
    expect(remote.hits()).toBe(1);
  });

  it.each([
    ["fatal: unable to access 'https://x/': Could not resolve host: x", 'unreachable'],
    ['error: RPC failed; curl 56 Recv failure: Connection reset by peer', 'dropped'],
    ['! [remote rejected] HEAD -> b (protected branch hook declined)', 'denied'],
    [' ! [rejected]        HEAD -> b (non-fast-forward)', 'invalid'],
    ["fatal: couldn't find remote ref refs/heads/nope", 'not-found'],
  ])('reads %j as %s', (message, kind) => {
    expect(gitKind(new Error(message))).toBe(kind);
  });
});
