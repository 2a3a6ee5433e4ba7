/**
 * One collection of verify: its data file against the export's items, the
 * rollback report's account and the migration's references. Takes only
 * plain inputs (structured-clone safe) besides the open export and the
 * reporter, so a worker thread can run it on its own copy of the export
 * (verify-worker.ts) while the parent replays its log in collection order.
 */
import path from 'node:path';
import type { Reporter } from '../core/reporter.js';
import type { ExportedTable, ExportSource } from '../export-format/source.js';
import { applyAccount, isSettled, type RollbackAccount } from './accounted.js';
import { CollectionCheck, type FileItems, isClean, itemsOf, noneAccepted } from './collection-check.js';
import { type DataFileRead, readDataFile } from './data-file.js';
import { Digest, type TableDigest } from './digest.js';
import { indexDataFile } from './file-index.js';
import { type FileKeys } from './file-keys.js';
import { checkKeylessDigests, type KeylessDigestCheck } from './keyless-digests.js';
import { factsFor, type MigrationFacts } from './migration-facts.js';
import type { JsonObject } from './raw-json.js';
import { loadReferences, NO_REFERENCES } from './references.js';
import type { ReportCollection } from './rollback-report.js';
import type { CollectionReport, CollectionStatus } from './run-verify.js';

/** Everything one collection's check needs besides the export and the reporter. */
export interface CollectionJob {
  collection: string;
  info: ExportedTable;
  /** The data dir, absolute. */
  dataDirAbs: string;
  /** The data dir as configured, for messages. */
  dataDir: string;
  keys: FileKeys;
  maxLength: number;
  /** --live: the export's digest of the table is wanted. */
  digest: boolean;
  facts: MigrationFacts;
  account: RollbackAccount | undefined;
  inReport: ReportCollection | undefined;
}

export interface CollectionOutcome {
  report: CollectionReport;
  /** null without --live. */
  digest: TableDigest | null;
  /** Notes on the references, for the result's migrationRules.notes (in collection order). */
  notes: string[];
}

const PROGRESS_BATCH = 1000;

export async function verifyCollection(job: CollectionJob, source: ExportSource, reporter: Reporter): Promise<CollectionOutcome> {
  const { collection, info, facts, maxLength } = job;
  const file = `${job.dataDir.replace(/\/+$/, '')}/${collection}.json`;
  // Streamed and indexed when it is a plain array of objects the app can read; otherwise read whole, to say what is wrong.
  const abs = path.join(job.dataDirAbs, `${collection}.json`);
  const index = await indexDataFile(abs, maxLength);
  let refs: { close?: () => void } | null = null;
  try {
    const read: DataFileRead | { items: FileItems } = index ? { items: index } : await readDataFile(abs, maxLength);
    const ctx = await checkContext(job, reporter);
    refs = ctx.refs;
    const check = new CollectionCheck('items' in read ? read.items : [], ctx);
    // The export's digest is needed only to compare with the live tables.
    const digest = job.digest ? new Digest() : null;
    const progress = reporter.progress(`verify ${collection}`, { unit: 'items', total: info.itemCount });
    let pending = 0;
    for await (const item of source.items(info.table)) {
      check.add(item);
      digest?.add(item);
      if (++pending === PROGRESS_BATCH) {
        progress.add(pending);
        pending = 0;
      }
    }
    progress.add(pending);
    const diff = check.finish();
    const inReport = job.inReport;
    const keyless = checkKeylessDigests({
      origins: check.origins(),
      unmatched: check.unmatched(),
      file: inReport?.file ?? null,
      digests: inReport?.keylessDigests ?? new Map<string, string>(),
      read: ctx.refs.read,
    });
    const keylessNotes = keylessLines(collection, file, keyless, facts.sources !== null);
    const aliases = keyless.aliases;
    const problem = 'problem' in read ? read.problem : null;
    const account = job.account;
    let report: CollectionReport;
    if (problem) {
      // An unreadable file has no items: report it as such, not as every item missing.
      report = { ...diff, found: 0, missing: [], extra: [], changed: [], migration: noneAccepted(), collection, table: info.table, file, status: 'invalid', problem, accounted: [], deletedButPresent: [], keylessDigestMismatches: [], keylessNotes: [] };
    } else if (account && 'items' in read) {
      const fileIds = index ?? idsOf(Array.isArray(read.items) ? itemsOf(read.items as JsonObject[]) : (read.items as FileItems));
      const a = applyAccount(diff, fileIds, account, aliases);
      const status: CollectionStatus = !isSettled(a) || keyless.mismatches.length > 0 ? 'differs' : a.accounted.length > 0 ? 'accounted' : 'ok';
      // What the files kept on purpose (the item kept from them) is no failure of a rule.
      const stillChanged = new Set(a.diff.changed.map((c) => c.id));
      const migration = { ...diff.migration, notUndone: diff.migration.notUndone.filter((n) => stillChanged.has(n.id)) };
      report = { ...a.diff, migration, collection, table: info.table, file, status, problem, accounted: a.accounted, deletedButPresent: a.deletedButPresent, keylessDigestMismatches: keyless.mismatches, keylessNotes };
    } else {
      report = { ...diff, collection, table: info.table, file, status: isClean(diff) ? 'ok' : 'differs', problem, accounted: [], deletedButPresent: [], keylessDigestMismatches: [], keylessNotes: [] };
    }
    for (const line of report.keylessNotes) {
      if (line.includes("but the report's digest")) reporter.error(line, file);
      else if (line.includes('no digest the report gives')) reporter.warning(line);
      else reporter.info(line);
    }
    const { status } = report;
    progress.done(statusLine(report));
    if (status === 'accounted') reporter.info(`${collection}: ${statusLine(report)}`);
    else if (status !== 'ok') reporter.error(`${collection}: ${statusLine(report)}`, file);
    return { report, digest: digest?.value() ?? null, notes: ctx.notes };
  } finally {
    index?.close();
    refs?.close?.();
  }
}

