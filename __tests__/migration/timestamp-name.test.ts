import { timestampFromName } from '../../src/migration/timestamp-name.js';

describe('timestampFromName', () => {
  it.each([
    ['2024-05-01T10-30-00-000Z', '2024-05-01T10:30:00.000Z'],
    ['2024-05-01T10:30:15.250Z', '2024-05-01T10:30:15.250Z'],
    ['backup-20240501T103000', '2024-05-01T10:30:00.000Z'],
    ['20240501-103000', '2024-05-01T10:30:00.000Z'],
    ['migration_2024-05-01_10-30-00', '2024-05-01T10:30:00.000Z'],
    ['2024-05-01', '2024-05-01T00:00:00.000Z'],
    ['backup-1714559400000', '2024-05-01T10:30:00.000Z'],
    ['1714559400', '2024-05-01T10:30:00.000Z'],
  ])('reads %s', (name, iso) => {
    expect(timestampFromName(name)?.toISOString()).toBe(iso);
  });

  it.each(['before-dynamo', 'v2', '2024-13-01', '2024-02-31', '20240501T253000', '12345', '1999-01-01', 'backup-99999999999999'])(
    'finds no time in %s',
    (name) => {
      expect(timestampFromName(name)).toBeNull();
    },
  );
});
