/**
 * The compact id table against a Map of strings, the structure it stands
 * in for: the same first positions, the same ids back, the same order, on
 * enough ids to grow every array several times, with repeats, positions
 * without an id, multi-byte text, and ids UTF-8 alone would confuse (lone
 * surrogates, which it writes as U+FFFD).
 */
import { IdTable } from '../../src/verify/id-table.js';

/** A deterministic stream of ids: mostly new, some repeated, some without an id (null), some non-ASCII. */
function ids(n: number): (string | null)[] {
  const out: (string | null)[] = [];
  let x = 12345;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
  for (let i = 0; i < n; i++) {
    const r = next() % 100;
    if (r < 3) out.push(null);
    else if (r < 8 && out.length > 0) out.push(out[next() % out.length] ?? `id-${i}`);
    else if (r < 12) out.push(`名前-${i}-ü`);
    else if (r < 14) out.push(`emoji-${i}-😀`);
    else out.push(`${1_700_000_000_000 + i}-${next().toString(36)}`);
  }
  return out;
}

it('answers as a Map of strings does, through growth of every array', () => {
  const table = new IdTable();
  const firsts = new Map<string, number>();
  const stream = ids(30_000);
  const added: number[] = [];
  const expectedAdded: number[] = [];
  stream.forEach((id, i) => {
    if (id === null) return table.skip();
    expectedAdded.push(firsts.get(id) ?? -1);
    added.push(table.add(id));
    if (!firsts.has(id)) firsts.set(id, i);
  });
  expect(added).toEqual(expectedAdded);
  expect(table.size).toBe(stream.length);
  expect(stream.map((_, i) => table.at(i) ?? null)).toEqual(stream);
  const known = stream.flatMap((id, i) => (id === null ? [] : [{ id, i }]));
  expect(known.map(({ id }) => table.first(id))).toEqual(known.map(({ id }) => firsts.get(id)));
  expect(known.every(({ id, i }) => table.is(i, id) && !table.is(i, `${id}x`))).toBe(true);
  expect([...table.ids()]).toEqual([...firsts.keys()]);
  expect(table.first('never-added')).toBeUndefined();
  expect(table.first('')).toBeUndefined();
});

it('tells apart ids UTF-8 would write alike: lone surrogates and U+FFFD', () => {
  const table = new IdTable();
  const alike = ['\ufffd', '\ud800', '\udbff', 'a\udc00b', 'a\ufffdb'];
  for (const id of alike) expect(table.add(id)).toBe(-1);
  alike.forEach((id, i) => {
    expect(table.first(id)).toBe(i);
    expect(table.at(i)).toBe(id);
  });
  expect(table.add('\ud800')).toBe(1);
  expect([...table.ids()]).toEqual(alike);
});

it('keeps the empty id and ids longer than its first buffer', () => {
  const table = new IdTable();
  const long = 'x'.repeat(100_000);
  expect(table.add('')).toBe(-1);
  expect(table.add(long)).toBe(-1);
  expect(table.add(`${long}é`)).toBe(-1);
  expect(table.add('')).toBe(0);
  expect(table.first(long)).toBe(1);
  expect(table.at(2)).toBe(`${long}é`);
  expect(table.at(3)).toBe('');
  expect(table.at(4)).toBeUndefined();
});
