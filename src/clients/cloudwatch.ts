/**
 * The CloudWatch client: the only place a CloudWatchClient is made. Retries
 * are ours (aws.ts), so the SDK's are off. The SDK speaks CloudWatch's AWS
 * JSON 1.0 protocol (query-compatible: the old error codes ride in a
 * header), so every answer, errors included, is JSON; anything else at
 * --cloudwatch-endpoint is refused before the SDK parses it.
 */
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { type AwsClient, type AwsClientOptions, localCredentials, wrapClient } from './aws.js';
import { foreignAnswerCheck } from './foreign-answer.js';
import { opt } from '../core/option-name.js';

export type CloudWatch = AwsClient<CloudWatchClient>;

export function createCloudWatch(options: AwsClientOptions): CloudWatch {
  const sdk = new CloudWatchClient({
    region: options.region,
    maxAttempts: 1,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...localCredentials(options.endpoint, options.env ?? process.env),
  });
  sdk.middlewareStack.add(foreignAnswerCheck((type) => /json/i.test(type)) as never, {
    step: 'deserialize',
    name: 'foreignAnswerCheck',
    priority: 'low',
  });
  return wrapCloudWatch(sdk, options);
}

/** Wraps an SDK client made elsewhere (a test's mock): same retries and classifier. */
export function wrapCloudWatch(sdk: CloudWatchClient, options: Omit<AwsClientOptions, 'env'>): CloudWatch {
  const scope = {
    service: 'CloudWatch',
    endpoint: options.endpoint,
    region: options.region,
    option: opt('cloudwatch-endpoint'),
    permission: (op: string) => `cloudwatch:${op}`,
  };
  return wrapClient(sdk, scope, options);
}
