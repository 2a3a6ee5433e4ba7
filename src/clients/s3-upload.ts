/**
 * One local file to an S3 object: server-side encrypted, multipart when
 * large, and read back and its sha256 compared with the local file's. What
 * the export's upload (export/s3-upload.ts) and publish send every file
 * with. Beside s3.ts, not in it: the IAM test reads each command's calls
 * from the files it imports, and the commands that only read S3 import s3.ts.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, type ServerSideEncryption } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { FailedError } from '../core/errors.js';
import { sha256File, sha256Stream } from '../fsafe/hash.js';
import { kindOf } from './errors.js';
import type { S3 } from './s3.js';
import { type S3Location, s3Key, s3UriOf } from './s3-uri.js';

export interface Sse {
  algorithm: 'AES256' | 'aws:kms';
  kmsKeyId?: string;
}

const PART_SIZE = 8 * 1024 * 1024;

/** One local file to <prefix>/<rel>: encrypted, sha256 metadata, read back and hashed; a damaged object is removed. */
export async function uploadFile(
  s3: S3,
  file: string,
  rel: string,
  loc: S3Location,
  sse: Sse,
): Promise<{ bytes: number; skipped: boolean }> {
  const sha256 = await sha256File(file);
  const size = (await stat(file)).size;
  const Key = s3Key(loc, rel);
  const resource = s3UriOf(loc, rel);
  const head = await s3
    .call({ operation: 'HeadObject', resource }, (sdk) => sdk.send(new HeadObjectCommand({ Bucket: loc.bucket, Key })))
    .catch((err: unknown) => {
      if (kindOf(err) === 'not-found') return null;
      throw err;
    });
  // The sha256 metadata is ours, set before the bytes went up: with the size it marks an object a verified upload left.
  if (head?.Metadata?.sha256 === sha256 && head.ContentLength === size) return { bytes: size, skipped: true };
  // One upload is one request to the retry: a retried one starts again from a fresh read of the file.
  await s3.call({ operation: 'Upload', resource }, (sdk) =>
    new Upload({
      client: sdk,
      partSize: PART_SIZE,
      queueSize: 4,
      leavePartsOnError: false,
      params: {
        Bucket: loc.bucket,
        Key,
        Body: createReadStream(file),
        ContentType: rel.endsWith('.gz') ? 'application/gzip' : 'application/json',
        ServerSideEncryption: sse.algorithm as ServerSideEncryption,
        ...(sse.kmsKeyId ? { SSEKMSKeyId: sse.kmsKeyId } : {}),
        Metadata: { sha256 },
      },
    }).done(),
  );
  // Read it back: what S3 holds must hash to what we wrote.
  const remote = await s3.call({ operation: 'GetObject', resource }, async (sdk) => {
    const got = await sdk.send(new GetObjectCommand({ Bucket: loc.bucket, Key }));
    return { sha256: await sha256Stream(got.Body as Readable), bytes: got.ContentLength ?? 0 };
  });
  if (remote.sha256 !== sha256) {
    // Its metadata claims the local sha256: left in place, a resumed upload would take it for a good one and skip it.
    await s3.call({ operation: 'DeleteObject', resource }, (sdk) => sdk.send(new DeleteObjectCommand({ Bucket: loc.bucket, Key })));
    throw new FailedError(`${resource}: sha256 after upload differs from the local file; the upload was damaged and the object removed`);
  }
  return { bytes: remote.bytes, skipped: false };
}
