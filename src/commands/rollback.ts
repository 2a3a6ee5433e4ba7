import path from 'node:path';
import { InputError } from '../core/errors.js';
import { parseLocation } from '../core/location.js';
import { opt } from '../core/option-name.js';
import { presentRollback } from './rollback-present.js';
import type { RollbackResult } from '../rollback/result.js';
import { runRollback } from '../rollback/run.js';
import { selectTables } from '../config/tables.js';
import { workerCount, workersByDefault } from '../core/worker-pool.js';
import { s3For } from './clients.js';
import { readOption } from './read-option.js';
import { defineCommand } from './types.js';

/** The file database rebuilt from the export, the migration backup and the current files (DESIGN.md "Rollback strategies"). */
export const rollbackCommand = defineCommand<RollbackResult>({
  name: 'rollback',
  largeHeap: true,
  description: 'Rebuild the file database from an export, the migration backup and the current files (atomic, with undo)',
  options: [
    'from',
    'merge-base',
    'data-dir',
    'backup-dir',
    'strategy',
    'prefer',
    'dry-run',
    'allow-data-loss',
    'rollback-report-out',
    'tables',
    'retry-budget',
  ],
  outputs: {
    strategy: 'Strategy used',
    conflicts: 'Merge conflicts settled by the prefer policy',
    counts: 'JSON object: collection -> counts',
    'data-dir': 'File database folder',
    'duration-seconds': 'Seconds the rollback took',
    report: 'Path of the JSON report',
    snapshot: 'Snapshot folder that undo restores from',
    'backup-path': 'Migration backup folder used',
    base: "Catch-up: the earlier export that was the merge's base (--base)",
  },
  async run(ctx) {
    const { options, config } = ctx;
    if (!options.from) throw new InputError('rollback: --from is required (the export folder or s3://bucket/prefix)');
    const resolve = (p: string) => path.resolve(ctx.cwd, p);
    // An export's S3 URI is named "from" in its messages, --base's too: the reader's name for what it opens.
    const from = parseLocation(options.from, 'from', ctx.cwd);
    const given = readOption(options, 'merge-base');
    const base = given === undefined ? undefined : parseLocation(given, 'from', ctx.cwd);
    const reportTo = readOption(options, 'rollback-report-out');
    const backupDir = parseLocation(config.backupDir, `backupDir (${opt('backup-dir')})`, ctx.cwd);
    return runRollback(
      {
        from,
        stage: config.stage,
        dataDir: resolve(config.dataDir),
        backupDir,
        progressFile: resolve(config.progressFile),
        cwd: ctx.cwd,
        collections: selectTables(config, options.tables),
        configTables: config.tables,
        collectionSettings: config.collections,
        migration: config.migration,
        strategy: readOption(options, 'strategy'),
        prefer: readOption(options, 'prefer'),
        dryRun: readOption(options, 'dry-run'),
        allowDataLoss: readOption(options, 'allow-data-loss'),
        report: reportTo === undefined ? undefined : resolve(reportTo),
        workers: workerCount(ctx.env),
        workersWhereTheyPay: workersByDefault(ctx.env),
        ...(base ? { base } : {}),
      },
      {
        reporter: ctx.reporter,
        s3: [from, backupDir, base].some((l) => l?.kind === 's3') ? await s3For(ctx) : undefined,
      },
    );
  },
  present: presentRollback,
});
