/**
 * A data file's elements taken on their ids' word (file-index.ts,
 * deferred): parsed only where compared, and still every element proven
 * to parse to the id it was indexed under before a collection is judged.
 * One that breaks the promise (not valid JSON, a second "id" key, an id
 * that differs) leads to a strict second pass whose outcome is the strict
 * reader's, with the progress and the notes said once.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CollectionCheck } from '../../src/verify/collection-check.js';
import { readDataFile } from '../../src/verify/data-file.js';
import { indexDataFile, NotAsIndexed } from '../../src/verify/file-index.js';
import { migrationFacts } from '../../src/verify/migration-facts.js';
import { verifyCollection } from '../../src/verify/verify-collection.js';
import { jobFor, type Obj, sourceOf, wireOf } from './collection-job.js';
import { recorder } from './recorder.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-deferred-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const pretty = (items: Obj[]) => JSON.stringify(items, null, 2);
const items = (n: number): Obj[] => Array.from({ length: n }, (_, i) => ({ id: `e-${i}`, title: `talk ${i}`, seats: i % 7 }));

async function fileOf(name: string, text: string): Promise<string> {
  const f = path.join(dir, name);
  await writeFile(f, text);
  return f;
}

/** A pretty file with one element's text replaced (the element keeps the app's layout around it). */
function withElement(list: Obj[], at: number, element: string): string {
  const parts = list.map((x) => JSON.stringify(x, null, 2).replace(/\n/g, '\n  '));
  parts[at] = element;
  return `[\n  ${parts.join(',\n  ')}\n]`;
}

describe('the deferred index', () => {
  it('takes plain string ids unparsed and proves them all at the end', async () => {
    const list = items(50);
    const index = (await indexDataFile(await fileOf('plain.json', pretty(list)), 1 << 30, null, true))!;
    expect(index.count).toBe(50);
    expect(index.unconfirmedCount).toBe(50);
    expect(index.idAt(3)).toEqual({ key: 'S:e-3', shown: 'e-3' });
    index.confirm(3);
    expect(index.unconfirmedCount).toBe(49);
    // Read back for a comparison: parsed, so proven.
    expect(index.item(4).entries.get('title')).toBe('talk 4');
    expect(index.unconfirmedCount).toBe(48);
    index.confirmAll();
    expect(index.unconfirmedCount).toBe(0);
    index.close();
  });

  it('parses at once what it cannot take on its word: an id with a backslash, a numeric id, no id, an id not first', async () => {
    const list: Obj[] = [{ id: 'a"b' }, { id: 'c\\d' }, { id: 7 }, { title: 'x' }, { title: 'y', id: 'late' }, { id: 'fine' }];
    const index = (await indexDataFile(await fileOf('mixed.json', pretty(list)), 1 << 30, null, true))!;
    expect(index.unconfirmedCount).toBe(1);
    expect([0, 1, 2, 3, 4, 5].map((i) => index.idAt(i)?.shown ?? null)).toEqual(['a"b', 'c\\d', '7', null, 'late', 'fine']);
    index.close();
  });

  it.each([
    ['not valid JSON', '{\n    "id": "e-2",\n    "seats": tru\n  }'],
    ['a second "id" key (JSON.parse keeps the last)', '{\n    "id": "e-2",\n    "id": "other"\n  }'],
    ['a raw newline in the id', '{\n    "id": "e-\n2"\n  }'],
  ])('refuses, at the end, an element with %s that the strict index reads otherwise', async (_what, element) => {
    const text = withElement(items(5), 2, element);
    const f = await fileOf('broken.json', text);
    const deferred = (await indexDataFile(f, 1 << 30, null, true))!;
    expect(deferred).not.toBeNull();
    expect(() => deferred.confirmAll()).toThrow(NotAsIndexed);
    deferred.close();
    const strict = await indexDataFile(f, 1 << 30);
    // Strictly: either not indexed at all, or indexed under the id JSON.parse gives.
    if (strict) {
      expect(strict.idAt(2)?.shown).toBe((JSON.parse(text) as Obj[])[2]!.id);
      strict.close();
    }
  });

  it('refuses when the element is read back for a comparison, not only at the end', async () => {
    const f = await fileOf('dup.json', withElement(items(3), 1, '{\n    "id": "e-1",\n    "id": "e-9"\n  }'));
    const index = (await indexDataFile(f, 1 << 30, null, true))!;
    expect(() => index.item(1)).toThrow(NotAsIndexed);
    index.close();
  });
});

