/**
 * verify --live --since: "no write reached DynamoDB since the export"
 * proved from an incremental export of the time since (export --native
 * --since), not a scan of every table: a table without a change record is
 * unchanged; one with records is changed, and its changed ids are named.
 * The incremental export must start no later than the export's time, or a
 * write in between would go unseen.
 */
import type { S3 } from '../clients/s3.js';
import { InputError } from '../core/errors.js';
import { describeLocation, type Location } from '../core/location.js';
import type { WireValue } from '../dynamo/wire.js';
import { latestChanges, openChanges } from '../export-format/changes-reader.js';
import type { ExportSource } from '../export-format/source.js';
import { opt } from '../core/option-name.js';

export interface ChangedTableReport {
  collection: string;
  table: string;
  /** The changed items' keys (ids), each once, sorted. */
  changedIds: string[];
  /** Of which deleted (no new image). */
  deleted: number;
  /** Change records read. */
  records: number;
}

export interface LiveChanges {
  location: string;
  fromTime: string;
  toTime: string;
  tables: ChangedTableReport[];
}

const scalar = (v: WireValue): string => ('S' in v ? v.S : 'N' in v ? v.N : 'B' in v ? v.B : JSON.stringify(v));

export async function liveFromChanges(
  at: Location,
  source: ExportSource,
  stage: string,
  tables: readonly { collection: string; table: string }[],
  s3?: S3,
): Promise<LiveChanges> {
  const since = describeLocation(at);
  const changes = await openChanges(at, { s3 });
  if (changes.stage !== stage)
    throw new InputError(`${opt('since')} ${since} is an incremental export of stage ${changes.stage}, not ${stage}`);
  const exportTime = Date.parse(source.startTime ?? '');
  if (Number.isNaN(exportTime) || Date.parse(changes.fromTime) > exportTime) {
    throw new InputError(
      `${opt('since')} ${since} holds the changes from ${changes.fromTime}, ${Number.isNaN(exportTime) ? 'and the export records no time' : `after the export was taken (${source.startTime})`}: a write in between would go unseen; export --native --since ${source.location} again`,
    );
  }
  const out: ChangedTableReport[] = [];
  for (const t of tables) {
    if (!changes.tables.some((c) => c.table === t.table))
      throw new InputError(`${opt('since')} ${since} holds no changes of table ${t.table}; export --native --since again with every table`);
    let records = 0;
    const counted = (async function* () {
      for await (const r of changes.records(t.table)) {
        records++;
        yield r;
      }
    })();
    const latest = await latestChanges(counted);
    const changedIds = [...latest.values()]
      .map((c) =>
        Object.keys(c.keys)
          .sort()
          .map((k) => scalar(c.keys[k]!))
          .join('/'),
      )
      .sort();
    out.push({
      collection: t.collection,
      table: t.table,
      changedIds,
      deleted: [...latest.values()].filter((c) => c.newImage === null).length,
      records,
    });
  }
  return { location: changes.location, fromTime: changes.fromTime, toTime: changes.toTime, tables: out };
}
