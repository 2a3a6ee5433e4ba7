/**
 * The migration rules as one run applies them: the config's switches and
 * the window they need, with a line saying how the window was found. One
 * place for the rollback (from the backup's times, or a catch-up's base
 * report) and status (from the progress file and the backup it found).
 */
import type { MigrationSettings } from '../config/types.js';
import { type MigrationRules, NO_RULES } from '../merge/migration.js';
import { describeWindow, migrationWindow } from './window.js';

export interface MigrationPlan {
  rules: MigrationRules;
  generatedIds: boolean;
  /** For the plan and the report: the window and where it came from. */
  window: string;
}

export const NO_MIGRATION_PLAN: MigrationPlan = { rules: NO_RULES, generatedIds: false, window: 'not used (no migration rules)' };

/** The window found from the progress file's times and the backup's. */
export function planMigration(
  settings: MigrationSettings,
  times: { startTime?: string | null; endTime?: string | null; backupTime: Date | null },
): MigrationPlan {
  const window = migrationWindow({
    startTime: times.startTime ?? undefined,
    endTime: times.endTime ?? undefined,
    backupTime: times.backupTime,
    windowMinutes: settings.windowMinutes,
  });
  return withWindow(settings, window, describeWindow(window, settings.windowMinutes));
}

/** A window given as it is (a catch-up's, from the base rollback's report), with its description. */
export function withWindow(settings: MigrationSettings, window: { start: number; end: number } | null, description: string): MigrationPlan {
  return {
    rules: { emptyStringsAsNull: settings.emptyStringsAsNull, rewroteUpdatedAt: settings.rewroteUpdatedAt, window },
    generatedIds: settings.generatedIds,
    window: description,
  };
}
