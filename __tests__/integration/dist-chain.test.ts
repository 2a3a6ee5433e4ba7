/**
 * The committed action bundle, run as the runner runs it, through the data
 * part of the rollback chain on dynalite and s3rver: status, export (to a
 * folder and S3), rollback from S3, verify --live. Under this Node and Node 24.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createBucket, dynamoEndpoint, s3Endpoint, testDynamo, testS3 } from '../harness/aws.js';
import { node24Path, runDistAction, type DistRun } from '../harness/run-dist.js';
import {
  createEventsApp,
  EXPECTED,
  expectedFileText,
  MIGRATED,
  personalValues,
  seedEventsTables,
  UNMIGRATED,
} from '../fixtures/events-app.js';

const runtimes: [string, () => string][] = [
  ['this Node', () => process.execPath],
  ['Node 24', node24Path],
];

describe.each(runtimes)('the rollback chain through dist/index.js under %s', (_label, node) => {
  it('exports, rolls back from S3 and verifies, leaking no item value', async () => {
    const app = await createEventsApp();
    await seedEventsTables(app, testDynamo());
    const bucket = await createBucket(testS3());
    const common = { endpoint: dynamoEndpoint(), 's3-endpoint': s3Endpoint() };
    const runs: DistRun[] = [];
    const step = async (inputs: Record<string, string>) => {
      const run = await runDistAction({ ...common, ...inputs }, app.root, node());
      runs.push(run);
      return run;
    };

    const status = await step({ command: 'status' });
    // The fixture's backup is from 2024: status rightly says it is past retentionDays.
    expect(status.status).toBe(1);
    expect(status.outputs.ready).toBe('false');
    expect(JSON.parse(status.outputs.reasons!).join(' ')).toMatch(/beyond retentionDays 30/);

    const exported = await step({ command: 'export', out: 'exports/run1', 's3-uri': `s3://${bucket}/exports/run1` });
    expect(exported.status).toBe(0);
    expect(JSON.parse(exported.outputs.items!)).toEqual(
      Object.fromEntries(MIGRATED.map((c) => [app.tables[c], c === 'events' ? 3 : EXPECTED.export[c].length])),
    );
    expect(exported.outputs['s3-uri']).toBe(`s3://${bucket}/exports/run1`);

    const rolledBack = await step({ command: 'rollback', from: `s3://${bucket}/exports/run1` });
    expect(rolledBack.status).toBe(0);
    expect(rolledBack.outputs.strategy).toBe('merge');
    for (const c of MIGRATED) {
      expect(await readFile(path.join(app.dataDir, `${c}.json`), 'utf8')).toBe(expectedFileText(EXPECTED['merge-dynamodb'][c]));
    }
    for (const [name, text] of Object.entries(UNMIGRATED)) expect(await readFile(path.join(app.dataDir, name), 'utf8')).toBe(text);

    const verified = await step({ command: 'verify', from: 'exports/run1', live: 'true' });
    expect(verified.status).toBe(0);
    expect(verified.outputs.live).toBe('unchanged');
    expect(verified.outputs.differences).toBe('0');
    expect(verified.summary).toContain('<td>events</td>');

    const everything = runs.map((r) => [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)].join('\n')).join('\n');
    for (const value of personalValues()) expect(everything).not.toContain(value);
    await app.cleanup();
  });
});
