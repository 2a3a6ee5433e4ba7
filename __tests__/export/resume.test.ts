import { spawn } from 'node:child_process';
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { exitCodeOf, FailedError, InputError } from '../../src/core/errors.js';
import { openExport } from '../../src/export-format/reader.js';
import { createTable, dynamoEndpoint, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { byId, cleanTempDirs, exportTables, plainItems, readAll, tempDir } from './helpers.js';
import { asLocation } from '../harness/location.js';

afterAll(cleanTempDirs);

class Crash extends Error {}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) out.push(path.join(e.parentPath, e.name));
  return out;
}

describe('resumable export', () => {
  const table = uniqueName('res');
  const second = uniqueName('res2');
  let clean: string;
  beforeAll(async () => {
    const client = testDynamo();
    await createTable(client, table);
    await seedItems(client, table, plainItems(400));
    await createTable(client, second);
    await seedItems(client, second, plainItems(120, 'z'));
    clean = path.join(tempDir(), 'clean');
    await exportTables([table, second], clean, { segments: 4 });
  });

  it('after a crash mid-export, --resume gives the same items as a clean export', async () => {
    const out = path.join(tempDir(), 'out');
    let pages = 0;
    const crash = exportTables(
      [table, second],
      out,
      { segments: 4, limits: { pageLimit: 10, fileMaxItems: 30 } },
      {
        onPage: ({ table: t, segment }) => {
          if (t === table && segment === 2 && ++pages === 7) throw new Crash('simulated crash');
        },
      },
    );
    const err = await crash.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FailedError);
    expect((err as FailedError).cause).toBeInstanceOf(Crash);
    expect((err as Error).message).toMatch(new RegExp(`export of ${table} failed: .*--resume`));

    // Interrupted: checkpoints on disk, the reader refuses it, a plain re-run is refused.
    const run = JSON.parse(await readFile(path.join(out, 'export.json'), 'utf8')) as { status: string };
    expect(run.status).toBe('in-progress');
    const checkpoint = JSON.parse(await readFile(path.join(out, table, '.checkpoints', 'segment-0002.json'), 'utf8')) as {
      files: unknown[];
      done: boolean;
    };
    expect(checkpoint.done).toBe(false);
    expect(checkpoint.files.length).toBe(2);
    await expect(openExport(asLocation(out))).rejects.toThrow(/incomplete.*--resume/);
    const refused = exportTables([table, second], out, { segments: 4 });
    await expect(refused).rejects.toBeInstanceOf(InputError);
    await expect(refused).rejects.toThrow(/not empty.*--resume/);

    const resumed = await exportTables([table, second], out, { resume: true, limits: { pageLimit: 10, fileMaxItems: 30 } });
    expect(resumed.resumed).toBe(true);
    expect(resumed.items).toEqual({ [table]: 400, [second]: 120 });
    const a = await openExport(asLocation(out));
    const b = await openExport(asLocation(clean));
    for (const t of [table, second]) {
      const got = byId(await readAll(a, t));
      expect(new Set(got.map((i) => JSON.stringify(i.id))).size).toBe(got.length);
      expect(got).toEqual(byId(await readAll(b, t)));
    }
    expect((await listFiles(out)).filter((f) => f.includes('.checkpoints') || f.endsWith('.partial'))).toEqual([]);
  });

  it('finishes an export whose process was killed (SIGKILL) mid-write', async () => {
    const out = path.join(tempDir(), 'out');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures', 'export-child.ts'), dynamoEndpoint(), out, table, '3', '15'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    // Kill once a few files are checkpointed, while others are being written.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const names = await readdir(path.join(out, table, 'data')).catch(() => [] as string[]);
      if (names.filter((n) => n.endsWith('.json.gz')).length >= 4) break;
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`child ended or stalled before the kill: ${stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    await expect(access(path.join(out, table, 'manifest-files.json'))).rejects.toThrow();
    // Only the checkpoints themselves: the kill may land while one is written, leaving its temp beside them.
    const checkpoints = (await readdir(path.join(out, table, '.checkpoints'))).filter((n) => /^segment-\d+\.json$/.test(n));
    const states = await Promise.all(
      checkpoints.map(async (c) => JSON.parse(await readFile(path.join(out, table, '.checkpoints', c), 'utf8')) as { done: boolean }),
    );
    expect(states.some((s) => !s.done)).toBe(true);

    const resumed = await exportTables([table], out, { resume: true });
    expect(resumed.items).toEqual({ [table]: 400 });
    const got = byId(await readAll(await openExport(asLocation(out)), table));
    expect(got).toEqual(byId(await readAll(await openExport(asLocation(clean)), table)));
  });

  it('refuses --resume on a folder that is not an export, with exit 2', async () => {
    const out = tempDir();
    await import('node:fs/promises').then((fs) => fs.writeFile(path.join(out, 'notes.txt'), 'x'));
    const err = await exportTables([table], out, { resume: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(exitCodeOf(err)).toBe(2);
    expect(String(err)).toMatch(/no export\.json/);
  });
});
