import { parseArgs } from '../../src/cli/args.js';
import { InputError } from '../../src/core/errors.js';

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a throw');
}

describe('CLI arguments', () => {
  it('parses values, = values, booleans and lists', () => {
    expect(parseArgs(['config', '--stage', 'dev', '--region=eu-west-1', '--json'])).toEqual({
      kind: 'run',
      command: 'config',
      options: { stage: 'dev', region: 'eu-west-1', json: true },
    });
  });

  it('answers help and version', () => {
    expect(parseArgs([])).toEqual({ kind: 'help', command: undefined });
    expect(parseArgs(['--help'])).toEqual({ kind: 'help', command: undefined });
    expect(parseArgs(['config', '--help'])).toEqual({ kind: 'help', command: 'config' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
  });

  it('rejects help for an unknown command rather than printing the general help', () => {
    expect(parseArgs(['help', 'rollback'])).toEqual({ kind: 'help', command: 'rollback' });
    expect(errorOf(() => parseArgs(['help', 'rollbak'])).message).toMatch(/unknown command "rollbak"/);
  });

  it('types endpoints and integers through the options table', () => {
    expect(parseArgs(['verify', '--from', 'x', '--live', '--endpoint=http://127.0.0.1:8000/', '--segments', '8'])).toEqual({
      kind: 'run',
      command: 'verify',
      options: { from: 'x', live: true, endpoint: 'http://127.0.0.1:8000', segments: 8 },
    });
    expect(errorOf(() => parseArgs(['status', '--endpoint', '127.0.0.1:8000'])).message).toMatch(
      /^--endpoint: expected an http\(s\) URL such as http:\/\/127\.0\.0\.1:8000/,
    );
    expect(errorOf(() => parseArgs(['export', '--segments', '9007199254740993'])).message).toMatch(
      /^--segments: expected a whole number from 1 to 1000/,
    );
  });

  it('rejects an unknown command, listing the valid ones', () => {
    const err = errorOf(() => parseArgs(['rollbak']));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/unknown command "rollbak"; valid commands: .*config/);
  });

  it('rejects an unknown option, listing the valid ones', () => {
    const err = errorOf(() => parseArgs(['config', '--stgae', 'dev']));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/unknown option --stgae; valid options: --config, --stage/);
  });

  it('rejects a missing value, a repeated option and a stray argument', () => {
    expect(errorOf(() => parseArgs(['config', '--stage'])).message).toMatch(/--stage needs a value/);
    expect(errorOf(() => parseArgs(['config', '--stage', 'a', '--stage', 'b'])).message).toMatch(/given twice/);
    expect(errorOf(() => parseArgs(['config', 'extra'])).message).toMatch(/unexpected argument "extra"/);
    expect(errorOf(() => parseArgs(['config', '--json=maybe'])).message).toMatch(/json: expected true or false/);
  });
});
