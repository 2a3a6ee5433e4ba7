/**
 * Issue 20: whether a location is a folder or S3 is decided once, in
 * src/core/location.ts; no other file tests a string for s3://.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { s3TestsOutsideLocationParser, testsForS3 } from '../harness/arch-s3.js';
import { ROOT } from '../harness/run-dist.js';

const SRC = path.join(ROOT, 'src');

describe('locations are parsed once', () => {
  it('no file of src but the location parser tests a string for s3://', () => {
    expect(s3TestsOutsideLocationParser(SRC)).toEqual([]);
  });

  it('names a planted test for s3:// in a copy of src', () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'ddbrb-arch-s3-'));
    try {
      cpSync(SRC, copy, { recursive: true });
      writeFileSync(path.join(copy, 'export', 'planted.ts'), "export const onS3 = (x: string): boolean => x.startsWith('s3://');\n");
      expect(s3TestsOutsideLocationParser(copy)).toEqual(['export/planted.ts:1']);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it.each([
    ["x.startsWith('s3://')", true],
    ['if (from.includes("s3://")) return', true],
    ["x.slice(0, 5) === 's3://'", true],
    ['const re = /^s3:\\/\\/([^/]+)/;', true],
    ["new RegExp('^s3://')", true],
    ["throw new InputError('pull: --from is required (s3://bucket/prefix)')", false],
    ['const uri = `s3://${bucket}/${key}`;', false],
    ["// x.startsWith('s3://') in a comment", false],
  ])('%s is a test of a string: %s', (line, expected) => {
    expect(testsForS3(line)).toBe(expected);
  });
});
