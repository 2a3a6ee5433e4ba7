import { migrationRunsNotes, migrationRunsTable } from './status-runs-present.js';
import { selectTables } from '../config/tables.js';
import { byRule } from '../collection/migration-tally.js';
import { namesS3 } from '../core/location.js';
import type { SummaryTable } from '../core/summary.js';
import type { ArtifactReport } from '../status/artifacts.js';
import { runStatus, type StatusOptions, type StatusResult } from '../status/status.js';
import { workerCount, workersByDefault } from '../core/worker-pool.js';
import { dynamoFor, dynamoSettings, s3For } from './clients.js';
import { isoTime } from './parse-value.js';
import { readOption } from './read-option.js';
import { type CommandContext, defineCommand } from './types.js';
import { opt } from '../core/option-name.js';

/** As verify --live: enough to keep a few requests in flight without crowding the app's own traffic. */
const DEFAULT_SEGMENTS = 4;

/** The status work's options, from the command's options and the config. */
export function statusOptions(ctx: CommandContext): StatusOptions {
  const workers = workerCount(ctx.env);
  return {
    tables: selectTables(ctx.config, ctx.options.tables),
    cwd: ctx.cwd,
    dataDir: ctx.config.dataDir,
    backupDir: ctx.config.backupDir,
    progressFile: ctx.config.progressFile,
    retentionDays: ctx.config.retentionDays,
    collections: ctx.config.collections,
    migration: ctx.config.migration,
    // On by default: the counts are what the approver of the rollback decides on, and the scan is cheap at the
    // events app's size (hundreds of items; 100,000 took about 10 s against dynalite, 1.5 s without the scan).
    // --scan=false keeps status to describe calls for tables too large to read twice (status, then the export).
    scan: readOption(ctx.options, 'scan'),
    segments: ctx.options.segments ?? DEFAULT_SEGMENTS,
    ...(ctx.options['export-time'] !== undefined ? { exportTime: isoTime(ctx.options['export-time'], opt('export-time')) } : {}),
    // Each worker thread scans its collections' tables with a client of its own, built as the main thread's is.
    // Without DYNAMODB_ROLLBACK_WORKERS, only for tables large enough to pay for a worker's start.
    ...(workers > 1 ? { workers: { count: workers, dynamo: dynamoSettings(ctx), whereItPays: workersByDefault(ctx.env) } } : {}),
  };
}

/** Preflight: whether a rollback may start, and why not. Exit 1 when not ready. */
export const statusCommand = defineCommand<StatusResult>({
  name: 'status',
  largeHeap: true,
  description:
    'Preflight: tables ACTIVE, PITR, migration backup and its age, progress file, data dir writable, what the rollback will undo of the migration',
  options: ['tables', 'data-dir', 'backup-dir', 'scan', 'segments', 'export-time', 'retry-budget'],
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
    'migration-artifacts':
      'JSON object: collection -> counts against the migration backup (items, unchanged, artifactsOnly, changed, added, deleted, and the artifacts by rule); absent collections were not compared',
  },
  run: async (ctx) =>
    runStatus(statusOptions(ctx), {
      dynamo: await dynamoFor(ctx),
      ...(namesS3(ctx.config.backupDir) ? { s3: await s3For(ctx) } : {}),
      reporter: ctx.reporter,
    }),
  present(r) {
    const b = r.backup;
    const backupText = b.found
      ? `${b.path} (${b.ageDays} days old, from its ${b.createdFrom === 'folder-name' ? 'name' : 'mtime'})`
      : 'none';
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
        'migration-artifacts': JSON.stringify(artifactCounts(r.artifacts)),
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
              t.pitrWindow ? `${t.pitr} (${t.pitrWindow.earliest} to ${t.pitrWindow.latest})` : t.pitr,
              t.state === 'ACTIVE' ? 'ok' : 'NOT READY',
            ]),
          },
          ...artifactTables(r.artifacts),
          ...migrationRunsTable(r.migrationRuns),
          {
            caption: 'Ground',
            headers: ['check', 'found', 'status'],
            rows: [
              ['migration backup', backupText, !b.found || b.expired ? 'NOT READY' : 'ok'],
              ['retention', `${b.retentionDays} days`, b.expired ? 'EXPIRED' : b.found ? 'ok' : '-'],
              [
                'progress file',
                r.progress.exists ? `${r.progress.path}: ${r.progress.state ?? 'no state field'}` : `${r.progress.path}: absent`,
                r.progress.problem ? 'NOT READY' : 'ok',
              ],
              ['data dir', r.dataDir.path, r.dataDir.writable ? 'writable' : 'NOT READY'],
            ],
          },
        ],
        notes: [
          ...r.tables.map((t) => `table ${t.table} (${t.collection}): name from ${t.source ?? 'the config'}`),
          ...artifactNotes(r.artifacts),
          ...migrationRunsNotes(r.migrationRuns),
          ...r.reasons.map((x) => `not ready: ${x}`),
          ...r.warnings.map((x) => `warning: ${x}`),
        ],
      },
    };
  },
});

/** The migration-artifacts output: per compared collection, its counts and the artifacts by rule (counts only, not even ids). */
function artifactCounts(a: ArtifactReport): Record<string, unknown> {
  return Object.fromEntries(
    a.collections.flatMap((c) => {
      if (!c.counts || !c.migration) return [];
      const m = c.migration;
      return [
        [
          c.collection,
          {
            ...c.counts,
            emptyStrings: m.emptyStrings,
            timestamps: m.updatedAt + m.createdAt,
            generatedIds: m.generatedIds.length,
            droppedAttributes: m.droppedAttributes,
            renamedIds: m.renamedIds,
            notApplied: m.notApplied,
          },
        ],
      ];
    }),
  );
}

/** One row per collection; a rule that is off shows what it would undo, and its column says those count as changes. */
function artifactTables(a: ArtifactReport): SummaryTable[] {
  if (!a.scanned) return [];
  const off = (on: boolean, name: string) => (on ? '' : ` (${name} off: counted as changes)`);
  return [
    {
      caption: `Against the migration backup: what the rollback will undo; migration window ${a.window}`,
      headers: [
        'collection',
        'items',
        'unchanged',
        'migration artifacts only',
        `"" stored as NULL${off(a.rules.emptyStringsAsNull, 'emptyStringsAsNull')}`,
        `timestamps${off(a.rules.rewroteUpdatedAt, 'rewroteUpdatedAt')}`,
        `generated ids${off(a.rules.generatedIds, 'generatedIds')}`,
        'changed',
        'added',
        'deleted',
      ],
      rows: a.collections.map((c) => {
        const { counts: n, migration: m } = c;
        if (!n || !m) return [c.collection, 'not compared', '-', '-', '-', '-', '-', '-', '-', '-'];
        const r = byRule(m, a.rules);
        return [
          c.collection,
          String(n.items),
          String(n.unchanged),
          String(n.artifactsOnly),
          String(r.emptyStrings),
          String(r.timestamps),
          String(r.generatedIds),
          String(n.changed),
          String(n.added),
          String(n.deleted),
        ];
      }),
    },
  ];
}

function artifactNotes(a: ArtifactReport): string[] {
  if (!a.scanned)
    return [`migration artifacts: not counted (${opt('scan')}=false); run status without it to see what the rollback will undo`];
  return a.collections
    .filter((c) => !c.compared)
    .map((c) => `${c.collection}: not compared with the migration backup (${c.note ?? 'no reason given'})`);
}
