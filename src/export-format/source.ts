/**
 * The contract of the export reader (implemented in export-format/reader.ts). Every
 * later command reads exports only through openExport(): it streams items
 * and checks each data file's item count and checksum as it goes, so a
 * truncated, tampered or missing file is an InputError naming the file.
 */
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

/** One item as readItems gives it: its wire form, or what the caller's line reader made of its line. */
export type ReadItem<P> = { wire: WireItem; plain?: undefined } | { wire?: undefined; plain: P };

/** Parsed items as ReadItems: for a source without readItems (an overlay of changes). */
export async function* parsedReads<P>(items: AsyncIterable<WireItem>): AsyncGenerator<ReadItem<P>> {
  for await (const wire of items) yield { wire };
}

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
   * As items, but each data-file line is first offered to line (the
   * rollback's reads a compact line straight to the file's form,
   * convert/wire-line.ts); a line it gives undefined for is parsed as items
   * parses it. Passed in, so the export's reader (which verify uses) holds
   * no conversion. Absent where the items are not read from lines (an overlay of changes).
   */
  readItems?<P>(table: string, line: (text: string) => P | undefined): AsyncIterable<ReadItem<P>>;

  /**
   * Streams one table's items (by table name, or by collection for ours),
   * checking every file; throws InputError on any mismatch. A file's items
   * are yielded as they are read and its count and checksum checked at its
   * end, so an error voids everything read so far: keep nothing from a read
   * that did not finish.
   */
  items(table: string): AsyncIterable<WireItem>;
  /**
   * One of `of` parts of a table's items, for threads that each take one: a
   * run of whole data files, cut where the manifests' counts split the
   * items most evenly (filesPart), in the order items() reads them. Each
   * file is checked as items() checks it; the parts together hold the
   * table's items exactly once, so their count is the manifest's. Only
   * where splitParts() says the table splits.
   */
  partItems?(table: string, part: number, of: number): AsyncIterable<WireItem>;
  /** partItems as readItems gives them: each line offered to line first. */
  readPartItems?<P>(table: string, part: number, of: number, line: (text: string) => P | undefined): AsyncIterable<ReadItem<P>>;
  /** How many parts (at most `of`) the table's data files split into; 1 when they do not. */
  splitParts?(table: string, of: number): number;
}

/**
 * The files of part `part` of `of` (as indexes into the table's files, in
 * order): contiguous runs whose item counts are as even as whole files
 * allow (each part starts at the file where the running count first
 * reaches its share). Parts may be empty when files are few. Pure.
 */
export function filesPart(counts: readonly number[], part: number, of: number): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const startOf = (k: number): number => {
    if (k <= 0) return 0;
    if (k >= of) return counts.length;
    // The first file whose items begin at or after k shares of the total, or end nearer to it than they begin.
    let before = 0;
    for (let i = 0; i < counts.length; i++) {
      const after = before + counts[i]!;
      if (before * of >= k * total || after * of - k * total > k * total - before * of) return i;
      before = after;
    }
    return counts.length;
  };
  const out: number[] = [];
  for (let i = startOf(part); i < startOf(part + 1); i++) out.push(i);
  return out;
}
