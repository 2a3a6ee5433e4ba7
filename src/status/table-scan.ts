/**
 * One table's items, read live for status: a parallel segmented scan with
 * consistent reads (a write acknowledged before status started is seen),
 * every request through the client (its retries, its in-flight gate), the
 * items yielded one by one as pages arrive. At most a few pages wait to be
 * consumed, so a large table is never held in memory. When a segment fails
 * the others stop at their next page and the failure is thrown; when the
 * consumer stops early, the segments stop too.
 */
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoClient } from '../clients/dynamodb.js';
import { type SdkItem, toWire, type WireItem } from '../dynamo/wire.js';

/** Pages fetched ahead of the consumer, per segment: enough to keep requests in flight, little enough to stay small. */
const PAGES_AHEAD = 2;

export async function* scanTable(client: DynamoClient, table: string, segments: number): AsyncGenerator<WireItem> {
  const queue: SdkItem[][] = [];
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
      const page = await client.call({ operation: 'Scan', resource: `table ${table} segment ${n}` }, (sdk) =>
        sdk.send(new ScanCommand({ TableName: table, Segment: n, TotalSegments: segments, ConsistentRead: true, ExclusiveStartKey: startKey })),
      );
      queue.push(page.Items ?? []);
      notifyConsumer();
      startKey = page.LastEvaluatedKey;
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
        for (const item of page) yield toWire(item);
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
