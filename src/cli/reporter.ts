import { lineProgress } from '../core/line-progress.js';
import type { Progress, ProgressOptions, Reporter } from '../core/reporter.js';

/** Draws a progress bar (progress-bar.ts): given only on a terminal, so the bar's library loads only there. */
export type BarProgress = (label: string, stream: NodeJS.WriteStream, options: ProgressOptions) => Progress;

const onTerminal = (stream: NodeJS.WriteStream) => Boolean(stream.isTTY) && !process.env.CI;

/** The reporter of a CLI run; the progress bar's library is loaded only when stderr is a terminal. */
export async function cliReporter(stream: NodeJS.WriteStream = process.stderr): Promise<Reporter> {
  const bar = onTerminal(stream) ? (await import('./progress-bar.js')).barProgress : undefined;
  return terminalReporter(stream, 5000, bar);
}

/**
 * The CLI's reporter. Everything goes to stderr so that stdout holds only the
 * result (text summary, or JSON with --json). On a terminal, progress is a
 * bar (when one is given); otherwise periodic lines with counts and rates.
 */
export function terminalReporter(stream: NodeJS.WriteStream = process.stderr, intervalMs = 5000, bar?: BarProgress): Reporter {
  const isTty = onTerminal(stream) && bar !== undefined;
  let indent = '';
  const write = (line: string) => stream.write(`${indent}${line}\n`);
  return {
    info: (m) => write(m),
    warning: (m, file) => write(`warning: ${file ? `${file}: ` : ''}${m}`),
    error: (m, file) => write(`error: ${file ? `${file}: ` : ''}${m}`),
    async group(name, fn) {
      write(`${name}`);
      const saved = indent;
      indent += '  ';
      try {
        return await fn();
      } finally {
        indent = saved;
      }
    },
    progress(label: string, options: ProgressOptions = {}): Progress {
      if (!isTty) return lineProgress(`${indent}${label}`, (l) => stream.write(`${l}\n`), { ...options, intervalMs });
      return bar(label, stream, options);
    },
  };
}
