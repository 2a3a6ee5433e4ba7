/** How a rollback result is shown: outputs and a summary readable at a glance (ids and counts, never values). */
import type { Presentation } from './types.js';
import type { SummaryTable } from '../core/summary.js';
import { lostCount } from '../merge/plan.js';
import { byRule } from '../collection/migration-tally.js';
import type { RollbackResult } from '../rollback/result.js';
import { runNotes, setAsideNotes } from './rollback-runs-present.js';

const MAX_IDS = 20;
const MAX_CONFLICT_ROWS = 50;

export function presentRollback(r: RollbackResult): Presentation {
  const total = (k: keyof RollbackResult['collections'][number]['counts']) => r.collections.reduce((s, c) => s + c.counts[k], 0);
  const conflicts = total('conflicts');
  const headline = r.refused
    ? `refused: nothing written (${r.strategy} would lose writes made since the migration; see the table)`
    : r.dryRun
      ? `dry run (${r.strategy}): plan only, nothing written; ${total('added')} added, ${total('changed')} changed, ${total('deleted')} deleted, ${conflicts} conflicts`
      : `${r.strategy}: ${r.collections.filter((c) => c.written).length} of ${r.collections.length} collection files rewritten; ${total('added')} added, ${total('changed')} changed, ${total('deleted')} deleted, ${conflicts} conflicts settled (prefer ${r.prefer})`;

  const tables: SummaryTable[] = [
    {
      caption: 'Collections (added, changed, deleted and unchanged are relative to the current file)',
      headers: [
        'collection',
        'items',
        'from backup',
        'from export',
        'kept from files',
        'added',
        'changed',
        'deleted',
        'unchanged',
        'conflicts',
        'written',
      ],
      rows: r.collections.map((c) => [
        c.collection,
        String(c.counts.items),
        String(c.counts.fromBackup),
        String(c.counts.fromExport),
        String(c.counts.keptFromFiles),
        String(c.counts.added),
        String(c.counts.changed),
        String(c.counts.deleted),
        String(c.counts.unchanged),
        String(c.counts.conflicts),
        c.written === null ? (r.dryRun ? 'dry run' : 'no') : c.written ? 'yes' : 'unchanged',
      ]),
    },
  ];
  const undone = r.collections.filter((c) => migrationTouched(c.migration));
  if (undone.length > 0) {
    const rule = (on: boolean) => (on ? '' : ' (rule off: counted as changes)');
    tables.push({
      caption: `Undone of the migration (window ${r.migration.window})`,
      headers: [
        'collection',
        'items unchanged but for it',
        `"" from NULL${rule(r.migration.emptyStringsAsNull)}`,
        `timestamps${rule(r.migration.rewroteUpdatedAt)}`,
        `generated ids${rule(r.migration.generatedIds)}`,
        'attributes dropped',
        'ids renamed',
      ],
      rows: undone.map(({ collection, migration: m }) => {
        const n = byRule(m, r.migration);
        return [
          collection,
          String(m.artifactOnlyItems),
          String(n.emptyStrings),
          String(n.timestamps),
          String(n.generatedIds),
          String(m.droppedAttributes),
          String(m.renamedIds),
        ];
      }),
    });
  }
  const conflictRows = r.collections.flatMap((c) => c.conflicts.map((k) => [c.collection, k.id, k.kind, k.took, k.result, k.reason]));
  if (conflictRows.length > 0) {
    tables.push({
      caption: `Conflicts${conflictRows.length > MAX_CONFLICT_ROWS ? ` (first ${MAX_CONFLICT_ROWS} of ${conflictRows.length}; all in the report)` : ''}`,
      headers: ['collection', 'id', 'kind', 'took', 'result', 'reason'],
      rows: conflictRows.slice(0, MAX_CONFLICT_ROWS),
    });
  }
  const lostRows = r.collections
    .filter((c) => lostCount(c.lost) > 0)
    .map((c) => [
      c.collection,
      String(c.lost.addedInExport.length),
      String(c.lost.changedInExport.length),
      String(c.lost.addedInFiles.length),
      String(c.lost.changedInFiles.length),
    ]);
  if (lostRows.length > 0) {
    tables.push({
      caption:
        r.strategy === 'merge'
          ? 'Versions set aside by conflicts'
          : `Writes since the migration that ${r.strategy} ${r.refused ? 'would drop' : 'dropped'}`,
      headers: ['collection', 'added in DynamoDB', 'changed in DynamoDB', 'added in file', 'changed in file'],
      rows: lostRows,
    });
  }

  const notes: string[] = [];
  if (r.refused) notes.push(r.refused);
  notes.push(...setAsideNotes(r), ...runNotes(r));
  for (const c of r.collections) {
    if (c.deletedIds.length > 0) notes.push(`${c.collection}: deleted ${ids(c.deletedIds)}`);
  }
  if (r.base)
    notes.push(`catch-up merge: base ${r.base.location} (the earlier export), theirs ${r.export.location}, ours the files in ${r.dataDir}`);
  if (r.backup) notes.push(`migration backup: ${r.backup.dir}${r.backup.note ? ` (${r.backup.note})` : ''}`);
  for (const c of r.collections) {
    const off = c.migration.notApplied;
    const would = [
      off.emptyStringsAsNull ? `${off.emptyStringsAsNull} NULLs as "" (migration.emptyStringsAsNull)` : '',
      off.rewroteUpdatedAt ? `${off.rewroteUpdatedAt} timestamps as the backup's (migration.rewroteUpdatedAt)` : '',
      off.generatedIds ? `${off.generatedIds} generated ids matched back (migration.generatedIds)` : '',
    ].filter(Boolean);
    if (would.length > 0) notes.push(`${c.collection}: rules that are off would have undone ${would.join(', ')}`);
    if (c.migration.keylessNotFound > 0) {
      notes.push(
        `${c.collection}: ${c.migration.keylessNotFound} backup items without an id matched no DynamoDB item by content (deleted or changed there since: a changed one is kept under the id the migration gave it)`,
      );
    }
  }
  notes.push(
    `export: ${r.export.location}${r.export.changeRecords !== undefined ? ` (an incremental export: ${r.export.changeRecords} change records read, laid over the base)` : ''}`,
  );
  const p = r.precisionWarnings.length;
  if (p > 0)
    notes.push(`${p} ${p === 1 ? 'number has' : 'numbers have'} more digits than JavaScript keeps (written exactly; paths in the report)`);
  if (r.leftAsIs.length > 0) notes.push(`left as they were: ${r.leftAsIs.join(', ')}`);
  if (r.snapshot) notes.push(`snapshot: ${r.snapshot}; \`dynamodb-rollback undo\` puts the data dir back as it was`);
  if (r.report) notes.push(`report: ${r.report}`);

  const outputs: Record<string, string> = {
    strategy: r.strategy,
    conflicts: String(conflicts),
    counts: JSON.stringify(Object.fromEntries(r.collections.map((c) => [c.collection, c.counts]))),
    'data-dir': r.dataDir,
    'duration-seconds': String(r.durationSeconds),
  };
  if (r.report) outputs.report = r.report;
  if (r.snapshot) outputs.snapshot = r.snapshot;
  if (r.backup) outputs['backup-path'] = r.backup.dir;
  if (r.base) outputs.base = r.base.location;
  return { ok: r.refused === null, outputs, summary: { title: 'rollback', headline, tables, notes } };
}

function migrationTouched(m: RollbackResult['collections'][number]['migration']): boolean {
  const off = m.notApplied;
  return (
    m.artifactOnlyItems +
      m.emptyStrings +
      m.updatedAt +
      m.createdAt +
      m.generatedIds.length +
      m.droppedAttributes +
      m.renamedIds +
      off.emptyStringsAsNull +
      off.rewroteUpdatedAt +
      off.generatedIds >
    0
  );
}

function ids(list: readonly string[]): string {
  const shown = list.slice(0, MAX_IDS).join(', ');
  return list.length > MAX_IDS ? `${shown} and ${list.length - MAX_IDS} more (all in the report)` : shown;
}
