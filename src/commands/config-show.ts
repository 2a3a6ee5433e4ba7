import { defineCommand } from './types.js';
import { describeTarget, type ResolvedConfig } from '../config/types.js';

/** Prints the resolved configuration: a quick check of what a rollback would touch. */
export const configCommand = defineCommand<ResolvedConfig>({
  name: 'config',
  description: 'Show the resolved configuration (defaults, config file, options, ${stage} substituted)',
  options: [],
  outputs: {
    stage: 'Stage after overrides',
    region: 'AWS region',
    tables: 'JSON object: collection -> table',
    'data-dir': 'File database folder',
  },
  async run(ctx) {
    return ctx.config;
  },
  present(config) {
    return {
      ok: true,
      outputs: {
        stage: config.stage,
        region: config.region,
        tables: JSON.stringify(config.tables),
        'data-dir': config.dataDir,
      },
      summary: {
        title: 'config',
        headline: `stage ${config.stage}, region ${config.region}, ${Object.keys(config.tables).length} tables (${config.file ?? 'built-in defaults'})`,
        tables: [{ headers: ['collection', 'table'], rows: Object.entries(config.tables).map(([c, t]) => [c, t]) }],
        notes: [
          `data dir: ${config.dataDir}`,
          `backup dir: ${config.backupDir}`,
          `progress file: ${config.progressFile}`,
          `switch: ${config.switch.key} ${config.switch.from} -> ${config.switch.to} in ${config.switch.targets.map(describeTarget).join(', ')}`,
        ],
      },
    };
  },
});
