/** How a verify result is shown: outputs, a headline, the tables, and the notes (verify-notes-present.ts). Ids and counts, never values. */
import type { SummaryTable } from '../core/summary.js';
import { becauseLabel } from '../verify/accounted.js';
import type { CollectionReport } from '../verify/collection-report.js';
import type { LiveReport } from '../verify/live-check.js';
import type { VerifyResult } from '../verify/run-verify.js';
import type { Presentation } from './types.js';
import { list, verifyNotes } from './verify-notes-present.js';
import { opt } from '../core/option-name.js';

const ACCOUNTED_ROWS = 50;

type AccountedRow = CollectionReport['accounted'][number] & { collection: string };

export function presentVerify(r: VerifyResult): Presentation {
  const bad = r.collections.filter((c) => c.status === 'differs' || c.status === 'invalid');
  const liveBad = r.live?.filter((l) => !l.same) ?? [];
  const accounted = r.collections.flatMap((c) => c.accounted.map((a) => ({ collection: c.collection, ...a })));
  const why = accountedWhy(r);
  return {
    ok: r.ok,
    outputs: outputsOf(r, bad, liveBad),
    summary: {
      title: 'verify',
      headline: r.ok ? okHeadline(r, accounted.length, why) : failedHeadline(bad, liveBad),
      tables: [collectionsTable(r), ...liveTable(r.live), ...accountedTable(accounted, why), ...migrationTable(r)],
      notes: verifyNotes(r, liveBad),
    },
  };
}

function okHeadline(r: VerifyResult, accounted: number, why: string): string {
  const checked = r.collections.filter((c) => c.table !== null);
  const items = checked.reduce((n, c) => n + c.expected, 0);
  const artifacts = r.collections.reduce((n, c) => n + artifactCount(c), 0);
  return `${checked.length} collections, ${items} items match the export${
    accounted ? ` except ${accounted} accounted for by the rollback (${why})` : ''
  }${artifacts ? `; ${artifacts} migration artifacts undone as the rules say` : ''}${r.live ? '; live tables unchanged since the export' : ''}${setAsideHeadline(r)}`;
}

function failedHeadline(bad: readonly CollectionReport[], liveBad: readonly LiveReport[]): string {
  return [
    bad.length ? `${bad.length} collection${bad.length === 1 ? '' : 's'} differ (${bad.map((c) => c.collection).join(', ')})` : '',
    liveBad.length ? `written after the export: ${liveBad.map((l) => l.table).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** Versions the rollback's merge conflicts set aside, in the headline, so a lost edit is never passed over. */
function setAsideHeadline(r: VerifyResult): string {
  const n = r.rollbackReport?.setAside.reduce((s, c) => s + c.ids.length, 0) ?? 0;
  return n > 0
    ? `; ${n} version${n === 1 ? '' : 's'} set aside by the rollback's conflicts (prefer ${r.rollbackReport!.prefer}; see the notes)`
    : '';
}

function outputsOf(r: VerifyResult, bad: readonly CollectionReport[], liveBad: readonly LiveReport[]): Record<string, string> {
  return {
    collections: JSON.stringify(Object.fromEntries(r.collections.map((c) => [c.collection, c.status]))),
    counts: JSON.stringify(
      Object.fromEntries(
        r.collections.map((c) => [
          c.collection,
          {
            expected: c.expected,
            found: c.found,
            missing: c.missing.length,
            extra: c.extra.length,
            changed: c.changed.length,
            accounted: c.accounted.length,
          },
        ]),
      ),
    ),
    differences: String(bad.length),
    live: r.live === null ? 'not checked' : liveBad.length === 0 ? 'unchanged' : 'changed',
    'live-changed': JSON.stringify(liveBad.map((l) => l.table)),
    report: r.rollbackReport?.used ? r.rollbackReport.path : '',
  };
}

function collectionsTable(r: VerifyResult): SummaryTable {
  return {
    caption: `File database (${r.dataDir}) against the export`,
    headers: ['collection', 'expected', 'found', 'missing', 'extra', 'changed', 'status'],
    rows: r.collections.map((c) => [
      c.collection,
      c.table === null ? '-' : String(c.expected),
      c.problem ? '-' : String(c.found),
      String(c.missing.length),
      String(c.extra.length),
      String(c.changed.length),
      statusCell(c),
    ]),
  };
}

function statusCell(c: CollectionReport): string {
  if (c.status === 'ok') return 'ok';
  if (c.status === 'accounted') return `ok (${c.accounted.length} accounted for by the rollback)`;
  if (c.status === 'not exported') return 'not exported (parses)';
  return c.problem ? `INVALID: ${c.problem}` : 'DIFFERS';
}

function liveTable(live: VerifyResult['live']): SummaryTable[] {
  if (!live) return [];
  return [
    {
      caption: 'Live tables against the export',
      headers: ['collection', 'table', 'export items', 'live items', 'status'],
      rows: live.map((l) => [
        l.collection,
        l.table,
        String(l.exported.count),
        l.live ? String(l.live.count) : '-',
        l.same ? 'unchanged' : 'CHANGED',
      ]),
    },
  ];
}

/** What the accounted differences are, by the rollback's strategy. */
function accountedWhy(r: VerifyResult): string {
  return r.rollbackReport?.strategy === 'backup'
    ? `backup: restored from it, or dropped with ${opt('allow-data-loss')}`
    : 'kept from files';
}

function accountedTable(rows: readonly AccountedRow[], why: string): SummaryTable[] {
  if (rows.length === 0) return [];
  return [
    {
      caption: `Accounted for by the rollback (${why}), not failures${rows.length > ACCOUNTED_ROWS ? ` (first ${ACCOUNTED_ROWS} of ${rows.length}; all in the JSON result)` : ''}`,
      headers: ['collection', 'id', 'difference', 'because', 'paths'],
      rows: rows
        .slice(0, ACCOUNTED_ROWS)
        .map((a) => [
          a.collection,
          a.id,
          a.difference === 'missing' ? 'not in the file' : a.difference === 'extra' ? 'not in the export' : 'differs',
          becauseLabel(a.because),
          a.paths ? list(a.paths) : '',
        ]),
    },
  ];
}

function artifactCount(c: CollectionReport): number {
  const m = c.migration;
  return m.emptyStringsAsNull + m.rewroteUpdatedAt + m.generatedIds;
}

/** What each rule accepted, per collection: counts only (the ids and paths are in the JSON result). */
function migrationTable(r: VerifyResult): SummaryTable[] {
  const rows = r.collections.filter((c) => artifactCount(c) > 0 || c.migration.droppedAttributes > 0);
  if (rows.length === 0) return [];
  return [
    {
      caption: 'Migration artifacts undone by the rollback, accepted as the rules say (ids and paths in the JSON result)',
      headers: [
        'collection',
        '"" stored as NULL (emptyStringsAsNull)',
        'timestamps the migration wrote (rewroteUpdatedAt)',
        'generated ids matched by content (generatedIds)',
        'attributes dropped (drop)',
      ],
      rows: rows.map((c) => [
        c.collection,
        String(c.migration.emptyStringsAsNull),
        String(c.migration.rewroteUpdatedAt),
        String(c.migration.generatedIds),
        String(c.migration.droppedAttributes),
      ]),
    },
  ];
}
