/**
 * A collection's references (the migration backup, the files before the
 * rollback) are read only once an item needs them: an item the rules could
 * judge otherwise with them. A collection no rule can change the outcome of
 * reads none and says nothing of them; one that needs them reads them at
 * that item, which is then checked once, with them.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { MigrationFacts } from '../../src/verify/migration-facts.js';
import { verifyCollection } from '../../src/verify/verify-collection.js';
import { jobFor, NO_FACTS, type Obj, sourceOf } from './collection-job.js';
import { recorder } from './recorder.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-refs-on-demand-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const N = 2000;
const items = (): Obj[] => Array.from({ length: N }, (_, i) => ({ id: `e-${i}`, title: `talk ${i}`, bio: `bio ${i}` }));

/** A data dir holding the file, and a backup folder holding backup (text) for the collection; the rule emptyStringsAsNull on. */
async function scene(name: string, file: Obj[], backup: string): Promise<{ data: string; facts: MigrationFacts }> {
  const data = path.join(dir, name, 'data');
  const backupDir = path.join(dir, name, 'backup');
  await mkdir(data, { recursive: true });
  await mkdir(backupDir, { recursive: true });
  await writeFile(path.join(data, 'events.json'), JSON.stringify(file, null, 2));
  await writeFile(path.join(backupDir, 'events.json'), backup);
  const facts = {
    ...NO_FACTS(),
    rules: { emptyStringsAsNull: true, rewroteUpdatedAt: false, window: null },
    sources: { backupDir, snapshot: null },
  };
  return { data, facts };
}

/** The export's items with e-1500's bio a NULL (the migration's doing), and the file with it "" as the backup has it. */
function migrated(): { exported: Obj[]; file: Obj[] } {
  const file = items();
  file[1500]!.bio = '';
  const exported = items();
  exported[1500]!.bio = null;
  return { exported, file };
}

it('reads no reference for a collection whose items no rule can judge otherwise, and says nothing of them', async () => {
  const { data, facts } = await scene('none-needed', items(), '[{"id": "e-1", broken');
  const rec = recorder();
  const { report, notes } = await verifyCollection(jobFor(data, 'events', N, facts), sourceOf(items()), rec);
  expect(report.status).toBe('ok');
  expect(notes).toEqual([]);
  expect(rec.lines.filter((l) => l.startsWith('warning:'))).toEqual([]);
});

it('reads them at the first item that needs them, which the rules then judge with them', async () => {
  const { exported, file } = migrated();
  const { data, facts } = await scene('needed', file, JSON.stringify(file, null, 2));
  const { report, notes } = await verifyCollection(jobFor(data, 'events', N, facts), sourceOf(exported), recorder());
  expect(notes).toEqual([]);
  expect(report.status).toBe('ok');
  expect(report.expected).toBe(N);
  expect(report.migration.emptyStringsAsNull).toBe(1);
  expect(report.migration.items).toEqual([{ id: 'e-1500', rule: 'emptyStringsAsNull', paths: ['bio'] }]);
});

it('says a needed reference it cannot read once, with the collection, and accepts nothing from it', async () => {
  const { exported, file } = migrated();
  const { data, facts } = await scene('needed-broken', file, '[{"id": "e-1", broken');
  const rec = recorder();
  const { report, notes } = await verifyCollection(jobFor(data, 'events', N, facts), sourceOf(exported), rec);
  expect(notes).toEqual([expect.stringContaining('not used as a reference')]);
  const warnings = rec.lines.filter((l) => l.startsWith('warning:'));
  expect(warnings).toEqual([`warning:  ${notes[0]}`]);
  // Said with the collection's findings, after its progress (never before an item needed the reference).
  expect(rec.lines.indexOf(warnings[0]!)).toBeGreaterThan(rec.lines.findIndex((l) => l.startsWith('progress verify events +')));
  expect(report.status).toBe('differs');
  expect(report.changed).toEqual([{ id: 'e-1500', paths: ['bio'] }]);
});
