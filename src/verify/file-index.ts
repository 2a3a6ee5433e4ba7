/**
 * A collection file read in a stream and kept as an index, not as parsed
 * items: per item its id and where its text is in the file (byte offset and
 * length); an item is parsed again (parseRawJson, digits kept) when an
 * export item is compared with it. Items without an id, or with a numeric
 * id, are parsed exactly at once (the first are matched by content, the
 * second need their digits), and items without an id are kept.
 *
 * Laid out as the app writes it, the elements are found by searching bytes
 * (pretty-scan.ts); otherwise, and to judge a file so laid out that fails
 * there, by reading every character. Each element must pass JSON.parse,
 * and the text between them must be what an array of them allows, so a file indexed here is one the app's
 * JSON.parse(readFileSync(file)) accepts, of at most maxLength characters.
 * Anything else (not an array of objects, a syntax error, a BOM) is left to
 * the whole-file reader (data-file.ts), which says exactly what is wrong:
 * this returns null then. Own code, not the rollback's reader (verify
 * shares nothing with it: independence.test.ts).
 *
 * Deferred (a data file's index): an element laid out as the app writes it
 * and starting with a plain string id is taken on that id's word, not
 * parsed. It is confirmed later, by the check finding its text written
 * exactly as its export item (written-as.ts), by being parsed when it is
 * compared, or at the end (confirmAll); one that is not valid JSON, or
 * whose id is another, throws NotAsIndexed, and the caller checks the
 * collection again with a strict index. So JSON.parse runs only for the
 * items compared, and still every element is proven to parse.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { fileIdOf, type FileItems, type IdRef } from './ids.js';
import { IdTable } from './id-table.js';
import { prettyScan } from './pretty-scan.js';
import { JsonObject, parseRawJson } from './raw-json.js';

const WINDOW = 1 << 20;
/** How far after the last read the next may start and still count as in file order (past items not read back). */
const NEAR = 64 * 1024;

/** A deferred element was not what its bytes promised (not valid JSON, or another id): the collection is to be checked with a strict index. */
export class NotAsIndexed extends Error {
  constructor(file: string, position: number) {
    super(`${file}: element ${position} is not what its layout promised; checked again strictly`);
    this.name = 'NotAsIndexed';
  }
}

export class FileIndex implements FileItems {
  /** Per item its string id, and the first position of each (id-table.ts: compact, so two threads can each hold one). */
  private readonly ids = new IdTable();
  /** Per item with a numeric id, the id as written. */
  private readonly numericShown = new Map<number, string>();
  /** First position of each numeric id, by its key; numeric ids are rare. */
  private readonly firstOfNumeric = new Map<string, number>();
  /** The later positions of ids seen before, by key (duplicates: rare). */
  private readonly later = new Map<string, number[]>();
  /** Positions of items whose id an earlier item has, in file order. */
  private readonly repeated: number[] = [];
  /** Items whose id is a number: their key (its canonical value), by position. */
  private readonly numericKeys = new Map<number, string>();
  /** Items without an id, by position. */
  private readonly kept = new Map<number, JsonObject>();
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  /** 1: taken on its id's word (deferred), not yet proven to parse to that id. */
  private unconfirmed = new Uint8Array(1024);
  private pending = 0;
  private n = 0;
  private fd: number | null = null;
  private buf = Buffer.alloc(WINDOW);
  private start = 0;
  private end = 0;
  /** Where the last read asked for ended, and whether it started close after the one before: two such in a row mean reads in file order. */
  private lastEnd = 0;
  private lastNear = true;
  /** Reads from the file and bytes they copied, after the scan (tests hold the read-ahead to reads in file order). */
  readonly reads = { count: 0, bytes: 0 };

  constructor(
    readonly file: string,
    private readonly deferred = false,
  ) {}

  get count(): number {
    return this.n;
  }

  idAt(i: number): IdRef | null {
    const key = this.numericKeys.get(i);
    if (key !== undefined) return { key, shown: this.numericShown.get(i)! };
    const shown = this.ids.at(i);
    return shown === undefined ? null : { key: `S:${shown}`, shown };
  }

  firstAt(key: string): number | undefined {
    return key.startsWith('S:') ? this.ids.first(key.slice(2)) : this.firstOfNumeric.get(key);
  }

  /** Every position of the id key, in file order. */
  positionsOf(key: string): number[] {
    const first = this.firstAt(key);
    return first === undefined ? [] : [first, ...(this.later.get(key) ?? [])];
  }

  repeats(): readonly number[] {
    return this.repeated;
  }

  keylessPositions(): number[] {
    return [...this.kept.keys()];
  }

