import path from 'node:path';
import { FailedError } from '../../src/core/errors.js';
import { openExport } from '../../src/export-format/reader.js';
import { runExport } from '../../src/export/run-export.js';
import { createTable, dynamoEndpoint, ourDynamo, REGION, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { type Fault, startFaultProxy } from './fault-proxy.js';
import { byId, cleanTempDirs, plainItems, readAll, scanWire, tempDir } from './helpers.js';
import { asLocation } from '../harness/location.js';

afterAll(cleanTempDirs);

describe('export through a faulty connection', () => {
  const table = uniqueName('flaky');
  beforeAll(async () => {
    await createTable(testDynamo(), table);
    await seedItems(testDynamo(), table, plainItems(300));
  });

  /** An export through the proxy; the client's sleep only moves a fake clock, so a budget of minutes passes at once. */
  async function exportVia(pick: (op: string, n: number) => Fault, budgetMs = 60_000) {
    const proxy = await startFaultProxy(dynamoEndpoint(), pick);
    const slept: number[] = [];
    let clock = 0;
    const dynamo = ourDynamo(
      { budgetMs, now: () => clock, sleep: async (ms: number) => void ((clock += ms), slept.push(ms)) },
      proxy.endpoint,
    );
    try {
      const out = path.join(tempDir(), 'out');
      const result = await runExport(
        {
          out,
          tables: [{ table, collection: table, configured: false }],
          stage: 'test',
          region: REGION,
          segments: 3,
          limits: { pageLimit: 20 },
        },
        { dynamo },
      ).catch((e: unknown) => e);
      return {
        result,
        out,
        slept,
        clock,
        counts: { ...proxy.counts },
        concurrency: [...proxy.concurrency],
        limit: dynamo.inFlightLimit,
        endpoint: proxy.endpoint,
      };
    } finally {
      await proxy.close();
    }
  }

  it('survives throttling, 5xx and dropped connections, losing and duplicating nothing', async () => {
    const faults: Fault[] = ['throttle', 'server-error', 'reset', 'throttle', 'throttle'];
    // Every third Scan request fails, cycling through the fault kinds.
    const { result, out, slept, counts } = await exportVia((op, n) =>
      op === 'Scan' && n % 3 === 0 ? faults[(n / 3) % faults.length]! : null,
    );
    expect(result).toMatchObject({ items: { [table]: 300 } });
    expect((result as { retries: number }).retries).toBeGreaterThanOrEqual(5);
    expect(slept.length).toBe((result as { retries: number }).retries);
    expect(counts.Scan).toBeGreaterThan(18);
    expect(byId(await readAll(await openExport(asLocation(out)), table))).toEqual(byId(await scanWire(table)));
  });

  it('fails at once, without retrying, on an error that is not retryable', async () => {
    const { result, slept } = await exportVia((op, n) => (op === 'Scan' && n === 2 ? 'validation' : null));
    expect(result).toBeInstanceOf(FailedError);
    expect((result as Error).message).toMatch(
      new RegExp(`export of ${table} failed: .*refused Scan on table ${table} segment \\d as invalid \\(ValidationException\\).*--resume`),
    );
    expect(slept).toEqual([]);
  });

  it('under sustained throttling, slows to one request in flight and gives up on its time budget, naming --resume', async () => {
    const { result, slept, clock, concurrency, limit, endpoint } = await exportVia((op) => (op === 'Scan' ? 'throttle' : null), 60_000);
    expect(result).toBeInstanceOf(FailedError);
    const message = (result as Error).message;
    expect(message).toMatch(
      new RegExp(
        `DynamoDB endpoint ${endpoint}: Scan on table ${table} segment \\d still failing after \\d+ attempts over \\d+s \\(throttling: ProvisionedThroughputExceededException\\)`,
      ),
    );
    expect(message).toContain('export --resume with the same --out');
    // Given up on the budget, not on a count: about a minute of back-off on the fake clock
    // (the three segments share it, so the last sleeps of the others may run a little past).
    expect(clock).toBeLessThanOrEqual(60_000 + 3 * 20_000);
    expect(clock).toBeGreaterThan(30_000);
    expect(slept.length).toBeGreaterThan(10);
    // Fewer requests in flight: the limit fell to one, and the last requests came one at a time.
    expect(limit).toBe(1);
    expect(concurrency.slice(-5)).toEqual([1, 1, 1, 1, 1]);
  });
});
