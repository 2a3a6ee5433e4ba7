import path from 'node:path';
import { InputError } from '../core/errors.js';
import { parseLocation } from '../core/location.js';
import { type PullResult, runPull } from '../publish/pull.js';
import { s3For } from './clients.js';
import { defineCommand } from './types.js';

const MAX_LISTED = 20;

/** A published release into the data dir: every file checked before any is replaced; undo puts the old ones back. */
export const pullCommand = defineCommand<PullResult>({
  name: 'pull',
  description: 'Fetch a release publish wrote into the data dir: every sha256 checked before anything is replaced, atomic, with undo',
  options: ['from', 'data-dir', 'retry-budget'],
  outputs: {
    'release-uri': 'S3 URI of the release pulled',
    'data-dir': 'File database folder written',
    replaced: 'Number of files replaced',
    unchanged: 'Number of files already as the release holds them',
    snapshot: 'Snapshot folder that undo restores from (empty when nothing was replaced)',
  },
  async run(ctx) {
    const o = ctx.options;
    const from = o.from === undefined ? undefined : parseLocation(o.from, '--from', ctx.cwd);
    if (from?.kind !== 's3')
      throw new InputError('pull: --from is required: the release URI publish printed (s3://bucket/prefix/<release>)');
    return runPull({ from, dataDir: path.resolve(ctx.cwd, ctx.config.dataDir) }, { s3: await s3For(ctx), reporter: ctx.reporter });
  },
  present(r) {
    const list = (xs: string[]) =>
      xs.length > MAX_LISTED ? `${xs.slice(0, MAX_LISTED).join(', ')} and ${xs.length - MAX_LISTED} more` : xs.join(', ');
    const notes = [`release: ${r.releaseUri}`];
    if (r.snapshot) notes.push(`snapshot: ${r.snapshot} (undo restores it)`);
    if (r.replaced.length) notes.push(`replaced: ${list(r.replaced)}`);
    if (r.leftAlone.length) notes.push(`not in the release, left as they are: ${list(r.leftAlone)}`);
    return {
      ok: true,
      outputs: {
        'release-uri': r.releaseUri,
        'data-dir': r.dataDir,
        replaced: String(r.replaced.length),
        unchanged: String(r.unchanged.length),
        snapshot: r.snapshot ?? '',
      },
      summary: {
        title: 'pull',
        headline:
          r.replaced.length > 0
            ? `${r.dataDir} now holds ${r.releaseUri}: ${r.replaced.length} replaced, ${r.unchanged.length} already as they were`
            : `${r.dataDir} already holds ${r.releaseUri}: nothing replaced`,
        tables: [
          {
            headers: ['replaced', 'unchanged', 'left alone'],
            rows: [[String(r.replaced.length), String(r.unchanged.length), String(r.leftAlone.length)]],
          },
        ],
        notes,
      },
    };
  },
});
