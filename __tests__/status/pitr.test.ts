/**
 * PITR and table states that dynalite cannot produce, against
 * aws-sdk-client-mock typed with the SDK's own inputs and outputs.
 */
import {
  DescribeContinuousBackupsCommand,
  type DescribeContinuousBackupsCommandOutput,
  DescribeTableCommand,
  type DescribeTableCommandOutput,
  DynamoDBClient,
  DynamoDBServiceException,
  ResourceNotFoundException,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mockClient } from 'aws-sdk-client-mock';
import { wrapDynamo } from '../../src/clients/dynamodb.js';
import { statusCommand, statusOptions } from '../../src/commands/status.js';
import { runStatus } from '../../src/status/status.js';
import { contextFor } from '../verify/context.js';

const meta = { $metadata: { httpStatusCode: 200 } };

function table(name: string, status: 'ACTIVE' | 'UPDATING'): DescribeTableCommandOutput {
  return { ...meta, Table: { TableName: name, TableStatus: status, ItemCount: 3 } };
}

function pitr(status: 'ENABLED' | 'DISABLED'): DescribeContinuousBackupsCommandOutput {
  return {
    ...meta,
    ContinuousBackupsDescription: {
      ContinuousBackupsStatus: 'ENABLED',
      PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: status },
    },
  };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pitr-'));
  await mkdir(path.join(dir, 'server/data'), { recursive: true });
  await mkdir(path.join(dir, 'migration-backups/2024-05-01T10-30-00-000Z'), { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('status against AWS-only answers', () => {
  it('reports PITR per table, warns where it is off, and flags a table that is not ACTIVE', async () => {
    const client = new DynamoDBClient({ region: 'us-east-1' });
    const mock = mockClient(client);
    const t = (c: string) => `lightningtalk-circle-prod-${c}`;
    mock.on(DescribeTableCommand, { TableName: t('events') }).resolves(table(t('events'), 'ACTIVE'));
    mock.on(DescribeTableCommand, { TableName: t('participants') }).resolves(table(t('participants'), 'ACTIVE'));
    mock.on(DescribeTableCommand, { TableName: t('users') }).resolves(table(t('users'), 'UPDATING'));
    mock
      .on(DescribeTableCommand, { TableName: t('talks') })
      .rejects(new ResourceNotFoundException({ message: 'Requested resource not found', $metadata: {} }));
    mock.on(DescribeContinuousBackupsCommand, { TableName: t('events') }).resolves(pitr('ENABLED'));
    mock.on(DescribeContinuousBackupsCommand, { TableName: t('participants') }).resolves(pitr('DISABLED'));
    mock.on(DescribeContinuousBackupsCommand, { TableName: t('users') }).rejects(
      new DynamoDBServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        message: 'not authorized',
        $metadata: { httpStatusCode: 400 },
      }),
    );

    mock.on(ScanCommand).resolves({ ...meta, Items: [] });
    const ctx = await contextFor(dir, { stage: 'prod' });
    const r = await runStatus(statusOptions(ctx), {
      dynamo: wrapDynamo(client, { region: 'us-east-1' }),
      now: () => new Date('2024-05-02T10:30:00Z'),
    });
    expect(r.tables.map((x) => [x.collection, x.state, x.pitr])).toEqual([
      ['events', 'ACTIVE', 'ENABLED'],
      ['participants', 'ACTIVE', 'DISABLED'],
      ['users', 'UPDATING', 'unknown'],
      ['talks', 'missing', 'unknown'],
    ]);
    expect(r.tables.find((x) => x.collection === 'users')?.pitrNote).toBe('no permission for DescribeContinuousBackups');
    expect(r.reasons).toEqual([`table ${t('users')} is UPDATING, not ACTIVE`, `table ${t('talks')} (collection talks) missing`]);
    expect(r.warnings).toContain(`point-in-time recovery is off for ${t('participants')}: the on-demand backup is the only way back`);
    // A missing table is not asked for its PITR.
    expect(mock.commandCalls(DescribeContinuousBackupsCommand, { TableName: t('talks') })).toHaveLength(0);
    const out = statusCommand.present(r).outputs;
    expect(JSON.parse(out.pitr!)).toEqual({
      [t('events')]: 'ENABLED',
      [t('participants')]: 'DISABLED',
      [t('users')]: 'unknown',
      [t('talks')]: 'unknown',
    });
    expect(out.ready).toBe('false');
  });

  it('retries throttling on DescribeTable, then reports', async () => {
    const client = new DynamoDBClient({ region: 'us-east-1' });
    const mock = mockClient(client);
    const throttled = new DynamoDBServiceException({
      name: 'ThrottlingException',
      $fault: 'client',
      message: 'slow down',
      $metadata: { httpStatusCode: 400 },
    });
    mock.on(DescribeTableCommand).rejectsOnce(throttled).resolves(table('x', 'ACTIVE'));
    mock.on(DescribeContinuousBackupsCommand).resolves(pitr('ENABLED'));
    mock.on(ScanCommand).resolves({ ...meta, Items: [] });
    await writeFile(
      path.join(dir, 'migration-progress.json'),
      JSON.stringify({ status: 'done', backupPath: 'migration-backups/2024-05-01T10-30-00-000Z' }),
    );
    const sleeps: number[] = [];
    const ctx = await contextFor(dir, { stage: 'prod', tables: ['events'] });
    const retry = { budgetMs: 10_000, baseMs: 10, capMs: 100, sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5 };
    const r = await runStatus(statusOptions(ctx), {
      dynamo: wrapDynamo(client, { region: 'us-east-1', retry }),
      now: () => new Date('2024-05-02T10:30:00Z'),
    });
    expect(sleeps).toEqual([5]);
    expect(r.ready).toBe(true);
    expect(r.backup.source).toBe('progress-file');
  });

  it("--export-time: shows each table's PITR window and refuses a time before it, or a table without PITR", async () => {
    const client = new DynamoDBClient({ region: 'us-east-1' });
    const mock = mockClient(client);
    const t = (c: string) => `lightningtalk-circle-prod-${c}`;
    mock.on(DescribeTableCommand).callsFake(async ({ TableName }: { TableName: string }) => table(TableName, 'ACTIVE'));
    const window = {
      EarliestRestorableDateTime: new Date('2024-04-01T00:00:00Z'),
      LatestRestorableDateTime: new Date('2024-05-02T10:25:00Z'),
    };
    mock.on(DescribeContinuousBackupsCommand).resolves({
      ...meta,
      ContinuousBackupsDescription: {
        ContinuousBackupsStatus: 'ENABLED',
        PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED', ...window },
      },
    });
    mock.on(DescribeContinuousBackupsCommand, { TableName: t('talks') }).resolves(pitr('DISABLED'));
    mock.on(ScanCommand).resolves({ ...meta, Items: [] });
    const run = async (exportTime: string) => {
      const ctx = await contextFor(dir, { stage: 'prod', 'export-time': exportTime });
      return runStatus(statusOptions(ctx), {
        dynamo: wrapDynamo(client, { region: 'us-east-1' }),
        now: () => new Date('2024-05-02T10:30:00Z'),
      });
    };
    const inside = await run('2024-05-01T00:00:00Z');
    expect(inside.tables.find((x) => x.collection === 'events')?.pitrWindow).toEqual({
      earliest: '2024-04-01T00:00:00.000Z',
      latest: '2024-05-02T10:25:00.000Z',
    });
    expect(inside.reasons).toEqual([
      `--export-time: point-in-time recovery is off for ${t('talks')}, so it has no native export at 2024-05-01T00:00:00.000Z`,
    ]);
    const before = await run('2024-03-01T00:00:00Z');
    expect(before.reasons).toContain(
      `--export-time 2024-03-01T00:00:00.000Z is before ${t('events')}'s point-in-time recovery window (2024-04-01T00:00:00.000Z to 2024-05-02T10:25:00.000Z)`,
    );
    const rows = statusCommand.present(inside).summary.tables![0]!.rows;
    expect(rows.some((r) => r.includes('ENABLED (2024-04-01T00:00:00.000Z to 2024-05-02T10:25:00.000Z)'))).toBe(true);
    await expect(run('last tuesday')).rejects.toThrow('--export-time "last tuesday": expected an ISO 8601 time');
  });
});
