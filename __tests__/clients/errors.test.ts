/**
 * The one classifier, on the shapes failures really take: SDK service
 * exceptions, Node's network errors (coded, or flattened into a message by
 * the SDK across realms), AggregateErrors from happy-eyeballs connect, cause
 * chains, and answers from something that is not the service at all.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { HeadBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { createDynamo } from '../../src/clients/dynamodb.js';
import { classify, explain, isRetryable, ServiceFailedError, ServiceInputError } from '../../src/clients/errors.js';
import { createS3 } from '../../src/clients/s3.js';
import { exitCodeOf, FailedError } from '../../src/core/errors.js';
import { describeTable } from '../../src/clients/dynamodb-describe.js';

const svc = (name: string, status = 400, fault: 'client' | 'server' = 'client') =>
  Object.assign(new Error('the service said something'), { name, $fault: fault, $metadata: { httpStatusCode: status } });
const coded = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code });

describe('classify', () => {
  it.each([
    ['ProvisionedThroughputExceeded', svc('ProvisionedThroughputExceededException'), 'throttling'],
    ['ThrottlingException', svc('ThrottlingException'), 'throttling'],
    ['SlowDown (S3)', svc('SlowDown', 503), 'throttling'],
    ['$retryable throttling', { name: 'Whatever', $retryable: { throttling: true } }, 'throttling'],
    ['InternalServerError', svc('InternalServerError', 500, 'server'), 'server'],
    ['HTTP 503 without a code', { name: 'Unknown', $metadata: { httpStatusCode: 503 } }, 'server'],
    ['ECONNRESET', coded('ECONNRESET'), 'dropped'],
    ['EPIPE', coded('EPIPE'), 'dropped'],
    ['socket hang up', new Error('socket hang up'), 'dropped'],
    ['TimeoutError', { name: 'TimeoutError' }, 'dropped'],
    ['ECONNREFUSED', coded('ECONNREFUSED'), 'unreachable'],
    [
      "the SDK's wrapper of a cross-realm error",
      new Error('AWS SDK error wrapper for Error: connect ECONNREFUSED 127.0.0.1:9'),
      'unreachable',
    ],
    ['a DNS failure', new Error('AWS SDK error wrapper for Error: getaddrinfo ENOTFOUND dynamo.invalid'), 'unreachable'],
    ['an AggregateError of per-address failures', new AggregateError([coded('EHOSTUNREACH')], 'connect failed'), 'unreachable'],
    ['a cause chain', new FailedError('outer', { cause: new Error('inner', { cause: coded('ECONNREFUSED') }) }), 'unreachable'],
    ['CredentialsProviderError', { name: 'CredentialsProviderError', message: 'Could not load credentials' }, 'no-credentials'],
    ['UnrecognizedClientException', svc('UnrecognizedClientException'), 'bad-credentials'],
    ['AccessDeniedException', svc('AccessDeniedException'), 'denied'],
    ['CloudWatch: InvalidParameterCombination', svc('InvalidParameterCombination'), 'invalid'],
    ['CloudWatch: MissingParameter', svc('MissingParameter'), 'invalid'],
    ['CloudWatch: InvalidNextToken', svc('InvalidNextToken'), 'invalid'],
    ['CloudWatch: InternalServiceFault (by its name, whatever the status)', svc('InternalServiceFault', 400, 'server'), 'server'],
    ['ResourceNotFoundException', svc('ResourceNotFoundException'), 'not-found'],
    ['NoSuchBucket', svc('NoSuchBucket', 404), 'not-found'],
    ['UnknownOperationException', svc('UnknownOperationException'), 'unsupported'],
    ['ValidationException', svc('ValidationException'), 'invalid'],
    [
      'an unreadable body',
      Object.assign(new SyntaxError('Unexpected token < ... Deserialization error: to see the raw response'), {
        $metadata: { httpStatusCode: 200 },
      }),
      'not-the-service',
    ],
    [
      'a 4xx without a service code',
      { name: 'Unknown', $fault: 'client', message: 'UnknownError', $metadata: { httpStatusCode: 404 } },
      'not-the-service',
    ],
    ['a TypeError', new TypeError('x is undefined'), 'other'],
    ['a thrown string', 'a string', 'other'],
  ] as [string, unknown, string][])('%s -> %s', (_label, err, kind) => {
    expect(classify(err).kind).toBe(kind);
  });

  it('retries only throttling, server errors and dropped connections', () => {
    expect(['throttling', 'server', 'dropped'].every((k) => isRetryable(k as never))).toBe(true);
    expect(['unreachable', 'denied', 'not-found', 'invalid', 'other', 'exhausted'].some((k) => isRetryable(k as never))).toBe(false);
  });

  it('never loops on a cause chain that refers to itself', () => {
    const a: { name: string; cause?: unknown } = { name: 'A' };
    a.cause = a;
    expect(classify(a).kind).toBe('other');
  });
});

describe('explain', () => {
  const scope = { service: 'DynamoDB', endpoint: 'http://127.0.0.1:9', option: '--endpoint', permission: (op: string) => `dynamodb:${op}` };
  const request = { operation: 'DescribeTable', resource: 'table t', notFoundHint: 'check --stage' };

  it.each([
    [coded('ECONNREFUSED'), 2, 'DynamoDB endpoint http://127.0.0.1:9 is unreachable (ECONNREFUSED); check --endpoint and the network'],
    [
      svc('AccessDeniedException'),
      2,
      'DynamoDB endpoint http://127.0.0.1:9 denied DescribeTable on table t (AccessDeniedException); grant the role dynamodb:DescribeTable',
    ],
    [svc('ResourceNotFoundException'), 2, 'table t not found in DynamoDB endpoint http://127.0.0.1:9; check --stage'],
    [
      svc('UnknownOperationException'),
      2,
      'DynamoDB endpoint http://127.0.0.1:9 does not support DescribeTable (UnknownOperationException)',
    ],
    [svc('LimitExceededException'), 1, 'DynamoDB endpoint http://127.0.0.1:9: DescribeTable on table t failed (LimitExceededException)'],
  ] as [unknown, number, string][])('%#: one line with the exit code of its kind', (err, code, message) => {
    const out = explain(err, scope, request);
    expect(exitCodeOf(out)).toBe(code);
    expect(out.message).toBe(message);
    expect(out).toBeInstanceOf(code === 2 ? ServiceInputError : ServiceFailedError);
  });

  it('never repeats what the server said', () => {
    for (const err of [svc('Unknown', 400), svc('ValidationException'), svc('LimitExceededException')]) {
      expect(explain(err, scope, request).message).not.toContain('the service said something');
    }
  });

  it('names AWS and the region when there is no endpoint', () => {
    expect(explain(coded('ENOTFOUND'), { service: 'S3', region: 'ap-northeast-1', option: '--s3-endpoint' }, request).message).toBe(
      'AWS S3 in ap-northeast-1 is unreachable (ENOTFOUND); check --s3-endpoint and the network',
    );
  });
});

describe('an endpoint that answers but is not the service', () => {
  const SECRET = 'alice@example.com hunter2';
  let server: Server;
  let endpoint: string;
  let answer = { status: 200, type: 'text/html', body: `<html>${SECRET}</html>` };
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(answer.status, { 'content-type': answer.type });
      res.end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    [200, 'text/html'],
    [404, 'text/html'],
    [403, 'text/plain'],
    [200, 'application/xml'],
  ])('DynamoDB: HTTP %s %s is named as such, exit 2, the body never shown', async (status, type) => {
    answer = { status, type, body: type === 'application/xml' ? `<Error>${SECRET}</Error>` : `<html>${SECRET}</html>` };
    const dynamo = createDynamo({ region: 'us-east-1', endpoint });
    const err = await dynamo
      .call({ operation: 'DescribeTable', resource: 'table t' }, (sdk) => sdk.send(new DescribeTableCommand({ TableName: 't' })))
      .catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toBe(
      `DynamoDB endpoint ${endpoint} answered DescribeTable (HTTP ${status}), but not as DynamoDB does; check --endpoint`,
    );
    expect((err as Error).message).not.toContain('alice');
  });

  it('DynamoDB: a JSON answer without a table description is refused by DescribeTable, not read as a table', async () => {
    answer = { status: 200, type: 'application/json', body: JSON.stringify({ note: SECRET }) };
    const err = await describeTable(createDynamo({ region: 'us-east-1', endpoint }), {
      collection: 'events',
      table: 't',
      configured: true,
    }).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toBe(
      `DynamoDB endpoint ${endpoint} answered DescribeTable t without a table description, which DynamoDB never does; check --endpoint`,
    );
  });

  it('S3: a web page is refused on HEAD and on a listing, never read as an empty bucket', async () => {
    answer = { status: 200, type: 'text/html', body: `<html>${SECRET}</html>` };
    const s3 = createS3({ region: 'us-east-1', endpoint });
    for (const [operation, send] of [
      ['HeadBucket', (sdk: Parameters<Parameters<typeof s3.call>[1]>[0]) => sdk.send(new HeadBucketCommand({ Bucket: 'b' }))],
      ['ListObjectsV2', (sdk: Parameters<Parameters<typeof s3.call>[1]>[0]) => sdk.send(new ListObjectsV2Command({ Bucket: 'b' }))],
    ] as const) {
      const err = await s3.call({ operation, resource: 'bucket b' }, send).catch((e: unknown) => e);
      expect(exitCodeOf(err)).toBe(2);
      expect((err as Error).message).toBe(
        `S3 endpoint ${endpoint} answered ${operation} (HTTP 200), but not as S3 does; check --s3-endpoint`,
      );
    }
  });
});
