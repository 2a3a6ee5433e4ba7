/**
 * readDataFile decodes each line's bytes on its own rather than a string
 * per gzip chunk: the lines it hands over are those of the whole file
 * decoded at once, wherever a chunk ends (inside a multibyte character,
 * inside a long line, right after a newline), bytes that are no UTF-8
 * included, and a file ending inside a character is decoded as the whole
 * file would be.
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

it('decodes bytes that are no UTF-8 as the whole file is decoded (U+FFFD where they are)', async () => {
  const good = (i: number) => Buffer.from(`{"Item":{"id":{"S":"${i}"},"t":{"S":"`);
  const end = Buffer.from('"}}}');
  const bad = [
    Buffer.from([0xe6, 0x97]), // a character cut short, then the string's end
    Buffer.from([0x80]), // a lone continuation byte
    Buffer.from([0xff, 0xfe]), // never UTF-8
    Buffer.from([0xf0, 0x9f, 0x98]), // a four-byte character cut short
  ];
  const lines: Buffer[] = [];
  for (let i = 0; i < 4000; i++) lines.push(Buffer.concat([good(i), bad[i % bad.length]!, Buffer.from('名'), end]));
  // A line ending in half a character right before its newline: the newline is not part of it.
  lines.push(Buffer.concat([Buffer.from('{"Item":{"id":{"S":"z"}}}'), Buffer.from([0xe6])]));
  const body = Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
  const got = read(body);
  // The last line is no JSON once decoded (U+FFFD after the object), as in the whole file.
  await expect(got).rejects.toThrow(/line 4001: not valid JSON/);
  await expect(read(Buffer.concat(lines.slice(0, -1).flatMap((l) => [l, Buffer.from('\n')])))).resolves.toEqual(
    whole(Buffer.concat(lines.slice(0, -1).flatMap((l) => [l, Buffer.from('\n')]))),
  );
});

it('hands over the lines of the whole file, multibyte characters across every chunk edge', async () => {
  const lines: string[] = [];
  // Three-byte and four-byte characters at every offset: chunk edges fall inside them.
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

it('joins a line cut at a full-size chunk edge inside a character, as the whole file decodes it', async () => {
  // Several megabytes of three-byte characters: the gunzip's 1 MiB output chunks end inside lines, mostly inside a character.
  const lines: string[] = [];
  for (let i = 0; i < 4000; i++) lines.push(JSON.stringify({ Item: { id: { S: `id-${i}` }, t: { S: '名'.repeat(300 + (i % 5)) } } }));
  const body = Buffer.from(`${lines.join('\n')}\n`);
  expect(body.length).toBeGreaterThan(3 * (1 << 20));
  const got = await read(body);
  expect(got).toEqual(whole(body));
});
