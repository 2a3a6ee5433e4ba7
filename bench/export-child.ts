/**
 * Our export, in its own process so its peak RSS is its own. The bench runs
 * it bundled by ncc, as the action and CLI ship, and through the command's
 * own path (execute: config, options, the export), not the export function
 * alone, so the figure is what an operator's process would use.
 * argv: endpoint out table segments. Prints one JSON line.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execute } from '../src/commands/execute.js';
import { silentReporter } from '../src/core/reporter.js';
import type { ExportResult } from '../src/export/run-export.js';

async function main() {
  const [endpoint, out, table, segments] = process.argv.slice(2) as [string, string, string, string];
  // A folder with no config file: the built-in defaults, as on a fresh checkout.
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'ddbrb-bench-cwd-'));
  const started = performance.now();
  const { result } = await execute(
    'export',
    { endpoint, out, tables: [table], segments: Number(segments), stage: 'bench', region: 'us-east-1' },
    silentReporter,
    cwd,
  );
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ items: (result as ExportResult).totalItems, seconds, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
