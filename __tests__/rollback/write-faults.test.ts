/**
 * A write that fails (a full disk, a file size limit) is reported with its
 * real cause, whatever fails after it while cleaning up, and leaves every
 * file whole: the old one, never a half-written new one.
 */
import { spawn } from 'node:child_process';
import { closeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, open, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../../src/fsafe/atomic-write.js';
import type { RollbackOptions } from '../../src/rollback/run.js';
import { createTable, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { asLocation } from '../harness/location.js';
import { exportTables, plainItems } from '../export/helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-write-faults-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic under faults', () => {
  it('ENOSPC from the device reaches the caller even when closing the file then fails too', async () => {
    const target = path.join(dir, 'events.json');
    await writeFile(target, 'old');
    // The first write of this file goes to /dev/full (the kernel's own ENOSPC), after its descriptor was
    // closed underneath it, so that closing the file afterwards fails too (EBADF).
    const full = await open('/dev/full', 'w');
    const probe = await open(path.join(dir, 'probe'), 'w');
    const proto = Object.getPrototypeOf(probe) as { write: typeof probe.write };
    await probe.close();
    const { write } = proto;
    proto.write = function (this: typeof probe, ...args: Parameters<typeof probe.write>) {
      if (this === full) return write.apply(this, args);
      closeSync(this.fd);
      return write.apply(full, args);
    } as typeof probe.write;
    let err: unknown;
    try {
      err = await writeFileAtomic(target, ['a', 'b']).then(
        () => null,
        (e: unknown) => e,
      );
    } finally {
      proto.write = write;
      await full.close();
    }
    expect(err).toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['events.json', 'probe']);
  });

  it('the cause reaches the caller even when removing the temp then fails', async () => {
    const target = path.join(dir, 'events.json');
    await writeFile(target, 'old');
    const source = async function* () {
      yield 'first chunk';
      // While it is written, the temp is replaced by a folder that rm without recursive cannot remove.
      const tmp = (await readdir(dir)).find((n) => n.startsWith('.events.json.'))!;
      await unlink(path.join(dir, tmp));
      await mkdir(path.join(dir, tmp, 'inside'), { recursive: true });
      throw Object.assign(new Error('the source failed'), { code: 'ESOURCE' });
    };
    const err = await writeFileAtomic(target, source()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'ESOURCE', message: 'the source failed' });
    expect(await readFile(target, 'utf8')).toBe('old');
  });
});

describe('rollback under a file size limit', () => {
  const table = uniqueName('efbig');
  let exportDir: string;
  beforeAll(async () => {
    // Items that do not compress: the collection file outgrows the limit, the snapshot and report do not.
    await createTable(testDynamo(), table);
    await seedItems(
      testDynamo(),
      table,
      plainItems(60).map((it) => ({ ...it, blob: { S: randomBytes(6000).toString('hex') } })),
    );
    exportDir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-efbig-export-'));
    await rm(exportDir, { recursive: true });
    await exportTables([table], exportDir);
  });
  afterAll(async () => {
    await rm(exportDir, { recursive: true, force: true });
  });

  it('fails with EFBIG in the message, the old file whole, and says to run undo', async () => {
    const dataDir = path.join(dir, 'server', 'data');
    await mkdir(dataDir, { recursive: true });
    await writeFile(path.join(dataDir, `${table}.json`), '[]');
    const opts: RollbackOptions = {
      from: asLocation(exportDir),
      stage: 'test',
      dataDir,
      backupDir: asLocation(path.join(dir, 'migration-backups')),
      progressFile: path.join(dir, 'migration-progress.json'),
      cwd: dir,
      collections: [{ table, collection: table, configured: true }],
      configTables: { [table]: table },
      strategy: 'export',
      prefer: 'dynamodb',
      dryRun: false,
      allowDataLoss: false,
    };
    // Node ignores SIGXFSZ, so beyond the limit (KiB) a write fails with EFBIG instead of killing the process.
    const child = spawn(
      'bash',
      [
        '-c',
        'ulimit -f 64 && exec "$@"',
        'bash',
        process.execPath,
        '--import',
        'tsx',
        path.join(import.meta.dirname, '..', 'harness', 'crash-child.ts'),
        'rollback',
        JSON.stringify(opts),
        '-1',
      ],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, NODE_OPTIONS: '' },
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).not.toBe(0);
    expect(stderr).toContain('rollback stopped after 0 of 1 collection files (EFBIG: file too large');
    expect(stderr).toContain('Run undo to put back the snapshot');
    expect(await readFile(path.join(dataDir, `${table}.json`), 'utf8')).toBe('[]');
    expect(await readdir(dataDir)).toEqual([`${table}.json`]);
  });
});
