/**
 * A reporter that records what it is told, and the replay of that record
 * into a real reporter: work done in a worker thread logs into a record the
 * parent replays in a fixed order, so the log reads as if the work had run
 * in the parent, one piece after another. Records are plain data
 * (structured-clone safe).
 */
import type { ProgressOptions, Reporter } from './reporter.js';

/** One thing the reporter was told. */
type Said =
  | { kind: 'info'; message: string }
  | { kind: 'warning' | 'error'; message: string; file?: string }
  | { kind: 'progress'; handle: number; label: string; options?: Omit<ProgressOptions, 'now'> }
  | { kind: 'add'; handle: number; n: number }
  | { kind: 'detail'; handle: number; text: string }
  | { kind: 'done'; handle: number; text?: string };

/** What was said and when (t: Date.now()), so a replay's progress says the work's own rates and durations. */
export type LogEvent = Said & { t: number };

export function recordingReporter(now: () => number = Date.now): { reporter: Reporter; events: LogEvent[] } {
  const events: LogEvent[] = [];
  const record = (e: Said) => events.push({ ...e, t: now() });
  let handles = 0;
  const reporter: Reporter = {
    info: (message) => record({ kind: 'info', message }),
    warning: (message, file) => record(file === undefined ? { kind: 'warning', message } : { kind: 'warning', message, file }),
    error: (message, file) => record(file === undefined ? { kind: 'error', message } : { kind: 'error', message, file }),
    // Groups only fold the log in the action; the work inside is recorded as it comes.
    group: (_name, fn) => fn(),
    progress(label, options) {
      const handle = handles++;
      // A clock does not cross threads; the record's own times replace it.
      const { now: _clock, ...plain } = options ?? {};
      record(options === undefined ? { kind: 'progress', handle, label } : { kind: 'progress', handle, label, options: plain });
      return {
        add: (n) => record({ kind: 'add', handle, n }),
        detail: (text) => record({ kind: 'detail', handle, text }),
        done: (text) => record(text === undefined ? { kind: 'done', handle } : { kind: 'done', handle, text }),
      };
    },
  };
  return { reporter, events };
}

/**
 * Tells reporter what was recorded, in the order it was recorded, its
 * progress read against the recorded times; before(i) runs before the i-th
 * event (for lines kept apart from the record).
 */
export function replay(events: readonly LogEvent[], reporter: Reporter, before?: (index: number) => void): void {
  const progress = new Map<number, ReturnType<Reporter['progress']>>();
  let clock = 0;
  const now = () => clock;
  for (const [i, e] of events.entries()) {
    before?.(i);
    clock = e.t;
    if (e.kind === 'info') reporter.info(e.message);
    else if (e.kind === 'warning') reporter.warning(e.message, e.file);
    else if (e.kind === 'error') reporter.error(e.message, e.file);
    else if (e.kind === 'progress') progress.set(e.handle, reporter.progress(e.label, { ...e.options, now }));
    else if (e.kind === 'add') progress.get(e.handle)?.add(e.n);
    else if (e.kind === 'detail') progress.get(e.handle)?.detail(e.text);
    else if (e.kind === 'done') progress.get(e.handle)?.done(e.text);
  }
}
