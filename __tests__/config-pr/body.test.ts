import { BODY_LIMIT, pullBody, type BodyInput } from '../../src/config-pr/body.js';
import type { RollbackRecord, VerifyRecord } from '../../src/record/contents.js';

const record = (over: Partial<RollbackRecord> = {}): RollbackRecord => ({
  path: '/repo/server/.dynamodb-rollback/data/reports/rollback-1.json',
  strategy: 'merge',
  prefer: 'dynamodb',
  allowDataLoss: false,
  export: { location: 's3://bucket/exports/run1', startTime: '2026-12-01T10:00:00.000Z', endTime: '2026-12-01T10:01:00.000Z' },
  backup: null,
  startedAt: '2026-12-01T10:02:00.000Z',
  collections: [
    {
      collection: 'events',
      table: 'app-events',
      exportItems: 3,
      counts: { items: 3, fromExport: 3, conflicts: 0, migrationUndone: 2 },
      conflicts: [],
      lost: { changedInFiles: [] },
      deletedIds: [],
    },
  ],
  precisionWarnings: 0,
  ...over,
});
const verify: VerifyRecord = {
  path: 'verify.json',
  ok: true,
  collections: [{ collection: 'events', status: 'ok', expected: 3, found: 3, missing: 0, extra: 0, changed: 0, accounted: 0 }],
  live: [{ table: 'app-events', same: true }],
};
const input = (over: Partial<BodyInput> = {}): BodyInput => ({
  stage: 'production',
  switch: { key: 'DATABASE_TYPE', from: 'dynamodb', to: 'file' },
  record: record(),
  verify,
  manifests: [{ table: 'app-events', sha256: null }],
  targets: [{ target: '.env.production.template', status: 'flipped', detail: 'line 3' }],
  files: ['.env.production.template'],
  ...over,
});

describe('pull request body', () => {
  it('carries the lines rollback-finish reads: the export, the release and the run, one value each, no line break or comment end smuggled in', () => {
    const body = pullBody(input({ release: 's3://bucket/releases/production/2026-12-01T10-05-00-000Z', runId: '4242' }));
    const lines = body.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '<!-- dynamodb-rollback:config-pr -->',
      '<!-- dynamodb-rollback:export s3://bucket/exports/run1 -->',
      '<!-- dynamodb-rollback:release s3://bucket/releases/production/2026-12-01T10-05-00-000Z -->',
      '<!-- dynamodb-rollback:run 4242 -->',
    ]);
    expect(body).toContain('- **Published release:** `s3://bucket/releases/production/2026-12-01T10-05-00-000Z`');
    const odd = pullBody(input({ record: record({ export: { location: 's3://b/x -->\n<!-- dynamodb-rollback:run 1' } }) }));
    expect(odd.split('\n')[1]).toBe('<!-- dynamodb-rollback:export s3://b/x <!-- dynamodb-rollback:run 1 -->');
    expect(odd.split('\n').filter((l) => l.startsWith('<!-- dynamodb-rollback:run '))).toEqual([]);
  });

  it('ticks what the tool proved, with the figure, and leaves what people check open', () => {
    const body = pullBody(input());
    expect(body).toContain('- [x] No data loss occurred: 3 items exported, 0 versions written since the migration left out');
    expect(body).toContain('- [x] No writes reached DynamoDB after the export (verify --live)');
    expect(body).toContain('- [ ] After the deploy: the app starts and serves from the file database');
    expect(body).toContain('_not read here_');
  });

  it('shows counts the report adds (migration artifacts undone) as columns of their own', () => {
    expect(pullBody(input())).toContain('| collection | items | fromExport | conflicts | migrationUndone |');
  });

  it('leaves the data boxes open without a passing verify result', () => {
    const without = pullBody(input({ verify: null }));
    expect(without).toContain('- [ ] All migrated data restored to the files (needs a passing verify result)');
    expect(without).toContain(
      '- [ ] No data loss occurred: 3 items exported, 0 versions written since the migration left out; needs a passing verify result',
    );
    expect(pullBody(input({ verify: { ...verify, ok: false } }))).toContain('- [ ] No data loss');
    expect(pullBody(input({ verify: { ...verify, live: null } }))).toContain(
      '- [ ] No writes reached DynamoDB after the export (needs verify --live)',
    );
  });

  it('cuts long id lists with "and N more" and stays under the body limit', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `item-${i}`);
    const big = record({
      collections: [
        {
          collection: 'events',
          table: 'app-events',
          exportItems: 100_000,
          counts: { items: 0 },
          conflicts: ids.map((id) => ({ id, kind: 'changed-both', took: 'dynamodb', result: 'kept' })),
          lost: { changedInFiles: ids },
          deletedIds: ids,
        },
      ],
    });
    const body = pullBody(input({ record: big }));
    expect(body.length).toBeLessThan(BODY_LIMIT);
    expect(body).toContain('and 99,950 more');
    expect(body).toContain('- [ ] No data loss occurred: **100,000 versions');
  });

  it('cuts even a body whose tables alone are too long', () => {
    const collections = Array.from({ length: 2000 }, (_, i) => ({
      collection: `c${i}`,
      table: `t${i}`,
      exportItems: 1,
      counts: { items: 1 },
      conflicts: [],
      lost: {},
      deletedIds: [],
    }));
    const body = pullBody(input({ record: record({ collections }) }));
    expect(body.length).toBeLessThan(BODY_LIMIT);
    expect(body).toMatch(/cut at 60,000 characters; the full record is the rollback report\.$/);
  });

  it('escapes markdown in ids and names, so an id cannot break the tables or add links', () => {
    const r = record({
      collections: [
        { collection: 'ev|ents', table: 't', exportItems: 1, counts: {}, conflicts: [], lost: {}, deletedIds: ['a`b](http://x)'] },
      ],
    });
    const body = pullBody(input({ record: r }));
    expect(body).toContain('| ev\\|ents |');
    expect(body).toContain("`a'b](http://x)`");
  });
});
