/**
 * For the guard tests: an export interrupted part-way (checkpoints and data
 * files on disk, export.json in progress), private copies of it to damage,
 * and a byte-for-byte picture of a folder to prove a refusal wrote nothing.
 */
import { createHash } from 'node:crypto';
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportOptions } from '../../src/export/run-export.js';
import { exportTables, tempDir } from './helpers.js';

class Crash extends Error {}

/**
 * Exports tables to out with small pages and files, and crashes the scan of
 * the first table's last segment after `pages` pages, so every segment has
 * checkpointed files and none of the tables is complete.
 */
export async function interruptedExport(
  tables: string[],
  out: string,
  segments: number,
  pages = 4,
  more: Partial<ExportOptions> = {},
): Promise<void> {
  let seen = 0;
  const err = await exportTables(
    tables,
    out,
    { segments, limits: { pageLimit: 5, fileMaxItems: 10 }, ...more },
    {
      onPage: ({ table, segment }) => {
        if (table === tables[0] && segment === segments - 1 && ++seen === pages) throw new Crash('simulated crash');
      },
    },
  ).catch((e: unknown) => e);
  if (!((err as { cause?: unknown })?.cause instanceof Crash)) throw new Error(`the export was expected to crash, got ${String(err)}`);
}

/** A private copy of a folder, to damage. */
export async function copyOf(dir: string): Promise<string> {
  const copy = path.join(tempDir(), 'copy');
  await cp(dir, copy, { recursive: true });
  return copy;
}

/** Every file under root: relative path -> sha256 of its bytes. */
export async function picture(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(root, { withFileTypes: true, recursive: true })) {
    const abs = path.join(e.parentPath, e.name);
    const rel = path.relative(root, abs);
    out[rel] = e.isFile()
      ? createHash('sha256')
          .update(await readFile(abs))
          .digest('hex')
      : e.isDirectory()
        ? 'dir'
        : 'other';
  }
  return out;
}
