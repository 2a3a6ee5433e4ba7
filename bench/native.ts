/**
 * npx tsx bench/native.ts [--items 20000] [--tables 4] [--changed 50]
 *
 * The scan export against DynamoDB's own export (answered by the local
 * stand-in, src/local/export-stand-in.ts: not AWS) and its incremental
 * export, on the same data in dynalite and s3rver: for a full export, for
 * the catch-up (what it reads as "theirs" after --changed writes) and for
 * the live check ("no write since the export"). Requests are counted at
 * the two endpoints the tool talks to (DynamoDB through the stand-in, S3
 * through a counting pass-through); the stand-in's own work (its scan of
 * the table, the objects it writes, which AWS does on its side) is shown
 * apart. Seconds are wall time on this machine.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BatchWriteItemCommand, CreateTableCommand, DeleteItemCommand, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { createDynamo } from '../src/clients/dynamodb.js';
import { createS3 } from '../src/clients/s3.js';
import { latestChanges, openChanges } from '../src/export-format/changes-reader.js';
import { type NativeExportResult, runNativeExport } from '../src/export/native-export.js';
import { timeOfExport } from '../src/export/native-since.js';
import { withChanges } from '../src/export-format/overlay.js';
import { openExport } from '../src/export-format/reader.js';
import { runExport } from '../src/export/run-export.js';
import { startExportStandIn } from '../src/local/export-stand-in.js';
import { startLocalServices } from '../src/local/services.js';
import { liveDigest } from '../src/verify/live-scan.js';
import { parseLocation, parseS3Uri } from '../src/core/location.js';
import { benchItem } from './items.js';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};
const ITEMS = arg('items', 20_000);
const TABLES = arg('tables', 4);
const CHANGED = arg('changed', 50);
const REGION = 'us-east-1';
const creds = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** A pass-through that counts requests (S3's are not typed by a target header: counted by method). */
async function countingProxy(target: string) {
  const t = new URL(target);
  const counts = { requests: 0 };
  const server = createServer((req, res) => {
    counts.requests++;
    const up = httpRequest({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 500, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function main() {
  const services = await startLocalServices();
  const raw = new DynamoDBClient({ endpoint: services.dynamoEndpoint, region: REGION, credentials: creds });
  const rawS3 = new S3Client({ endpoint: services.s3Endpoint, region: REGION, credentials: creds, forcePathStyle: true });
  const direct = {
    dynamo: createDynamo({ region: REGION, endpoint: services.dynamoEndpoint, env: {} }),
    s3: createS3({ region: REGION, endpoint: services.s3Endpoint, env: {} }),
  };
  const standIn = await startExportStandIn({ dynamoEndpoint: services.dynamoEndpoint, ...direct });
  const s3Count = await countingProxy(services.s3Endpoint);
  // What the tool uses: DynamoDB through the stand-in (which counts every request), S3 through the counter.
  const dynamo = createDynamo({ region: REGION, endpoint: standIn.endpoint, env: {} });
  const s3 = createS3({ region: REGION, endpoint: s3Count.endpoint, env: {} });
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-bench-native-'));
  const rows: string[][] = [];
  try {
    await rawS3.send(new CreateBucketCommand({ Bucket: 'bench' }));
    const tables = Array.from({ length: TABLES }, (_, i) => ({ table: `bench-native-${i}`, collection: `c${i}`, configured: true }));
    const per = Math.ceil(ITEMS / TABLES);
    for (const [t, ref] of tables.entries()) {
      await raw.send(
        new CreateTableCommand({
          TableName: ref.table,
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
      for (let i = 0; i < per; i += 25) {
        const batch = Array.from({ length: Math.min(25, per - i) }, (_, k) => ({ PutRequest: { Item: benchItem(t * per + i + k) } }));
        await raw.send(new BatchWriteItemCommand({ RequestItems: { [ref.table]: batch } }));
      }
    }
    console.log(`seeded ${per * TABLES} items in ${TABLES} tables`);

    const measure = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
      const before = { ...standIn.counts };
      const s3Before = s3Count.counts.requests;
      const t0 = performance.now();
      const out = await fn();
      const seconds = (performance.now() - t0) / 1000;
      const delta = (k: string) => (standIn.counts[k] ?? 0) - (before[k] ?? 0);
      const dynamoRequests = Object.keys(standIn.counts)
        .filter((k) => !k.startsWith('stand-in'))
        .reduce((n, k) => n + delta(k), 0);
      const ops = Object.keys(standIn.counts)
        .filter((k) => !k.startsWith('stand-in') && delta(k) > 0)
        .map((k) => `${k} ${delta(k)}`)
        .join(', ');
      const awsSide = `${delta('stand-in Scan pages')} scan pages, ${delta('stand-in S3 objects written')} objects, ${(delta('stand-in ms') / 1000).toFixed(2)} s`;
      rows.push([label, String(dynamoRequests), String(s3Count.counts.requests - s3Before), seconds.toFixed(2), ops, awsSide]);
      return out;
    };
    const drain = async (source: { tables: { table: string }[]; items(t: string): AsyncIterable<unknown> }) => {
      let n = 0;
      for (const t of source.tables) for await (const _ of source.items(t.table)) n++;
      return n;
    };
    const sse = { algorithm: 'AES256' as const };
    const at = (uri: string) => parseLocation(uri, 'from');
    const native = (s3Uri: string, more: { exportTime?: string; since?: string } = {}) =>
      runNativeExport(
        {
          stage: 'bench',
          region: REGION,
          tables,
          s3Uri: parseS3Uri(s3Uri),
          sse,
          resume: false,
          timeoutSeconds: 600,
          ...(more.exportTime ? { exportTime: more.exportTime } : {}),
          ...(more.since ? { since: at(more.since) } : {}),
        },
        { dynamo, s3, pollMs: 200, sinceTime: (s) => timeOfExport(s, s3) },
      );

    // 1. A full export.
    await measure('full export: scan (folder + S3 upload)', () =>
      runExport(
        { out: path.join(scratch, 'scan1'), tables, stage: 'bench', region: REGION, s3Uri: parseS3Uri('s3://bench/scan1') },
        { dynamo, s3 },
      ),
    );
    const anHourAgo = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000).toISOString();
    const base = (await measure('full export: native (stand-in)', () =>
      native('s3://bench/native1', { exportTime: anHourAgo }),
    )) as NativeExportResult;

    // The live check before any write: a scan of every table, or an incremental export with no record.
    await measure('live check, no write: scan of every table', async () => {
      for (const t of tables) await liveDigest({ client: dynamo, table: t.table, segments: 4, onItems: () => {} });
    });
    await measure('live check, no write: incremental export + read', async () => {
      const inc = (await native('s3://bench/inc0', { since: base.s3Uri })) as NativeExportResult;
      const changes = await openChanges(at(inc.s3Uri), { s3 });
      for (const t of tables) await latestChanges(changes.records(t.table));
    });

    // CHANGED writes, spread over the tables: a third deleted, the rest changed.
    for (let i = 0; i < CHANGED; i++) {
      const t = tables[i % TABLES]!;
      const n = (i % TABLES) * per + i * 7;
      if (i % 3 === 2) await raw.send(new DeleteItemCommand({ TableName: t.table, Key: { id: benchItem(n).id! } }));
      else await raw.send(new PutItemCommand({ TableName: t.table, Item: { ...benchItem(n), title: { S: `changed ${i}` } } }));
    }

    // 2. The catch-up's "theirs": a fresh full scan export read whole, or the base with the incremental export laid over it.
    await measure(`catch-up (${CHANGED} changed): scan export + read`, async () => {
      await runExport(
        { out: path.join(scratch, 'scan2'), tables, stage: 'bench', region: REGION, s3Uri: parseS3Uri('s3://bench/scan2') },
        { dynamo, s3 },
      );
      return drain(await openExport(at('s3://bench/scan2'), { s3 }));
    });
    let records = 0;
    await measure(`catch-up (${CHANGED} changed): incremental export + read`, async () => {
      const inc = (await native('s3://bench/inc1', { since: base.s3Uri })) as NativeExportResult;
      const changes = await openChanges(at(inc.s3Uri), { s3 });
      const over = withChanges(await openExport(at(base.s3Uri), { s3 }), changes);
      const n = await drain(over);
      records = changes.recordsRead;
      return n;
    });
    console.log(`the incremental catch-up read ${records} change records`);

    // 3. The live check after the writes.
    await measure(`live check (${CHANGED} changed): scan of every table`, async () => {
      for (const t of tables) await liveDigest({ client: dynamo, table: t.table, segments: 4, onItems: () => {} });
    });
    await measure(`live check (${CHANGED} changed): incremental export + read`, async () => {
      const inc = (await native('s3://bench/inc2', { since: base.s3Uri })) as NativeExportResult;
      const changes = await openChanges(at(inc.s3Uri), { s3 });
      for (const t of tables) await latestChanges(changes.records(t.table));
    });

    console.log(
      `\n${per * TABLES} items in ${TABLES} tables, ${CHANGED} changed; dynalite and s3rver on this machine; DynamoDB's export answered by the local stand-in\n`,
    );
    const head = [
      'what',
      'DynamoDB requests',
      'S3 requests',
      'seconds',
      'DynamoDB requests by operation',
      "stand-in's own work (AWS's side)",
    ];
    console.log(`| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |`);
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  } finally {
    await standIn.stop();
    await s3Count.stop();
    await services.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
