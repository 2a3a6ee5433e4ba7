/**
 * The objects directly inside one folder of an S3 prefix (names, sizes,
 * times): what the export store's folder listing does not give. Errors
 * pass through the S3 client's classifier.
 */
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3 } from '../clients/s3.js';
import { type S3Location, s3UriOf } from '../clients/s3-uri.js';

export interface S3File {
  name: string;
  bytes: number;
  lastModified: Date | null;
}

export async function listS3Files(s3: S3, folder: S3Location, notFoundHint: string): Promise<S3File[]> {
  const prefix = folder.prefix ? `${folder.prefix}/` : '';
  const out: S3File[] = [];
  let token: string | undefined;
  do {
    const page = await s3.call({ operation: 'ListObjectsV2', resource: s3UriOf(folder), notFoundHint }, (sdk) =>
      sdk.send(new ListObjectsV2Command({ Bucket: folder.bucket, Prefix: prefix || undefined, Delimiter: '/', ContinuationToken: token })),
    );
    for (const o of page.Contents ?? []) {
      const name = o.Key?.slice(prefix.length);
      if (name) out.push({ name, bytes: o.Size ?? 0, lastModified: o.LastModified ?? null });
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
