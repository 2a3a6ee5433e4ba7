/**
 * One of the app's own commands from the config (commands.<name>): run it,
 * or say plainly why it was skipped. The app may have no maintenance mode
 * or no jobs (the first user has neither), so "not configured" and "the npm
 * script does not exist" are skips with a reason, never silent, never a
 * failure; a command that runs and fails is a failure.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DepsOf } from '../clients/deps.js';

export const APP_COMMANDS = ['maintenanceOn', 'maintenanceOff', 'jobsStop', 'jobsStart', 'healthCheck', 'integrationTests'] as const;
export type AppCommandName = (typeof APP_COMMANDS)[number];

export interface AppCommandOptions {
  name: AppCommandName;
  /** The configured command; '' means not configured. */
  command: string;
  /** The app's checkout (absolute): where the command runs and package.json is read. */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface AppCommandResult {
  name: AppCommandName;
  command: string;
  status: 'ran' | 'skipped' | 'failed';
  /** Why it was skipped or failed. */
  reason: string | null;
  exitCode: number | null;
  seconds: number;
}

/** `npm run <script>` (or `npm run-script`), with nothing after the script but its arguments. */
const NPM_RUN = /^npm\s+(?:run|run-script)\s+([^\s;&|]+)(?:\s+[^;&|]*)?$/;

/** Why an `npm run` command would not find its script, or null when it would (or is not an npm run). */
async function missingScript(command: string, cwd: string): Promise<string | null> {
  const m = NPM_RUN.exec(command.trim());
  if (!m) return null;
  const script = m[1]!;
  const file = path.join(cwd, 'package.json');
  let scripts: Record<string, unknown>;
  try {
    const pkg = JSON.parse(await readFile(file, 'utf8')) as { scripts?: Record<string, unknown> };
    scripts = pkg.scripts ?? {};
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? `no package.json in ${cwd}, so no npm script ${script}`
      : `package.json in ${cwd} cannot be read as JSON, so npm script ${script} is not known`;
  }
  return typeof scripts[script] === 'string' ? null : `npm script ${script} is not in ${file}`;
}

export async function runAppCommand(opts: AppCommandOptions, deps: DepsOf<'shell' | 'reporter'>): Promise<AppCommandResult> {
  const base = { name: opts.name, command: opts.command, exitCode: null, seconds: 0 };
  if (opts.command.trim() === '') {
    return { ...base, status: 'skipped', reason: `not configured (commands.${opts.name} is empty)` };
  }
  const missing = await missingScript(opts.command, opts.cwd);
  if (missing)
    return {
      ...base,
      status: 'skipped',
      reason: `${missing}; set commands.${opts.name} to the app's command, or to "" to say it has none`,
    };
  deps.reporter.info(`${opts.name}: running ${opts.command} in ${opts.cwd}`);
  const r = await deps.shell.run(opts.command, { cwd: opts.cwd, env: opts.env, onLine: (l) => deps.reporter.info(l) });
  if (r.exitCode === 0) return { ...base, status: 'ran', reason: null, exitCode: 0, seconds: r.seconds };
  return {
    ...base,
    status: 'failed',
    reason: r.signal ? `ended by ${r.signal}` : `exited with ${r.exitCode}`,
    exitCode: r.exitCode,
    seconds: r.seconds,
  };
}
