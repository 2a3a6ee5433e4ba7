import cliProgress from 'cli-progress';
import { lineProgress } from '../core/line-progress.js';
import type { Progress, ProgressOptions, Reporter } from '../core/reporter.js';

/**
 * The CLI's reporter. Everything goes to stderr so that stdout holds only the
 * result (text summary, or JSON with --json). On a terminal, progress is a
 * bar; otherwise periodic lines with counts and rates.
 */
export function terminalReporter(stream: NodeJS.WriteStream = process.stderr, intervalMs = 5000): Reporter {
  const isTty = Boolean(stream.isTTY) && !process.env.CI;
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
      return barProgress(label, stream, options);
    },
  };
}

function barProgress(label: string, stream: NodeJS.WriteStream, options: ProgressOptions): Progress {
  const unit = options.unit ?? 'items';
  const started = Date.now();
  const format =
    options.total !== undefined
      ? `${label} [{bar}] {value}/{total} ${unit} | {rate} ${unit}/s | {detail}`
      : `${label} {value} ${unit} | {rate} ${unit}/s | {detail}`;
  const bar = new cliProgress.SingleBar(
    { format, stream, hideCursor: true, clearOnComplete: false, etaBuffer: 50, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  let count = 0;
  let detail = '';
  const payload = () => ({ rate: Math.round(count / Math.max((Date.now() - started) / 1000, 0.001)), detail });
  bar.start(options.total ?? 0, 0, payload());
  return {
    add(n) {
      count += n;
      bar.update(count, payload());
    },
    detail(text) {
      detail = text;
      bar.update(count, payload());
    },
    done(text) {
      if (text) detail = text;
      bar.update(count, payload());
      bar.stop();
    },
  };
}
