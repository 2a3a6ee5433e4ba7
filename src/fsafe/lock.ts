/**
 * One rollback (or undo, or pull) per data dir at a time: a lock file
 * created with O_EXCL, holding who took it. A lock whose holder ran on this
 * host and is gone (killed, crashed, rebooted) is taken over, said so in
 * the log; any other held lock is refused with a message that says who
 * holds it and how to clear it, rather than guessing and breaking a lock
 * that is still held.
 */
import { type FileHandle, open, readFile, rm } from 'node:fs/promises';
import { InputError } from '../core/errors.js';
import { describeHolder, type Holder, holderGone, type LockInfo, parseHolder, selfInfo } from './lock-holder.js';

export type { LockInfo } from './lock-holder.js';

/** How long to wait before reading an empty lock again. */
const EMPTY_RECHECK_MS = 100;
/** Tries to create the lock: a takeover may lose to another run that took the freed lock first. */
const ATTEMPTS = 3;
/** What readHolder says of a lock removed before it could be read. */
const GONE_BEFORE_READ = 'cannot be read: ENOENT';

export interface Lock {
  file: string;
  info: LockInfo;
  release(): Promise<void>;
}

/** log: where a takeover is said (the command's reporter). */
export async function acquireLock(file: string, command: string, now: Date = new Date(), log?: (message: string) => void): Promise<Lock> {
  const info = selfInfo(command, now);
  const text = `${JSON.stringify(info, null, 2)}\n`;
  let tookOver: Holder | undefined;
  for (let attempt = 1; ; attempt++) {
    const fh = await createExclusive(file);
    if (fh) {
      await writeLock(file, fh, text);
      if (tookOver)
        log?.(
          `took over the lock ${file} from ${describeHolder(tookOver)}, which is no longer running; if that run was cut short, its snapshot is kept beside the data dir`,
        );
      break;
    }
    const holder = await readHolder(file);
    if (holder === GONE_BEFORE_READ && attempt < ATTEMPTS) continue; // released between our create and our read
    if (typeof holder === 'string' || holder.holder === undefined || !holderGone(holder.holder) || attempt === ATTEMPTS) {
      throw new InputError(heldMessage(file, holder));
    }
    if (await takeOver(file, holder.text, text)) tookOver = holder.holder;
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

async function createExclusive(file: string): Promise<FileHandle | null> {
  try {
    return await open(file, 'wx', 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return null;
    throw new InputError(`cannot create the lock file ${file} (${code ?? String(err)}); check that its folder is writable`);
  }
}

async function writeLock(file: string, fh: FileHandle, text: string): Promise<void> {
  try {
    await fh.writeFile(text, 'utf8');
    await fh.sync();
    await fh.close();
  } catch (err) {
    // Created but not written (a full disk): ours, and it would stop the next run as an empty lock.
    await fh.close().catch(() => {});
    await rm(file, { force: true }).catch(() => {});
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`cannot write the lock file ${file} (${code ?? String(err)}); free space beside the data dir and run again`, {
      cause: err,
    });
  }
}

/**
 * Removes a lock whose holder is gone, under a takeover marker created with
 * O_EXCL, so two runs that both found the holder gone cannot both remove
 * it: the one holding the marker removes the lock only while it still
 * holds the text judged stale; the other finds the marker and refuses, or
 * finds a new holder. The lock itself is then created as always (O_EXCL),
 * so a run starting meanwhile that takes it first wins, and this one is
 * refused with that holder's name. True when the stale lock was removed.
 */
export async function takeOver(file: string, staleText: string, ourText: string): Promise<boolean> {
  const marker = `${file}.takeover`;
  let fh: FileHandle;
  try {
    fh = await open(marker, 'wx', 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new InputError(
        `the data dir is locked by ${file}, whose holder is gone, and another run is taking it over right now (${marker}); run again in a moment, or if no rollback, undo or pull is running, delete ${marker} and run again`,
      );
    }
    throw new InputError(`cannot create ${marker} to take over the lock (${code ?? String(err)}); check that its folder is writable`);
  }
  try {
    await fh.writeFile(ourText, 'utf8').catch(() => {}); // who is taking over, for whoever finds the marker; not needed for safety
    const current = await readFile(file, 'utf8').catch(() => null);
    if (current !== staleText) return false;
    await rm(file, { force: true });
    return true;
  } finally {
    await fh.close().catch(() => {});
    await rm(marker, { force: true });
  }
}

type ReadHolder = { text: string; holder: Holder | undefined } | string;

function heldMessage(file: string, read: ReadHolder): string {
  const clear = `if no rollback or undo is running, delete ${file} and run again`;
  if (typeof read === 'string') return `the data dir is locked by ${file}, whose holder is unknown (${read}); ${clear}`;
  const holder = read.holder;
  if (holder === undefined) {
    return `the data dir is locked by ${file}, which is empty: the process that took it was stopped between creating and writing it, so its holder is gone; ${clear} (run undo first if that run was cut short)`;
  }
  return holderGone(holder)
    ? `the data dir is locked by ${file}, taken by ${describeHolder(holder)}, which is no longer running: the lock is stale, and another run took it over and released it again while this one tried; run again`
    : `the data dir is locked by ${file}: ${describeHolder(holder)} holds it; wait for it to finish, or ${clear}`;
}

/**
 * Who holds the lock (undefined: the lock is empty), or why that cannot be
 * told. A lock is created empty and written at once, so an empty one is
 * read twice: once more after a moment, in case its taker is between the
 * two steps right now.
 */
async function readHolder(file: string): Promise<ReadHolder> {
  let text = '';
  for (let attempt = 0; attempt < 2 && text === ''; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, EMPTY_RECHECK_MS));
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      return `cannot be read: ${(err as NodeJS.ErrnoException).code ?? 'error'}`;
    }
  }
  if (text.trim() === '') return { text, holder: undefined };
  const holder = parseHolder(text);
  return typeof holder === 'string' ? holder : { text, holder };
}
