import { InputError } from '../core/errors.js';
import { type OptionName, OPTION_SPECS, type Options } from './options.js';

/**
 * Turns one raw string (from argv or an action input) into the option's
 * typed value, or throws an InputError naming the option and what it takes.
 */
export function parseOptionValue(name: OptionName, raw: string, where: string): Options[OptionName] {
  const spec = OPTION_SPECS[name] as { type: string; choices?: readonly string[] };
  const value = raw.trim();
  switch (spec.type) {
    case 'boolean': {
      const v = value.toLowerCase();
      if (v === '' || v === 'true') return true;
      if (v === 'false') return false;
      throw new InputError(`${where} ${name}: expected true or false, got "${raw}"`);
    }
    case 'integer': {
      if (!/^\d+$/.test(value) || Number(value) < 1) {
        throw new InputError(`${where} ${name}: expected a whole number of 1 or more, got "${raw}"`);
      }
      return Number(value);
    }
    case 'list': {
      const items = value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
      if (items.length === 0) throw new InputError(`${where} ${name}: expected a comma-separated list, got "${raw}"`);
      return items;
    }
    case 'enum': {
      if (!spec.choices?.includes(value)) {
        throw new InputError(`${where} ${name}: expected one of ${spec.choices?.join(', ')}, got "${raw}"`);
      }
      return value;
    }
    default:
      if (value === '') throw new InputError(`${where} ${name}: needs a value`);
      return value;
  }
}
