/**
 * Start-up loads only what runs: the CLI and the action know every command
 * from the generated catalog and load a command's module (and the config's
 * parser) only when it runs, so --help loads no SDK, and each command only
 * the packages it uses. Follows static imports (a dynamic import() is what
 * defers a module, so it is not followed), transitively.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { renderCatalog } from '../../scripts/command-catalog.js';
import { CATALOG } from '../../src/commands/catalog.js';
import { loadCommand, loaderNames } from '../../src/commands/load-command.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { ROOT } from '../harness/run-dist.js';

/** Relative files and packages (node: builtins included) a file imports statically, type-only imports left out (erased). */
function staticImports(file: string): { files: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const files: string[] = [];
  const packages: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?(['"])([^'"]+)\1/gm)) {
    const spec = m[2]!;
    if (spec.startsWith('.')) {
      const target = path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'));
      if (!existsSync(target)) throw new Error(`${path.relative(ROOT, file)}: cannot resolve ${spec}`);
      files.push(target);
    } else if (spec.startsWith('node:')) packages.push(spec);
    else packages.push(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return { files, packages };
}

function packagesReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const todo = [path.join(ROOT, entry)];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const { files, packages: p } = staticImports(f);
    todo.push(...files);
    for (const x of p) packages.add(x);
  }
  return packages;
}

const HEAVY = [
  '@aws-sdk/client-dynamodb',
  '@aws-sdk/client-s3',
  '@aws-sdk/client-cloudwatch',
  '@aws-sdk/lib-storage',
  '@actions/github',
  '@actions/expressions',
  '@babel/parser',
  'simple-git',
  'dynalite',
  's3rver',
  'zod',
  'yaml',
  'cli-progress',
];
/** What only the drill, init, config-pr, the PR comment (and CloudWatch: assess) use. */
const NOT_FOR_DATA = [
  '@actions/github',
  '@actions/expressions',
  '@babel/parser',
  'simple-git',
  'dynalite',
  's3rver',
  '@aws-sdk/client-cloudwatch',
];

describe('start-up', () => {
  it('the catalog is what the command files render (run npm run gen:catalog)', () => {
    expect(readFileSync(path.join(ROOT, 'src', 'commands', 'catalog.ts'), 'utf8')).toBe(renderCatalog());
  });

  it('loads every command of the catalog, and only those, by name', async () => {
    expect(loaderNames().sort()).toEqual(CATALOG.map((c) => c.name).sort());
    for (const { name } of CATALOG) expect(await loadCommand(name)).toBe(COMMANDS[name]);
  });

  it.each(['src/cli/bin.ts', 'src/index.ts'])('%s loads no SDK, no config parser, no command at start-up', (entry) => {
    expect([...packagesReached(entry)].filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  // Builtins outside Node's own start-up that cost the CLI's start some ms each (measured: node -e "require('node:v8')").
  it.each(['src/cli/bin.ts', 'src/index.ts'])('%s loads no worker_threads, v8 or fs/promises at start-up', (entry) => {
    expect([...packagesReached(entry)].filter((p) => ['node:worker_threads', 'node:v8', 'node:fs/promises'].includes(p))).toEqual([]);
  });

  it('the commands that index whole collections bound the heap; a command that does not, starts without node:v8', () => {
    const bounded = Object.values(COMMANDS)
      .filter((c) => c.largeHeap)
      .map((c) => c.name)
      .sort();
    expect(bounded).toEqual(['drill', 'rollback', 'status', 'verify']);
  });

  // An S3 location is parsed before any client is built: the S3 SDK loads (import()) only when one is named.
  it.each(['export', 'rollback', 'verify', 'status', 'backup', 'undo'])('%s loads no S3 SDK until a location on S3 is given', (name) => {
    expect(
      [...packagesReached(`src/commands/${name}.ts`)].filter((p) => ['@aws-sdk/client-s3', '@aws-sdk/lib-storage'].includes(p)),
    ).toEqual([]);
  });

  // The DynamoDB SDK (about 0.1 s to load) only where a table is read: not for a rollback from a folder, nor verify without --live.
  it.each(['rollback', 'verify', 'undo'])('%s loads no DynamoDB SDK until a table is read', (name) => {
    expect([...packagesReached(`src/commands/${name}.ts`)].filter((p) => p === '@aws-sdk/client-dynamodb')).toEqual([]);
  });

  // The manifests' schemas are read only when a manifest is (a resume): a fresh export validates nothing with zod (measured: 35 ms).
  it('export loads no zod until it reads a manifest', () => {
    expect([...packagesReached('src/commands/export.ts')].filter((p) => p === 'zod')).toEqual([]);
  });

  it.each(['export', 'rollback', 'verify', 'status', 'backup', 'undo', 'publish', 'pull'])(
    '%s loads no git, Octokit, babel, expression library, dynalite, s3rver or CloudWatch SDK',
    (name) => {
      const file = { config: 'config-show' }[name] ?? name;
      expect([...packagesReached(`src/commands/${file}.ts`)].filter((p) => NOT_FOR_DATA.includes(p))).toEqual([]);
    },
  );
});
