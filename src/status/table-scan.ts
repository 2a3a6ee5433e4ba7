/**
 * One table's items, read live for status: a parallel segmented scan with
 * consistent reads (a write acknowledged before status started is seen),
 * every request through the client (its retries, its in-flight gate), the
 * items yielded one by one as pages arrive. At most a few pages wait to be
 * consumed, so a large table is never held in memory. When a segment fails
 * the others stop at their next page and the failure is thrown; when the
 * consumer stops early, the segments stop too.
 *
 * Each page waits as the text of its Items array (export-format/scan-page.ts: the
 * service's own bytes, found without reading the items) and is parsed by
 * one JSON.parse when it is taken, into the wire form, the form an export's
 * data file gives the rollback. The SDK's deserializer (every attribute
 * made an object, then turned back into the wire form) took twice the
 * time, and splitting the page into items first a third more. A page waits
 * as text, not objects, so the objects die young (pages ahead, parsed,
 * outlived the young generation and were most of the garbage collector's
 * time); each item is let go as it is handed on. readTable, which status's
 * comparison reads through, splits the page after all, since each item's
 * text then goes straight to the file's form, with no wire objects between.
 */
import type { DynamoClient } from '../clients/dynamodb.js';
import type { SdkItem, WireItem } from '../dynamo/wire.js';
import { type ItemsPage, pageBounds, pageItem, pageItems, scanItemsPage } from '../export-format/scan-page.js';
import type { ReadItem } from '../export-format/source.js';

/** Pages fetched ahead of the consumer, per segment: enough to keep requests in flight, little enough to stay small. */
const PAGES_AHEAD = 2;

export async function* scanTable(client: DynamoClient, table: string, segments: number): AsyncGenerator<WireItem> {
  for await (const { page, resource } of scanPages(client, table, segments)) {
    const items = pageItems(page, resource);
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      // Let go of each item once handed on: the rest of the page is all that stays alive.
      items[i] = undefined as unknown as WireItem;
      yield item;
    }
  }
}

/**
 * scanTable's items as an export's readItems gives them (export-format/source.ts): each item's text offered to line
 * as a data-file line ({"Item":...}), which reads the compact form straight to the file's form (convert/wire-line.ts);
 * an item it does not take is parsed. About 0.4 CPU s less than a page's JSON.parse and the wire form's conversion
 * after it, of 1.1 s, at 100,000 items.
 * A page that does not split into as many items as its Count says is read by pageItems, which says what is wrong.
 */
export async function* readTable<P>(
  client: DynamoClient,
  table: string,
  segments: number,
  line: (text: string) => P | undefined,
): AsyncGenerator<ReadItem<P>> {
  for await (const { page, resource } of scanPages(client, table, segments)) {
    const bounds = pageBounds(page);
    if (bounds === null) {
      for (const wire of pageItems(page, resource)) yield { wire };
      continue;
    }
    for (const [start, end] of bounds) {
      const text = page.items.toString('utf8', start, end);
      const plain = line(`{"Item":${text}}`);
      yield plain === undefined ? { wire: pageItem(text, resource) } : { plain };
    }
  }
}

/** The table's pages as they arrive, a few fetched ahead per segment. */
async function* scanPages(client: DynamoClient, table: string, segments: number): AsyncGenerator<{ page: ItemsPage; resource: string }> {
  const queue: { page: ItemsPage; resource: string }[] = [];
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
    do {
      while (queue.length >= PAGES_AHEAD * segments && !failure && !stopped) await new Promise<void>((r) => wakeProducers.push(r));
      if (failure || stopped) return;
      const resource = `table ${table} segment ${n}`;
      const page = await scanItemsPage(
        client,
        { TableName: table, Segment: n, TotalSegments: segments, ConsistentRead: true, ExclusiveStartKey: startKey },
        resource,
      );
      queue.push({ page, resource });
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
      const next = queue.shift();
      if (next) {
        releaseProducers();
        yield next;
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
