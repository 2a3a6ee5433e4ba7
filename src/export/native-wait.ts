/**
 * Waits for DynamoDB's exports with DescribeExport: a progress line per
 * export (table, status, elapsed time) at each poll, a failed export's
 * FailureCode and FailureMessage as the error, and --timeout as the bound.
 * The exports go on in AWS whatever happens here: a timeout says to pick
 * them up with --resume.
 */
import type { DynamoClient } from '../clients/dynamodb.js';
import { defaultSleep } from '../clients/retry.js';
import { FailedError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { describeExport } from './native-start.js';
import { opt } from '../core/option-name.js';

export interface WaitedExport {
  table: string;
  arn: string;
  status: 'COMPLETED';
  itemCount: number;
  billedSizeBytes: number;
  /** As DynamoDB reports them (ISO 8601). */
  startTime?: string;
  endTime?: string;
}

export interface WaitOptions {
  timeoutMs: number;
  pollMs: number;
  now: () => number;
  sleep?: (ms: number) => Promise<void>;
  reporter: Reporter;
}

export async function waitForExports(
  client: DynamoClient,
  exports: readonly { table: string; arn: string }[],
  o: WaitOptions,
): Promise<WaitedExport[]> {
  const started = o.now();
  const done = new Map<string, WaitedExport>();
  for (;;) {
    for (const e of exports) {
      if (done.has(e.arn)) continue;
      const d = await describeExport(client, e.arn, e.table);
      const elapsed = Math.round((o.now() - started) / 1000);
      o.reporter.info(`${e.table}: ${d.ExportStatus ?? 'unknown'}, ${elapsed}s`);
      if (d.ExportStatus === 'FAILED') {
        throw new FailedError(
          `table ${e.table}: DynamoDB's export ${e.arn} failed (${d.FailureCode ?? 'no FailureCode'}${d.FailureMessage ? `: ${d.FailureMessage}` : ''}); fix what it names (the bucket's policy, the KMS key) and export again to an empty prefix`,
        );
      }
      if (d.ExportStatus === 'COMPLETED') {
        done.set(e.arn, {
          table: e.table,
          arn: e.arn,
          status: 'COMPLETED',
          itemCount: d.ItemCount ?? 0,
          billedSizeBytes: d.BilledSizeBytes ?? 0,
          ...(d.StartTime ? { startTime: d.StartTime.toISOString() } : {}),
          ...(d.EndTime ? { endTime: d.EndTime.toISOString() } : {}),
        });
      }
    }
    if (done.size === exports.length) return exports.map((e) => done.get(e.arn)!);
    if (o.now() - started + o.pollMs > o.timeoutMs) {
      const left = exports.filter((e) => !done.has(e.arn)).map((e) => e.table);
      throw new FailedError(
        `DynamoDB is still exporting ${left.join(', ')} after ${Math.round(o.timeoutMs / 1000)}s (${opt('timeout')}); the exports go on in AWS: run the same command with ${opt('resume')} to wait for them, or allow more with ${opt('timeout')}`,
      );
    }
    await (o.sleep ?? defaultSleep)(o.pollMs);
  }
}
