/**
 * publish and pull on s3rver: a data dir to a release and back byte for
 * byte; every way a release can be partial or altered is refused before
 * anything is replaced; a second pull changes nothing; undo puts back what
 * a pull replaced.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { execute } from '../../src/commands/execute.js';
import type { Options } from '../../src/commands/options.js';
import { exitCodeOf } from '../../src/core/errors.js';
import { silentReporter } from '../../src/core/reporter.js';
import { parseS3Uri } from '../../src/core/location.js';
import { runPublish } from '../../src/publish/publish.js';
import type { PullResult } from '../../src/publish/pull.js';
import { statePaths } from '../../src/state/paths.js';
import { createBucket, ourS3, s3Endpoint, testS3 } from '../harness/aws.js';
import { createEventsApp, type EventsApp, readTree } from '../fixtures/events-app.js';

const apps: EventsApp[] = [];
const scratch: string[] = [];
afterAll(async () => {
  for (const a of apps) await a.cleanup();
  for (const d of scratch) await rm(d, { recursive: true, force: true });
});

async function app(): Promise<EventsApp> {
  const a = await createEventsApp();
  apps.push(a);
  return a;
}

/** An empty data dir elsewhere, as a fresh container has it. */
async function emptyDataDir(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-pull-'));
  scratch.push(root);
  const dir = path.join(root, 'server', 'data');
  await mkdir(dir, { recursive: true });
  return dir;
}

const run = (command: string, cwd: string, options: Options) =>
  execute(command, { 's3-endpoint': s3Endpoint(), ...options }, silentReporter, cwd);

async function publish(a: EventsApp, bucket: string): Promise<string> {
  const ex = await run('publish', a.root, { to: `s3://${bucket}/releases` });
  return ex.presentation.outputs['release-uri']!;
}

async function pull(dataDir: string, from: string): Promise<PullResult> {
  return (await run('pull', path.dirname(dataDir), { from, 'data-dir': dataDir })).result as PullResult;
}

/** A refused pull: exit 2, the message; the data dir as it was and no state folder beside it. */
async function refusedPull(dataDir: string, from: string): Promise<string> {
  const before = await readTree(dataDir);
  const err = await pull(dataDir, from).catch((e: unknown) => e);
  expect(exitCodeOf(err)).toBe(2);
  expect(await readTree(dataDir)).toEqual(before);
  expect(await stat(statePaths(dataDir).root).catch(() => null)).toBeNull();
  return (err as Error).message;
}

const keyOf = (uri: string, name: string) => `${uri.replace(/^s3:\/\/[^/]+\//, '')}/${name}`;

describe('publish', () => {
  it('uploads every data file encrypted, then a manifest with each sha256 and size; outputs the release', async () => {
    const a = await app();
    const bucket = await createBucket(testS3());
    const ex = await run('publish', a.root, { to: `s3://${bucket}/releases` });
    const uri = ex.presentation.outputs['release-uri']!;
    expect(uri).toMatch(new RegExp(`^s3://${bucket}/releases/\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d-\\d{3}Z$`));
    const local = await readTree(a.dataDir);
    expect(ex.presentation.outputs.files).toBe(String(Object.keys(local).length));
    const listed = await testS3().send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'releases/' }));
    expect((listed.Contents ?? []).map((c) => path.basename(c.Key!)).sort()).toEqual([...Object.keys(local), 'manifest.json'].sort());
    const got = await testS3().send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(uri, 'manifest.json') }));
    const text = await got.Body!.transformToString();
    const manifest = JSON.parse(text) as { stage: string; files: { name: string; bytes: number; sha256: string }[] };
    expect(manifest.stage).toBe(a.stage);
    expect(manifest.files.map((f) => f.name)).toEqual(Object.keys(local).sort());
    for (const f of manifest.files) expect(f.bytes).toBe(Buffer.from(local[f.name]!, 'hex').length);
    const { createHash } = await import('node:crypto');
    expect(ex.presentation.outputs.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    const head = await testS3().send(new HeadObjectCommand({ Bucket: bucket, Key: keyOf(uri, 'events.json') }));
    expect(head.Metadata?.sha256).toBe(manifest.files.find((f) => f.name === 'events.json')!.sha256);
  });

  it('refuses a release prefix that already holds objects, and writes nothing', async () => {
    const a = await app();
    const bucket = await createBucket(testS3());
    const at = new Date('2026-12-01T12:00:00.000Z');
    const opts = { to: parseS3Uri(`s3://${bucket}/r`, '--to'), dataDir: a.dataDir, stage: a.stage, sse: { algorithm: 'AES256' as const } };
    await testS3().send(new PutObjectCommand({ Bucket: bucket, Key: 'r/2026-12-01T12-00-00-000Z/stray', Body: 'x' }));
    const err = await runPublish(opts, { s3: ourS3(), reporter: silentReporter, now: () => at }).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toContain('already holds objects');
    const listed = await testS3().send(new ListObjectsV2Command({ Bucket: bucket }));
    expect((listed.Contents ?? []).map((c) => c.Key)).toEqual(['r/2026-12-01T12-00-00-000Z/stray']);
  });

  it('refuses a folder in the data dir (a release holds files only), before any upload', async () => {
    const a = await app();
    const bucket = await createBucket(testS3());
    await mkdir(path.join(a.dataDir, 'uploads'));
    const err = await run('publish', a.root, { to: `s3://${bucket}/releases` }).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toContain('uploads: not a regular file (a folder)');
    const listed = await testS3().send(new ListObjectsV2Command({ Bucket: bucket }));
    expect(listed.Contents ?? []).toEqual([]);
  });

  it('refuses a data file named manifest.json, and a missing --to', async () => {
    const a = await app();
    const bucket = await createBucket(testS3());
    await writeFile(path.join(a.dataDir, 'manifest.json'), '[]');
    const err = await run('publish', a.root, { to: `s3://${bucket}/releases` }).catch((e: unknown) => e);
    expect((err as Error).message).toContain('would collide with the release');
    const none = await run('publish', a.root, {}).catch((e: unknown) => e);
    expect(exitCodeOf(none)).toBe(2);
    expect((none as Error).message).toContain('--to is required');
  });
});

