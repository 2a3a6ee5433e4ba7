/**
 * Positioned reads of items in random order (the export's scan order
 * against a file in the app's order) through blocks of the file kept in one
 * cache shared by every open file, bounded in bytes, least recently used
 * out first. A base file up to the bound is then read once, in 64 KiB
 * reads, rather than once per item (100,000 small reads took longer than
 * parsing the items they held); a larger one still reads each block it
 * needs, a small read's cost more or less.
 */
import { readSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { InputError } from '../core/errors.js';

const BLOCK = 64 * 1024;
/** Per thread: a worker thread (the rollback plans two collections at once) keeps half, so the process holds about as much as with one. */
const MAX_BYTES = (isMainThread ? 48 : 24) * 1024 * 1024;
/** Block keys: the file's id times this plus the block number (files under 2^32 blocks, 256 TiB). */
const PER_FILE = 2 ** 32;

const blocks = new Map<number, Buffer>();

/** Bytes the cache holds now (at most MAX_BYTES). */
export function cachedBytes(): number {
  let n = 0;
  for (const b of blocks.values()) n += b.length;
  return n;
}

export class BlockReader {
  constructor(
    private readonly id: number,
    private readonly fd: () => number,
    private readonly where: () => string,
  ) {}

  text(offset: number, length: number): string {
    const first = Math.floor(offset / BLOCK);
    const last = Math.floor((offset + length - 1) / BLOCK);
    if (length === 0) return '';
    if (last - first > 1) return this.direct(offset, length).toString('utf8');
    const a = this.block(first);
    const from = offset - first * BLOCK;
    if (first === last) return this.within(a, from, length).toString('utf8');
    const b = this.block(last);
    const head = a.subarray(from);
    return Buffer.concat([head, this.within(b, 0, length - head.length)]).toString('utf8');
  }

  /** Drops this file's blocks (it is being closed). */
  forget(): void {
    for (const key of blocks.keys()) if (Math.floor(key / PER_FILE) === this.id) blocks.delete(key);
  }

  private within(block: Buffer, from: number, length: number): Buffer {
    if (from + length > block.length) throw this.shorter();
    return block.subarray(from, from + length);
  }

  private block(n: number): Buffer {
    const key = this.id * PER_FILE + n;
    const hit = blocks.get(key);
    if (hit) {
      // Most recently used last: the Map's order is the eviction order.
      blocks.delete(key);
      blocks.set(key, hit);
      return hit;
    }
    const buf = Buffer.allocUnsafe(BLOCK);
    const got = readSync(this.fd(), buf, 0, BLOCK, n * BLOCK);
    const block = buf.subarray(0, got);
    blocks.set(key, block);
    while (blocks.size * BLOCK > MAX_BYTES) blocks.delete(blocks.keys().next().value!);
    return block;
  }

  private direct(offset: number, length: number): Buffer {
    const buf = Buffer.allocUnsafe(length);
    if (readSync(this.fd(), buf, 0, length, offset) < length) throw this.shorter();
    return buf;
  }

  private shorter(): InputError {
    return new InputError(
      `${this.where()}: changed while the rollback read it (shorter than it was); nothing was written: run the rollback again`,
    );
  }
}
