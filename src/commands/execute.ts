import path from 'node:path';
import { InputError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { CATALOG } from './catalog.js';
import { loadCommand } from './load-command.js';
import { COMMON_OPTIONS, type OptionName, type Options } from './options.js';
import type { CommandInfo, Presentation } from './types.js';
import { opt } from '../core/option-name.js';

export interface Execution {
  command: string;
  result: unknown;
  presentation: Presentation;
}

const commandNames = () => CATALOG.map((c) => c.name);

export function findCommand(name: string): CommandInfo {
  const command = CATALOG.find((c) => c.name === name);
  if (!command) {
    throw new InputError(
      name
        ? `unknown command "${name}"; valid commands: ${commandNames().join(', ')}`
        : `no command given; valid commands: ${commandNames().join(', ')}`,
    );
  }
  return command;
}

export function optionsOf(command: CommandInfo): OptionName[] {
  return [...COMMON_OPTIONS, ...command.options];
}

/** The shared path of the CLI and the action: config, dispatch, presentation. */
export async function execute(
  name: string,
  options: Options,
  reporter: Reporter,
  cwd: string = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<Execution> {
  findCommand(name);
  // Loaded here, not at start-up: --help and a refused argument need neither the command nor the config's parser.
  // One after the other: both reach zod, and jest's ESM loader fails two imports of one module graph at once.
  const { loadConfig } = await import('../config/load.js');
  const command = await loadCommand(name);
  const config = await loadConfig(
    options.config,
    cwd,
    {
      stage: options.stage,
      region: options.region,
      dataDir: options['data-dir'],
      backupDir: options['backup-dir'],
    },
    env,
  );
  if (command.largeHeap) (await import('../core/heap-growth.js')).boundHeapGrowth();
  const result = await command.run({ options, config, reporter, cwd: path.resolve(cwd), env });
  const presentation = command.present(result);
  // An undeclared output would be missing from action.yml, so no workflow could rely on it.
  const undeclared = Object.keys(presentation.outputs).filter((o) => !Object.hasOwn(command.outputs, o));
  if (undeclared.length > 0) throw new Error(`internal: ${name} set outputs it does not declare: ${undeclared.join(', ')}`);
  if (options['result-file']) await writeResultFile(path.resolve(cwd, options['result-file']), jsonResult(name, presentation, result));
  return { command: name, result, presentation };
}

/** What --json prints and --result-file holds: one shape, so config-pr reads either. */
export function jsonResult(command: string, presentation: Presentation, result: unknown): string {
  return `${JSON.stringify({ command, ok: presentation.ok, outputs: presentation.outputs, result }, null, 2)}\n`;
}

async function writeResultFile(file: string, text: string): Promise<void> {
  // Loaded here: node:fs/promises at start would cost every command some ms of start-up.
  const { mkdir, writeFile } = await import('node:fs/promises');
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (err) {
    throw new InputError(
      `${opt('result-file')} ${file} cannot be written (${(err as NodeJS.ErrnoException).code ?? 'error'}); give a path in a writable folder`,
    );
  }
}
