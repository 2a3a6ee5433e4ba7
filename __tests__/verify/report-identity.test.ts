import { type RollbackReportView, whyNotApplicable } from '../../src/verify/rollback-report.js';

const report = (exp: RollbackReportView['export']): RollbackReportView => ({
  path: '/r.json',
  strategy: 'merge',
  prefer: 'dynamodb',
  dryRun: false,
  refused: false,
  failed: false,
  allowDataLoss: false,
  dataDir: '/app/server/data',
  export: exp,
  startedAt: '2026-11-24T10:00:00.000Z',
  collections: [],
  migration: null,
  backupDir: null,
  snapshot: null,
});

const run = { startTime: '2026-11-24T09:00:00.000Z', endTime: '2026-11-24T09:01:00.000Z' };

describe('which export a rollback report belongs to', () => {
  it('takes one export run read from its S3 copy and its folder as the same export', () => {
    expect(
      whyNotApplicable(report({ location: 's3://b/exports/run1', ...run }), { location: '/app/exports/run1', ...run }, '/app/server/data'),
    ).toBeNull();
  });

  it('tells two runs apart by their times, wherever they were read from', () => {
    const other = { location: '/app/exports/run1', startTime: '2026-11-24T11:00:00.000Z', endTime: '2026-11-24T11:01:00.000Z' };
    expect(whyNotApplicable(report({ location: '/app/exports/run1', ...run }), other, '/app/server/data')).toMatch(/startTime/);
    expect(whyNotApplicable(report({ location: 's3://b/x', ...run }), other, '/app/server/data')).toMatch(/it is for export s3:\/\/b\/x/);
  });

  it('without recorded times, only the same location counts', () => {
    expect(whyNotApplicable(report({ location: 's3://b/x' }), { location: '/app/x' }, '/app/server/data')).toMatch(/it is for export/);
    expect(whyNotApplicable(report({ location: '/app/x' }), { location: '/app/x' }, '/app/server/data')).toBeNull();
  });

  it('ignores a report of another data dir', () => {
    expect(whyNotApplicable(report({ location: '/app/x', ...run }), { location: '/app/x', ...run }, '/elsewhere/data')).toMatch(/data dir/);
  });

  it('ignores the report of a rollback that stopped partway', () => {
    expect(
      whyNotApplicable({ ...report({ location: '/app/x', ...run }), failed: true }, { location: '/app/x', ...run }, '/app/server/data'),
    ).toMatch(/stopped partway/);
  });
});
