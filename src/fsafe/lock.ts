/**
 * One rollback (or undo) per data dir at a time: a lock file created with
 * O_EXCL, holding who took it. A crash leaves it behind; the error says how
 * to tell it is stale and how to clear it, rather than guessing and
 * breaking a lock that is still held.
 */
import { open, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { InputError } from '../core/errors.js';

export interface LockInfo {
  pid: number;
  hostname: string;
  command: string;
  startedAt: string;
}

/** How long to wait before reading an empty lock again. */
const EMPTY_RECHECK_MS = 100;

export interface Lock {
  file: string;
  info: LockInfo;
  release(): Promise<void>;
}

export async function acquireLock(file: string, command: string, now: Date = new Date()): Promise<Lock> {
  const info: LockInfo = { pid: process.pid, hostname: os.hostname(), command, startedAt: now.toISOString() };
  const text = `${JSON.stringify(info, null, 2)}\n`;
  let fh;
  try {
    fh = await open(file, 'wx', 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InputError(await heldMessage(file));
    throw new InputError(`cannot create the lock file ${file} (${code ?? String(err)}); check that its folder is writable`);
  }
  try {
    await fh.writeFile(text, 'utf8');
    await fh.sync();
    await fh.close();
  } catch (err) {
    // Created but not written (a full disk): ours, and it would stop the next run as an empty lock.
    await fh.close().catch(() => {});
    await rm(file, { force: true }).catch(() => {});
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`cannot write the lock file ${file} (${code ?? String(err)}); free space beside the data dir and run again`, { cause: err });
  }
  return {
    file,
    info,
    async release() {
      // Only remove the lock if it is still ours.
      const current = await readFile(file, 'utf8').catch(() => null);
      if (current === text) await rm(file, { force: true });
    },
  };
}

async function heldMessage(file: string): Promise<string> {
  const clear = `if no rollback or undo is running, delete ${file} and run again`;
  const holder = await readHolder(file);
  if (holder === 'empty') {
    return `the data dir is locked by ${file}, which is empty: the process that took it was stopped between creating and writing it, so its holder is gone; ${clear} (run undo first if that run was cut short)`;
  }
  if (typeof holder === 'string') return `the data dir is locked by ${file}, whose holder is unknown (${holder}); ${clear}`;
  const who = `${holder.command ?? 'a command'} (pid ${holder.pid} on ${holder.hostname ?? 'an unknown host'}, since ${holder.startedAt ?? 'an unknown time'})`;
  const stale = holder.hostname === os.hostname() && !isAlive(holder.pid);
  return stale
    ? `the data dir is locked by ${file}, taken by ${who}, which is no longer running: the lock is stale; delete ${file} and run again (run undo first if that run was cut short)`
    : `the data dir is locked by ${file}: ${who} holds it; wait for it to finish, or ${clear}`;
}

/**
 * Who holds the lock, or why that cannot be told. A lock is created empty
 * and written at once, so an empty one is read twice: once more after a
 * moment, in case its taker is between the two steps right now.
 */
async function readHolder(file: string): Promise<(Partial<LockInfo> & { pid: number }) | 'empty' | string> {
  let text = '';
  for (let attempt = 0; attempt < 2 && text === ''; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, EMPTY_RECHECK_MS));
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      return `cannot be read: ${(err as NodeJS.ErrnoException).code ?? 'error'}`;
    }
  }
  if (text.trim() === '') return 'empty';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'not the JSON a lock holds: cut short or overwritten';
  }
  const info = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  // pid 0 or below would name a process group to kill(): only a real pid counts.
  if (typeof info.pid !== 'number' || !Number.isSafeInteger(info.pid) || info.pid <= 0) return 'no pid in it';
  const str = (k: string) => (typeof info[k] === 'string' ? (info[k] as string) : undefined);
  return { pid: info.pid as number, hostname: str('hostname'), command: str('command'), startedAt: str('startedAt') };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
