import path from 'node:path';
import { dynamoClient } from '../../src/aws/clients.js';
import { backoffMs, retryKind, retryPolicy, withRetry } from '../../src/aws/retry.js';
import { FailedError } from '../../src/core/errors.js';
import { openExport } from '../../src/export/reader.js';
import { runExport } from '../../src/export/run-export.js';
import { createTable, dynamoEndpoint, REGION, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { type Fault, startFaultProxy } from './fault-proxy.js';
import { byId, cleanTempDirs, plainItems, readAll, scanWire, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

describe('retryKind', () => {
  it.each([
    ['ProvisionedThroughputExceeded', { name: 'ProvisionedThroughputExceededException' }, 'throttling'],
    ['ThrottlingException', { name: 'ThrottlingException' }, 'throttling'],
    ['RequestLimitExceeded', { name: 'RequestLimitExceeded' }, 'throttling'],
    ['$retryable throttling', { name: 'Whatever', $retryable: { throttling: true } }, 'throttling'],
    ['InternalServerError', { name: 'InternalServerError' }, 'server'],
    ['HTTP 503', { name: 'Unknown', $metadata: { httpStatusCode: 503 } }, 'server'],
    ['ECONNRESET', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), 'connection'],
    ['EPIPE', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }), 'connection'],
    ['socket hang up', new Error('socket hang up'), 'connection'],
    ['TimeoutError', { name: 'TimeoutError' }, 'connection'],
    ['ValidationException', { name: 'ValidationException', $metadata: { httpStatusCode: 400 } }, null],
    ['ResourceNotFoundException', { name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 400 } }, null],
    ['AccessDeniedException', { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } }, null],
    ['ECONNREFUSED', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), null],
    ['TypeError', new TypeError('x is undefined'), null],
    ['a thrown string', 'a string', null],
  ] as [string, unknown, string | null][])('%s -> %s', (_label, err, kind) => {
    expect(retryKind(err)).toBe(kind);
  });
});

describe('backoff with full jitter', () => {
  it('is uniform below the capped exponential bound', () => {
    const p = { baseMs: 100, capMs: 1000 };
    expect(backoffMs(0, { ...p, random: () => 0.999 })).toBe(99);
    expect(backoffMs(3, { ...p, random: () => 0.5 })).toBe(400);
    expect(backoffMs(10, { ...p, random: () => 0.999 })).toBe(999);
    expect(backoffMs(10, { ...p, random: () => 0 })).toBe(0);
  });

  it('retries only retryable errors, sleeping through the injected sleep, and gives up with a clear error', async () => {
    const slept: number[] = [];
    const policy = retryPolicy({ maxAttempts: 4, baseMs: 10, capMs: 1000, random: () => 1, sleep: async (ms) => void slept.push(ms) });
    let calls = 0;
    await expect(
      withRetry('op', async () => {
        calls++;
        if (calls < 3) throw { name: 'ThrottlingException' };
        return 'ok';
      }, policy),
    ).resolves.toBe('ok');
    expect(slept).toEqual([10, 20]);

    calls = 0;
    const fatal = { name: 'ValidationException' };
    await expect(withRetry('op', async () => { calls++; throw fatal; }, policy)).rejects.toBe(fatal);
    expect(calls).toBe(1);

    const err = await withRetry('scan of t', async () => { throw { name: 'InternalServerError' }; }, policy).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FailedError);
    expect((err as Error).message).toBe('scan of t: still failing after 4 attempts (server: InternalServerError)');
  });
});

describe('export through a faulty connection', () => {
  const table = uniqueName('flaky');
  beforeAll(async () => {
    await createTable(testDynamo(), table);
    await seedItems(testDynamo(), table, plainItems(300));
  });

  async function exportVia(pick: (op: string, n: number) => Fault) {
    const proxy = await startFaultProxy(dynamoEndpoint(), pick);
    const slept: number[] = [];
    try {
      const out = path.join(tempDir(), 'out');
      const result = await runExport(
        { out, tables: [{ table, collection: table, configured: false }], stage: 'test', region: REGION, segments: 3, endpoint: proxy.endpoint, limits: { pageLimit: 20 } },
        { dynamo: dynamoClient({ region: REGION, endpoint: proxy.endpoint }), retry: { sleep: async (ms) => void slept.push(ms) } },
      ).catch((e: unknown) => e);
      return { result, out, slept, counts: { ...proxy.counts } };
    } finally {
      await proxy.close();
    }
  }

  it('survives throttling, 5xx and dropped connections, losing and duplicating nothing', async () => {
    const faults: Fault[] = ['throttle', 'server-error', 'reset', 'throttle', 'throttle'];
    // Every third Scan request fails, cycling through the fault kinds.
    const { result, out, slept, counts } = await exportVia((op, n) => (op === 'Scan' && n % 3 === 0 ? faults[(n / 3) % faults.length]! : null));
    expect(result).toMatchObject({ items: { [table]: 300 } });
    expect((result as { retries: number }).retries).toBeGreaterThanOrEqual(5);
    expect(slept.length).toBe((result as { retries: number }).retries);
    expect(counts.Scan).toBeGreaterThan(18);
    expect(byId(await readAll(await openExport(out), table))).toEqual(byId(await scanWire(table)));
  });

  it('fails at once, without retrying, on an error that is not retryable', async () => {
    const { result, slept } = await exportVia((op, n) => (op === 'Scan' && n === 2 ? 'validation' : null));
    expect(result).toBeInstanceOf(FailedError);
    expect((result as Error).message).toMatch(new RegExp(`export of ${table} failed \\(ValidationException\\).*--resume`));
    expect(slept).toEqual([]);
  });

  it('gives up after the attempts are spent, naming the table and segment', async () => {
    const { result, slept } = await exportVia((op) => (op === 'Scan' ? 'throttle' : null));
    expect(result).toBeInstanceOf(FailedError);
    expect((result as Error).message).toMatch(new RegExp(`scan of ${table} segment \\d: still failing after 10 attempts \\(throttling: ProvisionedThroughputExceededException\\)`));
    expect(slept.length).toBeGreaterThanOrEqual(9);
  });
});
