/**
 * The merge's base read from a collection file and kept as an index, not as
 * objects: per item its key, where its text is in the file (byte offset and
 * length), its length in characters and two flags (a number JSON.parse
 * would round; the text is exactly what the rollback would write for it).
 * About 60 bytes an item with its key, where a parsed ~300-byte item is
 * over a kilobyte. A body is read back from the file when it is needed: an
 * exact-sized positioned read for one item (a comparison), a sequential
 * read-ahead for many in order (the write, the current file's comparison).
 * The file is held open until release(), so it cannot change underneath.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { canonicalItemId } from '../convert/canonical-item.js';
import type { RawElement } from '../convert/json-array-stream.js';
import { numberFromText } from '../convert/json-number.js';
import { parseJsonTextExact } from '../convert/json-text.js';
import type { PlainObject } from '../convert/plain.js';
import { itemText } from '../convert/serialize.js';
import { InputError } from '../core/errors.js';
import { keyOf } from '../merge/identity.js';
import { KeyTable } from '../merge/key-table.js';
import { type Base, type BaseText, indexBaseKey, indexKnownKey } from '../merge/side.js';
import { BlockReader } from './block-reader.js';

const INEXACT = 1;
const CANONICAL = 2;
const KEYLESS = 4;
const READ_AHEAD = 1 << 20;
let nextId = 0;

/**
 * A FileBase's bodies handed to another thread (a plan made in a worker,
 * written by the main thread): the index, structured-clone safe, and which
 * file it indexes. A worker's open files are closed when it exits, so the
 * receiver opens the file again and refuses it if it is another one now.
 */
export interface BaseBodies {
  where: string;
  file: string;
  /** The file's device and inode when it was read; null when it was never opened (no items). */
  identity: { dev: number; ino: number } | null;
  size: number;
  offsets: Float64Array<ArrayBuffer>;
  lengths: Uint32Array<ArrayBuffer>;
  chars: Uint32Array<ArrayBuffer>;
  flags: Uint8Array<ArrayBuffer>;
}

export class FileBase implements Base, BaseText {
  readonly keys = new KeyTable();
  readonly keyless = new Map<string, number[]>();
  private n = 0;
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private chars = new Uint32Array(1024);
  private flags = new Uint8Array(1024);
  private fd: number | null = null;
  private lastTextAt = -1;
  private lastText = '';
  /**
   * Two readers, so the write's (or the current file's) pass in order and the export's lookups do not evict each other.
   * The lookups come in the export's order, which is DynamoDB's scan order, not the file's: read through shared blocks.
   */
  private readonly inOrder = new Reader(
    () => this.open(),
    () => this.where,
  );
  private readonly bodies = new BlockReader(
    nextId++,
    () => this.open(),
    () => this.where,
  );

  /** where: the file, for messages. forWrite false: never written from (status's count), so no text is checked for being the writer's (canonicalText then gives null). */
  constructor(
    readonly where: string,
    readonly file: string,
    private readonly forWrite = true,
  ) {}

  get size(): number {
    return this.n;
  }

  /**
   * Indexes the next item of the file. parse: the caller needs the item
   * too, so it is parsed (and returned, keyed); else an item whose text is
   * provably what the writer would make of it is indexed by the id read
   * from its text, unparsed (undefined is returned), and any other is parsed.
   */
  add(element: RawElement, parse: boolean): PlainObject | undefined {
    const i = this.n;
    // Opened while the file is being read: a private copy (an S3 backup's) may be removed before the write reads it back.
    if (i === 0) this.open();
    // The scan may have read the id already (the same walk over the same text).
    const id = parse ? null : (element.written ?? canonicalItemId(element.text, element.inexact));
    let item: PlainObject | undefined;
    let canonical: boolean;
    if (id !== null) {
      indexKnownKey(keyOf({ id: id.numeric ? numberFromText(id.text) : id.text }) as string, this.where, this);
      canonical = true;
    } else {
      item = indexBaseKey(element.parse(), i, this.where, this);
      canonical = this.forWrite && itemText(item) === element.text;
    }
    if (i === this.offsets.length) this.grow();
    this.offsets[i] = element.byteStart;
    this.lengths[i] = element.byteLength;
    this.chars[i] = element.text.length;
    // Written as is when it is already the text the writer would make of it: no second serialisation.
    this.flags[i] =
      (element.inexact ? INEXACT : 0) |
      (this.forWrite && canonical ? CANONICAL : 0) |
      (item !== undefined && item.id === undefined ? KEYLESS : 0);
    this.n++;
    return item;
  }

  item(i: number): PlainObject {
    const text = this.bodies.text(this.offsets[i]!, this.lengths[i]!);
    try {
      return ((this.flags[i]! & INEXACT) !== 0 ? parseJsonTextExact(text) : JSON.parse(text)) as PlainObject;
    } catch {
      throw new InputError(
        `${this.where}: changed while the rollback read it (item ${i + 1} is no longer where it was); nothing was written: run the rollback again`,
      );
    }
  }

