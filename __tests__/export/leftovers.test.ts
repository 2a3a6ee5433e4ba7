/**
 * What a kill leaves in an export folder, made by really killing a child
 * export (SIGKILL at a chosen step, kill-at.ts), and the faults of a full
 * disk: the next run recognises the tool's own leftovers and cleans them,
 * and a failed write is reported with its real cause.
 */
import { spawn } from 'node:child_process';
import { cp, lstat, readdir, symlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { InputError } from '../../src/core/errors.js';
import { writeGzipFile } from '../../src/export-format/data-file.js';
import { openExport } from '../../src/export-format/reader.js';
import { TEMP_PATTERN } from '../../src/fsafe/atomic-write.js';
import { createTable, dynamoEndpoint, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { byId, cleanTempDirs, exportTables, plainItems, readAll, tempDir } from './helpers.js';
import { asLocation } from '../harness/location.js';

afterAll(cleanTempDirs);

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

interface ChildOutcome {
  signal: NodeJS.Signals | null;
  code: number | null;
  outcome: { ok: boolean; message?: string; exitCode?: number; items?: number } | null;
  stderr: string;
}

/** fault-child.ts, optionally killed at a step (DDBRB_KILL_AT) or under a file size limit in KiB (ulimit -f). */
function runChild(args: string[], fault: { killAt?: string; fileLimitKiB?: number }): Promise<ChildOutcome> {
  const node = [
    process.execPath,
    '--import',
    'tsx',
    ...(fault.killAt ? ['--import', path.join(FIXTURES, 'kill-at.ts')] : []),
    path.join(FIXTURES, 'fault-child.ts'),
    ...args,
  ];
  // Node ignores SIGXFSZ, so beyond the limit a write fails with EFBIG instead of killing the process.
  const [cmd, argv] = fault.fileLimitKiB
    ? ['bash', ['-c', `ulimit -f ${fault.fileLimitKiB} && exec "$@"`, 'bash', ...node]]
    : [node[0]!, node.slice(1)];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd as string, argv as string[], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '', DDBRB_KILL_AT: fault.killAt ?? '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const line = stdout.trim().split('\n').pop();
      resolve({ code, signal, stderr, outcome: line ? (JSON.parse(line) as ChildOutcome['outcome']) : null });
    });
  });
}

describe('leftovers of a killed export', () => {
  const table = uniqueName('left');
  let clean: string;
  beforeAll(async () => {
    await createTable(testDynamo(), table);
    await seedItems(testDynamo(), table, plainItems(60));
    clean = path.join(tempDir(), 'clean');
    await exportTables([table], clean, { segments: 2, limits: { pageLimit: 10, fileMaxItems: 20 } });
  });

  it('a folder holding only the temp of export.json (killed before its first rename) counts as empty, and the temp is removed', async () => {
    const out = path.join(tempDir(), 'out');
    const killed = await runChild([dynamoEndpoint(), out, table, '2'], { killAt: `rename:export.json` });
    expect(killed.signal).toBe('SIGKILL');
    const left = await readdir(out);
    expect(left).toEqual([expect.stringMatching(/^\.export\.json\.dynamodb-rollback-\d+-[0-9a-f]{8}\.tmp$/)]);
    // And one cut short mid-write by an earlier kill, as a real leftover file.
    await writeFile(path.join(out, '.export.json.dynamodb-rollback-1-0badc0de.tmp'), '{"format":"dynamodb-roll');

    const r = await exportTables([table], out, { segments: 2 });
    expect(r.items).toEqual({ [table]: 60 });
    expect((await readdir(out)).filter((n) => TEMP_PATTERN.test(n))).toEqual([]);
    expect(byId(await readAll(await openExport(asLocation(out)), table))).toEqual(
      byId(await readAll(await openExport(asLocation(clean)), table)),
    );
  });

  it('a folder with a temp of anything else is still not empty', async () => {
    const out = tempDir();
    await writeFile(path.join(out, '.notes.txt.dynamodb-rollback-1-0badc0de.tmp'), 'x');
    const err = await exportTables([table], out).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain('is not empty');
  });

  it('.checkpoints left in a finished table (killed before they were removed) is cleaned by --resume, and ignored by the reader', async () => {
    const out = path.join(tempDir(), 'out');
    const killed = await runChild([dynamoEndpoint(), out, table, '2'], { killAt: 'rm:.checkpoints' });
    expect(killed.signal).toBe('SIGKILL');
    const tableDir = path.join(out, table);
    expect((await readdir(tableDir)).sort()).toEqual(['.checkpoints', 'data', 'manifest-files.json', 'manifest-summary.json']);
    // A manifest temp a kill left there too.
    await writeFile(path.join(tableDir, '.manifest-summary.json.dynamodb-rollback-1-0badc0de.tmp'), '{"version');

    // The reader does not look at them: a complete export holding the same leftovers reads as before.
    const withLeftovers = path.join(tempDir(), 'complete');
    await cp(clean, withLeftovers, { recursive: true });
    await cp(path.join(tableDir, '.checkpoints'), path.join(withLeftovers, table, '.checkpoints'), { recursive: true });
    expect(byId(await readAll(await openExport(asLocation(withLeftovers)), table))).toEqual(
      byId(await readAll(await openExport(asLocation(clean)), table)),
    );

    const resumed = await exportTables([table], out, { resume: true });
    expect(resumed.items).toEqual({ [table]: 60 });
    expect((await readdir(tableDir)).sort()).toEqual(['data', 'manifest-files.json', 'manifest-summary.json']);
    expect(byId(await readAll(await openExport(asLocation(out)), table))).toEqual(
      byId(await readAll(await openExport(asLocation(clean)), table)),
    );
  });

  it('temps of manifests and checkpoints in an unfinished table are removed by --resume', async () => {
    const out = path.join(tempDir(), 'out');
    const killed = await runChild([dynamoEndpoint(), out, table, '2'], { killAt: 'rename:manifest-summary.json' });
    expect(killed.signal).toBe('SIGKILL');
    const tableDir = path.join(out, table);
    expect((await readdir(tableDir)).filter((n) => TEMP_PATTERN.test(n))).toHaveLength(1);
    await writeFile(path.join(tableDir, '.checkpoints', '.segment-0000.json.dynamodb-rollback-1-0badc0de.tmp'), '{"seg');
    const resumed = await exportTables([table], out, { resume: true });
    expect(resumed.items).toEqual({ [table]: 60 });
    expect((await readdir(tableDir)).sort()).toEqual(['data', 'manifest-files.json', 'manifest-summary.json']);
  });
});

