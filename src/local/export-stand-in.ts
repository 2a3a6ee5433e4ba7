/**
 * A stand-in for DynamoDB's export API, for the drill and the bench only:
 * an HTTP endpoint in front of dynalite that answers
 * DescribeContinuousBackups (PITR on, a window of the last 35 days to now),
 * ExportTableToPointInTime, DescribeExport and ListExports itself and passes
 * every other request to dynalite. An export scans the table in dynalite and
 * writes AWS's documented layout into the embedded S3 (aws-export-layout.ts);
 * it cannot go back in time, so a "point in time" is the table as it is when
 * asked. An incremental export is the difference between the table now and
 * the stand-in's own last export at or before its start (none: everything is
 * new). It is not AWS: the drill's table says so.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeTableCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoClient } from '../clients/dynamodb.js';
import type { S3 } from '../clients/s3.js';
import { type SdkItem, toWire } from '../dynamo/wire.js';
import { changeLine, writeAwsExport } from './aws-export-layout.js';

export interface ExportStandIn {
  /** Give this as the DynamoDB endpoint: export calls are answered here, the rest reach dynalite. */
  endpoint: string;
  /** Requests answered, by operation (what the tool asked), and the stand-in's own work (scan pages, S3 objects). */
  counts: Record<string, number>;
  stop(): Promise<void>;
}

interface Snapshot {
  at: number;
  items: Map<string, unknown>;
}

