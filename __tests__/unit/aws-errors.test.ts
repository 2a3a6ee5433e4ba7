/**
 * explainAwsError on the shapes a network failure really takes: Node's own
 * error with a code, the SDK's wrapper that keeps the code only in its
 * message (a cross-realm error, as under jest's VM modules), an
 * AggregateError from happy-eyeballs connect, and a cause chain (retry's
 * FailedError). Operation support is recognised apart, by isUnsupportedOperation.
 */
import { explainAwsError } from '../../src/aws/errors.js';
import { isUnsupportedOperation } from '../../src/aws/unsupported.js';
import { FailedError, InputError } from '../../src/core/errors.js';

const ctx = { service: 'DynamoDB', endpoint: 'http://127.0.0.1:9', resource: 'table t' };

describe('explainAwsError', () => {
  it.each([
    ['a coded Node error', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }), 'ECONNREFUSED'],
    ["the SDK's wrapper of a cross-realm error", new Error('AWS SDK error wrapper for Error: connect ECONNREFUSED 127.0.0.1:9'), 'ECONNREFUSED'],
    ["the SDK's wrapper of a DNS failure", new Error('AWS SDK error wrapper for Error: getaddrinfo ENOTFOUND dynamo.invalid'), 'ENOTFOUND'],
    ['an AggregateError of per-address failures', new AggregateError([Object.assign(new Error('x'), { code: 'EHOSTUNREACH' })], 'connect failed'), 'EHOSTUNREACH'],
    ['a retry failure caused by one', new FailedError('scan: still failing after 5 attempts', { cause: new Error('AWS SDK error wrapper for Error: read ECONNRESET') }), 'ECONNRESET'],
  ])('names an unreachable endpoint for %s', (_what, err, code) => {
    const out = explainAwsError(err, ctx);
    expect(out).toBeInstanceOf(InputError);
    expect((out as Error).message).toBe(`DynamoDB endpoint http://127.0.0.1:9 is unreachable (${code}); check --endpoint and the network`);
  });

  it('returns any other error unchanged', () => {
    const err = Object.assign(new Error('AWS SDK error wrapper for Error: boom'), { name: 'InternalServerError' });
    expect(explainAwsError(err, ctx)).toBe(err);
  });

  it('tells an unsupported operation from an unreachable endpoint', () => {
    expect(isUnsupportedOperation(Object.assign(new Error('x'), { name: 'UnknownOperationException' }))).toBe(true);
    expect(isUnsupportedOperation(new Error('AWS SDK error wrapper for Error: connect ECONNREFUSED 127.0.0.1:9'))).toBe(false);
  });
});
