/**
 * How many requests a client has in flight, adapted to throttling (additive
 * increase, multiplicative decrease): each throttled answer halves the limit
 * (never below one), and each run of `limit` successes raises it by one, up
 * to the maximum. Under sustained throttling a parallel export thus slows to
 * one request at a time instead of hammering the table with all its segments.
 */
export interface Gate {
  run<T>(task: () => Promise<T>): Promise<T>;
  throttled(): void;
  succeeded(): void;
  readonly limit: number;
}

export function createGate(max: number): Gate {
  let limit = max;
  let active = 0;
  let streak = 0;
  const waiting: (() => void)[] = [];
  const wake = () => {
    while (active < limit && waiting.length > 0) {
      active++;
      waiting.shift()!();
    }
  };
  return {
    get limit() {
      return limit;
    },
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < limit && waiting.length === 0) active++;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        active--;
        wake();
      }
    },
    throttled() {
      streak = 0;
      limit = Math.max(1, Math.floor(limit / 2));
    },
    succeeded() {
      if (limit >= max) return;
      if (++streak >= limit) {
        streak = 0;
        limit++;
        wake();
      }
    },
  };
}
