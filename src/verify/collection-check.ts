/**
 * One collection's check, pure: the file's items (already parsed) against
 * the export's items, streamed in one at a time so the export is never held
 * in memory. Items are matched by `id`, in any order; a string id and a
 * numeric id are different ids, as they are to the app and to DynamoDB.
 * The export's items are first shaped as the collection's settings say
 * (file-keys.ts), and compared under the migration rules (migration-rules.ts)
 * against the references; an id the migration generated is matched to a
 * file item without an id by content.
 */
import type { WireItem } from '../dynamo/wire.js';
import type { ReadItem } from '../export-format/source.js';
import { wireContentKey, fileContentKey } from './content-key.js';
import { type CollectionDiff, emptyDiff, type UnmatchedKeyless } from './diff.js';
import { type FileKeys, fileShapeOf, PLAIN_KEYS } from './file-keys.js';
import { type FileItems, itemsOf, lineIdOf, wireIdOf } from './ids.js';
import { type KeylessOrigin, keylessOrigins } from './keyless-origins.js';
import { compareWithRules, NO_RULES, refsMatter, type RuleOutcome, type RuleSet, TIMESTAMPS, timestampsMatter } from './migration-rules.js';
import type { JsonObject } from './raw-json.js';
import { NO_REFERENCES, type References } from './references.js';
import { writtenAs, writtenHeldNull } from './written-as.js';
import { lineHeldNull, writtenAsLine } from './written-as-line.js';
import { scalarMembers, type WireLine, wireOf } from './wire-tape.js';

/** How the collection maps back and what verify may accept of the migration's doing. */
export interface CheckContext {
  keys: FileKeys;
  rules: RuleSet;
  refs: References;
  /** Ids the rollback reports the migration generated (rule on; else empty). */
  generated: ReadonlySet<string>;
  /** The references are not read yet: add() answers false for an item that needs them (useReferences, then add it again). */
  refsLater?: boolean;
}

export const PLAIN_CHECK: CheckContext = { keys: PLAIN_KEYS, rules: NO_RULES, refs: NO_REFERENCES, generated: new Set() };

/**
 * What one part of a split collection found (verify-part.ts), before
 * finish: its diff so far, the file items its export items matched, and
 * the export ids it met that the file does not hold. Only for a
 * collection without items lacking an id and without generated ids, whose
 * matching depends on the order across parts.
 */
export interface CheckPart {
  diff: CollectionDiff;
  seen: Uint8Array;
  absent: string[];
}

interface Keyless {
  item: JsonObject;
  shown: string;
  matched: boolean;
}

export class CollectionCheck {
  /** File position by id key (the index's, or a map of the items); seen: matched by an export item. */
  private readonly firstAt: (key: string) => number | undefined;
  /** With the index's lookup: positions of repeated ids, not matched by position. */
  private readonly repeated: ReadonlySet<number> | null = null;
  private readonly seen: Uint8Array;
  private readonly fileItems: FileItems;
  /** File items without an id, by content key, in file order. */
  private readonly keyless = new Map<string, Keyless[]>();
  private readonly keylessInOrder: Keyless[] = [];
  /** Export ids the file does not hold (or generated ones), to find them twice; the others are found twice by seen. */
  private readonly exportIds = new Set<string>();
  /** Generated ids with no file item: the export item, to find the backup item it was. */
  private readonly missingGenerated: Array<{ id: string; item: WireItem }> = [];
  private readonly diff: CollectionDiff;
  private refs: References;
  private refsLater: boolean;

  constructor(
    items: readonly JsonObject[] | FileItems,
    private readonly ctx: CheckContext = PLAIN_CHECK,
  ) {
    this.refs = ctx.refs;
    this.refsLater = ctx.refsLater === true;
    const fileItems = Array.isArray(items) ? itemsOf(items as readonly JsonObject[]) : (items as FileItems);
    this.fileItems = fileItems;
    this.seen = new Uint8Array(fileItems.count);
    this.diff = { ...emptyDiff(), found: fileItems.count };
    if (fileItems.firstAt && fileItems.repeats && fileItems.keylessPositions) {
      const index = fileItems as Required<FileItems>;
      this.firstAt = (key) => index.firstAt(key);
      for (const n of index.keylessPositions()) this.addKeyless(n);
      for (const n of index.repeats()) this.addRepeat(index.idAt(n)!.shown);
      this.repeated = new Set(index.repeats());
      return;
    }
    const byId = new Map<string, number>();
    this.firstAt = (key) => byId.get(key);
    for (let n = 0; n < fileItems.count; n++) {
      const id = fileItems.idAt(n);
      if (!id) {
        this.addKeyless(n);
        continue;
      }
      if (byId.has(id.key)) {
        this.addRepeat(id.shown);
        continue;
      }
      byId.set(id.key, n);
    }
  }

