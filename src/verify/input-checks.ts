/**
 * What verify refuses before it reads anything: a data dir that is not a
 * folder, a bad --segments, and a data dir that is, holds or lies in the
 * export (one of the two names the wrong folder).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { refuseNested } from '../state/real-paths.js';
import type { VerifyDeps, VerifyOptions } from './verify-options.js';
import { opt } from '../core/option-name.js';

/** Returns the data dir, absolute. */
export async function checkInputs(options: VerifyOptions, deps: VerifyDeps): Promise<string> {
  const { from, dataDir, segments } = options;
  const dataDirAbs = path.resolve(options.cwd, dataDir);
  const dirStat = await stat(dataDirAbs).catch(() => null);
  if (!dirStat?.isDirectory())
    throw new InputError(`data dir ${dataDir} is not a folder; check ${opt('data-dir')} (or dataDir in the config)`);
  if (!Number.isInteger(segments) || segments < 1) throw new InputError(`${opt('segments')} ${segments}: give a whole number above 0`);
  if (options.live && options.since === undefined && !deps.dynamo) throw new Error('internal: verify --live needs a DynamoDB client');

  // A data dir that is, holds or lies in the export is a wrong path (one of the two names the wrong folder): refused, not compared.
  if (from.kind === 'dir') await refuseNested(dataDirAbs, [{ what: 'the export', path: from.path, option: opt('from') }]);
  return dataDirAbs;
}
