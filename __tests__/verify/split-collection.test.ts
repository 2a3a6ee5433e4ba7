/**
 * A large collection checked in two parts (verify-part.ts), each part a run
 * of the export's data files against its own index, then taken together by
 * the parent: the same report, digest, notes and log as one check of the
 * whole collection, on a real export (dynalite, four segments, so four
 * data files). Whatever the parts cannot settle alone gives the whole
 * check instead.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openExport } from '../../src/export-format/reader.js';
import { type ExportSource, filesPart } from '../../src/export-format/source.js';
import { runExport } from '../../src/export/run-export.js';
import { CollectionCheck } from '../../src/verify/collection-check.js';
import { type FileIndex, indexDataFile } from '../../src/verify/file-index.js';
import type { MigrationFacts } from '../../src/verify/migration-facts.js';
import { type CollectionJob, verifyCollection } from '../../src/verify/verify-collection.js';
import { mergeParts, verifyPart } from '../../src/verify/verify-part.js';
import { createTable, ourDynamo, REGION, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { asLocation } from '../harness/location.js';
import { jobFor, NO_FACTS, type Obj, wireOf } from './collection-job.js';
import { recorder } from './recorder.js';

const N = 600;
const table = uniqueName('split');
let dir: string;
let source: ExportSource;

/** The table's items: a few with a NULL (what the rule emptyStringsAsNull looks for). */
const itemAt = (i: number): Obj => ({ id: `e-${String(i).padStart(4, '0')}`, title: `talk ${i}`, bio: i % 150 === 7 ? null : `bio ${i}` });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-split-'));
  await createTable(testDynamo(), table);
  const list = Array.from({ length: N }, (_, i) => itemAt(i));
  await seedItems(testDynamo(), table, list.map((x) => Object.fromEntries(Object.entries(wireOf(x)))) as Parameters<typeof seedItems>[2]);
  const out = path.join(dir, 'export');
  await runExport(
    { out, tables: [{ table, collection: 'events', configured: true }], stage: 'test', region: REGION, segments: 4 },
    { dynamo: ourDynamo() },
  );
  source = await openExport(asLocation(out));
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The app's file: the items in id order, with e-0003 missing, e-9999 extra, e-0010 changed, e-0020 twice, and the NULLs as "" where given. */
function appFile(nullsAs: '' | null): Obj[] {
  const list = Array.from({ length: N }, (_, i) => itemAt(i)).map((x) => (x.bio === null ? { ...x, bio: nullsAs } : x));
  list.splice(3, 1);
  list[9] = { ...list[9], title: 'renamed' };
  list.push({ id: 'e-9999', title: 'extra', bio: '' }, { ...list[18]! });
  return list;
}

async function scene(name: string, file: Obj[], backup?: string): Promise<CollectionJob> {
  const data = path.join(dir, name, 'data');
  await mkdir(data, { recursive: true });
  await writeFile(path.join(data, 'events.json'), JSON.stringify(file, null, 2));
  let facts: MigrationFacts = NO_FACTS();
  if (backup !== undefined) {
    const backupDir = path.join(dir, name, 'backup');
    await mkdir(backupDir, { recursive: true });
    await writeFile(path.join(backupDir, 'events.json'), backup);
    facts = {
      ...facts,
      rules: { emptyStringsAsNull: true, rewroteUpdatedAt: false, window: null },
      sources: { backupDir, snapshot: null },
    };
  }
  const info = source.tables.find((t) => t.collection === 'events')!;
  return { ...jobFor(data, 'events', info.itemCount, facts), info, digest: true };
}

async function both(job: CollectionJob) {
  const whole = recorder();
  const one = await verifyCollection(job, source, whole);
  const parts = [await verifyPart(job, 0, 2, source), await verifyPart(job, 1, 2, source)];
  const split = recorder();
  const indexed = indexDataFile(path.join(job.dataDirAbs, 'events.json'), job.maxLength, null, true);
  const merged = await mergeParts(job, parts, indexed, split);
  return { one, whole: whole.lines, parts, merged, split: split.lines };
}

it('splits the export of four segments into two runs of whole files, the items evenly', () => {
  expect(source.splitParts!(table, 2)).toBe(2);
  expect(filesPart([10, 10, 10, 10], 0, 2)).toEqual([0, 1]);
  expect(filesPart([10, 10, 10, 10], 1, 2)).toEqual([2, 3]);
  expect(filesPart([60, 1, 1], 0, 2)).toEqual([0]);
  expect(filesPart([60, 1, 1], 1, 2)).toEqual([1, 2]);
  expect(filesPart([100], 1, 2)).toEqual([]);
  expect(filesPart([1, 1, 98], 0, 2)).toEqual([0, 1]);
});

