/**
 * The streamed rollback writes what the previous implementation (which held
 * every item as an object) wrote, byte for byte: the golden file was
 * produced by that implementation (commit 74e6d42) before the rewrite, with
 * UPDATE_GOLDEN=1, on the events fixture under every strategy and prefer,
 * and on the real-migration fixture (rules on: generated ids, "" stored as
 * NULL, updatedAt rewritten; both table layouts). The per-collection report
 * (counts, conflicts, ids) is compared too.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import type { Options } from '../../src/commands/options.js';
import type { RollbackResult } from '../../src/rollback/result.js';
import { testDynamo } from '../harness/aws.js';
import { type EventsApp, MIGRATED, type SeededGround, seededGround } from '../fixtures/events-app.js';
import { type RealMigrationGround, realMigrationGround } from '../fixtures/real-migration.js';
import { recorder } from '../verify/recorder.js';

const GOLDEN = path.join(path.dirname(new URL(import.meta.url).pathname), 'golden', 'rollback-output.json');

type Case = { files: Record<string, string>; collections: unknown[] };

let events: SeededGround;
let plain: RealMigrationGround;
let keyed: RealMigrationGround;

beforeAll(async () => {
  events = await seededGround('ddbrb-golden-', testDynamo());
  plain = await realMigrationGround('ddbrb-golden-plain-', testDynamo(), 'plain');
  keyed = await realMigrationGround('ddbrb-golden-keyed-', testDynamo(), 'keyed');
});

afterAll(async () => {
  await events?.cleanup();
  await plain?.cleanup();
  await keyed?.cleanup();
});

async function outcome(app: EventsApp, from: string, options: Options): Promise<Case> {
  const ex = await execute('rollback', { from, ...options }, recorder(), app.root);
  const result = ex.result as RollbackResult;
  const files: Record<string, string> = {};
  for (const c of MIGRATED) files[c] = await readFile(path.join(app.dataDir, `${c}.json`), 'utf8');
  // Paths differ per run; everything else the report says of a collection must not.
  // keylessDigests came after the golden (its own tests are in __tests__/verify/keyless-digests and migration-e2e),
  // and so did migrationRun (null for a migration that ran once; its tests are in resumed-migration).
  expect(result.collections.map((c) => c.migrationRun)).toEqual(result.collections.map(() => null));
  const collections = result.collections.map(({ file: _f, keylessDigests: _k, migrationRun: _m, ...rest }) => rest);
  return { files, collections };
}

const CASES: [string, () => Promise<Case>][] = [
  ['events merge prefer dynamodb', async () => outcome(await events.freshApp(), events.exportDir, {})],
  ['events merge prefer file', async () => outcome(await events.freshApp(), events.exportDir, { prefer: 'file' })],
  ['events merge prefer newest', async () => outcome(await events.freshApp(), events.exportDir, { prefer: 'newest' })],
  ['events export', async () => outcome(await events.freshApp(), events.exportDir, { strategy: 'export' })],
  ['events backup', async () => outcome(await events.freshApp(), events.exportDir, { strategy: 'backup', 'allow-data-loss': true })],
  ['real migration plain', async () => outcome(await plain.freshApp(), plain.exportDir, {})],
  ['real migration keyed', async () => outcome(await keyed.freshApp(), keyed.exportDir, {})],
  ['real migration plain export', async () => outcome(await plain.freshApp(), plain.exportDir, { strategy: 'export' })],
];

it('writes every file and reports every collection as the previous implementation did', async () => {
  const got: Record<string, Case> = {};
  for (const [name, run] of CASES) got[name] = await run();
  if (process.env.UPDATE_GOLDEN === '1') await writeFile(GOLDEN, `${JSON.stringify(got, null, 2)}\n`);
  const golden = JSON.parse(await readFile(GOLDEN, 'utf8')) as Record<string, Case>;
  expect(Object.keys(golden)).toEqual(CASES.map(([name]) => name));
  for (const [name] of CASES) {
    for (const c of MIGRATED) expect({ name, c, text: got[name]!.files[c] }).toEqual({ name, c, text: golden[name]!.files[c] });
    // Table names hold the run's unique stage, and ids of items without one the app's temp folder.
    const untabled = (cs: unknown[]) =>
      JSON.parse(
        JSON.stringify(cs.map((c) => ({ ...(c as object), table: undefined }))).replace(/\/[^"]*?ddbrb-[^/"]*\//g, '<app>/'),
      ) as unknown[];
    expect({ name, collections: untabled(got[name]!.collections) }).toEqual({ name, collections: untabled(golden[name]!.collections) });
  }
});
