/**
 * A folder given as an export that is not one is named as such, in one
 * shape: "not an export: no export.json, and not a native AWS export
 * because ...", with what to give instead; never a manifest field error.
 * The stage an export records is checked against the command's.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { InputError } from '../../src/core/errors.js';
import { openExport, refuseOtherStage } from '../../src/export-format/reader.js';
import { createBucket, createTable, ourS3, seedItems, testDynamo, testS3, uniqueName } from '../harness/aws.js';
import { cleanTempDirs, exportTables, plainItems, tempDir } from './helpers.js';
import { asLocation } from '../harness/location.js';

afterAll(cleanTempDirs);

const NATIVE = path.join(import.meta.dirname, 'fixtures', 'aws-native');
const EXPORT_ID = '01700000000000-a1b2c3d4';
const SHAPE = /^(.+): not an export: no export\.json, and not a native AWS export because (.+); (.+)$/;

async function whyNot(from: string, opts: Parameters<typeof openExport>[1] = {}): Promise<{ root: string; because: string; fix: string }> {
  const err = await openExport(asLocation(from), opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  const m = SHAPE.exec((err as Error).message);
  expect({ message: (err as Error).message, shaped: m !== null }).toEqual({ message: (err as Error).message, shaped: true });
  return { root: m![1]!, because: m![2]!, fix: m![3]! };
}

describe('a folder that is not an export', () => {
  const table = uniqueName('nx');
  let ours: string;
  beforeAll(async () => {
    await createTable(testDynamo(), table);
    await seedItems(testDynamo(), table, plainItems(5));
    ours = path.join(tempDir(), 'out');
    await exportTables([table], ours);
  });

  it('an empty folder: no AWSDynamoDB folder', async () => {
    const dir = tempDir();
    expect(await whyNot(dir)).toEqual({
      root: dir,
      because: 'it has no AWSDynamoDB folder',
      fix: "give the folder export --out wrote, or a DynamoDB export's S3 prefix",
    });
  });

  it('our export without its export.json: its table folders are named, not their manifests judged as native ones', async () => {
    const dir = path.join(tempDir(), 'copy');
    await cp(ours, dir, { recursive: true });
    await rm(path.join(dir, 'export.json'));
    const { because, fix } = await whyNot(dir);
    expect(because).toBe(
      `the manifest-summary.json in ${table} names no tableArn (or is not JSON): these are table folders of an export whose export.json is missing`,
    );
    expect(fix).toBe('copy the export again whole, or export again');
  });

  it("one table's folder of our export", async () => {
    const { because, fix } = await whyNot(path.join(ours, table));
    expect(because).toBe("its manifest-summary.json names no tableArn: it is one table's folder of an export");
    expect(fix).toBe("give the export's own folder (the one holding export.json)");
  });

  it('a manifest-summary.json that is not JSON', async () => {
    const dir = tempDir();
    await writeFile(path.join(dir, 'manifest-summary.json'), '{"tableArn": "arn:secret-value');
    const { because } = await whyNot(dir);
    expect(because).toBe('its manifest-summary.json is not valid JSON');
  });

  describe('a native export DynamoDB has not finished (or copied in part)', () => {
    let copy: string;
    beforeAll(async () => {
      copy = path.join(tempDir(), 'native');
      await cp(NATIVE, copy, { recursive: true });
      await rm(path.join(copy, 'AWSDynamoDB', EXPORT_ID, 'manifest-summary.json'));
    });

    it('from its own folder: _started but no manifest-summary.json', async () => {
      const { because, fix } = await whyNot(path.join(copy, 'AWSDynamoDB', EXPORT_ID));
      expect(because).toBe(
        'it holds _started but no manifest-summary.json: DynamoDB has not finished this export, or it was copied in part',
      );
      expect(fix).toBe('wait for the export to complete, or copy it again whole');
    });

    it('from the prefix above AWSDynamoDB, and from AWSDynamoDB itself', async () => {
      expect((await whyNot(copy)).because).toBe(
        `no folder in its AWSDynamoDB folder holds manifest-summary.json (${EXPORT_ID}): the export is unfinished or was copied in part`,
      );
      expect((await whyNot(path.join(copy, 'AWSDynamoDB'))).because).toBe(
        `no folder in this AWSDynamoDB folder holds manifest-summary.json (${EXPORT_ID}): the export is unfinished or was copied in part`,
      );
    });

    it('an AWSDynamoDB folder holding no export at all', async () => {
      const dir = tempDir();
      await mkdir(path.join(dir, 'AWSDynamoDB'));
      expect((await whyNot(dir)).because).toBe('its AWSDynamoDB folder holds no export folder');
    });
  });

  it('on S3 alike: a prefix holding our export without export.json', async () => {
    const bucket = await createBucket(testS3());
    const files = (await readdir(ours, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name !== 'export.json');
    for (const e of files) {
      const rel = path.relative(ours, path.join(e.parentPath, e.name)).split(path.sep).join('/');
      await testS3().send(new PutObjectCommand({ Bucket: bucket, Key: `exp/${rel}`, Body: await readFile(path.join(ours, rel)) }));
    }
    const { root, because } = await whyNot(`s3://${bucket}/exp`, { s3: ourS3() });
    expect(root).toBe(`s3://${bucket}/exp`);
    expect(because).toMatch(/names no tableArn .*export\.json is missing$/);
  });

  it("a folder holding another tool's export.json: named as not ours, not judged field by field", async () => {
    const dir = tempDir();
    await writeFile(path.join(dir, 'export.json'), JSON.stringify({ exportedAt: '2024-06-01', items: 3 }));
    await expect(openExport(asLocation(dir))).rejects.toThrow(
      new InputError(
        `${dir}: not an export: its export.json was not written by dynamodb-rollback (no "format": "dynamodb-rollback"); give the folder export --out wrote, or a DynamoDB export's S3 prefix`,
      ),
    );
  });

  it('a file given as the export folder', async () => {
    const file = path.join(tempDir(), 'export.json');
    await writeFile(file, '{}');
    await expect(openExport(asLocation(file))).rejects.toThrow(/: a file, not a folder; give the folder export --out wrote/);
  });

  it('a real native export is still read, from each of its folders', async () => {
    for (const from of [NATIVE, path.join(NATIVE, 'AWSDynamoDB'), path.join(NATIVE, 'AWSDynamoDB', EXPORT_ID)]) {
      expect((await openExport(asLocation(from))).format).toBe('aws');
    }
  });
});

describe("the export's recorded stage", () => {
  it('an export of another stage is refused, naming both stages and the fix', async () => {
    const table = uniqueName('st');
    await createTable(testDynamo(), table);
    const out = path.join(tempDir(), 'out');
    await exportTables([table], out, { stage: 'staging' });
    const source = await openExport(asLocation(out));
    expect(() => refuseOtherStage(source, 'staging')).not.toThrow();
    expect(() => refuseOtherStage(source, 'production')).toThrow(
      new InputError(
        `the export ${out} is of stage staging, not production; pass --stage staging if that is the stage you mean, or give the export of stage production with --from`,
      ),
    );
  });

  it('a native AWS export records no stage and is not refused', async () => {
    const source = await openExport(asLocation(NATIVE));
    expect(source.stage).toBeUndefined();
    expect(() => refuseOtherStage(source, 'production')).not.toThrow();
  });
});
