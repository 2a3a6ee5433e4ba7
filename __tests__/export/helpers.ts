/** Shared by the export tests: temp folders, a one-call export of dynalite tables, and reading back. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { type ExportDeps, type ExportOptions, type ExportResult, runExport } from '../../src/export/run-export.js';
import type { ExportSource } from '../../src/export-format/source.js';
import { toWire, type WireItem } from '../../src/dynamo/wire.js';
import { ourDynamo, REGION, testDynamo } from '../harness/aws.js';
import { parseS3Uri, type S3Location } from '../../src/core/location.js';

const made: string[] = [];

/** A fresh temp folder, removed by cleanTempDirs (call it in afterAll). */
export function tempDir(prefix = 'ddbrb-export-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Exports the given tables of the test dynalite, as the command would (SDK retries off; --s3-uri given as text, parsed as the command parses it). */
export function exportTables(
  tables: string[],
  out: string,
  more: Partial<Omit<ExportOptions, 's3Uri'>> & { s3Uri?: string | S3Location } = {},
  deps: Partial<ExportDeps> = {},
): Promise<ExportResult> {
  const { s3Uri, ...rest } = more;
  return runExport(
    {
      out,
      tables: tables.map((t) => ({ table: t, collection: t, configured: false })),
      stage: 'test',
      region: REGION,
      ...rest,
      ...(s3Uri ? { s3Uri: typeof s3Uri === 'string' ? parseS3Uri(s3Uri) : s3Uri } : {}),
    },
    { dynamo: ourDynamo(), ...deps },
  );
}

export async function readAll(source: ExportSource, table: string): Promise<WireItem[]> {
  const out: WireItem[] = [];
  for await (const item of source.items(table)) out.push(item);
  return out;
}

const idOf = (item: WireItem) => {
  const v = item.id;
  if (!v || !('S' in v)) throw new Error('item without a string id');
  return v.S;
};

export function byId(items: WireItem[]): WireItem[] {
  return [...items].sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
}

/** What the table holds, read straight from dynalite, in wire form. */
export async function scanWire(table: string): Promise<WireItem[]> {
  const client = testDynamo();
  const out: WireItem[] = [];
  let start: Record<string, import('@aws-sdk/client-dynamodb').AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start }));
    out.push(...(page.Items ?? []).map(toWire));
    start = page.LastEvaluatedKey;
  } while (start);
  return out;
}

/** Plain items with a nested value, about 200 bytes each. */
export function plainItems(n: number, prefix = 'i') {
  return Array.from({ length: n }, (_, i) => ({
    id: { S: `${prefix}${String(i).padStart(6, '0')}` },
    n: { N: String(i) },
    tags: { SS: ['a', `t${i % 7}`] },
    meta: { M: { note: { S: `item ${i} `.repeat(8) }, list: { L: [{ N: '1' }, { BOOL: i % 2 === 0 }] } } },
  }));
}
