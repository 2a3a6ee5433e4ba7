import { ambiguityMessage, collectionRun, RunTallier } from '../../src/migration/collection-runs.js';
import { migrationTimes } from '../../src/migration/item-times.js';
import { progressEvidence } from '../../src/migration/progress-evidence.js';
import { isResumed, migrationRuns } from '../../src/migration/runs.js';

const t = (iso: string) => Date.parse(iso);
const B1 = { name: '2024-06-01T03-00-00-000Z', time: t('2024-06-01T03:00:00.000Z') };
const B2 = { name: '2024-06-01T06-00-00-000Z', time: t('2024-06-01T06:00:00.000Z') };

/** The progress file after a run that failed on users (batch given) and a second that completed. */
function progress(usersBatch = 0, extra: object = {}) {
  return progressEvidence({
    startTime: '2024-06-01T06:00:01.000Z',
    endTime: '2024-06-01T06:00:09.000Z',
    status: 'completed',
    backupPath: `/home/deploy/app/migration-backups/${B2.name}`,
    errors: [{ error: 'ValidationException', timestamp: '2024-06-01T03:00:08.000Z' }],
    collections: {
      events: { status: 'completed', total: 2, migrated: 2, errors: [] },
      users: {
        status: 'completed',
        total: 2,
        migrated: 2,
        errors: [
          { batch: usersBatch, error: 'x', timestamp: '2024-06-01T03:00:06.000Z' },
          { error: 'x', timestamp: '2024-06-01T03:00:07.000Z' },
        ],
      },
    },
    ...extra,
  });
}

const tally = (found: ReturnType<typeof migrationRuns>, items: Array<{ updatedAt?: string; createdAt?: string }>) => {
  const tallier = new RunTallier(found);
  for (const i of items) tallier.add(migrationTimes(Object.fromEntries(Object.entries(i).map(([k, v]) => [k, { S: v! }]))));
  return tallier.tally;
};

describe('migrationRuns', () => {
  it('opens a run at each backup folder; a failed run ends at its last error, the last at endTime', () => {
    const found = migrationRuns([B2, B1], progress(), 60);
    expect(found.runs).toEqual([
      { backup: B1.name, start: B1.time, end: t('2024-06-01T03:00:08.000Z'), endFrom: 'errors' },
      { backup: B2.name, start: B2.time, end: t('2024-06-01T06:00:09.000Z'), endFrom: 'endTime' },
    ]);
    expect(found.unexplained).toEqual([]);
    expect(isResumed(found)).toBe(true);
  });

  it('keeps an earlier folder without any error in its span apart, and a later one out', () => {
    const later = { name: '2024-12-31T00-00-00-000Z', time: t('2024-12-31T00:00:00.000Z') };
    const found = migrationRuns(
      [B1, B2, later],
      progressEvidence({ backupPath: B2.name, startTime: '2024-06-01T06:00:01.000Z', endTime: '2024-06-01T06:00:09.000Z' }),
      60,
    );
    expect(found.runs.map((r) => r.backup)).toEqual([B2.name]);
    expect(found.unexplained).toEqual([{ backup: B1.name, start: B1.time, end: B2.time - 1 }]);
  });

  it('is one run for one folder (the migration did not resume)', () => {
    expect(isResumed(migrationRuns([B2], progress(), 60))).toBe(false);
  });
});

