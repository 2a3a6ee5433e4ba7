import { describeError, exitCodeOf, FailedError, InputError } from '../../src/core/errors.js';

describe('describeError', () => {
  it.each([
    [new InputError('table x missing'), 'table x missing'],
    [new FailedError('3 items differ'), '3 items differ'],
    [new TypeError('bad'), 'TypeError: bad'],
    ['a plain string', 'a plain string'],
    [undefined, 'unknown failure (undefined was thrown)'],
    [null, 'unknown failure (null was thrown)'],
    [{ code: 42 }, 'unknown failure: {"code":42}'],
    [42, 'unknown failure: 42'],
  ])('gives one line for %p', (thrown, line) => {
    expect(describeError(thrown)).toBe(line);
  });

  it('survives values JSON cannot print', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeError(cyclic)).toBe('unknown failure: [object Object]');
  });

  it('maps bad input to exit 2 and everything else to 1', () => {
    expect(exitCodeOf(new InputError('x'))).toBe(2);
    expect(exitCodeOf(new FailedError('x'))).toBe(1);
    expect(exitCodeOf('x')).toBe(1);
  });
});
