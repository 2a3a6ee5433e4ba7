import { describeWindow, migrationWindow } from '../../src/migration/window.js';

describe('migrationWindow', () => {
  const backupTime = new Date('2024-06-01T00:00:00.000Z');
  it("is the progress file's startTime to endTime when it has both", () => {
    const w = migrationWindow({
      startTime: '2024-06-01T00:00:05.000Z',
      endTime: '2024-06-01T00:03:00.000Z',
      backupTime,
      windowMinutes: 60,
    });
    expect(w).toEqual({
      start: Date.parse('2024-06-01T00:00:05.000Z'),
      end: Date.parse('2024-06-01T00:03:00.000Z'),
      from: 'progress-file',
    });
    expect(describeWindow(w, 60)).toContain("the progress file's startTime and endTime");
  });

  it("is the backup's time plus windowMinutes without them, and says so", () => {
    const w = migrationWindow({ backupTime, windowMinutes: 30 });
    expect(w).toEqual({ start: backupTime.getTime(), end: backupTime.getTime() + 30 * 60_000, from: 'backup-time' });
    expect(describeWindow(w, 30)).toBe(
      "2024-06-01T00:00:00.000Z to 2024-06-01T00:30:00.000Z (the backup folder's time plus migration.windowMinutes 30)",
    );
  });

  it('ignores an endTime before the startTime or unreadable times', () => {
    expect(
      migrationWindow({ startTime: '2024-06-01T01:00:00Z', endTime: '2024-06-01T00:00:00Z', backupTime: null, windowMinutes: 10 })?.end,
    ).toBe(Date.parse('2024-06-01T01:10:00Z'));
    expect(migrationWindow({ startTime: 'soon', endTime: 42, backupTime: null, windowMinutes: 10 })).toBeNull();
  });

  it('is unknown with nothing to go by, and says what that means', () => {
    expect(migrationWindow({ backupTime: null, windowMinutes: 60 })).toBeNull();
    expect(describeWindow(null, 60)).toMatch(/^unknown .*no updatedAt is taken/);
  });
});

describe('describeWindow', () => {
  it("names the progress file's two times even when they happen to be windowMinutes apart", () => {
    const w = migrationWindow({
      startTime: '2024-06-01T00:00:00.000Z',
      endTime: '2024-06-01T01:00:00.000Z',
      backupTime: null,
      windowMinutes: 60,
    });
    expect(describeWindow(w, 60)).toBe("2024-06-01T00:00:00.000Z to 2024-06-01T01:00:00.000Z (the progress file's startTime and endTime)");
  });

  it("names the progress file's startTime alone when it has no endTime", () => {
    const w = migrationWindow({ startTime: '2024-06-01T00:00:00.000Z', backupTime: null, windowMinutes: 5 });
    expect(describeWindow(w, 5)).toBe(
      "2024-06-01T00:00:00.000Z to 2024-06-01T00:05:00.000Z (the progress file's startTime plus migration.windowMinutes 5)",
    );
  });
});
