/**
 * The house of src/ (docs/design.md "Layers"): which top folder is a stage
 * and which a library, and the rank of each. A stage is the work of one or
 * a few commands, imported only by commands/; a library is shared by the
 * stages, and imports only libraries of a lower rank. Read by the
 * architecture test (__tests__/architecture/layers.test.ts) and by
 * scripts/stage-imports.ts, so both know one table.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Libraries, bottom up: each imports only folders of a lower rank (or its own). */
export const LIBRARIES: Readonly<Record<string, number>> = {
  // The ground: errors and the reporter, the wire form of items and tables, the version.
  core: 0,
  dynamo: 0,
  '.': 0,
  // Where state lives; the config file and the tables a command works on.
  state: 1,
  config: 1,
  // Safe file writing and the lock; DynamoDB JSON to the app's JSON; the switch value in a file.
  fsafe: 2,
  convert: 2,
  switch: 2,
  // One wrapper per external system; the three-way merge; the record config-pr writes and the finish reads.
  clients: 3,
  merge: 3,
  record: 3,
  // The export's format (what the export writes and every later command reads); the embedded services.
  'export-format': 4,
  local: 4,
  // What the migration left behind (backups, progress, runs); one collection's three versions loaded for the merge.
  migration: 5,
  collection: 5,
};

/** Stages: the work of one or a few commands. None imports another. */
export const STAGES: readonly string[] = [
  'export',
  'rollback',
  'verify',
  'status',
  'backup',
  'assess',
  'mitigate',
  'publish',
  'config-pr',
  'finish',
  'init',
  'drill',
  'app-command',
];

export const STAGE_RANK = 6;

/** Every folder's layer, bottom up: a folder may import its own layer and those below. */
export const LAYERS: Readonly<Record<string, number>> = {
  ...LIBRARIES,
  ...Object.fromEntries(STAGES.map((s) => [s, STAGE_RANK])),
  commands: 7,
  action: 8,
  cli: 8,
  'index.ts': 9,
};

export function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The top folder under src/; '.' for a file of src itself, but for index.ts, the action's entry, above everything. */
export function folderOf(src: string, file: string): string {
  const rel = path.relative(src, file);
  if (rel.includes(path.sep)) return rel.split(path.sep)[0]!;
  return rel.startsWith('index.') ? 'index.ts' : '.';
}

/** The project files a file imports: from '...' (import and export), import '...', and import('...'). */
export function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) =>
    path.resolve(path.dirname(file), m[1]!).replace(/\.js$/, '.ts'),
  );
}

export function rank(folder: string): number {
  return LAYERS[folder] ?? 99;
}

/** Every import of a folder above the importer's, as "<file> imports <folder>/ (layer ...)". */
export function upwardImports(src: string): string[] {
  const offenders: string[] = [];
  for (const f of sources(src)) {
    const from = folderOf(src, f);
    for (const target of importsOf(f)) {
      const to = folderOf(src, target);
      if (from !== to && rank(to) > rank(from))
        offenders.push(`${path.relative(src, f)} imports ${to}/ (layer ${rank(to)} above ${from}/ at ${rank(from)})`);
    }
  }
  return offenders;
}

/** Every import from one stage into another, as "<file> imports <file>", paths under src/. */
export function stageImports(src: string): string[] {
  const stages = new Set(STAGES);
  const offenders = new Set<string>();
  for (const f of sources(src)) {
    const from = folderOf(src, f);
    if (!stages.has(from)) continue;
    for (const target of importsOf(f)) {
      const to = folderOf(src, target);
      if (to !== from && stages.has(to)) offenders.add(`${path.relative(src, f)} imports ${path.relative(src, target)}`);
    }
  }
  return [...offenders].sort();
}
