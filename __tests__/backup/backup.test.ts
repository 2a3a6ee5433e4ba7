/**
 * backup: CreateBackup is not in dynalite, so the AWS behaviour is tested
 * against aws-sdk-client-mock typed with the SDK's own inputs and outputs,
 * and the "unsupported endpoint" path against real dynalite.
 */
import {
  type BackupDetails,
  CreateBackupCommand,
  type CreateBackupCommandInput,
  type CreateBackupCommandOutput,
  DescribeBackupCommand,
  type DescribeBackupCommandOutput,
  DescribeTableCommand,
  type DescribeTableCommandOutput,
  DynamoDBClient,
  DynamoDBServiceException,
} from '@aws-sdk/client-dynamodb';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mockClient } from 'aws-sdk-client-mock';
import { type BackupDeps, runBackup } from '../../src/backup/create-backups.js';
import { wrapDynamo } from '../../src/clients/dynamodb.js';
import type { RetryPolicy } from '../../src/clients/retry.js';
import { selectTables } from '../../src/config/tables.js';
import { backupName } from '../../src/backup/backup-name.js';
import { backupCommand } from '../../src/commands/backup.js';
import { execute } from '../../src/commands/execute.js';
import type { Options } from '../../src/commands/options.js';
import { InputError } from '../../src/core/errors.js';
import { renderText } from '../../src/core/summary.js';
import { createTable, dynamoEndpoint, testDynamo, uniqueName } from '../harness/aws.js';
import { contextFor } from '../verify/context.js';
import { recorder } from '../verify/recorder.js';

const START = new Date('2024-05-01T10:30:00.000Z');
const STAMP = '20240501T103000';
const T = ['events', 'participants'].map((c) => `lightningtalk-circle-prod-${c}`);
const arnOf = (table: string) => `arn:aws:dynamodb:us-east-1:123456789012:table/${table}/backup/0171${table.length}`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'backup-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function described(table: string): DescribeTableCommandOutput {
  return {
    $metadata: {},
    Table: { TableName: table, TableStatus: 'ACTIVE', ItemCount: 1, KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] },
  };
}

function details(input: CreateBackupCommandInput, status: 'CREATING' | 'AVAILABLE'): BackupDetails {
  return {
    BackupArn: arnOf(input.TableName!),
    BackupName: input.BackupName,
    BackupStatus: status,
    BackupType: 'USER',
    BackupCreationDateTime: START,
  };
}

function denied(): DynamoDBServiceException {
  return new DynamoDBServiceException({
    name: 'AccessDeniedException',
    $fault: 'client',
    message: 'not authorized to perform dynamodb:CreateBackup',
    $metadata: { httpStatusCode: 400 },
  });
}

/** A mocked client, a clock that sleeping moves forward, and the sleeps taken. */
function setup() {
  const client = new DynamoDBClient({ region: 'us-east-1' });
  const mock = mockClient(client);
  mock.on(DescribeTableCommand).callsFake((input: { TableName: string }) => described(input.TableName));
  let clock = START.getTime();
  const sleeps: number[] = [];
  const deps: TestDeps = {
    client,
    now: () => new Date(clock),
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    pollMs: 5000,
  };
  return { client, mock, deps, sleeps, advance: (ms: number) => (clock += ms) };
}

/** The mocked SDK client goes through our wrapper (its retries and classifier), as the command's client does. */
type TestDeps = Omit<BackupDeps, 'dynamo' | 'reporter'> & { client: DynamoDBClient; retry?: Partial<RetryPolicy> };

async function run({ client, retry, ...deps }: TestDeps, options: Options = {}) {
  const ctx = await contextFor(dir, { stage: 'prod', tables: ['events', 'participants'], ...options });
  const dynamo = wrapDynamo(client, { region: 'us-east-1', retry: { sleep: deps.sleep, now: () => deps.now!().getTime(), ...retry } });
  return runBackup(
    {
      tables: selectTables(ctx.config, ctx.options.tables),
      timeoutSeconds: ctx.options.timeout ?? 600,
      skipUnsupported: ctx.options['skip-unsupported'] === true,
    },
    { dynamo, reporter: ctx.reporter, ...deps },
  );
}

