/**
 * The file-backed base against the in-memory one it replaces, on files
 * larger than one read chunk, with multi-byte text, numbers JSON.parse
 * would round, items the backup holds in a form other than the written
 * one, items without an id, and a current file that moved, dropped, added
 * and edited items: the current file's states (found same by text or by
 * parsing) are those of the in-memory collector, and the planned file is,
 * byte for byte, the items serialised one by one.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { PlainValue } from '../../src/convert/plain.js';
import { collectionFileChunks } from '../../src/convert/serialize.js';
import { silentReporter } from '../../src/core/reporter.js';
import { toWire } from '../../src/dynamo/wire.js';
import type { ExportSource } from '../../src/export-format/source.js';
import { planCollection } from '../../src/merge/plan.js';
import { BaseIndex, SideCollector } from '../../src/merge/side.js';
import { loadCollection } from '../../src/collection/collect.js';
import { readCollectionFile, readCollectionFileRaw } from '../../src/collection/collection-file.js';
import { FileBase } from '../../src/collection/file-base.js';
import { InputError } from '../../src/core/errors.js';
import { plannedFileChunks } from '../../src/collection/planned-file.js';
import { retainedBytes } from '../harness/heap.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-file-base-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

type Item = Record<string, unknown>;
const item = (i: number): Item => ({
  id: `it-${i}`,
  name: `名前 ${i} "q" \\ {x} [${i}] ü`,
  n: i % 7 === 0 ? 1.5 : i,
  nested: { list: [1, 2, { deep: '}]' }] },
});

/** The app's format, but some items written compact (not the rollback's written form) and one with a 20-digit number. */
function fileText(items: Item[]): string {
  const parts = items.map((it, k) => {
    const text = k % 50 === 0 ? JSON.stringify(it) : JSON.stringify(it, null, 2).replace(/\n/g, '\n  ');
    return k === 10 ? text.replace(/"n": \d+/, '"n": 12345678901234567890123') : text;
  });
  return `[\n  ${parts.join(',\n  ')}\n]\n`;
}

it('finds the current file the same as the in-memory collector does, and writes what serialising every item gives', async () => {
  const backupItems = Array.from({ length: 8000 }, (_, i) => item(i));
  backupItems.splice(20, 0, { title: 'no id' });
  const current = backupItems.slice();
  current.splice(100, 3); // deleted in the file
  [current[200], current[201]] = [current[201]!, current[200]!]; // moved
  current.splice(300, 0, { id: 'new-in-file', name: 'x' });
  current[400] = { ...current[400]!, name: 'edited' };
  const backupDir = path.join(dir, 'backup');
  const dataDir = path.join(dir, 'data');
  await mkdir(backupDir, { recursive: true });
  await mkdir(dataDir, { recursive: true });
  const backupText = fileText(backupItems);
  expect(backupText.length).toBeGreaterThan(1 << 20);
  await writeFile(path.join(backupDir, 'c.json'), backupText);
  await writeFile(path.join(dataDir, 'c.json'), fileText(current));

  const exported = backupItems
    .filter((it) => it.id !== undefined && it.id !== 'it-7')
    .map((it) => (it.id === 'it-9' ? { ...it, name: 'changed in DynamoDB' } : it));
  const source: ExportSource = {
    location: 'test',
    format: 'dynamodb-rollback',
    tables: [],
    async *items() {
      for (const it of exported) yield toWire(marshall(it, { convertClassInstanceToMap: true }));
    },
  };
  const target = { collection: 'c', table: 't', exported: { table: 't', itemCount: exported.length, keySchema: [], location: 'test' } };
  const loaded = await loadCollection(target, dataDir, backupDir, source, silentReporter, () => {});
  try {
    // The in-memory reference: every item parsed, every comparison by content.
    const parsed: PlainValue[] = [];
    await readCollectionFile(path.join(backupDir, 'c.json'), (v) => parsed.push(v));
    const memBase = new BaseIndex(parsed, 'backup');
    const memOurs = new SideCollector(memBase, 'data');
    await readCollectionFile(path.join(dataDir, 'c.json'), (v) => memOurs.add(v));
    expect(Array.from(loaded.input.ours.state)).toEqual(Array.from(memOurs.state));
    expect([...loaded.input.ours.changed.keys()]).toEqual([...memOurs.changed.keys()]);
    expect([...loaded.input.ours.added.keys()]).toEqual([...memOurs.added.keys()]);
    for (let i = 0; i < memBase.size; i++) if (i % 97 === 0 || i === 10) expect(loaded.input.base.item(i)).toEqual(memBase.item(i));

    const plan = planCollection(loaded.input, 'merge');
    // Deleted in DynamoDB: it-7 and the item without an id (the export has none); the file's own deletions were not in it.
    expect(plan.counts).toMatchObject({ deleted: 2, conflicts: 0 });
    const written = Buffer.concat([
      ...plannedFileChunks({ entries: plan.entries, base: loaded.input.base, trailingNewline: true }),
    ]).toString('utf8');
    expect(written).toBe([...collectionFileChunks(plan.items, { trailingNewline: true })].join(''));
    // Both ways of writing a base version were taken: bytes copied (the written form) and serialised (a compact one).
    const base = loaded.input.base as unknown as { canonicalSize(i: number): unknown };
    expect(base.canonicalSize(1)).not.toBeNull();
    expect(base.canonicalSize(0)).toBeNull();
  } finally {
    loaded.release();
  }
});

