import { groupDigits } from '../../src/core/group-digits.js';

describe('groupDigits: en-US grouping without Intl', () => {
  it("writes every number as toLocaleString('en-US') does", () => {
    const values = [0, -0, 1, -1, 7, 12, 999, 1000, -1000, 9999, 10_000, 123_456, 1_000_000, -987_654_321, 2 ** 53 - 1, -(2 ** 53 - 1)];
    for (let k = 0; k < 16; k++) for (const m of [1, 3, 7, 9]) values.push(m * 10 ** k, m * 10 ** k - 1, -(m * 10 ** k + 1));
    // Not safe integers: left to toLocaleString (rounded to three decimals, grouped, or spelled out).
    values.push(0.5, 1234.5678, -0.0001, 2 ** 53, 1e21, Number.NaN, Infinity, -Infinity);
    for (const v of values) expect([v, groupDigits(v)]).toEqual([v, v.toLocaleString('en-US')]);
  });
});
