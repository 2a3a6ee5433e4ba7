import { appCommandCommand } from './app-command.js';
import { assessCommand } from './assess.js';
import { backupCommand } from './backup.js';
import { configPrCommand } from './config-pr.js';
import { configCommand } from './config-show.js';
import { drillCommand } from './drill.js';
import { exportCommand } from './export.js';
import { mitigateCommand } from './mitigate.js';
import { initCommand } from './init.js';
import { publishCommand } from './publish.js';
import { prCheckCommand } from './pr-check.js';
import { prCommentCommand } from './pr-comment.js';
import { pullCommand } from './pull.js';
import { rollbackCommand } from './rollback.js';
import { statusCommand } from './status.js';
import { trustedRecordCommand } from './trusted-record.js';
import type { Command } from './types.js';
import { undoCommand } from './undo.js';
import { verifyCommand } from './verify.js';

/**
 * Every command, by name. A command from DESIGN.md that is not built yet is
 * absent here, so both the CLI and the action reject it as unknown rather
 * than pretending to run it. This imports every command and all they use:
 * the CLI and the action never load it, but catalog.ts (generated from it)
 * and load-command.ts (one command at a time); scripts and tests read it.
 */
export const COMMANDS: Record<string, Command> = Object.fromEntries(
  [
    configCommand,
    statusCommand,
    backupCommand,
    exportCommand,
    rollbackCommand,
    undoCommand,
    verifyCommand,
    publishCommand,
    pullCommand,
    configPrCommand,
    appCommandCommand,
    prCommentCommand,
    trustedRecordCommand,
    prCheckCommand,
    assessCommand,
    mitigateCommand,
    drillCommand,
    initCommand,
  ].map((c) => [c.name, c]),
);

export function commandNames(): string[] {
  return Object.keys(COMMANDS);
}
