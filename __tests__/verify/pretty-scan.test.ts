/**
 * The quick scan of a file laid out as the app writes it (pretty-scan.ts)
 * indexes exactly what reading every character indexes: the same items,
 * ids and texts, across read chunks and multi-byte characters; where the
 * layout only looks like the app's (an inner object closed at the
 * element's indentation, an element that does not parse, bytes that are
 * not UTF-8, text after the array, a file cut short) it gives up, and the
 * file is judged by the character scanner as before.
 */
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
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
    return await prettyScan(index.open(), { add: (bytes, byteStart) => index.addBytes(bytes, byteStart, null) });
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

describe('a reference file that repeats the data file', () => {
  /** Everything the index answers, for comparing two indexes of one file. */
  function whole(index: FileIndex | null) {
    if (!index) return null;
    const out = {
      items: contents(index),
      repeats: [...index.repeats()],
      keyless: index.keylessPositions(),
      keys: [...index.keys()].sort(),
    };
    return out;
  }

  const data = [
    { id: 'a', v: 1 },
    { id: 'b', v: 'x' },
    { id: 7, v: 1 },
    { v: 'no id' },
    { id: 'c', v: [1, 2] },
    { id: 'd', v: {} },
    { id: 'e', v: 2 },
  ];
  // Shared items (also the number id and the item without one), one changed to the same length, one gone, one new, one moved, a repeat.
  const reference = [
    { id: 'a', v: 1 },
    { id: 'b', v: 'y' },
    { id: 7, v: 1 },
    { v: 'no id' },
    { id: 'new', v: 0 },
    { id: 'e', v: 2 },
    { id: 'c', v: [1, 2] },
    { id: 'a', v: 1 },
  ];

  it('is indexed as it is without the data file, the items equal to the data file not parsed again', async () => {
    const dataFile = await fileOf(JSON.stringify(data, null, 2));
    const refFile = await fileOf(JSON.stringify(reference, null, 2));
    const twin = (await indexDataFile(dataFile, 1 << 30))!;
    const parse = JSON.parse;
    let parsed = 0;
    JSON.parse = ((text: string, reviver?: never) => (parsed++, parse(text, reviver))) as typeof JSON.parse;
    let withTwin: ReturnType<typeof whole>;
    try {
      withTwin = whole(await indexDataFile(refFile, 1 << 30, twin));
    } finally {
      JSON.parse = parse;
    }
    expect(withTwin).toEqual(whole(await indexDataFile(refFile, 1 << 30)));
    expect(withTwin!.items!.map((x) => x.id?.shown ?? null)).toEqual(['a', 'b', '7', null, 'new', 'e', 'c', 'a']);
    // a, e, c and the repeated a are taken from the data file; b (changed), 7, the item without an id and new are parsed.
    expect(parsed).toBe(4);
    twin.close();
  });
});

it('reads the items back from the bytes it scanned when the file is replaced after the scan', async () => {
  const file = await fileOf(JSON.stringify([{ id: 'a', v: 1 }], null, 2));
  const index = (await indexDataFile(file, 1 << 30))!;
  const other = await fileOf(JSON.stringify([{ id: 'b', v: 2 }], null, 2));
  await rename(other, file);
  expect(index.text(0)).toBe('{\n    "id": "a",\n    "v": 1\n  }');
  index.close();
});
