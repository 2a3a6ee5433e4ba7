/**
 * The rollback's paths, checked before anything is read in depth and
 * before anything is written: the data dir, where the report goes, and
 * (for a real run) the state folder beside the data dir. Reads only and
 * creates nothing, so a refusal leaves the repository exactly as it was.
 */
import { constants } from 'node:fs';
import { access, lstat } from 'node:fs/promises';
import { InputError } from '../core/errors.js';
import type { Location } from '../core/location.js';
import { listTree } from '../fsafe/snapshot.js';
import { nesting, realPathOf, refuseNested } from '../state/real-paths.js';
import type { StatePaths } from '../state/paths.js';
import { whyNotCreatableFolder, whyNotWritableFile } from './writable-path.js';
import { opt } from '../core/option-name.js';

export interface PreflightOptions {
  from: Location;
  dataDir: string;
  report?: string;
  dryRun: boolean;
}

export async function checkPaths(opts: PreflightOptions, state: StatePaths): Promise<void> {
  const dataStat = await lstat(opts.dataDir).catch(() => null);
  if (!dataStat?.isDirectory())
    throw new InputError(`data dir ${opts.dataDir} is not a folder; check ${opt('data-dir')} (or dataDir in the config)`);
  const localExport = opts.from.kind === 'dir' ? opts.from.path : null;
  if (localExport) await refuseNested(opts.dataDir, [{ what: 'the export', path: localExport, option: '--from' }]);
  if (opts.report) await checkReportPath(opts.report, opts.dataDir, localExport);
  // The snapshot refuses what it cannot hold (a socket, a fifo); a dry run says so too, as the real run would.
  await listTree(opts.dataDir);
  if (opts.dryRun) return;
  try {
    await access(opts.dataDir, constants.W_OK | constants.X_OK);
  } catch (err) {
    throw new InputError(
      `data dir ${opts.dataDir} is not writable (${(err as NodeJS.ErrnoException).code ?? String(err)}); fix its permissions and run again`,
    );
  }
  const why = await whyNotCreatableFolder(state.root);
  if (why)
    throw new InputError(`cannot create ${state.root} for the snapshot and lock (${why}); the folder beside the data dir must be writable`);
}

/** The report is written last, so it is checked first: a run must not rewrite the data and then fail on its report. */
async function checkReportPath(report: string, dataDir: string, localExport: string | null): Promise<void> {
  const why = await whyNotWritableFile(report);
  if (why) throw new InputError(`${opt('report')} ${report} cannot be written: ${why}; give a file path in a writable folder`);
  const real = await realPathOf(report);
  for (const [what, dir] of [
    ['the data dir', dataDir],
    ['the export', localExport],
  ] as const) {
    if (dir === null) continue;
    const how = nesting(real, await realPathOf(dir));
    if (how === 'is' || how === 'lies inside') {
      throw new InputError(
        `${opt('report')} ${report} lies inside ${what} (${dir}); the report must not be written among the files it describes: give a path outside it`,
      );
    }
  }
}
