import path from 'node:path';
import { selectTables } from '../config/tables.js';
import { InputError } from '../core/errors.js';
import type { Summary, SummaryTable } from '../core/summary.js';
import { BECAUSE_LABEL } from '../verify/accounted.js';
import { changedLine, type CollectionReport, DEFAULT_LIVE_SEGMENTS, liveLine, runVerify, type VerifyResult } from '../verify/run-verify.js';
import { workerCount } from '../core/worker-pool.js';
import { dynamoFor, s3For } from './clients.js';
import { readOption } from './read-option.js';
import { defineCommand } from './types.js';

const LIST_LIMIT = 20;
const ACCOUNTED_ROWS = 50;

function list(ids: string[]): string {
  const shown = ids.slice(0, LIST_LIMIT).join(', ');
  return ids.length > LIST_LIMIT ? `${shown} (+${ids.length - LIST_LIMIT} more)` : shown;
}

function notesOf(c: CollectionReport): string[] {
  const out: string[] = [];
  if (c.problem) out.push(`${c.collection}: ${c.file} ${c.problem}`);
  if (c.missing.length) out.push(`${c.collection}: missing from the file: ${list(c.missing)}`);
  if (c.extra.length) out.push(`${c.collection}: not in the export: ${list(c.extra)}`);
  for (const n of c.migration.notUndone.slice(0, LIST_LIMIT)) {
    out.push(
      n.rule === 'emptyStringsAsNull'
        ? `${c.collection}: ${n.id} holds null where the reference held "" at ${list(n.paths)}: emptyStringsAsNull says the rollback puts "" back`
        : `${c.collection}: ${n.id} holds the migration's time at ${list(n.paths)}: rewroteUpdatedAt says the rollback puts back the reference's`,
    );
  }
  for (const ch of c.changed.slice(0, LIST_LIMIT)) out.push(`${c.collection}: ${ch.id} differs at ${list(ch.paths)}`);
  if (c.changed.length > LIST_LIMIT) out.push(`${c.collection}: and ${c.changed.length - LIST_LIMIT} more changed items (see the JSON result)`);
  out.push(...c.keylessNotes.slice(0, LIST_LIMIT));
  if (c.deletedButPresent.length) out.push(`${c.collection}: deleted by the rollback (the file side had deleted them) but in the file again: ${list(c.deletedButPresent)}`);
  if (c.duplicateIds.length) out.push(`${c.collection}: duplicate ids in the file: ${list(c.duplicateIds)}`);
  if (c.duplicateExportIds.length) out.push(`${c.collection}: duplicate ids in the export: ${list(c.duplicateExportIds)}`);
  if (c.exportItemsWithoutId) out.push(`${c.collection}: ${c.exportItemsWithoutId} export items have no id and cannot be matched`);
  return out;
}

