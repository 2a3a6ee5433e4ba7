import * as core from '@actions/core';
import { InputError } from '../core/errors.js';
import { findCommand, optionsOf } from '../commands/execute.js';
import { flagOf, OPTION_SPECS, type OptionSpec, type Options } from '../commands/options.js';
import { parseOptionValue } from '../commands/parse-value.js';

export interface Inputs {
  command: string;
  options: Options;
}

type GetInput = (name: string) => string;

/**
 * Reads every input once into typed options. Empty inputs are "not given",
 * so the config file and built-in defaults apply. Inputs that the chosen
 * command does not take are ignored (action.yml declares them all).
 */
export function readInputs(getInput: GetInput = (n) => core.getInput(n)): Inputs {
  const command = getInput('command').trim();
  if (!command) throw new InputError('input command is required');
  const accepted = optionsOf(findCommand(command));
  const options: Options = {};
  for (const name of accepted) {
    const spec: OptionSpec = OPTION_SPECS[name];
    if (spec.cliOnly) continue;
    const input = flagOf(name);
    const raw = getInput(input);
    if (raw.trim() === '') continue;
    (options as Record<string, unknown>)[input] = parseOptionValue(name, raw, 'input');
  }
  return { command, options };
}
