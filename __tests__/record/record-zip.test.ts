/**
 * The artifact's zip, read in memory (src/record/unzip.ts): what a real
 * zip tool writes and what the drill's recorder writes both read back; a
 * damaged entry, a path leaving the folder, a zip bomb are refused.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readZip } from '../../src/record/unzip.js';
import { writeZip } from '../../src/record/zip.js';

const FILES = [
  { name: 'locations.json', bytes: Buffer.from('{"export":"s3://b/e"}') },
  { name: 'sub/rollback-report.json', bytes: Buffer.from('x'.repeat(5000)) },
];
const names = (zip: Buffer) => readZip(zip, 1e6).map((e) => [e.name, e.bytes.toString()]);

describe('readZip', () => {
  it('reads stored and deflated entries back byte for byte', () => {
    for (const deflate of [false, true])
      expect(names(writeZip(FILES, { deflate }))).toEqual(FILES.map((f) => [f.name, f.bytes.toString()]));
  });

  const zipTool = spawnSync('zip', ['-v'], { encoding: 'utf8' }).status === 0;
  (zipTool ? it : it.skip)('reads what the zip tool writes (directories left out)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'zip-'));
    try {
      await writeFile(path.join(dir, 'a.json'), '{"a":1}');
      expect(spawnSync('zip', ['-q', '-r', 'out.zip', 'a.json'], { cwd: dir }).status).toBe(0);
      expect(names(await readFile(path.join(dir, 'out.zip')))).toEqual([['a.json', '{"a":1}']]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses an entry whose bytes fail the CRC-32', () => {
    const zip = writeZip([FILES[0]!]);
    // The stored bytes start after the 30-byte local header and the name.
    const at = 30 + FILES[0]!.name.length;
    zip[at] = zip[at]! ^ 1;
    expect(() => readZip(zip, 1e6)).toThrow('entry "locations.json" fails its CRC-32 or size check');
  });

  it.each(['../up.json', '/abs.json', 'a\\\\b.json', 'a/./b.json'])('refuses the path %s', (name) => {
    expect(() => readZip(writeZip([{ name, bytes: Buffer.from('{}') }]), 1e6)).toThrow('names a path outside');
  });

  it('refuses more bytes than allowed, and what is not a zip', () => {
    expect(() => readZip(writeZip(FILES, { deflate: true }), 1000)).toThrow('more than 1000 bytes uncompressed');
    expect(() => readZip(Buffer.from('not a zip at all, just text'), 1e6)).toThrow('not a zip archive');
  });
});
