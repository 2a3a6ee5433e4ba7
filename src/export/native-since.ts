/**
 * The time an earlier export stands for, which an incremental export starts
 * at: a native full export's instant, an incremental export's end, or our
 * scan's start (a scan is not one instant; from its start, every write it
 * may have missed is in the window, and one it saw is taken again, the
 * same). Read through the export reader, so a broken export is refused.
 */
import path from 'node:path';
import type { S3 } from '../clients/s3.js';
import { parseS3Uri } from '../clients/s3-uri.js';
import { InputError } from '../core/errors.js';
import { RUN_MANIFEST } from './layout.js';
import { parseJsonText } from './manifest-schema.js';
import { isNativeRun, parseNativeRun } from './native-layout.js';
import { openExport } from './reader.js';
import { localStore, s3Store } from './store.js';
import { opt } from '../core/option-name.js';

export async function timeOfExport(location: string, s3?: S3): Promise<{ time: string; stage?: string }> {
  const store = location.startsWith('s3://') && s3 ? s3Store(s3, parseS3Uri(location, 'since')) : localStore(path.resolve(location));
  const text = await store.readText(RUN_MANIFEST);
  const value = text === null ? null : parseJsonText(text, store.describe(RUN_MANIFEST));
  if (isNativeRun(value)) {
    const run = parseNativeRun(value, store.describe(RUN_MANIFEST));
    if (run.status === 'complete' && run.exportType === 'INCREMENTAL_EXPORT' && run.toTime) return { time: run.toTime, stage: run.stage };
  }
  const source = await openExport(location, { s3 });
  if (!source.startTime) throw new InputError(`${opt('since')} ${location}: the export records no time; give an export made by export (or a native one)`);
  return { time: source.startTime, ...(source.stage !== undefined ? { stage: source.stage } : {}) };
}
