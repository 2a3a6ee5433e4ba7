/**
 * The string ids of a file's elements, by position, and the first position
 * of each: file-index.ts's lookup. Kept as their UTF-8 bytes in one buffer
 * with an open-addressing table of first positions, not as a string each
 * in a Map: about 45 bytes an item against 90, so that two threads can each
 * hold an index of one large collection (verify splits it, check-collections.ts)
 * within verify's memory. A string is made again only when one is asked
 * for (at), which the check does for items it reports, not for every item.
 *
 * Only an id without surrogates is kept as bytes: UTF-8 then tells every
 * two ids apart, where it would write each lone surrogate as U+FFFD. An
 * id with one (an emoji, or a lone one a hostile file may hold) is kept as
 * a string, in a Map beside: rare, and exact.
 *
 * The rollback's base keeps a table of the same kind (merge/key-table.ts);
 * verify keeps its own, as it shares no code with the rollback.
 */
const NONE = -1;
/** A position's length when it has no string id (a numeric id, or none). */
const NO_ID = 0xffffffff;
/** A position's length when its id is kept as a string (it has a surrogate). */
const AS_STRING = 0xfffffffe;
const SURROGATE = /[\ud800-\udfff]/;

export class IdTable {
  private bytes: Buffer = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  private starts: Uint32Array = new Uint32Array(1024);
  private lengths: Uint32Array = new Uint32Array(1024);
  /** Each position's hash, so growing the table hashes nothing again. */
  private hashes: Uint32Array = new Uint32Array(1024);
  private n = 0;
  /** Per slot the first position of an id, NONE when empty; never more than half full. */
  private slots = new Int32Array(2048).fill(NONE);
  private distinct = 0;
  private scratch: Buffer = Buffer.allocUnsafe(256);
  /** Ids with a surrogate: by position, and the first position of each. */
  private readonly strings = new Map<number, string>();
  private readonly firstOfString = new Map<string, number>();

  get size(): number {
    return this.n;
  }

  /** Records the next position's string id; returns the first position that has the same id, or -1 when it is the first. */
  add(id: string): number {
    if (SURROGATE.test(id)) {
      const first = this.firstOfString.get(id);
      this.strings.set(this.n, id);
      if (first === undefined) this.firstOfString.set(id, this.n);
      this.place(0, AS_STRING);
      return first ?? NONE;
    }
    const max = id.length * 3;
    if (this.used + max > this.bytes.length) this.bytes = grown(this.bytes, this.used + max);
    const length = this.bytes.write(id, this.used, 'utf8');
    const start = this.used;
    const h = hash(this.bytes, start, length);
    const first = this.find(this.bytes, start, length, h);
    // A repeated id points at its first's bytes: the ones just written are overwritten by the next.
    this.place(first === NONE ? start : this.starts[first]!, length);
    if (first !== NONE) return first;
    this.used += length;
    this.insert(this.n - 1, h);
    return NONE;
  }

  /** Records the next position as one without a string id. */
  skip(): void {
    this.place(0, NO_ID);
  }

  /** The first position whose id is this one, or undefined. */
  first(id: string): number | undefined {
    if (SURROGATE.test(id)) return this.firstOfString.get(id);
    const max = id.length * 3;
    if (max > this.scratch.length) this.scratch = Buffer.allocUnsafe(max);
    const length = this.scratch.write(id, 0, 'utf8');
    const at = this.find(this.scratch, 0, length, hash(this.scratch, 0, length));
    return at === NONE ? undefined : at;
  }

  /** The string id at position i, or undefined when it has none. */
  at(i: number): string | undefined {
    const length = this.lengths[i]!;
    if (i >= this.n || length === NO_ID) return undefined;
    if (length === AS_STRING) return this.strings.get(i);
    const start = this.starts[i]!;
    return this.bytes.toString('utf8', start, start + length);
  }

  /** Whether position i has a string id and it is this one. */
  is(i: number, id: string): boolean {
    return this.at(i) === id;
  }

  /** Each string id once, in the order of its first position. */
  *ids(): Iterable<string> {
    for (let i = 0; i < this.n; i++) {
      const length = this.lengths[i]!;
      if (length === NO_ID) continue;
      const id = this.at(i)!;
      const first = length === AS_STRING ? this.firstOfString.get(id) : this.find(this.bytes, this.starts[i]!, length, this.hashOf(i));
      if (first === i) yield id;
    }
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

  /** The first position whose id has the bytes buf[start, start + length), or NONE. */
  /** Computed again: only a first position's hash is stored (only those are in the table). */
  private hashOf(i: number): number {
    return hash(this.bytes, this.starts[i]!, this.lengths[i]!);
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
    if ((this.distinct + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    const mask = this.slots.length - 1;
    let s = h & mask;
    while (this.slots[s] !== NONE) s = (s + 1) & mask;
    this.slots[s] = position;
    this.distinct++;
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

/** FNV-1a over the bytes: a few nanoseconds for an id, spread well enough for linear probing. */
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
  buf.copy(next);
  return next;
}

function widened(a: Uint32Array, size: number): Uint32Array {
  const b = new Uint32Array(size);
  b.set(a);
  return b;
}