describe('backup (AWS behaviour, mocked)', () => {
  it('backs up every table, waits until AVAILABLE and outputs the ARNs', async () => {
    const { mock, deps, sleeps } = setup();
    const created: CreateBackupCommandInput[] = [];
    mock.on(CreateBackupCommand).callsFake((input: CreateBackupCommandInput): CreateBackupCommandOutput => {
      created.push(input);
      return { $metadata: {}, BackupDetails: details(input, 'CREATING') };
    });
    const polls = new Map<string, number>();
    mock.on(DescribeBackupCommand).callsFake((input: { BackupArn: string }): DescribeBackupCommandOutput => {
      const n = (polls.get(input.BackupArn) ?? 0) + 1;
      polls.set(input.BackupArn, n);
      // events is ready on the second look, participants on the third.
      const ready = input.BackupArn.includes('events') ? n >= 2 : n >= 3;
      return {
        $metadata: {},
        BackupDescription: {
          BackupDetails: {
            BackupArn: input.BackupArn,
            BackupName: 'x',
            BackupStatus: ready ? 'AVAILABLE' : 'CREATING',
            BackupType: 'USER',
            BackupCreationDateTime: START,
          },
        },
      };
    });

    const r = await run(deps);
    expect(created.map((c) => c.BackupName)).toEqual(T.map((t) => `${t}-rollback-${STAMP}`));
    expect(created.every((c) => /^[A-Za-z0-9_.-]{3,255}$/.test(c.BackupName!))).toBe(true);
    expect(r.ok).toBe(true);
    expect(r.tables.map((t) => [t.table, t.status, t.seconds])).toEqual([
      [T[0], 'AVAILABLE', 5],
      [T[1], 'AVAILABLE', 10],
    ]);
    expect(sleeps).toEqual([5000, 5000]);

    const p = backupCommand.present(r);
    expect(p.ok).toBe(true);
    expect(JSON.parse(p.outputs.arns!)).toEqual({ [T[0]!]: arnOf(T[0]!), [T[1]!]: arnOf(T[1]!) });
    expect(renderText(p.summary)).toMatch(/events .*AVAILABLE/);
  });

  it('takes a backup that is AVAILABLE at once without waiting', async () => {
    const { mock, deps, sleeps } = setup();
    mock.on(CreateBackupCommand).callsFake((input: CreateBackupCommandInput): CreateBackupCommandOutput => ({
      $metadata: {},
      BackupDetails: details(input, 'AVAILABLE'),
    }));
    const r = await run(deps);
    expect(r.ok).toBe(true);
    expect(mock.commandCalls(DescribeBackupCommand)).toHaveLength(0);
    expect(sleeps).toEqual([]);
  });

  it('fails (exit 1) on a backup still CREATING at the timeout, keeping its ARN', async () => {
    const { mock, deps, sleeps } = setup();
    mock.on(CreateBackupCommand).callsFake((input: CreateBackupCommandInput): CreateBackupCommandOutput => ({
      $metadata: {},
      BackupDetails: details(input, 'CREATING'),
    }));
    mock.on(DescribeBackupCommand).callsFake((input: { BackupArn: string }): DescribeBackupCommandOutput => ({
      $metadata: {},
      BackupDescription: {
        BackupDetails: {
          BackupArn: input.BackupArn,
          BackupName: 'x',
          BackupStatus: input.BackupArn.includes('events') ? 'AVAILABLE' : 'CREATING',
          BackupType: 'USER',
          BackupCreationDateTime: START,
        },
      },
    }));
    const r = await run(deps, { timeout: 12 });
    expect(r.ok).toBe(false);
    expect(r.tables.map((t) => t.status)).toEqual(['AVAILABLE', 'timeout']);
    expect(r.tables[1]!.problem).toMatch(/not AVAILABLE within 12 s/);
    // Never waits past the deadline: 5 + 5 + 2 seconds.
    expect(sleeps).toEqual([5000, 5000, 2000]);
    const p = backupCommand.present(r);
    expect(p.ok).toBe(false);
    expect(JSON.parse(p.outputs.arns!)).toHaveProperty(T[1]!, arnOf(T[1]!));
    expect(JSON.parse(p.outputs.statuses!)).toEqual({ [T[0]!]: 'AVAILABLE', [T[1]!]: 'timeout' });
  });

  it('fails on a backup that turns DELETED', async () => {
    const { mock, deps } = setup();
    mock.on(CreateBackupCommand).callsFake((input: CreateBackupCommandInput): CreateBackupCommandOutput => ({
      $metadata: {},
      BackupDetails: details(input, 'CREATING'),
    }));
    mock.on(DescribeBackupCommand).callsFake((input: { BackupArn: string }): DescribeBackupCommandOutput => ({
      $metadata: {},
      BackupDescription: {
        BackupDetails: {
          BackupArn: input.BackupArn,
          BackupName: 'x',
          BackupStatus: input.BackupArn.includes('events') ? 'DELETED' : 'AVAILABLE',
          BackupType: 'USER',
          BackupCreationDateTime: START,
        },
      },
    }));
    const r = await run(deps);
    expect(r.ok).toBe(false);
    expect(r.tables.map((t) => t.status)).toEqual(['DELETED', 'AVAILABLE']);
    expect(renderText(backupCommand.present(r).summary)).toMatch(/deleted before it became AVAILABLE/);
  });

  it('access denied on the first table is an InputError and creates nothing', async () => {
    const { mock, deps } = setup();
    mock.on(CreateBackupCommand).rejects(denied());
    const err = await run(deps).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(
      `AWS DynamoDB in us-east-1 denied CreateBackup on table ${T[0]} (AccessDeniedException); grant the role dynamodb:CreateBackup`,
    );
    expect(mock.commandCalls(CreateBackupCommand)).toHaveLength(1);
  });

  it('access denied after a backup was made is a per-table failure (exit 1) that keeps the ARN made', async () => {
    const { mock, deps } = setup();
    mock.on(CreateBackupCommand, { TableName: T[0] }).callsFake((input: CreateBackupCommandInput): CreateBackupCommandOutput => ({
      $metadata: {},
      BackupDetails: details(input, 'AVAILABLE'),
    }));
    mock.on(CreateBackupCommand, { TableName: T[1] }).rejects(denied());
    const r = await run(deps);
    expect(r.ok).toBe(false);
    expect(r.tables.map((t) => t.status)).toEqual(['AVAILABLE', 'failed']);
    expect(r.tables[1]!.problem).toMatch(
      /denied CreateBackup on table lightningtalk-circle-prod-participants \(AccessDeniedException\); grant the role dynamodb:CreateBackup/,
    );
    expect(JSON.parse(backupCommand.present(r).outputs.arns!)).toEqual({ [T[0]!]: arnOf(T[0]!) });
  });

  it('retries throttling on CreateBackup', async () => {
    const { mock, deps, sleeps } = setup();
    const throttled = new DynamoDBServiceException({
      name: 'ThrottlingException',
      $fault: 'client',
      message: 'rate',
      $metadata: { httpStatusCode: 400 },
    });
    mock
      .on(CreateBackupCommand)
      .rejectsOnce(throttled)
      .callsFake((input: CreateBackupCommandInput): CreateBackupCommandOutput => ({
        $metadata: {},
        BackupDetails: details(input, 'AVAILABLE'),
      }));
    const r = await run({ ...deps, retry: { budgetMs: 10_000, baseMs: 100, capMs: 1000, random: () => 0.5 } });
    expect(r.ok).toBe(true);
    expect(mock.commandCalls(CreateBackupCommand)).toHaveLength(3);
    expect(sleeps).toEqual([50]);
  });

  it('refuses a timeout that is not above 0', async () => {
    const { deps } = setup();
    await expect(run(deps, { timeout: 0 })).rejects.toThrow('--timeout 0: give a whole number of seconds above 0');
  });
});

