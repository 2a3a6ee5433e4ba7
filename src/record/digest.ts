/**
 * The record's digest: one sha256 over its files, so config-pr (which has
 * the files the artifact was made of) and the finish (which has them from
 * the artifact's zip) compute the same value whatever the zip's encoding.
 * sha256 of the lines `<sha256 of the file>  <path>\n`, paths relative to
 * the record's folder with `/`, sorted by their UTF-8 bytes (the lines
 * `sha256sum` prints, in that order).
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { sha256File } from '../fsafe/hash.js';

export interface RecordFile {
  /** Relative to the record's folder, `/`-separated. */
  name: string;
  sha256: string;
}

export function sha256Bytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function combineDigest(files: readonly RecordFile[]): string {
  const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  return sha256Bytes(Buffer.from(sorted.map((f) => `${f.sha256}  ${f.name}\n`).join('')));
}

/** Every regular file under dir (recursively), with its sha256. */
export async function recordFiles(dir: string): Promise<RecordFile[]> {
  const out: RecordFile[] = [];
  const walk = async (rel: string): Promise<void> => {
    for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const name = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(name);
      else if (e.isFile()) out.push({ name, sha256: await sha256File(path.join(dir, name)) });
    }
  };
  await walk('');
  return out;
}

export async function recordDigest(dir: string): Promise<string> {
  return combineDigest(await recordFiles(dir));
}