  /** Whether an item's id is shown as this (a string id, or a number as written). */
  has(shown: string): boolean {
    if (this.ids.first(shown) !== undefined) return true;
    for (const s of this.numericShown.values()) if (s === shown) return true;
    return false;
  }

  /** The id keys of the file, each once. */
  *keys(): Iterable<string> {
    for (const id of this.ids.ids()) yield `S:${id}`;
    yield* this.firstOfNumeric.keys();
  }

  item(i: number): JsonObject {
    const k = this.kept.get(i);
    if (k) return k;
    const text = this.text(i);
    if (this.unconfirmed[i] === 1) {
      this.confirmText(i, text);
      // What JSON.parse takes the number-keeping parser takes too; if not, the strict index decides as it always has.
      let raw: unknown;
      try {
        raw = parseRawJson(text);
      } catch {
        throw new NotAsIndexed(this.file, i);
      }
      if (!(raw instanceof JsonObject)) throw new NotAsIndexed(this.file, i);
      return raw;
    }
    const raw = parseRawJson(text);
    if (!(raw instanceof JsonObject)) throw new Error(`${this.file}: changed while verify read it; run verify again`);
    return raw;
  }

  /** The element's text was found written exactly as an export item with its id: valid JSON, that id. */
  confirm(i: number): void {
    if (this.unconfirmed[i] === 1) {
      this.unconfirmed[i] = 0;
      this.pending--;
    }
  }

  /** Every element still taken on its id's word, parsed now (in file order); throws NotAsIndexed at the first that fails. */
  confirmAll(): void {
    for (let i = 0; this.pending > 0 && i < this.n; i++) if (this.unconfirmed[i] === 1) this.confirmText(i, this.text(i));
  }

  /** Per element, 1 when still taken on its id's word: what another index of the same file (a split collection's part) proved is taken with confirmFrom. */
  unconfirmedMask(): Uint8Array {
    return this.unconfirmed.slice(0, this.n);
  }

  /** Takes as proven what an index of the same bytes proved (mask: its unconfirmedMask). */
  confirmFrom(mask: Uint8Array): void {
    for (let i = 0; i < this.n && i < mask.length; i++) if (mask[i] === 0) this.confirm(i);
  }

  /** Which file the index read (device, inode, size, modification time): indexes of one collection in several threads must have read the same. */
  identity(): string {
    const st = fstatSync(this.open());
    return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
  }

  /** How many elements are still taken on their id's word (tests). */
  get unconfirmedCount(): number {
    return this.pending;
  }