  /** The item's text as the file holds it (cheap when called in order; the last one is kept, as the current file's scan asks twice). */
  text(i: number): string {
    if (i !== this.lastTextAt) {
      this.lastText = this.inOrder.text(this.offsets[i]!, this.lengths[i]!);
      this.lastTextAt = i;
    }
    return this.lastText;
  }

  /** The item has no id (its key names where it is): read from a flag, no key made. */
  keylessAt(i: number): boolean {
    return (this.flags[i]! & KEYLESS) !== 0;
  }

  /** The item's text holds a number JSON.parse would round (the scanner's flag for it). */
  inexactAt(i: number): boolean {
    return (this.flags[i]! & INEXACT) !== 0;
  }

  canonicalText(i: number): { bytes: Buffer; chars: number } | null {
    if ((this.flags[i]! & CANONICAL) === 0) return null;
    return { bytes: this.inOrder.bytes(this.offsets[i]!, this.lengths[i]!), chars: this.chars[i]! };
  }

  canonicalSize(i: number): { bytes: number; chars: number } | null {
    return (this.flags[i]! & CANONICAL) === 0 ? null : { bytes: this.lengths[i]!, chars: this.chars[i]! };
  }

  byteLengthOf(i: number): number {
    return this.lengths[i]!;
  }

  /** The bodies for another thread (the file stays open here until release()). */
  handOver(): BaseBodies {
    const n = this.n;
    const st = this.fd === null ? null : fstatSync(this.fd);
    return {
      where: this.where,
      file: this.file,
      identity: st ? { dev: st.dev, ino: st.ino } : null,
      size: n,
      offsets: this.offsets.slice(0, n),
      lengths: this.lengths.slice(0, n),
      chars: this.chars.slice(0, n),
      flags: this.flags.slice(0, n),
    };
  }

  /**
   * A base serving the bodies another thread handed over (item, text,
   * canonicalText): it has no keys, only what the writer reads. The file is
   * opened here and held until release(); one replaced since it was read is refused.
   */
  static adopt(b: BaseBodies): FileBase {
    const base = new FileBase(b.where, b.file);
    base.n = b.size;
    base.offsets = b.offsets;
    base.lengths = b.lengths;
    base.chars = b.chars;
    base.flags = b.flags;
    if (b.identity !== null) {
      const fd = (() => {
        try {
          return openSync(b.file, 'r');
        } catch {
          return null;
        }
      })();
      const st = fd === null ? null : fstatSync(fd);
      if (st === null || st.dev !== b.identity.dev || st.ino !== b.identity.ino) {
        if (fd !== null) closeSync(fd);
        throw new InputError(
          `${b.where}: changed while the rollback read it (replaced or removed); nothing was written: run the rollback again`,
        );
      }
      base.fd = fd;
    }
    return base;
  }

  release(): void {
    this.bodies.forget();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private open(): number {
    this.fd ??= openSync(this.file, 'r');
    return this.fd;
  }

  private grow(): void {
    const size = this.offsets.length * 2;
    const widen = <T extends Float64Array | Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a as never);
      return b;
    };
    this.offsets = widen(this.offsets, (k) => new Float64Array(k));
    this.lengths = widen(this.lengths, (k) => new Uint32Array(k));
    this.chars = widen(this.chars, (k) => new Uint32Array(k));
    this.flags = widen(this.flags, (k) => new Uint8Array(k));
  }
}

/**
 * Positioned reads of one file: a read that starts where the last window
 * ended, or inside it, reads a window ahead (a pass in order costs one read
 * per MiB); any other reads just what is asked (lookups in random order).
 */
class Reader {
  private buf = Buffer.alloc(READ_AHEAD);
  private start = 0;
  private end = 0;

  constructor(
    private readonly fd: () => number,
    private readonly where: () => string,
  ) {}

  /** The bytes at [offset, offset + length): a view valid until the next call. */
  bytes(offset: number, length: number): Buffer {
    if (offset < this.start || offset + length > this.end) {
      const ahead = offset >= this.start && offset <= this.end + READ_AHEAD;
      const size = ahead ? Math.max(length, READ_AHEAD) : length;
      if (this.buf.length < size) this.buf = Buffer.alloc(size);
      const got = readSync(this.fd(), this.buf, 0, size, offset);
      this.start = offset;
      this.end = offset + got;
      if (got < length)
        throw new InputError(
          `${this.where()}: changed while the rollback read it (shorter than it was); nothing was written: run the rollback again`,
        );
    }
    return this.buf.subarray(offset - this.start, offset - this.start + length);
  }

  text(offset: number, length: number): string {
    return this.bytes(offset, length).toString('utf8');
  }
}
