import { InputError } from '../core/errors.js';
import { findCommand, optionsOf } from '../commands/execute.js';
import { flagOf, OPTION_SPECS, type Options } from '../commands/options.js';
import { parseOptionValue } from '../commands/parse-value.js';

export type ParsedArgs = { kind: 'help'; command?: string } | { kind: 'version' } | { kind: 'run'; command: string; options: Options };

/**
 * `dynamodb-rollback <command> --option value ...`. Accepts `--name value`,
 * `--name=value`, and bare `--flag` for booleans. Anything unknown is an
 * InputError listing what is valid.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    const command = argv[0] === 'help' ? argv[1] : undefined;
    // `help rollbak` names the mistake rather than printing the general help as if all were well.
    if (command !== undefined) findCommand(command);
    return { kind: 'help', command };
  }
  if (argv[0] === '--version' || argv[0] === '-V') return { kind: 'version' };
  const name = argv[0]!;
  if (name.startsWith('-')) {
    throw new InputError(`expected a command before ${name}; run dynamodb-rollback --help`);
  }
  const command = findCommand(name);
  const allowed = optionsOf(command);
  const options: Options = {};
  const given = new Set<string>();
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { kind: 'help', command: name };
    if (!arg.startsWith('--')) {
      throw new InputError(`${name}: unexpected argument "${arg}"; options are written --name value`);
    }
    const eq = arg.indexOf('=');
    const key = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    // The command's entry for the flag typed (a flag read with different meanings has an entry per command).
    const entry = allowed.find((o) => flagOf(o) === key);
    if (entry === undefined) {
      throw new InputError(`${name}: unknown option --${key}; valid options: ${allowed.map((o) => `--${flagOf(o)}`).join(', ')}`);
    }
    if (given.has(key)) throw new InputError(`${name}: option --${key} given twice`);
    given.add(key);
    const spec = OPTION_SPECS[entry];
    let raw: string;
    if (eq !== -1) raw = arg.slice(eq + 1);
    else if (spec.type === 'boolean') raw = 'true';
    else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new InputError(`${name}: option --${key} needs a value`);
      raw = next;
      i++;
    }
    (options as Record<string, unknown>)[key] = parseOptionValue(entry, raw, 'option');
  }
  return { kind: 'run', command: name, options };
}
