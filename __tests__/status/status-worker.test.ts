/**
 * When status's collections go to worker threads without being told: only
 * for tables whose estimates say a worker's start pays, or say nothing.
 */
import { WORKERS_MIN_ITEMS, workersPay } from '../../src/status/status-worker.js';

describe('workersPay', () => {
  it('is false for tables the estimates call small, in all', () => {
    expect(workersPay([300, 120, 40, 12])).toBe(false);
    expect(workersPay([WORKERS_MIN_ITEMS - 1, 0])).toBe(false);
  });

  it('is true from WORKERS_MIN_ITEMS items in all', () => {
    expect(workersPay([WORKERS_MIN_ITEMS / 2, WORKERS_MIN_ITEMS / 2])).toBe(true);
    expect(workersPay([60_000, 20_000, 10_000, 10_000])).toBe(true);
  });

  it('is true when every estimate is 0: not counted yet (AWS, about every six hours) or never (dynalite)', () => {
    expect(workersPay([0, 0, 0, 0])).toBe(true);
  });
});
