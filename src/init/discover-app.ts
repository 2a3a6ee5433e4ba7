/**
 * The app's collections and file database folder, from what the migration
 * left behind: its progress file names the collections it migrated; else
 * the newest folder of its backups holds one `<collection>.json` each. The
 * data dir is the folder holding the most of those files (outside the
 * backups). Each says where it came from; nothing found means the defaults.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { namesS3 } from '../core/location.js';

export interface Found<T> {
  value: T;
  /** Where it was read from, or null when it is the default. */
  source: string | null;
}

export interface AppDiscovery {
  collections: Found<string[]>;
  dataDir: Found<string>;
}

export interface AppInput {
  repoDir: string;
  progressFile: string;
  backupDir: string;
  defaults: { collections: string[]; dataDir: string };
}

const COLLECTION = /^[A-Za-z0-9_.-]+$/;
/** Folders never looked into for the data dir: dependencies, git's own, build output. */
const SKIP = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', 'cdk.out']);
const MAX_DEPTH = 4;
const MAX_FOLDERS = 5_000;

export async function discoverApp(input: AppInput): Promise<AppDiscovery> {
  const collections = (await fromProgress(input)) ?? (await fromBackups(input)) ?? { value: input.defaults.collections, source: null };
  return { collections, dataDir: await findDataDir(input, collections.value) };
}

async function fromProgress({ repoDir, progressFile }: AppInput): Promise<Found<string[]> | null> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path.resolve(repoDir, progressFile), 'utf8'));
  } catch {
    return null;
  }
  const listed = (data as { collections?: unknown } | null)?.collections;
  if (!Array.isArray(listed)) return null;
  const names = listed.filter((c): c is string => typeof c === 'string' && COLLECTION.test(c));
  return names.length > 0 ? { value: names, source: `${progressFile} (collections)` } : null;
}

async function fromBackups({ repoDir, backupDir }: AppInput): Promise<Found<string[]> | null> {
  if (namesS3(backupDir)) return null;
  const root = path.resolve(repoDir, backupDir);
  const folders = (await readdir(root, { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory()).map((d) => d.name);
  // Backup folders are named by ISO time, so the newest with files in it sorts last.
  for (const folder of folders.sort().reverse()) {
    const names = (await readdir(path.join(root, folder)).catch(() => []))
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -'.json'.length))
      .filter((n) => COLLECTION.test(n))
      .sort();
    if (names.length > 0) return { value: names, source: `${backupDir}/${folder}` };
  }
  return null;
}

async function findDataDir({ repoDir, backupDir, defaults }: AppInput, collections: string[]): Promise<Found<string>> {
  const wanted = new Set(collections.map((c) => `${c}.json`));
  const backups = path.resolve(repoDir, backupDir);
  let best: { dir: string; count: number } | null = null;
  let folders = 0;
  const visit = async (dir: string, depth: number): Promise<void> => {
    if (folders++ > MAX_FOLDERS) return;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const count = entries.filter((e) => e.isFile() && wanted.has(e.name)).length;
    const rel = path.relative(repoDir, dir).split(path.sep).join('/');
    if (count > 0 && (!best || count > best.count || (count === best.count && rel === defaults.dataDir))) best = { dir: rel, count };
    if (depth >= MAX_DEPTH) return;
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (!e.isDirectory() || SKIP.has(e.name) || e.name.startsWith('.')) continue;
      const child = path.join(dir, e.name);
      if (child === backups) continue;
      await visit(child, depth + 1);
    }
  };
  await visit(repoDir, 0);
  const hit = best as { dir: string; count: number } | null;
  if (!hit || hit.dir === '') return { value: defaults.dataDir, source: null };
  return { value: hit.dir, source: `${hit.count} of ${collections.length} collection files there` };
}
