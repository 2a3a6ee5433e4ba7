import { type BackupResult, runBackup } from '../backup/create-backups.js';
import { selectTables } from '../config/tables.js';
import { dynamoFor } from './clients.js';
import { readOption } from './read-option.js';
import { defineCommand } from './types.js';

/** On-demand backup of every table; waits until each is AVAILABLE. */
export const backupCommand = defineCommand<BackupResult>({
  name: 'backup',
  description: 'On-demand backup (CreateBackup) of every table, waiting until each is AVAILABLE; outputs the ARNs',
  options: ['tables', 'skip-unsupported', 'timeout', 'retry-budget'],
  outputs: {
    arns: 'JSON object: table -> backup ARN',
    statuses: 'JSON object: table -> backup status (AVAILABLE, skipped, failed...)',
    skipped: 'true when the endpoint lacks CreateBackup and --skip-unsupported skipped it',
  },
  run: async (ctx) =>
    runBackup(
      {
        tables: selectTables(ctx.config, ctx.options.tables),
        timeoutSeconds: readOption(ctx.options, 'timeout'),
        skipUnsupported: readOption(ctx.options, 'skip-unsupported'),
      },
      { dynamo: await dynamoFor(ctx), reporter: ctx.reporter },
    ),
  present(r) {
    const available = r.tables.filter((t) => t.status === 'AVAILABLE').length;
    const headline = r.skipped
      ? `skipped: ${r.endpoint ?? 'the endpoint'} does not support CreateBackup (--skip-unsupported)`
      : r.ok
        ? `${available} backup${available === 1 ? '' : 's'} AVAILABLE`
        : `${r.tables.length - available} of ${r.tables.length} backups not AVAILABLE`;
    return {
      ok: r.ok,
      outputs: {
        arns: JSON.stringify(Object.fromEntries(r.tables.filter((t) => t.arn !== null).map((t) => [t.table, t.arn]))),
        statuses: JSON.stringify(Object.fromEntries(r.tables.map((t) => [t.table, t.status]))),
        skipped: String(r.skipped),
      },
      summary: {
        title: 'backup',
        headline,
        tables: [
          {
            headers: ['collection', 'table', 'backup', 'status', 'seconds'],
            rows: r.tables.map((t) => [
              t.collection,
              t.table,
              t.arn ? t.name : '-',
              t.status,
              t.seconds === null ? '-' : String(t.seconds),
            ]),
          },
        ],
        notes: [
          ...r.tables.filter((t) => t.arn).map((t) => `${t.table}: ${t.arn}`),
          ...r.tables.filter((t) => t.problem && t.status !== 'skipped').map((t) => `${t.table}: ${t.problem}`),
        ],
      },
    };
  },
});
