/**
 * verify: the file database against the export, item by item, and with
 * --live the export against the tables as they are now. Differences are
 * findings (ok=false, exit 1); a bad invocation or a bad export is an
 * InputError (exit 2). Differences the rollback's report accounts for
 * (kept from the files by a merge, and the like) are listed apart and do
 * not fail. Reports ids, counts and attribute paths, never values.
 *
 * Reads as its steps, each in a file of its own: check the inputs, open the
 * export, take the rollback report's account, check each collection, parse
 * the other data files, re-read the live tables.
 */
import { openExport, refuseOtherStage } from '../export-format/reader.js';
import { checkCollections, collectionJobs, WORKERS_MIN_ITEMS } from './check-collections.js';
import type { CollectionReport } from './collection-report.js';
import { MAX_STRING_LENGTH } from './data-file.js';
import { collectionsOf } from './export-collections.js';
import { checkInputs } from './input-checks.js';
import type { LiveReport } from './live-check.js';
import { migrationFacts, type MigrationRulesUse, type RuleSwitches } from './migration-facts.js';
import { otherDataFiles } from './other-data-files.js';
import { rollbackAccounts, type RollbackReportUse } from './rollback-accounts.js';
import type { ReportCollection } from './rollback-report.js';
import type { VerifyDeps, VerifyOptions } from './verify-options.js';

export interface VerifyResult {
  ok: boolean;
  from: string;
  dataDir: string;
  collections: CollectionReport[];
  /** null when no rollback report was given or found. */
  rollbackReport: RollbackReportUse | null;
  /** The migration rules verify applied, the facts it took from the rollback report, and notes on what it could not. */
  migrationRules: MigrationRulesUse;
  /** null without --live. */
  live: LiveReport[] | null;
}

export async function runVerify(options: VerifyOptions, deps: VerifyDeps): Promise<VerifyResult> {
  const { reporter } = deps;
  const { from, dataDir } = options;
  const dataDirAbs = await checkInputs(options, deps);
  const maxLength = options.maxStringLength ?? MAX_STRING_LENGTH;

  const source = await openExport(from, { s3: deps.s3 });
  refuseOtherStage(source, options.stage);
  const tables = collectionsOf(source.tables, options.configTables, options.selected);

  const exportIdentity = { location: source.location, startTime: source.startTime, endTime: source.endTime };
  const { use: rollbackReport, accounts, report } = await rollbackAccounts(options.report, dataDirAbs, exportIdentity, reporter);
  const facts = migrationFacts(options.rules ?? NO_SWITCHES, report, rollbackReport);
  // With no rollback report at all (verify before any rollback) that is expected: said, not warned.
  for (const note of facts.use.notes) {
    if (rollbackReport === null) reporter.info(note);
    else reporter.warning(note);
  }

  const reported = new Map<string, ReportCollection>(report?.collections.map((c) => [c.collection, c]) ?? []);
  const jobs = collectionJobs(tables, {
    dataDirAbs,
    dataDir,
    keys: options.collections,
    maxLength,
    digest: options.live,
    facts,
    accounts,
    reported,
  });
  const liveInputs = { since: options.since, stage: options.stage, segments: options.segments, s3: deps.s3, dynamo: deps.dynamo };
  // The live tables are scanned while the collections are checked (live-check.ts), loaded (and the SDK's scan with it) only for --live.
  const liveCheck = options.live ? await import('./live-check.js') : null;
  const scans = liveCheck ? liveCheck.startLiveScans(tables, liveInputs) : null;
  try {
    // An s3:// export is read through the main thread's client: no workers; nor for fewer items than they pay for.
    const items = jobs.reduce((n, j) => n + j.info.itemCount, 0);
    const workers = from.kind === 's3' || (options.workersWhereTheyPay && items < WORKERS_MIN_ITEMS) ? 1 : (options.workers ?? 1);
    const checked = await checkCollections(jobs, source, from, workers, reporter);
    facts.use.notes.push(...checked.notes);

    const others = options.selected ? [] : await otherDataFiles(dataDirAbs, dataDir, new Set(tables.map((t) => t.collection)), maxLength);
    const collections = [...checked.collections, ...others];

    const live = liveCheck ? await liveCheck.checkLive(tables, checked.exported, source, liveInputs, reporter, scans) : null;
    const ok =
      collections.every((c) => c.status === 'ok' || c.status === 'accounted' || c.status === 'not exported') &&
      (live?.every((l) => l.same) ?? true);
    return { ok, from: source.location, dataDir, collections, rollbackReport, migrationRules: facts.use, live };
  } finally {
    scans?.stop();
  }
}

const NO_SWITCHES: RuleSwitches = { emptyStringsAsNull: false, rewroteUpdatedAt: false, generatedIds: false };
