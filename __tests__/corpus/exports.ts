/**
 * Ways to spoil the good export in a case's copy of the repository
 * (exports/good): every manifest and data file, each in its own way.
 */
import { createHash } from 'node:crypto';
import { readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { World } from './world.js';

export const GOOD = 'exports/good';

export const goodDir = (repo: string) => path.join(repo, GOOD);

/** The folder of a collection's table in the export. */
export function tableDir(repo: string, w: World, collection: 'events' | 'participants' | 'users' | 'talks' = 'events'): string {
  return path.join(goodDir(repo), w.app.tables[collection]);
}

export async function editJson(file: string, edit: (value: Record<string, unknown>) => unknown): Promise<void> {
  const value = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  await writeFile(file, `${JSON.stringify(edit(value), null, 2)}\n`);
}

/** manifest-files.json, one entry per line, edited line by line. */
export async function editFilesManifest(
  dir: string,
  edit: (entry: Record<string, unknown>, i: number) => Record<string, unknown>,
): Promise<void> {
  const file = path.join(dir, 'manifest-files.json');
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  await writeFile(file, `${lines.map((l, i) => JSON.stringify(edit(JSON.parse(l) as Record<string, unknown>, i))).join('\n')}\n`);
}

/** The first data file of the table that holds items, with its manifest entry's index. */
export async function fullDataFile(dir: string): Promise<{ file: string; index: number }> {
  const lines = (await readFile(path.join(dir, 'manifest-files.json'), 'utf8')).split('\n').filter((l) => l.trim() !== '');
  const index = lines.findIndex((l) => (JSON.parse(l) as { itemCount: number }).itemCount > 0);
  const key = (JSON.parse(lines[index]!) as { dataFileS3Key: string }).dataFileS3Key;
  return { file: path.join(dir, '..', key), index };
}

/** Cuts a data file short (a partial copy). */
export async function cutShort(dir: string): Promise<void> {
  const { file } = await fullDataFile(dir);
  const size = (await readFile(file)).length;
  await truncate(file, Math.floor(size / 2));
}

/** Replaces a data file with other content and records its new checksum, so only the content is wrong. */
export async function replaceData(dir: string, content: string | Buffer, gzip = true): Promise<void> {
  const { file, index } = await fullDataFile(dir);
  const raw = typeof content === 'string' ? Buffer.from(content) : content;
  const bytes = gzip ? gzipSync(raw) : raw;
  await writeFile(file, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await editFilesManifest(dir, (e, i) => (i === index ? { ...e, sha256, bytes: bytes.length } : e));
}
