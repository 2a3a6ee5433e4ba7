/**
 * The finish's situation, on real parts (dynalite, s3rver): the commands
 * rollback.yml's rollback job runs, with its inputs, then what a fresh
 * runner of rollback-finish.yml has: a checkout without the rolled-back
 * files, the snapshot or the migration backup, only the release on S3 and
 * the record artifact (the report). Its verify --live must still pass when
 * nothing changed, and say which table changed when a write slipped in.
 */
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { DeleteItemCommand } from '@aws-sdk/client-dynamodb';
import { execute } from '../../src/commands/execute.js';
import type { Options } from '../../src/commands/options.js';
import { createBucket, dynamoEndpoint, s3Endpoint, testDynamo, testS3, uniqueName } from '../harness/aws.js';
import { createEventsApp, type EventsApp, seedEventsTables } from '../fixtures/events-app.js';
import { recorder } from '../verify/recorder.js';

let app: EventsApp;
let bucket: string;
const run = (command: string, options: Options) =>
  execute(command, { endpoint: dynamoEndpoint(), 's3-endpoint': s3Endpoint(), ...options }, recorder(), app.root);

beforeAll(async () => {
  app = await createEventsApp(uniqueName('chain'));
  await seedEventsTables(app, testDynamo());
  bucket = await createBucket(testS3());
});
afterAll(async () => {
  await app.cleanup();
});

it('verifies on a fresh runner from the release and the record alone, and names a write that slipped in', async () => {
  // rollback.yml, the rollback job.
  const exported = await run('export', { out: 'runner-temp/export', 's3-uri': `s3://${bucket}/exports/${app.stage}/77-1` });
  const exportUri = exported.presentation.outputs['s3-uri']!;
  expect(exportUri).toBe(`s3://${bucket}/exports/${app.stage}/77-1`);
  const rolled = await run('rollback', {
    from: exportUri,
    strategy: 'merge',
    prefer: 'dynamodb',
    'dry-run': false,
    'allow-data-loss': false,
  });
  expect(rolled.presentation.ok).toBe(true);
  const report = rolled.presentation.outputs.report!;
  const first = await run('verify', { from: exportUri, live: true, report, 'result-file': 'runner-temp/record/verify.json' });
  expect(first.presentation.ok).toBe(true);
  const published = await run('publish', { to: `s3://${bucket}/releases/${app.stage}` });
  const release = published.presentation.outputs['release-uri']!;
  await copyFile(report, path.join(app.root, 'runner-temp', 'record', 'rollback-report.json'));
  const rolledBack = await readFile(path.join(app.dataDir, 'events.json'), 'utf8');

  // rollback-finish.yml, on another runner: none of the rollback runner's files but the record.
  await rm(app.dataDir, { recursive: true });
  await rm(path.join(app.root, 'server', '.dynamodb-rollback'), { recursive: true });
  await rm(path.join(app.root, 'migration-backups'), { recursive: true });
  await rm(path.join(app.root, 'runner-temp', 'export'), { recursive: true });
  await mkdir(app.dataDir, { recursive: true });
  const pulled = await run('pull', { from: release });
  expect(pulled.presentation.ok).toBe(true);
  expect(await readFile(path.join(app.dataDir, 'events.json'), 'utf8')).toBe(rolledBack);
  const recorded = path.join('runner-temp', 'record', 'rollback-report.json');
  const finish = await run('verify', { from: exportUri, live: true, report: recorded, 'result-file': 'runner-temp/finish/verify.json' });
  expect(finish.presentation.outputs).toMatchObject({ live: 'unchanged', differences: '0' });
  expect(finish.presentation.ok).toBe(true);
  const comment = await run('pr-comment', {
    'pull-request': 1,
    from: exportUri,
    release,
    outcomes: JSON.stringify({ verify: 'success', 'maintenance-off': 'ran' }),
    'verify-result': 'runner-temp/finish/verify.json',
    'dry-run': true,
  });
  expect(comment.presentation.outputs.verdict).toBe('finished');

  // A delete that reached DynamoDB after the export.
  await testDynamo().send(new DeleteItemCommand({ TableName: app.tables.users, Key: { id: { S: 'u-1' } } }));
  const late = await run('verify', { from: exportUri, live: true, report: recorded, 'result-file': 'runner-temp/finish/verify.json' });
  expect(late.presentation.ok).toBe(false);
  expect(JSON.parse(late.presentation.outputs['live-changed']!)).toEqual([app.tables.users]);
  const slipped = await run('pr-comment', {
    'pull-request': 1,
    from: exportUri,
    release,
    outcomes: '{}',
    'verify-result': 'runner-temp/finish/verify.json',
    'dry-run': true,
  });
  expect(slipped.presentation.outputs.verdict).toBe('writes-slipped-in');
  expect(slipped.presentation.summary.notes.join('\n')).toContain(`| ${app.tables.users} | 2 | 1 | **changed** |`);
});
