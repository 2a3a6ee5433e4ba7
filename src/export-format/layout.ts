/**
 * The export folder's layout (DESIGN.md "Formats"): names, paths and the
 * shape of each manifest. Modelled on DynamoDB's own export to S3 so the
 * reader takes both. Pure: no I/O.
 *
 *   <out>/export.json                          run-level (RunManifest)
 *   <out>/<table>/manifest-summary.json        TableSummary
 *   <out>/<table>/manifest-files.json          JSON lines of FileEntry
 *   <out>/<table>/data/<segment>-<n>.json.gz   JSON lines {"Item": {...}}
 *   <out>/<table>/.checkpoints/segment-<i>.json  only while the table is unfinished
 */
import type { WireItem } from '../dynamo/wire.js';
import type { KeyElement } from '../dynamo/table.js';

export const RUN_MANIFEST = 'export.json';
export const SUMMARY_MANIFEST = 'manifest-summary.json';
export const FILES_MANIFEST = 'manifest-files.json';
export const CHECKPOINT_DIR = '.checkpoints';
export const LAYOUT_VERSION = 1;

export interface RunTable {
  table: string;
  collection: string;
  /** Folder of the table, relative to the export root. */
  dir: string;
  segments: number;
}

export interface RunManifest {
  format: 'dynamodb-rollback';
  layoutVersion: number;
  toolVersion: string;
  /** 'in-progress' until every table's manifests are written. */
  status: 'in-progress' | 'complete';
  stage: string;
  region: string;
  startTime: string;
  endTime?: string;
  tables: RunTable[];
}

export interface TableSummary {
  version: number;
  table: string;
  collection: string;
  itemCount: number;
  keySchema: KeyElement[];
  startTime: string;
  endTime: string;
  outputFormat: 'DYNAMODB_JSON';
  segments: number;
  dataFileCount: number;
  /** Sum of the gzip files' sizes. */
  dataBytes: number;
  manifestFilesS3Key: string;
}

export interface FileEntry {
  itemCount: number;
  /** sha256 (hex) of the gzip file's bytes. */
  sha256: string;
  bytes: number;
  /** Relative to the export root, e.g. "<table>/data/0003-0001.json.gz". */
  dataFileS3Key: string;
}

export interface SegmentCheckpoint {
  segment: number;
  totalSegments: number;
  /** Files closed and fsynced, in order. */
  files: FileEntry[];
  /** Where the scan continues; absent with done=false means from the start. */
  lastEvaluatedKey?: WireItem;
  done: boolean;
}

/** Table names are [A-Za-z0-9_.-]{3,255}, so they are safe folder names as they are. */
export function tableDir(table: string): string {
  return table;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function dataFileKey(dir: string, segment: number, n: number): string {
  return `${dir}/data/${pad(segment, 4)}-${pad(n, 5)}.json.gz`;
}

export function checkpointKey(dir: string, segment: number): string {
  return `${dir}/${CHECKPOINT_DIR}/segment-${pad(segment, 4)}.json`;
}

export function summaryKey(dir: string): string {
  return `${dir}/${SUMMARY_MANIFEST}`;
}

export function filesKey(dir: string): string {
  return `${dir}/${FILES_MANIFEST}`;
}

/** manifest-files.json: one JSON object per line, as DynamoDB writes it. */
export function renderFilesManifest(entries: readonly FileEntry[]): string {
  return entries.map((e) => JSON.stringify(e)).join('\n') + (entries.length > 0 ? '\n' : '');
}

export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * A sensible --segments default from DescribeTable's size: one segment per
 * 32 MB (each scan page is at most 1 MB, so a segment is at least 32 round
 * trips), at least 4 once the table is bigger than a page or two, at most 64.
 */
export function defaultSegments(sizeBytes: number, itemCount: number): number {
  // Zero means unknown as often as empty: AWS updates the figures about every
  // six hours (a table filled an hour ago can show 0), and dynalite never does.
  if (sizeBytes === 0 && itemCount === 0) return 4;
  if (sizeBytes < 2 * 1024 * 1024 && itemCount < 5_000) return 1;
  return Math.min(64, Math.max(4, Math.ceil(sizeBytes / (32 * 1024 * 1024))));
}

/**
 * Bytes of data lines per Scan page we aim for. Each request costs the
 * client a few milliseconds of SDK and HTTP work whatever its size: at
 * 1,000,000 items, 128 KB pages took the export 28 CPU s, these 20. A
 * segment holds a page's body and two pages of lines: 1 MB pages took its
 * peak RSS from 130 to 158 MB (the export's goal is under 150).
 */
export const TARGET_PAGE_BYTES = 512 * 1024;
/** The first page of a segment, before the item size is known. */
export const FIRST_PAGE_LIMIT = 100;

/**
 * Scan Limit for the next page: about TARGET_PAGE_BYTES of lines, from the
 * average line size seen so far. DynamoDB still caps a page at 1 MB.
 */
export function nextPageLimit(lineBytes: number, items: number): number {
  if (items <= 0) return FIRST_PAGE_LIMIT;
  return Math.max(10, Math.floor(TARGET_PAGE_BYTES / (lineBytes / items)));
}
