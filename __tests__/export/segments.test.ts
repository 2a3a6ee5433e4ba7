import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { openExport } from '../../src/export-format/reader.js';
import { createTable, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { byId, cleanTempDirs, exportTables, plainItems, readAll, scanWire, tempDir } from './helpers.js';
import { asLocation } from '../harness/location.js';

afterAll(cleanTempDirs);

describe('parallel segmented export', () => {
  const table = uniqueName('seg');
  beforeAll(async () => {
    const client = testDynamo();
    await createTable(client, table);
    await seedItems(client, table, plainItems(600));
  });

  it.each([1, 4, 16])('gives the same items with %i segments, across rotated files', async (segments) => {
    const out = path.join(tempDir(), 'out');
    // Small pages and files so each segment spans several pages and rotates files.
    const result = await exportTables([table], out, { segments, limits: { pageLimit: 25, fileMaxItems: 60 } });
    expect(result.tables[0]).toMatchObject({ table, items: 600, segments });
    expect(result.tables[0]!.files).toBeGreaterThanOrEqual(Math.max(segments, 8));
    const read = byId(await readAll(await openExport(asLocation(out)), table));
    expect(read).toHaveLength(600);
    expect(new Set(read.map((i) => JSON.stringify(i.id))).size).toBe(600);
    expect(read).toEqual(byId(await scanWire(table)));
  });

  it('exports several tables at once within one small concurrency budget', async () => {
    const client = testDynamo();
    const others = [uniqueName('segb'), uniqueName('segc')];
    for (const [i, t] of others.entries()) {
      await createTable(client, t);
      await seedItems(client, t, plainItems(100 + i * 50, `${t}-`));
    }
    const out = path.join(tempDir(), 'out');
    let active = 0;
    let peak = 0;
    const result = await exportTables(
      [table, ...others],
      out,
      { segments: 4, concurrency: 3, limits: { pageLimit: 20 } },
      {
        onPage: async () => {
          // Counts workers that are between pages at once; the budget caps them.
          active++;
          peak = Math.max(peak, active);
          await new Promise((r) => setTimeout(r, 2));
          active--;
        },
      },
    );
    expect(result.items).toEqual({ [table]: 600, [others[0]!]: 100, [others[1]!]: 150 });
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThan(1);
    const source = await openExport(asLocation(out));
    expect(source.tables.map((t) => [t.table, t.itemCount])).toEqual([
      [table, 600],
      [others[0], 100],
      [others[1], 150],
    ]);
    for (const t of others) expect(byId(await readAll(source, t))).toEqual(byId(await scanWire(t)));
    const run = JSON.parse(await readFile(path.join(out, 'export.json'), 'utf8')) as { status: string };
    expect(run.status).toBe('complete');
  });
});
