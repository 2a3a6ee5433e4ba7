/**
 * The export a rollback reads as "theirs": --from as it is, or, when --from
 * is an incremental export (export --native --since), the --base export
 * with its changes laid over it, so a catch-up reads only the changed
 * items, not a fresh export of every table.
 */
import type { S3 } from '../clients/s3.js';
import { InputError } from '../core/errors.js';
import { describeLocation, type Location } from '../core/location.js';
import { isIncrementalExport, openChanges } from '../export-format/changes-reader.js';
import { withChanges } from '../export-format/overlay.js';
import type { openExport } from '../export-format/reader.js';
import type { ExportSource } from '../export-format/source.js';
import { opt } from '../core/option-name.js';

export async function openTheirs(
  from: Location,
  base: Location | undefined,
  deps: { s3?: S3; open: typeof openExport },
): Promise<ExportSource> {
  if (!(await isIncrementalExport(from, { s3: deps.s3 }))) return deps.open(from, { s3: deps.s3 });
  const changes = await openChanges(from, { s3: deps.s3 });
  if (base === undefined) {
    throw new InputError(
      `${opt('from')} ${describeLocation(from)} is an incremental export (the changes of ${changes.fromTime} to ${changes.toTime}), not the tables; give ${opt('base')} <the export it was taken since>, which the changes are laid over`,
    );
  }
  return withChanges(await deps.open(base, { s3: deps.s3 }), changes);
}
