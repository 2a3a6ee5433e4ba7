/**
 * The ceiling: the same parallel segmented scan through the SDK, counting
 * items and writing nothing. argv: endpoint table segments. Prints one JSON line.
 */
import { type AttributeValue, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';

async function main() {
  const [endpoint, table, segmentsArg] = process.argv.slice(2) as [string, string, string];
  const segments = Number(segmentsArg);
  // A bare SDK client, as any script would make one: the baseline our export is measured against. The SDK's own
  // retries (its default), since dynalite drops a connection now and then under a million-item scan on a busy machine.
  const client = new DynamoDBClient({ region: 'us-east-1', endpoint, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  const started = performance.now();
  const counts = await Promise.all(
    Array.from({ length: segments }, async (_, segment) => {
      let n = 0;
      let start: Record<string, AttributeValue> | undefined;
      do {
        const page = await client.send(
          new ScanCommand({
            TableName: table,
            ConsistentRead: true,
            ...(segments > 1 ? { Segment: segment, TotalSegments: segments } : {}),
            ExclusiveStartKey: start,
          }),
        );
        n += page.Items?.length ?? 0;
        start = page.LastEvaluatedKey;
      } while (start);
      return n;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${JSON.stringify({ items: counts.reduce((a, b) => a + b, 0), seconds, maxRssKb: process.resourceUsage().maxRSS })}\n`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
