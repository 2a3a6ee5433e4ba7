/**
 * rollback with backupDir as s3://bucket/prefix, on s3rver and dynalite:
 * the migration backup is found under the prefix, downloaded into a
 * private temp folder, checked against its manifest (or each object's
 * sha256 metadata), and the temp folder is gone afterwards on every path.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { execute } from '../../src/commands/execute.js';
import type { Options } from '../../src/commands/options.js';
import { exitCodeOf } from '../../src/core/errors.js';
import { silentReporter } from '../../src/core/reporter.js';
import { renderText } from '../../src/core/summary.js';
import { TEMP_PREFIX } from '../../src/migration/s3-backup-download.js';
import type { RollbackResult } from '../../src/rollback/result.js';
import { statePaths } from '../../src/state/paths.js';
import { createBucket, s3Endpoint, testDynamo, testS3, uniqueName } from '../harness/aws.js';
import {
  BACKUP_NAME,
  EXPECTED,
  type EventsApp,
  expectedFileText,
  MIGRATED,
  readTree,
  rollbackOptionsFor,
  type SeededGround,
  seededGround,
} from '../fixtures/events-app.js';

let ground: SeededGround;
beforeAll(async () => {
  ground = await seededGround('ddbrb-s3bk-rollback-', testDynamo());
});
afterAll(() => ground.cleanup());

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const temps = async () => (await readdir(os.tmpdir())).filter((n) => n.startsWith(TEMP_PREFIX)).sort();

interface Upload {
  /** Write manifest.json listing every file (default true). */
  manifest?: boolean;
  /** Set each object's sha256 metadata (default false). */
  metadata?: boolean;
  folder?: string;
  /** Change the bytes after the manifest and metadata were computed. */
  tamper?: (name: string, bytes: Buffer) => Buffer;
}

/** The app's local backup folder uploaded to s3://<bucket>/backups/<folder>/. Returns the backup dir URI. */
async function upload(app: EventsApp, opts: Upload = {}, bucket?: string): Promise<{ bucket: string; uri: string }> {
  const sdk = testS3();
  const b = bucket ?? (await createBucket(sdk));
  const folder = opts.folder ?? BACKUP_NAME;
  const files = [];
  for (const name of (await readdir(app.backupDir)).sort()) {
    const bytes = await readFile(path.join(app.backupDir, name));
    files.push({ name, sha256: sha256(bytes), bytes: bytes.length });
    const body = opts.tamper ? opts.tamper(name, bytes) : bytes;
    await sdk.send(
      new PutObjectCommand({
        Bucket: b,
        Key: `backups/${folder}/${name}`,
        Body: body,
        ...(opts.metadata ? { Metadata: { sha256: sha256(bytes) } } : {}),
      }),
    );
  }
  if (opts.manifest !== false) {
    await sdk.send(new PutObjectCommand({ Bucket: b, Key: `backups/${folder}/manifest.json`, Body: JSON.stringify({ files }) }));
  }
  return { bucket: b, uri: `s3://${b}/backups` };
}

async function rollback(app: EventsApp, options: Options) {
  const ex = await execute('rollback', { from: ground.exportDir, 's3-endpoint': s3Endpoint(), ...options }, silentReporter, app.root);
  const result = ex.result as RollbackResult;
  return { ex, result, said: renderText(ex.presentation.summary) };
}

/** A refused rollback: exit 2, the message, and nothing on disk changed (data dir, no state folder, no temp folder). */
async function refused(app: EventsApp, options: Options): Promise<string> {
  const before = await readTree(app.dataDir);
  const tempsBefore = await temps();
  const err = await rollback(app, options).catch((e: unknown) => e);
  expect(exitCodeOf(err)).toBe(2);
  expect(await readTree(app.dataDir)).toEqual(before);
  expect(await stat(statePaths(app.dataDir).root).catch(() => null)).toBeNull();
  expect(await temps()).toEqual(tempsBefore);
  return (err as Error).message;
}

