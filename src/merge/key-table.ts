/**
 * The base's keys by position, and the position of each: the merge's
 * lookup of an item's base version. Kept as their UTF-8 bytes in one
 * buffer with an open-addressing table, not as a string each in a Map and
 * an array: about 45 bytes a key against 90, and the key given is not
 * kept (an id sliced from a file's chunk keeps no chunk alive). A key is
 * made again as a string when one is asked for (at). Pure.
 *
 * Only a key without surrogates is kept as bytes: UTF-8 then tells every
 * two keys apart, where it would write each lone surrogate as U+FFFD. A key
 * with one is kept as a string, in a Map beside: rare, and exact.
 *
 * verify keeps its own table of ids (verify/id-table.ts): it shares no
 * code with the rollback, so a fault in one cannot hide the other's.
 */
const NONE = -1;
/** A position's length when its key is kept as a string (it has a surrogate). */
const AS_STRING = 0xffffffff;
const SURROGATE = /[\ud800-\udfff]/;

export class KeyTable {
  private bytes: Buffer = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  private starts: Uint32Array = new Uint32Array(1024);
  private lengths: Uint32Array = new Uint32Array(1024);
  /** Each position's hash, so growing the table hashes nothing again. */
  private hashes: Uint32Array = new Uint32Array(1024);
  private n = 0;
  /** Per slot a position, NONE when empty; never more than half full. */
  private slots = new Int32Array(2048).fill(NONE);
  private scratch: Buffer = Buffer.allocUnsafe(256);
  /** Keys with a surrogate: by position, and the position of each. */
  private readonly strings = new Map<number, string>();
  private readonly positions = new Map<string, number>();

  get size(): number {
    return this.n;
  }

  /** Gives the key the next position, unless a position has it already: then that position, and nothing is added. */
  add(key: string): number {
    if (SURROGATE.test(key)) {
      const at = this.positions.get(key);
      if (at !== undefined) return at;
      this.positions.set(key, this.n);
      this.strings.set(this.n, key);
      this.place(0, AS_STRING);
      return NONE;
    }
    const max = key.length * 3;
    if (this.used + max > this.bytes.length) this.bytes = grown(this.bytes, this.used + max);
    const start = this.used;
    const length = this.bytes.write(key, start, 'utf8');
    const h = hash(this.bytes, start, length);
    const at = this.find(this.bytes, start, length, h);
    if (at !== NONE) return at;
    this.used += length;
    this.place(start, length);
    this.insert(this.n - 1, h);
    return NONE;
  }

  /** The position of the key, or undefined. */
  positionOf(key: string): number | undefined {
    if (SURROGATE.test(key)) return this.positions.get(key);
    const max = key.length * 3;
    if (max > this.scratch.length) this.scratch = Buffer.allocUnsafe(max);
    const length = this.scratch.write(key, 0, 'utf8');
    const at = this.find(this.scratch, 0, length, hash(this.scratch, 0, length));
    return at === NONE ? undefined : at;
  }

  /** The key at position i. */
  at(i: number): string {
    if (i < 0 || i >= this.n) throw new RangeError(`no key at position ${i}`);
    const length = this.lengths[i]!;
    if (length === AS_STRING) return this.strings.get(i)!;
    const start = this.starts[i]!;
    return this.bytes.toString('utf8', start, start + length);
  }

  private place(start: number, length: number): void {
    const i = this.n;
    if (i === this.starts.length) {
      this.starts = widened(this.starts, i * 2);
      this.lengths = widened(this.lengths, i * 2);
      this.hashes = widened(this.hashes, i * 2);
    }
    this.starts[i] = start;
    this.lengths[i] = length;
    this.n++;
  }

  private find(buf: Buffer, start: number, length: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const p = this.slots[s]!;
      if (p === NONE) return NONE;
      if (this.lengths[p] === length && sameBytes(this.bytes, this.starts[p]!, buf, start, length)) return p;
    }
  }

  private insert(position: number, h: number): void {
    this.hashes[position] = h;
    // Counted by position: every position not kept as a string is in the table.
    if ((this.n - this.strings.size) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    const mask = this.slots.length - 1;
    let s = h & mask;
    while (this.slots[s] !== NONE) s = (s + 1) & mask;
    this.slots[s] = position;
  }

  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(size).fill(NONE);
    const mask = size - 1;
    for (const p of old) {
      if (p === NONE) continue;
      let s = this.hashes[p]! & mask;
      while (this.slots[s] !== NONE) s = (s + 1) & mask;
      this.slots[s] = p;
    }
  }
}

/** FNV-1a over the bytes, mixed: a few nanoseconds for a key, spread well enough for linear probing. */
function hash(buf: Buffer, start: number, length: number): number {
  let h = 0x811c9dc5;
  for (let k = start, end = start + length; k < end; k++) h = Math.imul(h ^ buf[k]!, 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

function sameBytes(a: Buffer, aStart: number, b: Buffer, bStart: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (a[aStart + k] !== b[bStart + k]) return false;
  return true;
}

function grown(buf: Buffer, atLeast: number): Buffer {
  const next = Buffer.allocUnsafe(Math.max(atLeast, buf.length * 2));
  buf.copy(next, 0, 0);
  return next;
}

function widened(a: Uint32Array, size: number): Uint32Array {
  const b = new Uint32Array(size);
  b.set(a);
  return b;
}
