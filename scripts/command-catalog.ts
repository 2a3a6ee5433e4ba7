/**
 * src/commands/catalog.ts is generated from the command files, so --help,
 * the argument parser and the action's inputs know every command's options
 * without loading its module. `npm run gen:catalog` rewrites it; a test
 * fails when the committed file differs from what this renders.
 */
import { COMMANDS } from '../src/commands/registry.js';

export function renderCatalog(): string {
  const entries = Object.values(COMMANDS).map(({ name, description, options, outputs }) => ({ name, description, options, outputs }));
  return [
    '// Generated from the command files (src/commands/registry.ts) by `npm run gen:catalog`; do not edit by hand.',
    "import type { CommandInfo } from './types.js';",
    '',
    `export const CATALOG: readonly CommandInfo[] = ${JSON.stringify(entries, null, 2)};`,
    '',
  ].join('\n');
}