  private confirmText(i: number, text: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new NotAsIndexed(this.file, i);
    }
    const id = (value as { id?: unknown }).id;
    if (!Object.prototype.hasOwnProperty.call(value, 'id') || typeof id !== 'string' || !this.ids.is(i, id))
      throw new NotAsIndexed(this.file, i);
    this.confirm(i);
  }

  /** An item's text as the file holds it (an item with an id; read back like item()). */
  text(i: number): string {
    return this.read(this.offsets[i]!, this.lengths[i]!);
  }

  /** Opens the file now, so the items are read back from the bytes scanned even if the path is replaced meanwhile. */
  open(): number {
    this.fd ??= openSync(this.file, 'r');
    return this.fd;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** Records one element; false when it is not what the fast path takes (not an object, an id of another kind). */
  add(text: string, byteStart: number, byteLength: number): boolean {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return false;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const id = (value as { id?: unknown }).id;
    const i = this.n;
    if (typeof id === 'string' && Object.prototype.hasOwnProperty.call(value, 'id')) {
      this.addString(id, byteStart, byteLength);
      return true;
    } else {
      // A numeric id needs its digits, an item without one its content: parsed exactly, as the whole-file reader would.
      const raw = parseRawJson(text) as JsonObject;
      const ref = fileIdOf(raw);
      if (raw.entries.has('id') && ref === null) return false;
      this.ids.skip();
      if (!ref) this.kept.set(i, raw);
      else {
        this.numericKeys.set(i, ref.key);
        this.numericShown.set(i, ref.shown);
        if (this.firstOfNumeric.has(ref.key)) this.repeat(ref.key, i);
        else this.firstOfNumeric.set(ref.key, i);
      }
    }
    this.place(byteStart, byteLength);
    return true;
  }

  /**
   * Records one element given as its bytes. With a twin (the index of a
   * file this one repeats most elements of, in much the same order), an
   * element byte for byte equal to the twin's next one is the same JSON
   * text, so it has the id JSON.parse gave the twin's: taken without
   * parsing it again. Any other goes through add().
   */
  addBytes(bytes: Buffer, byteStart: number, twin: Twin | null): boolean {
    if (!twin) {
      const id = this.deferred ? idHint(bytes) : null;
      // An id with a backslash may be escaped: parsed now, as every element is without deferring.
      if (id === null || id.includes('\\')) return this.add(bytes.toString('utf8'), byteStart, bytes.length);
      this.addString(id, byteStart, bytes.length);
      this.unconfirmed[this.n - 1] = 1;
      this.pending++;
      return true;
    }
    const p = twin.next;
    // The twin's next element, else (an item moved or added before it) the one whose id the text seems to start with.
    if (this.takeFrom(twin.index, p, bytes, byteStart)) {
      twin.next = p + 1;
      return true;
    }
    const seems = idHint(bytes);
    const q = seems === null ? undefined : twin.index.firstAt(`S:${seems}`);
    if (q !== undefined && q !== p && this.takeFrom(twin.index, q, bytes, byteStart)) {
      twin.next = q + 1;
      return true;
    }
    if (!this.add(bytes.toString('utf8'), byteStart, bytes.length)) return false;
    const id = this.idAt(this.n - 1);
    twin.next = (id ? twin.index.firstAt(id.key) : undefined) ?? p;
    twin.next++;
    return true;
  }

  /** Records the element as the twin's element at, when that has a string id and the same bytes. */
  private takeFrom(t: FileIndex, at: number, bytes: Buffer, byteStart: number): boolean {
    if (at >= t.n || t.lengths[at] !== bytes.length || !t.bytes(at).equals(bytes)) return false;
    const id = t.ids.at(at);
    if (id === undefined) return false;
    this.addString(id, byteStart, bytes.length);
    // The same bytes as a twin's element not yet proven: proven with it (the twin's owner confirms all its own), read back as it is.
    if (t.unconfirmed[at] === 1) {
      this.unconfirmed[this.n - 1] = 1;
      this.pending++;
    }
    return true;
  }

  private addString(id: string, byteStart: number, byteLength: number): void {
    const i = this.n;
    if (this.ids.add(id) !== -1) this.repeat(`S:${id}`, i);
    this.place(byteStart, byteLength);
  }

  /** Where the element just recorded is in the file. */
  private place(byteStart: number, byteLength: number): void {
    const i = this.n;
    if (i === this.offsets.length) {
      const o = new Float64Array(i * 2);
      o.set(this.offsets);
      this.offsets = o;
      const l = new Uint32Array(i * 2);
      l.set(this.lengths);
      this.lengths = l;
      const u = new Uint8Array(i * 2);
      u.set(this.unconfirmed);
      this.unconfirmed = u;
    }
    this.offsets[i] = byteStart;
    this.lengths[i] = byteLength;
    this.n++;
  }

  private repeat(key: string, i: number): void {
    this.repeated.push(i);
    const list = this.later.get(key);
    if (list) list.push(i);
    else this.later.set(key, [i]);
  }

  /** An element's bytes, valid until the next read. */
  private bytes(i: number): Buffer {
    const offset = this.offsets[i]!;
    this.window(offset, this.lengths[i]!);
    return this.buf.subarray(offset - this.start, offset - this.start + this.lengths[i]!);
  }

  private read(offset: number, length: number): string {
    this.window(offset, length);
    return this.buf.toString('utf8', offset - this.start, offset - this.start + length);
  }

  /**
   * Reads ahead a window when reads come in file order (this one and the
   * last each start close after the one before); else just the item. The
   * export's scan order is random to the file's: a window read for each of
   * those would copy a megabyte per item.
   */
  private window(offset: number, length: number): void {
    const near = offset >= this.lastEnd && offset - this.lastEnd <= NEAR;
    if (offset < this.start || offset + length > this.end) {
      this.fd ??= openSync(this.file, 'r');
      const size = near && this.lastNear ? Math.max(length, WINDOW) : length;
      if (this.buf.length < size) this.buf = Buffer.alloc(size);
      const got = readSync(this.fd, this.buf, 0, size, offset);
      this.reads.count++;
      this.reads.bytes += got;
      this.start = offset;
      this.end = offset + got;
      if (got < length) throw new Error(`${this.file}: changed while verify read it; run verify again`);
    }
    this.lastEnd = offset + length;
    this.lastNear = near;
  }
}

const HINT = Buffer.from('{\n    "id": "');

/** The string id an element laid out as the app writes it seems to start with: only where to look in the twin, never its id. */
function idHint(bytes: Buffer): string | null {
  if (bytes.length <= HINT.length || bytes.compare(HINT, 0, HINT.length, 0, HINT.length) !== 0) return null;
  // An escaped quote ends it too early: the hint is then wrong, and found nowhere or unequal there.
  const end = bytes.indexOf(34, HINT.length);
  return end === -1 ? null : bytes.toString('utf8', HINT.length, end);
}

