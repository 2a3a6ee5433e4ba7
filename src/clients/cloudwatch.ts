/**
 * The CloudWatch client: the only place a CloudWatchClient is made. Retries
 * are ours (aws.ts), so the SDK's are off. CloudWatch speaks the AWS query
 * protocol (XML answers); anything else at --cloudwatch-endpoint is refused
 * before the SDK parses it.
 */
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { type AwsClient, type AwsClientOptions, localCredentials, wrapClient } from './aws.js';
import { foreignAnswerCheck } from './foreign-answer.js';

export type CloudWatch = AwsClient<CloudWatchClient>;

export function createCloudWatch(options: AwsClientOptions): CloudWatch {
  const sdk = new CloudWatchClient({
    region: options.region,
    maxAttempts: 1,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...localCredentials(options.endpoint, options.env ?? process.env),
  });
  // Query-protocol answers are XML; a newer SDK may move to JSON or CBOR, which are accepted too.
  sdk.middlewareStack.add(foreignAnswerCheck((type) => /xml|json|cbor/i.test(type)) as never, { step: 'deserialize', name: 'foreignAnswerCheck', priority: 'low' });
  return wrapCloudWatch(sdk, options);
}

/** Wraps an SDK client made elsewhere (a test's mock): same retries and classifier. */
export function wrapCloudWatch(sdk: CloudWatchClient, options: Omit<AwsClientOptions, 'env'>): CloudWatch {
  const scope = { service: 'CloudWatch', endpoint: options.endpoint, region: options.region, option: '--cloudwatch-endpoint', permission: (op: string) => `cloudwatch:${op}` };
  return wrapClient(sdk, scope, options);
}
