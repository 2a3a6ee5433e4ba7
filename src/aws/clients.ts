import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';

export interface AwsTarget {
  region: string;
  /** DynamoDB endpoint (local DynamoDB); absent means AWS. */
  endpoint?: string;
  /** S3 endpoint (local S3); absent means AWS. */
  s3Endpoint?: string;
}

/** A loopback endpoint needs no real credentials; AWS itself does. */
function withLocalCredentials(endpoint: string | undefined, env: NodeJS.ProcessEnv) {
  if (!endpoint || env.AWS_ACCESS_KEY_ID) return {};
  const host = new URL(endpoint).hostname;
  const loopback = host === 'localhost' || host === '::1' || host === '[::1]' || host.startsWith('127.');
  // The well-known key pair of s3rver; dynalite accepts any.
  return loopback ? { credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } } : {};
}

/**
 * SDK retries are off (maxAttempts 1): our own retry (aws/retry.ts) decides
 * what is retryable, with an injectable sleep, and counts every attempt.
 */
export function dynamoClient(target: AwsTarget, env: NodeJS.ProcessEnv = process.env): DynamoDBClient {
  return new DynamoDBClient({
    region: target.region,
    maxAttempts: 1,
    ...(target.endpoint ? { endpoint: target.endpoint } : {}),
    ...withLocalCredentials(target.endpoint, env),
  });
}

export function s3Client(target: AwsTarget, env: NodeJS.ProcessEnv = process.env): S3Client {
  const local = Boolean(target.s3Endpoint);
  return new S3Client({
    region: target.region,
    maxAttempts: 3,
    ...(local
      ? {
          endpoint: target.s3Endpoint,
          forcePathStyle: true,
          // Local S3 servers do not implement the newer default checksums.
          requestChecksumCalculation: 'WHEN_REQUIRED' as const,
          responseChecksumValidation: 'WHEN_REQUIRED' as const,
        }
      : {}),
    ...withLocalCredentials(target.s3Endpoint, env),
  });
}

/** Where a command's AWS calls go: the resolved region and the --endpoint / --s3-endpoint options. */
export function awsTarget(region: string, options: { endpoint?: string; 's3-endpoint'?: string }): AwsTarget {
  return { region, endpoint: options.endpoint, s3Endpoint: options['s3-endpoint'] };
}
