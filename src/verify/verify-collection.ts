/**
 * One collection of verify: its data file against the export's items, the
 * rollback report's account and the migration's references. Takes only
 * plain inputs (structured-clone safe) besides the open export and the
 * reporter, so a worker thread can run it on its own copy of the export
 * (verify-worker.ts) while the parent replays its log in collection order.
 */
import path from 'node:path';
import type { Progress, Reporter } from '../core/reporter.js';
import type { ExportedTable, ExportSource } from '../export-format/source.js';
import { applyAccount, isSettled, type RollbackAccount } from './accounted.js';
import { CollectionCheck } from './collection-check.js';
import { collectionReport, type CollectionReport, type CollectionStatus, statusLine } from './collection-report.js';
import { type DataFileRead, readDataFile } from './data-file.js';
import { addToDigest, type ExportRead, exportReads } from './export-reads.js';
import { Digest, type TableDigest } from './digest.js';
import { type CollectionDiff, isClean, noneAccepted } from './diff.js';
import { type FileIndex, indexDataFile, NotAsIndexed } from './file-index.js';
import { type FileKeys } from './file-keys.js';
import { type Finding, say } from './finding.js';
import { type FileItems, itemsOf } from './ids.js';
import { checkKeylessDigests, type KeylessDigestCheck } from './keyless-digests.js';
import { keylessFindings } from './keyless-findings.js';
import { factsFor, type MigrationFacts } from './migration-facts.js';
import type { JsonObject } from './raw-json.js';
import { loadReferences, NO_REFERENCES } from './references.js';
import type { ReportCollection } from './rollback-report.js';

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

/** What the first pass already showed, so a second one (strict) repeats none of it. */
interface Shown {
  progress: Progress | null;
  /** Items counted in the progress. */
  counted: number;
  /** Reference notes warned, each as often as warned. */
  notes: string[];
}

export async function verifyCollection(job: CollectionJob, source: ExportSource, reporter: Reporter): Promise<CollectionOutcome> {
  const abs = path.join(job.dataDirAbs, `${job.collection}.json`);
  const shown: Shown = { progress: null, counted: 0, notes: [] };
  // Elements are first taken on their ids' word, parsed only where compared; one that breaks it means a strict second pass.
  try {
    return await checkOnce(job, source, reporter, abs, await indexDataFile(abs, job.maxLength, null, true), shown);
  } catch (err) {
    if (!(err instanceof NotAsIndexed)) throw err;
  }
  return checkOnce(job, source, reporter, abs, await indexDataFile(abs, job.maxLength), shown);
}

async function checkOnce(
  job: CollectionJob,
  source: ExportSource,
  reporter: Reporter,
  abs: string,
  index: FileIndex | null,
  shown: Shown,
): Promise<CollectionOutcome> {
  const { collection, info, maxLength } = job;
  // Streamed and indexed when it is a plain array of objects the app can read; otherwise read whole, to say what is wrong.
  let refs: { close?: () => void } | null = null;
  try {
    const read: DataFileRead | { items: FileItems } = index ? { items: index } : await readDataFile(abs, maxLength);
    const ctx = await checkContext(job, reporter, index, shown.notes);
    refs = ctx.refs;
    const check = new CollectionCheck('items' in read ? read.items : [], ctx);
    /** References read only once an item needs them: their notes are said with the collection's findings. */
    let lateNotes: string[] = [];
    // The export's digest is needed only to compare with the live tables.
    const digest = job.digest ? new Digest() : null;
    const progress = (shown.progress ??= reporter.progress(`verify ${collection}`, { unit: 'items', total: info.itemCount }));
    // A second pass counts on from where the first stopped.
    let done = 0;
    for await (const item of exportReads(source, info.table)) {
      const loaded = await addChecked(check, ctx, item);
      if (loaded) {
        refs = loaded.refs;
        ctx.notes = lateNotes = loaded.notes;
      }
      if (digest) addToDigest(digest, item);
      if (++done % PROGRESS_BATCH === 0 && done > shown.counted) {
        progress.add(done - shown.counted);
        shown.counted = done;
      }
    }
    if (done >= shown.counted) {
      progress.add(done - shown.counted);
      shown.counted = done;
    }
    // Every element not yet proven by the check is parsed now: the file is one the app's JSON.parse accepts.
    index?.confirmAll();
    const { report, said } = concluded(job, check, read, index);
    sayVerdict(job, reporter, progress, report, said, lateNotes, shown.notes);
    return { report, digest: digest?.value() ?? null, notes: ctx.notes };
  } finally {
    index?.close();
    refs?.close?.();
  }
}

/**
 * Adds an export item to the check, reading the collection's references
 * first when the item needs them (add() answers false until they are
 * given); the references so read, or null.
 */
export async function addChecked(
  check: CollectionCheck,
  ctx: { later: (() => ReturnType<typeof loadReferences>) | null },
  item: ExportRead,
): Promise<Awaited<ReturnType<typeof loadReferences>> | null> {
  if (check.addRead(item)) return null;
  const loaded = await ctx.later!();
  check.useReferences(loaded.refs);
  check.addRead(item);
  return loaded;
}

