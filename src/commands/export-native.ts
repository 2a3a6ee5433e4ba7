/**
 * export --native: the options read and checked, DynamoDB's exports run
 * (export/native-export.ts), and, for an incremental window under AWS's 15
 * minutes, the scan export instead, said so. Presented like a scan export:
 * the same outputs, so a workflow takes either.
 */
import os from 'node:os';
import path from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { selectTables } from '../config/tables.js';
import { InputError } from '../core/errors.js';
import { parseLocation, parseS3Uri } from '../core/location.js';
import { opt } from '../core/option-name.js';
import { isFallback, type NativeExportResult, runNativeExport } from '../export/native-export.js';
import { timeOfExport } from '../export/native-since.js';
import { type ExportResult, runExport } from '../export/run-export.js';
import { dynamoFor, s3For } from './clients.js';
import { readOption } from './read-option.js';
import { isoTime } from './parse-value.js';
import type { CommandContext } from './types.js';

export async function runNativeCommand(ctx: CommandContext): Promise<NativeExportResult | ExportResult> {
  const o = ctx.options;
  if (!o['s3-uri'])
    throw new InputError(`export --native: ${opt('s3-uri')} is required (DynamoDB writes the export to S3: s3://bucket/prefix)`);
  if (o.segments !== undefined)
    throw new InputError(
      `export --native: ${opt('segments')} is for a scan; DynamoDB chooses its own parallelism: drop ${opt('segments')}`,
    );
  const exportTime = o['export-time'] === undefined ? undefined : isoTime(o['export-time'], opt('export-time'));
  const since = o.since === undefined ? undefined : parseLocation(o.since, 'since', ctx.cwd);
  const s3Uri = parseS3Uri(o['s3-uri']);
  const s3 = await s3For(ctx);
  const dynamo = await dynamoFor(ctx);
  const sse = { algorithm: readOption(o, 'sse'), ...(o['kms-key-id'] ? { kmsKeyId: o['kms-key-id'] } : {}) };
  const outcome = await runNativeExport(
    {
      stage: ctx.config.stage,
      region: ctx.config.region,
      tables: selectTables(ctx.config, o.tables),
      s3Uri,
      sse,
      ...(exportTime ? { exportTime } : {}),
      ...(since ? { since } : {}),
      resume: readOption(o, 'resume'),
      timeoutSeconds: readOption(o, 'timeout'),
    },
    { dynamo, s3, reporter: ctx.reporter, sinceTime: (s) => timeOfExport(s, s3) },
  );
  if (!isFallback(outcome)) return outcome;
  ctx.reporter.warning(outcome.fallback);
  const selected = selectTables(ctx.config, o.tables);
  const out = o.out ? path.resolve(ctx.cwd, o.out) : await mkdtemp(path.join(os.tmpdir(), 'ddbrb-export-'));
  return runExport(
    {
      out,
      tables: selected,
      fallbackTables: selected,
      stage: ctx.config.stage,
      region: ctx.config.region,
      resume: false,
      s3Uri,
      sse: sse.algorithm,
      kmsKeyId: sse.kmsKeyId,
    },
    { dynamo, s3, reporter: ctx.reporter },
  );
}
