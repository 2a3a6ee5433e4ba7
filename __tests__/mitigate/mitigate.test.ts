/**
 * mitigate against dynalite, which implements UpdateTable's billing mode
 * (actions/updateTable.js: PAY_PER_REQUEST and back, GSIs included, UPDATING
 * until updateTableMs has passed). A dynalite of this file's own keeps tables
 * UPDATING long enough to see the wait and the refusal of a busy table.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DescribeTableCommandOutput,
  DynamoDBClient,
  DynamoDBServiceException,
  type TableDescription,
  UpdateTableCommand,
} from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import dynalite from 'dynalite';
import { createDynamo, wrapDynamo } from '../../src/clients/dynamodb.js';
import { execute } from '../../src/commands/execute.js';
import { exitCodeOf } from '../../src/core/errors.js';
import { type MitigateOptions, runMitigate } from '../../src/mitigate/run.js';
import { readReport } from '../../src/mitigate/report.js';
import { REGION, uniqueName } from '../harness/aws.js';
import { recorder } from '../verify/recorder.js';

const UPDATE_MS = 400;
let server: ReturnType<typeof dynalite>;
let endpoint: string;
let raw: DynamoDBClient;
let dir: string;

beforeAll(async () => {
  server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: UPDATE_MS });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  raw = new DynamoDBClient({ endpoint, region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
});
afterAll(async () => {
  raw.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-mitigate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A provisioned table (5/5) with one GSI (3/3), as a migration's CDK stack makes them. */
