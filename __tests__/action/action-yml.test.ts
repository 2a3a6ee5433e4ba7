import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { flagOf, type OptionName, OPTION_SPECS } from '../../src/commands/options.js';
import { VERSION } from '../../src/version.js';
import { renderActionYml } from '../../scripts/action-yml.js';
import { ROOT } from '../harness/run-dist.js';

describe('action.yml', () => {
  const text = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
  const action = parse(text) as {
    inputs: Record<string, { description: string; default?: string }>;
    runs: { using: string; main: string };
  };

  it('is what the options table renders (run npm run gen:action)', () => {
    expect(text).toBe(renderActionYml());
  });

  it('runs on node24 from dist/index.js', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares command first, then every non-CLI option with a description and default', () => {
    const names = Object.keys(action.inputs);
    expect(names[0]).toBe('command');
    const expected = [
      ...new Set(
        Object.entries(OPTION_SPECS)
          .filter(([, s]) => !('cliOnly' in s))
          .map(([n]) => flagOf(n as OptionName)),
      ),
    ];
    expect(names.slice(1)).toEqual(expected);
    for (const name of expected) {
      expect(action.inputs[name]!.description.length).toBeGreaterThan(10);
      expect(action.inputs[name]).toHaveProperty('default');
    }
  });

  it('keeps src/version.ts equal to package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
