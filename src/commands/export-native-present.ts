/** How a native export's result is shown (export-native.ts runs it, and loads only with --native). */
import type { NativeExportResult } from '../export/native-export.js';
import type { ExportResult } from '../export/run-export.js';
import { opt } from '../core/option-name.js';
import type { Presentation } from './types.js';

export function isNativeResult(r: NativeExportResult | ExportResult): r is NativeExportResult {
  return 'exportType' in r;
}

export function presentNative(r: NativeExportResult): Presentation {
  const items = Object.fromEntries(r.tables.map((t) => [t.table, t.exports.reduce((n, e) => n + e.itemCount, 0)]));
  const incremental = r.exportType === 'INCREMENTAL_EXPORT';
  return {
    ok: true,
    outputs: {
      path: '',
      's3-uri': r.s3Uri,
      items: JSON.stringify(items),
      'duration-seconds': String(r.durationSeconds),
      tables: JSON.stringify(Object.fromEntries(r.tables.map((t) => [t.collection, t.table]))),
      mode: incremental ? 'incremental' : 'native',
    },
    summary: {
      title: 'export',
      headline: incremental
        ? `DynamoDB exported the changes of ${r.fromTime} to ${r.toTime} of ${r.tables.length} tables to ${r.s3Uri} in ${r.durationSeconds}s`
        : `DynamoDB exported ${r.tables.length} tables at ${r.exportTime} to ${r.s3Uri} in ${r.durationSeconds}s`,
      tables: [
        {
          headers: ['collection', 'table', incremental ? 'change records' : 'items', 'exports', 'billed size'],
          rows: r.tables.map((t) => [
            t.collection,
            t.table,
            String(items[t.table]),
            t.exports.map((e) => e.arn.slice(e.arn.lastIndexOf('/') + 1)).join(', '),
            `${(t.exports.reduce((n, e) => n + e.billedSizeBytes, 0) / 1024 / 1024).toFixed(1)} MB`,
          ]),
        },
      ],
      notes: [
        r.resumed ? `picked up the exports already started there (${opt('resume')})` : '',
        'read it with rollback --from or verify --from as any export',
      ].filter(Boolean),
    },
  };
}
