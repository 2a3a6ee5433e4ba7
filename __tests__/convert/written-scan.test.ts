/**
 * JsonArrayScanner's option written: an element in the writer's form is
 * read by the canonical grammar's walk (its end and id at once) instead of
 * being scanned. Whatever the text, the elements handed over (text, flag,
 * byte positions, index, value) and the errors (line and column) are those
 * of the scan without it, however the text is cut into chunks; the id it
 * hands over is the one canonicalItemId gives that text, and none where
 * that gives none (escapes, duplicate keys, numbers written two ways,
 * control characters).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readCollectionFileRaw } from '../../src/collection/collection-file.js';
import { canonicalItemId } from '../../src/convert/canonical-item.js';
import { JsonArrayScanner, type RawElement } from '../../src/convert/json-array-stream.js';
import type { PlainObject } from '../../src/convert/plain.js';
import { itemText } from '../../src/convert/serialize.js';

type Seen = { text: string; inexact: boolean; byteStart: number; byteLength: number; index: number; value: unknown; written: unknown };

const seenOf = (el: RawElement, index: number): Seen => ({
  text: el.text,
  inexact: el.inexact,
  byteStart: el.byteStart,
  byteLength: el.byteLength,
  index,
  value: valueOf(el),
  written: el.written,
});

/** The element parsed, or its parse error (a raw control character in a string is no JSON). */
function valueOf(el: RawElement): unknown {
  try {
    return el.parse();
  } catch (err) {
    return `not parsed: ${(err as Error).message}`;
  }
}

/** Chunks cut at these sizes, never inside a surrogate pair (a decoder never cuts one). */
function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + size);
    const c = text.charCodeAt(end - 1);
    if (end < text.length && c >= 0xd800 && c <= 0xdbff) end++;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

function scan(text: string, size: number, written: boolean): { seen: Seen[]; error?: string } {
  const seen: Seen[] = [];
  const scanner = new JsonArrayScanner(
    () => {},
    (el, index) => seen.push(seenOf(el, index)),
    undefined,
    written,
  );
  try {
    for (const c of chunks(text, size)) scanner.write(c);
    scanner.end();
  } catch (err) {
    return { seen, error: (err as Error).message };
  }
  return { seen };
}

const item = (i: number): PlainObject => ({
  id: i % 5 === 0 ? i : `it-${i}`,
  name: `名前 ${i} ü 😀`,
  n: i,
  price: 35.7919,
  geo: { lat: i / 7, tags: ['a', '}]', ''], empty: {}, none: [] },
  ok: i % 2 === 0,
  nothing: null,
});
const file = (texts: string[]) => `[\n  ${texts.join(',\n  ')}\n]\n`;

// Texts the walk must not take for the writer's form, however close they come.
const hostile = [
  '{\n    "id": "real",\n    "i\\u0064": "fake"\n  }', // the same key twice once unescaped: JSON.parse keeps the last id
  '{\n    "id": "a",\n    "s": "a\\\\"\n  }', // an escaped backslash closing a string
  '{\n    "id": "a",\n    "s": "say \\"hi\\""\n  }',
  '{\n    "id": "a",\n    "s": "a\tb"\n  }', // a raw tab in a string: not JSON
  '{\n    "id": "a",\n    "s": "a\rb"\n  }',
  '{\n    "id": "a",\n    "id": "b"\n  }',
  '{\n    "id": "a",\n    "1": true\n  }',
  '{\r\n    "id": "a"\r\n  }',
  '{\n    "n": 1\n  }', // no id
  '{"id":"compact","n":1}',
];

// The writer's form with numbers JSON.parse would write another way: walked as the exact parse reads them, flagged so.
const twoWays = [
  '{\n    "id": 5.0,\n    "p": 1.50\n  }',
  '{\n    "id": "a",\n    "q": -0,\n    "r": 12345678901234567890123,\n    "t": 0.0000001,\n    "u": 30.30\n  }',
];

