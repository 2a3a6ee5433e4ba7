/**
 * How two folders on disk relate, by their real paths: a symlink or a
 * `..` must not hide that the data dir is the export or the migration
 * backup. Rollback and verify both refuse such a data dir; this holds only
 * the path logic they share (no reading of files). Reads only.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { opt } from '../core/option-name.js';

/** The real path of p, or of its nearest existing ancestor with the rest appended (p need not exist yet). */
export async function realPathOf(p: string): Promise<string> {
  const abs = path.resolve(p);
  const rest: string[] = [];
  let at = abs;
  for (;;) {
    try {
      return path.join(await realpath(at), ...rest);
    } catch {
      const up = path.dirname(at);
      if (up === at) return abs;
      rest.unshift(path.basename(at));
      at = up;
    }
  }
}

export type Nesting = 'is' | 'contains' | 'lies inside';

/** How folder a stands to folder b (both real, absolute), or null when neither holds the other. */
export function nesting(a: string, b: string): Nesting | null {
  if (a === b) return 'is';
  const inside = (x: string, y: string) => {
    const rel = path.relative(y, x);
    return rel !== '' && !rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel);
  };
  if (inside(b, a)) return 'contains';
  if (inside(a, b)) return 'lies inside';
  return null;
}

export interface OtherFolder {
  /** What it is, for the message: "the export", "the migration backup". */
  what: string;
  path: string;
  /** The option that names it, to say what to change. */
  option: string;
}

/**
 * The data dir must be apart from every folder given: rewriting files in the
 * export or the backup would destroy the very copy a rollback reads, and a
 * snapshot of a data dir holding them would copy them too.
 */
export async function refuseNested(dataDir: string, others: readonly OtherFolder[]): Promise<void> {
  const data = await realPathOf(dataDir);
  for (const other of others) {
    const real = await realPathOf(other.path);
    const how = nesting(data, real);
    if (how === null) continue;
    const shown = real === path.resolve(other.path) ? other.path : `${other.path}, really ${real}`;
    throw new InputError(
      `data dir ${dataDir} ${how} ${other.what} (${shown}); they must be separate folders: check ${opt('data-dir')} (or dataDir in the config) and ${other.option}`,
    );
  }
}
