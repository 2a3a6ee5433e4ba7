import { InputError } from '../../src/core/errors.js';
import { parseOptionValue } from '../../src/commands/parse-value.js';
import { readInputs } from '../../src/action/inputs.js';

describe('option values', () => {
  it('types each kind', () => {
    expect(parseOptionValue('tables', 'events, users,,', 'option')).toEqual(['events', 'users']);
    expect(parseOptionValue('segments', '8', 'option')).toBe(8);
    expect(parseOptionValue('timeout', '9007199254740991', 'option')).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseOptionValue('resume', 'false', 'option')).toBe(false);
    expect(parseOptionValue('strategy', 'export', 'option')).toBe('export');
    expect(parseOptionValue('endpoint', 'http://127.0.0.1:8000/', 'option')).toBe('http://127.0.0.1:8000');
    expect(parseOptionValue('s3-endpoint', ' https://s3.eu-west-1.amazonaws.com ', 'input')).toBe('https://s3.eu-west-1.amazonaws.com');
    expect(parseOptionValue('endpoint', 'http://[::1]:4567', 'option')).toBe('http://[::1]:4567');
  });

  it.each([
    ['segments', '0', /^input segments: expected a whole number from 1 to 1000, got "0"$/],
    ['segments', '1001', /from 1 to 1000, got "1001"/],
    ['segments', '2.5', /digits only, got "2\.5"/],
    ['segments', '+4', /digits only, got "\+4"/],
    ['segments', '1e2', /digits only, got "1e2"/],
    ['timeout', '9007199254740992', /timeout: expected a whole number from 1 to 9007199254740991, got "9007199254740992"/],
    ['timeout', '99999999999999999999999', /from 1 to 9007199254740991/],
    ['strategy', 'copy', /strategy: expected one of merge, export, backup, got "copy"/],
    ['tables', ' , ', /tables: expected a comma-separated list/],
    ['tables', 'events,../x', /tables: expected a comma-separated list of names made of letters, digits, \., - and _, got "\.\.\/x"/],
    ['stage', '  ', /stage: needs a value/],
    [
      'endpoint',
      '127.0.0.1:8000',
      /endpoint: expected an http\(s\) URL such as http:\/\/127\.0\.0\.1:8000 \(scheme, host and optional port\), got "127\.0\.0\.1:8000"/,
    ],
    ['endpoint', 'localhost:8000', /endpoint: expected an http\(s\) URL/],
    ['endpoint', 'ftp://127.0.0.1', /endpoint: expected an http\(s\) URL/],
    ['endpoint', 'http://127.0.0.1:8000/path', /without a path, query or fragment/],
    ['endpoint', 'http://127.0.0.1:8000/?a=1', /without a path, query or fragment/],
    ['endpoint', 'http://127.0.0.1:8000#x', /without a path, query or fragment/],
    ['s3-endpoint', 'http://', /s3-endpoint: expected an http\(s\) URL/],
  ] as const)('rejects %s=%j', (name, raw, message) => {
    expect(() => parseOptionValue(name, raw, 'input')).toThrow(InputError);
    expect(() => parseOptionValue(name, raw, 'input')).toThrow(message);
  });

  it('names the option as the command line spells it', () => {
    expect(() => parseOptionValue('segments', 'x', 'option')).toThrow(/^--segments: /);
  });

  it('never echoes credentials in an endpoint', () => {
    let message = '';
    try {
      parseOptionValue('endpoint', 'http://me:hunter2@127.0.0.1:8000', 'option');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/--endpoint: expected .* without credentials/);
    expect(message).not.toContain('hunter2');
  });

  it('keeps a long or multi-line value on one short line', () => {
    let message = '';
    try {
      parseOptionValue('strategy', `merge\n${'x'.repeat(500)}`, 'option');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).not.toContain('\n');
    expect(message.length).toBeLessThan(200);
  });

  it('applies the same checks to action inputs', () => {
    const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? '';
    expect(readInputs(inputs({ command: 'status', endpoint: 'http://127.0.0.1:8000' })).options.endpoint).toBe('http://127.0.0.1:8000');
    expect(() => readInputs(inputs({ command: 'status', endpoint: '127.0.0.1:8000' }))).toThrow(
      /^input endpoint: expected an http\(s\) URL/,
    );
    expect(() => readInputs(inputs({ command: 'export', segments: '9007199254740993' }))).toThrow(
      /^input segments: expected a whole number from 1 to 1000/,
    );
  });
});
