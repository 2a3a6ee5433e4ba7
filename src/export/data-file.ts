/**
 * One gzip data file, hashed as it is written, fsynced and renamed into
 * place: a data file exists under its final name only once it is whole.
 * write() resolves once gzip has consumed the chunk, which gives end-to-end
 * backpressure and lets the caller reuse the chunk's buffer.
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

  constructor(private readonly path: string, level = 6) {
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

  write(chunk: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      this.gzip.write(chunk, (err) => (err ? reject(err) : resolve()));
    });
  }

  async close(): Promise<WrittenFile> {
    this.gzip.end();
    await this.done;
    await rename(this.tmp, this.path);
    return { sha256: this.hash.digest('hex'), bytes: this.bytes };
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