const TARGET_PREFIX = 'DynamoDB_20120810.';
const ANSWERED = new Set(['DescribeContinuousBackups', 'ExportTableToPointInTime', 'DescribeExport', 'ListExports']);

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** dynamo reaches the same dynalite as dynamoEndpoint (the stand-in scans through it), s3 the embedded S3; both built by the caller. */
export async function startExportStandIn(opts: {
  dynamoEndpoint: string;
  dynamo: DynamoClient;
  s3: S3;
  partitions?: number;
}): Promise<ExportStandIn> {
  const { dynamo, s3 } = opts;
  const target = new URL(opts.dynamoEndpoint);
  const counts: Record<string, number> = {};
  const count = (k: string, n = 1) => (counts[k] = (counts[k] ?? 0) + n);
  const exports = new Map<string, Record<string, unknown>>();
  const snapshots = new Map<string, Snapshot[]>();
  const started = Date.now();
  let seq = 0;

  const scanTable = async (table: string): Promise<Map<string, unknown>> => {
    const desc = await dynamo.call({ operation: 'DescribeTable' }, (sdk) => sdk.send(new DescribeTableCommand({ TableName: table })));
    const keyNames = (desc.Table?.KeySchema ?? []).map((k) => k.AttributeName ?? '');
    const items = new Map<string, unknown>();
    let start: Record<string, unknown> | undefined;
    do {
      const page = await dynamo.call({ operation: 'Scan' }, (sdk) =>
        sdk.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start as never, ConsistentRead: true })),
      );
      count('stand-in Scan pages');
      for (const item of page.Items ?? []) {
        const wire = toWire(item as SdkItem);
        items.set(JSON.stringify(keyNames.map((k) => [k, wire[k]])), wire);
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  };

  const epoch = (ms: number) => ms / 1000;

  async function answer(op: string, input: Record<string, unknown>): Promise<unknown> {
    if (op === 'DescribeContinuousBackups') {
      return {
        ContinuousBackupsDescription: {
          ContinuousBackupsStatus: 'ENABLED',
          PointInTimeRecoveryDescription: {
            PointInTimeRecoveryStatus: 'ENABLED',
            EarliestRestorableDateTime: epoch(started - 35 * 86_400_000),
            LatestRestorableDateTime: epoch(Date.now()),
          },
        },
      };
    }
    if (op === 'DescribeExport') {
      const d = exports.get(String(input.ExportArn));
      if (!d) throw Object.assign(new Error('ExportNotFoundException'), { type: 'ExportNotFoundException' });
      return { ExportDescription: d };
    }
    if (op === 'ListExports') {
      const list = [...exports.values()].filter((d) => !input.TableArn || d.TableArn === input.TableArn);
      return { ExportSummaries: list.map((d) => ({ ExportArn: d.ExportArn, ExportStatus: d.ExportStatus, ExportType: d.ExportType })) };
    }
    // ExportTableToPointInTime
    const same = [...exports.values()].find((d) => d.ClientToken === input.ClientToken);
    if (same) return { ExportDescription: same };
    const tableArn = String(input.TableArn);
    const table = tableArn.slice(tableArn.lastIndexOf('/') + 1);
    const id = `${String(Date.now()).padStart(14, '0')}-${(++seq).toString(16).padStart(8, '0')}`;
    const exportArn = `${tableArn}/export/${id}`;
    const now = Date.now();
    const t0 = performance.now();
    const items = await scanTable(table);
    const incremental = input.ExportType === 'INCREMENTAL_EXPORT';
    const spec = (input.IncrementalExportSpecification ?? {}) as { ExportFromTime?: number; ExportToTime?: number };
    const at = incremental ? Number(spec.ExportToTime) * 1000 : Number(input.ExportTime ?? epoch(now)) * 1000;
    let lines: string[];
    if (!incremental) lines = [...items.values()].map((item) => JSON.stringify({ Item: item }));
    else {
      const from = Number(spec.ExportFromTime) * 1000;
      const before = (snapshots.get(table) ?? []).filter((s) => s.at <= from).at(-1)?.items ?? new Map<string, unknown>();
      const micros = BigInt(now) * 1000n;
      lines = [];
      for (const [k, item] of items) {
        const old = before.get(k);
        if (old === undefined || JSON.stringify(old) !== JSON.stringify(item))
          lines.push(
            changeLine({ keys: keysOf(k), newImage: item as object, ...(old ? { oldImage: old as object } : {}), writeMicros: micros }),
          );
      }
      for (const [k, old] of before)
        if (!items.has(k)) lines.push(changeLine({ keys: keysOf(k), oldImage: old as object, writeMicros: micros }));
    }
    const list = snapshots.get(table) ?? [];
    list.push({ at, items });
    list.sort((a, b) => a.at - b.at);
    snapshots.set(table, list);
    const written = await writeAwsExport(s3, {
      bucket: String(input.S3Bucket),
      prefix: String(input.S3Prefix ?? ''),
      exportArn,
      tableArn,
      type: incremental ? 'INCREMENTAL_EXPORT' : 'FULL_EXPORT',
      lines,
      partitions: opts.partitions ?? 4,
      startTime: new Date(now).toISOString(),
      endTime: new Date().toISOString(),
      ...(incremental
        ? { fromTime: new Date(Number(spec.ExportFromTime) * 1000).toISOString(), toTime: new Date(at).toISOString() }
        : { exportTime: new Date(at).toISOString() }),
      sse: input.S3SseAlgorithm === 'KMS' ? 'KMS' : 'AES256',
    });
    count('stand-in S3 objects written', written.length);
    count('stand-in ms', Math.round(performance.now() - t0));
    const desc = {
      ExportArn: exportArn,
      ExportStatus: 'COMPLETED',
      StartTime: epoch(now),
      EndTime: epoch(Date.now()),
      ExportManifest: `${input.S3Prefix ? `${String(input.S3Prefix)}/` : ''}AWSDynamoDB/${id}/manifest-summary.json`,
      TableArn: tableArn,
      ExportTime: epoch(at),
      ClientToken: input.ClientToken,
      S3Bucket: input.S3Bucket,
      S3Prefix: input.S3Prefix,
      S3SseAlgorithm: input.S3SseAlgorithm,
      ExportFormat: 'DYNAMODB_JSON',
      BilledSizeBytes: lines.reduce((n, l) => n + Buffer.byteLength(l), 0),
      ItemCount: lines.length,
      ExportType: incremental ? 'INCREMENTAL_EXPORT' : 'FULL_EXPORT',
      ...(incremental ? { IncrementalExportSpecification: { ...spec, ExportViewType: 'NEW_AND_OLD_IMAGES' } } : {}),
    };
    exports.set(exportArn, desc);
    // Started, as AWS answers; the first DescribeExport finds it complete.
    return { ExportDescription: { ...desc, ExportStatus: 'IN_PROGRESS', EndTime: undefined } };
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await body(req);
      const op = String(req.headers['x-amz-target'] ?? '').replace(TARGET_PREFIX, '');
      count(op || 'other');
      if (ANSWERED.has(op)) {
        try {
          const out = await answer(op, JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>);
          res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify(out));
        } catch (err) {
          const type = (err as { type?: string }).type ?? 'InternalServerError';
          res
            .writeHead(type === 'InternalServerError' ? 500 : 400, { 'content-type': 'application/x-amz-json-1.0' })
            .end(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message: type }));
        }
        return;
      }
      const fwd = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 500, up.headers);
          up.pipe(res);
        },
      );
      fwd.on('error', () => res.destroy());
      fwd.end(raw);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The Keys map of a change record, from the stand-in's key text (the key attributes in schema order). */
function keysOf(keyText: string): object {
  return Object.fromEntries(JSON.parse(keyText) as [string, unknown][]);
}
