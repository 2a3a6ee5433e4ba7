/**
 * Read access to an export's files, wherever they are: a local folder or an
 * S3 prefix. Keys are relative to the export root, with / separators.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { kindOf } from '../clients/errors.js';
import type { S3 } from '../clients/s3.js';
import { type S3Location, s3Key, s3UriOf } from '../clients/s3-uri.js';
import { InputError } from '../core/errors.js';
import { describeLocation, type Location } from '../core/location.js';
import { opt } from '../core/option-name.js';

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

/** The store at a location; one on S3 reads through the caller's client (the reader never builds one). */
export function storeAt(loc: Location, s3: S3 | undefined): ExportStore {
  if (loc.kind === 'dir') return localStore(path.resolve(loc.path));
  if (!s3) throw new Error(`internal: reading ${describeLocation(loc)} needs an S3 client`);
  return s3Store(s3, loc);
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

export function s3Store(s3: S3, loc: S3Location): ExportStore {
  const keyOf = (key: string) => (key ? s3Key(loc, key) : loc.prefix);
  const hint = `check the s3:// URI given with ${opt('from')}`;
  const get = async (key: string) => {
    try {
      return await s3.call({ operation: 'GetObject', resource: s3UriOf(loc, key), notFoundHint: hint }, (sdk) =>
        sdk.send(new GetObjectCommand({ Bucket: loc.bucket, Key: keyOf(key) })),
      );
    } catch (err) {
      // A missing key is an answer (the caller decides); a missing bucket is not.
      if (kindOf(err) === 'not-found' && (err as { code?: string }).code === 'NoSuchKey') return null;
      throw err;
    }
  };
  return {
    root: s3UriOf(loc),
    describe: (key) => s3UriOf(loc, key),
    async readText(key) {
      const got = await get(key);
      return got ? ((await got.Body?.transformToString('utf8')) ?? '') : null;
    },
    async open(key) {
      const got = await get(key);
      if (!got) throw new InputError(`${s3UriOf(loc, key)}: data file missing; the export is incomplete or was moved, copy it again whole`);
      return got.Body as Readable;
    },
    async folders(key) {
      const prefix = keyOf(key);
      const out = new Set<string>();
      let token: string | undefined;
      do {
        const page = await s3.call({ operation: 'ListObjectsV2', resource: `bucket ${loc.bucket}`, notFoundHint: hint }, (sdk) =>
          sdk.send(
            new ListObjectsV2Command({
              Bucket: loc.bucket,
              Prefix: prefix ? `${prefix}/` : undefined,
              Delimiter: '/',
              ContinuationToken: token,
            }),
          ),
        );
        for (const p of page.CommonPrefixes ?? []) {
          const name = p.Prefix?.slice(prefix ? prefix.length + 1 : 0).replace(/\/$/, '');
          if (name) out.add(name);
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return [...out].sort();
    },
    sub(key) {
      return s3Store(s3, { bucket: loc.bucket, prefix: keyOf(key) });
    },
  };
}
