import path from 'node:path';
import type { UndoResult } from '../rollback/undo.js';
import { runUndo } from '../rollback/undo.js';
import { defineCommand } from './types.js';

const MAX_LISTED = 20;

/** Puts the data dir back as it was before the last rollback, byte for byte. */
export const undoCommand = defineCommand<UndoResult>({
  name: 'undo',
  description: 'Put the data dir back as it was before the last rollback, byte for byte',
  options: ['data-dir'],
  outputs: {
    'data-dir': 'File database folder restored',
    snapshot: 'Snapshot folder restored from',
  },
  async run(ctx) {
    return runUndo({ dataDir: path.resolve(ctx.cwd, ctx.config.dataDir) }, { reporter: ctx.reporter });
  },
  present(r) {
    const list = (xs: string[]) =>
      xs.length > MAX_LISTED ? `${xs.slice(0, MAX_LISTED).join(', ')} and ${xs.length - MAX_LISTED} more` : xs.join(', ');
    const notes = [`snapshot: ${r.snapshot} (taken ${r.snapshotTakenAt})`];
    if (r.restored.length) notes.push(`restored: ${list(r.restored)}`);
    if (r.removed.length) notes.push(`removed (created by the rollback): ${list(r.removed)}`);
    if (r.leftAlone.length) notes.push(`not in the snapshot and not the rollback's, left as they are: ${list(r.leftAlone)}`);
    return {
      ok: true,
      outputs: { 'data-dir': r.dataDir, snapshot: r.snapshot },
      summary: {
        title: 'undo',
        headline: `${r.dataDir} is as it was before the rollback: ${r.restored.length} restored, ${r.removed.length} removed, ${r.unchanged} already as they were`,
        tables: [
          {
            headers: ['restored', 'removed', 'unchanged', 'left alone'],
            rows: [[String(r.restored.length), String(r.removed.length), String(r.unchanged), String(r.leftAlone.length)]],
          },
        ],
        notes,
      },
    };
  },
});
