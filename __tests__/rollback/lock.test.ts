/**
 * A lock left behind by a killed process, in every state a kill can leave
 * it: each reader gives one InputError naming the lock, saying what is
 * known of its holder and how to clear it, never a JSON parse error.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../src/core/errors.js';
import type { ExportSource } from '../../src/export-format/source.js';
import { silentReporter } from '../../src/core/reporter.js';
import { acquireLock } from '../../src/fsafe/lock.js';
import { takeSnapshot } from '../../src/fsafe/snapshot.js';
import { runRollback, type RollbackOptions } from '../../src/rollback/run.js';
import { runUndo } from '../../src/rollback/undo.js';
import { statePaths } from '../../src/state/paths.js';
import { describeLocation } from '../../src/core/location.js';
import { asLocation } from '../harness/location.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refusal(p: Promise<unknown>): Promise<InputError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  const message = (err as Error).message;
  expect(message).not.toMatch(/SyntaxError|Unexpected|JSON input/);
  return err as InputError;
}

const clearHint = (file: string) => `if no rollback or undo is running, delete ${file} and run again`;

describe('a lock left by a killed process', () => {
  it('empty (killed between create and write): names the lock, says its holder is gone and how to clear it', async () => {
    const file = path.join(dir, 'lock');
    await writeFile(file, '');
    const err = await refusal(acquireLock(file, 'rollback'));
    expect(err.message).toContain(`locked by ${file}, which is empty`);
    expect(err.message).toContain('its holder is gone');
    expect(err.message).toContain(clearHint(file));
    expect(await readFile(file, 'utf8')).toBe('');
  });

  it('cut short mid-write: the holder is unknown, said so, with how to clear it', async () => {
    const file = path.join(dir, 'lock');
    await writeFile(file, '{\n  "pid": 12');
    const err = await refusal(acquireLock(file, 'rollback'));
    expect(err.message).toContain(`locked by ${file}, whose holder is unknown (not the JSON a lock holds`);
    expect(err.message).toContain(clearHint(file));
  });

  it('unreadable (a folder where the lock should be): the holder is unknown, with the reason', async () => {
    const file = path.join(dir, 'lock');
    await mkdir(file);
    const err = await refusal(acquireLock(file, 'undo'));
    expect(err.message).toContain(`whose holder is unknown (cannot be read: EISDIR)`);
    expect(err.message).toContain(clearHint(file));
  });

  it.each([
    ['no pid', '{"hostname":"h"}'],
    ['pid 0 (a process group, not a process)', '{"pid":0,"hostname":"h"}'],
    ['a JSON string', '"locked"'],
    ['JSON null', 'null'],
  ])('%s: the holder is unknown', async (_what, text) => {
    const file = path.join(dir, 'lock');
    await writeFile(file, text);
    const err = await refusal(acquireLock(file, 'rollback'));
    expect(err.message).toContain('whose holder is unknown (no pid in it)');
  });

  it('an empty lock stops rollback before anything is written, with the same message', async () => {
    const dataDir = path.join(dir, 'data');
    await mkdir(dataDir);
    await writeFile(path.join(dataDir, 'events.json'), '[]');
    const state = statePaths(dataDir);
    await mkdir(state.root, { recursive: true });
    await writeFile(state.lock, '');
    // The lock is taken once every input is checked and planned: here none (strategy export, no collections, an empty export).
    const opts: RollbackOptions = {
      from: asLocation(path.join(dir, 'no-export')),
      stage: 'test',
      dataDir,
      backupDir: asLocation(path.join(dir, 'none')),
      progressFile: path.join(dir, 'none.json'),
      cwd: dir,
      collections: [],
      configTables: {},
      strategy: 'export',
      prefer: 'dynamodb',
      dryRun: false,
      allowDataLoss: false,
    };
    const emptyExport = async (): Promise<ExportSource> => ({
      location: describeLocation(opts.from),
      format: 'dynamodb-rollback',
      tables: [],
      items: () => [] as never,
    });
    const err = await refusal(runRollback(opts, { reporter: silentReporter, openExport: emptyExport }));
    expect(err.message).toContain(`locked by ${state.lock}, which is empty`);
  });

  it('an empty lock stops undo before anything is restored, with the same message', async () => {
    const dataDir = path.join(dir, 'data');
    await mkdir(dataDir);
    await writeFile(path.join(dataDir, 'events.json'), '[1]');
    const state = statePaths(dataDir);
    await takeSnapshot(dataDir, state.snapshots, ['events.json']);
    await writeFile(path.join(dataDir, 'events.json'), '[2]');
    await writeFile(state.lock, '');
    const err = await refusal(runUndo({ dataDir }, { reporter: silentReporter }));
    expect(err.message).toContain(`locked by ${state.lock}, which is empty`);
    expect(await readFile(path.join(dataDir, 'events.json'), 'utf8')).toBe('[2]');
  });

  it('an empty lock its taker is writing at this moment is read again, and then held', async () => {
    const file = path.join(dir, 'lock');
    await writeFile(file, '');
    setTimeout(
      () => void writeFile(file, JSON.stringify({ pid: process.pid, hostname: os.hostname(), command: 'rollback', startedAt: 'now' })),
      20,
    );
    const err = await refusal(acquireLock(file, 'undo'));
    expect(err.message).toContain(`rollback (pid ${process.pid}`);
    expect(err.message).toContain('holds it');
  });

  it('a lock that cannot be written (a full disk) is not left behind empty to stop the next run', async () => {
    const file = path.join(dir, 'lock');
    // Node ignores SIGXFSZ: under ulimit -f 0 the lock file is created, and writing it fails with EFBIG.
    const child = spawn(
      'bash',
      [
        '-c',
        'ulimit -f 0 && exec "$@"',
        'bash',
        process.execPath,
        '--import',
        'tsx',
        path.join(import.meta.dirname, 'lock-child.ts'),
        file,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NODE_OPTIONS: '' },
      },
    );
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    await new Promise((resolve) => child.on('close', resolve));
    expect(JSON.parse(stdout.trim())).toEqual({
      ok: false,
      exitCode: 2,
      message: `cannot write the lock file ${file} (EFBIG); free space beside the data dir and run again`,
    });
    expect(await readdir(dir)).toEqual([]);
    const lock = await acquireLock(file, 'rollback');
    await lock.release();
  });
});
