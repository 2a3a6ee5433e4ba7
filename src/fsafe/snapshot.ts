/**
 * A snapshot of a whole folder, taken before a rollback writes anything,
 * and put back byte for byte by undo.
 *
 *   <snapshots>/<timestamp>/manifest.json   entries with sha256, size, mode
 *   <snapshots>/<timestamp>/files/<path>    the bytes
 *
 * It is built in <timestamp>.partial and renamed once its manifest is
 * written, so a snapshot that exists under its final name is complete.
 * `owned` lists the files the rollback may write: undo removes those of
 * them the snapshot lacks (the rollback created them) and leaves any other
 * newcomer alone.
 *
 * Undo trusts the snapshot no more than any input: the manifest is
 * validated (snapshot-manifest.ts), every stored file re-hashed, and every
 * path checked against the data dir as it is now, all before the first
 * write, so a damaged or edited snapshot changes nothing and none can make
 * undo write outside the data dir.
 */
import { chmod, copyFile, lstat, mkdir, open, readdir, readFile, readlink, realpath, rename, rm, symlink, unlink } from 'node:fs/promises';
import { constants, createReadStream, type Stats } from 'node:fs';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { timestampName } from '../state/paths.js';
import { ContentMismatchError, type WriteHooks, syncDir, TEMP_PATTERN, writeFileAtomic } from './atomic-write.js';
import { sha256File } from './hash.js';
import { parseSnapshotManifest, type SnapshotEntry, type SnapshotManifest } from './snapshot-manifest.js';

export type { SnapshotEntry, SnapshotManifest };

export interface Snapshot {
  dir: string;
  manifest: SnapshotManifest;
}

const MANIFEST = 'manifest.json';
const FILES = 'files';

/** Every entry under dir, parents before children; our own stray temp files are skipped. */
export async function listTree(dir: string, rel = ''): Promise<{ path: string; abs: string; type: SnapshotEntry['type'] }[]> {
  const out: { path: string; abs: string; type: SnapshotEntry['type'] }[] = [];
  const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = rel === '' ? e.name : `${rel}/${e.name}`;
    const abs = path.join(dir, p);
    if (e.isDirectory()) {
      out.push({ path: p, abs, type: 'dir' });
      out.push(...(await listTree(dir, p)));
    } else if (e.isSymbolicLink()) out.push({ path: p, abs, type: 'symlink' });
    else if (e.isFile()) {
      if (!TEMP_PATTERN.test(e.name)) out.push({ path: p, abs, type: 'file' });
    } else throw new InputError(`${abs}: not a regular file, folder or symlink; the snapshot cannot hold it`);
  }
  return out;
}

/**
 * confirm: called with the entries once every file is copied and hashed,
 * before the manifest is written; what it throws removes the partial
 * snapshot and is thrown. The rollback checks there that the files it
 * planned from are the ones copied, so their bytes are read once, not once
 * to confirm and again to copy.
 */
