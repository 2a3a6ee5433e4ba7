/**
 * A planned collection file, written and sized from the plan's entries:
 * a base version whose text in the base file is already what would be
 * written is copied as bytes; anything else is serialised (itemText), once
 * per pass. The bytes are those collectionFileChunks would give for the
 * same items (JSON.stringify(items, null, 2), plus the final newline).
 */
import type { PlainObject } from '../convert/plain.js';
import { itemText } from '../convert/serialize.js';
import type { PlannedItem } from '../merge/plan.js';
import type { Base, BaseText } from '../merge/side.js';

/** A planned item, or its text already made by itemText (a worker thread's plan: the text crosses threads whole, a JsonNumber would not). */
export type PlannedEntry = PlannedItem | string;

export interface PlannedContent {
  entries: readonly PlannedEntry[];
  /** Base versions' bodies: only item() and the canonical text are read. */
  base: Pick<Base, 'item'> & Partial<BaseText>;
  trailingNewline: boolean;
}

const CHUNK = 1 << 20;

/** The file's bytes, in chunks of about 1 MiB. */
export function* plannedFileChunks(f: PlannedContent): Generator<Buffer> {
  let out = Buffer.allocUnsafe(CHUNK);
  let at = 0;
  const put = (text: string | Buffer) => {
    const len = typeof text === 'string' ? Buffer.byteLength(text) : text.length;
    if (at + len > out.length) {
      if (at > 0) return false;
      out = Buffer.allocUnsafe(len);
    }
    at += typeof text === 'string' ? out.write(text, at) : text.copy(out, at);
    return true;
  };
  function* add(text: string | Buffer): Generator<Buffer> {
    if (put(text)) return;
    yield out.subarray(0, at);
    out = Buffer.allocUnsafe(CHUNK);
    at = 0;
    put(text);
  }
  let first = true;
  for (const e of f.entries) {
    yield* add(first ? '[\n  ' : ',\n  ');
    first = false;
    const raw = typeof e === 'number' ? f.base.canonicalText?.(e) : null;
    yield* add(raw ? raw.bytes : typeof e === 'string' ? e : itemText(typeof e === 'number' ? f.base.item(e) : e));
  }
  yield* add(`${first ? '[]' : '\n]'}${f.trailingNewline ? '\n' : ''}`);
  yield out.subarray(0, at);
}

/** The file's length in characters (what the app's one string of it would be) and in bytes, without building it. */
export function plannedFileSize(f: PlannedContent): { chars: number; bytes: number } {
  let chars = 0;
  let bytes = 0;
  const text = (t: string) => {
    chars += t.length;
    bytes += Buffer.byteLength(t);
  };
  for (const e of f.entries) {
    chars += 4; // "[\n  " or ",\n  "
    bytes += 4;
    const raw = typeof e === 'number' ? f.base.canonicalSize?.(e) : null;
    if (raw) {
      chars += raw.chars;
      bytes += raw.bytes;
    } else text(typeof e === 'string' ? e : itemText(typeof e === 'number' ? f.base.item(e) : (e as PlainObject)));
  }
  text(`${f.entries.length === 0 ? '[]' : '\n]'}${f.trailingNewline ? '\n' : ''}`);
  return { chars, bytes };
}
