/**
 * The runner stands on its own: nothing under src/drill/runner imports the
 * rehearsal (the scratch app, the gate, run-drill, the recorder, the
 * services); it takes what it needs as options and callbacks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../harness/run-dist.js';

const DRILL = path.join(ROOT, 'src', 'drill');
const RUNNER = path.join(DRILL, 'runner');

/** The relative imports of a file, resolved: (file, target) pairs. */
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) =>
    path.resolve(path.dirname(file), m[1]!),
  );
}

/** Targets in src/drill outside src/drill/runner. */
function rehearsalImports(file: string): string[] {
  return importsOf(file).filter((t) => t.startsWith(DRILL + path.sep) && !t.startsWith(RUNNER + path.sep));
}

describe('drill/runner', () => {
  const files = readdirSync(RUNNER)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(RUNNER, f));

  it('imports nothing of the rehearsal around it', () => {
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((f) => rehearsalImports(f).map((t) => `${path.relative(ROOT, f)} imports ${path.relative(ROOT, t)}`));
    expect(offenders).toEqual([]);
  });

  it('sees an import of the rehearsal where there is one (the check can fail)', () => {
    // run-drill.ts is the rehearsal and imports the runner and the gate: the gate is outside the runner, the runner inside.
    const targets = rehearsalImports(path.join(DRILL, 'run-drill.ts')).map((t) => path.relative(DRILL, t));
    expect(targets).toContain('gate.js');
    expect(targets.some((t) => t.startsWith('runner'))).toBe(false);
  });
});
