import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../harness/run-dist.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  const files = sources(path.join(ROOT, 'src'));

  it('keeps @actions/* inside src/action (commands log through the Reporter)', () => {
    const offenders = files
      .filter((f) => !f.includes(`${path.sep}action${path.sep}`))
      .filter((f) => /from '@actions\//.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('keeps src/index.ts to a call of run()', () => {
    const text = readFileSync(path.join(ROOT, 'src', 'index.ts'), 'utf8').trim();
    expect(text).toBe("import { run } from './action/run.js';\n\nawait run();");
  });
});
