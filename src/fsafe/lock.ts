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

export interface Lock {
  file: string;
  info: LockInfo;
  release(): Promise<void>;
}

export async function acquireLock(file: string, command: string, now: Date = new Date()): Promise<Lock> {
  const info: LockInfo = { pid: process.pid, hostname: os.hostname(), command, startedAt: now.toISOString() };
  const text = `${JSON.stringify(info, null, 2)}\n`;
  try {
    const fh = await open(file, 'wx', 0o644);
    try {
      await fh.writeFile(text, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InputError(await heldMessage(file));
    throw new InputError(`cannot create the lock file ${file} (${code ?? String(err)}); check that its folder is writable`);
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
  const holder = await readFile(file, 'utf8').then((t) => JSON.parse(t) as Partial<LockInfo>, () => null);
  const clear = `if no rollback or undo is running, delete ${file} and run again`;
  if (!holder || typeof holder.pid !== 'number') return `the data dir is locked by ${file} (holder unreadable); ${clear}`;
  const who = `${holder.command ?? 'a command'} (pid ${holder.pid} on ${holder.hostname ?? 'an unknown host'}, since ${holder.startedAt ?? 'an unknown time'})`;
  const stale = holder.hostname === os.hostname() && !isAlive(holder.pid);
  return stale
    ? `the data dir is locked by ${file}, taken by ${who}, which is no longer running: the lock is stale; delete ${file} and run again (run undo first if that run was cut short)`
    : `the data dir is locked by ${file}: ${who} holds it; wait for it to finish, or ${clear}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
