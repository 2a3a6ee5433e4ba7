/**
 * A file replaced whole or not at all: written to a temp file in the same
 * folder, fsynced, renamed over the target, and the folder fsynced so the
 * rename itself survives a power cut. A crash at any point leaves the old
 * file or the new one, never a mix; at worst a stray temp file, whose name
 * (TEMP_PATTERN) lets the next run recognise and remove it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export type Content = string | Buffer | Iterable<string | Buffer> | AsyncIterable<string | Buffer>;

export interface WriteHooks {
  /** Called with the target after the temp file is whole and fsynced, before the rename. Tests inject crashes here. */
  beforeRename?: (target: string) => void | Promise<void>;
}

export interface WriteOptions {
  /** File mode of the result (the old file's, so a rewrite does not change permissions). */
  mode?: number;
  /** Leave the target alone when the new content has this sha256 (hex): it is already what we would write. */
  unlessSha256?: string;
  /** Refuse (ContentMismatchError, the target untouched) unless the content written has this sha256 (hex). */
  expectSha256?: string;
  hooks?: WriteHooks;
}

/** What was written to the temp file is not what the caller expected: the target was left as it was. */
export class ContentMismatchError extends Error {
  constructor(target: string) {
    super(`${target}: the content written did not have the expected sha256; the file was left as it was`);
    this.name = 'ContentMismatchError';
  }
}

export interface WriteResult {
  written: boolean;
  sha256: string;
  bytes: number;
}

/** Every temp file of ours: tempPathFor's names, and the write probe's old name (see write-probe.ts). */
export const TEMP_PATTERN = /^\.(?:.+\.dynamodb-rollback-\d+-[0-9a-f]{8}\.tmp|dynamodb-rollback-write-check-\d+-[0-9a-f]{8})$/;

/** Whether name is a temp file of ours for the file named target (a basename). */
export function isTempFor(name: string, target: string): boolean {
  return TEMP_PATTERN.test(name) && name.startsWith(`.${target}.dynamodb-rollback-`);
}

export function tempPathFor(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.dynamodb-rollback-${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
}

/** A temp file written whole, fsynced and hashed beside its target, which is untouched until commit. */
export interface PreparedWrite {
  target: string;
  /** The temp file's name (a basename). */
  tempName: string;
  sha256: string;
  bytes: number;
  /** Renames the temp file over the target (unless unlessSha256 says it is already that content) and fsyncs the folder. */
  commit(): Promise<WriteResult>;
  /** Removes the temp file, if it was not renamed. */
  discard(): Promise<void>;
}

/**
 * writeFileAtomic in two halves, so a caller can write its temp files while
 * it does something that must finish before the first rename (the
 * rollback's snapshot): nothing a reader of the target sees changes before
 * commit.
 */
export async function prepareFileAtomic(target: string, content: Content, options: WriteOptions = {}): Promise<PreparedWrite> {
  const tmp = tempPathFor(target);
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    const fh = await open(tmp, 'wx', options.mode ?? 0o666);
    try {
      for await (const chunk of chunksOf(content)) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        hash.update(buf);
        for (let off = 0; off < buf.length;) off += (await fh.write(buf, off)).bytesWritten;
        bytes += buf.length;
      }
      if (options.mode !== undefined) await fh.chmod(options.mode); // open's mode is masked by umask
      await fh.sync();
    } catch (err) {
      // The write's own error (ENOSPC, EFBIG) is the cause: a close failing after it must not take its place.
      await fh.close().catch(() => {});
      throw err;
    }
    await fh.close();
  } catch (err) {
    await removeTemp(tmp);
    throw err;
  }
  const sha256 = hash.digest('hex');
  let settled = false;
  const discard = async () => {
    if (settled) return;
    settled = true;
    await removeTemp(tmp);
  };
  const commit = async (): Promise<WriteResult> => {
    if (settled) throw new Error(`${target}: its temp file was already renamed or removed`);
    try {
      if (options.unlessSha256 === sha256) return { written: false, sha256, bytes };
      if (options.expectSha256 !== undefined && options.expectSha256 !== sha256) throw new ContentMismatchError(target);
      await options.hooks?.beforeRename?.(target);
      await rename(tmp, target);
      settled = true;
      await syncDir(path.dirname(target));
      return { written: true, sha256, bytes };
    } finally {
      await discard();
    }
  };
  return { target, tempName: path.basename(tmp), sha256, bytes, commit, discard };
}

export async function writeFileAtomic(target: string, content: Content, options: WriteOptions = {}): Promise<WriteResult> {
  return (await prepareFileAtomic(target, content, options)).commit();
}

/** Nor may a cleanup's failure take the cause's place: a temp left behind is recognised by its name and removed by the next run. */
async function removeTemp(tmp: string): Promise<void> {
  await rm(tmp, { force: true }).catch(() => {});
}

/** Removes temp files a crashed write left in dir (only ours, by name), but for keep: this run's own. */
export async function removeStaleTemps(dir: string, keep: ReadonlySet<string> = new Set()): Promise<void> {
  for (const name of await readdir(dir)) {
    if (TEMP_PATTERN.test(name) && !keep.has(name)) await rm(path.join(dir, name), { force: true });
  }
}

/** fsync a folder, so renames and unlinks in it are durable. */
export async function syncDir(dir: string): Promise<void> {
  const dh = await open(dir, 'r');
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
}

async function* chunksOf(content: Content): AsyncIterable<string | Buffer> {
  if (typeof content === 'string' || Buffer.isBuffer(content)) yield content;
  else yield* content;
}
