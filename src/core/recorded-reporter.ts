/**
 * A reporter that records what it is told, and the replay of that record
 * into a real reporter: work done in a worker thread logs into a record the
 * parent replays in a fixed order, so the log reads as if the work had run
 * in the parent, one piece after another. Records are plain data
 * (structured-clone safe).
 */
import type { ProgressOptions, Reporter } from './reporter.js';

export type LogEvent =
  | { kind: 'info'; message: string }
  | { kind: 'warning' | 'error'; message: string; file?: string }
  | { kind: 'progress'; handle: number; label: string; options?: ProgressOptions }
  | { kind: 'add'; handle: number; n: number }
  | { kind: 'detail'; handle: number; text: string }
  | { kind: 'done'; handle: number; text?: string };

export function recordingReporter(): { reporter: Reporter; events: LogEvent[] } {
  const events: LogEvent[] = [];
  let handles = 0;
  const reporter: Reporter = {
    info: (message) => events.push({ kind: 'info', message }),
    warning: (message, file) => events.push(file === undefined ? { kind: 'warning', message } : { kind: 'warning', message, file }),
    error: (message, file) => events.push(file === undefined ? { kind: 'error', message } : { kind: 'error', message, file }),
    // Groups only fold the log in the action; the work inside is recorded as it comes.
    group: (_name, fn) => fn(),
    progress(label, options) {
      const handle = handles++;
      events.push(options === undefined ? { kind: 'progress', handle, label } : { kind: 'progress', handle, label, options });
      return {
        add: (n) => events.push({ kind: 'add', handle, n }),
        detail: (text) => events.push({ kind: 'detail', handle, text }),
        done: (text) => events.push(text === undefined ? { kind: 'done', handle } : { kind: 'done', handle, text }),
      };
    },
  };
  return { reporter, events };
}

/** Tells reporter what was recorded, in the order it was recorded; before(i) runs before the i-th event (for lines kept apart from the record). */
export function replay(events: readonly LogEvent[], reporter: Reporter, before?: (index: number) => void): void {
  const progress = new Map<number, ReturnType<Reporter['progress']>>();
  for (const [i, e] of events.entries()) {
    before?.(i);
    if (e.kind === 'info') reporter.info(e.message);
    else if (e.kind === 'warning') reporter.warning(e.message, e.file);
    else if (e.kind === 'error') reporter.error(e.message, e.file);
    else if (e.kind === 'progress') progress.set(e.handle, reporter.progress(e.label, e.options));
    else if (e.kind === 'add') progress.get(e.handle)?.add(e.n);
    else if (e.kind === 'detail') progress.get(e.handle)?.detail(e.text);
    else if (e.kind === 'done') progress.get(e.handle)?.done(e.text);
  }
}