/** The file database against the export, item by item; --live: the export against the tables now. */
export const verifyCommand = defineCommand<VerifyResult>({
  name: 'verify',
  description: 'Check the file database against the export item by item (independent comparator); --live also re-reads the tables',
  options: ['from', 'data-dir', 'tables', 'live', 'since', 'segments', 'verify-report-in', 'result-file', 'retry-budget'],
  outputs: {
    collections: 'JSON object: collection -> status (ok, accounted, differs, invalid, not exported)',
    counts: 'JSON object: collection -> expected, found, missing, extra, changed, accounted',
    differences: 'Number of collections that differ from the export or are invalid (differences the rollback accounts for excluded)',
    live: 'Live re-read: unchanged, changed, or not checked',
    'live-changed': 'JSON array of tables whose live digest differs from the export',
    report: 'Path of the rollback report taken into account (empty when none was used)',
  },
  run(ctx) {
    const { options, config, cwd } = ctx;
    if (!options.from) throw new InputError('verify needs --from: the export folder or s3://bucket/prefix the rollback used');
    const fromS3 = options.from.startsWith('s3://');
    if (options.since !== undefined && options.live !== true) throw new InputError('verify: --since is the incremental export --live reads instead of a scan; add --live, or drop --since');
    const since = options.since === undefined ? undefined : options.since.startsWith('s3://') ? options.since : path.resolve(cwd, options.since);
    return runVerify(
      {
        from: fromS3 ? options.from : path.resolve(cwd, options.from),
        cwd,
        dataDir: config.dataDir,
        configTables: config.tables,
        collections: config.collections,
        rules: {
          emptyStringsAsNull: config.migration.emptyStringsAsNull,
          rewroteUpdatedAt: config.migration.rewroteUpdatedAt,
          generatedIds: config.migration.generatedIds,
        },
        selected: options.tables ? selectTables(config, options.tables) : undefined,
        live: readOption(options, 'live'),
        segments: options.segments ?? DEFAULT_LIVE_SEGMENTS,
        ...(since ? { since } : {}),
        report: options.report === undefined ? undefined : path.resolve(cwd, options.report),
        stage: config.stage,
        workers: workerCount(),
      },
      {
        reporter: ctx.reporter,
        ...(fromS3 || since?.startsWith('s3://') ? { s3: s3For(ctx) } : {}),
        ...(options.live && !since ? { dynamo: dynamoFor(ctx) } : {}),
      },
    );
  },
  present(r) {
    const bad = r.collections.filter((c) => c.status === 'differs' || c.status === 'invalid');
    const liveBad = r.live?.filter((l) => !l.same) ?? [];
    const checked = r.collections.filter((c) => c.table !== null);
    const items = checked.reduce((n, c) => n + c.expected, 0);
    const accounted = r.collections.flatMap((c) => c.accounted.map((a) => ({ collection: c.collection, ...a })));
    const why = accountedWhy(r);
    const artifacts = r.collections.reduce((n, c) => n + artifactCount(c), 0);
    const headline = r.ok
      ? `${checked.length} collections, ${items} items match the export${
          accounted.length ? ` except ${accounted.length} accounted for by the rollback (${why})` : ''
        }${artifacts ? `; ${artifacts} migration artifacts undone as the rules say` : ''}${r.live ? '; live tables unchanged since the export' : ''}${setAsideHeadline(r)}`
      : [
          bad.length ? `${bad.length} collection${bad.length === 1 ? '' : 's'} differ (${bad.map((c) => c.collection).join(', ')})` : '',
          liveBad.length ? `written after the export: ${liveBad.map((l) => l.table).join(', ')}` : '',
        ].filter(Boolean).join('; ');
    const summary: Summary = {
      title: 'verify',
      headline,
      tables: [
        {
          caption: `File database (${r.dataDir}) against the export`,
          headers: ['collection', 'expected', 'found', 'missing', 'extra', 'changed', 'status'],
          rows: r.collections.map((c) => [
            c.collection,
            c.table === null ? '-' : String(c.expected),
            c.problem ? '-' : String(c.found),
            String(c.missing.length),
            String(c.extra.length),
            String(c.changed.length),
            c.status === 'ok'
              ? 'ok'
              : c.status === 'accounted'
                ? `ok (${c.accounted.length} accounted for by the rollback)`
                : c.status === 'not exported' ? 'not exported (parses)' : c.problem ? `INVALID: ${c.problem}` : 'DIFFERS',
          ]),
        },
        ...(r.live
          ? [
              {
                caption: 'Live tables against the export',
                headers: ['collection', 'table', 'export items', 'live items', 'status'],
                rows: r.live.map((l) => [l.collection, l.table, String(l.exported.count), l.live ? String(l.live.count) : '-', l.same ? 'unchanged' : 'CHANGED']),
              },
            ]
          : []),
        ...accountedTable(accounted, why),
        ...migrationTable(r),
      ],
      notes: [
        ...reportNotes(r),
        ...setAsideLines(r),
        ...migrationNotes(r),
        ...r.collections.flatMap(notesOf),
        ...liveBad.map((l) => `${l.table}: ${l.changedIds ? changedLine(l.changedIds) : liveLine(l.exported, l.live)}`),
      ],
    };
    return {
      ok: r.ok,
      outputs: {
        collections: JSON.stringify(Object.fromEntries(r.collections.map((c) => [c.collection, c.status]))),
        counts: JSON.stringify(
          Object.fromEntries(
            r.collections.map((c) => [
              c.collection,
              { expected: c.expected, found: c.found, missing: c.missing.length, extra: c.extra.length, changed: c.changed.length, accounted: c.accounted.length },
            ]),
          ),
        ),
        differences: String(bad.length),
        live: r.live === null ? 'not checked' : liveBad.length === 0 ? 'unchanged' : 'changed',
        'live-changed': JSON.stringify(liveBad.map((l) => l.table)),
        report: r.rollbackReport?.used ? r.rollbackReport.path : '',
      },
      summary,
    };
  },
});

