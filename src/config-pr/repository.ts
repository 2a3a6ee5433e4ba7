/** owner/name of the GitHub repository: given, else from the origin URL (https, ssh or scp-like; GitHub Enterprise hosts too). */
import { InputError } from '../core/errors.js';
import type { Repo } from '../clients/github.js';
import { opt } from '../core/option-name.js';

const NAME = /^[A-Za-z0-9_.-]+$/;

export function parseRepository(text: string, from: string): Repo {
  const [owner, repo, ...rest] = text.split('/');
  if (!owner || !repo || rest.length > 0 || !NAME.test(owner) || !NAME.test(repo)) {
    throw new InputError(`${from} "${text}": expected owner/name; give ${opt('repository')} owner/name`);
  }
  return { owner, repo };
}

/** owner/name from a remote URL, or null when the URL does not name one (a local path, say). */
export function repositoryFromUrl(url: string): Repo | null {
  const m = /^(?:[a-z+]+:\/\/(?:[^@/]+@)?[^/]+(?::\d+)?\/|[^@/\s]+@[^:/\s]+:)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
  if (!m || !NAME.test(m[1]!) || !NAME.test(m[2]!)) return null;
  return { owner: m[1]!, repo: m[2]! };
}
