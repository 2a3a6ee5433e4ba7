/** An export's files on S3 (store.ts's ExportStore), read through the caller's client. */
import type { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { kindOf } from '../clients/errors.js';
import type { S3 } from '../clients/s3.js';
import { type S3Location, s3Key, s3UriOf } from '../clients/s3-uri.js';
import { InputError } from '../core/errors.js';
import { opt } from '../core/option-name.js';
import type { ExportStore } from './store.js';

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
