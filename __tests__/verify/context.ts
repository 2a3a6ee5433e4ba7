/** A CommandContext as execute() builds it, for calling a command's run function with injected dependencies. */
import { loadConfig } from '../../src/config/load.js';
import type { Options } from '../../src/commands/options.js';
import type { CommandContext } from '../../src/commands/types.js';
import type { Reporter } from '../../src/core/reporter.js';
import { silentReporter } from '../../src/core/reporter.js';

export async function contextFor(cwd: string, options: Options, reporter: Reporter = silentReporter): Promise<CommandContext> {
  const config = await loadConfig(
    options.config,
    cwd,
    { stage: options.stage, region: options.region, dataDir: options['data-dir'], backupDir: options['backup-dir'] },
    process.env,
  );
  return { options, config, reporter, cwd, env: process.env };
}
