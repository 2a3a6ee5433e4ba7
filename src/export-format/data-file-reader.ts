/**
 * Streams the items of one gzip data file while hashing its bytes, then
 * checks the item count and checksum against its manifest entry. Items are
 * yielded as they are read, so an error at the end of a file voids
 * everything read from the export: callers must not keep partial results.
 * Errors name the file and line, never the content.
 */
import { createHash } from 'node:crypto';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError } from '../core/errors.js';
import type { WireItem } from '../dynamo/wire.js';
import type { ReadItem } from './source.js';

export interface ExpectedFile {
  itemCount: number;
  /** Hash of the gzip bytes: sha256 hex (ours) or md5 base64 (DynamoDB's native export). */
  checksum: { algorithm: 'sha256'; hex: string } | { algorithm: 'md5'; base64: string };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function zlibProblem(err: unknown): string {
  const code = (err as { code?: string }).code ?? '';
  const msg = (err as { message?: string }).message ?? '';
  if (/unexpected end of file/i.test(msg) || code === 'Z_BUF_ERROR') return 'the gzip data ends early: the file is truncated';
  if (code.startsWith('Z_')) return `not valid gzip data (${code}): the file is damaged`;
  return `cannot be read (${code || (err as { name?: string }).name || 'error'})`;
}

/** A line's item: {"Item": {...}} of a table export; an incremental export's change records pass their own. */
const itemOf = (value: Record<string, unknown>, where: string): WireItem => {
  if (!isObject(value.Item)) throw new InputError(`${where}: expected {"Item": {...}}`);
  return value.Item as WireItem;
};

/** readDataFile's items as ReadItems: each line offered to line first, any it does not take parsed. */
export function readItemsOfFile<P>(
  raw: Readable,
  label: string,
  expect: ExpectedFile,
  line: (text: string) => P | undefined,
): AsyncGenerator<ReadItem<P>> {
  return readDataFile<ReadItem<P>>(
    raw,
    label,
    expect,
    (value, where) => ({ wire: itemOf(value, where) }),
    (text) => {
      const plain = line(text);
      return plain === undefined ? undefined : { plain };
    },
  );
}

/** direct: reads a line without JSON.parse when it can (undefined: it cannot, the line is parsed and picked). */
export async function* readDataFile<T = WireItem>(
  raw: Readable,
  label: string,
  expect: ExpectedFile,
  pick: (value: Record<string, unknown>, where: string) => T = itemOf as never,
  direct?: (line: string) => T | undefined,
): AsyncGenerator<T> {
  const hash = createHash(expect.checksum.algorithm);
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  // Output in 1 MiB pieces rather than zlib's 16 KiB: a quarter of the CPU time for the stream's work per piece.
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  const text = pipeline(raw, tap, gunzip, () => {});
  /** The bytes of a line not ended yet. */
  let tail: Buffer | null = null;
  let line = 0;
  let count = 0;
  const parse = (s: string): T => {
    if (direct !== undefined) {
      const read = direct(s);
      if (read !== undefined) return read;
    }
    let value: unknown;
    try {
      value = JSON.parse(s);
    } catch {
      throw new InputError(`${label} line ${line}: not valid JSON; the file is damaged`);
    }
    if (!isObject(value)) throw new InputError(`${label} line ${line}: expected a JSON object`);
    return pick(value, `${label} line ${line}`);
  };
  try {
    for await (const chunk of text as AsyncIterable<Buffer>) {
      let start = 0;
      if (tail !== null) {
        const nl = chunk.indexOf(10);
        if (nl === -1) {
          tail = Buffer.concat([tail, chunk]);
          continue;
        }
        // Only the line cut at the chunk's start is joined, not the whole chunk: that copy was a megabyte per chunk.
        const s = Buffer.concat([tail, chunk.subarray(0, nl)]).toString('utf8');
        tail = null;
        start = nl + 1;
        line++;
        if (s.trim() !== '') {
          count++;
          yield parse(s);
        }
      }
      for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
        // Each line decoded on its own, which is the whole text's decoding cut at its newlines (a newline byte is never
        // inside a UTF-8 character): no string of a whole chunk (a large object to V8), and a string read from the line
        // (convert/wire-line.ts slices them) holds on to that line only, not to a chunk's text.
        const s = chunk.toString('utf8', start, nl);
        start = nl + 1;
        line++;
        if (s.trim() === '') continue;
        count++;
        yield parse(s);
      }
      tail = start < chunk.length ? Buffer.from(chunk.subarray(start)) : null;
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${label}: ${zlibProblem(err)}`, { cause: err });
  } finally {
    text.destroy();
    raw.destroy();
  }
  const rest = tail === null ? '' : tail.toString('utf8');
  if (rest.trim() !== '') {
    line++;
    count++;
    yield parse(rest);
  }
  if (count !== expect.itemCount) {
    throw new InputError(`${label}: holds ${count} items but its manifest says ${expect.itemCount}; the export is damaged or was edited`);
  }
  const c = expect.checksum;
  const actual = c.algorithm === 'sha256' ? hash.digest('hex') : hash.digest('base64');
  const wanted = c.algorithm === 'sha256' ? c.hex : c.base64;
  if (actual !== wanted) {
    throw new InputError(`${label}: ${c.algorithm} checksum does not match its manifest; the file was changed or damaged`);
  }
}