/** The index of the file another one mostly repeats (a reference file repeats the data file), and where in it to look next. */
class Twin {
  next = 0;
  constructor(readonly index: FileIndex) {}
}

const WS = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * The file indexed, or null when the whole-file reader must judge it (it
 * is missing, unreadable, too long, or not a plain array of objects).
 */
export async function indexDataFile(
  file: string,
  maxLength: number,
  twin: FileIndex | null = null,
  /** Elements taken on their id's word, to be confirmed (see above): a data file's index, never a reference's. */
  deferred = false,
): Promise<FileIndex | null> {
  const st = await stat(file).catch(() => null);
  if (!st?.isFile()) return null;
  // A file no longer than maxLength has no more characters than that: the quick scan need not count them.
  if (st.size <= maxLength) {
    const quick = new FileIndex(file, deferred && !twin);
    const pair = twin ? new Twin(twin) : null;
    const sink = { add: (bytes: Buffer, byteStart: number) => quick.addBytes(bytes, byteStart, pair) };
    // Scanned through the descriptor the items are read back through (and the twin's, if any, already open).
    const scanned = await Promise.resolve()
      .then(() => prettyScan(quick.open(), sink))
      .catch(() => false);
    if (scanned) return quick;
    quick.close();
  }
  return indexByCharacters(file, maxLength);
}

/** The file indexed by reading every character, or null (as indexDataFile; exported for the tests that hold the quick scan to it). */
export async function indexByCharacters(file: string, maxLength: number): Promise<FileIndex | null> {
  // The file is opened now, so the index reads back the bytes it scanned even if the path is replaced meanwhile.
  const index = new FileIndex(file);
  try {
    return (await scan(file, index, maxLength)) ? index : (index.close(), null);
  } catch {
    index.close();
    return null;
  }
}

async function scan(file: string, index: FileIndex, maxLength: number): Promise<boolean> {
  const decoder = new StringDecoder('utf8');
  let buf = '';
  let i = 0;
  let chars = 0;
  /** 0 before "[", 1 expecting an element or "]", 2 expecting "," or "]", 3 after "]", 4 expecting an element after ",". */
  let phase = 0;
  let inValue = false;
  let valueStart = 0;
  let depth = 0;
  let inString = false;
  /** Bytes before buf[0], and before buf[counted]. */
  let bytesBefore = 0;
  let counted = 0;
  const bytesTo = (at: number) => {
    bytesBefore += Buffer.byteLength(buf.slice(counted, at));
    counted = at;
    return bytesBefore;
  };
  const feed = (text: string): boolean => {
    chars += text.length;
    if (chars > maxLength) return false;
    const keep = inValue ? valueStart : i;
    bytesTo(keep);
    buf = buf.slice(keep) + text;
    i -= keep;
    valueStart -= keep;
    counted = 0;
    const n = buf.length;
    while (i < n) {
      if (inValue) {
        if (inString) {
          const q = closingQuote(buf, i);
          if (q === -1) {
            // The string goes on in the next chunk: look again from here (escapes are counted back from the quote).
            i = Math.max(i, n - 1);
            return true;
          }
          i = q + 1;
          inString = false;
          continue;
        }
        const c = buf.charCodeAt(i++);
        if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth++;
        else if (c === 125 || c === 93) {
          if (--depth === 0) {
            const byteStart = bytesTo(valueStart);
            const text = buf.slice(valueStart, i);
            const byteLength = Buffer.byteLength(text);
            bytesBefore += byteLength;
            counted = i;
            if (!index.add(text, byteStart, byteLength)) return false;
            inValue = false;
            phase = 2;
          }
        }
        continue;
      }
      const c = buf.charCodeAt(i);
      if (WS(c)) {
        i++;
        continue;
      }
      if (phase === 0) {
        if (c !== 91) return false;
        phase = 1;
      } else if (phase === 1 || phase === 4) {
        if (c === 93 && phase === 1) phase = 3;
        else if (c === 123) {
          inValue = true;
          valueStart = i;
          depth = 1;
        } else return false;
      } else if (phase === 2) {
        if (c === 44) phase = 4;
        else if (c === 93) phase = 3;
        else return false;
      } else return false;
      i++;
    }
    return true;
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    if (!feed(decoder.write(chunk as Buffer))) return false;
  }
  if (!feed(decoder.end())) return false;
  return phase === 3 && !inValue;
}

/** Index of the unescaped quote ending the string that goes on at from, or -1 when it is not in s yet. */
function closingQuote(s: string, from: number): number {
  for (let q = s.indexOf('"', from); q !== -1; q = s.indexOf('"', q + 1)) {
    let back = 0;
    while (s.charCodeAt(q - 1 - back) === 92) back++;
    if (back % 2 === 0) return q;
  }
  return -1;
}
