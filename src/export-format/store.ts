/**
 * Read access to an export's files, wherever they are: a local folder or an
 * S3 prefix. Keys are relative to the export root, with / separators.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { S3 } from '../clients/s3.js';
import { InputError } from '../core/errors.js';
import { describeLocation, type Location } from '../core/location.js';

export interface ExportStore {
  /** The root, as given (folder path or s3:// URI). */
  root: string;
  /** A key as a path or URI, for messages. */
  describe(key: string): string;
  /** The file's text, or null when there is no such file. */
  readText(key: string): Promise<string | null>;
  /** The file's bytes as a stream; a missing file is an InputError naming it. */
  open(key: string): Promise<Readable>;
  /** Names of the immediate sub-folders of key ('' for the root). */
  folders(key: string): Promise<string[]>;
  /** A store rooted at a sub-folder. */
  sub(key: string): ExportStore;
}

/**
 * The store at a location; one on S3 reads through the caller's client (the
 * reader never builds one). The S3 store (s3-store.ts) loads only for an S3
 * location: a local export's reader starts without the S3 SDK.
 */
export async function storeAt(loc: Location, s3: S3 | undefined): Promise<ExportStore> {
  if (loc.kind === 'dir') return localStore(path.resolve(loc.path));
  if (!s3) throw new Error(`internal: reading ${describeLocation(loc)} needs an S3 client`);
  return (await import('./s3-store.js')).s3Store(s3, loc);
}

export function localStore(root: string): ExportStore {
  const full = (key: string) => path.join(root, ...key.split('/').filter(Boolean));
  return {
    root,
    describe: full,
    async readText(key) {
      try {
        return await readFile(full(key), 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return null;
        throw new InputError(`${full(key)}: cannot be read (${code ?? String(err)})`);
      }
    },
    async open(key) {
      const file = full(key);
      const s = await stat(file).catch(() => null);
      if (!s?.isFile()) throw new InputError(`${file}: data file missing; the export is incomplete or was moved, copy it again whole`);
      return createReadStream(file);
    },
    async folders(key) {
      const entries = await readdir(full(key), { withFileTypes: true }).catch(() => []);
      return entries
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
    },
    sub(key) {
      return localStore(full(key));
    },
  };
}