export async function takeSnapshot(
  dir: string,
  snapshotsDir: string,
  owned: string[],
  now: Date = new Date(),
  confirm?: (entries: readonly SnapshotEntry[]) => Promise<void>,
): Promise<Snapshot> {
  await mkdir(snapshotsDir, { recursive: true });
  let name = timestampName(now);
  for (let n = 1; await exists(path.join(snapshotsDir, name)); n++) name = `${timestampName(now)}-${n}`;
  const final = path.join(snapshotsDir, name);
  const partial = `${final}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(path.join(partial, FILES), { recursive: true });
  try {
    const entries: SnapshotEntry[] = [];
    for (const e of await listTree(dir)) {
      const st = await lstat(e.abs);
      const mode = st.mode & 0o7777;
      const copy = path.join(partial, FILES, e.path);
      if (e.type === 'dir') {
        await mkdir(copy, { recursive: true });
        entries.push({ path: e.path, type: 'dir', mode });
      } else if (e.type === 'symlink') {
        entries.push({ path: e.path, type: 'symlink', mode, target: await readlink(e.abs) });
      } else {
        // A reflink where the file system has them (btrfs, xfs): no bytes copied; a plain copy elsewhere.
        await copyFile(e.abs, copy, constants.COPYFILE_FICLONE);
        await fsyncFile(copy);
        entries.push({ path: e.path, type: 'file', mode, sha256: await sha256File(copy), bytes: st.size });
      }
    }
    await confirm?.(entries);
    const manifest: SnapshotManifest = { version: 1, createdAt: now.toISOString(), dir: path.resolve(dir), entries, owned };
    await writeFileAtomic(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await rename(partial, final);
    await syncDir(snapshotsDir);
    return { dir: final, manifest };
  } catch (err) {
    await rm(partial, { recursive: true, force: true });
    throw err;
  }
}

/** takeSnapshot's folder names: its time, and a counter when two share a millisecond. */
const SNAPSHOT_NAME = /^(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(?:-(\d+))?$/;

/**
 * The newest snapshot, or null when there is none. Its manifest must be
 * there and valid: falling back to an older snapshot would put back a data
 * dir from before an earlier rollback, without a word.
 */
export async function latestSnapshot(snapshotsDir: string): Promise<Snapshot | null> {
  const names = await readdir(snapshotsDir).catch(() => [] as string[]);
  const key = (name: string) => {
    const m = SNAPSHOT_NAME.exec(name)!;
    return [m[1]!, Number(m[2] ?? 0)] as const;
  };
  const newest = names
    .filter((n) => SNAPSHOT_NAME.test(n))
    .sort((a, b) => {
      const [ta, na] = key(a);
      const [tb, nb] = key(b);
      return ta < tb ? -1 : ta > tb ? 1 : na - nb;
    })
    .pop();
  if (newest === undefined) return null;
  const dir = path.join(snapshotsDir, newest);
  const file = path.join(dir, MANIFEST);
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new InputError(
      `${file}: cannot be read (${err.code ?? 'error'}); the newest snapshot is damaged and cannot be restored (move ${dir} away to undo from the one before it)`,
    );
  });
  return { dir, manifest: parseSnapshotManifest(text, file) };
}

/** Re-hashes every stored file: undo changes nothing unless the whole snapshot is intact. */
export async function verifySnapshot(snapshot: Snapshot): Promise<void> {
  const files = await realpath(path.join(snapshot.dir, FILES)).catch(() => null);
  for (const e of snapshot.manifest.entries) {
    if (e.type !== 'file') continue;
    const copy = path.join(snapshot.dir, FILES, e.path);
    // A link planted in the snapshot would make undo copy a file from elsewhere into the data dir.
    const real = await realpath(copy).catch(() => null);
    if (real !== null && (files === null || real !== path.join(files, e.path))) {
      throw new InputError(
        `snapshot ${snapshot.dir}: ${e.path} is stored through a symlink; the snapshot was edited and cannot be restored`,
      );
    }
    const sha = await sha256File(copy).catch(() => null);
    if (sha !== e.sha256) {
      throw new InputError(
        `snapshot ${snapshot.dir}: ${e.path} is ${sha === null ? 'missing' : 'altered'}; the snapshot cannot be restored byte for byte`,
      );
    }
  }
}

export interface RestoreResult {
  restored: string[];
  removed: string[];
  unchanged: number;
  /** Files present now that the snapshot lacks and the operation did not own: left as they are. */
  leftAlone: string[];
}

/**
 * Refuses, before anything is written, what restoring would have to stop
 * at halfway, or could only do by writing outside dir: an entry whose kind
 * no longer fits what is there now. A folder now a symlink is the case that
 * matters: every entry's parent is a folder entry listed before it
 * (parseSnapshotManifest), so checking each entry checks every path undo
 * writes through.
 */
async function checkRestoreTargets(dir: string, entries: SnapshotEntry[]): Promise<void> {
  for (const e of entries) {
    const abs = path.join(dir, e.path);
    const mismatch = kindMismatch(e, abs, await lstat(abs).catch(() => null));
    if (mismatch) throw new InputError(mismatch);
  }
}

/** Why e cannot be put back over what is at abs now, or null. Checked up front, and again at the write in case it changed since. */
function kindMismatch(e: SnapshotEntry, abs: string, st: Stats | null): string | null {
  if (!st) return null;
  if (e.type === 'dir' && st.isSymbolicLink())
    return `${abs}: a folder in the snapshot is now a symlink, and restoring into it would write where it points; move it away and run undo again`;
  if (e.type === 'dir' && !st.isDirectory())
    return `${abs}: a folder in the snapshot is now something else; move it away and run undo again`;
  if (e.type === 'file' && !st.isFile()) return `${abs}: a file in the snapshot is now a folder or link; move it away and run undo again`;
  if (e.type === 'symlink' && st.isDirectory()) return `${abs}: a symlink in the snapshot is now a folder; move it away and run undo again`;
  return null;
}

/** Puts dir back as the snapshot holds it. Call verifySnapshot first. */
export async function restoreSnapshot(dir: string, snapshot: Snapshot, hooks: WriteHooks = {}): Promise<RestoreResult> {
  const result: RestoreResult = { restored: [], removed: [], unchanged: 0, leftAlone: [] };
  const inSnapshot = new Set(snapshot.manifest.entries.map((e) => e.path));
  await checkRestoreTargets(dir, snapshot.manifest.entries);
  await mkdir(dir, { recursive: true });
  for (const e of snapshot.manifest.entries) {
    const abs = path.join(dir, e.path);
    const st = await lstat(abs).catch(() => null);
    const mismatch = kindMismatch(e, abs, st);
    if (mismatch) throw new InputError(mismatch);
    if (e.type === 'dir') {
      if (!st) {
        await mkdir(abs, { recursive: true });
        result.restored.push(e.path);
      }
      await chmod(abs, e.mode);
    } else if (e.type === 'symlink') {
      const target = st?.isSymbolicLink() ? await readlink(abs) : null;
      if (target === e.target) result.unchanged++;
      else {
        if (st) await rm(abs, { recursive: false, force: true });
        await symlink(e.target ?? '', abs);
        result.restored.push(e.path);
      }
    } else {
      const same = st !== null && (st.mode & 0o7777) === e.mode && (await sha256File(abs)) === e.sha256;
      if (same) {
        result.unchanged++;
        continue;
      }
      // Checked before the rename: bytes that changed in the snapshot since it was verified never reach the data dir.
      await writeFileAtomic(abs, createReadStream(path.join(snapshot.dir, FILES, e.path)), {
        mode: e.mode,
        hooks,
        expectSha256: e.sha256,
      }).catch((err: unknown) => {
        if (err instanceof ContentMismatchError)
          throw new InputError(`snapshot ${snapshot.dir}: ${e.path} changed while it was restored; the data dir file was left as it was`);
        throw err;
      });
      result.restored.push(e.path);
    }
  }
  const owned = new Set(snapshot.manifest.owned);
  for (const e of await listTree(dir)) {
    if (inSnapshot.has(e.path)) continue;
    if (owned.has(e.path) && e.type === 'file') {
      await unlink(e.abs);
      await syncDir(path.dirname(e.abs));
      result.removed.push(e.path);
    } else result.leftAlone.push(e.path);
  }
  return result;
}

async function fsyncFile(file: string): Promise<void> {
  const fh = await open(file, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

async function exists(p: string): Promise<boolean> {
  return lstat(p).then(
    () => true,
    () => false,
  );
}
