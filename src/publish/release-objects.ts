/** Every object key under a release prefix, relative to it (paged ListObjectsV2). */
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3 } from '../clients/s3.js';
import { type S3Location, s3UriOf } from '../clients/s3-uri.js';

export async function releaseObjects(s3: S3, loc: S3Location, limit = Infinity): Promise<Map<string, number>> {
  const prefix = loc.prefix ? `${loc.prefix}/` : '';
  const out = new Map<string, number>();
  let token: string | undefined;
  do {
    const page = await s3.call({ operation: 'ListObjectsV2', resource: s3UriOf(loc), notFoundHint: 'check the bucket in the URI' }, (sdk) =>
      sdk.send(
        new ListObjectsV2Command({
          Bucket: loc.bucket,
          Prefix: prefix || undefined,
          ContinuationToken: token,
          MaxKeys: Number.isFinite(limit) ? limit : undefined,
        }),
      ),
    );
    for (const o of page.Contents ?? []) out.set(o.Key!.slice(prefix.length), o.Size ?? 0);
    token = page.IsTruncated && out.size < limit ? page.NextContinuationToken : undefined;
  } while (token);
  return out;
}
