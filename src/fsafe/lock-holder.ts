/**
 * Who holds a lock, and whether that process is gone: what a lock records
 * of its taker (host, pid, and on Linux the process's start time and the
 * boot it ran in, so a pid reused by another process, or a reboot, is not
 * taken for the holder) and how the next run tells the holder is gone.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface LockInfo {
  pid: number;
  hostname: string;
  command: string;
  startedAt: string;
  /** /proc/<pid>/stat's starttime (clock ticks since boot), on Linux. */
  processStart?: string;
  /** /proc/sys/kernel/random/boot_id, on Linux. */
  bootId?: string;
}

export type Holder = Partial<LockInfo> & { pid: number };

/** This process as a lock's holder. */
export function selfInfo(command: string, now: Date): LockInfo {
  const info: LockInfo = { pid: process.pid, hostname: os.hostname(), command, startedAt: now.toISOString() };
  const start = procStat(process.pid)?.start;
  const boot = bootId();
  if (start !== undefined) info.processStart = start;
  if (boot !== undefined) info.bootId = boot;
  return info;
}

/**
 * Gone only when it can be told for certain: the holder ran on this host
 * and its pid is not running, is a zombie, or is another process (a
 * different start time), or the host has rebooted since. A holder on
 * another host is never gone as far as this host can tell.
 */
export function holderGone(holder: Holder): boolean {
  if (holder.hostname !== os.hostname()) return false;
  const boot = bootId();
  if (holder.bootId !== undefined && boot !== undefined && holder.bootId !== boot) return true;
  if (!isAlive(holder.pid)) return true;
  const stat = procStat(holder.pid);
  if (stat === undefined) return false;
  if (stat.state === 'Z' || stat.state === 'X') return true;
  return holder.processStart !== undefined && holder.processStart !== stat.start;
}

export function describeHolder(holder: Holder): string {
  return `${holder.command ?? 'a command'} (pid ${holder.pid} on ${holder.hostname ?? 'an unknown host'}, since ${holder.startedAt ?? 'an unknown time'})`;
}

/** A lock's text as a holder, or why it names none. */
export function parseHolder(text: string): Holder | string {
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
  return {
    pid: info.pid,
    hostname: str('hostname'),
    command: str('command'),
    startedAt: str('startedAt'),
    processStart: str('processStart'),
    bootId: str('bootId'),
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** State and start time from /proc/<pid>/stat; undefined where there is no /proc. */
function procStat(pid: number): { state: string; start: string } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces and parentheses: the fields after it start past the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const state = fields[0];
  const start = fields[19]; // field 22, starttime
  return state && start && /^\d+$/.test(start) ? { state, start } : undefined;
}

function bootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
