/**
 * The one interface commands log through. The action implements it over
 * @actions/core, the CLI over the terminal; tests use a recording one.
 * Messages must never contain item values: ids, counts and attribute paths only.
 */

export interface ProgressOptions {
  /** What is counted, e.g. "items". */
  unit?: string;
  /** Known total, when there is one (drives a bar rather than a counter). */
  total?: number;
  /**
   * The clock (milliseconds) rates and durations are read from; default
   * Date.now. A replay of work done in another thread gives the times it
   * was recorded at, so its lines say the work's own rate and duration.
   */
  now?: () => number;
}

export interface Progress {
  /** Add to the count. */
  add(n: number): void;
  /** Set free-form detail shown beside the count, e.g. "segments 3/8". */
  detail(text: string): void;
  /** Final line; the handle is dead after this. */
  done(text?: string): void;
}

export interface Reporter {
  info(message: string): void;
  warning(message: string, file?: string): void;
  error(message: string, file?: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  progress(label: string, options?: ProgressOptions): Progress;
}

/** A reporter that drops everything: for callers that want no output. */
export const silentReporter: Reporter = {
  info() {},
  warning() {},
  error() {},
  group: (_name, fn) => fn(),
  progress: () => ({ add() {}, detail() {}, done() {} }),
};
