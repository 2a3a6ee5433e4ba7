/**
 * The commands reach the endpoint the SDK's own variables name
 * (AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL) when no
 * option gives one: how the drill's configure-aws-credentials equivalent
 * points every step at the embedded services. A bad value is refused with
 * the variable named.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import { silentReporter } from '../../src/core/reporter.js';
import { dynamoEndpoint } from '../harness/aws.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-endpoint-vars-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('endpoints from the environment', () => {
  it('takes AWS_ENDPOINT_URL_DYNAMODB when --endpoint is not given', async () => {
    const env = { AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint(), AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };
    // No such tables there: the answer names the endpoint it asked, so it was reached.
    await expect(execute('status', { stage: 'no-such-stage-here', scan: false }, silentReporter, dir, env)).resolves.toMatchObject({
      presentation: { ok: false },
    });
    await expect(
      execute('status', { stage: 'no-such-stage-here', scan: false }, silentReporter, dir, {
        ...env,
        AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:9',
      }),
    ).rejects.toThrow('127.0.0.1:9');
  });

  it('refuses a bad value, naming the variable', async () => {
    await expect(
      execute('status', { stage: 'x', scan: false }, silentReporter, dir, { AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:8000/path' }),
    ).rejects.toThrow(/^AWS_ENDPOINT_URL_DYNAMODB: expected an http\(s\) URL/);
    await expect(
      execute('status', { stage: 'x', scan: false }, silentReporter, dir, { AWS_ENDPOINT_URL: 'ftp://example.com' }),
    ).rejects.toThrow(/^AWS_ENDPOINT_URL: expected/);
  });
});
