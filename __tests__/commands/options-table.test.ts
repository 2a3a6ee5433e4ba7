/**
 * The options table's typed reader and its split flags: a default comes
 * from the table, typed; a flag read with different meanings (--report,
 * --base) is one flag and one input, each command reading its own entry.
 */
import { readInputs } from '../../src/action/inputs.js';
import { parseArgs } from '../../src/cli/args.js';
import { commandHelp } from '../../src/cli/help.js';
import { CATALOG } from '../../src/commands/catalog.js';
import { optionsOf } from '../../src/commands/execute.js';
import { flagOf, type OptionName, OPTION_SPECS, type OptionSpec } from '../../src/commands/options.js';
import { parseOptionValue } from '../../src/commands/parse-value.js';
import { readOption } from '../../src/commands/read-option.js';
import type { Strategy } from '../../src/merge/plan.js';
import type { Prefer } from '../../src/merge/settle.js';
import { actionInputs } from '../../scripts/action-yml.js';

const entries = Object.entries(OPTION_SPECS) as [OptionName, OptionSpec][];

describe('readOption', () => {
  it('gives the value given, else the default of the table, typed', () => {
    // Typed as the choices: these assignments compile without a cast.
    const strategy: Strategy = readOption({}, 'strategy');
    const prefer: Prefer = readOption({ prefer: 'file' }, 'prefer');
    const timeout: number = readOption({}, 'timeout');
    const dryRun: boolean = readOption({}, 'dry-run');
    expect([strategy, prefer, timeout, dryRun]).toEqual(['merge', 'file', 600, false]);
    expect(readOption({}, 'retry-budget')).toBe(300);
    expect(readOption({}, 'scan')).toBe(true);
    expect(readOption({}, 'repo-dir')).toBe('.');
    expect(readOption({ timeout: 5 }, 'timeout')).toBe(5);
    expect(readOption({}, 'segments')).toBeUndefined();
  });

  it('reads a split entry through the flag the user typed', () => {
    expect(readOption({ report: 'r.json' }, 'rollback-report-out')).toBe('r.json');
    expect(readOption({ base: 'main' }, 'base-branch')).toBe('main');
    expect(readOption({}, 'merge-base')).toBeUndefined();
  });

  it('has a default for every entry that parses as an action input does', () => {
    for (const [name, spec] of entries)
      if (spec.default !== undefined) expect(() => parseOptionValue(name, spec.default!, 'input')).not.toThrow();
  });
});

describe('split flags', () => {
  it('never gives one command two entries of the same flag', () => {
    for (const command of CATALOG) {
      const flags = optionsOf(command).map(flagOf);
      expect({ command: command.name, duplicates: flags.filter((f, i) => flags.indexOf(f) !== i) }).toEqual({
        command: command.name,
        duplicates: [],
      });
    }
  });

  it('splits report and base, each entry used by one command, the flag unchanged', () => {
    const users = (name: OptionName) => CATALOG.filter((c) => c.options.includes(name)).map((c) => c.name);
    expect(entries.filter(([, s]) => s.flag === 'report').map(([n]) => [n, users(n)])).toEqual([
      ['rollback-report-out', ['rollback']],
      ['mitigate-report-out', ['mitigate']],
      ['verify-report-in', ['verify']],
      ['config-pr-report-in', ['config-pr']],
    ]);
    expect(entries.filter(([, s]) => s.flag === 'base').map(([n]) => [n, users(n)])).toEqual([
      ['merge-base', ['rollback']],
      ['base-branch', ['config-pr']],
    ]);
    // A flag is never also an entry's own name: that entry would be read where the other is meant.
    const flags = new Set(entries.flatMap(([, s]) => (s.flag ? [s.flag] : [])));
    expect(entries.map(([n]) => n).filter((n) => flags.has(n))).toEqual([]);
  });

  it('makes one action input of the entries of a flag, of one type and default', () => {
    for (const [input, specs] of actionInputs()) {
      expect({ input, shapes: new Set(specs.map((s) => JSON.stringify([s.type, s.choices, s.default]))).size }).toEqual({
        input,
        shapes: 1,
      });
    }
    expect(
      actionInputs()
        .get('report')!
        .map((s) => s.description.split(':')[0]),
    ).toEqual(['rollback', 'mitigate', 'verify', 'config-pr']);
  });

  it('parses --report and input report into the command that takes them, as before', () => {
    expect(parseArgs(['rollback', '--from', 'x', '--report', 'r.json', '--base', 'e1'])).toEqual({
      kind: 'run',
      command: 'rollback',
      options: { from: 'x', report: 'r.json', base: 'e1' },
    });
    expect(parseArgs(['config-pr', '--base', 'develop'])).toMatchObject({ options: { base: 'develop' } });
    expect(() => parseArgs(['status', '--report', 'r.json'])).toThrow(/^status: unknown option --report; valid options: --config/);
    const inputs: Record<string, string> = { command: 'mitigate', report: 'm.json', base: 'ignored' };
    expect(readInputs((n) => inputs[n] ?? '').options).toEqual({ report: 'm.json' });
  });

  it("shows a command's own meaning of a split flag in its help", () => {
    expect(commandHelp('verify')).toMatch(/--report\s+verify: the rollback report whose kept-from-files ids/);
    expect(commandHelp('verify')).not.toContain('mitigate: where to write');
    expect(commandHelp('config-pr')).toMatch(/--base\s+config-pr: the base branch of the pull request/);
  });
});
