/**
 * Two parts of the pull request body that are not the rollback record:
 * the preview an operator gets from `config-pr --dry-run` before any
 * rollback (the switch, each target, and a plain statement that no rollback
 * record was given), and the section naming the shared targets and the
 * other stages they change. Pure.
 */
import { BODY_MARKER, type TargetOutcome } from './body.js';
import type { SharedTarget } from './scope-check.js';

const esc = (s: string) => s.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
const code = (s: string) => `\`${s.replaceAll('`', "'").replace(/\r?\n|\r/g, ' ')}\``;

export interface PreviewInput {
  stage: string;
  reason?: string;
  switch: { key: string; from: string; to: string };
  targets: TargetOutcome[];
  files: string[];
}

export function previewBody(input: PreviewInput): string {
  const out = [
    BODY_MARKER,
    `Switches **${esc(input.stage)}** back to the file database: ${code(`${input.switch.key}=${input.switch.to}`)} (was ${code(input.switch.from)}).`,
    '',
    `- **Reason:** ${input.reason ? esc(input.reason) : '_not given_'}`,
    '- **Rollback record:** _none given_. This is a preview of the switch (`config-pr --dry-run` without a rollback report): no data has been rolled back, and nothing here says the files hold what DynamoDB holds. Run the rollback and verify, then config-pr with their report to open the pull request.',
    '',
    '### Files changed',
    '',
    '| target | result | detail |',
    '| --- | --- | --- |',
    ...input.targets.map((t) => `| ${esc(t.target)} | ${t.status} | ${esc(t.detail)} |`),
    '',
    input.files.length ? `Files in this pull request: ${input.files.map(code).join(', ')}.` : 'No file changes.',
  ];
  return out.join('\n');
}

/** The body with a section of its own for the shared targets, when there are any. */
export function withShared(body: string, shared: SharedTarget[], stage: string): string {
  if (shared.length === 0) return body;
  const lines = [
    '',
    '### Shared targets: other stages change too',
    '',
    `These files are not ${esc(stage)}'s alone (\`scope: shared\` in the config): every stage deployed from this branch reads them, so merging this switches those stages to the file database too on their next deploy.`,
    '',
    ...shared.map((s) => `- ${code(s.target)}: also changes ${s.stages.map((x) => `**${esc(x)}**`).join(', ')}`),
  ];
  return `${body}\n${lines.join('\n')}`;
}
