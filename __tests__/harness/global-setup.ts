// Jest loads global setup through require(), outside moduleNameMapper, so the
// .js-suffixed import used everywhere else would not resolve here.
// @ts-expect-error TS2835: extensionless on purpose (see above)
import { startLocalServices } from './services';

/** One dynalite and one s3rver for the whole run; workers find them through env. */
export default async function globalSetup(): Promise<void> {
  const services = await startLocalServices();
  process.env.TEST_DYNAMO_ENDPOINT = services.dynamoEndpoint;
  process.env.TEST_S3_ENDPOINT = services.s3Endpoint;
  process.env.AWS_ACCESS_KEY_ID = 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY = 'S3RVER';
  process.env.AWS_REGION = 'us-east-1';
  (globalThis as { __services?: typeof services }).__services = services;
}
