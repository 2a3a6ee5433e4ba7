/**
 * The contract of the export reader (implemented in export-format/reader.ts). Every
 * later command reads exports only through openExport(): it streams items
 * and checks each data file's item count and checksum as it goes, so a
 * truncated, tampered or missing file is an InputError naming the file.
 */
import type { PlainObject } from '../convert/plain.js';
import type { KeyElement } from '../dynamo/table.js';
import type { WireItem } from '../dynamo/wire.js';

export interface ExportedTable {
  /** DynamoDB table name. */
  table: string;
  /** Collection it belongs to, when the export recorded one (ours do; native AWS exports do not). */
  collection?: string;
  /** Item count from the table's manifest. */
  itemCount: number;
  keySchema: KeyElement[];
  /** Where the table's export lives (folder path or s3:// URI), for messages. */
  location: string;
}

/** One item as readItems gives it: its wire form, or (read straight from its line) its plain form. */
export type ReadItem = { wire: WireItem; plain?: undefined } | { wire?: undefined; plain: PlainObject };

export interface ExportSource {
  /** The folder or s3://bucket/prefix it was opened from. */
  location: string;
  /** 'dynamodb-rollback' for ours, 'aws' for a native DynamoDB export to S3. */
  format: 'dynamodb-rollback' | 'aws';
  stage?: string;
  /** When the export started and finished (ISO 8601), where known. */
  startTime?: string;
  endTime?: string;
  tables: ExportedTable[];
  /** An incremental export laid over an earlier one (export-format/overlay.ts): its window and the change records read so far. */
  changes?: { location: string; fromTime: string; toTime: string; readonly recordsRead: number };
  /**
   * As items, but an item whose data-file line is in the compact form is
   * read straight to the file's form (convert/wire-line.ts): exactly what
   * wireItemToPlain gives its wire item, with no number JavaScript would
   * round. Absent where the items are not read from lines (an overlay of changes).
   */
  readItems?(table: string): AsyncIterable<ReadItem>;

  /**
   * Streams one table's items (by table name, or by collection for ours),
   * checking every file; throws InputError on any mismatch. A file's items
   * are yielded as they are read and its count and checksum checked at its
   * end, so an error voids everything read so far: keep nothing from a read
   * that did not finish.
   */
  items(table: string): AsyncIterable<WireItem>;
}
