/**
 * One gzip data file, hashed as it is written, fsynced and renamed into
 * place: a data file exists under its final name only once it is whole.
 * write() resolves once gzip has consumed the chunk, which gives end-to-end
 * backpressure and lets the caller reuse the chunk's buffer.
 *
 * When the disk fails (ENOSPC, EFBIG) the pipeline destroys gzip, and a
 * pending write's callback then gets ERR_STREAM_DESTROYED, or is never
 * called at all: so every write also waits on the pipeline, and a failure
 * is reported as the pipeline's own error, the real cause.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, type Gzip } from 'node:zlib';

export interface WrittenFile {
  /** sha256 (hex) of the gzip bytes. */
  sha256: string;
  bytes: number;
}

export const PARTIAL_SUFFIX = '.partial';

export class GzipFile {
  private readonly gzip: Gzip;
  private readonly done: Promise<void>;
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private readonly tmp: string;

  constructor(
    private readonly path: string,
    level = 6,
  ) {
    this.tmp = `${path}${PARTIAL_SUFFIX}`;
    this.gzip = createGzip({ level });
    const tap = new Transform({
      transform: (chunk: Buffer, _encoding, callback) => {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        callback(null, chunk);
      },
    });
    this.done = pipeline(this.gzip, tap, createWriteStream(this.tmp, { flush: true }));
    // Failures surface through write() and close(); this only keeps them from being unhandled.
    this.done.catch(() => {});
  }

  async write(chunk: Buffer): Promise<void> {
    const consumed = new Promise<void>((resolve, reject) => {
      this.gzip.write(chunk, (err) => (err ? reject(err) : resolve()));
    });
    consumed.catch(() => {}); // the race below may settle first
    try {
      // The pipeline settles only after end() (in close), or when it fails: then with the cause.
      await Promise.race([consumed, this.done.then(() => consumed)]);
    } catch (err) {
      throw await this.cause(err);
    }
  }

  async close(): Promise<WrittenFile> {
    this.gzip.end();
    await this.done;
    await rename(this.tmp, this.path);
    return { sha256: this.hash.digest('hex'), bytes: this.bytes };
  }

  /** The pipeline's error when it failed, else err: a destroyed stream's error only says that something else broke it. */
  private cause(err: unknown): Promise<unknown> {
    return this.done.then(
      () => err,
      (failure: unknown) => failure,
    );
  }

  async abort(): Promise<void> {
    this.gzip.destroy();
    await this.done.catch(() => {});
    await rm(this.tmp, { force: true });
  }
}

/** Writes a whole file from a stream of chunks (strings or buffers), with backpressure. */
export async function writeGzipFile(path: string, chunks: AsyncIterable<Buffer | string>, level = 6): Promise<WrittenFile> {
  const file = new GzipFile(path, level);
  try {
    for await (const chunk of chunks) await file.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return await file.close();
  } catch (err) {
    await file.abort();
    throw err;
  }
}
