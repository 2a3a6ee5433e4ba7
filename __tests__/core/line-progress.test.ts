import { lineProgress } from '../../src/core/line-progress.js';

describe('lineProgress', () => {
  it('writes counts and rates at most once per interval, and a final line', () => {
    let t = 0;
    const lines: string[] = [];
    const p = lineProgress('export users', (l) => lines.push(l), { intervalMs: 1000, now: () => t, unit: 'items' });
    t = 500;
    p.add(500);
    expect(lines).toHaveLength(0);
    t = 1000;
    p.add(1500);
    p.detail('segments 1/4');
    t = 1200;
    p.add(10);
    expect(lines).toEqual(['export users: 2,000 items, 2,000 items/s']);
    t = 2000;
    p.done();
    p.done();
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('export users: 2,010 items, 1,005 items/s, segments 1/4, done in 2.0s');
  });

  it('shows the total when known', () => {
    const lines: string[] = [];
    const p = lineProgress('verify', (l) => lines.push(l), { intervalMs: 0, now: () => 1000, total: 10 });
    p.add(3);
    expect(lines[0]).toContain('3/10 items');
  });
});
