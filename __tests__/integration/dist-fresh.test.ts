import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../harness/run-dist.js';
// @ts-expect-error: a build script in plain JavaScript, without types
import { stableLicenses } from '../../scripts/stable-licenses.mjs';

/** The committed bundles must be exactly what the sources build (npm run build), chunk for chunk. */
describe('dist/', () => {
  const ncc = path.join(ROOT, 'node_modules', '.bin', 'ncc');
  const build = (entry: string, extra: string[] = []) => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'ddbrb-ncc-'));
    execFileSync(ncc, ['build', entry, '-o', out, '--quiet', ...extra], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    return out;
  };
  const files = (dir: string) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
  const stale = (fresh: string, committed: string, fix: (name: string, text: string) => string = (_n, t) => t) => {
    const names = files(fresh);
    const out: string[] = [];
    if (names.join(',') !== files(committed).join(',')) out.push(`files: ${files(committed).join(',')} vs fresh ${names.join(',')}`);
    for (const name of names) {
      const want = fix(name, readFileSync(path.join(fresh, name), 'utf8'));
      let have = '';
      try {
        have = readFileSync(path.join(committed, name), 'utf8');
      } catch {
        /* reported by the listing above */
      }
      if (want !== have) out.push(name);
    }
    return out;
  };

  it('holds the action bundle the sources build', () => {
    // The build's post-build step makes licenses.txt deterministic (scripts/stable-licenses.mjs); the same here.
    const licenses = (name: string, text: string) =>
      name === 'licenses.txt' ? stableLicenses(text, path.join(ROOT, 'node_modules')) : text;
    expect(stale(build('src/index.ts', ['--license', 'licenses.txt']), path.join(ROOT, 'dist'), licenses)).toEqual([]);
  });

  it('holds the CLI bundle the sources build', () => {
    const shebang = (name: string, text: string) => (name === 'index.js' && !text.startsWith('#!') ? `#!/usr/bin/env node\n${text}` : text);
    expect(stale(build('src/cli/bin.ts'), path.join(ROOT, 'dist', 'cli'), shebang)).toEqual([]);
  });
});