describe('publish: config', () => {
  it('takes the release location from publish: in the config (with ${stage}); refuses one that is not s3://', async () => {
    const a = await app();
    const bucket = await createBucket(testS3());
    const config = path.join(a.root, '.github', 'dynamodb-rollback.yml');
    const text = await readFile(config, 'utf8');
    await writeFile(config, `${text}publish: s3://${bucket}/releases/\${stage}\n`);
    const ex = await run('publish', a.root, {});
    expect(ex.presentation.outputs['release-uri']).toMatch(new RegExp(`^s3://${bucket}/releases/${a.stage}/\\d{4}-`));
    await writeFile(config, `${text}publish: releases/here\n`);
    const err = await run('publish', a.root, {}).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toContain('publish: expected s3://bucket/prefix');
  });
});

describe('publish guards', () => {
  it('a file rewritten while it is published leaves a release without a manifest (exit 1), which pull refuses', async () => {
    const a = await app();
    const bucket = await createBucket(testS3());
    let first = true;
    // The app writes events.json just after the first file went up (synchronously: the publish cannot race past it).
    const reporter = {
      ...silentReporter,
      progress: () => ({
        add() {
          if (first) writeFileSync(path.join(a.dataDir, 'events.json'), '[]');
          first = false;
        },
        detail() {},
        done() {},
      }),
    };
    const err = await runPublish(
      { to: parseS3Uri(`s3://${bucket}/r`, '--to'), dataDir: a.dataDir, stage: a.stage, sse: { algorithm: 'AES256' } },
      { s3: ourS3(), reporter },
    ).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(1);
    expect((err as Error).message).toContain('events.json changed while it was published');
    const listed = await testS3().send(new ListObjectsV2Command({ Bucket: bucket }));
    const keys = (listed.Contents ?? []).map((c) => c.Key!);
    expect(keys.some((k) => k.endsWith('/manifest.json'))).toBe(false);
    const release = `s3://${bucket}/${path.dirname(keys[0]!)}`;
    expect(await refusedPull(await emptyDataDir(), release)).toContain('manifest.json not found');
  });

  it('refuses --sse aws:kms without --kms-key-id before anything is written', async () => {
    const a = await app();
    const bucket = await createBucket(testS3());
    const err = await run('publish', a.root, { to: `s3://${bucket}/r`, sse: 'aws:kms' }).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toContain('--kms-key-id');
    expect((await testS3().send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).toEqual([]);
  });
});

describe('pull', () => {
  it('refuses when a folder stands where the release has a file, with nothing replaced', async () => {
    const a = await app();
    const bucket = await createBucket(testS3());
    const uri = await publish(a, bucket);
    const dir = await emptyDataDir();
    await mkdir(path.join(dir, 'users.json'));
    expect(await refusedPull(dir, uri)).toContain('users.json: not a regular file');
  });

  it('round-trips a data dir byte for byte; a second pull changes nothing', async () => {
    const a = await app();
    const bucket = await createBucket(testS3());
    const uri = await publish(a, bucket);
    const dir = await emptyDataDir();
    const first = await pull(dir, uri);
    expect(await readTree(dir)).toEqual(await readTree(a.dataDir));
    expect(first.replaced.length).toBe(Object.keys(await readTree(a.dataDir)).length);
    expect(first.snapshot).not.toBeNull();
    const second = await pull(dir, uri);
    expect(second).toMatchObject({ replaced: [], snapshot: null });
    expect(second.unchanged.length).toBe(first.replaced.length);
    expect(await readTree(dir)).toEqual(await readTree(a.dataDir));
  });

  it('replaces only the files that differ, keeps their mode, leaves unlisted local files; undo puts the old ones back', async () => {
    const a = await app();
    const bucket = await createBucket(testS3());
    const uri = await publish(a, bucket);
    const target = await app();
    await writeFile(path.join(target.dataDir, 'events.json'), '[]');
    const { chmod } = await import('node:fs/promises');
    await chmod(path.join(target.dataDir, 'events.json'), 0o600);
    await writeFile(path.join(target.dataDir, 'local-only.json'), '[]');
    const before = await readTree(target.dataDir);
    const r = await pull(target.dataDir, uri);
    expect(r.replaced).toEqual(['events.json']);
    expect(r.leftAlone).toEqual(['local-only.json']);
    expect(await readFile(path.join(target.dataDir, 'events.json'))).toEqual(await readFile(path.join(a.dataDir, 'events.json')));
    expect((await stat(path.join(target.dataDir, 'events.json'))).mode & 0o777).toBe(0o600);
    await run('undo', target.root, {});
    expect(await readTree(target.dataDir)).toEqual(before);
  });

  it('refuses a tampered object (same size, other bytes) with nothing replaced', async () => {
    const a = await app();
    const bucket = await createBucket(testS3());
    const uri = await publish(a, bucket);
    const bytes = await readFile(path.join(a.dataDir, 'users.json'));
    const changed = Buffer.from(bytes);
    changed[10] = changed[10] === 0x41 ? 0x42 : 0x41;
    await testS3().send(new PutObjectCommand({ Bucket: bucket, Key: keyOf(uri, 'users.json'), Body: changed }));
    // A data dir that differs in every file, so every object is downloaded; the good ones are not put in place either.
    const target = await app();
    for (const name of Object.keys(await readTree(target.dataDir))) await writeFile(path.join(target.dataDir, name), '[]');
    const msg = await refusedPull(target.dataDir, uri);
    expect(msg).toContain('users.json: its bytes do not match the manifest');
    // No temp file of ours left beside the data files either.
    expect(Object.keys(await readTree(target.dataDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a release with a listed file missing, one of another size, an unlisted object, or no manifest', async () => {
    const bucket = await createBucket(testS3());
    const s3 = testS3();
    const a = await app();
    const target = await app();

    const missing = await publish(a, bucket);
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: keyOf(missing, 'talks.json') }));
    expect(await refusedPull(target.dataDir, missing)).toContain('talks.json is missing: the release is partial');

    await new Promise((r) => setTimeout(r, 5));
    const resized = await publish(a, bucket);
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: keyOf(resized, 'talks.json'), Body: '[]' }));
    expect(await refusedPull(target.dataDir, resized)).toContain('the manifest says');

    await new Promise((r) => setTimeout(r, 5));
    const extra = await publish(a, bucket);
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: keyOf(extra, 'sneaky.json'), Body: '[]' }));
    expect(await refusedPull(target.dataDir, extra)).toContain('does not list (sneaky.json)');

    await new Promise((r) => setTimeout(r, 5));
    const partial = await publish(a, bucket);
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: keyOf(partial, 'manifest.json') }));
    expect(await refusedPull(target.dataDir, partial)).toContain('manifest.json not found');

    await new Promise((r) => setTimeout(r, 5));
    const edited = await publish(a, bucket);
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: keyOf(edited, 'manifest.json'),
        Body: JSON.stringify({ files: [{ name: '../server.js', sha256: 'x', bytes: 1 }] }),
      }),
    );
    expect(await refusedPull(target.dataDir, edited)).toContain('not a release manifest (files.0.name');
  });

  it('refuses a data dir that is not a folder, and a --from that is not s3://', async () => {
    const a = await app();
    const bucket = await createBucket(testS3());
    const uri = await publish(a, bucket);
    const err = await pull(path.join(a.root, 'nowhere'), uri).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toContain('is not a folder');
    const bad = await run('pull', a.root, { from: a.dataDir }).catch((e: unknown) => e);
    expect(exitCodeOf(bad)).toBe(2);
  });
});
