/**
 * config-pr --sign: the commit made through GitHub's git data API instead
 * of git push (blobs, a tree on the base's tree, a commit with no author or
 * committer given, the branch ref), so GitHub makes it as the token's
 * identity and signs it: it shows as verified, and a branch that requires
 * signed commits takes it. The tree GitHub builds must be the one git built
 * here, or nothing is pointed at it.
 */
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GitClient } from '../clients/git.js';
import type { GitHubClient, MadeCommit, Repo, TreeEntry } from '../clients/github.js';
import { FailedError } from '../core/errors.js';
import { opt } from '../core/option-name.js';

export interface SignedCommit {
  /** The local commit whose tree GitHub's must equal. */
  local: string;
  baseSha: string;
  message: string;
  /** The paths the commit changes, repository-relative. */
  files: string[];
}

export async function commitThroughApi(github: GitHubClient, repo: Repo, worktree: GitClient, c: SignedCommit): Promise<MadeCommit> {
  const entries: TreeEntry[] = [];
  for (const file of c.files) {
    const full = path.join(worktree.dir, file);
    const info = await lstat(full).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
    if (!info) {
      entries.push({ path: file, mode: '100644', sha: null });
      continue;
    }
    if (!info.isFile())
      throw new FailedError(
        `config-pr --sign: ${file} is not a plain file (a link or a folder), which the commit through the API does not carry; commit without ${opt('sign')}`,
      );
    entries.push({ path: file, mode: info.mode & 0o111 ? '100755' : '100644', sha: await github.createBlob(repo, await readFile(full)) });
  }
  const tree = await github.createTree(repo, await worktree.tree(c.baseSha), entries);
  const expected = await worktree.tree(c.local);
  if (tree !== expected)
    throw new FailedError(
      `config-pr --sign: GitHub's tree ${tree} is not the tree git made here (${expected}); nothing was pointed at it, the branch is as it was`,
    );
  return github.createCommit(repo, { message: c.message, tree, parents: [c.baseSha] });
}

/** The signed commit made and the branch pointed at it; notes say whether GitHub verified it and whose it recorded it as. */
export async function pushSigned(
  github: GitHubClient,
  repo: Repo,
  worktree: GitClient,
  c: SignedCommit & { branch: string; branchExists: boolean; committer: string },
): Promise<{ sha: string; notes: string[] }> {
  const signed = await commitThroughApi(github, repo, worktree, c);
  await github.setBranch(repo, c.branch, signed.sha, c.branchExists);
  const notes = [
    `commit made through GitHub's API${signed.verified ? ', signed by GitHub (verified)' : ', but GitHub did not mark it verified'}`,
  ];
  // The next run takes the branch as its own only when its tip's committer is pullRequest.committer.
  if (signed.committerEmail !== /<([^>]+)>/.exec(c.committer)?.[1]) {
    notes.push(
      `GitHub recorded the commit's committer as ${signed.committerEmail}; set pullRequest.committer to that identity, or the next run refuses the branch as not its own`,
    );
  }
  return { sha: signed.sha, notes };
}
