/**
 * JsonArrayScanner's expect: an element the caller expects next, jumped
 * over when the text there starts with it. Whatever is expected, right or
 * wrong, the elements handed over (text, flag, byte positions, index) and
 * the errors (line and column) are those of the scan without it, however
 * the text is cut into chunks.
 */
import { type ExpectedElement, JsonArrayScanner, type RawElement } from '../../src/convert/json-array-stream.js';

type Seen = { text: string; inexact: boolean; byteStart: number; byteLength: number; index: number; value: unknown };

function scan(text: string, size: number, expect?: (index: number) => ExpectedElement | undefined): { seen: Seen[]; error?: string } {
  const seen: Seen[] = [];
  const scanner = new JsonArrayScanner(
    () => {},
    (el: RawElement, index) => {
      seen.push({ text: el.text, inexact: el.inexact, byteStart: el.byteStart, byteLength: el.byteLength, index, value: el.parse() });
    },
    expect ? () => expect(seen.length) : undefined,
  );
  try {
    for (let at = 0; at < text.length; at += size) scanner.write(text.slice(at, at + size));
    scanner.end();
  } catch (err) {
    return { seen, error: (err as Error).message };
  }
  return { seen };
}

const item = (i: number) => ({
  id: `it-${i}`,
  name: `名前 ${i} "q" ü 😀`,
  n: i,
  price: i % 3 === 0 ? '1.50' : 2,
  nested: { list: [1, { deep: '}]' }] },
});
const written = (v: unknown) =>
  JSON.stringify(v, null, 2)
    .replace(/\n/g, '\n  ')
    .replace(/"1\.50"/g, '1.50');
const file = (texts: string[]) => `[\n  ${texts.join(',\n  ')}\n]\n`;

const before = Array.from({ length: 40 }, (_, i) => written(item(i)));
const after = before.slice();
after.splice(5, 1); // removed
after[10] = written({ ...item(11), name: 'edited' });
after.splice(20, 0, written({ id: 'new', n: 1 }));
after[30] = JSON.stringify(item(31)); // compact now
const expected = (texts: string[]) => (index: number) => {
  const text = texts[index];
  return text === undefined ? undefined : { text, inexact: text.includes('1.50') };
};

it.each([1, 7, 100, 1 << 20])('hands over the same elements with or without what it expects (chunks of %i)', (size) => {
  const text = file(after);
  const plain = scan(text, size);
  expect(plain.error).toBeUndefined();
  expect(plain.seen).toHaveLength(after.length);
  // Expecting the old file's element at the same index: right until the first removal, then wrong, then right again by chance or not.
  for (const guess of [expected(before), expected(after), () => undefined]) {
    const skipped = scan(text, size, guess);
    expect(skipped.seen).toEqual(plain.seen);
  }
});

it.each([1, 9, 1 << 20])('gives an error the same line and column after elements it jumped over (chunks of %i)', (size) => {
  for (const broken of [
    file(after).replace(/\n\]\n$/, ',\n]\n'), // a trailing comma
    file([...after.slice(0, 25), '{\n    "id": "x" "y": 1\n  }', ...after.slice(25)]), // an element that is not JSON
    file(after).replace(/,\n {2}\{\n {4}"id": "it-33"/, '\n  {\n    "id": "it-33"'), // a missing comma
    file([...after.slice(0, 32), `${after[32]} x`, ...after.slice(33)]), // text after an element, on its last line
  ]) {
    const plain = scan(broken, size);
    expect(plain.error).toMatch(/line \d+, column \d+/);
    expect(scan(broken, size, expected(after)).error).toBe(plain.error);
    expect(scan(broken, size, expected(before)).error).toBe(plain.error);
  }
});
