import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../src/core/errors.js';
import { prepareFileAtomic, removeStaleTemps, TEMP_PATTERN, writeFileAtomic } from '../../src/fsafe/atomic-write.js';
import { acquireLock } from '../../src/fsafe/lock.js';
import { latestSnapshot, restoreSnapshot, takeSnapshot, verifySnapshot } from '../../src/fsafe/snapshot.js';
import { runCrashChild } from '../harness/crash.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-fsafe-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** Every file under root, relative path -> bytes (hex), plus modes and symlinks: a byte-for-byte picture. */
async function picture(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (rel: string) => {
    for (const e of await readdir(path.join(root, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      const abs = path.join(root, p);
      const mode = ((await stat(abs).catch(() => null))?.mode ?? 0) & 0o7777;
      if (e.isDirectory()) {
        out[`${p}/`] = `dir ${mode.toString(8)}`;
        await walk(p);
      } else if (e.isSymbolicLink()) out[p] = 'symlink';
      else out[p] = `${mode.toString(8)} ${(await readFile(abs)).toString('hex')}`;
    }
  };
  await walk('');
  return out;
}

describe('writeFileAtomic', () => {
  it('writes chunks whole, keeps the mode asked for, and skips a write whose bytes are already there', async () => {
    const f = path.join(dir, 'a.json');
    const r = await writeFileAtomic(f, ['[', Buffer.from('1'), ']'], { mode: 0o600 });
    expect(r).toEqual({ written: true, sha256: sha('[1]'), bytes: 3 });
    expect(await readFile(f, 'utf8')).toBe('[1]');
    expect((await stat(f)).mode & 0o777).toBe(0o600);
    const before = (await stat(f)).mtimeMs;
    const again = await writeFileAtomic(f, '[1]', { unlessSha256: sha('[1]') });
    expect(again.written).toBe(false);
    expect((await stat(f)).mtimeMs).toBe(before);
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('prepared: the target untouched until commit, the temp file removed by discard, and a temp file a generator left removed when it throws', async () => {
    const f = path.join(dir, 'a.json');
    await writeFile(f, 'old');
    const kept = await prepareFileAtomic(f, 'new');
    const dropped = await prepareFileAtomic(f, 'other');
    expect(kept.sha256).toBe(sha('new'));
    expect(await readFile(f, 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['a.json', kept.tempName, dropped.tempName].sort());
    // removeStaleTemps spares the temp files it is told are this run's.
    await writeFile(path.join(dir, '.a.json.dynamodb-rollback-1-0123abcd.tmp'), 'stale');
    await removeStaleTemps(dir, new Set([kept.tempName, dropped.tempName]));
    expect((await readdir(dir)).sort()).toEqual(['a.json', kept.tempName, dropped.tempName].sort());
    await dropped.discard();
    expect(await kept.commit()).toEqual({ written: true, sha256: sha('new'), bytes: 3 });
    expect(await readFile(f, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.json']);
    await expect(kept.commit()).rejects.toThrow(/already renamed or removed/);
    const failing = function* () {
      yield 'half';
      throw new Error('generator failed');
    };
    await expect(prepareFileAtomic(f, failing())).rejects.toThrow('generator failed');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('leaves the old file and no temp file when it fails before the rename', async () => {
    const f = path.join(dir, 'a.json');
    await writeFile(f, 'old');
    await expect(
      writeFileAtomic(f, 'new', {
        hooks: {
          beforeRename: () => {
            throw new Error('injected');
          },
        },
      }),
    ).rejects.toThrow('injected');
    expect(await readFile(f, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it.each([
    ['before a rename', '0'],
    ['halfway through writing a temp file', '1'],
  ])('a process killed %s leaves every file wholly old or wholly new', async (_when, midWrite) => {
    const files = 4;
    for (let i = 0; i < files; i++) await writeFile(path.join(dir, `f${i}.json`), `old ${i}`);
    const killAt = 2;
    const run = await runCrashChild(['write', dir, String(files), String(killAt), midWrite]);
    expect(run.signal).toBe('SIGKILL');
    const newText = (i: number) => Array.from({ length: 50 }, (_, c) => `${`new ${i} chunk ${c} `.repeat(2000)}\n`).join('');
    for (let i = 0; i < files; i++) {
      const text = await readFile(path.join(dir, `f${i}.json`), 'utf8');
      expect(text).toBe(i < killAt ? newText(i) : `old ${i}`);
    }
    // The only debris is a temp file recognisable by name.
    const debris = (await readdir(dir)).filter((n) => !/^f\d\.json$/.test(n));
    expect(debris.length).toBeLessThanOrEqual(1);
    for (const n of debris) expect(n).toMatch(TEMP_PATTERN);
  });
});

describe('lock', () => {
  it('lets one holder in; a second gets an InputError naming the lock file and how to clear it', async () => {
    const file = path.join(dir, 'lock');
    const lock = await acquireLock(file, 'rollback');
    const err = await acquireLock(file, 'undo').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain(file);
    expect((err as Error).message).toContain(`pid ${process.pid}`);
    expect((err as Error).message).toContain('delete');
    await lock.release();
    const again = await acquireLock(file, 'undo');
    await again.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a lock whose process on this host is gone, and says so', async () => {
    const file = path.join(dir, 'lock');
    // Linux pids are at most 2^22, so this one cannot be running.
    await writeFile(
      file,
      JSON.stringify({ pid: 2 ** 22 + 1, hostname: os.hostname(), command: 'rollback', startedAt: '2024-01-01T00:00:00Z' }),
    );
    const log: string[] = [];
    const lock = await acquireLock(file, 'rollback', new Date(), (m) => log.push(m));
    expect(log).toEqual([
      `took over the lock ${file} from rollback (pid ${2 ** 22 + 1} on ${os.hostname()}, since 2024-01-01T00:00:00Z), which is no longer running; if that run was cut short, its snapshot is kept beside the data dir`,
    ]);
    await lock.release();
  });

  it('does not remove a lock someone else took after ours was broken', async () => {
    const file = path.join(dir, 'lock');
    const lock = await acquireLock(file, 'rollback');
    await writeFile(file, '{"pid":1}');
    await lock.release();
    expect(await readFile(file, 'utf8')).toBe('{"pid":1}');
  });
});

describe('snapshot and restore', () => {
  async function seed(data: string) {
    await mkdir(path.join(data, 'sub', 'deeper'), { recursive: true });
    await writeFile(path.join(data, 'events.json'), '[\n  {"id": "1"}\n]');
    await writeFile(path.join(data, 'settings.json'), Buffer.from([0xff, 0x00, 0x7b, 0x0a]));
    await writeFile(path.join(data, 'sub', 'deeper', 'x.bin'), 'deep');
    await chmod(path.join(data, 'settings.json'), 0o640);
    await symlink('events.json', path.join(data, 'link.json'));
    await writeFile(path.join(data, '.events.json.dynamodb-rollback-1-0badf00d.tmp'), 'stray temp');
  }

  it('restores byte for byte: changed, deleted and moded files back, files the rollback created removed, strangers left', async () => {
    const data = path.join(dir, 'data');
    await seed(data);
    const before = await picture(data);
    delete before['.events.json.dynamodb-rollback-1-0badf00d.tmp']; // our own debris is not snapshotted
    const snaps = path.join(dir, 'snaps');
    const snap = await takeSnapshot(data, snaps, ['events.json', 'users.json']);
    expect(snap.manifest.entries.map((e) => e.path)).toEqual([
      'events.json',
      'link.json',
      'settings.json',
      'sub',
      'sub/deeper',
      'sub/deeper/x.bin',
    ]);

    await writeFile(path.join(data, 'events.json'), '[]');
    await rm(path.join(data, 'sub'), { recursive: true });
    await chmod(path.join(data, 'settings.json'), 0o600);
    await writeFile(path.join(data, 'users.json'), '[]'); // created by the rollback (owned)
    await writeFile(path.join(data, 'uploads.log'), 'app wrote this'); // not the rollback's
    await rm(path.join(data, '.events.json.dynamodb-rollback-1-0badf00d.tmp'));

    const latest = await latestSnapshot(snaps);
    expect(latest?.dir).toBe(snap.dir);
    await verifySnapshot(latest!);
    const r = await restoreSnapshot(data, latest!);
    expect(r.removed).toEqual(['users.json']);
    expect(r.leftAlone).toEqual(['uploads.log']);
    expect(r.restored.sort()).toEqual(['events.json', 'settings.json', 'sub', 'sub/deeper', 'sub/deeper/x.bin']);
    await rm(path.join(data, 'uploads.log'));
    expect(await picture(data)).toEqual(before);
  });

  it('finds an altered snapshot out before anything is restored from it', async () => {
    const data = path.join(dir, 'data');
    await seed(data);
    const snap = await takeSnapshot(data, path.join(dir, 'snaps'), ['events.json']);
    await writeFile(path.join(snap.dir, 'files', 'settings.json'), 'tampered');
    await expect(verifySnapshot(snap)).rejects.toThrow(/settings\.json is altered/);
  });

  it('hands confirm the hash of each copy, and leaves nothing when confirm refuses', async () => {
    const data = path.join(dir, 'data');
    await seed(data);
    const snaps = path.join(dir, 'snaps');
    let seen: Record<string, string | undefined> = {};
    const refused = new Error('planned from other bytes');
    const err = await takeSnapshot(data, snaps, ['events.json'], new Date(), async (entries) => {
      seen = Object.fromEntries(entries.filter((e) => e.type === 'file').map((e) => [e.path, e.sha256]));
      throw refused;
    }).catch((e: unknown) => e);
    expect(err).toBe(refused);
    const events = await readFile(path.join(data, 'events.json'));
    expect(seen['events.json']).toBe(createHash('sha256').update(events).digest('hex'));
    expect(await readdir(snaps)).toEqual([]);
    expect(await latestSnapshot(snaps)).toBeNull();
  });

  it('never presents a half-built snapshot as the latest', async () => {
    const data = path.join(dir, 'data');
    await seed(data);
    const snaps = path.join(dir, 'snaps');
    // A whole snapshot, manifest and all, still under its .partial name (the rename had not happened).
    const snap = await takeSnapshot(data, snaps, ['events.json']);
    await rename(snap.dir, path.join(snaps, '2099-01-01T00-00-00-000Z.partial'));
    expect(await latestSnapshot(snaps)).toBeNull();
  });
});
