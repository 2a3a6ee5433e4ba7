import { selectTables } from '../../src/config/tables.js';
import { resolveConfig } from '../../src/config/load.js';
import { InputError } from '../../src/core/errors.js';
import type { ExportedTable } from '../../src/export-format/source.js';
import { statePaths } from '../../src/state/paths.js';
import { matchTargets } from '../../src/collection/targets.js';

const config = resolveConfig({ stage: 'prod' }, null);
const table = (name: string, collection?: string): ExportedTable => ({
  table: name,
  ...(collection ? { collection } : {}),
  itemCount: 0,
  keySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
  location: `/x/${name}`,
});
const all = () => ['events', 'participants', 'users', 'talks'].map((c) => table(`lightningtalk-circle-prod-${c}`, c));

describe('matchTargets', () => {
  it('pairs each configured collection with its export table', () => {
    const t = matchTargets(selectTables(config), all(), config.tables, '/x');
    expect(t.map((x) => [x.collection, x.table])).toEqual([
      ['events', 'lightningtalk-circle-prod-events'],
      ['participants', 'lightningtalk-circle-prod-participants'],
      ['users', 'lightningtalk-circle-prod-users'],
      ['talks', 'lightningtalk-circle-prod-talks'],
    ]);
  });

  it('finds the collection of a native export (none recorded) from the config, by table name', () => {
    const native = all().map((t) => table(t.table));
    expect(matchTargets(selectTables(config, ['users']), native, config.tables, '/x').map((x) => x.collection)).toEqual(['users']);
  });

  it('matches by recorded collection when the table names differ (an export from another stage)', () => {
    const staging = all().map((t) => table(t.table.replace('-prod-', '-staging-'), t.collection));
    expect(matchTargets(selectTables(config, ['talks']), staging, config.tables, '/x')[0]?.table).toBe(
      'lightningtalk-circle-staging-talks',
    );
  });

  it.each([
    ['a table of no collection', [...all(), table('sessions')], /table sessions belongs to no collection/],
    [
      'a missing collection',
      all().filter((t) => t.collection !== 'users'),
      /has no table for collection users \(lightningtalk-circle-prod-users\)/,
    ],
    [
      'two tables for one collection (and none named as configured)',
      [...all().filter((t) => t.collection !== 'users'), table('staging-users', 'users'), table('old-users', 'users')],
      /has 2 tables for collection users \(staging-users, old-users\)/,
    ],
    ['an unsafe collection name', [...all(), table('evil', '../../etc')], /not a safe file name/],
  ])('rejects %s', (_name, exported, message) => {
    expect(() => matchTargets(selectTables(config), exported, config.tables, '/x')).toThrow(InputError);
    expect(() => matchTargets(selectTables(config), exported, config.tables, '/x')).toThrow(message);
  });
});

describe('statePaths', () => {
  it('keeps state beside the data dir, never inside it', () => {
    expect(statePaths('/repo/server/data')).toEqual({
      root: '/repo/server/.dynamodb-rollback/data',
      lock: '/repo/server/.dynamodb-rollback/data/lock',
      snapshots: '/repo/server/.dynamodb-rollback/data/snapshots',
      reports: '/repo/server/.dynamodb-rollback/data/reports',
    });
  });
});
