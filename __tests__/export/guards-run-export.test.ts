/**
 * The guards of export/run-export.ts, through runExport itself: option
 * checks (--out, --segments bounds, --kms-key-id, --s3-uri without a
 * client), no tables, what is at --out (a file, a damaged export.json), and
 * a --resume that asks for another stage, other tables or another segment
 * count. Each is exit 2, names the option or file, and writes nothing.
 */
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exitCodeOf, InputError } from '../../src/core/errors.js';
import { type ExportOptions, runExport } from '../../src/export/run-export.js';
import { createTable, ourDynamo, REGION, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { cleanTempDirs, exportTables, plainItems, tempDir } from './helpers.js';
import { copyOf, interruptedExport, picture } from './interrupted.js';

afterAll(cleanTempDirs);

async function inputError(run: Promise<unknown>): Promise<InputError> {
  const err = await run.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  expect(exitCodeOf(err)).toBe(2);
  return err as InputError;
}

const absent = (p: string) =>
  access(p).then(
    () => false,
    () => true,
  );

describe('export option checks, before anything is written', () => {
  const table = uniqueName('gopt');
  beforeAll(async () => {
    await createTable(testDynamo(), table);
    await seedItems(testDynamo(), table, plainItems(3));
  });

  it('refuses a missing --out', async () => {
    const err = await inputError(exportTables([table], ''));
    expect(err.message).toBe('export: --out is required (the folder to write the export to)');
  });

  it.each([0, -1, 1001, 2.5, Number.NaN])('refuses --segments %p, naming the bounds, and creates no folder', async (segments) => {
    const out = path.join(tempDir(), 'out');
    const err = await inputError(exportTables([table], out, { segments }));
    expect(err.message).toBe(`export: --segments must be a whole number from 1 to 1000, got ${segments}`);
    expect(await absent(out)).toBe(true);
  });

  it.each([1, 1000])('takes --segments %p (a bound): the export goes on to look for the table', async (segments) => {
    // A table that does not exist stops it at the next check, so nothing is scanned.
    const out = path.join(tempDir(), 'out');
    const err = await inputError(exportTables(['no-such-table-gopt'], out, { segments }));
    expect(err.message).toMatch(/^table no-such-table-gopt not found in DynamoDB endpoint /);
    expect(await absent(out)).toBe(true);
  });

  it.each([undefined, 'AES256'] as const)('refuses --kms-key-id with --sse %p, and creates no folder', async (sse) => {
    const out = path.join(tempDir(), 'out');
    const err = await inputError(exportTables([table], out, { kmsKeyId: 'alias/x', ...(sse ? { sse } : {}) }));
    expect(err.message).toBe('export: --kms-key-id needs --sse aws:kms');
    expect(await absent(out)).toBe(true);
  });

  it('refuses --s3-uri when no S3 client was given', async () => {
    const out = path.join(tempDir(), 'out');
    const err = await inputError(exportTables([table], out, { s3Uri: 's3://some-bucket/x' }));
    expect(err.message).toBe('export: --s3-uri given but no S3 client was configured');
    expect(await absent(out)).toBe(true);
  });
});

describe('no tables to export', () => {
  const noTables = (out: string, more: Partial<ExportOptions>) =>
    runExport({ out, stage: 'test', region: REGION, ...more }, { dynamo: ourDynamo() });

  it.each([
    ['an empty list', { tables: [] }],
    ['no list and no fallback', {}],
    ['an empty fallback', { fallbackTables: [] }],
  ])('a fresh export with %s is refused, and creates no folder', async (_what, more) => {
    const out = path.join(tempDir(), 'out');
    const err = await inputError(noTables(out, more));
    expect(err.message).toBe('export: no tables to export; set tables in the config or pass --tables');
    expect(await absent(out)).toBe(true);
  });

  it('--resume on an empty folder with no tables is refused, and creates no folder', async () => {
    const out = path.join(tempDir(), 'out');
    const err = await inputError(noTables(out, { resume: true }));
    expect(err.message).toBe('export: no tables to export; set tables in the config or pass --tables');
    expect(await absent(out)).toBe(true);
  });

  it('--resume of an export that records no tables is refused, changing nothing', async () => {
    const out = tempDir();
    const run = {
      format: 'dynamodb-rollback',
      layoutVersion: 1,
      toolVersion: '0',
      status: 'in-progress',
      stage: 'test',
      region: REGION,
      startTime: '2024-01-01T00:00:00.000Z',
      tables: [],
    };
    await writeFile(path.join(out, 'export.json'), JSON.stringify(run));
    const before = await picture(out);
    const err = await inputError(noTables(out, { resume: true }));
    expect(err.message).toBe('export: no tables to export; set tables in the config or pass --tables');
    expect(await picture(out)).toEqual(before);
  });
});

describe('what is at --out', () => {
  const table = uniqueName('gout');
  beforeAll(async () => {
    await createTable(testDynamo(), table);
    await seedItems(testDynamo(), table, plainItems(3));
  });

  it('refuses an --out that is a file, naming it, and leaves the file alone', async () => {
    const out = path.join(tempDir(), 'a-file');
    await writeFile(out, 'not a folder');
    for (const resume of [false, true]) {
      const err = await inputError(exportTables([table], out, { resume }));
      expect(err.message).toBe(`--out ${out}: cannot be read as a folder (ENOTDIR)`);
    }
    expect(await readFile(out, 'utf8')).toBe('not a folder');
  });

  it('refuses --resume on a folder whose export.json is damaged, naming it, and changes nothing', async () => {
    const out = tempDir();
    await writeFile(path.join(out, 'export.json'), '{"format": "dynamodb-rollback", "tables": [');
    const before = await picture(out);
    const err = await inputError(exportTables([table], out, { resume: true }));
    expect(err.message).toBe(`${path.join(out, 'export.json')}: not valid JSON; the file is damaged or not part of an export`);
    expect(await picture(out)).toEqual(before);
  });

  it('refuses --resume on a folder whose export.json is not ours, naming the field', async () => {
    const out = tempDir();
    await writeFile(path.join(out, 'export.json'), JSON.stringify({ format: 'something-else' }));
    const err = await inputError(exportTables([table], out, { resume: true }));
    expect(err.message).toMatch(new RegExp(`^${path.join(out, 'export.json')}: not a valid manifest \\(format: `));
  });

  it('refuses --resume of a finished export whose table summary is damaged, naming it', async () => {
    const out = path.join(tempDir(), 'out');
    await exportTables([table], out);
    const summary = path.join(out, table, 'manifest-summary.json');
    await writeFile(summary, '{"itemCount": ');
    const before = await picture(out);
    const err = await inputError(exportTables([table], out, { resume: true }));
    expect(err.message).toBe(`${summary}: not valid JSON; the file is damaged or not part of an export`);
    expect(await picture(out)).toEqual(before);
  });
});

describe('--resume of a finished table takes only data files this export writes', () => {
  const table = uniqueName('gown');
  const other = uniqueName('gown2');
  let finished: string;
  beforeAll(async () => {
    for (const t of [table, other]) {
      await createTable(testDynamo(), t);
      await seedItems(testDynamo(), t, plainItems(10, `${t}-`));
    }
    finished = path.join(tempDir(), 'out');
    await exportTables([table, other], finished, { segments: 1 });
  });

  it('resumes the untouched export (the control)', async () => {
    const out = await copyOf(finished);
    await expect(exportTables([table, other], out, { resume: true })).resolves.toMatchObject({
      resumed: true,
      items: { [table]: 10, [other]: 10 },
    });
  });

  it.each([
    ["in another table's folder", () => `${other}/data/0000-00000.json.gz`],
    ['outside the export', () => `${table}/data/../../../etc/passwd`],
    ['not named as this export names its files', () => `${table}/data/notes.json.gz`],
    ['below the data folder', () => `${table}/data/sub/0000-00000.json.gz`],
  ])('refuses a files manifest key %s, naming the manifest, and changes nothing', async (_what, key) => {
    const out = await copyOf(finished);
    const manifest = path.join(out, table, 'manifest-files.json');
    const entry = JSON.parse((await readFile(manifest, 'utf8')).trim()) as Record<string, unknown>;
    await writeFile(manifest, `${JSON.stringify({ ...entry, dataFileS3Key: key() })}\n`);
    const before = await picture(out);
    const err = await inputError(exportTables([table, other], out, { resume: true }));
    expect(err.message).toBe(
      `${manifest}: data file key ${JSON.stringify(key())} is not one this export writes; the manifest was edited, start a fresh export in a new folder`,
    );
    expect(await picture(out)).toEqual(before);
  });
});

describe('--resume asks for the export that is there', () => {
  const first = uniqueName('gres');
  const second = uniqueName('gres2');
  const third = uniqueName('gres3');
  let interrupted: string;
  beforeAll(async () => {
    for (const t of [first, second, third]) {
      await createTable(testDynamo(), t);
      await seedItems(testDynamo(), t, plainItems(60));
    }
    interrupted = path.join(tempDir(), 'out');
    await interruptedExport([first, second], interrupted, 2, 3, { stage: 'staging' });
  });

  async function refusedResume(tables: string[], more: Partial<ExportOptions>): Promise<InputError> {
    const out = await copyOf(interrupted);
    const before = await picture(out);
    const err = await inputError(exportTables(tables, out, { resume: true, stage: 'staging', ...more }));
    expect(await picture(out)).toEqual(before);
    return err;
  }

  it('resumes with the same stage, tables and segments (the control)', async () => {
    const out = await copyOf(interrupted);
    const result = await exportTables([second, first], out, { resume: true, stage: 'staging', segments: 2 });
    expect(result).toMatchObject({ resumed: true, stage: 'staging', items: { [first]: 60, [second]: 60 } });
  });

  it('refuses another --stage, naming both', async () => {
    const err = await refusedResume([first, second], { stage: 'production' });
    expect(err.message).toMatch(/^--resume: the export in .* is of stage staging, not production; resume with --stage staging$/);
  });

  it.each([
    ['fewer tables than it holds', () => [first]],
    ['more tables than it holds', () => [first, second, third]],
    ['as many tables, but others', () => [first, third]],
  ])('refuses %s, naming both lists', async (_what, tables) => {
    const want = tables();
    const err = await refusedResume(want, {});
    expect(err.message).toContain(`holds tables ${first}, ${second}, not ${want.join(', ')}; resume with the same --tables (or none)`);
  });

  it('refuses another --segments, naming the table and the count it was exported with', async () => {
    const err = await refusedResume([first, second], { segments: 3 });
    expect(err.message).toBe(`--resume: table ${first} was exported with 2 segments, not 3; resume without --segments`);
  });
});
