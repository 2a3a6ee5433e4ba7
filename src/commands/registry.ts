import { configCommand } from './config-show.js';
import type { Command } from './types.js';

/**
 * Every command, by name. A command from DESIGN.md that is not built yet is
 * absent here, so both the CLI and the action reject it as unknown rather
 * than pretending to run it.
 */
export const COMMANDS: Record<string, Command> = Object.fromEntries(
  [configCommand].map((c) => [c.name, c]),
);

export function commandNames(): string[] {
  return Object.keys(COMMANDS);
}
