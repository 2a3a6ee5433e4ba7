/**
 * Write probes a killed status or rollback left in the data dir: recognised
 * by one pattern, removed by the next status or rollback, never taken for a
 * data file nor put in a snapshot.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import { silentReporter } from '../../src/core/reporter.js';
import { TEMP_PATTERN } from '../../src/fsafe/atomic-write.js';
import { PROBE_PATTERN, probePathFor } from '../../src/fsafe/write-probe.js';
import type { SnapshotManifest } from '../../src/fsafe/snapshot.js';
import type { RollbackResult } from '../../src/rollback/result.js';
import { checkDataDir } from '../../src/status/data-dir.js';
import { testDynamo } from '../harness/aws.js';
import { createEventsApp, type EventsApp, exportEventsApp, seedEventsTables } from '../fixtures/events-app.js';

/** A probe of ours left by a killed run (pid 1 is never ours), and one under the name 0.1.0's status used. */
const LEFT_PROBES = ['.write-probe.dynamodb-rollback-1-0badc0de.tmp', '.dynamodb-rollback-write-check-1-0badc0de'];
/** A rollback's temp: status holds no lock, so it must leave this to the rollback. */
const ROLLBACK_TEMP = '.events.json.dynamodb-rollback-1-0badc0de.tmp';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-probe-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('write probes', () => {
  it('are named by one pattern, which every temp-file check of ours also matches', () => {
    const name = path.basename(probePathFor(scratch));
    expect(name).toMatch(PROBE_PATTERN);
    for (const n of [name, ...LEFT_PROBES]) expect(n).toMatch(TEMP_PATTERN);
    expect(ROLLBACK_TEMP).not.toMatch(PROBE_PATTERN);
    expect('events.json').not.toMatch(TEMP_PATTERN);
  });

  it('status removes probes a killed run left, and nothing else, and still finds the folder writable', async () => {
    const dataDir = await mkdtemp(path.join(scratch, 'data-'));
    await writeFile(path.join(dataDir, 'events.json'), '[]');
    for (const n of [...LEFT_PROBES, ROLLBACK_TEMP]) await writeFile(path.join(dataDir, n), '');
    const state = await checkDataDir(scratch, dataDir);
    expect(state).toEqual({ path: dataDir, writable: true, problem: null });
    expect((await readdir(dataDir)).sort()).toEqual([ROLLBACK_TEMP, 'events.json'].sort());
  });

  describe('in a rollback', () => {
    let app: EventsApp;
    let exportDir: string;
    beforeAll(async () => {
      app = await createEventsApp();
      await seedEventsTables(app, testDynamo());
      exportDir = path.join(scratch, 'export');
      await exportEventsApp(app, exportDir);
    });
    afterAll(async () => {
      await app.cleanup();
    });

    it('are removed, not reported as files left as they are, and not in the snapshot', async () => {
      for (const n of LEFT_PROBES) await writeFile(path.join(app.dataDir, n), '');
      const ex = await execute('rollback', { from: exportDir }, silentReporter, app.root);
      const result = ex.result as RollbackResult;
      expect(ex.presentation.ok).toBe(true);
      expect(result.leftAsIs).toEqual(['analytics.json', 'settings.json']);
      expect((await readdir(app.dataDir)).filter((n) => n.startsWith('.'))).toEqual([]);
      const manifest = JSON.parse(await readFile(path.join(result.snapshot!, 'manifest.json'), 'utf8')) as SnapshotManifest;
      expect(manifest.entries.map((e) => e.path).filter((p) => p.startsWith('.'))).toEqual([]);
      expect((await readdir(path.join(result.snapshot!, 'files'))).filter((n) => n.startsWith('.'))).toEqual([]);
    });
  });
});
