/**
 * verify must share no code with the rollback's conversion, merge or
 * writing: a bug there would otherwise be repeated here and cancel out.
 * Follows every relative import from src/verify, transitively.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../harness/run-dist.js';

const FORBIDDEN = ['src/convert/', 'src/merge/', 'src/rollback/', 'src/fsafe/'];

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*(['"])(\.{1,2}\/[^'"]+)\1/g)) {
    const target = path.resolve(path.dirname(file), m[2]!.replace(/\.js$/, '.ts'));
    // An import this walk cannot follow would hide what lies behind it.
    if (!existsSync(target)) throw new Error(`${path.relative(ROOT, file)}: cannot resolve ${m[2]}`);
    out.push(target);
  }
  return out;
}

function reachable(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...importsOf(f));
  }
  return seen;
}

describe('verify is independent of the rollback', () => {
  it('imports nothing from conversion, merge, rollback or file writing, directly or not', () => {
    const entries = ['src/commands/verify.ts', 'src/verify/run-verify.ts'].map((f) => path.join(ROOT, f));
    const files = [...reachable(entries)].map((f) => path.relative(ROOT, f).split(path.sep).join('/'));
    expect(files).toContain('src/verify/compare.ts');
    expect(files.filter((f) => FORBIDDEN.some((p) => f.startsWith(p)))).toEqual([]);
  });
});
