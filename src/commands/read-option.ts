/**
 * The one typed reader of a command's options: the value given, else the
 * options table's default (parsed as an action input's default is, so both
 * front ends see the same value). No command restates a default or casts.
 */
import { flagOf, type OptionName, OPTION_SPECS, type OptionSpec, type Options, type ReadValue } from './options.js';
import { parseOptionValue } from './parse-value.js';

export function readOption<K extends OptionName>(options: Options, name: K): ReadValue<K> {
  const given = (options as Record<string, unknown>)[flagOf(name)];
  if (given !== undefined) return given as ReadValue<K>;
  const spec: OptionSpec = OPTION_SPECS[name];
  return (spec.default === undefined ? undefined : parseOptionValue(name, spec.default, 'input')) as ReadValue<K>;
}
