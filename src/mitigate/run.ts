/**
 * mitigate: the runbook's scenario 2 mitigation. Plan every table from
 * DescribeTable (plan.ts); refuse the lot, changing nothing, when any table
 * would be refused; write the report (the settings before); UpdateTable per
 * table; wait until each table and its GSIs are ACTIVE in the new mode
 * within the timeout; write the report again with the outcome.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { DescribeTableCommand, type TableDescription, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import type { DepsOf } from '../clients/deps.js';
import type { DynamoClient } from '../clients/dynamodb.js';
import { defaultSleep } from '../clients/retry.js';
import type { TableRef } from '../config/tables.js';
import { describeError, InputError } from '../core/errors.js';
import { describeTable } from '../clients/dynamodb-describe.js';
import { describeSettings, planTable, type Settings, type Target, type TablePlan } from './plan.js';
import { type MitigateReport, readReport, type TableReport, writeReport } from './report.js';
import { opt } from '../core/option-name.js';

export type MitigateOptions = {
  stage: string;
  region: string;
  /** Where the report goes. */
  reportFile: string;
  timeoutSeconds: number;
  dryRun: boolean;
} & (
  | { action: 'on-demand'; tables: readonly TableRef[] }
  | { action: 'provisioned'; tables: readonly TableRef[]; read: number; write: number }
  | { action: 'revert'; revertOf: string }
);

export interface MitigateDeps extends DepsOf<'dynamo' | 'reporter', 'now' | 'sleep'> {
  pollMs?: number;
}

export interface MitigateResult {
  ok: boolean;
  dryRun: boolean;
  /** null on a dry run: nothing was written. */
  reportFile: string | null;
  report: MitigateReport;
}

const DEFAULT_POLL_MS = 5_000;

/** What each table should become: one mode for all, or (a revert) each table's recorded settings. */
async function targets(options: MitigateOptions): Promise<{ ref: TableRef; target: Target }[]> {
  if (options.action === 'on-demand') return options.tables.map((ref) => ({ ref, target: { billing: 'PAY_PER_REQUEST' } }));
  if (options.action === 'provisioned')
    return options.tables.map((ref) => ({
      ref,
      target: { billing: 'PROVISIONED', capacity: { read: options.read, write: options.write } },
    }));
  const old = await readReport(options.revertOf);
  return old.tables
    .filter((t) => t.outcome !== 'unchanged')
    .map((t) => ({ ref: { collection: t.collection, table: t.table, configured: true }, target: targetOf(t.before) }));
}

function targetOf(s: Settings): Target {
  if (s.billing === 'PAY_PER_REQUEST' || s.capacity === null) return { billing: 'PAY_PER_REQUEST' };
  const indexes = Object.fromEntries(Object.entries(s.indexes).flatMap(([n, c]) => (c ? [[n, c]] : [])));
  return { billing: 'PROVISIONED', capacity: s.capacity, indexes };
}

