/**
 * The quick scan of a file laid out as the app writes it (pretty-scan.ts)
 * indexes exactly what reading every character indexes: the same items,
 * ids and texts, across read chunks and multi-byte characters; where the
 * layout only looks like the app's (an inner object closed at the
 * element's indentation, an element that does not parse, bytes that are
 * not UTF-8, text after the array, a file cut short) it gives up, and the
 * file is judged by the character scanner as before.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FileIndex, indexByCharacters, indexDataFile } from '../../src/verify/file-index.js';
import { prettyScan } from '../../src/verify/pretty-scan.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-pretty-scan-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let n = 0;
async function fileOf(content: string | Buffer): Promise<string> {
  const f = path.join(dir, `f${n++}.json`);
  await writeFile(f, content);
  return f;
}

/** Whether the quick scan takes the file. */
async function quick(file: string): Promise<boolean> {
  const index = new FileIndex(file);
  try {
    return await prettyScan(file, index);
  } finally {
    index.close();
  }
}

/** What the index holds, item by item. */
function contents(index: FileIndex | null) {
  if (!index) return null;
  const out = Array.from({ length: index.count }, (_, i) => ({ id: index.idAt(i), text: index.text(i) }));
  index.close();
  return out;
}

async function sameAsCharacters(file: string, maxLength = 1 << 30) {
  const got = contents(await indexDataFile(file, maxLength));
  expect(got).toEqual(contents(await indexByCharacters(file, maxLength)));
  return got;
}

it('indexes a file of several read chunks as reading every character does', async () => {
  const items = Array.from({ length: 9000 }, (_, i) => ({
    ...(i % 97 === 5 ? {} : { id: i % 89 === 7 ? i : `it-${i}` }),
    // Multi-byte characters fall across the 1 MiB chunks; "\n  }" written inside a string is an escape, not a line.
    name: `名前 ${i} 😀 "q" \\ {x} [${i}] \n  },\n  { ü`,
    nested: { list: [1, 2.5, { deep: '}]' }], empty: {}, none: [] },
  }));
  const text = `${JSON.stringify(items, null, 2)}\n`;
  expect(Buffer.byteLength(text)).toBeGreaterThan(2 << 20);
  const file = await fileOf(text);
  expect(await quick(file)).toBe(true);
  expect((await sameAsCharacters(file))!.length).toBe(items.length);
});

it.each([
  ['no newline at the end', ''],
  ['spaces after the array', '  \n\t'],
])('takes a file of one item with %s', async (_what, after) => {
  const file = await fileOf(JSON.stringify([{ id: 'a' }], null, 2) + after);
  expect(await quick(file)).toBe(true);
  expect(await sameAsCharacters(file)).toEqual([{ id: { key: 'S:a', shown: 'a' }, text: '{\n    "id": "a"\n  }' }]);
});

it.each<[string, string | Buffer, boolean]>([
  // Valid JSON, so the character scanner indexes it.
  ['an inner object closed at the element indentation', '[\n  {\n    "id": "a",\n    "m": {\n  },\n  "n": 1\n  }\n]', true],
  [
    'an inner object closed at the element indentation before what looks like the next element',
    '[\n  {\n    "id": "a",\n    "m": {\n  },\n  "n": {\n  "x": 1}\n  }\n]',
    true,
  ],
  ['lines ending in CRLF', '[\r\n  {\r\n    "id": "a"\r\n  }\r\n]', true],
  ['an empty array', '[]', true],
  // Not JSON the app reads: null from both.
  ['an element that does not parse', '[\n  {\n    "id": "a",\n    "x": tru\n  }\n]', false],
  ['text after the array', '[\n  {\n    "id": "a"\n  }\n] x', false],
  ['a file cut short after an element', '[\n  {\n    "id": "a"\n  },\n  {\n    "id": "b"\n  }', false],
  ['a file cut short inside an element', '[\n  {\n    "id": "a"', false],
  ['an element that is an array', '[\n  {\n    "id": "a"\n  },\n  [\n    1\n  ]\n]', false],
  ['a BOM', '\ufeff[\n  {\n    "id": "a"\n  }\n]', false],
])('gives up on %s, judged by the character scanner as before', async (_what, content, indexed) => {
  const file = await fileOf(content);
  expect(await quick(file)).toBe(false);
  expect((await sameAsCharacters(file)) !== null).toBe(indexed);
});

it('gives up on bytes that are not UTF-8 inside an element', async () => {
  const bytes = Buffer.concat([
    Buffer.from('[\n  {\n    "id": "a",\n    "x": "'),
    Buffer.from([0xf0, 0x90, 0x80]),
    Buffer.from('"\n  }\n]'),
  ]);
  const file = await fileOf(bytes);
  expect(await quick(file)).toBe(false);
  await sameAsCharacters(file);
});

it('counts characters as before where the file has more bytes than the app may read characters', async () => {
  const text = JSON.stringify([{ id: 'a', x: 'ü'.repeat(50) }], null, 2);
  const file = await fileOf(text);
  expect(await sameAsCharacters(file, text.length)).not.toBeNull();
  expect(await sameAsCharacters(file, text.length - 1)).toBeNull();
});