describe('rollback --backup-dir s3://bucket/prefix', () => {
  it('gives the same files as the local backup, checked against its manifest, and leaves no temp folder', async () => {
    const local = await ground.freshApp();
    await rollback(local, {});
    const app = await ground.freshApp();
    const { uri } = await upload(app);
    // The local copy is gone: only S3 holds the backup.
    await rm(path.join(app.root, 'migration-backups'), { recursive: true });
    const tempsBefore = await temps();
    const { result, said, ex } = await rollback(app, { 'backup-dir': uri });
    expect(await temps()).toEqual(tempsBefore);
    expect(await readTree(app.dataDir)).toEqual(await readTree(local.dataDir));
    for (const c of MIGRATED)
      expect(await readFile(path.join(app.dataDir, `${c}.json`), 'utf8')).toBe(expectedFileText(EXPECTED['merge-dynamodb'][c]));
    expect(result.backup).toMatchObject({
      dir: `${uri}/${BACKUP_NAME}`,
      via: 'progress-file',
      createdAt: '2024-06-01T00:00:00.000Z',
      checksum: { by: 'manifest', files: 6, checked: 6 },
    });
    expect(said).toContain('checksummed: 6 files against manifest.json');
    expect(ex.presentation.outputs['backup-path']).toBe(`${uri}/${BACKUP_NAME}`);
  });

  it('the private copy is a 0700 folder in the temp dir, removed once planning is done', async () => {
    const app = await ground.freshApp();
    const { uri } = await upload(app);
    const { runRollback } = await import('../../src/rollback/run.js');
    const { ourS3 } = await import('../harness/aws.js');
    const before = await temps();
    let seen: { name: string; mode: number } | null = null;
    await runRollback(rollbackOptionsFor(app, ground.exportDir, { backupDir: uri, dryRun: true }), {
      reporter: silentReporter,
      s3: ourS3(),
      openExport: async (from, deps) => {
        const [name] = (await temps()).filter((n) => !before.includes(n));
        seen = { name: name!, mode: (await stat(path.join(os.tmpdir(), name!))).mode & 0o777 };
        const { openExport } = await import('../../src/export-format/reader.js');
        return openExport(from, deps);
      },
    });
    expect(seen).toEqual({ name: expect.stringMatching(new RegExp(`^${TEMP_PREFIX}`)) as unknown as string, mode: 0o700 });
    expect(await temps()).not.toContain(seen!.name);
  });

  it('refuses a tampered object (manifest mismatch), naming it; nothing written, no temp folder', async () => {
    const app = await ground.freshApp();
    const { uri } = await upload(app, {
      tamper: (n, b) => (n === 'users.json' ? Buffer.from(b.toString().replace('organizer', 'admin')) : b),
    });
    const message = await refused(app, { 'backup-dir': uri });
    expect(message).toMatch(new RegExp(`^${uri}/${BACKUP_NAME}/users\\.json: does not match ${uri}/${BACKUP_NAME}/manifest\\.json \\(`));
  });

  it('refuses same-size tampering too (the sha256, not only the size, is checked)', async () => {
    const app = await ground.freshApp();
    const { uri } = await upload(app, { tamper: (n, b) => (n === 'talks.json' ? Buffer.from(b.toString().replace('Rust', 'Rusk')) : b) });
    expect(await refused(app, { 'backup-dir': uri })).toContain(
      `talks.json: does not match ${uri}/${BACKUP_NAME}/manifest.json (its sha256 differs)`,
    );
  });

  it('refuses a file the manifest lists that is not there', async () => {
    const app = await ground.freshApp();
    const { uri, bucket } = await upload(app, { manifest: false });
    const files = [
      { name: 'events.json', sha256: '0'.repeat(64), bytes: 1 },
      ...MIGRATED.slice(1).map((c) => ({ name: `gone-${c}.json`, sha256: 'a'.repeat(64), bytes: 2 })),
    ];
    await testS3().send(
      new PutObjectCommand({ Bucket: bucket, Key: `backups/${BACKUP_NAME}/manifest.json`, Body: JSON.stringify({ files }) }),
    );
    expect(await refused(app, { 'backup-dir': uri })).toMatch(
      new RegExp(`^${uri}/${BACKUP_NAME}/gone-participants\\.json: listed in .*manifest\\.json but not there`),
    );
  });

  it('refuses a .json object the manifest does not list', async () => {
    const app = await ground.freshApp();
    const { uri, bucket } = await upload(app);
    await testS3().send(new PutObjectCommand({ Bucket: bucket, Key: `backups/${BACKUP_NAME}/extra.json`, Body: '[]' }));
    expect(await refused(app, { 'backup-dir': uri })).toMatch(new RegExp(`^${uri}/${BACKUP_NAME}/extra\\.json: not listed in `));
  });

  it('refuses a manifest that is not one', async () => {
    const app = await ground.freshApp();
    const { uri, bucket } = await upload(app, { manifest: false });
    await testS3().send(new PutObjectCommand({ Bucket: bucket, Key: `backups/${BACKUP_NAME}/manifest.json`, Body: '[{"id":"u-1"}]' }));
    expect(await refused(app, { 'backup-dir': uri })).toMatch(new RegExp(`^${uri}/${BACKUP_NAME}/manifest\\.json: not a backup manifest`));
  });

  it("without a manifest, checks each object's sha256 metadata and says so; a mismatch is refused", async () => {
    const app = await ground.freshApp();
    const { uri } = await upload(app, { manifest: false, metadata: true });
    const { result, said } = await rollback(app, { 'backup-dir': uri, 'dry-run': true });
    expect(result.backup?.checksum).toEqual({ by: 'metadata', files: 6, checked: 6 });
    expect(said).toContain('checksummed: 6 files against their sha256 metadata');

    const other = await ground.freshApp();
    const { uri: bad } = await upload(other, {
      manifest: false,
      metadata: true,
      tamper: (n, b) => (n === 'events.json' ? Buffer.concat([b, Buffer.from(' ')]) : b),
    });
    expect(await refused(other, { 'backup-dir': bad })).toMatch(
      new RegExp(`^${bad}/${BACKUP_NAME}/events\\.json: its bytes do not match its sha256 metadata`),
    );
  });

  it('without a manifest or metadata, works and says the backup was not checksummed', async () => {
    const app = await ground.freshApp();
    const { uri } = await upload(app, { manifest: false });
    const { result, said } = await rollback(app, { 'backup-dir': uri });
    expect(result.backup?.checksum).toEqual({ by: 'none', files: 6, checked: 0 });
    expect(said).toContain('not checksummed: no manifest.json and no sha256 metadata');
    for (const c of MIGRATED)
      expect(await readFile(path.join(app.dataDir, `${c}.json`), 'utf8')).toBe(expectedFileText(EXPECTED['merge-dynamodb'][c]));
  });

  it('names the S3 object, not the private copy, when a backup file is damaged', async () => {
    const app = await ground.freshApp();
    // Damaged before the manifest was written: the checksums pass, the reader refuses.
    await writeFile(path.join(app.backupDir, 'users.json'), '{"id": "u-1"}');
    const { uri: damaged } = await upload(app);
    const message = await refused(app, { 'backup-dir': damaged });
    expect(message).toContain(`${damaged}/${BACKUP_NAME}/users.json`);
    expect(message).not.toContain(TEMP_PREFIX);
  });

  it('refuses an object it cannot read (gone between listing and reading), naming it; no temp folder', async () => {
    const app = await ground.freshApp();
    const { uri, bucket } = await upload(app);
    const { runRollback } = await import('../../src/rollback/run.js');
    const { ourS3 } = await import('../harness/aws.js');
    const s3 = ourS3();
    const racing: typeof s3 = {
      scope: s3.scope,
      stats: s3.stats,
      inFlightLimit: s3.inFlightLimit,
      async call(request, fn) {
        if (request.operation === 'GetObject' && request.resource?.endsWith('/users.json')) {
          await testS3().send(new DeleteObjectCommand({ Bucket: bucket, Key: `backups/${BACKUP_NAME}/users.json` }));
        }
        return s3.call(request, fn);
      },
    };
    const tempsBefore = await temps();
    const err = await runRollback(rollbackOptionsFor(app, ground.exportDir, { backupDir: uri }), {
      reporter: silentReporter,
      s3: racing,
    }).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toMatch(
      new RegExp(`^${uri}/${BACKUP_NAME}/users\\.json not found in S3 endpoint .*; the backup changed while it was read: run again`),
    );
    expect(await temps()).toEqual(tempsBefore);
    expect(await stat(statePaths(app.dataDir).root).catch(() => null)).toBeNull();
  });

  it('takes the newest folder named by a time when the progress file is rolled_back without backupPath', async () => {
    const app = await ground.freshApp();
    const { uri, bucket } = await upload(app, { folder: '2024-05-01T00-00-00-000Z' });
    await upload(app, { folder: BACKUP_NAME }, bucket);
    // Neither a folder without a time in its name nor a hidden one counts, however they sort.
    await upload(app, { folder: 'zzz-not-a-time' }, bucket);
    await upload(app, { folder: '.partial-2025-01-01T00-00-00-000Z' }, bucket);
    await writeFile(
      path.join(app.root, 'migration-progress.json'),
      JSON.stringify({ status: 'rolled_back', startTime: '2024-06-01T00:00:00.000Z', endTime: '2024-06-01T00:05:00.000Z' }),
    );
    const { result } = await rollback(app, { 'backup-dir': uri, 'dry-run': true });
    expect(result.backup).toMatchObject({
      dir: `${uri}/${BACKUP_NAME}`,
      via: 'newest-folder',
      note: expect.stringContaining('rolled_back') as unknown as string,
    });
  });

  it('refuses, naming the URI and what to do: a missing bucket, an empty prefix, no backup folder, a named folder not there', async () => {
    const app = await ground.freshApp();
    const missing = `s3://${uniqueName('nobkt')}/backups`;
    expect(await refused(app, { 'backup-dir': missing })).toMatch(
      new RegExp(`^migration backup ${missing}: bucket .* not found in S3 endpoint .*; check --backup-dir`),
    );

    const bucket = await createBucket(testS3());
    await rm(path.join(app.root, 'migration-progress.json'));
    expect(await refused(app, { 'backup-dir': `s3://${bucket}/backups` })).toMatch(
      new RegExp(`^no migration backup: s3://${bucket}/backups is empty and .* names none; upload`),
    );

    await testS3().send(new PutObjectCommand({ Bucket: bucket, Key: 'backups/notes.txt', Body: 'x' }));
    expect(await refused(app, { 'backup-dir': `s3://${bucket}/backups` })).toMatch(/holds no backup folder, only objects/);

    await testS3().send(new PutObjectCommand({ Bucket: bucket, Key: 'backups/latest/events.json', Body: '[]' }));
    expect(await refused(app, { 'backup-dir': `s3://${bucket}/backups` })).toMatch(/holds no folder named by a time \(found 1: latest\)/);

    await writeFile(
      path.join(app.root, 'migration-progress.json'),
      JSON.stringify({ status: 'completed', backupPath: '/home/someone/app/migration-backups/2024-01-01T00-00-00-000Z' }),
    );
    expect(await refused(app, { 'backup-dir': `s3://${bucket}/backups` })).toMatch(
      new RegExp(
        `names backupPath /home/someone/app/migration-backups/2024-01-01T00-00-00-000Z, but s3://${bucket}/backups holds no folder 2024-01-01T00-00-00-000Z; upload the backup there or correct backupPath`,
      ),
    );
  });

  it('strategy export needs no backup: an empty prefix is not a refusal', async () => {
    const app = await ground.freshApp();
    const bucket = await createBucket(testS3());
    await rm(path.join(app.root, 'migration-progress.json'));
    const { result } = await rollback(app, { 'backup-dir': `s3://${bucket}/backups`, strategy: 'export', 'dry-run': true });
    expect(result.backup).toBeNull();
  });
});
