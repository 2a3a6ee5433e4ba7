import path from 'node:path';
import { selectTables } from '../config/tables.js';
import { InputError } from '../core/errors.js';
import { parseLocation } from '../core/location.js';
import { runVerify, type VerifyResult } from '../verify/run-verify.js';
import { DEFAULT_LIVE_SEGMENTS } from '../verify/verify-options.js';
import { workerCount, workersByDefault } from '../core/worker-pool.js';
import { dynamoFor, s3For } from './clients.js';
import { readOption } from './read-option.js';
import { defineCommand } from './types.js';
import { presentVerify } from './verify-present.js';
import { opt } from '../core/option-name.js';

/** The file database against the export, item by item; --live: the export against the tables now. */
export const verifyCommand = defineCommand<VerifyResult>({
  name: 'verify',
  largeHeap: true,
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
  async run(ctx) {
    const { options, config, cwd } = ctx;
    if (!options.from) throw new InputError(`verify needs ${opt('from')}: the export folder or s3://bucket/prefix the rollback used`);
    if (options.since !== undefined && options.live !== true)
      throw new InputError(
        `verify: ${opt('since')} is the incremental export ${opt('live')} reads instead of a scan; add ${opt('live')}, or drop ${opt('since')}`,
      );
    // Both are exports the reader opens; their S3 URIs are named "from" in its messages.
    const from = parseLocation(options.from, 'from', cwd);
    const since = options.since === undefined ? undefined : parseLocation(options.since, 'from', cwd);
    return runVerify(
      {
        from,
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
        workers: workerCount(ctx.env),
        workersWhereTheyPay: workersByDefault(ctx.env),
      },
      {
        reporter: ctx.reporter,
        ...(from.kind === 's3' || since?.kind === 's3' ? { s3: await s3For(ctx) } : {}),
        ...(options.live && !since ? { dynamo: await dynamoFor(ctx) } : {}),
      },
    );
  },
  present: presentVerify,
});