/** What the accounted differences are, by the rollback's strategy. */
function accountedWhy(r: VerifyResult): string {
  return r.rollbackReport?.strategy === 'backup' ? 'backup: restored from it, or dropped with --allow-data-loss' : 'kept from files';
}

function accountedTable(rows: Array<CollectionReport['accounted'][number] & { collection: string }>, why: string): SummaryTable[] {
  if (rows.length === 0) return [];
  return [
    {
      caption: `Accounted for by the rollback (${why}), not failures${rows.length > ACCOUNTED_ROWS ? ` (first ${ACCOUNTED_ROWS} of ${rows.length}; all in the JSON result)` : ''}`,
      headers: ['collection', 'id', 'difference', 'because', 'paths'],
      rows: rows.slice(0, ACCOUNTED_ROWS).map((a) => [
        a.collection,
        a.id,
        a.difference === 'missing' ? 'not in the file' : a.difference === 'extra' ? 'not in the export' : 'differs',
        BECAUSE_LABEL[a.because],
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
      headers: ['collection', '"" stored as NULL (emptyStringsAsNull)', 'timestamps the migration wrote (rewroteUpdatedAt)', 'generated ids matched by content (generatedIds)', 'attributes dropped (drop)'],
      rows: rows.map((c) => [c.collection, String(c.migration.emptyStringsAsNull), String(c.migration.rewroteUpdatedAt), String(c.migration.generatedIds), String(c.migration.droppedAttributes)]),
    },
  ];
}

function migrationNotes(r: VerifyResult): string[] {
  const m = r.migrationRules;
  const on = (['emptyStringsAsNull', 'rewroteUpdatedAt', 'generatedIds'] as const).filter((k) => m[k]);
  if (on.length === 0) return [];
  const window = m.windowStart && m.windowEnd ? `; window ${m.windowStart} to ${m.windowEnd}` : '';
  const refs = [m.backup ? `migration backup ${m.backup}` : '', m.snapshot ? `files before the rollback ${m.snapshot}` : ''].filter(Boolean).join(', ');
  const runs = m.runs.map((x) => `${x.collection}: its run of a resumed migration, window ${x.windowStart} to ${x.windowEnd}, reference backup ${x.backup} (from the rollback report)`);
  return [`migration rules on: ${on.join(', ')}${window}${refs ? `; references: ${refs}` : ''}`, ...runs, ...m.notes];
}

/** Versions the rollback's merge conflicts set aside: in the headline and one line per collection, so a lost edit is never passed over. */
function setAsideHeadline(r: VerifyResult): string {
  const n = r.rollbackReport?.setAside.reduce((s, c) => s + c.ids.length, 0) ?? 0;
  return n > 0 ? `; ${n} version${n === 1 ? '' : 's'} set aside by the rollback's conflicts (prefer ${r.rollbackReport!.prefer}; see the notes)` : '';
}

function setAsideLines(r: VerifyResult): string[] {
  return (r.rollbackReport?.setAside ?? []).map((c) => `${c.collection}: set aside by the rollback's conflicts (the file holds the version the conflict took; the other is in the rollback report's lost lists): ${list(c.ids)}`);
}

function reportNotes(r: VerifyResult): string[] {
  const u = r.rollbackReport;
  if (!u) return [];
  return [u.used ? `rollback report: ${u.path} (${u.strategy}, started ${u.startedAt})` : `rollback report ${u.path} not taken into account: ${u.ignored}`];
}
