/**
 * The existing guards of fsafe/snapshot.ts (manifest validation and path
 * safety are tested with their own change): what a snapshot refuses to hold,
 * a stored copy missing or altered, a restore whose target changed kind, and
 * a stored copy that changes while it is restored. Each is exit 2, names the
 * path, and (where the guard stands before the write) leaves the data alone.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exitCodeOf, InputError } from '../../src/core/errors.js';
import { restoreSnapshot, takeSnapshot, verifySnapshot } from '../../src/fsafe/snapshot.js';

let dir: string;
let data: string;
let snaps: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-gsnap-'));
  data = path.join(dir, 'data');
  snaps = path.join(dir, 'snaps');
  await mkdir(path.join(data, 'sub'), { recursive: true });
  await writeFile(path.join(data, 'events.json'), '[\n  {"id": "1"}\n]');
  await writeFile(path.join(data, 'talks.json'), '[]');
  await writeFile(path.join(data, 'sub', 'x.json'), '{}');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function inputError(run: Promise<unknown>): Promise<InputError> {
  const err = await run.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  expect(exitCodeOf(err)).toBe(2);
  return err as InputError;
}

/** Every entry under root: relative path -> kind and bytes. */
async function picture(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(root, { withFileTypes: true, recursive: true })) {
    const abs = path.join(e.parentPath, e.name);
    const rel = path.relative(root, abs);
    out[rel] = e.isFile()
      ? createHash('sha256')
          .update(await readFile(abs))
          .digest('hex')
      : e.isDirectory()
        ? 'dir'
        : e.isSymbolicLink()
          ? 'symlink'
          : 'other';
  }
  return out;
}

describe('what a snapshot will not hold', () => {
  it.each([
    ['a named pipe', (p: string) => execFileSync('mkfifo', [p])],
    [
      'a socket',
      async (p: string) => {
        const net = await import('node:net');
        const server = net.createServer();
        await new Promise<void>((r) => server.listen(p, r));
        return server; // closed once the snapshot was refused
      },
    ],
  ])('refuses %s in the data dir, naming it, and leaves no snapshot behind', async (_what, make) => {
    const special = path.join(data, 'sub', 'special');
    const made = await make(special);
    try {
      const err = await inputError(takeSnapshot(data, snaps, ['events.json']));
      expect(err.message).toBe(`${special}: not a regular file, folder or symlink; the snapshot cannot hold it`);
      expect(await readdir(snaps)).toEqual([]);
    } finally {
      if (made && typeof made === 'object' && 'close' in made) await new Promise((r) => made.close(r));
    }
  });
});

describe('verifying a snapshot before undo', () => {
  it('refuses one whose stored copy is missing, naming it', async () => {
    const snap = await takeSnapshot(data, snaps, ['events.json']);
    await rm(path.join(snap.dir, 'files', 'sub', 'x.json'));
    const err = await inputError(verifySnapshot(snap));
    expect(err.message).toBe(`snapshot ${snap.dir}: sub/x.json is missing; the snapshot cannot be restored byte for byte`);
  });

  it('refuses one whose stored copy was altered, naming it', async () => {
    const snap = await takeSnapshot(data, snaps, ['events.json']);
    await writeFile(path.join(snap.dir, 'files', 'talks.json'), '[{}]');
    const err = await inputError(verifySnapshot(snap));
    expect(err.message).toBe(`snapshot ${snap.dir}: talks.json is altered; the snapshot cannot be restored byte for byte`);
  });

  it('passes an intact one (the control)', async () => {
    await expect(verifySnapshot(await takeSnapshot(data, snaps, []))).resolves.toBeUndefined();
  });
});

describe('restoring into a data dir whose entries changed kind', () => {
  it('refuses when a folder of the snapshot is now a file, naming it, and leaves it alone', async () => {
    const snap = await takeSnapshot(data, snaps, []);
    await rm(path.join(data, 'sub'), { recursive: true });
    await writeFile(path.join(data, 'sub'), 'now a file');
    const before = await picture(data);
    const err = await inputError(restoreSnapshot(data, snap));
    expect(err.message).toBe(`${path.join(data, 'sub')}: a folder in the snapshot is now something else; move it away and run undo again`);
    expect(await picture(data)).toEqual(before);
  });

  it.each([
    ['a folder', (p: string) => mkdir(p)],
    ['a symlink', (p: string) => symlink('talks.json', p)],
  ])('refuses when a file of the snapshot is now %s, naming it, and leaves it alone', async (_what, make) => {
    const snap = await takeSnapshot(data, snaps, []);
    // events.json comes first in the snapshot, so nothing is restored before the refusal.
    await rm(path.join(data, 'events.json'));
    await make(path.join(data, 'events.json'));
    const before = await picture(data);
    const err = await inputError(restoreSnapshot(data, snap));
    expect(err.message).toBe(
      `${path.join(data, 'events.json')}: a file in the snapshot is now a folder or link; move it away and run undo again`,
    );
    expect(await picture(data)).toEqual(before);
  });
});

describe('a stored copy that changes while it is restored', () => {
  it('is caught by the hash of what was written, naming it', async () => {
    const snap = await takeSnapshot(data, snaps, []);
    await writeFile(path.join(data, 'events.json'), '[]');
    await writeFile(path.join(data, 'talks.json'), '[{"id":"new"}]');
    await verifySnapshot(snap);
    // Between the checks and the copy: the stored talks.json is altered while events.json is being put back.
    const err = await inputError(
      restoreSnapshot(data, snap, {
        beforeRename: async (target) => {
          if (target === path.join(data, 'events.json')) await writeFile(path.join(snap.dir, 'files', 'talks.json'), 'tampered');
        },
      }),
    );
    expect(err.message).toBe(`snapshot ${snap.dir}: talks.json changed while it was restored; the data dir file was left as it was`);
    // Refused before its rename: the altered bytes never reached the data dir.
    expect(await readFile(path.join(data, 'talks.json'), 'utf8')).toBe('[{"id":"new"}]');
    expect((await readdir(data)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
