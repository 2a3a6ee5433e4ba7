import path from 'node:path';
import { type ExportResult, runExport } from '../export/run-export.js';
import { selectTables } from '../config/tables.js';
import { InputError } from '../core/errors.js';
import { groupDigits } from '../core/group-digits.js';
import { parseS3Uri } from '../core/location.js';
import { opt } from '../core/option-name.js';
import type { NativeExportResult } from '../export/native-export.js';
import { dynamoFor, s3For } from './clients.js';
import { isNativeResult, presentNative } from './export-native-present.js';
import { readOption } from './read-option.js';
import { defineCommand } from './types.js';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Every configured table (or --tables) to --out, and optionally to S3: parallel, checksummed, resumable. */
export const exportCommand = defineCommand<ExportResult | NativeExportResult>({
  name: 'export',
  description:
    "Export tables to a folder (and S3): parallel segmented scan, lossless DynamoDB JSON, checksummed, resumable; --native: DynamoDB's own export to S3 (full, or --since an earlier export, incremental)",
  options: [
    'tables',
    'out',
    's3-uri',
    'sse',
    'kms-key-id',
    'segments',
    'resume',
    'native',
    'export-time',
    'since',
    'timeout',
    'retry-budget',
  ],
  outputs: {
    path: 'Folder the export was written to',
    's3-uri': 'S3 URI the export was uploaded to',
    items: 'JSON object: table -> items exported',
    'duration-seconds': 'Seconds the export took',
    tables: 'JSON object: collection -> table exported',
    mode: 'scan, native or incremental: how the export was made (a scan when an incremental window was under 15 minutes)',
  },
  async run(ctx) {
    const o = ctx.options;
    // Loaded only with --native: its S3 and export-job code is no part of a scan export.
    if (readOption(o, 'native')) return (await import('./export-native.js')).runNativeCommand(ctx);
    for (const name of ['since', 'export-time'] as const) {
      if (o[name] !== undefined)
        throw new InputError(
          `export: ${opt(name)} goes with ${opt('native')} (DynamoDB's own export); add ${opt('native')}, or drop ${opt(name)}`,
        );
    }
    const resume = readOption(o, 'resume');
    const selected = selectTables(ctx.config, o.tables);
    const s3Uri = o['s3-uri'] ? parseS3Uri(o['s3-uri']) : undefined;
    return runExport(
      {
        out: o.out ? path.resolve(ctx.cwd, o.out) : '',
        // On --resume without --tables the interrupted export's own list is used.
        tables: resume && !o.tables ? undefined : selected,
        fallbackTables: selected,
        stage: ctx.config.stage,
        region: ctx.config.region,
        segments: o.segments,
        resume,
        ...(s3Uri ? { s3Uri } : {}),
        sse: readOption(o, 'sse'),
        kmsKeyId: o['kms-key-id'],
      },
      {
        dynamo: await dynamoFor(ctx),
        ...(o['s3-uri'] ? { s3: await s3For(ctx) } : {}),
        reporter: ctx.reporter,
      },
    );
  },
  present(result) {
    if (isNativeResult(result)) return presentNative(result);
    const r = result;
    const rate = (items: number, s: number) => (s > 0 ? groupDigits(Math.round(items / s)) : '-');
    const notes = [`folder: ${r.path}`];
    if (r.s3Uri)
      notes.push(
        `S3: ${r.s3Uri}${r.upload ? ` (${r.upload.files} files, ${mb(r.upload.bytes)}${r.upload.skipped ? `, ${r.upload.skipped} already there` : ''})` : ''}`,
      );
    if (r.resumed) notes.push('resumed from checkpoints');
    if (r.retries > 0) notes.push(`${r.retries} requests retried (throttling, 5xx or dropped connections)`);
    for (const t of r.tables) {
      if (t.describedItemCount !== t.items) {
        notes.push(
          `${t.table}: DescribeTable reported ${t.describedItemCount} items (AWS refreshes that figure about every six hours); the scan read ${t.items}`,
        );
      }
    }
    return {
      ok: true,
      outputs: {
        path: r.path,
        's3-uri': r.s3Uri ?? '',
        items: JSON.stringify(r.items),
        'duration-seconds': String(r.durationSeconds),
        tables: JSON.stringify(Object.fromEntries(r.tables.map((t) => [t.collection, t.table]))),
        mode: 'scan',
      },
      summary: {
        title: 'export',
        headline: `${groupDigits(r.totalItems)} items from ${r.tables.length} tables in ${r.durationSeconds}s${r.s3Uri ? `, uploaded to ${r.s3Uri}` : ''}`,
        tables: [
          {
            headers: ['collection', 'table', 'items', 'segments', 'files', 'size', 'items/s'],
            rows: r.tables.map((t) => [
              t.collection,
              t.table,
              groupDigits(t.items),
              String(t.segments),
              String(t.files),
              mb(t.bytes),
              rate(t.items, t.seconds),
            ]),
          },
        ],
        notes,
      },
    };
  },
});
