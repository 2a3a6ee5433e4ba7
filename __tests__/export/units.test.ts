import { parseS3Uri, s3UriOf } from '../../src/clients/s3-uri.js';
import { InputError } from '../../src/core/errors.js';
import { itemLine } from '../../src/export-format/item-line.js';
import { dataFileKey, defaultSegments, nextPageLimit, renderFilesManifest } from '../../src/export-format/layout.js';
import { createLimiter } from '../../src/export/limiter.js';
import { parseFilesManifest } from '../../src/export-format/manifest-schema.js';

describe('defaultSegments', () => {
  it('uses 4 when the size is unknown, one for small tables, and scales with size within 4..64', () => {
    expect(defaultSegments(0, 0)).toBe(4);
    expect(defaultSegments(100, 1)).toBe(1);
    expect(defaultSegments(1024 * 1024, 3000)).toBe(1);
    expect(defaultSegments(30 * 1024 * 1024, 100_000)).toBe(4);
    expect(defaultSegments(300 * 1024 * 1024, 1_000_000)).toBe(10);
    expect(defaultSegments(1024 ** 4, 1e10)).toBe(64);
  });
});

describe('nextPageLimit', () => {
  it('starts small, then aims at about 512 KB of lines per page', () => {
    expect(nextPageLimit(0, 0)).toBe(100);
    expect(nextPageLimit(300 * 1000, 1000)).toBe(1747);
    expect(nextPageLimit(400_000 * 5, 5)).toBe(10);
  });
});

describe('createLimiter', () => {
  it('never runs more than max at once, and runs everything in FIFO order', async () => {
    const limit = createLimiter(2);
    let active = 0;
    let peak = 0;
    const started: number[] = [];
    await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        limit(async () => {
          started.push(i);
          active++;
          peak = Math.max(peak, active);
          await new Promise((r) => setTimeout(r, 3));
          active--;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('frees the slot of a task that throws', async () => {
    const limit = createLimiter(1);
    await expect(
      limit(async () => {
        throw new Error('x');
      }),
    ).rejects.toThrow('x');
    await expect(limit(async () => 'next')).resolves.toBe('next');
  });
});

describe('s3 URIs', () => {
  it('parses bucket and prefix, and refuses what is not one', () => {
    expect(parseS3Uri('s3://my-bucket/a/b/')).toEqual({ bucket: 'my-bucket', prefix: 'a/b' });
    expect(parseS3Uri('s3://my-bucket')).toEqual({ bucket: 'my-bucket', prefix: '' });
    expect(s3UriOf({ bucket: 'b1b', prefix: 'p' }, 'x/y.json')).toBe('s3://b1b/p/x/y.json');
    expect(s3UriOf({ bucket: 'b1b', prefix: '' })).toBe('s3://b1b');
    for (const bad of ['https://x/y', 's3://', 's3://UPPER/x', 's3://b1b/../x']) expect(() => parseS3Uri(bad)).toThrow(InputError);
  });
});

describe('layout', () => {
  it('names data files by segment and sequence, sortable', () => {
    expect(dataFileKey('t', 3, 12)).toBe('t/data/0003-00012.json.gz');
  });

  it('writes one data line per item as DynamoDB JSON, binary as base64', () => {
    expect(itemLine({ id: { S: 'a' }, b: { B: new Uint8Array([1, 2]) }, n: { N: '1.50' } })).toBe(
      '{"Item":{"id":{"S":"a"},"b":{"B":"AQI="},"n":{"N":"1.50"}}}\n',
    );
  });

  it('round-trips the files manifest and rejects a malformed line naming it', () => {
    const entries = [{ itemCount: 2, sha256: 'a'.repeat(64), bytes: 10, dataFileS3Key: 't/data/0000-00000.json.gz' }];
    expect(parseFilesManifest(renderFilesManifest(entries), 'm')).toEqual(entries);
    expect(() => parseFilesManifest('{"itemCount":-1}\n', 'x/manifest-files.json')).toThrow(
      /x\/manifest-files.json line 1: not a valid manifest \(itemCount/,
    );
  });
});
