/**
 * The streamed index of a data file gives back each item exactly as the
 * whole-file parse does, across chunk boundaries (a file over 1 MiB, with
 * multi-byte characters, escaped quotes and brackets inside strings), and
 * leaves every file it does not take to the whole-file reader (null).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { WireItem } from '../../src/dynamo/wire.js';
import { CollectionCheck } from '../../src/verify/collection-check.js';
import { fileIdOf } from '../../src/verify/ids.js';
import { indexDataFile } from '../../src/verify/file-index.js';
import { JsonObject, parseRawJson } from '../../src/verify/raw-json.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-file-index-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function fileOf(name: string, text: string): Promise<string> {
  const f = path.join(dir, name);
  await writeFile(f, text);
  return f;
}

it('indexes a large file item for item as the whole-file parse reads it', async () => {
  const items = Array.from({ length: 6000 }, (_, i) => ({
    ...(i % 97 === 5 ? {} : { id: i % 89 === 7 ? i : `it-${i}` }),
    name: `名前 ${i} "quoted" \\ back{slash} [${i}] ü`,
    nested: { list: [1, 2.5, { deep: '}]' }], big: 1e21 },
  }));
  // A numeric id with more digits than a double keeps: its text must be the id.
  const text = JSON.stringify(items, null, 2).replace('"id": 7,', '"id": 70000000000000000000001,');
  expect(text.length).toBeGreaterThan(1 << 20); // more than one read chunk
  const file = await fileOf('big.json', text);
  const index = await indexDataFile(file, 1 << 30);
  expect(index).not.toBeNull();
  const whole = parseRawJson(text) as JsonObject[];
  expect(index!.count).toBe(whole.length);
  for (let i = 0; i < whole.length; i++) {
    expect(index!.idAt(i)).toEqual(fileIdOf(whole[i]!));
    expect(index!.item(i)).toEqual(whole[i]);
  }
  index!.close();
});

it.each([
  ['a BOM', '\ufeff[{"id": "a"}]'],
  ['an object', '{"id": "a"}'],
  ['an element that is not an object', '[{"id": "a"}, 3]'],
  ['a trailing comma', '[{"id": "a"},]'],
  ['text after the array', '[{"id": "a"}] x'],
  ['an unclosed array', '[{"id": "a"}'],
  ['an id neither string nor number', '[{"id": true}]'],
  ['invalid JSON inside an item', '[{"id": "a", "x": 01}]'],
])('leaves a file with %s to the whole-file reader', async (_what, text) => {
  expect(await indexDataFile(await fileOf('bad.json', text), 1 << 30)).toBeNull();
});

it('leaves a file longer than the app can read to the whole-file reader', async () => {
  const text = JSON.stringify([{ id: 'a', x: 'y'.repeat(100) }], null, 2);
  const file = await fileOf('long.json', text);
  expect(await indexDataFile(file, text.length - 1)).toBeNull();
  expect(await indexDataFile(file, text.length)).not.toBeNull();
});

it('takes an empty array', async () => {
  expect((await indexDataFile(await fileOf('empty.json', ' [ ] \n'), 100))?.count).toBe(0);
});

it('finds ids through its own lookup as a check over the parsed items does (repeats, numeric ids, items without one)', async () => {
  const items = [
    { id: 'a', n: 1 },
    { id: 7 },
    { x: 1 },
    { id: 'b' },
    { id: 'a', n: 2 },
    { id: 7.0 },
    { id: 'c' },
    { x: 1 },
    { id: 'a', n: 3 },
  ];
  const text = JSON.stringify(items).replace('{"id":7}', '{"id":7.0}');
  const index = (await indexDataFile(await fileOf('repeats.json', text), 1 << 30))!;
  const whole = parseRawJson(text) as JsonObject[];
  expect(index.firstAt('S:a')).toBe(0);
  expect(index.positionsOf('S:a')).toEqual([0, 4, 8]);
  expect(index.positionsOf('N:7e0')).toEqual([1, 5]);
  expect(index.positionsOf('S:z')).toEqual([]);
  expect(index.repeats()).toEqual([4, 5, 8]);
  expect(index.keylessPositions()).toEqual([2, 7]);
  expect([index.has('a'), index.has('7.0'), index.has('7'), index.has('7.00'), index.has('z')]).toEqual([true, true, true, false, false]);
  expect([...index.keys()].sort()).toEqual(['N:7e0', 'S:a', 'S:b', 'S:c']);
  const exported: WireItem[] = [{ id: { S: 'a' }, n: { N: '1' } }, { id: { S: 'c' } }, { id: { S: 'd' } }];
  const viaIndex = new CollectionCheck(index);
  const viaItems = new CollectionCheck(whole);
  for (const e of exported) {
    viaIndex.add(e);
    viaItems.add(e);
  }
  const diff = viaIndex.finish();
  expect(diff).toEqual(viaItems.finish());
  expect(diff.extra).toEqual(['7.0', 'b', '(no id: item 3)', '(no id: item 8)']);
  expect(diff.missing).toEqual(['d']);
  expect(diff.duplicateIds).toEqual(['a', '7']);
  index.close();
});

it('reads ahead only for items read back in file order: in scan order (random to the file) each read copies just its item', async () => {
  const items = Array.from({ length: 20000 }, (_, i) => ({ id: `it-${i}`, text: `item ${i} `.repeat(8) }));
  const text = JSON.stringify(items, null, 2);
  const file = await fileOf('order.json', text);
  const whole = JSON.parse(text) as Array<{ id: string }>;
  // A fixed shuffle (a linear congruential sequence), as a scan's hash order would come.
  const order = Array.from({ length: items.length }, (_, i) => i);
  for (let i = order.length - 1, x = 12345; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const j = x % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const shuffled = (await indexDataFile(file, 1 << 30))!;
  let asked = 0;
  for (const i of order) {
    const t = shuffled.text(i);
    asked += Buffer.byteLength(t);
    expect(JSON.parse(t).id).toBe(whole[i]!.id);
  }
  // Within a few items' worth of read-ahead of what was asked (before: about a megabyte for every item close after a window).
  expect(shuffled.reads.bytes).toBeLessThan(asked + 16 * (1 << 20));
  shuffled.close();
  const inOrder = (await indexDataFile(file, 1 << 30))!;
  for (let i = 0; i < items.length; i++) expect(JSON.parse(inOrder.text(i)).id).toBe(whole[i]!.id);
  // In file order: a window at a time.
  expect(inOrder.reads.count).toBeLessThan(Math.ceil(text.length / (1 << 20)) + 3);
  inOrder.close();
});
