import * as core from '@actions/core';
import { lineProgress } from '../core/line-progress.js';
import type { Reporter } from '../core/reporter.js';

/** The action's reporter: annotations for warnings and errors, log groups, periodic progress lines. */
export function actionsReporter(intervalMs = 10000): Reporter {
  return {
    info: (m) => core.info(m),
    warning: (m, file) => core.warning(m, file ? { file } : undefined),
    error: (m, file) => core.error(m, file ? { file } : undefined),
    group: (name, fn) => core.group(name, fn),
    progress: (label, options = {}) => lineProgress(label, (l) => core.info(l), { ...options, intervalMs }),
  };
}