describe('backup on dynalite (no CreateBackup)', () => {
  let stage: string;
  beforeAll(async () => {
    stage = uniqueName('bk');
    const client = testDynamo();
    for (const c of ['events', 'participants', 'users', 'talks']) await createTable(client, `lightningtalk-circle-${stage}-${c}`);
  });

  it('says the endpoint does not support CreateBackup (exit 2)', async () => {
    const err = await execute('backup', { stage, endpoint: dynamoEndpoint() }, recorder(), dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).exitCode).toBe(2);
    expect((err as Error).message).toBe(
      `DynamoDB endpoint ${dynamoEndpoint()} does not support CreateBackup; use --skip-unsupported to skip the backup step`,
    );
  });

  it('skips every table with --skip-unsupported', async () => {
    const { result, presentation } = await execute(
      'backup',
      { stage, endpoint: dynamoEndpoint(), 'skip-unsupported': true },
      recorder(),
      dir,
    );
    expect(presentation.ok).toBe(true);
    expect((result as { tables: Array<{ status: string }> }).tables.map((t) => t.status)).toEqual([
      'skipped',
      'skipped',
      'skipped',
      'skipped',
    ]);
    expect(presentation.outputs).toMatchObject({ arns: '{}', skipped: 'true' });
    expect(presentation.summary.headline).toMatch(/^skipped: .* does not support CreateBackup/);
  });

  it('a missing table is an InputError before any backup is attempted, even with --skip-unsupported', async () => {
    const err = await execute(
      'backup',
      { stage, endpoint: dynamoEndpoint(), tables: ['events', 'nope-table'], 'skip-unsupported': true },
      recorder(),
      dir,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/table nope-table not found/);
  });
});

describe('backupName', () => {
  it('is <table>-rollback-<UTC stamp>, cut to 255 characters', () => {
    expect(backupName('users', START)).toBe(`users-rollback-${STAMP}`);
    const long = backupName('t'.repeat(255), START);
    expect(long).toHaveLength(255);
    expect(long.endsWith(`-rollback-${STAMP}`)).toBe(true);
  });
});
