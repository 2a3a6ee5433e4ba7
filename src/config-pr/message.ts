/** The commit message: what was flipped, for which stage, why, and from which run. No item values. */
import path from 'node:path';
import type { Switch } from '../switch/edit.js';
import type { TargetOutcome } from './body.js';

export function commitMessage(m: {
  stage: string;
  reason?: string;
  runUrl?: string;
  switch: Switch;
  report: string;
  targets: TargetOutcome[];
  trailers?: string[];
}): string {
  const lines = [`Switch ${m.stage} back to the file database (${m.switch.key}=${m.switch.to})`, ''];
  if (m.reason) lines.push(`Reason: ${m.reason.replace(/\s+/g, ' ').trim()}`);
  lines.push(`Rollback report: ${path.basename(m.report)}`);
  if (m.runUrl) lines.push(`Run: ${m.runUrl}`);
  lines.push(
    '',
    ...m.targets.filter((t) => t.status === 'flipped' || t.status === 'ran').map((t) => `- ${t.target}: ${t.status} (${t.detail})`),
  );
  // git's trailer block: the last paragraph (docs/formats.md "The record's trailers").
  if (m.trailers && m.trailers.length > 0) lines.push('', ...m.trailers);
  return `${lines.join('\n')}\n`;
}
