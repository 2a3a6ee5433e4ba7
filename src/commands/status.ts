import { selectTables } from '../config/tables.js';
import { runStatus, type StatusOptions, type StatusResult } from '../status/status.js';
import { dynamoFor, s3For } from './clients.js';
import { type CommandContext, defineCommand } from './types.js';

/** The status work's options, from the command's options and the config. */
export function statusOptions(ctx: CommandContext): StatusOptions {
  return {
    tables: selectTables(ctx.config, ctx.options.tables),
    cwd: ctx.cwd,
    dataDir: ctx.config.dataDir,
    backupDir: ctx.config.backupDir,
    progressFile: ctx.config.progressFile,
    retentionDays: ctx.config.retentionDays,
  };
}

/** Preflight: whether a rollback may start, and why not. Exit 1 when not ready. */
export const statusCommand = defineCommand<StatusResult>({
  name: 'status',
  description: 'Preflight: tables ACTIVE, PITR, migration backup and its age, progress file, data dir writable',
  options: ['tables', 'data-dir', 'backup-dir', 'retry-budget'],
  outputs: {
    ready: 'true when a rollback may start',
    reasons: 'JSON array of reasons a rollback should not start',
    warnings: 'JSON array of warnings that do not block a rollback',
    tables: 'JSON object: table -> state (ACTIVE, missing, ...)',
    pitr: 'JSON object: table -> point-in-time recovery (ENABLED, DISABLED or unknown)',
    'backup-path': 'Migration backup folder found',
    'backup-age-days': 'Age of the migration backup in days',
    'backup-expired': 'true when the migration backup is older than retentionDays',
    'progress-state': 'State fields of the migration progress file',
    'data-dir-writable': 'true when the data dir can be written',
  },
  run: (ctx) => runStatus(statusOptions(ctx), { dynamo: dynamoFor(ctx), ...(ctx.config.backupDir.startsWith('s3://') ? { s3: s3For(ctx) } : {}) }),
  present(r) {
    const b = r.backup;
    const backupText = b.found ? `${b.path} (${b.ageDays} days old, from its ${b.createdFrom === 'folder-name' ? 'name' : 'mtime'})` : 'none';
    return {
      ok: r.ready,
      outputs: {
        ready: String(r.ready),
        reasons: JSON.stringify(r.reasons),
        warnings: JSON.stringify(r.warnings),
        tables: JSON.stringify(Object.fromEntries(r.tables.map((t) => [t.table, t.state]))),
        pitr: JSON.stringify(Object.fromEntries(r.tables.map((t) => [t.table, t.pitr]))),
        'backup-path': b.path ?? '',
        'backup-age-days': b.ageDays === null ? '' : String(b.ageDays),
        'backup-expired': b.expired === null ? '' : String(b.expired),
        'progress-state': r.progress.state ?? '',
        'data-dir-writable': String(r.dataDir.writable),
      },
      summary: {
        title: 'status',
        headline: r.ready
          ? `ready: ${r.tables.length} tables ACTIVE, migration backup ${b.path} within ${b.retentionDays} days`
          : `not ready: ${r.reasons.length} problem${r.reasons.length === 1 ? '' : 's'}`,
        tables: [
          {
            caption: 'Tables',
            headers: ['collection', 'table', 'state', 'items (estimate)', 'PITR', 'status'],
            rows: r.tables.map((t) => [
              t.collection,
              t.table,
              t.state,
              t.itemCount === null ? '-' : String(t.itemCount),
              t.pitr,
              t.state === 'ACTIVE' ? 'ok' : 'NOT READY',
            ]),
          },
          {
            caption: 'Ground',
            headers: ['check', 'found', 'status'],
            rows: [
              ['migration backup', backupText, !b.found || b.expired ? 'NOT READY' : 'ok'],
              ['retention', `${b.retentionDays} days`, b.expired ? 'EXPIRED' : b.found ? 'ok' : '-'],
              ['progress file', r.progress.exists ? `${r.progress.path}: ${r.progress.state ?? 'no state field'}` : `${r.progress.path}: absent`, r.progress.problem ? 'NOT READY' : 'ok'],
              ['data dir', r.dataDir.path, r.dataDir.writable ? 'writable' : 'NOT READY'],
            ],
          },
        ],
        notes: [...r.reasons.map((x) => `not ready: ${x}`), ...r.warnings.map((x) => `warning: ${x}`)],
      },
    };
  },
});
