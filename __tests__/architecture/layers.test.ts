import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { folderOf, LAYERS, LIBRARIES, sources, STAGES, stageImports, upwardImports } from '../harness/arch-stages.js';
import { ROOT } from '../harness/run-dist.js';

const SRC = path.join(ROOT, 'src');

/** A copy of src/ with one file planted in it, for showing a check fail. */
function plantedCopy(file: string, text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ddbrb-arch-'));
  const src = path.join(dir, 'src');
  cpSync(SRC, src, { recursive: true });
  writeFileSync(path.join(src, file), text);
  return src;
}

describe('architecture', () => {
  const files = sources(SRC);

  it('keeps @actions/* inside src/action (commands log through the Reporter), but for Octokit in the GitHub client and the expression library in the drill', () => {
    const offenders = files
      .filter((f) => !f.includes(`${path.sep}action${path.sep}`))
      .filter((f) => {
        // GitHub's expression language, which the drill evaluates workflows with: no toolkit, nothing logged through it.
        const text = f.endsWith(path.join('src', 'drill', 'runner', 'expressions.ts'))
          ? readFileSync(f, 'utf8').replace(/from '@actions\/expressions[^']*'/g, '')
          : readFileSync(f, 'utf8');
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
      .filter(
        (f) => !f.includes(`${path.sep}src${path.sep}commands${path.sep}`) && !f.includes(`${path.sep}src${path.sep}clients${path.sep}`),
      )
      .filter((f) =>
        /\b(createDynamo|createS3|createCloudWatch|createGit|createGitHub|getOctokit|simpleGit)\s*\(/.test(readFileSync(f, 'utf8')),
      )
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('reaches git and the GitHub API only through their clients', () => {
    const offenders = files
      .filter((f) => {
        const text = readFileSync(f, 'utf8');
        return (
          (/from 'simple-git'/.test(text) && !f.endsWith(path.join('src', 'clients', 'git.ts'))) ||
          (/from '@actions\/github'/.test(text) && !f.endsWith(path.join('src', 'clients', 'github.ts')))
        );
      })
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('imports only downward: no folder imports one above it', () => {
    expect(upwardImports(SRC)).toEqual([]);
  });

  it('names an upward import planted in a copy of src (a client importing a stage)', () => {
    const src = plantedCopy(path.join('clients', 'planted.ts'), "export { runExport } from '../export/run-export.js';\n");
    try {
      expect(upwardImports(src)).toEqual([
        `${path.join('clients', 'planted.ts')} imports export/ (layer ${LAYERS.export} above clients/ at ${LAYERS.clients})`,
      ]);
    } finally {
      rmSync(path.dirname(src), { recursive: true, force: true });
    }
  });

  it('ranks every library below every stage, and knows no folder as both', () => {
    const stageRank = Math.min(...STAGES.map((s) => LAYERS[s]!));
    expect(Object.entries(LIBRARIES).filter(([, r]) => r >= stageRank)).toEqual([]);
    expect(STAGES.filter((s) => s in LIBRARIES)).toEqual([]);
  });

  it('no stage imports another stage (what two stages share is a library below them)', () => {
    expect(stageImports(SRC)).toEqual([]);
  });

  it('names a stage-to-stage import planted in a copy of src, a dynamic import() too', () => {
    const planted = [
      "import { runVerify } from '../verify/run-verify.js';",
      "export const later = () => import('../rollback/run.js');",
      'export { runVerify };',
      '',
    ].join('\n');
    const src = plantedCopy(path.join('status', 'planted.ts'), planted);
    try {
      expect(stageImports(src)).toEqual([
        `${path.join('status', 'planted.ts')} imports ${path.join('rollback', 'run.ts')}`,
        `${path.join('status', 'planted.ts')} imports ${path.join('verify', 'run-verify.ts')}`,
      ]);
    } finally {
      rmSync(path.dirname(src), { recursive: true, force: true });
    }
  });

  it('knows the layer of every folder in src', () => {
    const folders = [...new Set(files.map((f) => folderOf(SRC, f)))];
    expect(folders.filter((d) => !(d in LAYERS))).toEqual([]);
  });

  it('keeps src/index.ts to a call of run()', () => {
    const text = readFileSync(path.join(ROOT, 'src', 'index.ts'), 'utf8').trim();
    expect(text).toBe("import { run } from './action/run.js';\n\nawait run();");
  });
});
