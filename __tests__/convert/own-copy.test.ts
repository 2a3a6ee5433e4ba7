/**
 * ownCopy against V8's sliced strings: a slice of a long text, kept, keeps
 * the whole text alive; its own copy does not. The heap is measured after a
 * full collection, with both kinds side by side, so the test shows the
 * retention it guards against as well as its absence.
 */
import { retainedBytes } from '../harness/heap.js';
import { ownCopy } from '../../src/convert/own-copy.js';
import { JsonNumber } from '../../src/convert/json-number.js';

const CHUNKS = 40;
const CHUNK = 1 << 20;

/** A 36-character piece (a UUID's length, all digits) of each of CHUNKS fresh 1 MiB texts, passed through keep. */
function piecesOfChunks(keep: (s: string) => string): string[] {
  const out: string[] = [];
  for (let c = 0; c < CHUNKS; c++) {
    const text = `${String(c).padStart(4, '0')}${'7'.repeat(CHUNK)}`;
    out.push(keep(text.slice(0, 36)));
  }
  return out;
}

it('a plain slice keeps its 1 MiB text alive (what the copy is for)', async () => {
  const { retained, value } = await retainedBytes(() => piecesOfChunks((s) => s));
  expect(value.length).toBe(CHUNKS);
  expect(retained).toBeGreaterThan(CHUNKS * CHUNK * 0.8);
});

it('ownCopy keeps only the characters', async () => {
  const { retained, value } = await retainedBytes(() => piecesOfChunks(ownCopy));
  expect(value.map((s) => s.slice(0, 4))).toEqual(Array.from({ length: CHUNKS }, (_, c) => String(c).padStart(4, '0')));
  expect(value.every((s) => s.length === 36)).toBe(true);
  expect(retained).toBeLessThan(CHUNK);
});

it('gives back short strings and equal text whatever the length', () => {
  for (const s of ['', 'a', 'twelve chars', 'thirteen char', '名前 ü "q" \\ {x}'.repeat(5), 'lone \ud800 surrogate \udfff and \u0000 NUL'])
    expect(ownCopy(s)).toBe(s);
});

it('a JsonNumber keeps its own digits, not the text they were read from', async () => {
  const { retained, value } = await retainedBytes(() => piecesOfChunks((s) => new JsonNumber(s).text));
  expect(value[3]).toBe(`0003${'7'.repeat(32)}`);
  expect(retained).toBeLessThan(CHUNK);
});
