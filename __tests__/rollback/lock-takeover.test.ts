/**
 * A lock whose holder is gone is taken over, said so in the log, and only
 * by one run; a lock held by a live process, or from another host, is
 * still refused.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../src/core/errors.js';
import { silentReporter } from '../../src/core/reporter.js';
import type { ExportSource } from '../../src/export-format/source.js';
import { acquireLock, takeOver } from '../../src/fsafe/lock.js';
import { selfInfo } from '../../src/fsafe/lock-holder.js';
import { runRollback, type RollbackOptions } from '../../src/rollback/run.js';
import { statePaths } from '../../src/state/paths.js';
import { describeLocation } from '../../src/core/location.js';
import { asLocation } from '../harness/location.js';

let dir: string;
const children: ChildProcess[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-takeover-'));
});
afterEach(async () => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

/** A real process holding the lock at file, once it says so. */
async function holder(file: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'lock-holder-child.ts'), file], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('held') && resolve());
    child.on('exit', (code) => reject(new Error(`the lock holder exited ${code}`)));
  });
  return child;
}

async function kill9(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

const lockText = (info: object) => `${JSON.stringify(info, null, 2)}\n`;

describe('taking over a lock whose holder is gone', () => {
  it('refuses while the holder runs; after kill -9 takes the lock over, says so, and holds it', async () => {
    const file = path.join(dir, 'lock');
    const child = await holder(file);
    const err = await acquireLock(file, 'rollback').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain(`rollback (pid ${child.pid} on ${os.hostname()}`);
    expect((err as Error).message).toContain('holds it');

    await kill9(child);
    const log: string[] = [];
    const lock = await acquireLock(file, 'undo', new Date(), (m) => log.push(m));
    expect(log).toEqual([expect.stringContaining(`took over the lock ${file} from rollback (pid ${child.pid} on ${os.hostname()}`)]);
    expect(log[0]).toContain('which is no longer running');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ pid: process.pid, command: 'undo' });
    await lock.release();
    await expect(readFile(file)).rejects.toThrow(/ENOENT/);
  });

  it('the rollback takes over a lock left by a killed run, and writes', async () => {
    const dataDir = path.join(dir, 'data');
    await mkdir(dataDir);
    const state = statePaths(dataDir);
    await mkdir(state.root, { recursive: true });
    await kill9(await holder(state.lock));
    const warnings: string[] = [];
    const reporter = { ...silentReporter, warning: (m: string) => void warnings.push(m) };
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
    const result = await runRollback(opts, { reporter, openExport: emptyExport });
    expect(result.snapshot).toEqual(expect.any(String));
    expect(warnings.filter((w) => w.startsWith(`took over the lock ${state.lock}`))).toHaveLength(1);
    await expect(readFile(state.lock)).rejects.toThrow(/ENOENT/);
  });

  it('a pid now running another process (a different start time) is not the holder', async () => {
    const file = path.join(dir, 'lock');
    const me = selfInfo('rollback', new Date());
    expect(me.processStart).toMatch(/^\d+$/); // Linux: read from /proc
    await writeFile(file, lockText({ ...me, processStart: String(Number(me.processStart) + 1) }));
    const log: string[] = [];
    const lock = await acquireLock(file, 'rollback', new Date(), (m) => log.push(m));
    expect(log).toHaveLength(1);
    await lock.release();
  });

  it('a holder from before a reboot is gone', async () => {
    const file = path.join(dir, 'lock');
    await writeFile(file, lockText({ ...selfInfo('rollback', new Date()), bootId: 'an-earlier-boot' }));
    const lock = await acquireLock(file, 'rollback');
    await lock.release();
  });

  it('a live holder with the same start time is refused', async () => {
    const file = path.join(dir, 'lock');
    await writeFile(file, lockText(selfInfo('rollback', new Date())));
    await expect(acquireLock(file, 'rollback')).rejects.toThrow(/holds it; wait for it to finish/);
  });

  it('a holder on another host is refused, even with a pid that is not running here', async () => {
    const file = path.join(dir, 'lock');
    await writeFile(
      file,
      lockText({ pid: 2 ** 22 + 1, hostname: `not-${os.hostname()}`, command: 'rollback', startedAt: '2024-01-01T00:00:00Z' }),
    );
    const err = await acquireLock(file, 'rollback').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain(
      `: rollback (pid ${2 ** 22 + 1} on not-${os.hostname()}, since 2024-01-01T00:00:00Z) holds it`,
    );
  });

  it('two runs taking over at once: exactly one holds the lock, the other is refused', async () => {
    const file = path.join(dir, 'lock');
    const gone = lockText({ pid: 2 ** 22 + 1, hostname: os.hostname(), command: 'rollback', startedAt: '2024-01-01T00:00:00Z' });
    for (let round = 0; round < 20; round++) {
      await writeFile(file, gone);
      const tries = await Promise.allSettled(Array.from({ length: 6 }, () => acquireLock(file, 'rollback')));
      const held = tries.filter((t) => t.status === 'fulfilled');
      expect(held).toHaveLength(1);
      for (const t of tries) if (t.status === 'rejected') expect(t.reason).toBeInstanceOf(InputError);
      await held[0]!.value.release();
    }
  });

  it('a lock another run took after this one judged it stale is not removed', async () => {
    const file = path.join(dir, 'lock');
    const gone = lockText({ pid: 2 ** 22 + 1, hostname: os.hostname(), command: 'rollback', startedAt: '2024-01-01T00:00:00Z' });
    const live = lockText(selfInfo('undo', new Date()));
    await writeFile(file, live);
    expect(await takeOver(file, gone, lockText(selfInfo('rollback', new Date())))).toBe(false);
    expect(await readFile(file, 'utf8')).toBe(live);
    await expect(readFile(`${file}.takeover`)).rejects.toThrow(/ENOENT/);
  });

  it('another run taking over right now (its marker is there): refused, naming the marker; the stale lock is left', async () => {
    const file = path.join(dir, 'lock');
    const gone = lockText({ pid: 2 ** 22 + 1, hostname: os.hostname(), command: 'rollback', startedAt: '2024-01-01T00:00:00Z' });
    await writeFile(file, gone);
    await writeFile(`${file}.takeover`, '');
    await expect(acquireLock(file, 'rollback')).rejects.toThrow(`another run is taking it over right now (${file}.takeover)`);
    expect(await readFile(file, 'utf8')).toBe(gone);
  });
});
