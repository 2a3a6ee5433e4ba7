/**
 * A zip archive's files, read in memory: what GitHub serves for an artifact
 * (stored or deflated entries, no encryption, no zip64 at a record's size).
 * Every entry's CRC-32 and size are checked, and a name that would leave
 * the folder (absolute, `..`, a backslash) is refused, so nothing a zip
 * holds is written anywhere but where it belongs.
 */
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  bytes: Buffer;
}

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function endOfCentralDirectory(zip: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === EOCD) return at;
  }
  throw new ZipError('not a zip archive (no end of central directory)');
}

function safeName(name: string): string {
  if (
    name.includes('\\') ||
    name.includes('\0') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((p) => p === '..' || p === '.')
  ) {
    throw new ZipError(`entry "${name.slice(0, 120)}" names a path outside the archive's folder`);
  }
  return name;
}

/** The files of a zip (directories left out), at most maxBytes uncompressed in all. */
export function readZip(zip: Buffer, maxBytes: number): ZipEntry[] {
  const end = endOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const size = zip.readUInt32LE(end + 12);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || at === 0xffffffff) throw new ZipError('a zip64 archive, larger than a record can be');
  if (at + size > end) throw new ZipError('central directory outside the archive');
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL) throw new ZipError(`central directory entry ${i + 1} is damaged`);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const length = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at = next;
    if (name.endsWith('/')) continue;
    safeName(name);
    if (names.has(name)) throw new ZipError(`entry "${name}" appears twice`);
    names.add(name);
    if (flags & 1) throw new ZipError(`entry "${name}" is encrypted`);
    total += length;
    if (total > maxBytes) throw new ZipError(`more than ${maxBytes} bytes uncompressed`);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) throw new ZipError(`entry "${name}": local header missing`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + compressed > zip.length) throw new ZipError(`entry "${name}" runs past the end of the archive`);
    const raw = zip.subarray(start, start + compressed);
    let bytes: Buffer;
    if (method === 0) bytes = Buffer.from(raw);
    else if (method === 8) {
      try {
        bytes = inflateRawSync(raw, { maxOutputLength: Math.max(1, length) });
      } catch {
        throw new ZipError(`entry "${name}" does not inflate to its recorded ${length} bytes`);
      }
    } else throw new ZipError(`entry "${name}" uses compression method ${method} (only stored and deflate are read)`);
    if (bytes.length !== length || crc32(bytes) !== crc) throw new ZipError(`entry "${name}" fails its CRC-32 or size check`);
    entries.push({ name, bytes });
  }
  return entries;
}
