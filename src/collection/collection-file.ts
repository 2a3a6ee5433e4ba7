/**
 * Reading one collection file (`<collection>.json`: a JSON array of items)
 * from the data dir or the migration backup, streamed: each item is handed
 * to onItem as soon as it is parsed, so a large file is never one string
 * and never held twice. Errors name the file and the line, never the content.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { type ExpectedElement, JsonArrayScanner, NotAnArrayError, type RawElement } from '../convert/json-array-stream.js';
import { JsonTextError } from '../convert/json-text.js';
import type { PlainValue } from '../convert/plain.js';
import { InputError } from '../core/errors.js';
import { MAX_STRING_LENGTH } from './size-limit.js';

/**
 * Read in 1 MiB, decoded and scanned in pieces of 64 KiB: a piece's string
 * (and the scanner's text) then stays in V8's young generation, where a 1
 * MiB string is a large object, counted against the old generation: a full
 * collection every few MiB read.
 */
const PIECE = 1 << 16;

export interface CollectionFile {
  file: string;
  exists: boolean;
  /** Items read. */
  count: number;
  /** sha256 (hex) of the bytes read; absent when the file does not exist. */
  sha256?: string;
  mode?: number;
  trailingNewline: boolean;
}

/**
 * maxChars: the longest text the app can read from one file. A file longer
 * than that is none the app wrote (it writes with JSON.stringify, in one
 * string), so it is refused with its size before its content is judged.
 */
export function readCollectionFile(
  file: string,
  onItem: (item: PlainValue) => void,
  maxChars = MAX_STRING_LENGTH,
): Promise<CollectionFile> {
  return scanCollectionFile(file, new JsonArrayScanner((item) => onItem(item)), maxChars);
}

/**
 * As readCollectionFile, but each item handed over as its text and byte
 * position, parsed only if onElement asks. expect: the element expected
 * next, if any (JsonArrayScanner's expect): found there, it is not scanned through.
 */
export function readCollectionFileRaw(
  file: string,
  onElement: (element: RawElement) => void,
  maxChars = MAX_STRING_LENGTH,
  expect?: () => ExpectedElement | undefined,
  /** The scanner's option written: an element in the writer's form comes with its id (a base's items). */
  written = false,
): Promise<CollectionFile> {
  return scanCollectionFile(
    file,
    new JsonArrayScanner(
      () => {},
      (element) => onElement(element),
      expect,
      written,
    ),
    maxChars,
  );
}

async function scanCollectionFile(file: string, scanner: JsonArrayScanner, maxChars: number): Promise<CollectionFile> {
  const st = await stat(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw new InputError(`${file}: cannot be read (${err.code ?? String(err)})`);
  });
  if (!st) return { file, exists: false, count: 0, trailingNewline: false };
  if (!st.isFile()) throw new InputError(`${file}: not a file`);
  // Bytes bound the characters from above: only a file longer in bytes than the limit needs counting.
  if (st.size > maxChars && (await charCount(file)) > maxChars) {
    throw new InputError(
      `${file}: too large for the app to read (${st.size} bytes; Node's limit is ${maxChars} characters in one string, and the app reads each file whole); it is not a file the app wrote: restore it from git or the migration backup`,
    );
  }
  const hash = createHash('sha256');
  const decoder = new StringDecoder('utf8');
  let last = -1;
  try {
    try {
      for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
        const buf = chunk as Buffer;
        hash.update(buf);
        if (buf.length > 0) last = buf[buf.length - 1]!;
        for (let at = 0; at < buf.length; at += PIECE) scanner.write(decoder.write(buf.subarray(at, at + PIECE)));
      }
    } catch (err) {
      if (err instanceof JsonTextError || err instanceof NotAnArrayError || err instanceof InputError) throw err;
      throw new InputError(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
    scanner.write(decoder.end());
    const count = scanner.end();
    return { file, exists: true, count, sha256: hash.digest('hex'), mode: st.mode & 0o7777, trailingNewline: last === 0x0a };
  } catch (err) {
    if (err instanceof JsonTextError) throw new InputError(`${file}: not valid JSON (${err.message}); fix the file or restore it from git`);
    if (err instanceof NotAnArrayError) throw new InputError(`${file}: expected a JSON array of items, found ${err.found}`);
    throw err;
  }
}

/** UTF-16 code units of a file read as UTF-8, streamed: what readFileSync(file, 'utf8').length would be. */
async function charCount(file: string): Promise<number> {
  const decoder = new StringDecoder('utf8');
  let n = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) n += decoder.write(chunk as Buffer).length;
  return n + decoder.end().length;
}
