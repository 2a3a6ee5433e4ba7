import path from 'node:path';
import { type AppCommandResult, runAppCommand } from '../app-command/run.js';
import { childEnv } from '../clients/child-env.js';
import { bashShell } from '../clients/shell.js';
import { InputError } from '../core/errors.js';
import { readOption } from './read-option.js';
import { defineCommand } from './types.js';
import { opt } from '../core/option-name.js';

/** The app's own step in the chain (maintenance, jobs, health check, integration tests), from the config's commands. */
export const appCommandCommand = defineCommand<AppCommandResult>({
  name: 'app-command',
  description:
    "Run one of the app's commands from the config (commands.<name>); skipped, and said so, when not configured or its npm script does not exist",
  options: ['name'],
  outputs: {
    result: 'ran, skipped or failed',
    reason: 'Why it was skipped or failed (empty when it ran)',
  },
  run(ctx) {
    const name = readOption(ctx.options, 'name');
    if (!name)
      throw new InputError(
        `app-command needs ${opt('name')}: which of the config's commands to run (maintenanceOn, maintenanceOff, jobsStop, jobsStart, healthCheck, integrationTests)`,
      );
    // The app's command gets no credentials or tokens of the job (src/clients/child-env.ts), only commands.passEnv besides.
    const env = childEnv(ctx.env, ctx.config.commands.passEnv);
    return runAppCommand(
      { name, command: ctx.config.commands[name], cwd: path.resolve(ctx.cwd), env },
      { shell: bashShell, reporter: ctx.reporter },
    );
  },
  present(r) {
    const headline =
      r.status === 'ran'
        ? `${r.name}: ran ${r.command} (exit 0, ${r.seconds}s)`
        : r.status === 'skipped'
          ? `${r.name}: skipped: ${r.reason}`
          : `${r.name}: FAILED: ${r.command} ${r.reason} after ${r.seconds}s`;
    return {
      ok: r.status !== 'failed',
      outputs: { result: r.status, reason: r.reason ?? '' },
      summary: { title: `app-command ${r.name}`, headline, tables: [], notes: r.command ? [`command: ${r.command}`] : [] },
    };
  },
});
