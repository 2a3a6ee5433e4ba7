/**
 * The comment the finish workflow leaves on the rollback's pull request:
 * did the switch lose anything, what ran, and what to do when writes
 * slipped in after the export. Pure. Ids, counts and table names only.
 */
import type { VerifyRecord } from '../record/contents.js';
import { groupDigits } from '../core/group-digits.js';

export const COMMENT_MARKER = '<!-- dynamodb-rollback:finish -->';

/** The finish job's steps, in DESIGN.md's order, as the workflow names its outputs. */
export const FINISH_STEPS: ReadonlyArray<[key: string, label: string]> = [
  ['pull', 'pull (the release into the data dir)'],
  ['health-check', "health check (the app's)"],
  ['integration-tests', "integration tests (the app's)"],
  ['verify', 'verify --live against the export'],
  ['maintenance-off', 'maintenance off'],
  ['jobs-start', 'jobs start'],
];

export interface CommentInput {
  stage: string;
  /** The rollback's export, what verify compared the live tables with; absent when the finish never read it. */
  exportUri?: string;
  release?: string;
  runUrl?: string;
  /** Step key -> outcome ("ran", "skipped: why", "success", "failure", ...). */
  outcomes: Record<string, string>;
  /** null: verify did not run, or left no result. */
  verify: VerifyRecord | null;
}

export type Verdict = 'finished' | 'writes-slipped-in' | 'not-finished';

const n = groupDigits;
const code = (s: string) => `\`${s.replaceAll('`', "'")}\``;
const cell = (s: string) => s.replace(/[|\r\n]/g, ' ');
const failed = (outcome: string | undefined) => !!outcome && /^(failed|failure|cancelled)/.test(outcome);

export function verdictOf(input: CommentInput): Verdict {
  const live = input.verify?.live ?? null;
  if (live?.some((l) => !l.same)) return 'writes-slipped-in';
  const stepsOk = Object.values(input.outcomes).every((o) => !failed(o));
  const finished =
    input.verify?.ok === true && live !== null && stepsOk && /^(ran|skipped|success)/.test(input.outcomes['maintenance-off'] ?? '');
  return finished ? 'finished' : 'not-finished';
}

/** The catch-up: a fresh export merged on top of the rolled-back files, the rollback's export as the base (DESIGN.md "The chain"). */
export function catchUpCommands(input: Pick<CommentInput, 'stage' | 'exportUri' | 'release'>): string[] {
  const s = input.stage;
  const base = input.exportUri ?? "<the rollback's export>";
  return [
    ...(input.release
      ? [`npx dynamodb-rollback pull     --stage ${s} --from ${input.release}   # the rolled-back files, where they are not already`]
      : []),
    `npx dynamodb-rollback export   --stage ${s} --out exports/${s}-catch-up`,
    `npx dynamodb-rollback rollback --stage ${s} --from exports/${s}-catch-up --base ${base}`,
    `npx dynamodb-rollback verify   --stage ${s} --from exports/${s}-catch-up --live`,
    `npx dynamodb-rollback publish  --stage ${s}   # then deliver the release as before`,
  ];
}

export function commentBody(input: CommentInput): string {
  const verdict = verdictOf(input);
  const v = input.verify;
  const live = v?.live ?? [];
  const out: string[] = [COMMENT_MARKER];
  if (verdict === 'finished') {
    const items = live.reduce((s, l) => s + (l.exportItems ?? 0), 0);
    out.push(
      `### Finished: the switch of **${cell(input.stage)}** lost nothing`,
      '',
      `No write reached DynamoDB since the export: ${n(live.length)} tables, ${n(items)} items, unchanged (verify --live against ${code(input.exportUri ?? '?')}). Maintenance is off and jobs are started.`,
    );
  } else if (verdict === 'writes-slipped-in') {
    const changed = live.filter((l) => !l.same);
    out.push(
      `### Writes reached DynamoDB after the export: maintenance stays on`,
      '',
      `${n(changed.length)} of ${n(live.length)} tables changed since ${code(input.exportUri ?? 'the export')}. Those writes are not in the files yet; nothing is lost, they are still in DynamoDB. Catch up, then run the finish again:`,
    );
  } else {
    out.push(
      `### Not finished: maintenance stays on`,
      '',
      v === null
        ? 'verify --live did not run or left no result; the run says why.'
        : !v.ok
          ? 'verify found the files differ from the export; the run lists the ids.'
          : 'A step failed; the table says which.',
    );
  }
  out.push('', '| step | outcome |', '| --- | --- |');
  const known = new Set(FINISH_STEPS.map(([k]) => k));
  const rows = [
    ...FINISH_STEPS,
    ...Object.keys(input.outcomes)
      .filter((k) => !known.has(k))
      .map((k): [string, string] => [k, k]),
  ];
  for (const [key, label] of rows) out.push(`| ${label} | ${cell(input.outcomes[key] || 'did not run')} |`);
  if (live.length > 0) {
    out.push('', '| table | items in the export | items now | since the export |', '| --- | --- | --- | --- |');
    for (const l of live)
      out.push(
        `| ${cell(l.table)} | ${n(l.exportItems ?? 0)} | ${l.liveItems === null || l.liveItems === undefined ? 'table gone' : n(l.liveItems)} | ${l.same ? 'unchanged' : '**changed**'} |`,
      );
  }
  const differs = v?.collections.filter((c) => c.status === 'differs' || c.status === 'invalid') ?? [];
  if (differs.length > 0) {
    out.push('', 'Files against the export:', '');
    for (const c of differs)
      out.push(`- ${cell(c.collection)}: ${c.status}; missing ${n(c.missing)}, extra ${n(c.extra)}, changed ${n(c.changed)}`);
  }
  if (verdict === 'writes-slipped-in') {
    out.push(
      '',
      "Catch-up (a fresh export merged on top, the rollback's export as the base, so each write since is taken):",
      '',
      '```sh',
      ...catchUpCommands(input),
      '```',
    );
    out.push('', "Then dispatch rollback-finish again against the catch-up's export; it turns maintenance off when no write slipped in.");
  }
  if (input.release) out.push('', `Release: ${code(input.release)}`);
  if (input.runUrl) out.push('', `[The finish run](${input.runUrl})`);
  return out.join('\n');
}
