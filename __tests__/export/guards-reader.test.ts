/**
 * The cross-checks of export-format/reader.ts not covered in reader-checks.test.ts
 * and native.test.ts: no --from, a file given as the folder, a missing
 * summary, a summary of another table, data file keys that leave the
 * table's data folder (ours and native), and a native files manifest key
 * that leaves the export. Each is exit 2 and names the file.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exitCodeOf, InputError } from '../../src/core/errors.js';
import { openExport } from '../../src/export-format/reader.js';
import { createTable, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { cleanTempDirs, exportTables, plainItems, readAll, tempDir } from './helpers.js';
import { copyOf } from './interrupted.js';
import { asLocation } from '../harness/location.js';

afterAll(cleanTempDirs);

async function refused(open: Promise<unknown>): Promise<InputError> {
  const err = await open.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  expect(exitCodeOf(err)).toBe(2);
  return err as InputError;
}

interface Entry {
  itemCount: number;
  sha256: string;
  bytes: number;
  dataFileS3Key: string;
}

describe('opening an export', () => {
  it('refuses no --from at all', async () => {
    const err = await refused(openExport({ kind: 'dir', path: '' }));
    expect(err.message).toBe('no export given; pass --from with a folder or s3://bucket/prefix');
  });

  it('an s3:// export without an S3 client is a programming error, not a default client to AWS', async () => {
    const err = await openExport(asLocation('s3://some-bucket/p')).catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(InputError);
    expect((err as Error).message).toBe('internal: reading s3://some-bucket/p needs an S3 client');
  });

  it('refuses a file given as the export folder, naming it', async () => {
    const file = path.join(tempDir(), 'export.json');
    await writeFile(file, '{}');
    const err = await refused(openExport(asLocation(file)));
    expect(err.message).toBe(`${file}: a file, not a folder; give the folder export --out wrote, or s3://bucket/prefix`);
  });
});

describe('our export: manifests that disagree or point away', () => {
  const table = uniqueName('grd');
  const other = uniqueName('grd2');
  let pristine: string;
  beforeAll(async () => {
    for (const t of [table, other]) {
      await createTable(testDynamo(), t);
      await seedItems(testDynamo(), t, plainItems(20, `${t}-`));
    }
    pristine = path.join(tempDir(), 'out');
    await exportTables([table, other], pristine, { segments: 2 });
  });

  async function withEntries(edit: (entries: Entry[]) => void): Promise<{ out: string; manifest: string }> {
    const out = await copyOf(pristine);
    const manifest = path.join(out, table, 'manifest-files.json');
    const entries = (await readFile(manifest, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Entry);
    edit(entries);
    await writeFile(manifest, entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
    // The summary made to agree, so only the key itself is wrong.
    const summaryPath = path.join(out, table, 'manifest-summary.json');
    const summary = JSON.parse(await readFile(summaryPath, 'utf8')) as Record<string, unknown>;
    await writeFile(summaryPath, JSON.stringify({ ...summary, itemCount: entries.reduce((n, e) => n + e.itemCount, 0) }));
    return { out, manifest };
  }

  it('reads the untouched export (the control)', async () => {
    const source = await openExport(asLocation(pristine));
    expect(await readAll(source, table)).toHaveLength(20);
    expect(await readAll(source, other)).toHaveLength(20);
  });

  it('refuses a table whose summary is missing, naming it', async () => {
    const out = await copyOf(pristine);
    const summary = path.join(out, table, 'manifest-summary.json');
    await rm(summary);
    const err = await refused(openExport(asLocation(out)));
    expect(err.message).toBe(`${summary}: missing; the export is incomplete or was moved, copy it again whole`);
  });

  it("refuses a summary that is another table's, naming both", async () => {
    const out = await copyOf(pristine);
    const summary = path.join(out, table, 'manifest-summary.json');
    // The other table's summary, with the item count this table's files manifest lists, so only the name disagrees.
    const theirs = JSON.parse(await readFile(path.join(out, other, 'manifest-summary.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(summary, JSON.stringify({ ...theirs, itemCount: 20 }));
    const err = await refused(openExport(asLocation(out)));
    expect(err.message).toBe(`${summary}: is for table ${other}, not ${table}`);
  });

  it("refuses a data file key in another table's data folder, naming the manifest", async () => {
    const theirs = (await readFile(path.join(pristine, other, 'manifest-files.json'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Entry);
    // A real, whole file with its true count and checksum: only its place is wrong.
    const { out, manifest } = await withEntries((entries) => {
      entries[0] = theirs[0]!;
    });
    const err = await refused(openExport(asLocation(out)));
    expect(err.message).toBe(
      `${manifest}: data file key ${JSON.stringify(theirs[0]!.dataFileS3Key)} is outside ${table}/data/; the manifest was edited`,
    );
  });

  it('refuses a data file key with an empty path segment, though it names a real file', async () => {
    let key = '';
    const { out, manifest } = await withEntries((entries) => {
      key = entries[0]!.dataFileS3Key.replace('/data/', '/data//');
      entries[0]!.dataFileS3Key = key;
    });
    const err = await refused(openExport(asLocation(out)));
    expect(err.message).toBe(`${manifest}: data file key ${JSON.stringify(key)} is outside ${table}/data/; the manifest was edited`);
  });

  it('refuses a data file key that climbs out through ..', async () => {
    let key = '';
    const { out } = await withEntries((entries) => {
      key = `${table}/data/../../${other}/${entries[0]!.dataFileS3Key.slice(table.length + 1)}`;
      entries[0]!.dataFileS3Key = key;
    });
    const err = await refused(openExport(asLocation(out)));
    expect(err.message).toContain(`data file key ${JSON.stringify(key)} is outside ${table}/data/`);
  });
});

describe('a native export: keys that leave the export', () => {
  const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'aws-native');
  const EXPORT_ID = '01700000000000-a1b2c3d4';
  const PREFIX = `exports/events/AWSDynamoDB/${EXPORT_ID}`;

  async function nativeCopy(): Promise<{ root: string; dir: string }> {
    const root = path.join(tempDir(), 'native');
    await cp(FIXTURE, root, { recursive: true });
    return { root, dir: path.join(root, 'AWSDynamoDB', EXPORT_ID) };
  }

  it.each([
    ['climbs out of data/ through ..', `${PREFIX}/data/../manifest-summary.json`, 'data/../manifest-summary.json'],
    ['is not under data/', `${PREFIX}/manifest-summary.json`, 'manifest-summary.json'],
  ])('refuses a data file key that %s, naming the files manifest', async (_what, key, relative) => {
    const { root, dir } = await nativeCopy();
    const manifest = path.join(dir, 'manifest-files.json');
    const text = await readFile(manifest, 'utf8');
    await writeFile(manifest, text.replace(`${PREFIX}/data/7xh4fsm3yq3u5pn6tuvqdzkmkm.json.gz`, key));
    const err = await refused(openExport(asLocation(root)));
    expect(err.message).toBe(`${manifest}: data file key ${JSON.stringify(relative)} is outside data/; the manifest was edited`);
  });

  it('refuses a summary whose files manifest key climbs out of the export, naming the summary', async () => {
    const { root, dir } = await nativeCopy();
    const summaryPath = path.join(dir, 'manifest-summary.json');
    const summary = JSON.parse(await readFile(summaryPath, 'utf8')) as Record<string, unknown>;
    await writeFile(summaryPath, JSON.stringify({ ...summary, manifestFilesS3Key: `${PREFIX}/../../../../outside/manifest-files.json` }));
    const err = await refused(openExport(asLocation(root)));
    expect(err.message).toBe(
      `${summaryPath}: data file key "../../../../outside/manifest-files.json" is outside ; the manifest was edited`,
    );
  });
});
