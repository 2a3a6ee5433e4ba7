/**
 * The guards of export-format/raw-scan.ts: a Scan page whose Count disagrees with
 * the items it holds is never passed on (from a real dynalite behind a
 * rewriting proxy, and from a local server sending a crafted body), the SDK
 * fallback is taken for any body the splitter does not fully understand,
 * and a body whose length disagrees with its Content-Length is refused.
 */
import { access, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { wrapDynamo } from '../../src/clients/dynamodb.js';
import { exitCodeOf, FailedError } from '../../src/core/errors.js';
import { scanPage, splitScanBody } from '../../src/export-format/raw-scan.js';
import { createTable, dynamoEndpoint, ourDynamo, REGION, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { cleanTempDirs, exportTables, plainItems, tempDir } from './helpers.js';
import { startRewriteProxy } from './rewrite-proxy.js';

afterAll(cleanTempDirs);

const JSON_TYPE = { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'crafted' };

/** A local "DynamoDB" that answers every request with the given body. */
async function craftedServer(body: string): Promise<{ endpoint: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { ...JSON_TYPE, 'content-length': String(Buffer.byteLength(body)) });
      res.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function pageFrom(body: string) {
  const server = await craftedServer(body);
  try {
    return await scanPage(ourDynamo(noWait, server.endpoint), { TableName: 'crafted' }, 'table crafted segment 0');
  } finally {
    await server.close();
  }
}

// No waiting between retries, and a short budget: a fault a test injects on purpose fails fast.
const noWait = { sleep: async () => {}, budgetMs: 1000 };
const item = (id: string) => ({ id: { S: id }, n: { N: '1' } });

describe('a Scan page whose Count disagrees with its items', () => {
  const table = uniqueName('gcnt');
  beforeAll(async () => {
    await createTable(testDynamo(), table);
    await seedItems(testDynamo(), table, plainItems(30));
  });

  it('stops the export (exit 1) naming the scan, and the table is not marked complete', async () => {
    // dynalite's real response, with Count raised by one on the way back.
    const proxy = await startRewriteProxy(dynamoEndpoint(), {
      rewrite: (req, res) => {
        if (!String(req.headers['x-amz-target']).endsWith('.Scan') || res.status !== 200) return res;
        const body = JSON.parse(res.body.toString('utf8')) as { Count: number };
        const headers = { ...res.headers };
        delete headers['x-amz-crc32'];
        return { ...res, headers, body: Buffer.from(JSON.stringify({ ...body, Count: body.Count + 1 })) };
      },
    });
    try {
      const out = path.join(tempDir(), 'out');
      const err = await exportTables(
        [table],
        out,
        { segments: 1, limits: { pageLimit: 10 } },
        { dynamo: ourDynamo(noWait, proxy.endpoint) },
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FailedError);
      expect(exitCodeOf(err)).toBe(1);
      expect((err as Error).message).toBe(
        `export of ${table} failed: scan of table ${table} segment 0: page reports 11 items but holds 10; what was written so far is checkpointed: fix the cause and run export --resume with the same --out`,
      );
      // Nothing marks the table done: no files manifest, the run still in progress, no data file for the bad page.
      await expect(access(path.join(out, table, 'manifest-files.json'))).rejects.toThrow();
      const run = JSON.parse(await readFile(path.join(out, 'export.json'), 'utf8')) as { status: string };
      expect(run.status).toBe('in-progress');
      expect(proxy.seen.filter((s) => s.target.endsWith('.Scan'))).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it('on the SDK fallback path too (a body the splitter declines): more items claimed than held', async () => {
    // "\u0049tems" is "Items" to a JSON parser but not to the textual splitter, so the SDK's items are used.
    const body = `{"Count":3,"ScannedCount":3,"\\u0049tems":${JSON.stringify([item('a'), item('b')])}}`;
    expect(splitScanBody(Buffer.from(body))).toBeNull();
    const err = await pageFrom(body).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FailedError);
    expect((err as Error).message).toBe('scan of table crafted segment 0: page reports 3 items but holds 2');
  });

  it('a page that claims items but carries no Items at all', async () => {
    const err = await pageFrom('{"Count":2,"ScannedCount":2}').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FailedError);
    expect((err as Error).message).toBe('scan of table crafted segment 0: page reports 2 items but holds 0');
  });

  it('an answer without a Count (`{}`) is not taken for an empty last page', async () => {
    for (const body of ['{}', '{"Items":[]}']) {
      const err = await pageFrom(body).catch((e: unknown) => e);
      expect(exitCodeOf(err)).toBe(2);
      expect((err as Error).message).toMatch(
        /answered Scan on table crafted segment 0 without a Count, which DynamoDB always sends; check --endpoint$/,
      );
    }
  });

  it('on the verbatim path from a crafted body: fewer items claimed than held', async () => {
    const err = await pageFrom(`{"Count":1,"Items":${JSON.stringify([item('a'), item('b')])}}`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FailedError);
    expect((err as Error).message).toBe('scan of table crafted segment 0: page reports 1 items but holds 2');
  });

  it('a consistent page the splitter declines still yields every item, through the SDK', async () => {
    const page = await pageFrom(
      `{"Count":2,"ScannedCount":2,"\\u0049tems":${JSON.stringify([item('a'), item('b')])},"LastEvaluatedKey":{"id":{"S":"b"}}}`,
    );
    expect(page.verbatim).toBe(false);
    expect(page.count).toBe(2);
    expect(
      page.lines
        .toString()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([{ Item: item('a') }, { Item: item('b') }]);
    expect(page.lastEvaluatedKey).toEqual({ id: { S: 'b' } });
  });
});

describe('splitScanBody declines every body it cannot split exactly', () => {
  // One per refusal branch, each body chosen so that without that branch the
  // rest of the splitter would accept it and return a wrong split.
  it.each([
    ['a body that does not open with {', '("Items":[{"id":{"S":"a"}}]}'],
    ['a key that does not open with a quote', '{x":0,"Items":[{"id":{"S":"a"}}]}'],
    ['a key followed by something other than a colon', '{"Count"=0,"Items":[{"id":{"S":"a"}}]}'],
    ['Items that does not open with [', '{"Items":({"id":{"S":"a"}}]}'],
    ['an item that is not an object', '{"Items":[{"id":{"S":"a"}},"x"]}'],
    ['items separated by something other than a comma', '{"Items":[{"id":{"S":"a"}};{"id":{"S":"b"}}]}'],
    ['members separated by something other than a comma', '{"Count":0 "Items":[]}'],
    ['no Items member at all', '{"Count":0,"ScannedCount":0}'],
  ])('%s', (_what, text) => {
    expect(splitScanBody(Buffer.from(text))).toBeNull();
  });
});

describe('a response body whose length disagrees with its Content-Length', () => {
  // Node's HTTP parser already holds a socket to its Content-Length, so the
  // header is changed after it: the real handler talks to dynalite, and only
  // the header the SDK sees is altered, as a transforming layer could.
  function clientSeeing(contentLength: (real: number) => number) {
    const real = new NodeHttpHandler();
    const sdk = new DynamoDBClient({
      region: REGION,
      endpoint: dynamoEndpoint(),
      maxAttempts: 1,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      requestHandler: {
        async handle(...args: Parameters<NodeHttpHandler['handle']>) {
          const out = await real.handle(...args);
          const headers = out.response.headers;
          if (headers['content-length']) headers['content-length'] = String(contentLength(Number(headers['content-length'])));
          return out;
        },
        updateHttpClientConfig: () => {},
        httpHandlerConfigs: () => ({}),
        destroy: () => real.destroy(),
      },
    });
    return wrapDynamo(sdk, { region: REGION, endpoint: dynamoEndpoint(), retry: noWait });
  }

  const table = uniqueName('glen');
  beforeAll(async () => {
    await createTable(testDynamo(), table);
    // Over 64 KiB per page, so the body is longer than the smallest scratch buffer.
    await seedItems(testDynamo(), table, plainItems(400));
  });

  it('refuses a body longer than its Content-Length', async () => {
    const err = await scanPage(
      clientSeeing((n) => n - 100),
      { TableName: table },
      'len',
    ).catch((e: unknown) => e);
    // A body cut or garbled in transit is retried like a dropped connection; when the budget is spent, the line says so.
    expect(err).toBeInstanceOf(FailedError);
    expect((err as Error).message).toMatch(/Scan on len still failing after \d+ attempts over \d+s \(dropped: TruncatedBody\)/);
    expect(String((err as Error).cause)).toMatch(/response body longer than its content-length \d+/);
  });

  it('refuses a body shorter than its Content-Length', async () => {
    const err = await scanPage(
      clientSeeing((n) => n + 100),
      { TableName: table },
      'len',
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FailedError);
    expect((err as Error).message).toMatch(/\(dropped: TruncatedBody\)/);
    expect(String((err as Error).cause)).toMatch(/response body of \d+ bytes, content-length \d+/);
  });

  it('takes a body whose length matches (the control)', async () => {
    const page = await scanPage(
      clientSeeing((n) => n),
      { TableName: table },
      'len',
    );
    expect(page).toMatchObject({ count: 400, verbatim: true });
  });
});
