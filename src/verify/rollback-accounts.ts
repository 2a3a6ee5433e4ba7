/**
 * The rollback report as verify takes it into account: found (given, or
 * the newest beside the data dir), checked that it describes this data dir
 * rolled back from this export, and turned into what each collection's
 * check may accept. Set aside, with a warning saying why, otherwise.
 */
import type { Reporter } from '../core/reporter.js';
import type { RollbackAccount } from './accounted.js';
import { type ExportIdentity, loadRollbackReport, type RollbackReportView, whyNotApplicable } from './rollback-report.js';

/** The rollback report verify took into account, or found and set aside. */
export interface RollbackReportUse {
  path: string;
  used: boolean;
  /** Why it was set aside; null when used. */
  ignored: string | null;
  strategy: string | null;
  prefer: string | null;
  startedAt: string | null;
  /** Per collection, the ids whose other version the rollback's merge conflicts set aside (its lost lists): said, never passed over. */
  setAside: Array<{ collection: string; ids: string[] }>;
}

/**
 * The rollback report's ids per collection, when the report describes this
 * data dir rolled back from this export; else none, with a warning saying why
 * (verify is then as strict as without a report).
 */
export async function rollbackAccounts(
  given: string | undefined,
  dataDirAbs: string,
  exported: ExportIdentity,
  reporter: Reporter,
): Promise<{ use: RollbackReportUse | null; accounts: Map<string, RollbackAccount>; report: RollbackReportView | null }> {
  const accounts = new Map<string, RollbackAccount>();
  const load = await loadRollbackReport(given, dataDirAbs);
  if (!('report' in load)) {
    if (load.path === null) return { use: null, accounts, report: null };
    reporter.warning(`rollback report ${load.path} ${load.note}; not taken into account: every difference from the export counts`);
    return {
      use: { path: load.path, used: false, ignored: load.note, strategy: null, prefer: null, startedAt: null, setAside: [] },
      accounts,
      report: null,
    };
  }
  const r = load.report;
  const use: RollbackReportUse = {
    path: r.path,
    used: true,
    ignored: null,
    strategy: r.strategy,
    prefer: r.prefer,
    startedAt: r.startedAt,
    setAside: [],
  };
  const why = whyNotApplicable(r, exported, dataDirAbs);
  if (why) {
    reporter.warning(`rollback report ${r.path} ignored: ${why}; every difference from the export counts`);
    return { use: { ...use, used: false, ignored: why }, accounts, report: null };
  }
  reporter.info(
    `rollback report ${r.path} (${r.strategy}${r.strategy === 'merge' ? `, prefer ${r.prefer}` : ''}, started ${r.startedAt}): differences it accounts for are listed, not failed`,
  );
  for (const c of r.collections) {
    if (r.strategy === 'merge' && c.lost.length > 0) {
      use.setAside.push({ collection: c.collection, ids: c.lost });
      reporter.warning(
        `${c.collection}: the rollback's merge set aside the other version of ${c.lost.length} item(s) in conflicts (prefer ${r.prefer}): ${c.lost.slice(0, 20).join(', ')}${c.lost.length > 20 ? ' ...' : ''}; the file holds the version the conflict took, the other is only in the rollback report`,
      );
    }
    accounts.set(c.collection, {
      fromFiles: c.fromFiles,
      deletedByFiles: c.deletedByFiles,
      restoredFromBackup: c.restoredFromBackup,
      // backup drops writes only when the operator allowed it (else it refused, and the report is set aside above).
      acceptedLoss: r.strategy === 'backup' ? c.lost : [],
    });
  }
  return { use, accounts, report: r };
}