  private addKeyless(n: number): void {
    const item = this.fileItems.item(n);
    const k: Keyless = { item, shown: `(no id: item ${n + 1})`, matched: false };
    this.keylessInOrder.push(k);
    push(this.keyless, fileContentKey(item), k);
  }

  private addRepeat(shown: string): void {
    if (!this.diff.duplicateIds.includes(shown)) this.diff.duplicateIds.push(shown);
  }

  /** The references, once read (useReferences). */
  useReferences(refs: References): void {
    this.refs = refs;
    this.refsLater = false;
  }

  references(): References {
    return this.refs;
  }

  /**
   * An export line read as a tape: settled without a parse when the file
   * holds its item exactly as written and nothing else could come of it
   * (what add() does for such an item, to the letter); else parsed and
   * given to add(), whose answer it is.
   */
  addLine(line: WireLine): boolean {
    return this.settledAsWritten(line) || this.add(wireOf(line));
  }

  /** An export item as exportReads gives it. */
  addRead(read: ReadItem<WireLine>): boolean {
    return read.plain === undefined ? this.add(read.wire) : this.addLine(read.plain);
  }

  private settledAsWritten(line: WireLine): boolean {
    const { keys, rules } = this.ctx;
    if (!this.fileItems.text || keys.id !== 'id' || keys.drop.length > 0) return false;
    const id = lineIdOf(line);
    if (!id || (id.key.startsWith('S:') && this.ctx.generated.has(id.shown))) return false;
    const at = this.firstAt(id.key);
    if (at === undefined || this.seen[at] === 1) return false;
    // timestampsMatter looks at nothing else; a NULL under emptyStringsAsNull needs the references.
    if (rules.rewroteUpdatedAt && rules.window !== null && timestampsMatter(scalarMembers(line, TIMESTAMPS), rules)) return false;
    if (!writtenAsLine(this.fileItems.text(at), line) || (rules.emptyStringsAsNull && lineHeldNull())) return false;
    this.diff.expected++;
    this.seen[at] = 1;
    this.fileItems.confirm?.(at);
    return true;
  }

  /** One export item; false (nothing done) when it needs the references and they are not read yet. */
  add(raw: WireItem): boolean {
    const { item, dropped } = fileShapeOf(raw, this.ctx.keys);
    const id = wireIdOf(item);
    if (!id) {
      this.diff.expected++;
      this.diff.exportItemsWithoutId++;
      return true;
    }
    const generated = id.key.startsWith('S:') && this.ctx.generated.has(id.shown);
    const at = this.firstAt(id.key);
    // The references are read back only where they can change the outcome: an item compared that the rules could judge otherwise.
    let asWritten: boolean | undefined;
    let matter = false;
    if (at !== undefined && !generated && this.seen[at] !== 1) {
      const rules = this.ctx.rules;
      if (this.fileItems.text && !timestampsMatter(item, rules)) {
        // Matching the text visits every value: it tells whether a NULL is there without a walk of its own.
        asWritten = writtenAs(this.fileItems.text(at), item);
        matter = asWritten ? rules.emptyStringsAsNull && writtenHeldNull() : refsMatter(item, rules);
      } else matter = refsMatter(item, rules);
    }
    if (matter && this.refsLater) return false;
    this.diff.expected++;
    // An id the file holds is a duplicate once its file item is matched; only the others need remembering.
    if (at !== undefined && !generated) {
      if (this.seen[at] === 1) {
        this.diff.duplicateExportIds.push(id.shown);
        return true;
      }
    } else {
      if (this.exportIds.has(id.key)) {
        this.diff.duplicateExportIds.push(id.shown);
        return true;
      }
      this.exportIds.add(id.key);
    }
    if (generated) {
      if (this.matchGenerated(id.shown, item)) this.diff.migration.droppedAttributes += dropped;
      return true;
    }
    if (at === undefined) {
      this.diff.missing.push(id.shown);
      return true;
    }
    this.seen[at] = 1;
    this.diff.migration.droppedAttributes += dropped;
    const refs = matter ? (this.refs.byId.get(id.key) ?? []) : [];
    // Without references the rules accept nothing, so an item written exactly as the export's is equal: not parsed, not diffed.
    if (refs.length === 0 && this.fileItems.text && (asWritten ?? writtenAs(this.fileItems.text(at), item))) {
      this.fileItems.confirm?.(at);
      return true;
    }
    this.record(id.shown, compareWithRules(this.fileItems.item(at), item, refs, this.ctx.rules));
    return true;
  }

