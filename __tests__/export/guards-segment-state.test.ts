/**
 * The resume-safety guards of export/segment-state.ts, driven through
 * runExport --resume on a really interrupted export: a checkpoint for
 * another segment or segment count, a checkpoint that cannot be read, a
 * checkpointed data file missing or changed, and a data file no checkpoint
 * lists. Each refusal is exit 2, names the file, and deletes nothing.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exitCodeOf, InputError } from '../../src/core/errors.js';
import { openExport } from '../../src/export-format/reader.js';
import { createTable, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { byId, cleanTempDirs, exportTables, plainItems, readAll, scanWire, tempDir } from './helpers.js';
import { copyOf, interruptedExport, picture } from './interrupted.js';
import { asLocation } from '../harness/location.js';

afterAll(cleanTempDirs);

interface Checkpoint {
  segment: number;
  totalSegments: number;
  files: { dataFileS3Key: string }[];
  done: boolean;
}

describe('resuming from checkpoints', () => {
  const table = uniqueName('gseg');
  let interrupted: string;
  beforeAll(async () => {
    await createTable(testDynamo(), table);
    await seedItems(testDynamo(), table, plainItems(200));
    interrupted = path.join(tempDir(), 'out');
    await interruptedExport([table], interrupted, 2);
  });

  const checkpointPath = (out: string, segment: number) =>
    path.join(out, table, '.checkpoints', `segment-${String(segment).padStart(4, '0')}.json`);
  const readCheckpoint = async (out: string, segment: number) =>
    JSON.parse(await readFile(checkpointPath(out, segment), 'utf8')) as Checkpoint;
  const resume = (out: string) => exportTables([table], out, { resume: true, limits: { pageLimit: 5, fileMaxItems: 10 } });

  /** Resumes out, expecting a refusal (exit 2) that changed nothing on disk. */
  async function refused(out: string): Promise<InputError> {
    const before = await picture(out);
    const err = await resume(out).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(exitCodeOf(err)).toBe(2);
    expect(await picture(out)).toEqual(before);
    return err as InputError;
  }

  it('the interrupted export resumes to exactly the table (the control)', async () => {
    const out = await copyOf(interrupted);
    expect((await readCheckpoint(out, 1)).files.length).toBeGreaterThan(0);
    const result = await resume(out);
    expect(result).toMatchObject({ resumed: true, items: { [table]: 200 } });
    expect(byId(await readAll(await openExport(asLocation(out)), table))).toEqual(byId(await scanWire(table)));
  });

  it('refuses a checkpoint written for another segment count, naming it', async () => {
    const out = await copyOf(interrupted);
    const file = checkpointPath(out, 1);
    await writeFile(file, JSON.stringify({ ...(await readCheckpoint(out, 1)), totalSegments: 3 }));
    const err = await refused(out);
    expect(err.message).toBe(`${file}: checkpoint is for segment 1 of 3, expected 1 of 2; start a fresh export in a new folder`);
  });

  it('refuses a checkpoint of another segment in its place, naming it', async () => {
    const out = await copyOf(interrupted);
    const file = checkpointPath(out, 0);
    await writeFile(file, JSON.stringify(await readCheckpoint(out, 1)));
    const err = await refused(out);
    expect(err.message).toBe(`${file}: checkpoint is for segment 1 of 2, expected 0 of 2; start a fresh export in a new folder`);
  });

  it('refuses a checkpoint that is not JSON, naming it without echoing it', async () => {
    const out = await copyOf(interrupted);
    const file = checkpointPath(out, 1);
    await writeFile(file, '{"segment": 1, "files": [ secret-looking-text');
    const err = await refused(out);
    expect(err.message).toBe(`${file}: not valid JSON; the file is damaged or not part of an export`);
  });

  it('refuses a checkpoint of the wrong shape, naming the file and the field', async () => {
    const out = await copyOf(interrupted);
    const file = checkpointPath(out, 1);
    await writeFile(file, JSON.stringify({ ...(await readCheckpoint(out, 1)), files: 'none' }));
    const err = await refused(out);
    expect(err.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a valid manifest \\(files: `));
  });

  it('stops on a checkpoint that exists but cannot be read, instead of starting that segment afresh', async () => {
    const out = await copyOf(interrupted);
    const file = checkpointPath(out, 1);
    await rm(file);
    await mkdir(file);
    const before = await picture(out);
    const err = await resume(out).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(
      `${file}: checkpoint cannot be read (EISDIR); the export cannot be resumed safely, start a fresh one in a new folder`,
    );
    // The segment's checkpointed data files are still there: nothing was taken as fresh.
    expect(await picture(out)).toEqual(before);
  });

  it('refuses when a checkpointed data file is missing, naming it', async () => {
    const out = await copyOf(interrupted);
    const listed = path.join(out, (await readCheckpoint(out, 1)).files[0]!.dataFileS3Key);
    await rm(listed);
    const err = await refused(out);
    expect(err.message).toBe(
      `${listed}: missing since it was checkpointed; the export cannot be resumed safely, start a fresh one in a new folder`,
    );
  });

  it('refuses when a checkpointed data file changed, naming it', async () => {
    const out = await copyOf(interrupted);
    const listed = path.join(out, (await readCheckpoint(out, 1)).files[0]!.dataFileS3Key);
    await writeFile(listed, Buffer.concat([await readFile(listed), Buffer.from([0])]));
    const err = await refused(out);
    expect(err.message).toBe(
      `${listed}: changed since it was checkpointed; the export cannot be resumed safely, start a fresh one in a new folder`,
    );
  });

  it('deletes a data file no checkpoint lists (one being written at the kill): the folder holds only what its manifest lists', async () => {
    const out = await copyOf(interrupted);
    const cp = await readCheckpoint(out, 1);
    const listed = path.join(out, cp.files[0]!.dataFileS3Key);
    // A whole copy of a checkpointed file under a name the resumed scan will not write over.
    const strays = [path.join(out, table, 'data', '0001-99999.json.gz'), path.join(out, table, 'data', 'leftover.json.gz')];
    for (const stray of strays) await writeFile(stray, await readFile(listed));
    const result = await resume(out);
    expect(result.items).toEqual({ [table]: 200 });
    const manifest = (await readFile(path.join(out, table, 'manifest-files.json'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { dataFileS3Key: string }).dataFileS3Key);
    const onDisk = Object.keys(await picture(path.join(out, table, 'data')))
      .map((n) => `${table}/data/${n}`)
      .sort();
    expect(onDisk).toEqual([...manifest].sort());
    expect(byId(await readAll(await openExport(asLocation(out)), table))).toEqual(byId(await scanWire(table)));
  });
});
