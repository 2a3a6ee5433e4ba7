/**
 * A reporter that keeps every line it is given, so tests can assert what was
 * said (and that no item value was).
 */
import type { Reporter } from '../../src/core/reporter.js';

export interface Recorder extends Reporter {
  lines: string[];
}

export function recorder(): Recorder {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => void lines.push(`info: ${m}`),
    warning: (m, file) => void lines.push(`warning: ${file ?? ''} ${m}`),
    error: (m, file) => void lines.push(`error: ${file ?? ''} ${m}`),
    async group(name, fn) {
      lines.push(`group: ${name}`);
      return fn();
    },
    progress(label, options) {
      lines.push(`progress: ${label} ${options?.unit ?? ''} ${options?.total ?? ''}`);
      return {
        add: (n) => void lines.push(`progress ${label} +${n}`),
        detail: (t) => void lines.push(`progress ${label} detail ${t}`),
        done: (t) => void lines.push(`progress ${label} done ${t ?? ''}`),
      };
    },
  };
}
