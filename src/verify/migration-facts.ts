/**
 * What verify may accept of the migration's doing: the rules as the config
 * has them, and the facts only the rollback report holds (the window, the
 * ids the migration generated, where the references are). Without a usable
 * report there are no facts: every artifact is a difference, said so.
 * Pure.
 */
import type { RuleSet } from './migration-rules.js';
import type { ReferenceSources } from './references.js';
import type { RollbackReportView } from './rollback-report.js';

export interface RuleSwitches {
  emptyStringsAsNull: boolean;
  rewroteUpdatedAt: boolean;
  generatedIds: boolean;
}

/** In the result: the rules, the facts used, and why any was not. */
export interface MigrationRulesUse extends RuleSwitches {
  windowStart: string | null;
  windowEnd: string | null;
  /** The migration backup and snapshot folders read as references; null when not. */
  backup: string | null;
  snapshot: string | null;
  /** Per collection, the run of a resumed migration the rollback merged it from (its window and backup, used instead of the two above). */
  runs: Array<{ collection: string; windowStart: string; windowEnd: string; backup: string }>;
  notes: string[];
}

export interface MigrationFacts {
  rules: RuleSet;
  /** null: no references at all. */
  sources: ReferenceSources | null;
  /** collection -> ids the migration generated (empty with the rule off). */
  generated: Map<string, Set<string>>;
  /** collection -> its file as the rollback report names it (for the report's names of items without an id). */
  files: Map<string, string>;
  /** collection -> the run the rollback merged it from: its window and its backup folder as the reference. */
  runs: Map<string, { window: { start: number; end: number }; backupDir: string }>;
  use: MigrationRulesUse;
}

/** The rules and references of one collection: its own run's where the report gives one. */
export function factsFor(facts: MigrationFacts, collection: string): { rules: RuleSet; sources: ReferenceSources | null } {
  const run = facts.runs.get(collection);
  if (!run || !facts.sources) return { rules: facts.rules, sources: facts.sources };
  return { rules: { ...facts.rules, window: run.window }, sources: { ...facts.sources, backupDir: run.backupDir } };
}

const RULES = ['emptyStringsAsNull', 'rewroteUpdatedAt', 'generatedIds'] as const;

/** report: the rollback report verify uses (null when none is usable); reportUse says why one was set aside. */
export function migrationFacts(
  switches: RuleSwitches,
  report: RollbackReportView | null,
  reportUse: { ignored: string | null } | null,
): MigrationFacts {
  const use: MigrationRulesUse = { ...switches, windowStart: null, windowEnd: null, backup: null, snapshot: null, runs: [], notes: [] };
  const none: MigrationFacts = {
    rules: { emptyStringsAsNull: false, rewroteUpdatedAt: false, window: null },
    sources: null,
    generated: new Map(),
    files: new Map(),
    runs: new Map(),
    use,
  };
  if (!RULES.some((r) => switches[r])) return none;
  const m = report?.migration;
  if (!report || !m) {
    const why = !report
      ? reportUse?.ignored
        ? `the rollback report was set aside (${reportUse.ignored})`
        : 'there is no rollback report'
      : 'the rollback report records no migration facts (written by an older version)';
    use.notes.push(
      `migration rules not applied: ${why}, so verify has no references (migration backup, files before the rollback) and no window: every migration artifact counts as a difference`,
    );
    return none;
  }
  for (const r of RULES) {
    if (switches[r] && !m[r])
      use.notes.push(
        `migration rule ${r} is on in the config but the rollback ran with it off: the files keep what it undoes, and verify reports each place where the rule says otherwise`,
      );
  }
  const start = m.windowStart === null ? NaN : Date.parse(m.windowStart);
  const end = m.windowEnd === null ? NaN : Date.parse(m.windowEnd);
  const window = Number.isFinite(start) && Number.isFinite(end) ? { start, end } : null;
  if (switches.rewroteUpdatedAt && window === null && !report.collections.some((c) => c.run))
    use.notes.push("the rollback report gives no migration window: no updatedAt is taken for the migration's");
  use.windowStart = window ? m.windowStart : null;
  use.windowEnd = window ? m.windowEnd : null;
  use.backup = report.backupDir;
  use.snapshot = report.snapshot;
  const runs = new Map<string, { window: { start: number; end: number }; backupDir: string }>();
  for (const c of report.collections) {
    if (!c.run) continue;
    runs.set(c.collection, { window: { start: Date.parse(c.run.windowStart), end: Date.parse(c.run.windowEnd) }, backupDir: c.run.backup });
    use.runs.push({ collection: c.collection, windowStart: c.run.windowStart, windowEnd: c.run.windowEnd, backup: c.run.backup });
  }
  const generated = new Map<string, Set<string>>();
  if (switches.generatedIds) for (const c of report.collections) generated.set(c.collection, new Set(c.generatedIds));
  return {
    rules: { emptyStringsAsNull: switches.emptyStringsAsNull, rewroteUpdatedAt: switches.rewroteUpdatedAt, window },
    sources: { backupDir: report.backupDir, snapshot: report.snapshot },
    generated,
    files: new Map(report.collections.flatMap((c) => (c.file === null ? [] : [[c.collection, c.file] as const]))),
    runs,
    use,
  };
}
