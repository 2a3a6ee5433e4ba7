import path from 'node:path';
import { selectTables } from '../config/tables.js';
import { InputError } from '../core/errors.js';
import { describeSettings } from '../mitigate/plan.js';
import { type MitigateResult, runMitigate } from '../mitigate/run.js';
import { dynamoFor } from './clients.js';
import { readOption } from './read-option.js';
import { type CommandContext, defineCommand } from './types.js';
import { opt } from '../core/option-name.js';

/** The report's default name: the stage and the time, so runs never overwrite each other. */
function defaultReport(ctx: CommandContext): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return path.join('.dynamodb-rollback', `mitigate-${ctx.config.stage}-${stamp}.json`);
}

/** Which of the three things mitigate was asked to do, or one line saying what is missing (exit 2). */
function actionOf(ctx: CommandContext) {
  const o = ctx.options;
  if (o.revert !== undefined) {
    if (o.billing !== undefined || o.read !== undefined || o.write !== undefined)
      throw new InputError(
        `${opt('revert')} puts back what the report recorded: give it without ${opt('billing')}, ${opt('read')} or ${opt('write')}`,
      );
    return { action: 'revert' as const, revertOf: path.resolve(ctx.cwd, o.revert) };
  }
  if (o.billing === undefined)
    throw new InputError(
      `mitigate: give ${opt('billing')} on-demand (or ${opt('billing')} provisioned ${opt('read')} N ${opt('write')} N), or ${opt('revert')} <report>`,
    );
  const tables = selectTables(ctx.config, o.tables);
  if (o.billing === 'on-demand') {
    if (o.read !== undefined || o.write !== undefined)
      throw new InputError(`${opt('read')} and ${opt('write')} belong to ${opt('billing')} provisioned; on-demand has no capacity to set`);
    return { action: 'on-demand' as const, tables };
  }
  if (o.read === undefined || o.write === undefined)
    throw new InputError(
      `${opt('billing')} provisioned needs ${opt('read')} N and ${opt('write')} N (capacity units for each table and each GSI)`,
    );
  return { action: 'provisioned' as const, tables, read: o.read, write: o.write };
}

/** Switches billing mode (scenario 2's mitigation), waits until ACTIVE, and records how to go back. */
export const mitigateCommand = defineCommand<MitigateResult>({
  name: 'mitigate',
  description:
    'Switch tables (and their GSIs) to on-demand billing, or to provisioned capacity, waiting until ACTIVE; the report records the settings before, and --revert <report> puts them back',
  options: ['tables', 'billing', 'read', 'write', 'revert', 'mitigate-report-out', 'timeout', 'dry-run', 'retry-budget'],
  outputs: {
    report: 'Path of the report (the settings before; give it to --revert); empty on a dry run',
    changed: 'JSON array of the tables changed (or, on a dry run, that would be)',
    outcomes: 'JSON object: table -> ACTIVE, unchanged, timeout, failed (planned on a dry run)',
  },
  async run(ctx) {
    const action = actionOf(ctx);
    return runMitigate(
      {
        ...action,
        stage: ctx.config.stage,
        region: ctx.config.region,
        reportFile: path.resolve(ctx.cwd, readOption(ctx.options, 'mitigate-report-out') ?? defaultReport(ctx)),
        timeoutSeconds: readOption(ctx.options, 'timeout'),
        dryRun: readOption(ctx.options, 'dry-run'),
      },
      { dynamo: await dynamoFor(ctx), reporter: ctx.reporter },
    );
  },
  present(r) {
    const tables = r.report.tables;
    const changed = tables.filter((t) => t.outcome !== 'unchanged');
    const what = r.report.action === 'revert' ? 'reverted' : `switched to ${r.report.action}`;
    const bad = tables.filter((t) => t.outcome === 'failed' || t.outcome === 'timeout');
    const headline = r.dryRun
      ? `dry run: ${changed.length} of ${tables.length} table${tables.length === 1 ? '' : 's'} would change; nothing was changed`
      : r.ok
        ? `${changed.length} table${changed.length === 1 ? '' : 's'} ${what} and ACTIVE, ${tables.length - changed.length} already so`
        : `${bad.length} of ${tables.length} tables not ${what}: ${bad.map((t) => `${t.table} ${t.outcome}`).join(', ')}`;
    return {
      ok: r.ok,
      outputs: {
        report: r.reportFile ?? '',
        changed: JSON.stringify(changed.map((t) => t.table)),
        outcomes: JSON.stringify(Object.fromEntries(tables.map((t) => [t.table, t.outcome]))),
      },
      summary: {
        title: 'mitigate',
        headline,
        tables: [
          {
            headers: ['collection', 'table', 'before', 'after', 'outcome', 'seconds'],
            rows: tables.map((t) => [
              t.collection,
              t.table,
              describeSettings(t.before),
              t.outcome === 'unchanged' ? '(unchanged)' : describeSettings(t.after),
              t.outcome,
              t.seconds === null ? '-' : String(t.seconds),
            ]),
          },
        ],
        notes: [
          ...(r.reportFile ? [`report: ${r.reportFile}; to go back: mitigate --revert ${r.reportFile}`] : []),
          ...tables.filter((t) => t.problem).map((t) => `${t.table}: ${t.problem}`),
        ],
      },
    };
  },
});
