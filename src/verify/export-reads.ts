/**
 * The export's items as verify reads them: each data-file line read as a
 * tape where it can be (wire-tape.ts), so that an item the file holds as
 * written is settled without JSON.parse; any other line parsed by the
 * export's reader as before. A source that does not read lines (an
 * overlay of changes) gives parsed items only.
 */
import { type ExportSource, parsedReads, type ReadItem } from '../export-format/source.js';
import { canonicalFromWire } from './canonical-wire.js';
import type { Digest } from './digest.js';
import { itemText, readWireLine, type WireLine, wireOf } from './wire-tape.js';

export type ExportRead = ReadItem<WireLine>;

export function exportReads(source: ExportSource, table: string): AsyncIterable<ExportRead> {
  return source.readItems ? source.readItems(table, readWireLine) : parsedReads<WireLine>(source.items(table));
}

/** Part `part` of `of` (ExportSource.partItems); null where the source does not split. */
export function exportPartReads(source: ExportSource, table: string, part: number, of: number): AsyncIterable<ExportRead> | null {
  if (source.readPartItems) return source.readPartItems(table, part, of, readWireLine);
  return source.partItems ? parsedReads<WireLine>(source.partItems(table, part, of)) : null;
}

/** The item into the export's digest: a line by its own canonical text where canonical-wire.ts takes it. */
export function addToDigest(digest: Digest, read: ExportRead): void {
  if (read.plain === undefined) return digest.add(read.wire);
  const canonical = canonicalFromWire(itemText(read.plain));
  if (canonical === undefined) digest.add(wireOf(read.plain));
  else digest.addCanonical(canonical);
}
