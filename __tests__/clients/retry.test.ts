/**
 * The retry layer: full-jitter back-off, a time budget rather than a count,
 * retries only for retryable kinds, and the adaptive in-flight gate.
 */
import { wrapClient } from '../../src/clients/aws.js';
import { createGate } from '../../src/clients/gate.js';
import { backoffMs, retryPolicy, withRetry } from '../../src/clients/retry.js';
import { exitCodeOf } from '../../src/core/errors.js';

describe('backoff with full jitter', () => {
  it('is uniform below the capped exponential bound', () => {
    const p = { baseMs: 100, capMs: 1000 };
    expect(backoffMs(0, { ...p, random: () => 0.999 })).toBe(99);
    expect(backoffMs(3, { ...p, random: () => 0.5 })).toBe(400);
    expect(backoffMs(10, { ...p, random: () => 0.999 })).toBe(999);
    expect(backoffMs(10, { ...p, random: () => 0 })).toBe(0);
    expect(backoffMs(5000, { ...p, random: () => 0.5 })).toBe(500);
  });
});

/** A policy whose sleep moves a fake clock. */
function fake(budgetMs: number) {
  const state = { clock: 0, slept: [] as number[] };
  const policy = retryPolicy({
    budgetMs,
    baseMs: 100,
    capMs: 1000,
    random: () => 1,
    now: () => state.clock,
    sleep: async (ms) => void ((state.clock += ms), state.slept.push(ms)),
  });
  return { state, policy };
}

const hooks = {
  onFatal: (err: unknown) => err,
  onExhausted: (info: { attempts: number; elapsedMs: number }) =>
    new Error(`spent after ${info.attempts} attempts over ${info.elapsedMs} ms`),
};

describe('withRetry', () => {
  it('retries a retryable failure, sleeping through the injected sleep', async () => {
    const { state, policy } = fake(10_000);
    let calls = 0;
    const out = await withRetry(
      'op',
      async () => {
        if (++calls < 3) throw { name: 'ThrottlingException' };
        return 'ok';
      },
      policy,
      hooks,
    );
    expect(out).toBe('ok');
    expect(state.slept).toEqual([100, 200]);
  });

  it('throws a failure that must not be retried at once', async () => {
    const { state, policy } = fake(10_000);
    const fatal = { name: 'ValidationException' };
    let calls = 0;
    await expect(
      withRetry(
        'op',
        async () => {
          calls++;
          throw fatal;
        },
        policy,
        hooks,
      ),
    ).rejects.toBe(fatal);
    expect(calls).toBe(1);
    expect(state.slept).toEqual([]);
  });

  it('gives up when the next sleep would pass the budget, however many attempts that is', async () => {
    const { state, policy } = fake(5_000);
    const err = await withRetry(
      'op',
      async () => {
        throw { name: 'InternalServerError' };
      },
      policy,
      hooks,
    ).catch((e: unknown) => e);
    // 100 + 200 + 400 + 800 + 1000 + 1000 = 3500; one more 1000 fits (4500), the next would not.
    expect(state.slept).toEqual([100, 200, 400, 800, 1000, 1000, 1000]);
    expect((err as Error).message).toBe('spent after 8 attempts over 4500 ms');
  });
});

describe('the in-flight gate', () => {
  it('halves its limit on throttling, never below one, and climbs back one at a time', () => {
    const gate = createGate(8);
    gate.throttled();
    expect(gate.limit).toBe(4);
    gate.throttled();
    gate.throttled();
    gate.throttled();
    expect(gate.limit).toBe(1);
    gate.succeeded();
    expect(gate.limit).toBe(2);
    gate.succeeded();
    expect(gate.limit).toBe(2);
    gate.succeeded();
    expect(gate.limit).toBe(3);
    for (let i = 0; i < 100; i++) gate.succeeded();
    expect(gate.limit).toBe(8);
  });

  it('never runs more tasks at once than its limit', async () => {
    const gate = createGate(2);
    let running = 0;
    let peak = 0;
    const task = () =>
      gate.run(async () => {
        peak = Math.max(peak, ++running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
      });
    await Promise.all(Array.from({ length: 10 }, task));
    expect(peak).toBe(2);
  });
});

describe('a wrapped client', () => {
  it('counts its retries and throttles, and ends an exhausted call with one exit-1 line naming the budget', async () => {
    let clock = 0;
    const client = wrapClient(
      {},
      { service: 'DynamoDB', endpoint: 'http://127.0.0.1:9', option: '--endpoint' },
      {
        retry: { budgetMs: 2_000, baseMs: 100, capMs: 1000, random: () => 1, now: () => clock, sleep: async (ms) => void (clock += ms) },
        maxInFlight: 16,
      },
    );
    const err = await client
      .call({ operation: 'Scan', resource: 'table t' }, async () => {
        throw Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException', $metadata: { httpStatusCode: 400 } });
      })
      .catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(1);
    expect((err as Error).message).toBe(
      'DynamoDB endpoint http://127.0.0.1:9: Scan on table t still failing after 5 attempts over 2s (throttling: ProvisionedThroughputExceededException); the retry budget is spent: try again when it is less busy, or allow more time with --retry-budget',
    );
    expect(client.stats).toEqual({ retries: 4, throttled: 4 });
    expect(client.inFlightLimit).toBe(1);
  });
});
