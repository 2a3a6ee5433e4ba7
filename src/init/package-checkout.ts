/**
 * The git checkout this package runs from, if it runs from one: up from
 * the running script to our package.json, and only when that folder is the
 * top of a git work tree. Installed under an app's node_modules, git would
 * answer for the app, and the workflows would be pinned to the app's HEAD.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { GitClient } from '../clients/git.js';

export const PACKAGE_NAME = 'dynamodb-rollback';

export function packageDirOf(script: string | undefined): string | null {
  if (!script || !existsSync(script)) return null;
  for (let dir = path.dirname(realpathSync(script)); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
      } catch {
        // someone else's unreadable package.json: keep looking up
      }
    }
    if (path.dirname(dir) === dir) return null;
  }
}

export async function packageCheckout(script: string | undefined, open: (dir: string) => GitClient): Promise<GitClient | null> {
  const dir = packageDirOf(script);
  if (!dir) return null;
  const git = open(dir);
  const top = await git.topLevel().catch(() => null);
  return top && realpathSync(top) === realpathSync(dir) ? git : null;
}
