/**
 * The base's lookups in random order, through the shared block cache: every
 * read gives the file's bytes (across block boundaries, larger than a
 * block), files do not mix, the cache stays within its bound, and a file
 * cut short under it is named, never read as something else.
 */
import { closeSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BlockReader, cachedBytes } from '../../src/collection/block-reader.js';

let dir: string;
const fds: number[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-blocks-'));
});
afterEach(async () => {
  for (const fd of fds.splice(0)) closeSync(fd);
  await rm(dir, { recursive: true, force: true });
});

let ids = 1000;
function reader(name: string, text: string): { r: BlockReader; file: string } {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const fd = openSync(file, 'r');
  fds.push(fd);
  return {
    r: new BlockReader(
      ids++,
      () => fd,
      () => file,
    ),
    file,
  };
}

/** Pseudo-random, repeatable. */
const lcg = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

describe('BlockReader', () => {
  it('gives the bytes at any offset and length, in any order: inside a block, across two, longer than two, multi-byte text', () => {
    const text = Array.from({ length: 6000 }, (_, i) => `{"id":"é${i}","v":"${'x'.repeat(i % 97)}"}`).join(',');
    const bytes = Buffer.from(text);
    const { r } = reader('a.json', text);
    const rand = lcg(7);
    const spans: [number, number][] = [
      [0, 10],
      [65_530, 20],
      [10, 200_000],
      [bytes.length - 5, 5],
      [3, 0],
    ];
    for (let k = 0; k < 3000; k++) {
      const start = Math.floor(rand() * bytes.length);
      spans.push([start, Math.min(bytes.length - start, Math.floor(rand() * 900))]);
    }
    for (const [o, l] of spans) expect(r.text(o, l)).toBe(bytes.subarray(o, o + l).toString('utf8'));
  });

  it('keeps two files apart, and forgets one without the other', () => {
    const a = reader('a.json', 'a'.repeat(200_000));
    const b = reader('b.json', 'b'.repeat(200_000));
    expect(a.r.text(70_000, 3)).toBe('aaa');
    expect(b.r.text(70_000, 3)).toBe('bbb');
    a.r.forget();
    expect(b.r.text(70_001, 2)).toBe('bb');
    expect(a.r.text(70_001, 2)).toBe('aa');
  });

  it('holds at most 48 MiB however much of the file is read', () => {
    const size = 60 * 1024 * 1024;
    const file = path.join(dir, 'big.bin');
    writeFileSync(file, Buffer.alloc(size, 0x61));
    const fd = openSync(file, 'r');
    fds.push(fd);
    const r = new BlockReader(
      ids++,
      () => fd,
      () => file,
    );
    for (let o = 0; o < size; o += 64 * 1024) r.text(o, 1);
    expect(cachedBytes()).toBeLessThanOrEqual(48 * 1024 * 1024);
    expect(cachedBytes()).toBeGreaterThan(40 * 1024 * 1024);
    r.forget();
  });

  it('reads a file larger than the cache item by item where the reads go out of order, in blocks where they go in order', () => {
    const size = 56 * 1024 * 1024;
    const file = path.join(dir, 'larger.bin');
    const bytes = Buffer.alloc(size);
    for (let i = 0; i < size; i += 4096) bytes.write(`@${i}@`, i);
    writeFileSync(file, bytes);
    const fd = openSync(file, 'r');
    fds.push(fd);
    const open = (id: number) =>
      new BlockReader(
        id,
        () => fd,
        () => file,
      );
    const random = open(ids++);
    const rand = lcg(11);
    let asked = 0;
    for (let k = 0; k < 5000; k++) {
      const o = Math.floor((rand() * size) / 4096) * 4096;
      expect(random.text(o, 600)).toBe(bytes.subarray(o, o + 600).toString('utf8'));
      asked += 600;
    }
    // About what was asked (before: a 64 KiB block for each, over 100 times as much).
    expect(random.reads.bytes).toBeLessThan(asked * 2);
    random.forget();
    const ordered = open(ids++);
    for (let o = 0; o + 600 <= size; o += 4096) expect(ordered.text(o, 600)).toBe(bytes.subarray(o, o + 600).toString('utf8'));
    expect(ordered.reads.count).toBeLessThanOrEqual(size / (64 * 1024) + 1);
    ordered.forget();
  });

  it('a file cut short under it: the error names it and says to run again', () => {
    const { r, file } = reader('c.json', 'c'.repeat(300_000));
    truncateSync(file, 100_000);
    expect(() => r.text(150_000, 10)).toThrow(
      `${file}: changed while the rollback read it (shorter than it was); nothing was written: run the rollback again`,
    );
    expect(() => r.text(99_995, 10)).toThrow(/shorter than it was/);
    expect(() => r.text(10, 200_000)).toThrow(/shorter than it was/);
  });
});