it('gives the parts every item once, as items() does', async () => {
  const ids = async (it: AsyncIterable<{ id?: { S?: string } }>) => {
    const out: string[] = [];
    for await (const x of it) out.push(x.id!.S!);
    return out;
  };
  const all = await ids(source.items(table));
  const parts = [...(await ids(source.partItems!(table, 0, 2))), ...(await ids(source.partItems!(table, 1, 2)))];
  expect(parts).toEqual(all);
});

it('says what the whole check says, in two parts: report, digest and log', async () => {
  const { one, whole, parts, merged, split } = await both(await scene('plain', appFile(null)));
  expect(parts.every((p) => !p.whole)).toBe(true);
  expect(merged).not.toBeNull();
  expect(one.report.status).toBe('differs');
  expect(one.report.missing).toEqual(['e-0003']);
  expect(merged!.report).toEqual(one.report);
  expect(merged!.digest).toEqual(one.digest);
  expect(merged!.notes).toEqual(one.notes);
  expect(split).toEqual(whole);
});

it('takes the parts together against the index a part kept (the part run in the parent’s thread), as against a new one', async () => {
  const job = await scene('kept', appFile(null));
  const whole = recorder();
  const one = await verifyCollection(job, source, whole);
  let kept: FileIndex | undefined;
  const first = await verifyPart(job, 0, 2, source, (index) => (kept = index));
  expect(kept).toBeDefined();
  const parts = [first, await verifyPart(job, 1, 2, source)];
  const split = recorder();
  const merged = await mergeParts(job, parts, Promise.resolve(kept!), split);
  expect(merged).not.toBeNull();
  expect(merged!.report).toEqual(one.report);
  expect(merged!.digest).toEqual(one.digest);
  expect(split.lines).toEqual(whole.lines);
});

it('reads the references where an item needs them, and says a broken one once, as the whole check', async () => {
  const { one, whole, merged, split } = await both(await scene('refs', appFile(''), '[{"id": "e-0007", broken'));
  expect(merged).not.toBeNull();
  expect(one.notes).toEqual([expect.stringContaining('not used as a reference')]);
  expect(merged!.report).toEqual(one.report);
  expect(merged!.notes).toEqual(one.notes);
  expect(split).toEqual(whole);
});

it('accepts what the rules accept with a readable reference, in two parts as in one', async () => {
  const file = appFile('');
  const { one, merged, split, whole } = await both(await scene('refs-ok', file, JSON.stringify(file, null, 2)));
  expect(one.report.migration.emptyStringsAsNull).toBe(4);
  expect(merged!.report).toEqual(one.report);
  expect(split).toEqual(whole);
});

it('leaves to the whole check a file with items without an id, and one whose element breaks its layout’s promise', async () => {
  const keyless = await both(await scene('keyless', [...appFile(null), { title: 'no id' }]));
  expect(keyless.parts.every((p) => p.whole)).toBe(true);
  expect(keyless.merged).toBeNull();
  const file = JSON.stringify(appFile(null), null, 2).replace('"id": "e-0100",', '"id": "e-0100",\n    "id": "e-0101",');
  const job = await scene('promise', []);
  await writeFile(path.join(job.dataDirAbs, 'events.json'), file);
  const broken = await both(job);
  expect(broken.merged).toBeNull();
});

it('leaves to the whole check parts that met one id twice (the order across parts decides which is the repeat)', async () => {
  const job = await scene('twice', appFile(null));
  const index = (await indexDataFile(path.join(job.dataDirAbs, 'events.json'), job.maxLength))!;
  const a = new CollectionCheck(index);
  const b = new CollectionCheck(index);
  a.add(wireOf(itemAt(1)));
  b.add(wireOf(itemAt(1)));
  expect(new CollectionCheck(index).takeParts([a.part(), b.part()])).toBe(false);
  const c = new CollectionCheck(index);
  const d = new CollectionCheck(index);
  // An id the file lacks, met in both parts.
  c.add(wireOf({ id: 'nowhere' }));
  d.add(wireOf({ id: 'nowhere' }));
  expect(new CollectionCheck(index).takeParts([c.part(), d.part()])).toBe(false);
  index.close();
});

it('leaves to the whole check parts that read another file than the parent (replaced meanwhile)', async () => {
  const job = await scene('replaced', appFile(null));
  const parts = [await verifyPart(job, 0, 2, source), await verifyPart(job, 1, 2, source)];
  await writeFile(path.join(job.dataDirAbs, 'events.json'), JSON.stringify(appFile(null), null, 2));
  const indexed = indexDataFile(path.join(job.dataDirAbs, 'events.json'), job.maxLength, null, true);
  expect(await mergeParts(job, parts, indexed, recorder())).toBeNull();
});
