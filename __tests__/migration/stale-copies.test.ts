/** A private copy of an S3 backup that a killed run left behind (it holds item values) is removed by the next run, and only such a copy. */
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { removeStaleCopies, STALE_COPY_MS, TEMP_PREFIX } from '../../src/migration/s3-backup-download.js';

describe('removeStaleCopies', () => {
  it('removes our old copies, keeps a recent one and anything not ours', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-stale-'));
    try {
      const old = new Date(Date.now() - STALE_COPY_MS - 60_000);
      for (const name of [`${TEMP_PREFIX}old`, `${TEMP_PREFIX}recent`, 'someone-else']) {
        await mkdir(path.join(root, name));
        await writeFile(path.join(root, name, 'users.json'), '[]');
      }
      await utimes(path.join(root, `${TEMP_PREFIX}old`), old, old);
      await utimes(path.join(root, 'someone-else'), old, old);
      await writeFile(path.join(root, `${TEMP_PREFIX}file`), 'not a folder');
      await removeStaleCopies(root);
      expect((await readdir(root)).sort()).toEqual([`${TEMP_PREFIX}file`, `${TEMP_PREFIX}recent`, 'someone-else']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