const texts: string[] = [];
for (let i = 0; i < 60; i++) {
  texts.push(itemText(item(i)));
  if (i % 5 === 2) texts.push(hostile[((i / 5) | 0) % hostile.length]!);
  if (i % 7 === 3) texts.push(twoWays[i % 2]!);
}
texts.push(...hostile, ...twoWays);

it.each([1, 7, 64, 333, 1 << 20])('hands over the same elements as the scan, with the id canonicalItemId reads (chunks of %i)', (size) => {
  const text = file(texts);
  const plain = scan(text, size, false);
  expect(plain.error).toBeUndefined();
  expect(plain.seen).toHaveLength(texts.length);
  const walked = scan(text, size, true);
  expect(walked.seen.map((s) => ({ ...s, written: undefined }))).toEqual(plain.seen);
  let taken = 0;
  for (const s of walked.seen) {
    const id = canonicalItemId(s.text, s.inexact);
    // Taken only where canonicalItemId reads an id, and then the same one.
    if (s.written !== undefined) {
      expect([s.text, s.written]).toEqual([s.text, id]);
      taken++;
    }
    if (hostile.includes(s.text)) expect([s.text, s.written]).toEqual([s.text, undefined]);
    if (size >= 333 && twoWays.includes(s.text) && s.written !== undefined) expect(s.inexact).toBe(true);
  }
  if (size === 1 << 20) expect(walked.seen.filter((x) => twoWays.includes(x.text) && x.written !== undefined)).toHaveLength(11);
  // The writer's form is taken, except where a chunk ends inside it.
  if (size >= 333) expect(taken).toBeGreaterThanOrEqual(60 - Math.ceil(text.length / size));
});

it.each([1, 9, 1 << 20])('gives an error the same line and column after elements it walked over (chunks of %i)', (size) => {
  const ok = file(texts.slice(0, 40));
  for (const broken of [
    ok.replace(/\n\]\n$/, ',\n]\n'), // a trailing comma
    file([...texts.slice(0, 25), '{\n    "id": "x" "y": 1\n  }', ...texts.slice(25, 40)]), // an element that is not JSON
    file([...texts.slice(0, 30), `${texts[30]} x`, ...texts.slice(31, 40)]), // text after an element, on its last line
    file([...texts.slice(0, 20), '{\n    "id": "x",\n    "s": "a\tb"\n  }', ...texts.slice(20, 40)]), // a raw tab in a string
  ]) {
    const plain = scan(broken, size, false);
    // The scan's error, or the element's when it is parsed (a raw tab is found by the parse).
    const problem = plain.error ?? plain.seen.map((x) => x.value).find((v) => typeof v === 'string' && v.startsWith('not parsed'));
    expect(problem).toMatch(/line \d+, column \d+/);
    const walked = scan(broken, size, true);
    expect(walked.error).toBe(plain.error);
    expect(walked.seen.map((x) => ({ ...x, written: undefined }))).toEqual(plain.seen);
  }
});

it('reads a file in 1 MiB chunks the same with the walk, multibyte characters across the chunk edges', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-written-'));
  try {
    const many: string[] = [];
    // Every item's text has multibyte characters, so some fall across the edges at each MiB; a hostile one now and then.
    for (let i = 0, length = 0; length < 2.5 * (1 << 20); i++) {
      many.push(i % 97 === 3 ? hostile[i % hostile.length]! : itemText(item(i)));
      length += many[many.length - 1]!.length;
    }
    const f = path.join(dir, 'items.json');
    await writeFile(f, file(many));
    const read = async (written: boolean) => {
      const seen: Seen[] = [];
      const r = await readCollectionFileRaw(f, (el) => seen.push(seenOf(el, seen.length)), undefined, undefined, written);
      return { seen, count: r.count, sha256: r.sha256 };
    };
    const plain = await read(false);
    const walked = await read(true);
    expect(walked.count).toBe(many.length);
    expect(walked.seen.map((s) => ({ ...s, written: undefined }))).toEqual(plain.seen);
    const taken = walked.seen.filter((s) => s.written !== undefined);
    for (const s of taken) expect(s.written).toEqual(canonicalItemId(s.text, s.inexact));
    expect(taken.length).toBeGreaterThan(many.length * 0.9);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
