import type { ResolvedConfig } from '../config/types.js';
import type { Reporter } from '../core/reporter.js';
import type { Summary } from '../core/summary.js';
import type { OptionName, Options } from './options.js';

export interface CommandContext {
  options: Options;
  config: ResolvedConfig;
  reporter: Reporter;
  /** Folder relative paths are resolved against (the repository root). */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** How a result is shown: exit status, action outputs and the human summary. */
export interface Presentation {
  /** false: exit 1 / failed step (a mismatch, a refused precondition). */
  ok: boolean;
  outputs: Record<string, string>;
  summary: Summary;
}

export interface Command<R = unknown> {
  name: string;
  /** One line, for --help. */
  description: string;
  /** Options beyond COMMON_OPTIONS that this command takes. */
  options: readonly OptionName[];
  /** Every action output present() may set, with its description (action.yml is generated from these). */
  outputs: Readonly<Record<string, string>>;
  /**
   * The command indexes whole collections (docs/design.md "Memory at scale"):
   * the heap is kept close to what is live while it runs (core/heap-growth.ts).
   * Others start without loading node:v8 for it.
   */
  largeHeap?: true;
  run(ctx: CommandContext): Promise<R>;
  present(result: R): Presentation;
}

/** What --help, the argument parser and the action's inputs need of a command, without loading it (catalog.ts). */
export type CommandInfo = Pick<Command, 'name' | 'description' | 'options' | 'outputs'>;

/** Keeps R for the author of a command while the registry holds Command<unknown>. */
export function defineCommand<R>(command: Command<R>): Command<unknown> {
  return command as unknown as Command<unknown>;
}
