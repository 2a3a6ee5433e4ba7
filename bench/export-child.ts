/**
 * Our export, in its own process so its peak RSS is its own. The bench runs
 * it bundled by ncc, as the action and CLI ship. argv: endpoint out table
 * segments [pageLimit]. Prints one JSON line.
 */
import { dynamoClient } from '../src/aws/clients.js';
import { runExport } from '../src/export/run-export.js';

async function main() {
  const [endpoint, out, table, segments, pageLimit] = process.argv.slice(2) as [string, string, string, string, string | undefined];
  const started = performance.now();
  const result = await runExport(
    { out, tables: [{ table, collection: table, configured: false }], stage: 'bench', region: 'us-east-1', segments: Number(segments), endpoint, ...(pageLimit ? { limits: { pageLimit: Number(pageLimit) } } : {}) },
    { dynamo: dynamoClient({ region: 'us-east-1', endpoint }) },
  );
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ items: result.totalItems, seconds, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