describe('collectionRun', () => {
  const found = migrationRuns([B1, B2], progress(), 60);

  it("takes the run whose window holds the items' times: the first for a collection the second run skipped", () => {
    const r = collectionRun(
      'events',
      found,
      progress(),
      tally(found, [{ updatedAt: '2024-06-01T03:00:02.000Z' }, { updatedAt: '2024-06-20T00:00:00.000Z' }]),
      undefined,
    );
    expect(r).toMatchObject({ backup: B1.name, start: B1.time, how: 'items' });
  });

  it('takes the second for the collection that failed in the first', () => {
    const r = collectionRun('users', found, progress(), tally(found, [{ updatedAt: '2024-06-01T06:00:02.000Z' }]), undefined);
    expect(r).toMatchObject({ backup: B2.name, how: 'items' });
  });

  it('is ambiguous when the items carry the times of both runs', () => {
    const r = collectionRun(
      'events',
      found,
      progress(),
      tally(found, [{ updatedAt: '2024-06-01T03:00:02.000Z' }, { updatedAt: '2024-06-01T06:00:02.000Z' }]),
      undefined,
    );
    expect(r.how).toBe('ambiguous');
    expect(r.backup).toBeNull();
  });

  it('is ambiguous when a batch after the first failed (part of the collection went in with the first run)', () => {
    const e = progress(2);
    const r = collectionRun(
      'users',
      migrationRuns([B1, B2], e, 60),
      e,
      tally(found, [{ updatedAt: '2024-06-01T06:00:02.000Z' }]),
      undefined,
    );
    expect(r.how).toBe('ambiguous');
    expect(r.why).toContain('a batch after the first failed');
  });

  it('is ambiguous when the items say the run in which the progress file has the collection fail', () => {
    const r = collectionRun('users', found, progress(), tally(found, [{ updatedAt: '2024-06-01T03:00:02.000Z' }]), undefined);
    expect(r.how).toBe('ambiguous');
  });

  it('takes the later run from the progress file alone when no item carries a migration time and the collection failed in every earlier run', () => {
    const r = collectionRun('users', found, progress(), tally(found, [{ updatedAt: '2024-06-20T00:00:00.000Z' }]), undefined);
    expect(r).toMatchObject({ backup: B2.name, how: 'progress' });
    expect(collectionRun('events', found, progress(), tally(found, []), undefined).how).toBe('ambiguous');
  });

  it("is ambiguous when items carry an updatedAt from an unexplained folder's span (not a createdAt: the app's own)", () => {
    const e = progressEvidence({ backupPath: B2.name, startTime: '2024-06-01T06:00:01.000Z', endTime: '2024-06-01T06:00:09.000Z' });
    const f = migrationRuns([B1, B2], e, 60);
    expect(collectionRun('events', f, e, tally(f, [{ updatedAt: '2024-06-01T03:00:02.000Z' }]), undefined).how).toBe('ambiguous');
    expect(
      collectionRun(
        'events',
        f,
        e,
        tally(f, [{ createdAt: '2024-06-01T03:00:02.000Z', updatedAt: '2024-06-01T06:00:03.000Z' }]),
        undefined,
      ),
    ).toMatchObject({ backup: B2.name });
  });

  it("takes the operator's window as given", () => {
    const r = collectionRun('events', found, progress(), tally(found, []), {
      start: '2024-06-01T03:00:00.000Z',
      end: '2024-06-01T03:10:00.000Z',
      backup: B1.name,
    });
    expect(r).toEqual({
      collection: 'events',
      backup: B1.name,
      start: B1.time,
      end: t('2024-06-01T03:10:00.000Z'),
      how: 'configured',
      why: 'given in the config (migration.windows.events)',
    });
  });

  it('says in its refusal which collections, why, and the key to set', () => {
    const r = collectionRun('events', found, progress(), tally(found, []), undefined);
    const m = ambiguityMessage([r], 'backup folders a, b');
    expect(m).toContain('events: no item carries');
    expect(m).toContain('migration.windows.events: { start: <ISO time>, end: <ISO time>, backup: <folder name in the backup dir> }');
  });
});

describe('progressEvidence', () => {
  it('reads error times and batches, and leaves out what is not in the shape', () => {
    const e = progressEvidence({
      errors: [{ timestamp: 'soon' }, 'x', { timestamp: '2024-06-01T03:00:08.000Z' }],
      collections: { users: { status: 'failed', errors: [{ batch: -1, timestamp: '2024-06-01T03:00:06.000Z' }] }, bad: 3 },
    });
    expect(e.errors).toEqual([t('2024-06-01T03:00:08.000Z')]);
    expect([...e.collections.entries()]).toEqual([
      ['users', { status: 'failed', errors: [{ time: t('2024-06-01T03:00:06.000Z'), batch: null }] }],
    ]);
    expect(progressEvidence('nope').collections.size).toBe(0);
  });
});