  /**
   * An export item whose id the migration generated: the first file item
   * without an id that it equals under the rules, against a reference
   * without an id of the same content. One of the same content that still
   * differs is reported changed under the generated id; none, missing.
   */
  private matchGenerated(id: string, item: WireItem): boolean {
    const expected: WireItem = { ...item };
    delete expected.id;
    const content = wireContentKey(expected);
    const candidates = (this.keyless.get(content) ?? []).filter((k) => !k.matched);
    const refs: Array<JsonObject | undefined> = [...(this.refs.keyless.get(content) ?? []), undefined];
    let nearest: { k: Keyless; outcome: RuleOutcome } | null = null;
    for (const k of candidates) {
      for (const ref of refs) {
        const outcome = compareWithRules(k.item, expected, ref ? [ref] : [], this.ctx.rules);
        if (outcome.paths.length === 0) {
          k.matched = true;
          this.diff.migration.generatedIds++;
          this.diff.migration.items.push({ id, rule: 'generatedIds', paths: [], fileItem: k.shown });
          this.record(id, outcome);
          return true;
        }
        if (!nearest || outcome.paths.length < nearest.outcome.paths.length) nearest = { k, outcome };
      }
    }
    if (!nearest) {
      this.diff.missing.push(id);
      this.missingGenerated.push({ id, item: expected });
      return false;
    }
    nearest.k.matched = true;
    this.record(id, nearest.outcome);
    return true;
  }

  private record(id: string, o: RuleOutcome): void {
    const m = this.diff.migration;
    if (o.emptyStrings.length > 0) {
      m.emptyStringsAsNull += o.emptyStrings.length;
      m.items.push({ id, rule: 'emptyStringsAsNull', paths: o.emptyStrings });
    }
    if (o.timestamps.length > 0) {
      m.rewroteUpdatedAt += o.timestamps.length;
      m.items.push({ id, rule: 'rewroteUpdatedAt', paths: o.timestamps });
    }
    if (o.nullsLeft.length > 0) m.notUndone.push({ id, rule: 'emptyStringsAsNull', paths: o.nullsLeft });
    if (o.timestampsLeft.length > 0) m.notUndone.push({ id, rule: 'rewroteUpdatedAt', paths: o.timestampsLeft });
    if (o.paths.length > 0) this.diff.changed.push({ id, paths: o.paths });
  }

  /** This check's findings as one part of a split collection (see CheckPart); before finish. */
  part(): CheckPart {
    if (this.keylessInOrder.length > 0 || this.ctx.generated.size > 0)
      throw new Error('internal: a collection matched by content is not split');
    return { diff: this.diff, seen: this.seen, absent: [...this.exportIds] };
  }

  /**
   * The parts' findings taken in part order (into a check that has added
   * nothing), as one check over all of the export's items in that order
   * would have them; false when an id occurs in two parts (a repeat, which
   * the order across parts decides: the caller checks the collection whole
   * instead).
   */
  takeParts(parts: readonly CheckPart[]): boolean {
    const d = this.diff;
    for (const p of parts) {
      if (p.seen.length !== this.seen.length) return false;
      for (let i = 0; i < p.seen.length; i++) {
        if (p.seen[i] !== 1) continue;
        if (this.seen[i] === 1) return false;
        this.seen[i] = 1;
      }
      for (const key of p.absent) {
        if (this.exportIds.has(key)) return false;
        this.exportIds.add(key);
      }
      d.expected += p.diff.expected;
      d.exportItemsWithoutId += p.diff.exportItemsWithoutId;
      d.missing.push(...p.diff.missing);
      d.changed.push(...p.diff.changed);
      d.duplicateExportIds.push(...p.diff.duplicateExportIds);
      const m = d.migration;
      const pm = p.diff.migration;
      m.emptyStringsAsNull += pm.emptyStringsAsNull;
      m.rewroteUpdatedAt += pm.rewroteUpdatedAt;
      m.generatedIds += pm.generatedIds;
      m.droppedAttributes += pm.droppedAttributes;
      m.items.push(...pm.items);
      m.notUndone.push(...pm.notUndone);
    }
    return true;
  }

  finish(): CollectionDiff {
    // In file order: each id's first item not matched (items without an id and repeats are not matched by position).
    for (let at = 0; at < this.fileItems.count; at++) {
      if (this.seen[at] === 1 || this.repeated?.has(at)) continue;
      const id = this.fileItems.idAt(at);
      if (id && (this.repeated || this.firstAt(id.key) === at)) this.diff.extra.push(id.shown);
    }
    for (const k of this.keylessInOrder) if (!k.matched) this.diff.extra.push(k.shown);
    return this.diff;
  }

  /** After finish: the items without an id left unmatched (file items extra, export items missing under a generated id). */
  unmatched(): UnmatchedKeyless {
    const extra = this.keylessInOrder.filter((k) => !k.matched).map((k) => ({ id: k.shown, item: k.item }));
    return { missing: this.missingGenerated, extra };
  }

  /** After finish: where the unmatched items without an id were in the references. */
  origins(): KeylessOrigin[] {
    return keylessOrigins(this.unmatched(), { refs: this.refs, rules: this.ctx.rules });
  }
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
