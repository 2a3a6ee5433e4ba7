import { createServer } from 'node:net';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import { exitCodeOf, InputError } from '../../src/core/errors.js';
import { silentReporter } from '../../src/core/reporter.js';
import type { Options } from '../../src/commands/options.js';
import { createBucket, createTable, dynamoEndpoint, s3Endpoint, seedItems, testDynamo, testS3, uniqueName } from '../harness/aws.js';
import { cleanTempDirs, plainItems, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

async function runCommand(options: Options, cwd: string) {
  return execute('export', options, silentReporter, cwd, process.env);
}

async function failure(options: Options, cwd: string): Promise<InputError> {
  const err = await runCommand(options, cwd).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  expect(exitCodeOf(err)).toBe(2);
  return err as InputError;
}

describe('export refuses bad input before writing anything (exit 2)', () => {
  const table = uniqueName('fail');
  beforeAll(async () => {
    const client = testDynamo();
    await createTable(client, table);
    await seedItems(client, table, plainItems(5));
  });

  it('a missing table: names it, suggests --stage/--tables, writes nothing', async () => {
    const cwd = tempDir();
    const err = await failure({ tables: [table, 'no-such-table'], out: 'out', endpoint: dynamoEndpoint() }, cwd);
    expect(err.message).toMatch(/table no-such-table not found in DynamoDB endpoint .*--stage and --tables/);
    expect(await readdir(cwd)).toEqual([]);
  });

  it('an unreachable DynamoDB endpoint: names it, writes nothing', async () => {
    const cwd = tempDir();
    const endpoint = `http://127.0.0.1:${await closedPort()}`;
    const err = await failure({ tables: [table], out: 'out', endpoint }, cwd);
    expect(err.message).toContain(`endpoint ${endpoint} is unreachable (ECONNREFUSED)`);
    expect(await readdir(cwd)).toEqual([]);
  });

  it('an unreachable S3 endpoint or a missing bucket: writes nothing locally or in S3', async () => {
    const cwd = tempDir();
    const s3 = `http://127.0.0.1:${await closedPort()}`;
    const err = await failure(
      { tables: [table], out: 'out', endpoint: dynamoEndpoint(), 's3-endpoint': s3, 's3-uri': 's3://some-bucket/x' },
      cwd,
    );
    expect(err.message).toContain(`S3 endpoint ${s3} is unreachable`);
    const missing = await failure(
      { tables: [table], out: 'out', endpoint: dynamoEndpoint(), 's3-endpoint': s3Endpoint(), 's3-uri': `s3://${uniqueName('nobkt')}/x` },
      cwd,
    );
    expect(missing.message).toMatch(/bucket nobkt-[0-9a-f]+ not found/);
    expect(await readdir(cwd)).toEqual([]);
  });

  it('a non-empty --out without --resume, and an S3 prefix already in use', async () => {
    const cwd = tempDir();
    await mkdir(path.join(cwd, 'out'));
    await writeFile(path.join(cwd, 'out', 'keep.txt'), 'x');
    const err = await failure({ tables: [table], out: 'out', endpoint: dynamoEndpoint() }, cwd);
    expect(err.message).toMatch(/is not empty.*--resume/);
    expect(await readdir(path.join(cwd, 'out'))).toEqual(['keep.txt']);

    const bucket = await createBucket(testS3());
    await execute(
      'export',
      { tables: [table], out: 'first', endpoint: dynamoEndpoint(), 's3-endpoint': s3Endpoint(), 's3-uri': `s3://${bucket}/exp` },
      silentReporter,
      cwd,
    );
    const again = await failure(
      { tables: [table], out: 'second', endpoint: dynamoEndpoint(), 's3-endpoint': s3Endpoint(), 's3-uri': `s3://${bucket}/exp` },
      cwd,
    );
    expect(again.message).toMatch(/already holds objects/);
    expect((await readdir(cwd)).sort()).toEqual(['first', 'out']);
  });

  it('bad option combinations', async () => {
    const cwd = tempDir();
    expect((await failure({ tables: [table], endpoint: dynamoEndpoint() }, cwd)).message).toMatch(/--out is required/);
    expect((await failure({ tables: [table], out: 'o', endpoint: dynamoEndpoint(), 'kms-key-id': 'k' }, cwd)).message).toMatch(
      /--kms-key-id needs --sse aws:kms/,
    );
    expect((await failure({ tables: [table], out: 'o', endpoint: dynamoEndpoint(), 's3-uri': 'https://x' }, cwd)).message).toMatch(
      /expected s3:\/\/bucket\/prefix/,
    );
    expect(await readdir(cwd)).toEqual([]);
  });
});

describe('export command', () => {
  it('presents outputs and a summary without item values', async () => {
    const client = testDynamo();
    const table = uniqueName('cmd');
    await createTable(client, table);
    await seedItems(client, table, plainItems(30));
    const cwd = tempDir();
    const { presentation, result } = await runCommand({ tables: [table], out: 'out', endpoint: dynamoEndpoint(), segments: 2 }, cwd);
    expect(presentation.ok).toBe(true);
    expect(presentation.outputs.path).toBe(path.join(cwd, 'out'));
    expect(JSON.parse(presentation.outputs.items!)).toEqual({ [table]: 30 });
    expect(JSON.parse(presentation.outputs.tables!)).toEqual({ [table]: table });
    expect(Number(presentation.outputs['duration-seconds'])).toBeGreaterThan(0);
    expect(presentation.outputs['s3-uri']).toBe('');
    expect(presentation.summary.tables[0]!.rows[0]!.slice(0, 5)).toEqual([table, table, '30', '2', '2']);
    const shown = JSON.stringify([presentation, result]);
    expect(shown).not.toContain('item 1 ');
  });

  it('takes the tables from the config file, and --resume on an empty folder starts afresh', async () => {
    const client = testDynamo();
    const table = uniqueName('cfg');
    await createTable(client, table);
    await seedItems(client, table, plainItems(12));
    const cwd = tempDir();
    await mkdir(path.join(cwd, '.github'));
    await writeFile(path.join(cwd, '.github', 'dynamodb-rollback.yml'), `stage: drill\ntables:\n  events: ${table}\n`);
    const { result } = await runCommand({ out: 'out', endpoint: dynamoEndpoint(), resume: true }, cwd);
    expect(result).toMatchObject({ resumed: false, stage: 'drill', items: { [table]: 12 }, tables: [{ collection: 'events', table }] });
    // A second --resume finds the export complete and changes nothing.
    const again = await runCommand({ out: 'out', endpoint: dynamoEndpoint(), resume: true }, cwd);
    expect(again.result).toMatchObject({ resumed: true, items: { [table]: 12 } });
  });
});
