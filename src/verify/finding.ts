/**
 * A finding: one line verify says, with its severity typed where the line
 * is made, so no one has to read the severity back out of the text.
 */
import type { Reporter } from '../core/reporter.js';

/** failure: verify fails on it; warning: said loudly, does not fail; note: said. */
export type Severity = 'failure' | 'warning' | 'note';

export interface Finding {
  severity: Severity;
  text: string;
}

/** Logs a finding at its severity; a failure names the file it is about. */
export function say(reporter: Reporter, finding: Finding, file?: string): void {
  if (finding.severity === 'failure') reporter.error(finding.text, file);
  else if (finding.severity === 'warning') reporter.warning(finding.text);
  else reporter.info(finding.text);
}
