/**
 * On-demand backup names: `<table>-rollback-<yyyymmddThhmmss>` (UTC), so a
 * backup in the console says which table and which run it belongs to.
 * DynamoDB allows [a-zA-Z0-9_.-], 3 to 255 characters; table names use the
 * same characters, so only the length needs care.
 */

const MAX = 255;

export function stamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, '');
}

export function backupName(table: string, at: Date): string {
  const suffix = `-rollback-${stamp(at)}`;
  return `${table.slice(0, MAX - suffix.length)}${suffix}`;
}
