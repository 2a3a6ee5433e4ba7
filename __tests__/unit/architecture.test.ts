import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../harness/run-dist.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** DESIGN's layers, bottom up: a folder may import its own layer and those below. */
const LAYERS: Record<string, number> = {
  core: 0,
  dynamo: 0,
  state: 0,
  '.': 0,
  config: 0,
  clients: 1,
  convert: 1,
  merge: 1,
  fsafe: 1,
  switch: 1,
  record: 1,
  export: 2,
  'config-pr': 2,
  rollback: 2,
  verify: 2,
  status: 2,
  backup: 2,
  assess: 2,
  mitigate: 2,
  migration: 2,
  publish: 2,
  local: 2,
  drill: 2,
  init: 2,
  'app-command': 2,
  finish: 2,
  commands: 3,
  action: 4,
  cli: 4,
  'index.ts': 5,
};

const SRC = path.join(ROOT, 'src');
/** The top folder under src/; '.' for a file of src itself, but for index.ts, the action's entry, above everything. */
function folderOf(file: string): string {
  const rel = path.relative(SRC, file);
  if (rel.includes(path.sep)) return rel.split(path.sep)[0]!;
  return rel.startsWith('index.') ? 'index.ts' : '.';
}
function rank(folder: string): number {
  return LAYERS[folder] ?? 99;
}

describe('architecture', () => {
  const files = sources(path.join(ROOT, 'src'));

  it('keeps @actions/* inside src/action (commands log through the Reporter), but for Octokit in the GitHub client and the expression library in the drill', () => {
    const offenders = files
      .filter((f) => !f.includes(`${path.sep}action${path.sep}`))
      .filter((f) => {
        // GitHub's expression language, which the drill evaluates workflows with: no toolkit, nothing logged through it.
        const text = f.endsWith(path.join('src', 'drill', 'runner', 'expressions.ts')) ? readFileSync(f, 'utf8').replace(/from '@actions\/expressions[^']*'/g, '') : readFileSync(f, 'utf8');
        const octokitOnly = f.endsWith(path.join('src', 'clients', 'github.ts')) && !/from '@actions\/(?!github')/.test(text);
        return /from '@actions\//.test(text) && !octokitOnly;
      })
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('builds SDK clients only in src/clients', () => {
    const offenders = files
      .filter((f) => !f.includes(`${path.sep}src${path.sep}clients${path.sep}`))
      .filter((f) => /new\s+\w*Client\s*\(/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('builds our clients only in src/commands (the work takes them as arguments)', () => {
    const offenders = files
      .filter((f) => !f.includes(`${path.sep}src${path.sep}commands${path.sep}`) && !f.includes(`${path.sep}src${path.sep}clients${path.sep}`))
      .filter((f) => /\b(createDynamo|createS3|createCloudWatch|createGit|createGitHub|getOctokit|simpleGit)\s*\(/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('reaches git and the GitHub API only through their clients', () => {
    const offenders = files
      .filter((f) => {
        const text = readFileSync(f, 'utf8');
        return (/from 'simple-git'/.test(text) && !f.endsWith(path.join('src', 'clients', 'git.ts'))) || (/from '@actions\/github'/.test(text) && !f.endsWith(path.join('src', 'clients', 'github.ts')));
      })
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('imports only downward: no folder imports one above it', () => {
    const offenders: string[] = [];
    for (const f of files) {
      const from = folderOf(f);
      for (const m of readFileSync(f, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const to = folderOf(path.resolve(path.dirname(f), m[1]!));
        if (from !== to && rank(to) > rank(from)) offenders.push(`${path.relative(ROOT, f)} imports ${to}/ (layer ${rank(to)} above ${from}/ at ${rank(from)})`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('knows the layer of every folder in src', () => {
    const folders = [...new Set(files.map(folderOf))];
    expect(folders.filter((d) => !(d in LAYERS))).toEqual([]);
  });

  it('keeps src/index.ts to a call of run()', () => {
    const text = readFileSync(path.join(ROOT, 'src', 'index.ts'), 'utf8').trim();
    expect(text).toBe("import { run } from './action/run.js';\n\nawait run();");
  });
});
