/**
 * The same exhausted retry is the same failure in every command: exit 1 and
 * one line naming the endpoint, the call and the budget, whichever command
 * made the call. DynamoDB and S3 sit behind proxies that throttle everything;
 * --retry-budget 1 keeps each command to about a second of real back-off.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import type { Options } from '../../src/commands/options.js';
import { describeError, exitCodeOf } from '../../src/core/errors.js';
import { silentReporter } from '../../src/core/reporter.js';
import { startFaultProxy, type FaultProxy } from '../export/fault-proxy.js';
import { createEventsApp, type EventsApp, exportEventsApp, seedEventsTables } from '../fixtures/events-app.js';
import { createBucket, dynamoEndpoint, ourS3, testDynamo, testS3 } from '../harness/aws.js';

/** An S3 that answers every request with 503 SlowDown, as S3 does when asked to slow down. */
async function slowDownS3(): Promise<{ endpoint: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    res.writeHead(503, { 'content-type': 'application/xml' });
    res.end(
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let app: EventsApp;
let dynamo: FaultProxy;
let s3: { endpoint: string; close(): Promise<void> };
let exported: string;
let s3Uri: string;

beforeAll(async () => {
  app = await createEventsApp();
  await seedEventsTables(app, testDynamo());
  const bucket = await createBucket(testS3());
  exported = path.join(app.root, 'exports', 'one');
  s3Uri = `s3://${bucket}/exports/one`;
  await exportEventsApp(app, exported, { s3Uri, s3: ourS3() });
  dynamo = await startFaultProxy(dynamoEndpoint(), () => 'throttle');
  s3 = await slowDownS3();
});
afterAll(async () => {
  await dynamo.close();
  await s3.close();
  await app.cleanup();
});

async function failure(command: string, options: Options) {
  const err = await execute(command, { 'retry-budget': 1, ...options }, silentReporter, app.root).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).not.toBeNull();
  return { code: exitCodeOf(err), line: describeError(err) };
}

/** The figures that depend on timing. */
const normal = (line: string) => line.replace(/after \d+ attempts over \d+s/, 'after N attempts over Ts');

describe('an exhausted retry', () => {
  it('is exit 1 with the same line in status, backup and export (DescribeTable, throttled)', async () => {
    const results = [
      await failure('status', { endpoint: dynamo.endpoint }),
      await failure('backup', { endpoint: dynamo.endpoint }),
      await failure('export', { endpoint: dynamo.endpoint, out: path.join(app.root, 'exports', 'two') }),
    ];
    const first = app.tables.events;
    for (const r of results) {
      expect(r).toEqual({ code: 1, line: expect.any(String) });
      expect(r.line).toMatch(
        new RegExp(
          `^DynamoDB endpoint ${dynamo.endpoint}: DescribeTable on table ${first}.* still failing after \\d+ attempts over [01]s \\(throttling: ProvisionedThroughputExceededException\\); the retry budget is spent: try again when it is less busy, or allow more time with --retry-budget$`,
        ),
      );
    }
    expect(new Set(results.map((r) => normal(r.line))).size).toBe(1);
  });

  it('is exit 1 with the same form in verify --live (Scan, throttled)', async () => {
    const r = await failure('verify', { from: exported, live: true, endpoint: dynamo.endpoint });
    expect(r.code).toBe(1);
    expect(r.line).toMatch(
      new RegExp(
        `^DynamoDB endpoint ${dynamo.endpoint}: Scan on table lightningtalk-circle-${app.stage}-\\w+ segment \\d still failing after \\d+ attempts over [01]s \\(throttling: ProvisionedThroughputExceededException\\); the retry budget is spent: try again when it is less busy, or allow more time with --retry-budget$`,
      ),
    );
  });

  it('is exit 1 with the same line in rollback and verify reading the export from S3 (SlowDown)', async () => {
    const results = [
      await failure('rollback', { from: s3Uri, 's3-endpoint': s3.endpoint, 'dry-run': true }),
      await failure('verify', { from: s3Uri, 's3-endpoint': s3.endpoint }),
    ];
    for (const r of results) {
      expect(r.code).toBe(1);
      expect(r.line).toMatch(
        new RegExp(
          `^S3 endpoint ${s3.endpoint}: GetObject on ${s3Uri}/export.json still failing after \\d+ attempts over [01]s \\(throttling: SlowDown\\); the retry budget is spent: try again when it is less busy, or allow more time with --retry-budget$`,
        ),
      );
    }
    expect(normal(results[0]!.line)).toBe(normal(results[1]!.line));
  });
});
