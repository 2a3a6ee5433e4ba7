import { InputError } from '../../src/core/errors.js';
import { parseOptionValue } from '../../src/commands/parse-value.js';

describe('option values', () => {
  it('types each kind', () => {
    expect(parseOptionValue('tables', 'events, users,,', 'option')).toEqual(['events', 'users']);
    expect(parseOptionValue('segments', '8', 'option')).toBe(8);
    expect(parseOptionValue('resume', 'false', 'option')).toBe(false);
    expect(parseOptionValue('strategy', 'export', 'option')).toBe('export');
  });

  it.each([
    ['segments', '0', /segments: expected a whole number of 1 or more, got "0"/],
    ['segments', '2.5', /whole number/],
    ['strategy', 'copy', /strategy: expected one of merge, export, backup, got "copy"/],
    ['tables', ' , ', /tables: expected a comma-separated list/],
    ['stage', '  ', /stage: needs a value/],
  ] as const)('rejects %s=%j', (name, raw, message) => {
    expect(() => parseOptionValue(name, raw, 'input')).toThrow(InputError);
    expect(() => parseOptionValue(name, raw, 'input')).toThrow(message);
  });
});
