/**
 * The DynamoDB client: the only place a DynamoDBClient is made. Retries are
 * ours (aws.ts), so the SDK's are off. Responses that are not DynamoDB's
 * JSON (a web server or proxy at --endpoint) are refused before the SDK
 * parses them, so no command ever reads a foreign answer as data.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type AwsClient, type AwsClientOptions, localCredentials, wrapClient } from './aws.js';
import { foreignAnswerCheck } from './foreign-answer.js';
import { opt } from '../core/option-name.js';

export type DynamoClient = AwsClient<DynamoDBClient>;

/** How a worker thread builds its DynamoDB client: what commands/ built the main thread's from (plain data). */
export interface WorkerDynamo {
  region: string;
  endpoint: string | undefined;
  retryBudgetMs: number;
  env: Record<string, string | undefined>;
}

export function createDynamo(options: AwsClientOptions): DynamoClient {
  const sdk = new DynamoDBClient({
    region: options.region,
    maxAttempts: 1,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...localCredentials(options.endpoint, options.env ?? process.env),
  });
  // DynamoDB answers every request, errors included, with its JSON content type.
  sdk.middlewareStack.add(foreignAnswerCheck((type) => /json/i.test(type)) as never, {
    step: 'deserialize',
    name: 'foreignAnswerCheck',
    priority: 'low',
  });
  return wrapDynamo(sdk, options);
}

/** Wraps an SDK client made elsewhere (a test's mock): same retries and classifier. */
export function wrapDynamo(sdk: DynamoDBClient, options: Omit<AwsClientOptions, 'env'>): DynamoClient {
  const scope = {
    service: 'DynamoDB',
    endpoint: options.endpoint,
    region: options.region,
    option: opt('endpoint'),
    permission: (op: string) => `dynamodb:${op}`,
  };
  return wrapClient(sdk, scope, options);
}
