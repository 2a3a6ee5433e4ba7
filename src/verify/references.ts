/**
 * The references for verify's migration rules: what each item came from,
 * read with verify's own reader. The migration backup's version of an item
 * first (the folder the rollback report names), then the file's version as
 * it was before the rollback (the report's snapshot of the data dir). A
 * reference that cannot be read is no reference, said in a note: the rules
 * then accept less, never more.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { namesS3 } from '../core/location.js';
import { fileIdOf } from './ids.js';
import { fileContentKey } from './content-key.js';
import { readJsonFile } from './data-file.js';
import { type FileIndex, indexDataFile } from './file-index.js';
import { JsonObject } from './raw-json.js';

/** Id key -> versions: a Map, or the reference files' indexes (each version read back when asked for). */
export interface RefLookup {
  get(key: string): JsonObject[] | undefined;
  readonly size: number;
}

export interface References {
  /** Id key -> the item's versions, most authoritative first. */
  byId: RefLookup;
  /** Content key -> items without an id, the backup's first. */
  keyless: Map<string, JsonObject[]>;
  /** Every item without an id, where it is: to tell which of them the rollback report names by position. */
  keylessAt: KeylessRef[];
  /** The places verify could read (a file the folder lacks counts as read: that place held no such items); the report's digests stand in for the others. */
  read: Set<KeylessRef['from']>;
  /** Closes the reference files read back on demand. */
  close?: () => void;
}

export interface KeylessRef {
  item: JsonObject;
  /** The migration backup, or the file as it was before the rollback. */
  from: 'backup' | 'before';
  /** 1-based, among all the file's elements. */
  position: number;
}

export interface ReferenceSources {
  /** The migration backup folder; null when the rollback used none. */
  backupDir: string | null;
  /** The snapshot folder; its copy of the data dir is under files/ (the snapshot's layout). */
  snapshot: string | null;
}

export const NO_REFERENCES: References = { byId: new Map(), keyless: new Map(), keylessAt: [], read: new Set() };

export async function loadReferences(
  collection: string,
  sources: ReferenceSources,
  maxLength: number,
  /** The data file's index: the reference files repeat most of its items byte for byte, which are then not parsed again. */
  dataFile: FileIndex | null = null,
): Promise<{ refs: References; notes: string[] }> {
  const byId = new IndexedRefs();
  const refs: References = { byId, keyless: new Map(), keylessAt: [], read: new Set(), close: () => byId.close() };
  const notes: string[] = [];
  const files: Array<{ what: string; from: KeylessRef['from']; folder: string; file: string }> = [];
  if (sources.backupDir !== null) {
    // The rollback downloads an s3:// backup for itself; verify has no copy of it.
    if (namesS3(sources.backupDir))
      notes.push(
        `${collection}: the migration backup ${sources.backupDir} is in S3 and not read by verify; the files before the rollback are the only reference`,
      );
    else
      files.push({
        what: 'the migration backup',
        from: 'backup',
        folder: sources.backupDir,
        file: path.join(sources.backupDir, `${collection}.json`),
      });
  }
  if (sources.snapshot !== null) {
    files.push({
      what: 'the snapshot before the rollback',
      from: 'before',
      folder: sources.snapshot,
      file: path.join(sources.snapshot, 'files', `${collection}.json`),
    });
  }
  for (const { what, from, folder, file } of files) {
    // A plain array of objects is indexed and its items read back by id; anything else is read whole, as the rules' notes need.
    const index = await indexDataFile(file, maxLength, dataFile);
    if (index) {
      byId.addFile(index, (el, i) => {
        push(refs.keyless, fileContentKey(el), el);
        refs.keylessAt.push({ item: el, from, position: i + 1 });
      });
      refs.read.add(from);
      continue;
    }
    const read = await readJsonFile(file, maxLength);
    if ('problem' in read) {
      // A collection the backup (or the data dir) did not hold has no versions there; a folder that is gone is worth saying.
      if (read.problem !== 'missing') notes.push(`${collection}: ${what}'s ${file} ${read.problem}; not used as a reference`);
      else if (!(await isFolder(folder))) notes.push(`${collection}: ${what} ${folder} is not there any more; not used as a reference`);
      else refs.read.add(from);
      continue;
    }
    if (!Array.isArray(read.raw)) {
      notes.push(`${collection}: ${what}'s ${file} is not a JSON array; not used as a reference`);
      continue;
    }
    refs.read.add(from);
    for (const [i, el] of read.raw.entries()) {
      if (!(el instanceof JsonObject)) continue;
      const id = fileIdOf(el);
      if (id) byId.addItem(id.key, el);
      else if (!el.entries.has('id')) {
        push(refs.keyless, fileContentKey(el), el);
        refs.keylessAt.push({ item: el, from, position: i + 1 });
      }
    }
  }
  return { refs, notes };
}

async function isFolder(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isDirectory() === true;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The versions of each id across the reference files, in the order the files were added: indexed files read back, others held. */
class IndexedRefs implements RefLookup {
  private readonly sources: Array<IndexedFile | Map<string, JsonObject[]>> = [];

  addFile(index: FileIndex, onKeyless: (item: JsonObject, position: number) => void): void {
    for (const i of index.keylessPositions()) onKeyless(index.item(i), i);
    this.sources.push(new IndexedFile(index));
  }

  addItem(key: string, item: JsonObject): void {
    let held = this.sources.at(-1);
    if (!(held instanceof Map)) this.sources.push((held = new Map()));
    push(held, key, item);
  }

  get(key: string): JsonObject[] | undefined {
    const out: JsonObject[] = [];
    for (const s of this.sources) {
      if (s instanceof Map) out.push(...(s.get(key) ?? []));
      else out.push(...s.versions(key));
    }
    return out.length > 0 ? out : undefined;
  }

  get size(): number {
    const keys = new Set<string>();
    for (const s of this.sources) for (const k of s.keys()) keys.add(k);
    return keys.size;
  }

  close(): void {
    for (const s of this.sources) if (!(s instanceof Map)) s.index.close();
  }
}

/** One indexed reference file: its versions of an id are found through the index's own lookup and read back. */
class IndexedFile {
  constructor(readonly index: FileIndex) {}

  keys(): Iterable<string> {
    return this.index.keys();
  }

  versions(key: string): JsonObject[] {
    return this.index.positionsOf(key).map((i) => this.index.item(i));
  }
}
