import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../harness/run-dist.js';

/** The committed bundles must be exactly what the sources build (npm run build). */
describe('dist/', () => {
  const ncc = path.join(ROOT, 'node_modules', '.bin', 'ncc');
  const build = (entry: string) => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'ddbrb-ncc-'));
    execFileSync(ncc, ['build', entry, '-o', out, '--quiet'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_OPTIONS: '' } });
    return readFileSync(path.join(out, 'index.js'), 'utf8');
  };

  it('holds the action bundle the sources build', () => {
    expect(build('src/index.ts') === readFileSync(path.join(ROOT, 'dist', 'index.js'), 'utf8')).toBe(true);
  });

  it('holds the CLI bundle the sources build', () => {
    const committed = readFileSync(path.join(ROOT, 'dist', 'cli', 'index.js'), 'utf8');
    const fresh = build('src/cli/bin.ts');
    expect(committed === (fresh.startsWith('#!') ? fresh : `#!/usr/bin/env node\n${fresh}`)).toBe(true);
  });
});
