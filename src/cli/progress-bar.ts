/** The progress bar on a terminal (cli-progress), loaded by cliReporter only when stderr is one. */
import cliProgress from 'cli-progress';
import type { Progress, ProgressOptions } from '../core/reporter.js';

export function barProgress(label: string, stream: NodeJS.WriteStream, options: ProgressOptions): Progress {
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
