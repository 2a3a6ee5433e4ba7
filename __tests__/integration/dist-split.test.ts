/**
 * verify through the CLI bundle on one collection large enough to be
 * split (more than half of the items, at least 20,000, an export of four
 * data files): with two workers its two parts are checked side by side,
 * and stdout, result file and log (but the line saying the workers are
 * used, and what the clock decides) are byte for byte those of one thread.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runExport } from '../../src/export/run-export.js';
import { createTable, ourDynamo, REGION, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { runDistCli } from '../harness/run-dist.js';

const N = 21_000;
const table = uniqueName('split-cli');
let root: string;

const itemAt = (i: number) => ({ id: `e-${String(i).padStart(6, '0')}`, title: `talk ${i}`, seats: i % 40 });

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-dist-split-'));
  await createTable(testDynamo(), table);
  await seedItems(
    testDynamo(),
    table,
    Array.from({ length: N }, (_, i) => {
      const x = itemAt(i);
      return { id: { S: x.id }, title: { S: x.title }, seats: { N: String(x.seats) } };
    }),
  );
  await runExport(
    {
      out: path.join(root, 'export'),
      tables: [{ table, collection: 'events', configured: true }],
      stage: 'test',
      region: REGION,
      segments: 4,
    },
    { dynamo: ourDynamo() },
  );
  await mkdir(path.join(root, '.github'), { recursive: true });
  await writeFile(path.join(root, '.github', 'dynamodb-rollback.yml'), `stage: test\nregion: ${REGION}\ntables:\n  events: ${table}\n`);
  // The app's file: one item missing, one changed, one extra, so there is something to say.
  const file = Array.from({ length: N }, (_, i) => itemAt(i)).filter((x) => x.id !== 'e-000777');
  file[5000] = { ...file[5000]!, title: 'renamed' };
  file.push({ id: 'e-999999', title: 'extra', seats: 1 });
  await mkdir(path.join(root, 'server', 'data'), { recursive: true });
  await writeFile(path.join(root, 'server', 'data', 'events.json'), JSON.stringify(file, null, 2));
}, 120_000);
afterAll(() => rm(root, { recursive: true, force: true }));

const steady = (log: string) =>
  log
    .replace(/^verify: \d+ collections in \d+ worker threads.*\n/m, '')
    .replace(/[\d,]+ items\/s/g, 'N items/s')
    .replace(/done in [\d.]+s/g, 'done in Ns');

async function verifyWith(workers: string) {
  const resultFile = path.join(root, `result-${workers}.json`);
  const run = await runDistCli(['verify', '--from', 'export', '--json', '--result-file', resultFile], root, {
    DYNAMODB_ROLLBACK_WORKERS: workers,
  });
  return { ...run, result: await readFile(resultFile, 'utf8').catch(() => null) };
}

it('checks the collection in two parts with two workers and says what one thread says, byte for byte', async () => {
  const one = await verifyWith('1');
  const two = await verifyWith('2');
  expect(one.status).toBe(1);
  const result = JSON.parse(one.stdout) as { result: { collections: Array<{ missing: string[]; extra: string[]; changed: unknown[] }> } };
  expect(result.result.collections[0]!.missing).toEqual(['e-000777']);
  expect(result.result.collections[0]!.extra).toEqual(['e-999999']);
  expect(two.stderr).toMatch(/^verify: 1 collections in 2 worker threads, events in two parts$/m);
  expect(two.status).toBe(one.status);
  expect(two.stdout).toBe(one.stdout);
  expect(two.result).not.toBeNull();
  expect(two.result).toBe(one.result);
  expect(steady(two.stderr)).toBe(steady(one.stderr));
}, 120_000);
