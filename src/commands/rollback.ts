import path from 'node:path';
import { InputError } from '../core/errors.js';
import type { Strategy } from '../merge/plan.js';
import type { Prefer } from '../merge/settle.js';
import { presentRollback } from './rollback-present.js';
import type { RollbackResult } from '../rollback/result.js';
import { runRollback } from '../rollback/run.js';
import { selectTables } from '../config/tables.js';
import { workerCount } from '../core/worker-pool.js';
import { s3For } from './clients.js';
import { defineCommand } from './types.js';

/** The file database rebuilt from the export, the migration backup and the current files (DESIGN.md "Rollback strategies"). */
export const rollbackCommand = defineCommand<RollbackResult>({
  name: 'rollback',
  description: 'Rebuild the file database from an export, the migration backup and the current files (atomic, with undo)',
  options: ['from', 'base', 'data-dir', 'backup-dir', 'strategy', 'prefer', 'dry-run', 'allow-data-loss', 'report', 'tables', 'retry-budget'],
  outputs: {
    strategy: 'Strategy used',
    conflicts: 'Merge conflicts settled by the prefer policy',
    counts: 'JSON object: collection -> counts',
    'data-dir': 'File database folder',
    'duration-seconds': 'Seconds the rollback took',
    report: 'Path of the JSON report',
    snapshot: 'Snapshot folder that undo restores from',
    'backup-path': 'Migration backup folder used',
    base: 'Catch-up: the earlier export that was the merge\'s base (--base)',
  },
  async run(ctx) {
    const { options, config } = ctx;
    if (!options.from) throw new InputError('rollback: --from is required (the export folder or s3://bucket/prefix)');
    const resolve = (p: string) => path.resolve(ctx.cwd, p);
    const from = options.from.startsWith('s3://') ? options.from : resolve(options.from);
    const base = options.base === undefined ? undefined : options.base.startsWith('s3://') ? options.base : resolve(options.base);
    const backupDir = config.backupDir.startsWith('s3://') ? config.backupDir : resolve(config.backupDir);
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
        strategy: (options.strategy ?? 'merge') as Strategy,
        prefer: (options.prefer ?? 'dynamodb') as Prefer,
        dryRun: options['dry-run'] === true,
        allowDataLoss: options['allow-data-loss'] === true,
        report: options.report ? resolve(options.report) : undefined,
        workers: workerCount(),
        ...(base ? { base } : {}),
      },
      {
        reporter: ctx.reporter,
        s3: [from, backupDir, base ?? ''].some((p) => p.startsWith('s3://')) ? s3For(ctx) : undefined,
      },
    );
  },
  present: presentRollback,
});
