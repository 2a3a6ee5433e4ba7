/**
 * The ground a corpus file runs its bad inputs on: the events app as a
 * scratch repository (with a good export inside it, at exports/good), its
 * tables in the test dynalite, the export uploaded to a bucket in s3rver,
 * and three endpoints that are wrong in different ways (a closed port, a
 * web page, a 404). Made once per file; each case that writes its own
 * setup runs on a copy of the repository.
 */
import { createHash } from 'node:crypto';
import { cp, lstat, mkdtemp, open, readdir, readFile, readlink, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ListTablesCommand, ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { ListBucketsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { createEventsApp, type EventsApp, exportEventsApp, MIGRATED, seedEventsTables } from '../fixtures/events-app.js';
import { createBucket, dynamoEndpoint, ourS3, s3Endpoint, testDynamo, testS3, uniqueName } from '../harness/aws.js';

/** Text the fake endpoints answer with; it must never reach an output. */
export const PAGE_SECRET = 'corpus-page-body-7f3a';

export interface World {
  app: EventsApp;
  /** A pristine copy of the repository, the source of every case's copy. */
  template: string;
  endpoint: string;
  s3Endpoint: string;
  bucket: string;
  /** A bucket no case may create: missing-<stage>. */
  missingBucket: string;
  /** s3://<bucket>/good: the export, uploaded. */
  s3Export: string;
  /** http://127.0.0.1:<port> with nothing listening. */
  closed: string;
  /** Answers every request with 200 and a web page. */
  html: string;
  /** Answers every request with 404 and a short body. */
  notFound: string;
  /** Answers every request as DynamoDB does when it throttles (400, ProvisionedThroughputExceededException). */
  throttling: string;
  /** The tables and buckets as made (remoteState): no case may change them. */
  remote: Record<string, string>;
  close(): Promise<void>;
}

const THROTTLED = JSON.stringify({
  __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
  message: 'The level of configured provisioned throughput for the table was exceeded.',
});

async function fakeServer(status: number, type: string, body: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return server;
}

const urlOf = (server: http.Server | { port: number }) =>
  `http://127.0.0.1:${'address' in server ? (server.address() as AddressInfo).port : server.port}`;

async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * rolledBack: the data dir is already the export (a rollback with strategy
 * export ran), so verify finds no difference and only the bad input shows.
 */
export async function makeWorld(options: { rolledBack?: (root: string) => Promise<void> } = {}): Promise<World> {
  const app = await createEventsApp(uniqueName('corpus'));
  await seedEventsTables(app, testDynamo());
  const s3 = testS3();
  const bucket = await createBucket(s3, uniqueName('corpus'));
  await exportEventsApp(app, path.join(app.root, 'exports', 'good'), { s3Uri: `s3://${bucket}/good`, s3: ourS3() });
  await options.rolledBack?.(app.root);
  const template = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-corpus-template-'));
  await cp(app.root, template, { recursive: true, verbatimSymlinks: true });
  const html = await fakeServer(200, 'text/html', `<html><body><h1>${PAGE_SECRET}</h1></body></html>`);
  const notFound = await fakeServer(404, 'text/plain', `not here: ${PAGE_SECRET}`);
  const throttling = await fakeServer(400, 'application/x-amz-json-1.0', THROTTLED);
  const world: World = {
    app,
    template,
    endpoint: dynamoEndpoint(),
    s3Endpoint: s3Endpoint(),
    bucket,
    missingBucket: `missing-${app.stage}`,
    s3Export: `s3://${bucket}/good`,
    closed: urlOf({ port: await closedPort() }),
    html: urlOf(html),
    notFound: urlOf(notFound),
    throttling: urlOf(throttling),
    remote: {},
    async close() {
      await new Promise<void>((resolve) => html.close(() => resolve()));
      await new Promise<void>((resolve) => notFound.close(() => resolve()));
      await new Promise<void>((resolve) => throttling.close(() => resolve()));
      await app.cleanup();
      await rm(template, { recursive: true, force: true });
    },
  };
  world.remote = await remoteState(world);
  return world;
}

/** A fresh copy of the repository, for a case that writes its own setup. */
export async function copyRepo(world: World): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-corpus-case-'));
  await cp(world.template, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

/** Above this, a file (a sparse one made to be too large) is known by its size, mtime, head and tail rather than read whole. */
const WHOLE_HASH_LIMIT = 64 * 1024 * 1024;
const EDGE = 1024 * 1024;

async function fileDigest(file: string, size: number, mtimeMs: number): Promise<string> {
  if (size <= WHOLE_HASH_LIMIT)
    return createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  const fh = await open(file, 'r');
  try {
    const head = Buffer.alloc(EDGE);
    const tail = Buffer.alloc(EDGE);
    await fh.read(head, 0, EDGE, 0);
    await fh.read(tail, 0, EDGE, size - EDGE);
    return `mtime ${mtimeMs} edges ${createHash('sha256').update(head).update(tail).digest('hex')}`;
  } finally {
    await fh.close();
  }
}

/** Every file, folder and link under dir: relative path -> kind and sha256 (or link target). */
export async function listing(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (rel: string): Promise<void> => {
    for (const name of (await readdir(path.join(dir, rel))).sort()) {
      const p = rel ? `${rel}/${name}` : name;
      const abs = path.join(dir, p);
      const s = await lstat(abs);
      if (s.isSymbolicLink()) out[p] = `link ${await readlink(abs)}`;
      else if (s.isDirectory()) {
        out[p] = `dir ${(s.mode & 0o777).toString(8)}`;
        await walk(p);
      } else out[p] = `file ${(s.mode & 0o777).toString(8)} ${s.size} ${await fileDigest(abs, s.size, s.mtimeMs)}`;
    }
  };
  await walk('');
  return out;
}

const sortedJson = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x,
  );

/** The world's tables (count and digest of their items), which tables of its stage exist, and the keys in its buckets. */
export async function remoteState(world: World): Promise<Record<string, string>> {
  const dynamo = testDynamo();
  const s3 = testS3();
  const out: Record<string, string> = {};
  const names: string[] = [];
  let start: string | undefined;
  do {
    const page = await dynamo.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
    names.push(...(page.TableNames ?? []).filter((n) => n.includes(world.app.stage)));
    start = page.LastEvaluatedTableName;
  } while (start);
  out.tables = names.sort().join(',');
  for (const c of MIGRATED) {
    const table = world.app.tables[c];
    const items: string[] = [];
    let key: Record<string, AttributeValue> | undefined;
    do {
      const page = await dynamo.send(new ScanCommand({ TableName: table, ExclusiveStartKey: key, ConsistentRead: true }));
      items.push(...(page.Items ?? []).map(sortedJson));
      key = page.LastEvaluatedKey;
    } while (key);
    out[table] = `${items.length} ${createHash('sha256').update(items.sort().join('\n')).digest('hex')}`;
  }
  const buckets = ((await s3.send(new ListBucketsCommand({}))).Buckets ?? []).map((b) => b.Name ?? '');
  for (const bucket of buckets.filter((b) => b === world.bucket || b === world.missingBucket)) {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
      keys.push(...(page.Contents ?? []).map((o) => `${o.Key} ${o.ETag}`));
      token = page.NextContinuationToken;
    } while (token);
    out[`s3 ${bucket}`] = keys.sort().join('\n');
  }
  return out;
}
