/**
 * The run-level manifest of an export DynamoDB made itself (export
 * --native): our export.json beside AWS's AWSDynamoDB/ folder, naming the
 * stage, each table's collection, the export time (or, for an incremental
 * export, its window) and every export ARN. The tables' files are AWS's
 * own, read as AWS documents them (docs/formats.md). Pure: no I/O.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import type { RunManifest } from './layout.js';

export const NATIVE_KIND = 'native';

export type NativeExportType = 'FULL_EXPORT' | 'INCREMENTAL_EXPORT';

/** One ExportTableToPointInTime: a full export, or one window of an incremental one. */
export interface NativeTableExport {
  clientToken: string;
  /** Absent until the export was started (a kill in between is picked up by the client token). */
  exportArn?: string;
  /** Its folder under the run's root: AWSDynamoDB/<export id>. */
  dir?: string;
  /** Full: the instant exported. Incremental: [fromTime, toTime). ISO 8601. */
  exportTime?: string;
  fromTime?: string;
  toTime?: string;
}

export interface NativeRunTable {
  table: string;
  collection: string;
  exports: NativeTableExport[];
}

/** The scan export's run-level fields, and what a native run adds. */
export interface NativeRunManifest extends Omit<RunManifest, 'tables'> {
  kind: typeof NATIVE_KIND;
  exportType: NativeExportType;
  /** Full: the one instant every table was exported at. */
  exportTime?: string;
  /** Incremental: the whole window, and the export it was taken since. */
  fromTime?: string;
  toTime?: string;
  since?: string;
  tables: NativeRunTable[];
}

const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO 8601 time');

const nativeRun = z.object({
  format: z.literal('dynamodb-rollback'),
  layoutVersion: z.number().int(),
  kind: z.literal(NATIVE_KIND),
  exportType: z.enum(['FULL_EXPORT', 'INCREMENTAL_EXPORT']),
  toolVersion: z.string(),
  status: z.enum(['in-progress', 'complete']),
  stage: z.string(),
  region: z.string(),
  startTime: iso,
  endTime: iso.optional(),
  exportTime: iso.optional(),
  fromTime: iso.optional(),
  toTime: iso.optional(),
  since: z.string().optional(),
  tables: z.array(
    z.object({
      table: z.string().min(1),
      collection: z.string().min(1),
      exports: z.array(
        z.object({
          clientToken: z.string().min(1).max(64),
          exportArn: z.string().optional(),
          dir: z
            .string()
            .regex(/^AWSDynamoDB\/[A-Za-z0-9_.-]+$/, 'expected AWSDynamoDB/<export id>')
            .optional(),
          exportTime: iso.optional(),
          fromTime: iso.optional(),
          toTime: iso.optional(),
        }),
      ),
    }),
  ),
});

export function isNativeRun(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === NATIVE_KIND;
}

export function parseNativeRun(value: unknown, label: string): NativeRunManifest {
  const parsed = nativeRun.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${label}: not a valid manifest (${issue.path.map(String).join('.') || '(top level)'}: ${issue.message})`);
  }
  return parsed.data as NativeRunManifest;
}

/** The export id is the ARN's last part: .../table/<name>/export/<id>. */
export function exportDirOf(exportArn: string): string {
  const id = exportArn.slice(exportArn.lastIndexOf('/') + 1);
  if (!/^[A-Za-z0-9_.-]+$/.test(id)) throw new InputError(`export ARN ${exportArn}: has no export id at its end`);
  return `AWSDynamoDB/${id}`;
}

/**
 * The client token of one table's export in one run: the same inputs give
 * the same token, so a re-run (or --resume after a kill between the request
 * and the record of its ARN) gets the export already started instead of a
 * second one. AWS takes at most 64 characters.
 */
export function clientToken(parts: {
  stage: string;
  table: string;
  s3Uri: string;
  exportType: NativeExportType;
  exportTime?: string;
  fromTime?: string;
  toTime?: string;
}): string {
  const text = [
    parts.stage,
    parts.table,
    parts.s3Uri,
    parts.exportType,
    parts.exportTime ?? '',
    parts.fromTime ?? '',
    parts.toTime ?? '',
  ].join('\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 64);
}

/** AWS's limits on one incremental export's window. */
export const MIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * [from, to) cut into the fewest equal windows of at most 24 hours, each on
 * whole seconds (AWS counts seconds), or null when the whole is under 15
 * minutes, which AWS refuses. Equal windows of a gap over 24 hours are each
 * over 12 hours, so none falls under the minimum.
 */
export function incrementalWindows(fromMs: number, toMs: number): { from: number; to: number }[] | null {
  const gap = toMs - fromMs;
  if (gap < MIN_WINDOW_MS) return null;
  const n = Math.ceil(gap / MAX_WINDOW_MS);
  const out: { from: number; to: number }[] = [];
  for (let i = 0; i < n; i++) {
    const from = i === 0 ? fromMs : out[i - 1]!.to;
    const to = i === n - 1 ? toMs : Math.floor((fromMs + (gap * (i + 1)) / n) / 1000) * 1000;
    out.push({ from, to });
  }
  return out;
}
