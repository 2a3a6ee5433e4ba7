/**
 * Validation of every manifest the reader (and --resume) loads, ours and
 * DynamoDB's native ones. A malformed manifest is an InputError naming the
 * file and the field, never the content.
 */
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import type { WireItem } from '../dynamo/wire.js';
import type { FileEntry, RunManifest, SegmentCheckpoint, TableSummary } from './layout.js';

/**
 * The schemas, built on first use: zod builds each where it is defined,
 * 10-20 ms of the start of every command that loads this file, though one
 * that reads no manifest (an export that is not resumed) never needs them.
 */
function buildSchemas() {
  const count = z.number().int().nonnegative();
  const keySchema = z.array(z.object({ AttributeName: z.string(), KeyType: z.enum(['HASH', 'RANGE']) }));

  const runTable = z.object({
    table: z.string().min(1),
    collection: z.string().min(1),
    dir: z
      .string()
      .min(1)
      .refine((d) => !d.includes('..') && !d.startsWith('/'), 'must be a plain folder name'),
    segments: z.number().int().positive(),
  });

  const runManifest = z.object({
    format: z.literal('dynamodb-rollback'),
    layoutVersion: z.number().int(),
    toolVersion: z.string(),
    status: z.enum(['in-progress', 'complete']),
    stage: z.string(),
    region: z.string(),
    startTime: z.string(),
    endTime: z.string().optional(),
    tables: z.array(runTable),
  });

  const tableSummary = z.object({
    version: z.number().int(),
    table: z.string(),
    collection: z.string(),
    itemCount: count,
    keySchema,
    startTime: z.string(),
    endTime: z.string(),
    outputFormat: z.literal('DYNAMODB_JSON'),
    segments: z.number().int().positive(),
    dataFileCount: count,
    dataBytes: count,
    manifestFilesS3Key: z.string(),
  });

  const fileEntry = z.object({
    itemCount: count,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a hex sha256'),
    bytes: count,
    dataFileS3Key: z.string().min(1),
  });

  const wireItem = z.record(z.string(), z.unknown());

  const checkpoint = z.object({
    segment: count,
    totalSegments: z.number().int().positive(),
    files: z.array(fileEntry),
    lastEvaluatedKey: wireItem.optional(),
    done: z.boolean(),
  });

  /** The documented fields of DynamoDB's manifest-summary.json that the reader needs. */
  const nativeSummary = z.object({
    exportArn: z.string().optional(),
    tableArn: z.string().regex(/:table\/[A-Za-z0-9_.-]+$/, 'expected arn:aws:dynamodb:...:table/<name>'),
    startTime: z.string().optional(),
    endTime: z.string().optional(),
    exportTime: z.string().optional(),
    exportType: z.string().optional(),
    manifestFilesS3Key: z.string().optional(),
    itemCount: count,
    outputFormat: z.string(),
  });

  const nativeFileEntry = z.object({
    itemCount: count,
    md5Checksum: z.string().min(1),
    etag: z.string().optional(),
    dataFileS3Key: z.string().min(1),
  });
  return { runManifest, tableSummary, fileEntry, checkpoint, nativeSummary, nativeFileEntry };
}

let built: ReturnType<typeof buildSchemas> | undefined;
const schemas = () => (built ??= buildSchemas());

export type NativeSummary = z.infer<ReturnType<typeof buildSchemas>['nativeSummary']>;
export type NativeFileEntry = z.infer<ReturnType<typeof buildSchemas>['nativeFileEntry']>;

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  return `${field}: ${issue.message}`;
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, label: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InputError(`${label}: not a valid manifest (${describeIssue(parsed.error.issues[0]!)})`);
  return parsed.data;
}

/** JSON.parse whose error names the file but never echoes its content (it may hold item values). */
export function parseJsonText(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError(`${label}: not valid JSON; the file is damaged or not part of an export`);
  }
}

function parseLines<T>(schema: z.ZodType<T>, text: string, label: string): T[] {
  const out: T[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    out.push(parseWith(schema, parseJsonText(line, `${label} line ${i + 1}`), `${label} line ${i + 1}`));
  });
  return out;
}

export function parseRunManifest(text: string, label: string): RunManifest {
  return parseWith(schemas().runManifest, parseJsonText(text, label), label) as RunManifest;
}

export function parseTableSummary(text: string, label: string): TableSummary {
  return parseWith(schemas().tableSummary, parseJsonText(text, label), label);
}

export function parseFilesManifest(text: string, label: string): FileEntry[] {
  return parseLines(schemas().fileEntry, text, label);
}

export function parseCheckpoint(text: string, label: string): SegmentCheckpoint {
  const cp = parseWith(schemas().checkpoint, parseJsonText(text, label), label);
  return { ...cp, lastEvaluatedKey: cp.lastEvaluatedKey as WireItem | undefined };
}

export function parseNativeSummary(text: string, label: string): NativeSummary {
  return parseWith(schemas().nativeSummary, parseJsonText(text, label), label);
}

export function parseNativeFiles(text: string, label: string): NativeFileEntry[] {
  return parseLines(schemas().nativeFileEntry, text, label);
}
