/**
 * One table's items, read live for status: a parallel segmented scan with
 * consistent reads (a write acknowledged before status started is seen),
 * every request through the client (its retries, its in-flight gate), the
 * items yielded one by one as pages arrive. At most a few pages wait to be
 * consumed, so a large table is never held in memory. When a segment fails
 * the others stop at their next page and the failure is thrown; when the
 * consumer stops early, the segments stop too.
 *
 * Each page is read as the export reads it (export-format/raw-scan.ts): the items'
 * own DynamoDB JSON text, split from the response body and parsed with
 * JSON.parse into the wire form, the form an export's data file gives the
 * rollback. The SDK's deserializer (every attribute made an object, then
 * turned back into the wire form) took twice the time. A page waits as its
 * text and each item is parsed only as it is handed on, so the objects die
 * young (the pages ahead, parsed, outlived the young generation and were
 * most of the garbage collector's time).
 */
import type { DynamoClient } from '../clients/dynamodb.js';
import { FailedError } from '../core/errors.js';
import type { SdkItem, WireItem } from '../dynamo/wire.js';
import { scanPage } from '../export-format/raw-scan.js';

const LF = 0x0a;

/** Pages fetched ahead of the consumer, per segment: enough to keep requests in flight, little enough to stay small. */
const PAGES_AHEAD = 2;

export async function* scanTable(client: DynamoClient, table: string, segments: number): AsyncGenerator<WireItem> {
  const queue: Buffer[] = [];
  let failure: { error: unknown } | null = null;
  let stopped = false;
  let finished = 0;
  let wakeConsumer: (() => void) | null = null;
  let wakeProducers: (() => void)[] = [];
  const notifyConsumer = () => {
    wakeConsumer?.();
    wakeConsumer = null;
  };
  const releaseProducers = () => {
    const waiting = wakeProducers;
    wakeProducers = [];
    for (const w of waiting) w();
  };

  const segment = async (n: number) => {
    let startKey: SdkItem | undefined;
    // One body buffer per segment, as the export's; the lines wait in the queue, in a buffer of their own.
    const scratch = { body: {} };
    do {
      while (queue.length >= PAGES_AHEAD * segments && !failure && !stopped) await new Promise<void>((r) => wakeProducers.push(r));
      if (failure || stopped) return;
      const resource = `table ${table} segment ${n}`;
      const page = await scanPage(
        client,
        { TableName: table, Segment: n, TotalSegments: segments, ConsistentRead: true, ExclusiveStartKey: startKey },
        resource,
        scratch,
        false,
      );
      queue.push(checkedLines(page.lines, page.count, resource));
      notifyConsumer();
      startKey = page.lastEvaluatedKey;
    } while (startKey);
  };
  const runs = Array.from({ length: segments }, (_, n) =>
    segment(n)
      .catch((error: unknown) => {
        failure ??= { error };
        releaseProducers();
      })
      .finally(() => {
        finished++;
        notifyConsumer();
      }),
  );

  try {
    for (;;) {
      // A failure voids the scan: nothing more is handed on once one segment failed.
      if (failure) throw (failure as { error: unknown }).error;
      const page = queue.shift();
      if (page) {
        releaseProducers();
        yield* wireItems(page);
        continue;
      }
      if (finished === segments) return;
      await new Promise<void>((r) => (wakeConsumer = r));
    }
  } finally {
    stopped = true;
    releaseProducers();
    await Promise.allSettled(runs);
  }
}

/** A page's data-file lines ({"Item": ...} each), checked to hold as many items as scanPage counted. */
function checkedLines(lines: Buffer, count: number, resource: string): Buffer {
  let n = 0;
  for (let nl = lines.indexOf(LF); nl !== -1; nl = lines.indexOf(LF, nl + 1)) n++;
  // scanPage checked the page's Count against its items; the lines must hold as many.
  if (n !== count) throw new FailedError(`scan of ${resource}: page holds ${count} items but gave ${n} lines`);
  return lines;
}

/** The lines' items in the wire form, each parsed as it is taken. */
function* wireItems(lines: Buffer): Generator<WireItem> {
  const text = lines.toString('utf8');
  let start = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; start = nl + 1, nl = text.indexOf('\n', start)) {
    yield (JSON.parse(text.slice(start, nl)) as { Item: WireItem }).Item;
  }
}
