/**
 * The quick way to index a collection file laid out as the app writes it
 * (JSON.stringify(data, null, 2)): each element of the array starts at
 * "{" after "[\n  " or ",\n  " and ends at the first "\n  }" after it, so
 * the elements are found by searching bytes, not by reading every
 * character. Each element found must still pass the index's JSON.parse
 * (FileIndex.add), and a text that parses is a whole object, so it ends
 * exactly where the character scanner would end it. Anything else (other
 * spacing, an element that does not parse there, bytes that are not
 * UTF-8, an empty array) answers false, and the caller scans the file with
 * the character scanner from the start, which decides as before.
 */
import { isUtf8 } from 'node:buffer';
import { read } from 'node:fs';
import { promisify } from 'node:util';

const readAt = promisify(read);
const CHUNK = 1 << 20;

/** What takes each element found, as its UTF-8 bytes (FileIndex.addBytes): false when it does not take it. */
export interface ElementSink {
  add(bytes: Buffer, byteStart: number): boolean;
}

const FIRST = Buffer.from('[\n  {');
const END = Buffer.from('\n  }');
const NEXT = Buffer.from(',\n  {');
/** An element longer than this is not searched for: the character scanner takes the file. */
const LONGEST = 64 << 20;

const WS = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Indexes the open file's elements into index; false when the file is not laid out so (index is then to be dropped). */
export async function prettyScan(fd: number, index: ElementSink): Promise<boolean> {
  let buf: Buffer = Buffer.alloc(0);
  /** File offset of buf[0]; pos: the next element's "{" in buf (or, after the array, where the rest starts). */
  let base = 0;
  let pos = 0;
  let started = false;
  let closed = false;

  /** Takes what buf holds; false when the layout is not the app's. eof: no more bytes will come. */
  const take = (eof: boolean): boolean => {
    if (closed) {
      for (; pos < buf.length; pos++) if (!WS(buf[pos]!)) return false;
      return true;
    }
    if (!started) {
      if (buf.length < FIRST.length) return !eof;
      if (buf.compare(FIRST, 0, FIRST.length, 0, FIRST.length) !== 0) return false;
      started = true;
      pos = FIRST.length - 1;
    }
    for (;;) {
      const e = buf.indexOf(END, pos);
      if (e === -1) return !eof && buf.length - pos <= LONGEST;
      const end = e + END.length;
      let next: number;
      if (buf.length >= end + NEXT.length && buf.compare(NEXT, 0, NEXT.length, end, end + NEXT.length) === 0) next = end + NEXT.length - 1;
      else if (buf.length >= end + 2 && buf[end] === 10 && buf[end + 1] === 93) next = -1;
      else if (buf.length < end + NEXT.length && !eof && (buf.length === end || buf[end] === 44 || buf[end] === 10)) return true;
      else return false;
      const bytes = buf.subarray(pos, end);
      if (!isUtf8(bytes) || !index.add(bytes, base + pos)) return false;
      if (next === -1) {
        closed = true;
        pos = end + 2;
        return take(eof);
      }
      pos = next;
    }
  };

  // From the start, by position, all of it read before returning: the descriptor stays the caller's, to close.
  // Two read buffers in turn: buf may still be a view of the last one read (nothing else keeps one).
  const reads = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  for (let at = 0, turn = 0; ; turn ^= 1) {
    if (buf.buffer === reads[turn]!.buffer) turn ^= 1;
    const { bytesRead, buffer } = await readAt(fd, reads[turn]!, 0, CHUNK, at);
    if (bytesRead === 0) break;
    at += bytesRead;
    const chunk = buffer.subarray(0, bytesRead);
    buf = pos >= buf.length ? chunk : Buffer.concat([buf.subarray(pos), chunk]);
    base += pos;
    pos = 0;
    if (!take(false)) return false;
  }
  return take(true) && closed;
}
