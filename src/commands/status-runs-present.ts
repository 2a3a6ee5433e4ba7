/** status's summary of a resumed migration: per collection, the run that migrated it (or why that is not clear), and the runs found. */
import type { SummaryTable } from '../core/summary.js';
import type { MigrationRunsState } from '../status/migration-runs.js';

export function migrationRunsTable(m: MigrationRunsState | null): SummaryTable[] {
  if (!m || m.collections.length === 0) return [];
  return [
    {
      caption: "Migration runs: the run that migrated each collection (its backup is the merge's base, its window the timestamps undone)",
      headers: ['collection', 'backup', 'window', 'found from', 'status'],
      rows: m.collections.map((c) => [
        c.collection,
        c.backup ?? '-',
        c.windowStart && c.windowEnd ? `${c.windowStart} to ${c.windowEnd}` : '-',
        c.how === 'configured'
          ? 'migration.windows in the config'
          : c.how === 'items'
            ? "the items' times"
            : c.how === 'progress'
              ? 'the progress file'
              : c.why,
        c.how === 'ambiguous' ? `NOT READY: set migration.windows.${c.collection}` : 'ok',
      ]),
    },
  ];
}

export function migrationRunsNotes(m: MigrationRunsState | null): string[] {
  if (!m) return [];
  return [
    ...m.runs.map((r) => `migration run: ${r}`),
    ...m.unexplained.map((u) => `backup folder ${u}: the progress file shows no run after it; not taken for a run of this migration`),
  ];
}
