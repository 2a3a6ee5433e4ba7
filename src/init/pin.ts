/**
 * Which commit of this action the written workflows use. Always a full
 * commit SHA: a tag or branch can be moved to other code after review, a
 * SHA cannot. Looked for in order: what the operator gave (--action), the
 * Actions run this step is part of, the git checkout this package runs
 * from; failing all three, bad input asking for --action.
 */
import type { GitClient } from '../clients/git.js';
import { InputError } from '../core/errors.js';
import { opt } from '../core/option-name.js';

export interface ActionPin {
  /** owner/name on GitHub. */
  repository: string;
  sha: string;
  /** The version comment written beside the SHA (v0.1.0). */
  version: string;
  /** Where the pin came from, for the output. */
  source: string;
}

const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const SHA = /^[0-9a-f]{40}$/;

function pinOf(repository: string, ref: string, version: string, source: string, what: string): ActionPin {
  if (!REPOSITORY.test(repository))
    throw new InputError(
      `${what}: "${repository}" is not a GitHub repository owner/name; give ${opt('action')} owner/name@<40-hex commit sha>`,
    );
  if (!SHA.test(ref)) {
    throw new InputError(
      `${what}: "${ref}" is not a full commit SHA (tags and branches can move to other code); give ${opt('action')} ${repository}@<40-hex commit sha>`,
    );
  }
  return { repository, sha: ref, version, source };
}

/** owner/name from a GitHub remote URL (https, ssh or scp-like), or null. */
export function repositoryOfUrl(url: string): string | null {
  const m = /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/(?:[^@/]+@)?|[^@/:]+@)github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m && REPOSITORY.test(m[1]!) ? m[1]! : null;
}

export interface PinSources {
  /** --action owner/name@sha, or owner/name@vX.Y.Z when tagCommit can resolve the tag. */
  action?: string;
  /** Looks a tag up on GitHub (present when a token is at hand); null: no such tag. */
  tagCommit?: (repository: string, tag: string) => Promise<string | null>;
  env: NodeJS.ProcessEnv;
  /** The git checkout this package runs from, when it is one (its top folder is the package's). */
  checkout: GitClient | null;
  version: string;
}

/** A release tag as the release workflow makes them: v1.2.3. */
const RELEASE_TAG = /^v(\d+\.\d+\.\d+)$/;

export async function resolvePin({ action, env, checkout, version, tagCommit }: PinSources): Promise<ActionPin> {
  if (action !== undefined) {
    const at = action.lastIndexOf('@');
    if (at < 0) throw new InputError(`${opt('action')} "${action}": write it as owner/name@<40-hex commit sha> or owner/name@vX.Y.Z`);
    const [repository, ref] = [action.slice(0, at), action.slice(at + 1)];
    const tag = RELEASE_TAG.exec(ref);
    if (tag && REPOSITORY.test(repository)) return pinTag(repository, ref, tag[1]!, tagCommit);
    return pinOf(repository, ref, version, opt('action'), opt('action'));
  }
  const repository = env.GITHUB_ACTION_REPOSITORY;
  if (repository)
    return pinOf(
      repository,
      env.GITHUB_ACTION_REF ?? '',
      version,
      'the running action (GITHUB_ACTION_REPOSITORY, GITHUB_ACTION_REF)',
      'the running action',
    );
  if (checkout) {
    const sha = await checkout.headCommit();
    const url = await checkout.remoteUrl('origin').catch(() => null);
    const fromUrl = url ? repositoryOfUrl(url) : null;
    if (!fromUrl) {
      throw new InputError(
        `this package's checkout (${checkout.dir}) has no GitHub origin to pin to${url ? ` (origin is not github.com)` : ''}; give ${opt('action')} owner/name@<40-hex commit sha>`,
      );
    }
    return pinOf(fromUrl, sha, version, `this package's git checkout (${checkout.dir})`, 'the checkout');
  }
  throw new InputError(
    `cannot tell which commit of dynamodb-rollback to pin the workflows to (not run as an action, nor from a git checkout); give ${opt('action')} owner/name@<40-hex commit sha>`,
  );
}

/** The tag's commit, looked up once now, so the workflows pin what the tag names today and a moved tag cannot change them. */
async function pinTag(repository: string, tag: string, version: string, tagCommit: PinSources['tagCommit']): Promise<ActionPin> {
  if (!tagCommit) {
    throw new InputError(
      `${opt('action')} ${repository}@${tag}: a tag is resolved to its commit through the GitHub API, which needs a token: give ${opt('token')} (or set GITHUB_TOKEN), or give ${opt('action')} ${repository}@<40-hex commit sha>`,
    );
  }
  const sha = await tagCommit(repository, tag);
  if (!sha)
    throw new InputError(
      `${opt('action')} ${repository}@${tag}: no tag ${tag} in ${repository} that names a commit (or the token cannot see the repository); check the tag and ${opt('github-api-url')}`,
    );
  return pinOf(repository, sha, version, `${opt('action')} ${repository}@${tag}, resolved through the GitHub API`, opt('action'));
}
