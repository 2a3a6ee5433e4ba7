/**
 * The upload sends exactly the data files the export wrote. For a table an
 * earlier run finished, the files manifest is read back, and every key in it
 * must be a name this export gives its own data files: an edited manifest
 * cannot make the upload read a file elsewhere (inside --out or outside it).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { InputError } from '../../src/core/errors.js';
import { createBucket, createTable, ourS3, seedItems, testDynamo, testS3, uniqueName } from '../harness/aws.js';
import { cleanTempDirs, exportTables, plainItems, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

describe('the upload of a resumed export', () => {
  const table = uniqueName('upf');
  beforeAll(async () => {
    await createTable(testDynamo(), table);
    await seedItems(testDynamo(), table, plainItems(20));
  });

  it.each([
    ['a file outside --out', '../../outside.json.gz'],
    ['a manifest inside --out', 'manifest-summary.json'],
    ['the run manifest', '../export.json'],
  ])('refuses a files manifest that points at %s, uploading nothing', async (_what, rel) => {
    const out = path.join(tempDir(), 'out');
    await exportTables([table], out, { segments: 1 });
    const manifest = path.join(out, table, 'manifest-files.json');
    const entry = JSON.parse((await readFile(manifest, 'utf8')).trim()) as { dataFileS3Key: string };
    entry.dataFileS3Key = `${table}/data/${rel}`;
    await writeFile(manifest, `${JSON.stringify(entry)}\n`);
    const bucket = await createBucket(testS3());

    const err = await exportTables([table], out, { resume: true, s3Uri: `s3://${bucket}/p` }, { s3: ourS3() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain(`${manifest}: data file key "${table}/data/${rel}" is not one this export writes`);
    const listed = await testS3().send(new ListObjectsV2Command({ Bucket: bucket }));
    expect(listed.KeyCount ?? 0).toBe(0);
  });

  it('uploads the files of a table finished by an earlier run', async () => {
    const out = path.join(tempDir(), 'out');
    await exportTables([table], out, { segments: 2 });
    const bucket = await createBucket(testS3());
    const r = await exportTables([table], out, { resume: true, s3Uri: `s3://${bucket}/p` }, { s3: ourS3() });
    expect(r.upload).toMatchObject({ files: 5, skipped: 0 });
  });
});