describe('a base file handed to another thread (FileBase.handOver, FileBase.adopt)', () => {
  async function indexed(name: string, items: Item[]) {
    const file = path.join(dir, name);
    await writeFile(file, fileText(items));
    const base = new FileBase(file, file);
    await readCollectionFileRaw(file, (el) => base.add(el, false));
    return { file, base };
  }

  it('serves the same bodies, byte for byte, from the file opened again', async () => {
    const items = Array.from({ length: 300 }, (_, i) => item(i));
    const { base } = await indexed('handed.json', items);
    const written = (b: FileBase) =>
      Buffer.concat([...plannedFileChunks({ entries: items.map((_, i) => i), base: b, trailingNewline: true })]).toString('utf8');
    const here = written(base);
    const adopted = FileBase.adopt(base.handOver());
    base.release();
    try {
      expect(adopted.size).toBe(items.length);
      expect(adopted.item(11)).toEqual(items[11]);
      expect(written(adopted)).toBe(here);
      // Item 10 holds a number JSON.parse would round: still written with all its digits.
      expect(here).toContain('12345678901234567890123');
    } finally {
      adopted.release();
    }
  });

  it('refuses a file replaced since it was read, naming it', async () => {
    const { file, base } = await indexed('replaced.json', [item(1), item(2)]);
    const bodies = base.handOver();
    base.release();
    // Another file at the same path (written beside and renamed over, as the app or a restore would).
    await writeFile(`${file}.new`, fileText([item(1), item(2)]));
    await rename(`${file}.new`, file);
    expect(() => FileBase.adopt(bodies)).toThrow(InputError);
    expect(() => FileBase.adopt(bodies)).toThrow(`${file}: changed while the rollback read it (replaced or removed)`);
    await rm(file);
    expect(() => FileBase.adopt(bodies)).toThrow('(replaced or removed)');
  });
});

describe('items indexed without parsing them (the written form, canonical-item.ts)', () => {
  /** Each element's text: written forms, and hostile ones only the parse may judge. */
  const texts = [
    itemTextOf({ id: 'w1', n: 1, s: 'plain ü' }),
    '{\n    "id": "dup",\n    "id": "w2"\n  }',
    itemTextOf({ id: 7, list: [1.5, { a: null }] }),
    '{\n    "id": "esc\\u0061",\n    "n": 1\n  }',
    '{\n    "id": "w4",\n    "p": 1.50\n  }',
    '{"id":"compact"}',
    '{\n    "id": "w5",\n    "2": 1\n  }',
    '{\n    "title": "no id"\n  }',
    itemTextOf({ id: 'w6', deep: { deeper: [[], {}] } }),
  ];
  function itemTextOf(v: Item): string {
    return JSON.stringify(v, null, 2).replace(/\n/g, '\n  ');
  }

  it('indexes every item as parsing it would: the same keys, positions and written forms', async () => {
    const file = path.join(dir, 'hostile.json');
    await writeFile(file, `[\n  ${texts.join(',\n  ')}\n]\n`);
    const [fast, parsed] = [new FileBase(file, file), new FileBase(file, file)];
    let unparsed = 0;
    await readCollectionFileRaw(file, (el) => {
      if (fast.add(el, false) === undefined) unparsed++;
      parsed.add(el, true);
    });
    try {
      const keysOf = (b: FileBase) => Array.from({ length: b.keys.size }, (_, i) => b.keys.at(i));
      expect(keysOf(fast)).toEqual(keysOf(parsed));
      expect(keysOf(fast).map((k) => fast.keys.positionOf(k))).toEqual(keysOf(fast).map((_, i) => i));
      expect([...fast.keyless.entries()]).toEqual([...parsed.keyless.entries()]);
      expect(fast.handOver()).toEqual(parsed.handOver());
      // The written forms (w1, 7, w4 with its digits kept, w6) were not parsed; the flags say which texts are copied as they are.
      expect(unparsed).toBe(4);
      expect(texts.map((_, i) => fast.canonicalSize(i) !== null)).toEqual([true, false, true, false, true, false, false, true, true]);
    } finally {
      fast.release();
      parsed.release();
    }
  });

  it('refuses a duplicate id it finds without parsing, as it does one it parses', async () => {
    const file = path.join(dir, 'dup-fast.json');
    await writeFile(file, `[\n  ${itemTextOf({ id: 'x', n: 1 })},\n  ${itemTextOf({ id: 'x', n: 2 })}\n]\n`);
    const refusal = async (parse: boolean) => {
      const base = new FileBase(file, file);
      try {
        await readCollectionFileRaw(file, (el) => base.add(el, parse));
        return null;
      } catch (err) {
        return err;
      } finally {
        base.release();
      }
    };
    const fast = await refusal(false);
    expect(fast).toBeInstanceOf(InputError);
    expect(fast).toEqual(await refusal(true));
  });
});

it("keeps none of the file's text alive: ids as long as the app's are its own strings, not views of a chunk", async () => {
  // The app's ids (Date.now() and a random part, 23 characters): V8 keeps a slice of 13 or more as a view of its parent.
  const items = Array.from({ length: 20_000 }, (_, i) => ({
    id: `${1_700_000_000_000 + i}-k${String(i).padStart(8, '0')}`,
    pad: 'p'.repeat(900),
  }));
  const file = path.join(dir, 'long-ids.json');
  const text = [...collectionFileChunks(items, { trailingNewline: true })].join('');
  await writeFile(file, text);
  const { retained, value: base } = await retainedBytes(async () => {
    const b = new FileBase(file, file);
    await readCollectionFileRaw(file, (el) => b.add(el, false));
    return b;
  });
  try {
    expect(base.size).toBe(items.length);
    expect(base.keys.positionOf(items[12_345]!.id)).toBe(12_345);
    // The index: an id, a map entry and four numbers an item, some 2 MB; the text is 19 MB.
    expect(retained).toBeLessThan(text.length / 4);
  } finally {
    base.release();
  }
});
