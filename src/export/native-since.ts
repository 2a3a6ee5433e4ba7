/**
 * The time an earlier export stands for, which an incremental export starts
 * at: a native full export's instant, an incremental export's end, or our
 * scan's start (a scan is not one instant; from its start, every write it
 * may have missed is in the window, and one it saw is taken again, the
 * same). Read through the export reader, so a broken export is refused.
 */
import type { S3 } from '../clients/s3.js';
import { InputError } from '../core/errors.js';
import { describeLocation, type Location } from '../core/location.js';
import { RUN_MANIFEST } from '../export-format/layout.js';
import { parseJsonText } from '../export-format/manifest-schema.js';
import { isNativeRun, parseNativeRun } from '../export-format/native-layout.js';
import { openExport } from '../export-format/reader.js';
import { storeAt } from '../export-format/store.js';
import { opt } from '../core/option-name.js';

export async function timeOfExport(location: Location, s3?: S3): Promise<{ time: string; stage?: string }> {
  const store = await storeAt(location, s3);
  const text = await store.readText(RUN_MANIFEST);
  const value = text === null ? null : parseJsonText(text, store.describe(RUN_MANIFEST));
  if (isNativeRun(value)) {
    const run = parseNativeRun(value, store.describe(RUN_MANIFEST));
    if (run.status === 'complete' && run.exportType === 'INCREMENTAL_EXPORT' && run.toTime) return { time: run.toTime, stage: run.stage };
  }
  const source = await openExport(location, { s3 });
  if (!source.startTime)
    throw new InputError(
      `${opt('since')} ${describeLocation(location)}: the export records no time; give an export made by export (or a native one)`,
    );
  return { time: source.startTime, ...(source.stage !== undefined ? { stage: source.stage } : {}) };
}
