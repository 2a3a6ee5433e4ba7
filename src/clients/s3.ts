/**
 * The S3 client: the only place an S3Client is made. Retries are ours
 * (aws.ts), so the SDK's are off; lib-storage uploads retry as one request.
 */
import { S3Client } from '@aws-sdk/client-s3';
import { type AwsClient, type AwsClientOptions, localCredentials, wrapClient } from './aws.js';
import { foreignAnswerCheck } from './foreign-answer.js';
import { opt } from '../core/option-name.js';

export type S3 = AwsClient<S3Client>;

export function createS3(options: AwsClientOptions): S3 {
  const local = Boolean(options.endpoint);
  const sdk = new S3Client({
    region: options.region,
    maxAttempts: 1,
    ...(local
      ? {
          endpoint: options.endpoint,
          forcePathStyle: true,
          // Local S3 servers do not implement the newer default checksums.
          requestChecksumCalculation: 'WHEN_REQUIRED' as const,
          responseChecksumValidation: 'WHEN_REQUIRED' as const,
        }
      : {}),
    ...localCredentials(options.endpoint, options.env ?? process.env),
  });
  // S3 never answers with a web page; objects carry their own types, so only HTML is foreign.
  sdk.middlewareStack.add(foreignAnswerCheck((type) => !/^text\/html/i.test(type)) as never, {
    step: 'deserialize',
    name: 'foreignAnswerCheck',
    priority: 'low',
  });
  return wrapS3(sdk, options);
}

/** The IAM action behind each S3 call we make (HEAD and list calls need s3:ListBucket or s3:GetObject, not a namesake). */
function permission(operation: string): string {
  const actions: Record<string, string> = {
    HeadBucket: 's3:ListBucket',
    ListObjectsV2: 's3:ListBucket',
    HeadObject: 's3:GetObject',
    GetObject: 's3:GetObject',
    Upload: 's3:PutObject',
    PutObject: 's3:PutObject',
    DeleteObject: 's3:DeleteObject',
  };
  return actions[operation] ?? `s3:${operation}`;
}

export function wrapS3(sdk: S3Client, options: Omit<AwsClientOptions, 'env'>): S3 {
  return wrapClient(
    sdk,
    { service: 'S3', endpoint: options.endpoint, region: options.region, option: opt('s3-endpoint'), permission },
    options,
  );
}