/** A finished check's report: its diff, and the items without an id against the rollback's digests of them, judged. */
export function concluded(
  job: CollectionJob,
  check: CollectionCheck,
  read: DataFileRead | { items: FileItems },
  index: FileIndex | null,
): { report: CollectionReport; said: Finding[] } {
  const diff = check.finish();
  const inReport = job.inReport;
  const keyless = checkKeylessDigests({
    origins: check.origins(),
    unmatched: check.unmatched(),
    file: inReport?.file ?? null,
    digests: inReport?.keylessDigests ?? new Map<string, string>(),
    read: check.references().read,
  });
  return judged(job, read, index, diff, keyless, job.facts.sources !== null);
}

/** What one thread says once a collection is checked: the late references' notes, the findings, the progress line, the verdict. */
export function sayVerdict(
  job: CollectionJob,
  reporter: Reporter,
  progress: Progress,
  report: CollectionReport,
  said: readonly Finding[],
  notes: readonly string[],
  warned: string[],
): void {
  warnOnce(notes, reporter, warned);
  for (const f of said) say(reporter, f, report.file);
  progress.done(statusLine(report));
  if (report.status === 'accounted') reporter.info(`${job.collection}: ${statusLine(report)}`);
  else if (report.status !== 'ok') reporter.error(`${job.collection}: ${statusLine(report)}`, report.file);
}

/**
 * The collection's report from its diff: invalid when the file cannot be
 * read as the app reads it; with the rollback's account, what it accounts
 * for listed apart; else ok or differs. `said`: the findings the report
 * keeps, to log (only a report with the account has any).
 */
export function judged(
  job: CollectionJob,
  read: DataFileRead | { items: FileItems },
  index: FileIndex | null,
  diff: CollectionDiff,
  keyless: KeylessDigestCheck,
  referencesRead: boolean,
): { report: CollectionReport; said: Finding[] } {
  const { collection, account } = job;
  const file = `${job.dataDir.replace(/\/+$/, '')}/${collection}.json`;
  const place = { collection, table: job.info.table, file };
  const problem = 'problem' in read ? read.problem : null;
  if (problem) {
    // An unreadable file has no items: report it as such, not as every item missing.
    return {
      report: collectionReport(
        place,
        { ...diff, found: 0, missing: [], extra: [], changed: [], migration: noneAccepted() },
        { status: 'invalid', problem },
      ),
      said: [],
    };
  }
  if (!account || !('items' in read))
    return { report: collectionReport(place, diff, { status: isClean(diff) ? 'ok' : 'differs', problem }), said: [] };
  const findings = keylessFindings(collection, file, keyless, referencesRead);
  const fileIds = index ?? idsOf(Array.isArray(read.items) ? itemsOf(read.items as JsonObject[]) : (read.items as FileItems));
  const a = applyAccount(diff, fileIds, account, keyless.aliases);
  const status: CollectionStatus = !isSettled(a) || keyless.mismatches.length > 0 ? 'differs' : a.accounted.length > 0 ? 'accounted' : 'ok';
  // What the files kept on purpose (the item kept from them) is no failure of a rule.
  const stillChanged = new Set(a.diff.changed.map((c) => c.id));
  const migration = { ...diff.migration, notUndone: diff.migration.notUndone.filter((n) => stillChanged.has(n.id)) };
  const report = collectionReport(
    place,
    { ...a.diff, migration },
    {
      status,
      problem,
      accounted: a.accounted,
      deletedButPresent: a.deletedButPresent,
      keylessDigestMismatches: keyless.mismatches,
      keylessNotes: findings.map((f) => f.text),
    },
  );
  return { report, said: findings };
}

/**
 * The collection's settings, the rules and the ids the migration generated;
 * its references read now only where items without an id may need them
 * (a generated id, a file item without one, a file read whole). Otherwise
 * `later` reads them once an item needs them (collection-check.ts), and a
 * collection no rule can change the outcome of reads none.
 */
export async function checkContext(job: CollectionJob, reporter: Reporter, dataFile: FileIndex | null, warned: string[]) {
  const { keys, facts, collection } = job;
  // A resumed migration: the collection's own run (window and backup), as the report records it.
  const { rules, sources } = factsFor(facts, collection);
  const none = { keys, rules, refs: NO_REFERENCES, generated: new Set<string>(), notes: [] as string[], later: null, refsLater: false };
  if (!sources) return none;
  const generated = facts.generated.get(collection) ?? new Set<string>();
  const later = () => loadReferences(collection, sources, job.maxLength, dataFile);
  if (!matchedByContent(job, dataFile)) return { ...none, generated, later, refsLater: true };
  const { refs, notes } = await later();
  warnOnce(notes, reporter, warned);
  return { keys, rules, refs, generated, notes, later: null, refsLater: false };
}

/**
 * Whether some items are matched by content, not by id (ids the migration
 * generated, file items without one, or a file read whole): that matching
 * needs the references from the start, and goes by the export's order.
 */
export function matchedByContent(job: CollectionJob, dataFile: FileIndex | null): boolean {
  const generated = job.facts.generated.get(job.collection);
  return (
    (factsFor(job.facts, job.collection).sources !== null && generated !== undefined && generated.size > 0) ||
    dataFile === null ||
    dataFile.keylessPositions().length > 0
  );
}

/** Warns each note a first pass did not (a second, strict pass reads the same references: the notes read the same unless one repeats a broken element). */
export function warnOnce(notes: readonly string[], reporter: Reporter, warned: string[]): void {
  const left = [...warned];
  for (const note of notes) {
    const at = left.indexOf(note);
    if (at !== -1) left.splice(at, 1);
    else {
      reporter.warning(note);
      warned.push(note);
    }
  }
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
