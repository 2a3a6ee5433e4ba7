/**
 * verify through the CLI bundle with one worker thread and with two, on
 * the events app's four collections: the same stdout, result file and log
 * (but the line saying the workers are used), byte for byte. A collection
 * whose export is broken fails the command once, the same way with either.
 * status likewise: its comparison with the migration backup (each worker
 * scanning the tables it is given) says the same with one and with two,
 * and a backup file the rollback would refuse is the same reason with
 * either.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dynamoEndpoint, testDynamo } from '../harness/aws.js';
import { runDistCli } from '../harness/run-dist.js';
import { type EventsApp, type SeededGround, seededGround } from '../fixtures/events-app.js';

let ground: SeededGround;
beforeAll(async () => {
  ground = await seededGround('ddbrb-workers-', testDynamo());
});
afterAll(() => ground.cleanup());

const WORKERS_LINE = /^verify: \d+ collections in \d+ worker threads$/m;

/** The log without the workers' line and without what the clock decides (rates, durations). */
const steady = (log: string) =>
  log
    .replace(/^verify: \d+ collections in \d+ worker threads\n/m, '')
    .replace(/[\d,]+ items\/s/g, 'N items/s')
    .replace(/done in [\d.]+s/g, 'done in Ns');

async function verifyWith(workers: string, from: string) {
  const app = ground.seeded;
  const resultFile = path.join(ground.scratch, `result-${workers}-${path.basename(from)}.json`);
  const run = await runDistCli(['verify', '--from', from, '--stage', app.stage, '--json', '--result-file', resultFile], app.root, {
    DYNAMODB_ROLLBACK_WORKERS: workers,
  });
  return { ...run, result: await readFile(resultFile, 'utf8').catch(() => null) };
}

describe('verify in worker threads (dist/cli/index.js)', () => {
  it('says the same with one worker and with two, byte for byte', async () => {
    const one = await verifyWith('1', ground.exportDir);
    const two = await verifyWith('2', ground.exportDir);
    // The app's files are from before any rollback: they differ from the export, so there is much to say.
    expect(one.status).toBe(1);
    expect(
      (JSON.parse(one.stdout) as { result: { collections: Array<{ status: string }> } }).result.collections.map((c) => c.status),
    ).toEqual(['differs', 'differs', 'differs', 'differs', 'not exported', 'not exported']);
    expect(one.stderr).not.toMatch(WORKERS_LINE);
    // The workers were used, not silently skipped.
    expect(two.stderr).toMatch(/^verify: 4 collections in 2 worker threads$/m);
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    expect(two.result).not.toBeNull();
    expect(two.result).toBe(one.result);
    expect(steady(two.stderr)).toBe(steady(one.stderr));
  });

  it('checks a few hundred items in one thread when no count of workers is given (a second would cost more than it saves)', async () => {
    const one = await verifyWith('1', ground.exportDir);
    const byDefault = await verifyWith('', ground.exportDir);
    expect(byDefault.stderr).not.toMatch(WORKERS_LINE);
    expect(byDefault.status).toBe(one.status);
    expect(byDefault.stdout).toBe(one.stdout);
    expect(byDefault.result).toBe(one.result);
  });

  it('fails once, with the same message, when a worker fails', async () => {
    const broken = path.join(ground.scratch, 'broken-export');
    await cp(ground.exportDir, broken, { recursive: true });
    // The first collection's data files are no longer what the manifest says.
    const dataDir = path.join(broken, ground.seeded.tables.events, 'data');
    for (const name of await readdir(dataDir)) await writeFile(path.join(dataDir, name), 'not gzip');
    const one = await verifyWith('1', broken);
    const two = await verifyWith('2', broken);
    // A damaged export is bad input: exit 2, the file named.
    expect(one.status).toBe(2);
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    const errors = two.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(ground.seeded.tables.events);
    expect(steady(two.stderr)).toBe(steady(one.stderr));
  });
});

const STATUS_WORKERS_LINE = /^status: \d+ collections in \d+ threads$/m;

/** status's log without the workers' line and without the clock's part. */
const steadyStatus = (log: string) =>
  log
    .replace(/^status: \d+ collections in \d+ threads\n/m, '')
    .replace(/[\d,]+ items\/s/g, 'N items/s')
    .replace(/done in [\d.]+s/g, 'done in Ns');

function statusWith(workers: string, app: EventsApp) {
  return runDistCli(['status', '--stage', app.stage, '--endpoint', dynamoEndpoint(), '--json'], app.root, {
    DYNAMODB_ROLLBACK_WORKERS: workers,
  });
}

type StatusJson = {
  result: {
    reasons: string[];
    artifacts: { collections: Array<{ collection: string; compared: boolean; counts: { items: number } | null }> };
  };
};

describe('status in worker threads (dist/cli/index.js)', () => {
  it('says the same with one worker and with two, byte for byte', async () => {
    const one = await statusWith('1', ground.seeded);
    const two = await statusWith('2', ground.seeded);
    // The fixture's backup is from 2024, past retentionDays: not ready, but every collection compared.
    expect(one.status).toBe(1);
    const collections = (JSON.parse(one.stdout) as StatusJson).result.artifacts.collections;
    expect(collections.map((c) => [c.collection, c.compared])).toEqual([
      ['events', true],
      ['participants', true],
      ['users', true],
      ['talks', true],
    ]);
    expect(collections.every((c) => (c.counts?.items ?? 0) > 0)).toBe(true);
    expect(one.stderr).not.toMatch(STATUS_WORKERS_LINE);
    // The workers were used, not silently skipped.
    expect(two.stderr).toMatch(/^status: 4 collections in 2 threads$/m);
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    expect(steadyStatus(two.stderr)).toBe(steadyStatus(one.stderr));
  });

  it('gives a backup file the rollback would refuse as the same reason with either', async () => {
    const app = await ground.freshApp();
    await writeFile(path.join(app.backupDir, 'talks.json'), '[{"id": "t-1",');
    const one = await statusWith('1', app);
    const two = await statusWith('2', app);
    expect(one.status).toBe(1);
    const parsed = JSON.parse(one.stdout) as StatusJson;
    expect(
      parsed.result.reasons.filter(
        (r) => r.startsWith('talks: ') && r.includes('talks.json') && r.endsWith('(the rollback would refuse it)'),
      ),
    ).toHaveLength(1);
    expect(parsed.result.artifacts.collections.filter((c) => c.compared).map((c) => c.collection)).toEqual([
      'events',
      'participants',
      'users',
    ]);
    expect(two.stderr).toMatch(STATUS_WORKERS_LINE);
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    expect(steadyStatus(two.stderr)).toBe(steadyStatus(one.stderr));
  });
});
