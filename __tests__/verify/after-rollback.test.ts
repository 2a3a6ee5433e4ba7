/**
 * The chain as the workflow runs it, on dynalite and real folders: status,
 * export, the real rollback (merge and export strategies), then verify,
 * which must pass, and --live, which must see the tables unchanged.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import { renderText } from '../../src/core/summary.js';
import { fromWire, type WireItem } from '../../src/dynamo/wire.js';
import type { VerifyResult } from '../../src/verify/run-verify.js';
import { createTable, dynamoEndpoint, seedItems, testDynamo, uniqueName } from '../harness/aws.js';
import { COLLECTIONS, eventsData, secretValues } from './events-data.js';
import { plainItem, toText } from './plain.js';
import { recorder } from './recorder.js';

const data = eventsData();
// Named as migration scripts name it, a day ago, so it is within retention.
const BACKUP = `migration-backups/${new Date(Date.now() - 86_400_000).toISOString().replace(/[:.]/g, '-')}`;

/** The files as they were at the migration: fewer items, an older title. */
function migratedFiles(): Record<string, WireItem[]> {
  return {
    events: data.events.map((e) =>
      e.id && 'S' in e.id && e.id.S === 'ev-2' ? { ...e, title: { S: 'Serverless Evening Osaka (draft)' } } : e,
    ),
    participants: data.participants.slice(0, 20),
    users: data.users.slice(0, 1),
    talks: [],
  };
}

let root: string;
let stage: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'chain-'));
  stage = uniqueName('ch');
  const client = testDynamo();
  for (const c of COLLECTIONS) {
    await createTable(client, `lightningtalk-circle-${stage}-${c}`);
    await seedItems(
      client,
      `lightningtalk-circle-${stage}-${c}`,
      data[c].map((i) => fromWire(i)),
    );
  }
});

/** A fresh copy of the app's repository as the migration left it. */
async function appRepo(name: string): Promise<string> {
  const repo = path.join(root, name);
  const files = migratedFiles();
  await mkdir(path.join(repo, 'server/data'), { recursive: true });
  await mkdir(path.join(repo, BACKUP), { recursive: true });
  for (const c of COLLECTIONS) {
    const text = `${toText(files[c]!.map((i) => plainItem(i)))}\n`;
    // The app has run on DynamoDB since the migration: its files are as the backup left them.
    await writeFile(path.join(repo, 'server/data', `${c}.json`), text);
    await writeFile(path.join(repo, BACKUP, `${c}.json`), text);
  }
  await writeFile(path.join(repo, 'migration-progress.json'), JSON.stringify({ status: 'completed', backupPath: BACKUP }));
  return repo;
}
afterAll(() => rm(root, { recursive: true, force: true }));

const common = () => ({ stage, endpoint: dynamoEndpoint() });

describe('status, export, rollback, verify', () => {
  it.each(['merge', 'export'] as const)('verify passes after a good rollback (strategy %s)', async (strategy) => {
    const repo = await appRepo(strategy);
    const lines: string[] = [];
    const run = async (command: string, options: Record<string, unknown>) => {
      const rec = recorder();
      const ex = await execute(command, { ...common(), ...options }, rec, repo);
      lines.push(...rec.lines, JSON.stringify(ex.result), renderText(ex.presentation.summary), JSON.stringify(ex.presentation.outputs));
      return ex;
    };

    const status = await run('status', {});
    expect(status.presentation.outputs.ready).toBe('true');
    const out = `export-${strategy}`;
    expect((await run('export', { out })).presentation.ok).toBe(true);

    // Before the rollback the files lag behind DynamoDB, and verify says where.
    const before = await run('verify', { from: out });
    expect(before.presentation.ok).toBe(false);
    const beforeResult = before.result as VerifyResult;
    expect(beforeResult.collections.find((c) => c.collection === 'users')?.missing).toEqual(['u-2']);
    expect(beforeResult.collections.find((c) => c.collection === 'events')?.changed).toEqual([{ id: 'ev-2', paths: ['title'] }]);

    const rollback = await run('rollback', { from: out, strategy });
    expect(rollback.presentation.ok).toBe(true);

    const after = await run('verify', { from: out, live: true });
    const r = after.result as VerifyResult;
    expect(r.collections.map((c) => [c.collection, c.status, c.expected, c.found])).toEqual([
      ['events', 'ok', 2, 2],
      ['participants', 'ok', 30, 30],
      ['users', 'ok', 2, 2],
      ['talks', 'ok', 1, 1],
    ]);
    expect(r.live?.every((l) => l.same)).toBe(true);
    expect(after.presentation.ok).toBe(true);

    const all = lines.join('\n');
    expect(secretValues(data).filter((v) => all.includes(v))).toEqual([]);
  });
});
