/**
 * rollback through the CLI bundle with one worker thread and with two, on
 * the events app's four collections, each run in a fresh copy of the app:
 * the same files written, report, stdout and log (but the line saying the
 * workers are used, the app's own folder and what the clock decides), byte
 * for byte. Broken exports fail the command once, naming the first broken
 * collection in the config's order whichever worker finishes first, the
 * same way with either, and write nothing.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { testDynamo } from '../harness/aws.js';
import { runDistCli } from '../harness/run-dist.js';
import { type EventsApp, MIGRATED, type SeededGround, seededGround } from '../fixtures/events-app.js';

let ground: SeededGround;
beforeAll(async () => {
  ground = await seededGround('ddbrb-rollback-workers-', testDynamo());
});
afterAll(() => ground.cleanup());

const WORKERS_LINE = /^rollback: \d+ collections planned in \d+ worker threads$/m;

/** Text without the app's folder, the workers' line and what the clock decides (times, durations, rates). */
function steady(text: string, app: EventsApp): string {
  return text
    .split(app.root)
    .join('<app>')
    .replace(/^rollback: \d+ collections planned in \d+ worker threads\n/m, '')
    .replace(/\d{4}-\d\d-\d\dT\d\d[-:]\d\d[-:]\d\d(?:[.-]\d{3})?Z/g, '<time>')
    .replace(/"(durationSeconds|duration-seconds)": "?[\d.]+"?/g, '"$1": N')
    .replace(/[\d,]+ items\/s/g, 'N items/s')
    .replace(/done in [\d.]+s/g, 'done in Ns');
}

async function dataFiles(app: EventsApp): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(app.dataDir)).sort())
    if (name.endsWith('.json')) out[name] = await readFile(path.join(app.dataDir, name), 'utf8');
  return out;
}

async function rollbackWith(workers: string, from: string) {
  const app = await ground.freshApp();
  const before = await dataFiles(app);
  const report = path.join(app.root, 'rollback-report.json');
  const run = await runDistCli(['rollback', '--from', from, '--stage', app.stage, '--json', '--report', report], app.root, {
    DYNAMODB_ROLLBACK_WORKERS: workers,
  });
  return {
    status: run.status,
    stdout: steady(run.stdout, app),
    stderr: run.stderr,
    log: steady(run.stderr, app),
    report: steady(await readFile(report, 'utf8').catch(() => 'none'), app),
    before,
    after: await dataFiles(app),
  };
}

describe('rollback in worker threads (dist/cli/index.js)', () => {
  it('writes and says the same with one worker and with two, byte for byte', async () => {
    const one = await rollbackWith('1', ground.exportDir);
    const two = await rollbackWith('2', ground.exportDir);
    expect(one.status).toBe(0);
    // The rollback changed the collection files: there was something to plan.
    for (const c of MIGRATED) expect(one.after[`${c}.json`]).not.toBe(one.before[`${c}.json`]);
    expect(one.stderr).not.toMatch(WORKERS_LINE);
    // The workers were used, not silently skipped.
    expect(two.stderr).toMatch(/^rollback: 4 collections planned in 2 worker threads$/m);
    expect(two.status).toBe(one.status);
    expect(two.after).toEqual(one.after);
    expect(two.report).not.toBe('none');
    expect(two.report).toBe(one.report);
    expect(two.stdout).toBe(one.stdout);
    expect(two.log).toBe(one.log);
  });

  it('plans a few hundred items in the main thread when no count of workers is given (two would cost more than they save)', async () => {
    const one = await rollbackWith('1', ground.exportDir);
    const byDefault = await rollbackWith('', ground.exportDir);
    expect(byDefault.stderr).not.toMatch(WORKERS_LINE);
    expect(byDefault.status).toBe(0);
    expect(byDefault.after).toEqual(one.after);
    expect(byDefault.stdout).toBe(one.stdout);
    expect(byDefault.log).toBe(one.log);
  });

  it('fails once, naming the first broken collection, and writes nothing, with one worker or two', async () => {
    const broken = path.join(ground.scratch, 'broken-export');
    await cp(ground.exportDir, broken, { recursive: true });
    // The first two collections' data files are no longer what the manifest says: planned at once by two workers.
    for (const c of MIGRATED.slice(0, 2)) {
      const dataDir = path.join(broken, ground.seeded.tables[c], 'data');
      for (const name of await readdir(dataDir)) await writeFile(path.join(dataDir, name), 'not gzip');
    }
    const one = await rollbackWith('1', broken);
    const two = await rollbackWith('2', broken);
    // A damaged export is bad input: exit 2, the file named, nothing written.
    expect(one.status).toBe(2);
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    const errors = two.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(ground.seeded.tables[MIGRATED[0]!]);
    expect(two.log).toBe(one.log);
    expect(two.after).toEqual(two.before);
    expect(one.after).toEqual(one.before);
  });
});
