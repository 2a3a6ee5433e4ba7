/**
 * Positioned reads of items in random order (the export's scan order
 * against a file in the app's order) through blocks of the file kept in one
 * cache shared by every open file, bounded in bytes, least recently used
 * out first. A base file up to the bound is then read once, in 64 KiB
 * reads, rather than once per item (100,000 small reads took longer than
 * parsing the items they held). A larger one, which the cache cannot hold,
 * is read in blocks only where the reads go in file order; read out of
 * order (a scan's order), each block would be read, kept and dropped again
 * for one item (a 600,000-item rollback copied some 38 GB so, three times
 * slower), so only the item is read.
 */
import { fstatSync, readSync } from 'node:fs';
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
  /** The file's size, read once; and the last block read through, to tell reads in file order. */
  private size = -1;
  private lastBlock = -2;
  /** Reads from the file and the bytes they copied (tests hold the cache to what pays). */
  readonly reads = { count: 0, bytes: 0 };

  constructor(
    private readonly id: number,
    private readonly fd: () => number,
    private readonly where: () => string,
  ) {}

  text(offset: number, length: number): string {
    const first = Math.floor(offset / BLOCK);
    const last = Math.floor((offset + length - 1) / BLOCK);
    if (length === 0) return '';
    const inOrder = first === this.lastBlock || first === this.lastBlock + 1;
    this.lastBlock = last;
    if (last - first > 1) return this.direct(offset, length).toString('utf8');
    if (!inOrder && !this.fits() && !blocks.has(this.id * PER_FILE + first)) return this.direct(offset, length).toString('utf8');
    const a = this.block(first);
    const from = offset - first * BLOCK;
    if (first === last) return this.within(a, from, length).toString('utf8');
    const b = this.block(last);
    const head = a.subarray(from);
    return Buffer.concat([head, this.within(b, 0, length - head.length)]).toString('utf8');
  }

  /** Whether the cache can hold the whole file (then every block is worth keeping). */
  private fits(): boolean {
    if (this.size < 0) this.size = fstatSync(this.fd()).size;
    return this.size <= MAX_BYTES;
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
    this.reads.count++;
    this.reads.bytes += got;
    const block = buf.subarray(0, got);
    blocks.set(key, block);
    while (blocks.size * BLOCK > MAX_BYTES) blocks.delete(blocks.keys().next().value!);
    return block;
  }

  private direct(offset: number, length: number): Buffer {
    const buf = Buffer.allocUnsafe(length);
    const got = readSync(this.fd(), buf, 0, length, offset);
    this.reads.count++;
    this.reads.bytes += got;
    if (got < length) throw this.shorter();
    return buf;
  }

  private shorter(): InputError {
    return new InputError(
      `${this.where()}: changed while the rollback read it (shorter than it was); nothing was written: run the rollback again`,
    );
  }
}
