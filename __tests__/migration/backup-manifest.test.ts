/** The backup manifest's reader: every malformed shape refused, naming the URI and the field, never the content. */
import { exitCodeOf } from '../../src/core/errors.js';
import { parseBackupManifest } from '../../src/migration/backup-manifest.js';

const URI = 's3://bkt/backups/2024-06-01T00-00-00-000Z/manifest.json';
const entry = (over: Record<string, unknown> = {}) => ({ name: 'events.json', sha256: 'a'.repeat(64), bytes: 10, ...over });
const refusal = (value: unknown): string => {
  try {
    parseBackupManifest(typeof value === 'string' ? value : JSON.stringify(value), URI);
  } catch (err) {
    expect(exitCodeOf(err)).toBe(2);
    return (err as Error).message;
  }
  throw new Error('accepted');
};

describe('backup manifest', () => {
  it('reads the files it lists', () => {
    expect(parseBackupManifest(JSON.stringify({ files: [entry(), entry({ name: 'users.json', bytes: 0 })] }), URI)).toEqual([
      entry(),
      entry({ name: 'users.json', bytes: 0 }),
    ]);
  });

  it.each([
    ['not JSON', '{files', /: not valid JSON; fix or remove it/],
    ['no files array', { file: [] }, /not a backup manifest \(files: /],
    ['a name with a folder', { files: [entry({ name: '../users.json' })] }, /files\.0\.name: must be a file name in the same folder/],
    ['a name with a backslash', { files: [entry({ name: 'a\\users.json' })] }, /files\.0\.name: must be a file name/],
    [
      'the manifest listing itself',
      { files: [entry({ name: 'manifest.json' })] },
      /files\.0\.name: must be a file name in the same folder \(not the manifest itself\)/,
    ],
    [
      'a sha256 not in lower-case hex',
      { files: [entry({ sha256: 'A'.repeat(64) })] },
      /files\.0\.sha256: must be 64 lower-case hex digits/,
    ],
    ['a negative size', { files: [entry({ bytes: -1 })] }, /files\.0\.bytes: /],
    ['a name listed twice', { files: [entry(), entry()] }, /: lists events\.json twice/],
  ])('refuses %s', (_what, value, pattern) => {
    const message = refusal(value);
    expect(message.startsWith(URI)).toBe(true);
    expect(message).toMatch(pattern);
  });
});