describe('a failed write names its real cause', () => {
  const table = uniqueName('big');
  beforeAll(async () => {
    // Items that do not compress, so a data file soon outgrows a small file size limit.
    const items = plainItems(60).map((it) => ({ ...it, blob: { S: randomBytes(6000).toString('hex') } }));
    await createTable(testDynamo(), table);
    await seedItems(testDynamo(), table, items);
  });

  it('EFBIG (a file size limit) reaches the message, not ERR_STREAM_DESTROYED, and --resume then finishes', async () => {
    const out = path.join(tempDir(), 'out');
    const failed = await runChild([dynamoEndpoint(), out, table, '1'], { fileLimitKiB: 16 });
    expect({ signal: failed.signal, code: failed.code }).toEqual({ signal: null, code: 1 });
    expect(failed.outcome).toEqual({
      ok: false,
      exitCode: 1,
      message: expect.stringContaining(`export of ${table} failed: EFBIG: file too large`),
    });
    expect(failed.outcome!.message).not.toContain('ERR_STREAM_DESTROYED');
    expect(failed.outcome!.message).toContain('export --resume');
    expect((await readdir(path.join(out, table, 'data'))).filter((n) => n.endsWith('.partial'))).toEqual([]);

    const resumed = await exportTables([table], out, { resume: true });
    expect(resumed.items).toEqual({ [table]: 60 });
  });

  it('ENOSPC (a full device) reaches the caller as itself, and the write settles rather than hanging', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'part-0.json.gz');
    // The data file's temp made a link to /dev/full: the kernel's own "no space left on device".
    await symlink('/dev/full', `${file}.partial`);
    const chunks = async function* () {
      for (let i = 0; i < 64; i++) yield randomBytes(64 * 1024);
    };
    let timer: NodeJS.Timeout | undefined;
    const settled = await Promise.race([
      writeGzipFile(file, chunks(), 0).then(
        () => 'written',
        (e: unknown) => e,
      ),
      new Promise((resolve) => (timer = setTimeout(() => resolve('never settled'), 10_000))),
    ]);
    clearTimeout(timer);
    // Node's own errors come from another realm than jest's: matched by shape, not instanceof.
    expect(settled).toMatchObject({ code: 'ENOSPC', message: expect.stringContaining('ENOSPC') });
    expect(await readdir(dir)).toEqual([]);
    expect((await lstat('/dev/full')).isCharacterDevice()).toBe(true);
  });
});