it('a check proves each element it finds written as its export item, without parsing it', async () => {
  const list = items(20);
  const index = (await indexDataFile(await fileOf('check.json', pretty(list)), 1 << 30, null, true))!;
  const check = new CollectionCheck(index);
  for (const x of list.slice(0, 15)) check.add(wireOf(x));
  check.add(wireOf({ ...list[15], seats: 99 }));
  // 15 written as exported, 1 parsed to be compared; the 4 not in the export are left for confirmAll.
  expect(index.unconfirmedCount).toBe(4);
  expect(check.finish().changed.map((c) => c.id)).toEqual(['e-15']);
  index.close();
});

describe('a collection checked on the deferred index', () => {
  it('is ok when every element is written as its export item, with one progress', async () => {
    const data = path.join(dir, 'ok');
    await mkdir(data, { recursive: true });
    const list = items(2500);
    await writeFile(path.join(data, 'events.json'), pretty(list));
    const rec = recorder();
    const { report } = await verifyCollection(jobFor(data, 'events', list.length), sourceOf(list), rec);
    expect(report.status).toBe('ok');
    expect(rec.lines.filter((l) => l.startsWith('progress: '))).toHaveLength(1);
    expect(rec.lines.filter((l) => l.startsWith('progress verify events +')).map((l) => Number(l.split('+')[1]))).toEqual([
      1000, 1000, 500,
    ]);
  });

  it.each([
    ['compared', false],
    ['never compared (not in the export)', true],
  ])('judges a file with an element that does not parse (%s) as the strict reader does, saying its progress once', async (what, left) => {
    const data = path.join(dir, `invalid-${left}`);
    await mkdir(data, { recursive: true });
    const all = items(1500);
    const file = path.join(data, 'events.json');
    await writeFile(file, withElement(all, 1200, '{\n    "id": "e-1200",\n    "title": "talk 1200",\n    "seats": 3,\n  }'));
    const list = left ? all.filter((x) => x.id !== 'e-1200') : all;
    const rec = recorder();
    const { report } = await verifyCollection(jobFor(data, 'events', list.length), sourceOf(list), rec);
    const strict = await readDataFile(file);
    expect('problem' in strict).toBe(true);
    expect(report.status).toBe('invalid');
    expect(report.problem).toBe((strict as { problem: string }).problem);
    expect(rec.lines.filter((l) => l.startsWith('progress: '))).toHaveLength(1);
    const added = rec.lines.filter((l) => l.startsWith('progress verify events +')).map((l) => Number(l.split('+')[1]));
    expect(added.reduce((a, b) => a + b, 0)).toBe(list.length);
    expect(rec.lines.filter((l) => l.startsWith('progress verify events done'))).toHaveLength(1);
  });

  it('matches the id JSON.parse gives an element with two "id" keys, not the first one written', async () => {
    const data = path.join(dir, 'dup');
    await mkdir(data, { recursive: true });
    const list = items(4);
    // The file's element 1 is, to the app, the item e-9: e-1 is missing and e-9 is there.
    await writeFile(
      path.join(data, 'events.json'),
      withElement(list, 1, '{\n    "id": "e-1",\n    "title": "talk 1",\n    "seats": 1,\n    "id": "e-9"\n  }'),
    );
    const exported = [...list, { id: 'e-9', title: 'talk 1', seats: 1 }];
    const { report } = await verifyCollection(jobFor(data, 'events', exported.length), sourceOf(exported), recorder());
    expect(report.missing).toEqual(['e-1']);
    expect(report.extra).toEqual([]);
    expect(report.changed).toEqual([]);
  });
});

it('warns once of a reference that repeats the broken element, and keeps it in the notes', async () => {
  const data = path.join(dir, 'refs', 'data');
  const backup = path.join(dir, 'refs', 'backup');
  await mkdir(data, { recursive: true });
  await mkdir(backup, { recursive: true });
  const list = items(30);
  const broken = withElement(list, 20, '{\n    "id": "e-20",\n    "seats": 01\n  }');
  await writeFile(path.join(data, 'events.json'), broken);
  await writeFile(path.join(backup, 'events.json'), broken);
  const none = migrationFacts({ emptyStringsAsNull: true, rewroteUpdatedAt: false, generatedIds: false }, null, null);
  const facts = { ...none, sources: { backupDir: backup, snapshot: null } };
  const rec = recorder();
  const { report, notes } = await verifyCollection(jobFor(data, 'events', list.length, facts), sourceOf(list), rec);
  expect(report.status).toBe('invalid');
  expect(notes).toHaveLength(1);
  expect(notes[0]).toContain('not used as a reference');
  expect(rec.lines.filter((l) => l.startsWith('warning:'))).toEqual([`warning:  ${notes[0]}`]);
});