async function provisionedTable(): Promise<string> {
  const name = uniqueName('mit');
  await raw.send(
    new CreateTableCommand({
      TableName: name,
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      AttributeDefinitions: [
        { AttributeName: 'id', AttributeType: 'S' },
        { AttributeName: 'eventId', AttributeType: 'S' },
      ],
      BillingMode: 'PROVISIONED',
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
      GlobalSecondaryIndexes: [
        {
          IndexName: 'byEvent',
          KeySchema: [{ AttributeName: 'eventId', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'ALL' },
          ProvisionedThroughput: { ReadCapacityUnits: 3, WriteCapacityUnits: 3 },
        },
      ],
    }),
  );
  return name;
}

async function describe_(name: string): Promise<TableDescription> {
  return (await raw.send(new DescribeTableCommand({ TableName: name }))).Table!;
}

const billing = (t: TableDescription) => t.BillingModeSummary?.BillingMode ?? 'PROVISIONED';
const refs = (...tables: string[]) => tables.map((table) => ({ collection: table, table, configured: false }));

function run(options: Partial<MitigateOptions> & Pick<MitigateOptions, 'action'>, deps: { sleeps?: number[] } = {}) {
  const client = createDynamo({ region: REGION, endpoint, env: { AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x' } });
  const sleeps = deps.sleeps ?? [];
  return runMitigate(
    {
      stage: 'test',
      region: REGION,
      reportFile: path.join(dir, 'report.json'),
      timeoutSeconds: 60,
      dryRun: false,
      ...options,
    } as MitigateOptions,
    { dynamo: client, reporter: recorder(), pollMs: 50, sleep: (ms) => (sleeps.push(ms), new Promise((r) => setTimeout(r, ms))) },
  );
}

describe('mitigate on dynalite', () => {
  it('switches a provisioned table and its GSI to on-demand, waits until ACTIVE, and records the settings before', async () => {
    const t = await provisionedTable();
    const sleeps: number[] = [];
    const r = await run({ action: 'on-demand', tables: refs(t) }, { sleeps });
    expect(r.ok).toBe(true);
    expect(r.report.tables[0]!.outcome).toBe('ACTIVE');
    // dynalite keeps it UPDATING for UPDATE_MS: the run polled until it was not.
    expect(sleeps.length).toBeGreaterThan(0);
    const now = await describe_(t);
    expect([now.TableStatus, billing(now), now.GlobalSecondaryIndexes![0]!.IndexStatus]).toEqual(['ACTIVE', 'PAY_PER_REQUEST', 'ACTIVE']);
    const report = await readReport(path.join(dir, 'report.json'));
    expect(report.tables[0]!.before).toEqual({
      billing: 'PROVISIONED',
      capacity: { read: 5, write: 5 },
      indexes: { byEvent: { read: 3, write: 3 } },
    });
    expect(report.tables[0]!.after).toEqual({ billing: 'PAY_PER_REQUEST', capacity: null, indexes: { byEvent: null } });
    expect(report.finishedAt).not.toBeNull();
  });

  it('reverts with one command: --revert <report> puts the billing mode and every capacity back', async () => {
    const t = await provisionedTable();
    await run({ action: 'on-demand', tables: refs(t) });
    const reportFile = path.join(dir, 'report.json');
    const back = await run({ action: 'revert', revertOf: reportFile, reportFile: path.join(dir, 'revert.json') });
    expect(back.ok).toBe(true);
    expect(back.report.revertOf).toBe(reportFile);
    const now = await describe_(t);
    expect([now.TableStatus, billing(now)]).toEqual(['ACTIVE', 'PROVISIONED']);
    expect([now.ProvisionedThroughput?.ReadCapacityUnits, now.ProvisionedThroughput?.WriteCapacityUnits]).toEqual([5, 5]);
    const gsi = now.GlobalSecondaryIndexes![0]!;
    expect([gsi.IndexStatus, gsi.ProvisionedThroughput?.ReadCapacityUnits, gsi.ProvisionedThroughput?.WriteCapacityUnits]).toEqual([
      'ACTIVE',
      3,
      3,
    ]);
  });

  it('goes to provisioned with --read and --write, giving each GSI the same capacity', async () => {
    const t = await provisionedTable();
    await run({ action: 'on-demand', tables: refs(t) });
    const r = await run({ action: 'provisioned', tables: refs(t), read: 7, write: 2, reportFile: path.join(dir, 'p.json') });
    expect(r.ok).toBe(true);
    const now = await describe_(t);
    expect([billing(now), now.ProvisionedThroughput?.ReadCapacityUnits, now.ProvisionedThroughput?.WriteCapacityUnits]).toEqual([
      'PROVISIONED',
      7,
      2,
    ]);
    expect(now.GlobalSecondaryIndexes![0]!.ProvisionedThroughput?.ReadCapacityUnits).toBe(7);
  });

  it('leaves a table already in the mode alone, and says so', async () => {
    const t = await provisionedTable();
    await run({ action: 'on-demand', tables: refs(t) });
    const again = await run({ action: 'on-demand', tables: refs(t), reportFile: path.join(dir, 'again.json') });
    expect(again.report.tables.map((x) => x.outcome)).toEqual(['unchanged']);
  });

  it('refuses the lot when one table is UPDATING, and changes nothing: not the other table, no report', async () => {
    const calm = await provisionedTable();
    const busy = await provisionedTable();
    await raw.send(new UpdateTableCommand({ TableName: busy, ProvisionedThroughput: { ReadCapacityUnits: 6, WriteCapacityUnits: 6 } }));
    const err = await run({ action: 'on-demand', tables: refs(calm, busy) }).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toBe(
      `mitigate refused, nothing changed: table ${busy} is UPDATING, not ACTIVE: UpdateTable would be refused; wait until it is ACTIVE and run again`,
    );
    expect(billing(await describe_(calm))).toBe('PROVISIONED');
    expect(existsSync(path.join(dir, 'report.json'))).toBe(false);
  });

  it('reports a table not ACTIVE within --timeout as timeout, and fails', async () => {
    const t = await provisionedTable();
    let fake = Date.parse('2026-01-01T00:00:00Z');
    const client = createDynamo({ region: REGION, endpoint, env: { AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x' } });
    // The clock runs 1000 times faster than dynalite: one second of timeout passes long before UPDATE_MS.
    const r = await runMitigate(
      {
        action: 'on-demand',
        tables: refs(t),
        stage: 'test',
        region: REGION,
        reportFile: path.join(dir, 'report.json'),
        timeoutSeconds: 1,
        dryRun: false,
      },
      { dynamo: client, reporter: recorder(), pollMs: 100, now: () => new Date(fake), sleep: async (ms) => void (fake += ms) },
    );
    expect(r.ok).toBe(false);
    expect(r.report.tables[0]!.outcome).toBe('timeout');
    expect(r.report.tables[0]!.problem).toMatch(/^not ACTIVE within 1 s/);
  });

  it('--dry-run changes nothing and writes no report', async () => {
    const t = await provisionedTable();
    const r = await run({ action: 'on-demand', tables: refs(t), dryRun: true });
    expect(r.report.tables.map((x) => x.outcome)).toEqual(['planned']);
    expect(billing(await describe_(t))).toBe('PROVISIONED');
    expect(existsSync(path.join(dir, 'report.json'))).toBe(false);
  });
});

describe('mitigate: bad input is one line, exit 2, nothing changed', () => {
  it.each([
    [
      { billing: 'provisioned', read: 5 },
      '--billing provisioned needs --read N and --write N (capacity units for each table and each GSI)',
    ],
    [{ billing: 'on-demand', write: 5 }, '--read and --write belong to --billing provisioned; on-demand has no capacity to set'],
    [{}, 'mitigate: give --billing on-demand (or --billing provisioned --read N --write N), or --revert <report>'],
    [
      { revert: 'r.json', billing: 'on-demand' },
      '--revert puts back what the report recorded: give it without --billing, --read or --write',
    ],
  ] as const)('%j', async (extra, message) => {
    const t = await provisionedTable();
    const err = await execute('mitigate', { endpoint, tables: [t], ...extra }, recorder(), dir).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toBe(message);
    expect(billing(await describe_(t))).toBe('PROVISIONED');
  });

  it('--revert of a file that is not a mitigate report', async () => {
    await writeFile(path.join(dir, 'other.json'), JSON.stringify({ kind: 'something else' }));
    const err = await execute('mitigate', { endpoint, revert: 'other.json' }, recorder(), dir).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toMatch(/^--revert .*other\.json: not a mitigate report \(kind: /);
  });

  it('a dry run through the command: no report in its outputs, the change it would make in its summary', async () => {
    const t = await provisionedTable();
    const { presentation } = await execute('mitigate', { endpoint, tables: [t], billing: 'on-demand', 'dry-run': true }, recorder(), dir);
    expect(presentation.outputs).toEqual({ report: '', changed: JSON.stringify([t]), outcomes: JSON.stringify({ [t]: 'planned' }) });
    expect(presentation.summary.headline).toBe('dry run: 1 of 1 table would change; nothing was changed');
    expect(presentation.summary.tables[0]!.rows[0]!.slice(2, 4)).toEqual(['provisioned 5/5 (GSIs byEvent 3/3)', 'on-demand']);
  });
});

describe('mitigate: what dynalite does not refuse', () => {
  it("reports AWS's limit on switches to on-demand (LimitExceededException) per table, in one line, and fails", async () => {
    const sdk = new DynamoDBClient({ region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    const mock = mockClient(sdk);
    const table: DescribeTableCommandOutput = {
      $metadata: {},
      Table: {
        TableName: 'limited',
        TableStatus: 'ACTIVE',
        BillingModeSummary: { BillingMode: 'PROVISIONED' },
        ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
      },
    };
    mock.on(DescribeTableCommand).resolves(table);
    mock.on(UpdateTableCommand).rejects(
      new DynamoDBServiceException({
        name: 'LimitExceededException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
        message: 'Subscriber limit exceeded',
      }),
    );
    const r = await runMitigate(
      {
        action: 'on-demand',
        tables: refs('limited'),
        stage: 'test',
        region: REGION,
        reportFile: path.join(dir, 'report.json'),
        timeoutSeconds: 5,
        dryRun: false,
      },
      { dynamo: wrapDynamo(sdk, { region: REGION }), reporter: recorder(), pollMs: 1, sleep: async () => {} },
    );
    expect(r.ok).toBe(false);
    expect(r.report.tables[0]).toMatchObject({
      outcome: 'failed',
      problem:
        'AWS refused the switch (LimitExceededException): at most four switches to on-demand in 24 hours, or too many capacity decreases today; nothing changed on this table',
    });
    expect(mock.commandCalls(UpdateTableCommand)).toHaveLength(1);
  });
});

describe('mitigate: refusals before anything changed leave nothing behind', () => {
  const table: DescribeTableCommandOutput = {
    $metadata: {},
    Table: {
      TableName: 'guarded',
      TableStatus: 'ACTIVE',
      BillingModeSummary: { BillingMode: 'PROVISIONED' },
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
    },
  };
  function mocked() {
    const sdk = new DynamoDBClient({ region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    const mock = mockClient(sdk);
    mock.on(DescribeTableCommand).resolves(table);
    return { sdk, mock };
  }
  const options = (): MitigateOptions => ({
    action: 'on-demand',
    tables: refs('guarded'),
    stage: 'test',
    region: REGION,
    reportFile: path.join(dir, 'report.json'),
    timeoutSeconds: 5,
    dryRun: false,
  });

  it('a denied first UpdateTable: exit 2 naming the permission, and no report of a change that never was', async () => {
    const { sdk, mock } = mocked();
    mock.on(UpdateTableCommand).rejects(
      new DynamoDBServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
        message: 'no',
      }),
    );
    const err = await runMitigate(options(), {
      dynamo: wrapDynamo(sdk, { region: REGION }),
      reporter: recorder(),
      pollMs: 1,
      sleep: async () => {},
    }).catch((e: unknown) => e);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toBe(
      `AWS DynamoDB in ${REGION} denied UpdateTable on table guarded (AccessDeniedException); grant the role dynamodb:UpdateTable`,
    );
    expect(existsSync(path.join(dir, 'report.json'))).toBe(false);
  });

  it('--revert of a report that changed nothing, or of a file that is not JSON', async () => {
    const { sdk } = mocked();
    const clients = { dynamo: wrapDynamo(sdk, { region: REGION }), reporter: recorder() };
    const dry = await runMitigate({ ...options(), dryRun: true }, clients);
    await writeFile(
      path.join(dir, 'unchanged.json'),
      JSON.stringify({ ...dry.report, tables: dry.report.tables.map((t) => ({ ...t, outcome: 'unchanged' })) }),
    );
    await writeFile(path.join(dir, 'text.json'), 'not json');
    for (const [file, message] of [
      ['unchanged.json', /: the report changed no table; nothing to revert$/],
      ['text.json', /text\.json: not JSON; give the report mitigate wrote$/],
      ['absent.json', /absent\.json: cannot read it \(ENOENT\); give the report mitigate wrote$/],
    ] as const) {
      const err = await runMitigate(
        {
          action: 'revert',
          revertOf: path.join(dir, file),
          stage: 'test',
          region: REGION,
          reportFile: path.join(dir, 'r.json'),
          timeoutSeconds: 5,
          dryRun: false,
        },
        clients,
      ).catch((e: unknown) => e);
      expect(exitCodeOf(err)).toBe(2);
      expect((err as Error).message).toMatch(message);
    }
  });
});