/** The collection's settings, the rules, its references and the ids the migration generated. */
async function checkContext(job: CollectionJob, reporter: Reporter) {
  const { keys, facts, collection } = job;
  // A resumed migration: the collection's own run (window and backup), as the report records it.
  const { rules, sources } = factsFor(facts, collection);
  if (!sources) return { keys, rules, refs: NO_REFERENCES, generated: new Set<string>(), notes: [] as string[] };
  const { refs, notes } = await loadReferences(collection, sources, job.maxLength);
  for (const note of notes) reporter.warning(note);
  return { keys, rules, refs, generated: facts.generated.get(collection) ?? new Set<string>(), notes };
}

/** One line per item taken by the report's digest, per mismatch, and per item no digest fits (ids and places only). */
function keylessLines(collection: string, file: string, k: KeylessDigestCheck, referencesRead: boolean): string[] {
  const absent = (from: 'backup' | 'before') =>
    !referencesRead ? `the ${from === 'before' ? 'snapshot' : 'migration backup'} is not read (no migration rule is on)` : from === 'before' ? 'the snapshot is not here' : 'the migration backup is not here';
  const out: string[] = [];
  for (const b of k.byDigest) out.push(`${collection}: ${b.id} in ${file} is the report's ${b.reportId}: accounted for by the report's digest; ${absent(b.absent)}`);
  for (const m of k.mismatches) {
    out.push(`${collection}: ${m.id} in ${file} is the report's ${m.reportId}, but the report's digest of it does not match its content there: the report or the reference was changed since the rollback`);
  }
  if (k.unrecognised.length > 0) {
    out.push(`${collection}: ${list(k.unrecognised)} in ${file} ${k.unrecognised.length === 1 ? 'matches' : 'match'} no digest the report gives for an item without an id whose place is not here: changed since the rollback, or not the rollback's`);
  }
  return out;
}

function list(ids: readonly string[]): string {
  return ids.length > 10 ? `${ids.slice(0, 10).join(', ')} (+${ids.length - 10} more)` : ids.join(', ');
}

export function statusLine(r: CollectionReport): string {
  if (r.problem) return `${r.file} ${r.problem}`;
  if (r.status === 'not exported') return `${r.found ? `${r.found} items, ` : ''}not in the export (checked that it parses)`;
  const parts = [`expected ${r.expected}, found ${r.found}`];
  if (r.missing.length) parts.push(`${r.missing.length} missing`);
  if (r.extra.length) parts.push(`${r.extra.length} extra`);
  if (r.changed.length) parts.push(`${r.changed.length} changed`);
  if (r.duplicateIds.length) parts.push(`${r.duplicateIds.length} duplicate ids in the file`);
  if (r.duplicateExportIds.length) parts.push(`${r.duplicateExportIds.length} duplicate ids in the export`);
  if (r.exportItemsWithoutId) parts.push(`${r.exportItemsWithoutId} export items without an id`);
  if (r.deletedButPresent.length) parts.push(`${r.deletedButPresent.length} deleted by the rollback but in the file`);
  if (r.accounted.length) parts.push(`${r.accounted.length} accounted for by the rollback`);
  const m = r.migration;
  const artifacts = m.emptyStringsAsNull + m.rewroteUpdatedAt + m.generatedIds;
  if (artifacts) parts.push(`${artifacts} migration artifacts undone as the rules say`);
  if (m.notUndone.length) parts.push(`${m.notUndone.length} migration artifacts left in the file that the rules undo`);
  return parts.join(', ');
}

/** The ids a file's items have (items without one have none); an index answers from its own lookup. */
function idsOf(items: FileItems): { has(id: string): boolean } {
  const ids = new Set<string>();
  for (let i = 0; i < items.count; i++) {
    const id = items.idAt(i);
    if (id) ids.add(id.shown);
  }
  return ids;
}
