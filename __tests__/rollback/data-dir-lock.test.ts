/**
 * The lock step of the rollback: the state folder it creates is removed on
 * release only while empty, so nothing of another run (its lock, its
 * snapshot) is ever swept away with it.
 */
import { lstat, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { lockDataDir } from '../../src/fsafe/data-dir-lock.js';
import { statePaths } from '../../src/state/paths.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-lock-step-'));
  await mkdir(path.join(root, 'data'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('lockDataDir', () => {
  it('creates the state folder and the lock, and on release removes both when nothing was kept', async () => {
    const state = statePaths(path.join(root, 'data'));
    const held = await lockDataDir(path.join(root, 'data'), state, new Date());
    expect(await readdir(state.root)).toEqual(['lock']);
    await held.release();
    expect(await readdir(root)).toEqual(['data']);
    expect(await readdir(path.join(root, 'data'))).toEqual([]); // the write probe left nothing
  });

  it('keeps what is in the state folder on release: a snapshot, a report, anything another run put there', async () => {
    const state = statePaths(path.join(root, 'data'));
    const held = await lockDataDir(path.join(root, 'data'), state, new Date());
    await mkdir(path.join(state.snapshots, 'other-run'), { recursive: true });
    await writeFile(path.join(state.root, 'other-lock'), '{}');
    await held.release();
    expect((await readdir(state.root)).sort()).toEqual(['other-lock', 'snapshots']);
    expect(await readdir(state.snapshots)).toEqual(['other-run']);
  });

  it('leaves a state folder it did not create', async () => {
    const state = statePaths(path.join(root, 'data'));
    await mkdir(state.root, { recursive: true });
    const held = await lockDataDir(path.join(root, 'data'), state, new Date());
    await held.release();
    expect((await lstat(state.root)).isDirectory()).toBe(true);
    expect(await readdir(state.root)).toEqual([]);
  });
});
