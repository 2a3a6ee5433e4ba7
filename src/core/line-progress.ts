import { groupDigits } from './group-digits.js';
import type { Progress, ProgressOptions } from './reporter.js';

export interface LineProgressOptions extends ProgressOptions {
  /** Milliseconds between lines. */
  intervalMs: number;
}

/**
 * Progress as periodic log lines with counts and rates, for logs that are not
 * a terminal (Actions logs, redirected output). A line is written when a count
 * arrives at least intervalMs after the last line, and once at the end, so
 * it needs no timer and cannot keep the process alive.
 */
export function lineProgress(label: string, write: (line: string) => void, options: LineProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const unit = options.unit ?? 'items';
  const started = now();
  let lastLine = started;
  let count = 0;
  let detail = '';
  let finished = false;
  const line = (final: boolean, text?: string) => {
    const elapsed = Math.max(now() - started, 1) / 1000;
    const total = options.total !== undefined ? `/${groupDigits(options.total)}` : '';
    const rate = groupDigits(Math.round(count / elapsed));
    const parts = [`${label}: ${groupDigits(count)}${total} ${unit}`, `${rate} ${unit}/s`];
    if (detail) parts.push(detail);
    if (final) parts.push(`done in ${elapsed.toFixed(1)}s`);
    if (text) parts.push(text);
    write(parts.join(', '));
  };
  return {
    add(n) {
      count += n;
      const t = now();
      if (!finished && t - lastLine >= options.intervalMs) {
        lastLine = t;
        line(false);
      }
    },
    detail(text) {
      detail = text;
    },
    done(text) {
      if (finished) return;
      finished = true;
      line(true, text);
    },
  };
}
