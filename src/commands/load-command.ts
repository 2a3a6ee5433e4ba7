/**
 * Each command's module, loaded only when that command runs: a command
 * then pays at start-up for what it uses (an export loads no Octokit, git,
 * babel, dynalite or s3rver). Each import names its file literally, so the
 * bundler (ncc) puts each command in a chunk of its own. --help and the
 * argument parser read catalog.ts instead.
 */
import type { Command } from './types.js';

const LOADERS: Readonly<Record<string, () => Promise<Command>>> = {
  config: async () => (await import('./config-show.js')).configCommand,
  status: async () => (await import('./status.js')).statusCommand,
  backup: async () => (await import('./backup.js')).backupCommand,
  export: async () => (await import('./export.js')).exportCommand,
  rollback: async () => (await import('./rollback.js')).rollbackCommand,
  undo: async () => (await import('./undo.js')).undoCommand,
  verify: async () => (await import('./verify.js')).verifyCommand,
  publish: async () => (await import('./publish.js')).publishCommand,
  pull: async () => (await import('./pull.js')).pullCommand,
  'config-pr': async () => (await import('./config-pr.js')).configPrCommand,
  'app-command': async () => (await import('./app-command.js')).appCommandCommand,
  'pr-comment': async () => (await import('./pr-comment.js')).prCommentCommand,
  'trusted-record': async () => (await import('./trusted-record.js')).trustedRecordCommand,
  'pr-check': async () => (await import('./pr-check.js')).prCheckCommand,
  assess: async () => (await import('./assess.js')).assessCommand,
  mitigate: async () => (await import('./mitigate.js')).mitigateCommand,
  drill: async () => (await import('./drill.js')).drillCommand,
  init: async () => (await import('./init.js')).initCommand,
};

export function loaderNames(): string[] {
  return Object.keys(LOADERS);
}

/** The command's module; name is one the catalog holds (findCommand checked it). */
export async function loadCommand(name: string): Promise<Command> {
  const load = LOADERS[name];
  if (!load) throw new Error(`internal: no loader for command ${name}`);
  return load();
}
