/**
 * A large collection checked by two threads at once: each takes a part of
 * the export's data files (ExportSource.readPartItems) against its own index of
 * the data file, and says nothing; the parent takes the parts' findings in
 * part order (CollectionCheck.takeParts), finishes them against an index of
 * the file (the part it ran itself kept its own), and says what one thread checking the whole collection would
 * have said, line for line. Only for a collection whose items are all
 * matched by id (matchedByContent): matching by content goes by the
 * export's order across parts. Whatever the parts cannot settle alone (an
 * element not what its layout promised, an id in two parts, the file
 * changed between the threads' reads) gives null, and the caller checks
 * the collection whole, as before.
 */
import path from 'node:path';
import { type Reporter, silentReporter } from '../core/reporter.js';
import type { ExportSource } from '../export-format/source.js';
import { type CheckPart, CollectionCheck } from './collection-check.js';
import { addDigests, Digest, type TableDigest } from './digest.js';
import { addToDigest, exportPartReads } from './export-reads.js';
import { type FileIndex, indexDataFile, NotAsIndexed } from './file-index.js';
import type { References } from './references.js';
import {
  addChecked,
  checkContext,
  type CollectionJob,
  type CollectionOutcome,
  concluded,
  matchedByContent,
  sayVerdict,
} from './verify-collection.js';

/** One part's findings, structured-clone safe; whole: the collection is to be checked whole instead. */
export type PartOutcome =
  | { whole: true }
  | {
      whole: false;
      check: CheckPart;
      /** The part's index: elements still taken on their ids' word (FileIndex.unconfirmedMask), and which file it read. */
      unconfirmed: Uint8Array;
      identity: string;
      /** Items the part read from the export. */
      count: number;
      digest: TableDigest | null;
      /** The references' notes, when the part read them. */
      notes: string[] | null;
    };

const WHOLE: PartOutcome = { whole: true };

/**
 * Part `part` of `of` of the collection's export items against the data
 * file; logs nothing. keep: the part runs in the parent's thread, whose
 * merge takes this part's index as its own (given to keep, not closed),
 * so the file is indexed once less.
 */
export async function verifyPart(
  job: CollectionJob,
  part: number,
  of: number,
  source: ExportSource,
  keep?: (index: FileIndex) => void,
): Promise<PartOutcome> {
  const reads = exportPartReads(source, job.info.table, part, of);
  if (!reads) return WHOLE;
  const index = await indexDataFile(path.join(job.dataDirAbs, `${job.collection}.json`), job.maxLength, null, true);
  if (!index) return WHOLE;
  let refs: References | null = null;
  let kept = false;
  try {
    if (matchedByContent(job, index)) return WHOLE;
    // Lazy (matched by id only): it warns nothing now; a part says nothing anyway.
    const ctx = await checkContext(job, silentReporter, index, []);
    const check = new CollectionCheck(index, ctx);
    const digest = job.digest ? new Digest() : null;
    let notes: string[] | null = null;
    let count = 0;
    for await (const item of reads) {
      const loaded = await addChecked(check, ctx, item);
      if (loaded) {
        refs = loaded.refs;
        notes = loaded.notes;
      }
      if (digest) addToDigest(digest, item);
      count++;
    }
    const outcome: PartOutcome = {
      whole: false,
      check: check.part(),
      unconfirmed: index.unconfirmedMask(),
      identity: index.identity(),
      count,
      digest: digest?.value() ?? null,
      notes,
    };
    if (keep) {
      keep(index);
      kept = true;
    }
    return outcome;
  } catch (err) {
    if (err instanceof NotAsIndexed) return WHOLE;
    throw err;
  } finally {
    if (!kept) index.close();
    refs?.close?.();
  }
}

/**
 * The collection's outcome from its parts, in part order, said as the
 * whole check says it; null when the parts cannot be taken together.
 * `indexed`: the parent's index of the data file (the one a part kept, or
 * a new one); closed here.
 */
export async function mergeParts(
  job: CollectionJob,
  parts: readonly PartOutcome[],
  indexed: Promise<FileIndex | null>,
  reporter: Reporter,
): Promise<CollectionOutcome | null> {
  const index = await indexed;
  if (!index) return null;
  try {
    const taken = parts.filter((p) => !p.whole);
    if (taken.length !== parts.length || matchedByContent(job, index)) return null;
    const identity = index.identity();
    if (taken.some((p) => p.identity !== identity)) return null;
    const ctx = await checkContext(job, silentReporter, index, []);
    const check = new CollectionCheck(index, ctx);
    if (!check.takeParts(taken.map((p) => p.check))) return null;
    // Proven by some part, or parsed now: every element of the file still passes JSON.parse.
    for (const p of taken) index.confirmFrom(p.unconfirmed);
    index.confirmAll();
    const { report, said } = concluded(job, check, { items: index }, index);
    const notes = taken.find((p) => p.notes !== null)?.notes ?? [];
    // As the whole check says it: its progress, the references' notes, the findings, the verdict.
    const progress = reporter.progress(`verify ${job.collection}`, { unit: 'items', total: job.info.itemCount });
    progress.add(taken.reduce((n, p) => n + p.count, 0));
    sayVerdict(job, reporter, progress, report, said, notes, []);
    const digests = taken.map((p) => p.digest);
    const digest = digests.every((d) => d !== null) ? digests.reduce((a, b) => addDigests(a, b)) : null;
    return { report, digest, notes };
  } catch (err) {
    if (err instanceof NotAsIndexed) return null;
    throw err;
  } finally {
    index.close();
  }
}
