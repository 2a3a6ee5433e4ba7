/**
 * readDataFile decodes the gunzipped bytes in pieces (64 KiB) rather than
 * as one string per gzip chunk: the lines it hands over are those of the
 * whole file decoded at once, wherever a piece ends (inside a multibyte
 * character, inside a long line, right after a newline), and a file ending
 * inside a character is decoded as the whole file would be.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readDataFile } from '../../src/export-format/data-file-reader.js';

async function read(body: Buffer): Promise<unknown[]> {
  const gz = gzipSync(body);
  const out: unknown[] = [];
  const lines = body
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const expect = {
    itemCount: lines.length,
    checksum: { algorithm: 'sha256' as const, hex: createHash('sha256').update(gz).digest('hex') },
  };
  // Handed over in small, odd-sized gzip pieces too, so the gunzip's output chunks end anywhere.
  const pieces: Buffer[] = [];
  for (let at = 0; at < gz.length; at += 7919) pieces.push(gz.subarray(at, at + 7919));
  for await (const item of readDataFile(Readable.from(pieces), 'data file', expect, (v) => v)) out.push(item);
  return out;
}

/** What the file holds, decoded whole. */
const whole = (body: Buffer) =>
  body
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as unknown);

it('hands over the lines of the whole file, multibyte characters across every piece edge', async () => {
  const lines: string[] = [];
  // Three-byte and four-byte characters at every offset: 64 KiB edges fall inside them.
  for (let i = 0; i < 3000; i++)
    lines.push(JSON.stringify({ Item: { id: { S: `id-${i}` }, t: { S: `${'é'.repeat(i % 7)}名前😀 ${i}` } } }));
  // A line longer than a piece, and blank lines.
  lines.splice(1000, 0, JSON.stringify({ Item: { id: { S: 'long' }, t: { S: '日本語'.repeat(60_000) } } }), '', '  ');
  const body = Buffer.from(`${lines.join('\n')}\n`);
  expect(body.length).toBeGreaterThan(4 * (1 << 16));
  const got = await read(body);
  expect(got).toEqual(whole(body));
  expect(got).toHaveLength(3001);
});

it('decodes a last line ending inside a character, without a newline, as the whole file is decoded', async () => {
  const half = Buffer.from('😀').subarray(0, 2);
  // Valid JSON, then half a character: the whole file's decoding ends in U+FFFD, which makes the line no JSON.
  const trailing = Buffer.concat([Buffer.from('{"Item":{"id":{"S":"a"}}}\n{"Item":{"id":{"S":"b"}}}'), half]);
  await expect(read(trailing)).rejects.toThrow(/line 2: not valid JSON/);
  const cut = Buffer.concat([Buffer.from(`${'{"Item":{"id":{"S":"a"}}}\n'.repeat(2600)}{"Item":{"id":{"S":"`), half]);
  await expect(read(cut)).rejects.toThrow(/line 2601: not valid JSON/);
});