export async function runMitigate(options: MitigateOptions, deps: MitigateDeps): Promise<MitigateResult> {
  const { dynamo, reporter } = deps;
  const now = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? defaultSleep;
  if (!Number.isInteger(options.timeoutSeconds) || options.timeoutSeconds <= 0)
    throw new InputError(`${opt('timeout')} ${options.timeoutSeconds}: give a whole number of seconds above 0`);

  // Plan: every table described and judged before anything changes.
  const wanted = await targets(options);
  if (wanted.length === 0)
    throw new InputError(
      options.action === 'revert'
        ? `${opt('revert')} ${options.revertOf}: the report changed no table; nothing to revert`
        : `no tables to change; check ${opt('tables')}`,
    );
  const plans: { ref: TableRef; plan: TablePlan }[] = [];
  for (const { ref, target } of wanted) plans.push({ ref, plan: planTable(await describeTable(dynamo, ref), target) });
  const refused = plans.filter((p) => p.plan.refusal !== null);
  if (refused.length > 0) {
    throw new InputError(`mitigate refused, nothing changed: ${refused.map((p) => p.plan.refusal).join('; ')}`);
  }

  const report: MitigateReport = {
    kind: 'dynamodb-rollback mitigate',
    version: 1,
    stage: options.stage,
    region: options.region,
    endpoint: dynamo.scope.endpoint ?? null,
    action: options.action,
    revertOf: options.action === 'revert' ? options.revertOf : null,
    startedAt: now().toISOString(),
    finishedAt: null,
    tables: plans.map(({ ref, plan }) => ({
      collection: ref.collection,
      table: ref.table,
      before: plan.before,
      after: plan.after,
      outcome: plan.update ? 'planned' : 'unchanged',
      seconds: null,
      problem: null,
    })),
  };
  if (options.dryRun) {
    for (const t of report.tables)
      reporter.info(
        `dry run: ${t.table}: ${describeSettings(t.before)} -> ${t.outcome === 'unchanged' ? 'unchanged' : describeSettings(t.after)}`,
      );
    return { ok: true, dryRun: true, reportFile: null, report };
  }

  // The settings before are on disk before the first change, so a run cut short can still be reverted.
  await mkdir(path.dirname(options.reportFile), { recursive: true });
  await writeReport(options.reportFile, report);

  const started = new Map<string, number>();
  for (const [i, { plan }] of plans.entries()) {
    const entry = report.tables[i]!;
    if (!plan.update) continue;
    try {
      await dynamo.call({ operation: 'UpdateTable', resource: `table ${plan.table}` }, (sdk) =>
        sdk.send(new UpdateTableCommand(plan.update!)),
      );
      started.set(entry.table, now().getTime());
      reporter.info(`${entry.table}: ${describeSettings(entry.before)} -> ${describeSettings(entry.after)} (UpdateTable sent)`);
    } catch (err) {
      // Refused before anything changed (no permission, a bad name): bad input, and no report of a change that never was.
      if (started.size === 0 && err instanceof InputError) {
        await rm(options.reportFile, { force: true });
        throw err;
      }
      entry.outcome = 'failed';
      const code = (err as { code?: string }).code;
      entry.problem =
        code === 'LimitExceededException'
          ? `AWS refused the switch (LimitExceededException): at most four switches to on-demand in 24 hours, or too many capacity decreases today; nothing changed on this table`
          : `UpdateTable failed: ${describeError(err)}`;
      reporter.error(`${entry.table}: ${entry.problem}`);
    }
  }

  await waitUntilActive(dynamo, report, started, {
    now,
    sleep,
    pollMs: deps.pollMs ?? DEFAULT_POLL_MS,
    deadline: now().getTime() + options.timeoutSeconds * 1000,
    timeoutSeconds: options.timeoutSeconds,
  });
  report.finishedAt = now().toISOString();
  await writeReport(options.reportFile, report);
  const ok = report.tables.every((t) => t.outcome === 'ACTIVE' || t.outcome === 'unchanged');
  return { ok, dryRun: false, reportFile: options.reportFile, report };
}

interface Waiting {
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  pollMs: number;
  deadline: number;
  timeoutSeconds: number;
}

/** In the new mode, the table and every index ACTIVE: DescribeTable may still say ACTIVE for a moment after UpdateTable. */
function settled(t: TableDescription, after: Settings): boolean {
  const billing = t.BillingModeSummary?.BillingMode ?? 'PROVISIONED';
  return (
    t.TableStatus === 'ACTIVE' && billing === after.billing && (t.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE')
  );
}

async function waitUntilActive(dynamo: DynamoClient, report: MitigateReport, started: Map<string, number>, w: Waiting): Promise<void> {
  let pending: TableReport[] = report.tables.filter((t) => t.outcome === 'planned');
  while (pending.length > 0) {
    for (const t of pending) {
      try {
        const d = await dynamo.call({ operation: 'DescribeTable', resource: `table ${t.table}` }, (sdk) =>
          sdk.send(new DescribeTableCommand({ TableName: t.table })),
        );
        if (d.Table && settled(d.Table, t.after)) {
          t.outcome = 'ACTIVE';
          t.seconds = Math.max(0, Math.round((w.now().getTime() - (started.get(t.table) ?? w.now().getTime())) / 1000));
        }
      } catch (err) {
        t.outcome = 'failed';
        t.problem = `DescribeTable failed while waiting: ${describeError(err)}`;
      }
    }
    pending = pending.filter((t) => t.outcome === 'planned');
    if (pending.length === 0) break;
    const left = w.deadline - w.now().getTime();
    if (left <= 0) {
      for (const t of pending) {
        t.outcome = 'timeout';
        t.problem = `not ACTIVE within ${w.timeoutSeconds} s (still UPDATING; it may finish later: run mitigate --dry-run or status to see it)`;
      }
      break;
    }
    await w.sleep(Math.min(w.pollMs, left));
  }
}
