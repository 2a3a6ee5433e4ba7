import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { InputError } from '../../src/core/errors.js';
import { openExport } from '../../src/export-format/reader.js';
import { createTable, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { cleanTempDirs, exportTables, plainItems, readAll, tempDir } from './helpers.js';
import { cp } from 'node:fs/promises';
import { asLocation } from '../harness/location.js';

afterAll(cleanTempDirs);

interface Entry {
  itemCount: number;
  sha256: string;
  bytes: number;
  dataFileS3Key: string;
}

describe('export reader checks', () => {
  const table = uniqueName('chk');
  let pristine: string;
  beforeAll(async () => {
    const client = testDynamo();
    await createTable(client, table);
    await seedItems(client, table, plainItems(90));
    pristine = path.join(tempDir(), 'out');
    await exportTables([table], pristine, { segments: 3 });
  });

  /** A private copy of the export to damage, and its files manifest. */
  async function copy() {
    const out = path.join(tempDir(), 'copy');
    await cp(pristine, out, { recursive: true });
    const manifestPath = path.join(out, table, 'manifest-files.json');
    const entries = (await readFile(manifestPath, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Entry);
    const file = path.join(out, entries[1]!.dataFileS3Key);
    const writeEntries = (e: Entry[]) => writeFile(manifestPath, e.map((x) => JSON.stringify(x)).join('\n') + '\n');
    return { out, entries, file, writeEntries };
  }

  async function readError(out: string): Promise<InputError> {
    const err = await (async () => readAll(await openExport(asLocation(out)), table))().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }

  it('reads the untouched export', async () => {
    expect(await readAll(await openExport(asLocation(pristine)), table)).toHaveLength(90);
  });

  it('catches a tampered data file (same item count, different bytes) by its checksum, naming the file', async () => {
    const { out, file } = await copy();
    const lines = gunzipSync(await readFile(file)).toString('utf8');
    const secret = 'tampered-value-0001';
    await writeFile(file, gzipSync(lines.replace(/"n":\{"N":"(\d+)"\}/, `"n":{"N":"1"},"x":{"S":"${secret}"}`)));
    const err = await readError(out);
    expect(err.message).toContain(file);
    expect(err.message).toMatch(/sha256 checksum does not match/);
    expect(err.message).not.toContain(secret);
  });

  it('catches a wrong item count in the files manifest', async () => {
    const { out, entries, file, writeEntries } = await copy();
    // Only the files manifest edited: it no longer agrees with the summary.
    entries[1]!.itemCount += 1;
    await writeEntries(entries);
    await expect(openExport(asLocation(out))).rejects.toThrow(
      new RegExp(`manifest-files.json: lists 91 items but manifest-summary.json says 90`),
    );
    // Summary edited to match: the data file itself disagrees.
    const summaryPath = path.join(out, table, 'manifest-summary.json');
    const summary = JSON.parse(await readFile(summaryPath, 'utf8')) as { itemCount: number };
    await writeFile(summaryPath, JSON.stringify({ ...summary, itemCount: 91 }));
    const err = await readError(out);
    expect(err.message).toContain(file);
    expect(err.message).toMatch(/holds \d+ items but its manifest says \d+/);
  });

  it('catches a truncated data file, naming it', async () => {
    const { out, file } = await copy();
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const err = await readError(out);
    expect(err.message).toContain(file);
    expect(err.message).toMatch(/truncated/);
  });

  it('catches a missing data file and a missing manifest, naming each', async () => {
    const { out, file } = await copy();
    await rm(file);
    const err = await readError(out);
    expect(err.message).toContain(file);
    expect(err.message).toMatch(/missing/);
    await rm(path.join(out, table, 'manifest-files.json'));
    await expect(openExport(asLocation(out))).rejects.toThrow(new RegExp(`${path.join(out, table, 'manifest-files.json')}: missing`));
  });

  it('names the line of a data line that is not JSON, without echoing it', async () => {
    const { out, entries, file, writeEntries } = await copy();
    const lines = gunzipSync(await readFile(file))
      .toString('utf8')
      .split('\n');
    lines[1] = '{"Item": {"id": {"S": "private-data-here"';
    const body = gzipSync(lines.join('\n'));
    await writeFile(file, body);
    entries[1]!.sha256 = createHash('sha256').update(body).digest('hex');
    await writeEntries(entries);
    const err = await readError(out);
    expect(err.message).toBe(`${file} line 2: not valid JSON; the file is damaged`);
  });

  it('refuses a manifest that points outside the table folder', async () => {
    const { out, entries, writeEntries } = await copy();
    entries[0]!.dataFileS3Key = `${table}/data/../../../etc/passwd`;
    await writeEntries(entries);
    await expect(openExport(asLocation(out))).rejects.toThrow(/outside .*the manifest was edited/);
  });

  it('refuses a folder that is not an export, and a missing one', async () => {
    await expect(openExport(asLocation(tempDir()))).rejects.toThrow(/not an export/);
    await expect(openExport(asLocation(path.join(tempDir(), 'nope')))).rejects.toThrow(/no such folder/);
    await expect(openExport(asLocation(path.join(pristine, table)))).rejects.toThrow(/one table's folder/);
  });

  it('refuses a table the export does not hold', async () => {
    const source = await openExport(asLocation(pristine));
    expect(() => source.items('other-table')).toThrow(/not in the export/);
  });
});
