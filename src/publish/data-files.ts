/**
 * The files a release holds: every regular file at the top of the data dir
 * (the app reads the whole dir, not only the rolled-back collections), our
 * temp files aside. What a release cannot carry as it is (a folder, a
 * symlink, a file named like the manifest) is refused, not skipped: a
 * pulled data dir must be the one published.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { TEMP_PATTERN } from '../fsafe/atomic-write.js';
import { sha256File } from '../fsafe/hash.js';
import { type ManifestEntry, MANIFEST_NAME } from './release-manifest.js';
import { opt } from '../core/option-name.js';

export async function dataFiles(dataDir: string): Promise<ManifestEntry[]> {
  const st = await lstat(dataDir).catch(() => null);
  if (!st?.isDirectory()) throw new InputError(`data dir ${dataDir} is not a folder; check ${opt('data-dir')} (or dataDir in the config)`);
  const names = (await readdir(dataDir)).filter((n) => !TEMP_PATTERN.test(n)).sort();
  const out: ManifestEntry[] = [];
  for (const name of names) {
    const file = path.join(dataDir, name);
    const s = await lstat(file);
    if (!s.isFile()) {
      throw new InputError(
        `${file}: not a regular file (${s.isDirectory() ? 'a folder' : s.isSymbolicLink() ? 'a symlink' : 'a special file'}); a release holds only the files at the top of the data dir: move it out of the data dir and run again`,
      );
    }
    if (name === MANIFEST_NAME)
      throw new InputError(
        `${file}: a data file named ${MANIFEST_NAME} would collide with the release's manifest; rename it and run again`,
      );
    out.push({ name, sha256: await sha256File(file), bytes: s.size });
  }
  if (out.length === 0) throw new InputError(`data dir ${dataDir} holds no files; nothing to publish: check ${opt('data-dir')}`);
  return out;
}
